// Audit log: the hash chain links every entry, the log refuses UPDATE/DELETE, and any alteration,
// removal or truncation is detected and named.
#include "case/casefile.h"
#include "case/seal.h"
#include "case/verifier.h"
#include "core/sha256.h"
#include "core/signingkey.h"
#include "testutil.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainLinksEntries();
    void canonicalTextIsDocumented();
    void appendOnlyGuards();
    void tamperDetected_data();
    void tamperDetected();
    void appendJoinsCallerTransaction();
    void rehashedForgeryBreaksNextLink();
    void chainRewrittenWithoutTheKeyFails();

private:
    std::unique_ptr<CaseFile> makeCase(const QString &name, int extraEntries);
    QTemporaryDir m_dir;
};

std::unique_ptr<CaseFile> TestAuditLog::makeCase(const QString &name, int extraEntries)
{
    QString error;
    auto cf = CaseFile::create(m_dir.filePath(name), QStringLiteral("audit"), &error);
    if (!cf)
        return nullptr;
    for (int i = 0; i < extraEntries; ++i)
        cf->audit().append(QStringLiteral("annotate"),
                           QJsonObject{{QStringLiteral("n"), i},
                                       {QStringLiteral("text"), QStringLiteral("注释 %1").arg(i)}});
    return cf;
}

void TestAuditLog::chainLinksEntries()
{
    auto cf = makeCase(QStringLiteral("chain.dtcase"), 4);
    QVERIFY(cf);
    const auto entries = cf->audit().entries();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).prevHash, QString::fromLatin1(AuditLog::kGenesisHash));
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).seq, qint64(i + 1));
        QCOMPARE(entries.at(i).hash, AuditLog::computeHash(entries.at(i)));
        if (i > 0)
            QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
    }
    QVERIFY(entries.at(1).actor.contains(QLatin1Char('@')));
    const AuditVerdict v = cf->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.message));
    QCOMPARE(v.entries, 5);
}

void TestAuditLog::canonicalTextIsDocumented()
{
    // docs/case-file.md documents this exact layout; a change here is a change of the evidence format.
    AuditEntry e;
    e.seq = 7;
    e.timeUtc = QStringLiteral("2026-11-28T01:02:03.004Z");
    e.actor = QStringLiteral("analyst@ws1");
    e.action = QStringLiteral("import");
    e.details = QStringLiteral("{\"file\":\"a.csv\"}");
    e.prevHash = QString::fromLatin1(AuditLog::kGenesisHash);
    QCOMPARE(AuditLog::canonicalText(e),
             QByteArray("7\n2026-11-28T01:02:03.004Z\nanalyst@ws1\nimport\n{\"file\":\"a.csv\"}\n") +
                 QByteArray(AuditLog::kGenesisHash));
    QCOMPARE(AuditLog::computeHash(e), sha256Hex(AuditLog::canonicalText(e)));
}

void TestAuditLog::appendOnlyGuards()
{
    auto cf = makeCase(QStringLiteral("guards.dtcase"), 1);
    QVERIFY(cf);
    QVERIFY(!cf->db().exec(QStringLiteral("UPDATE audit_log SET actor='mallory' WHERE seq=1")));
    QVERIFY(cf->db().lastError().contains(QStringLiteral("append-only")));
    QVERIFY(!cf->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq=2")));
    QCOMPARE(cf->audit().count(), 2);
}

void TestAuditLog::tamperDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("details altered") << "UPDATE audit_log SET details='{\"n\":99}' WHERE seq=3" << qint64(3)
                                     << "altered";
    QTest::newRow("actor altered") << "UPDATE audit_log SET actor='someone@else' WHERE seq=2" << qint64(2)
                                   << "altered";
    QTest::newRow("hash rewritten") << "UPDATE audit_log SET hash=lower(hex(randomblob(32))) WHERE seq=4"
                                    << qint64(4) << "altered";
    QTest::newRow("entry removed") << "DELETE FROM audit_log WHERE seq=2" << qint64(2) << "missing";
    QTest::newRow("tail truncated") << "DELETE FROM audit_log WHERE seq=5" << qint64(5)
                                    << "removed from the end";
}

void TestAuditLog::tamperDetected()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, phrase);
    const QString name =
        QStringLiteral("tamper-%1.dtcase")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    {
        auto cf = makeCase(name, 4);
        QVERIFY(cf);
        QVERIFY(cf->audit().verify().ok);
        // A tamperer with raw SQL access drops the guard first.
        QVERIFY(cf->db().exec(
            QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")));
        QVERIFY2(cf->db().exec(sql), qPrintable(cf->db().lastError()));
        const AuditVerdict v = cf->audit().verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, brokenSeq);
        QVERIFY2(v.message.contains(phrase), qPrintable(v.message));
    }
    const VerifyResult r = CaseVerifier::verify(m_dir.filePath(name));
    QVERIFY(!r.ok);
    QCOMPARE(r.brokenAuditSeq, brokenSeq);
    bool guardsFlagged = false;
    for (const auto &c : r.checks)
        guardsFlagged |= (c.name == QLatin1String("audit_guards") && !c.ok);
    QVERIFY(guardsFlagged);
}

void TestAuditLog::appendJoinsCallerTransaction()
{
    auto cf = makeCase(QStringLiteral("tx.dtcase"), 0);
    QVERIFY(cf);
    {
        Transaction tx(cf->db());
        QVERIFY(cf->audit().append(QStringLiteral("import"), {}));
        // no commit: the caller's failure takes the audit entry with it
    }
    QCOMPARE(cf->audit().count(), 1);
    QVERIFY(cf->audit().verify().ok);
}

void TestAuditLog::rehashedForgeryBreaksNextLink()
{
    // A forger who rewrites entry 3 and recomputes its hash breaks its signature, and entry 4's link.
    auto cf = makeCase(QStringLiteral("forgery.dtcase"), 4);
    QVERIFY(cf);
    AuditEntry e = cf->audit().entries().at(2);
    e.details = QStringLiteral("{\"n\":1,\"text\":\"forged\"}");
    e.hash = AuditLog::computeHash(e);
    QVERIFY(cf->db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    Statement st = cf->db().prepare(QStringLiteral("UPDATE audit_log SET details=?, hash=? WHERE seq=3"));
    st.bind(1, e.details).bind(2, e.hash);
    QVERIFY(st.exec());
    const AuditVerdict v = cf->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSeq, qint64(3));
    QVERIFY2(v.message.contains(QStringLiteral("not signed by the key")), qPrintable(v.message));
}

void TestAuditLog::chainRewrittenWithoutTheKeyFails()
{
    // Entries 2 and 3 deleted, the rest numbered again, every hash and the head recomputed. Without
    // the workstation's key the old signatures no longer match; signed again with a key of the
    // forger's, the chain holds but the seal (signed by the workstation) follows another log; and
    // with the seal signed again too, nothing is broken but the keys are not trusted here.
    auto cf = makeCase(QStringLiteral("rewritten.dtcase"), 4);
    QVERIFY(cf);
    const QString path = cf->path();
    QVector<AuditEntry> kept = cf->audit().entries();
    kept.remove(1, 2);
    QString error;
    QTemporaryDir forgerDir;
    const auto forger = SigningKey::loadOrCreate(forgerDir.path(), &error);
    QVERIFY2(forger, qPrintable(error));
    const QStringList guards = dttest::rows(
        cf->db(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    QCOMPARE(guards.size(), 2);
    QVERIFY(
        cf->db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")));
    auto rewrite = [&](bool resign) {
        QVERIFY(cf->db().exec(QStringLiteral("DELETE FROM audit_log")));
        QString prev = QString::fromLatin1(AuditLog::kGenesisHash);
        for (int i = 0; i < kept.size(); ++i) {
            AuditEntry x = kept[i];
            x.seq = i + 1;
            x.prevHash = prev;
            if (resign)
                x.signer = forger->publicKeyHex();
            x.hash = AuditLog::computeHash(x);
            if (resign)
                x.signature = QString::fromLatin1(forger->sign(AuditLog::signedMessage(x)).toHex());
            prev = x.hash;
            Statement ins = cf->db().prepare(QStringLiteral(
                "INSERT INTO audit_log(seq, time_utc, actor, action, details, prev_hash, hash, root, signer, "
                "signature) VALUES(?,?,?,?,?,?,?,?,?,?)"));
            ins.bind(1, x.seq).bind(2, x.timeUtc).bind(3, x.actor).bind(4, x.action).bind(5, x.details);
            ins.bind(6, x.prevHash).bind(7, x.hash).bind(8, x.root).bind(9, x.signer).bind(10, x.signature);
            QVERIFY2(ins.exec(), qPrintable(cf->db().lastError()));
        }
        QVERIFY(cf->db().exec(QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = 'audit_head'")
                                  .arg(kept.size())
                                  .arg(prev)));
    };

    rewrite(false);
    AuditVerdict v = cf->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSeq, qint64(2));
    QVERIFY2(v.message.contains(QStringLiteral("not signed by the key")), qPrintable(v.message));
    QCOMPARE(CaseVerifier::verify(path).trust, Trust::Broken);

    rewrite(true);
    QVERIFY(cf->audit().verify().ok);
    VerifyResult r = CaseVerifier::verify(path);
    QCOMPARE(r.trust, Trust::Broken);
    QVERIFY(!r.ok);

    for (const QString &sql : guards) // put back as they were
        QVERIFY(cf->db().exec(sql));
    QVERIFY2(seal::Seal::writeHead(cf->db(), QByteArray::fromHex(seal::Seal::head(cf->db())->root.toLatin1()),
                                   kept.size(), cf->audit().entries().constLast().hash, *forger, &error),
             qPrintable(error));
    r = CaseVerifier::verify(path);
    QVERIFY(r.ok);
    QCOMPARE(r.trust, Trust::UntrustedKey);
    QCOMPARE(r.signers.size(), 1);
    QCOMPARE(r.signers.front().publicKey, forger->publicKeyHex());
    QVERIFY(!r.signers.front().trusted);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
