// The sealed case against a hostile expert with nothing but SQL: each edit of evidence or of a
// conclusion, made on a copy of a sealed sample case, fails `verify` and is named; the untouched case
// passes. Then the keys (an untrusted signer exits non-zero, a world-readable key is refused),
// reports tied to the case state (a renamed report, a report from a state the case never held, the
// made-up suspect), and a change outside DialTrace that the next action must not seal in.
#include "analysis/detection.h"
#include "case/annotations.h"
#include "case/auditlog.h"
#include "case/callstore.h"
#include "case/casefile.h"
#include "case/exerciseanswers.h"
#include "case/insertbatch.h"
#include "case/schema.h"
#include "case/seal.h"
#include "case/verifier.h"
#include "graph/chartstore.h"
#include "ingest/importer.h"
#include "ingest/mappingprofiles.h"
#include "samplebuild.h"
#include "testutil.h"

#include <cstring>
#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestSeal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void untouchedCasePasses();
    void editDetected_data();
    void editDetected();
    void madeUpSuspect();
    void changeOutsideIsNotSealedIn();
    void changeOutsideIsNotSealedInByAnUpgrade_data();
    void changeOutsideIsNotSealedInByAnUpgrade();
    void savepointRolledBackInsideAnAction();
    void reportTiedToCaseState();
    void renamedReportReported();
    void untrustedKeyExitsNonZero();
    void worldReadableKeyRefused();
    void fullDiskLeavesNoReport();

private:
    QString copyOf(const QString &name);
    QTemporaryDir m_dir;
    QString m_case, m_keys;
};

namespace {

QString keyDir(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(QStringLiteral("keys-") + name);
}

/// Edits one call inside the second block of source 1 the way the shell would (read the blob, change
/// four bytes or one, write it back): its duration to 3 s, or its answered flag to "not answered".
bool editCallInBlock(Database &db, bool answered, QString *what)
{
    Statement st =
        db.prepare(QStringLiteral("SELECT first_id, count, columns, sparse_columns FROM call_blocks "
                                  "WHERE source_id = 1 ORDER BY first_id LIMIT 1 OFFSET 1"));
    if (!st.step())
        return false;
    callstore::Block b;
    b.firstId = st.int64(0);
    b.count = int(st.int64(1));
    const QByteArray stored = st.blob(2);
    if (!b.setColumns(stored.constData(), stored.size(), st.int64(3)))
        return false;
    for (int i = 0; i < b.count; ++i) {
        char *at =
            b.columns.data() + (answered ? callstore::Block::answeredAt(b.count) + i
                                         : callstore::Block::columnAt(callstore::Duration, b.count) + i * 4);
        if (answered ? b.answered(i) != 1 : b.u32(callstore::Duration, i) <= 3)
            continue;
        if (answered) {
            *at = 0;
        } else {
            const quint32 three = 3;
            std::memcpy(at, &three, 4);
        }
        *what = QStringLiteral("block 2 differs (calls %1-%2)").arg(b.firstId).arg(b.firstId + b.count - 1);
        quint32 sparse = 0;
        const QByteArray columns = callstore::storedColumns(b, &sparse);
        Statement up = db.prepare(
            QStringLiteral("UPDATE call_blocks SET columns = ?, sparse_columns = ? WHERE first_id = ?"));
        up.bindBlob(1, columns).bind(2, qint64(sparse)).bind(3, b.firstId);
        return up.exec();
    }
    return false;
}

/// Entry 3 deleted (or entry 2's details edited), the later entries numbered again, every hash and the
/// recorded head recomputed: a chain that holds, without the key to sign it again.
bool rewriteAudit(Database &db, bool remove)
{
    AuditLog log(db);
    QVector<AuditEntry> entries = log.entries();
    if (remove)
        entries.remove(2);
    else
        entries[1].details = QStringLiteral("{\"note\":\"edited\"}");
    if (!db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
                                "DELETE FROM audit_log")))
        return false;
    QString prev = QString::fromLatin1(AuditLog::kGenesisHash);
    for (int i = 0; i < entries.size(); ++i) {
        AuditEntry &e = entries[i];
        e.seq = i + 1;
        e.prevHash = prev;
        e.hash = AuditLog::computeHash(e);
        prev = e.hash;
        Statement ins = db.prepare(
            QStringLiteral("INSERT INTO audit_log(seq, time_utc, actor, action, details, "
                           "prev_hash, hash, root, signer, signature) VALUES(?,?,?,?,?,?,?,?,?,?)"));
        ins.bind(1, e.seq).bind(2, e.timeUtc).bind(3, e.actor).bind(4, e.action).bind(5, e.details);
        ins.bind(6, e.prevHash).bind(7, e.hash).bind(8, e.root).bind(9, e.signer).bind(10, e.signature);
        if (!ins.exec())
            return false;
    }
    return db.exec(QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = 'audit_head'")
                       .arg(entries.size())
                       .arg(prev));
}

} // namespace

void TestSeal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keys = keyDir(m_dir, QStringLiteral("analyst"));
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_keys));
    QJsonObject truth;
    const QString built = dttest::buildSampleCase(m_dir.path(), 31, &truth);
    QVERIFY(!built.isEmpty());
    m_case = m_dir.filePath(QStringLiteral("sealed.dtcase"));
    QVERIFY(QFile::rename(built, m_case));
    // Every kind of action an analyst takes, each sealed as it goes.
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(analysis::Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    QVERIFY2(Annotations::add(*cf, QStringLiteral("number"), QStringLiteral("+8613800000001"),
                              QStringLiteral("called the victim twice"), &error) > 0,
             qPrintable(error));
    const qint64 note = Annotations::add(*cf, QStringLiteral("number"), QStringLiteral("+8613800000002"),
                                         QStringLiteral("to be removed"), &error);
    QVERIFY2(note > 0 && Annotations::remove(*cf, note, &error), qPrintable(error));
    QVERIFY2(Annotations::setTag(*cf, QStringLiteral("number"), QStringLiteral("+8613800000001"),
                                 QStringLiteral("vip"), true, &error),
             qPrintable(error));
    ExerciseAnswer answer;
    answer.question = QStringLiteral("Q1");
    answer.entity = QStringLiteral("+8613800000001");
    answer.note = QStringLiteral("same handset as the seed number");
    QVERIFY2(ExerciseAnswers::add(*cf, answer, &error) > 0, qPrintable(error));
    QVERIFY2(ingest::MappingProfiles::save(*cf,
                                           {QStringLiteral("bank cdr"),
                                            QStringLiteral("calls"),
                                            QString(),
                                            QStringLiteral("caller=A,callee=B"),
                                            {},
                                            {}},
                                           &error),
             qPrintable(error));
    QVERIFY2(graph::ChartStore::save(cf->db(), QStringLiteral("main"),
                                     QJsonObject{{QStringLiteral("nodes"), 3}}, &error),
             qPrintable(error));
    QVERIFY2(cf->setTitle(QStringLiteral("2026-11 骚扰电话专案"), &error), qPrintable(error));
}

QString TestSeal::copyOf(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_case, path) ? path : QString();
}

void TestSeal::untouchedCasePasses()
{
    const VerifyResult r = CaseVerifier::verify(m_case);
    for (const VerifyCheck &c : r.checks)
        QVERIFY2(c.ok, qPrintable(c.name + QStringLiteral(": ") + c.message));
    QCOMPARE(r.trust, Trust::Trusted);
    QVERIFY(r.changes.isEmpty());
    QCOMPARE(r.signers.size(), 1);
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), m_case}, &out, &err), 0);
    QVERIFY2(out.contains("verified (trusted)"), out.constData());
}

void TestSeal::editDetected_data()
{
    QTest::addColumn<QString>("sql");    // SQL run on a copy; "@…" for an edit of a block or of the log
    QTest::addColumn<QString>("check");  // the check that fails
    QTest::addColumn<QString>("phrase"); // what its finding says
    const QString seal = QStringLiteral("seal"), chain = QStringLiteral("audit_chain");
    QTest::newRow("call duration in its block")
        << "@duration" << seal << "calls of source 1 (cdr_carrier.csv)";
    QTest::newRow("call answered flag in its block")
        << "@answered" << seal << "calls of source 1 (cdr_carrier.csv)";
    QTest::newRow("suspect's number value")
        << "UPDATE numbers SET value = '+8613911112222' WHERE id = (SELECT caller FROM calls WHERE id = 7)"
        << seal << "numbers: 1 row changed (id ";
    QTest::newRow("source SHA-256") << "UPDATE sources SET sha256 = lower(hex(randomblob(32))) WHERE id = 1"
                                    << seal << "source 1 (cdr_carrier.csv) changed (sha256)";
    QTest::newRow("source clock offset")
        << "UPDATE sources SET clock_offset = 0 WHERE clock_offset <> 0" << seal << "changed (clock_offset)";
    QTest::newRow("source acquisition date")
        << "UPDATE sources SET acquired = '2020-01-01' WHERE acquired IS NOT NULL" << seal
        << "changed (acquired)";
    QTest::newRow("source row counts") << "UPDATE sources SET rows_accepted = rows_accepted - 5 WHERE id = 1"
                                       << seal << "source 1 (cdr_carrier.csv) changed (rows_accepted)";
    QTest::newRow("finding edited")
        << "UPDATE findings SET score = 0.05 WHERE id = (SELECT min(id) FROM findings)" << seal
        << "findings of run 1: 1 row changed (id 1)";
    QTest::newRow("finding deleted") << "DELETE FROM findings WHERE id = 5" << seal
                                     << "findings of run 1: 1 row deleted (id 5)";
    QTest::newRow("finding inserted") << "INSERT INTO findings(run_id, kind, subject, score, data) VALUES(1, "
                                         "'suspect', '+8613911112222', 0.97, '{}')"
                                      << seal << "findings of run 1: 1 row added (id ";
    QTest::newRow("analysis parameters") << "UPDATE analysis_runs SET params = '{\"flag_score\":0.9}'" << seal
                                         << "analysis_runs: run 1 changed (params)";
    QTest::newRow("100 leak records deleted") << "DELETE FROM leak_records WHERE id IN (SELECT id FROM "
                                                 "leak_records ORDER BY id LIMIT 100 OFFSET 10)"
                                              << seal << "rows deleted among id";
    QTest::newRow("complaint deleted")
        << "DELETE FROM complaints WHERE id = (SELECT min(id) + 2 FROM complaints)" << seal
        << "complaints of source";
    QTest::newRow("provenance links deleted")
        << "DELETE FROM call_rows WHERE call_id IN (SELECT call_id FROM call_rows ORDER BY call_id LIMIT 3)"
        << seal << "call_rows (provenance links) of source";
    QTest::newRow("title") << "UPDATE meta SET value = 'another case' WHERE key = 'title'" << seal
                           << "meta: 'title' changed (value)";
    QTest::newRow("annotation edited")
        << "UPDATE annotations SET text = 'nothing to see'" << seal << "annotations: row 1 changed (text)";
    QTest::newRow("exercise answer edited") << "UPDATE exercise_answers SET entity = '+8613900000009'" << seal
                                            << "exercise_answers: row 1 changed (entity)";
    QTest::newRow("exercise answer deleted")
        << "DELETE FROM exercise_answers" << seal << "exercise_answers: row 1 deleted";
    QTest::newRow("tag removed") << "DELETE FROM tags" << seal
                                 << "tags: row number/+8613800000001/vip deleted";
    QTest::newRow("mapping profile") << "UPDATE mapping_profiles SET mapping = 'caller=C'" << seal
                                     << "mapping_profiles: row bank cdr changed (mapping)";
    QTest::newRow("saved chart") << "UPDATE chart_states SET state = '{}'" << seal
                                 << "chart_states: row main changed";
    QTest::newRow("view of provenance redefined")
        << "DROP VIEW call_links; CREATE VIEW call_links(call_id, source_id, line) AS SELECT id, source_id, "
           "line FROM calls"
        << seal << "schema: view call_links changed (sql)";
    QTest::newRow("audit entry deleted, chain recomputed")
        << "@audit-delete" << chain << "not signed by the key";
    QTest::newRow("audit entry edited, chain recomputed")
        << "@audit-edit" << chain << "not signed by the key";
    QTest::newRow("seal's digests rewritten")
        << "UPDATE seal_groups SET rows = rows + 1 WHERE tbl = 'numbers'" << seal
        << "seal_groups was changed";
}

void TestSeal::editDetected()
{
    QFETCH(QString, sql);
    QFETCH(QString, check);
    QFETCH(QString, phrase);
    const QString path = copyOf(QStringLiteral("tampered.dtcase"));
    QVERIFY(!path.isEmpty());
    {
        Database db; // a plain SQLite connection, as the shell's
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QString what;
        if (sql == QLatin1String("@duration") || sql == QLatin1String("@answered")) {
            QVERIFY(editCallInBlock(db, sql == QLatin1String("@answered"), &what));
            phrase += QStringLiteral(": ") + what;
        } else if (sql.startsWith(QLatin1String("@audit-"))) {
            QVERIFY2(rewriteAudit(db, sql == QLatin1String("@audit-delete")), qPrintable(db.lastError()));
        } else {
            QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
            QVERIFY(db.changes() > 0 || sql.contains(QLatin1String("VIEW")));
        }
    }
    const VerifyResult r = CaseVerifier::verify(path);
    QVERIFY(!r.ok);
    QCOMPARE(r.trust, Trust::Broken);
    QString found;
    for (const VerifyCheck &c : r.checks)
        if (c.name == check && !c.ok)
            found = c.message;
    QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("check %1 passed").arg(check)));
    const QString all = found + QLatin1Char('\n') + r.changes.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(phrase), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(phrase, all)));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 1);
    QVERIFY2(out.contains("NOT verified (broken)"), out.constData());
}

void TestSeal::madeUpSuspect()
{
    // A suspect added with the shell, then a report written with the workstation's real key.
    const QString path = copyOf(QStringLiteral("madeup.dtcase"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(
            QStringLiteral("INSERT INTO findings(run_id, kind, subject, score, data) SELECT run_id, kind, "
                           "'+8613911112222', 0.99, data FROM findings WHERE kind = 'suspect' LIMIT 1")));
    }
    QByteArray out, err;
    const QString report = m_dir.filePath(QStringLiteral("madeup.html"));
    QCOMPARE(dttest::runCli({QStringLiteral("report"), path, QStringLiteral("--out"), report}, &out, &err),
             0);
    // DialTrace would not add to it: the report is not in its audit log, and says why.
    QVERIFY2(out.contains("changed outside DialTrace"), out.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), path}, &out, &err), 1);
    QVERIFY2(out.contains("findings of run 1: 1 row added"), out.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), report, QStringLiteral("--case"), path}, &out, &err),
             1);
    QVERIFY2(out.contains("does not verify") && out.contains("NOT verified (broken)"), out.constData());
    // The report alone is what was signed; only the case says it was made up.
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), report}, &out, &err), 0);
}

void TestSeal::changeOutsideIsNotSealedIn()
{
    // A number edited outside DialTrace, then another import: the import adds its own rows only, and
    // verify still names the edit. Rows appended outside DialTrace keep the case from being written.
    const QString path = copyOf(QStringLiteral("laundered.dtcase"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("UPDATE numbers SET value = '+8613911112222' WHERE id = 10")));
    }
    const QString more = dttest::writeFile(m_dir.filePath(QStringLiteral("more.csv")),
                                           "caller,callee,start,duration\n"
                                           "13800001111,13900002222,2026-10-01 09:00:00,30\n"
                                           "13800001111,13900003333,2026-10-01 09:05:00,12\n");
    QString error;
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        ingest::Importer imp(*cf);
        QVERIFY2(imp.importFile(more, {}, nullptr, &error), qPrintable(error));
    }
    VerifyResult r = CaseVerifier::verify(path);
    QVERIFY(!r.ok);
    QVERIFY2(r.changes.join(QLatin1Char('\n')).contains(QStringLiteral("numbers: 1 row changed (id 10)")),
             qPrintable(r.changes.join(QLatin1Char('\n'))));
    QCOMPARE(r.changes.size(), 1);

    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO numbers(value) VALUES('+8613911113333')")));
    }
    QVERIFY(!CaseFile::open(path, CaseFile::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("changed outside DialTrace")) &&
                 error.contains(QStringLiteral("numbers")),
             qPrintable(error));
    auto view = CaseFile::open(path, CaseFile::Access::ReadWriteOrReadOnly, &error);
    QVERIFY(view && view->isReadOnly());
    QVERIFY(view->readOnlyReason().contains(QStringLiteral("changed outside DialTrace")));
}

void TestSeal::changeOutsideIsNotSealedInByAnUpgrade_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("opens");
    QTest::newRow("unchanged") << QString() << true;
    QTest::newRow("a saved chart") << QStringLiteral("UPDATE chart_states SET state = '{}'") << false;
    QTest::newRow("the title") << QStringLiteral("UPDATE meta SET value = 'other' WHERE key = 'title'")
                               << false;
}

void TestSeal::changeOutsideIsNotSealedInByAnUpgrade()
{
    // Upgrading writes an audit entry, which seals what the case holds: a sealed case changed outside
    // DialTrace must not have that change sealed in by its upgrade.
    QFETCH(QString, change);
    QFETCH(bool, opens);
    const QString path = m_dir.filePath(
        QStringLiteral("sealed-v12-%1.dtcase")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 12), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO meta VALUES('title','sealed')")));
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO chart_states(name, state, saved_utc) VALUES('main', '{\"version\":1}', 't')")));
        QVERIFY2(AuditLog(db).append(QStringLiteral("create"), QJsonObject(), &error), qPrintable(error));
        if (!change.isEmpty())
            QVERIFY(db.exec(change));
    }
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QCOMPARE(bool(cf), opens);
    if (!opens) {
        QVERIFY2(error.contains(QStringLiteral("changed outside DialTrace")), qPrintable(error));
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
        QCOMPARE(schema::storedVersion(db, &error), 12); // left as it was
        QVERIFY(!seal::Seal::verify(db).ok);
    } else {
        QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
        QVERIFY(seal::Seal::verify(cf->db()).ok);
    }
}

void TestSeal::savepointRolledBackInsideAnAction()
{
    // Rows digested as they went in, then a savepoint inside the same action rolled back: the seal
    // reads back what the journal can no longer vouch for, and the case verifies.
    const QString path = copyOf(QStringLiteral("savepoint.dtcase"));
    QString error;
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        Database &db = cf->db();
        Transaction outer(db);
        QVERIFY(db.exec(
            QStringLiteral("INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, "
                           "analyst, host, registered_utc) VALUES(99, 'extra', 'extra.csv', '/x', '00', "
                           "1, 'calls', 'a', 'h', '2026-12-01T00:00:00Z')")));
        const qint64 nextNumber = db.scalar(QStringLiteral("SELECT max(id) + 1 FROM numbers")).toLongLong();
        InsertBatch numbers(db, "numbers", {"id", "value", "e164", "type"});
        InsertBatch links(db, "call_rows", {"call_id", "source_id", "line"}, 4096,
                          InsertBatch::OnConflict::Ignore);
        for (int i = 0; i < 5; ++i) {
            numbers.add(nextNumber + i).add(QStringLiteral("+861390000%1").arg(1000 + i)).addNull().add(1);
            QVERIFY(numbers.endRow(&error));
            links.add(qint64(1 + i * 2000)).add(qint64(99)).add(qint64(i + 2));
            QVERIFY(links.endRow(&error));
        }
        QVERIFY(numbers.flush(&error) && links.flush(&error));
        {
            Transaction inner(db); // rolled back: not committed
            QVERIFY(db.exec(QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'title'")));
        }
        QVERIFY2(cf->audit().append(QStringLiteral("test"), {}, &error), qPrintable(error));
        QVERIFY(outer.commit());
    }
    const VerifyResult r = CaseVerifier::verify(path);
    for (const VerifyCheck &c : r.checks)
        QVERIFY2(c.ok, qPrintable(c.name + QStringLiteral(": ") + c.message));
}

void TestSeal::reportTiedToCaseState()
{
    const QString path = copyOf(QStringLiteral("reported.dtcase"));
    const QString report = m_dir.filePath(QStringLiteral("tied.html"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("report"), path, QStringLiteral("--out"), report}, &out, &err),
             0);
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), report, QStringLiteral("--case"), path}, &out, &err),
             0);
    QVERIFY2(out.contains("sealed by audit entry") && out.contains("analysis run 1 is in the case"),
             out.constData());
    // A later note changes the state; the report was still made from one the case held.
    QString error;
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        QVERIFY(Annotations::add(*cf, QStringLiteral("number"), QStringLiteral("+8613800000003"),
                                 QStringLiteral("later"), &error) > 0);
    }
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), report, QStringLiteral("--case"), path}, &out, &err),
             0);
    // Against a case that never held that state: refused.
    const QString other = m_dir.filePath(QStringLiteral("other.dtcase"));
    QCOMPARE(dttest::runCli({QStringLiteral("new"), other}, &out, &err), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), report, QStringLiteral("--case"), other}, &out, &err),
             1);
    QVERIFY2(out.contains("never held the state"), out.constData());
}

void TestSeal::renamedReportReported()
{
    const QString report = m_dir.filePath(QStringLiteral("named.html"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("report"), m_case, QStringLiteral("--out"), report}, &out, &err),
             0);
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.html"));
    QVERIFY(QFile::copy(report, renamed));
    QVERIFY(
        QFile::copy(report + QStringLiteral(".manifest.json"), renamed + QStringLiteral(".manifest.json")));
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), renamed}, &out, &err), 1);
    QVERIFY2(err.contains("renamed") && err.contains("named.html"), err.constData());
}

void TestSeal::untrustedKeyExitsNonZero()
{
    const QString report = m_dir.filePath(QStringLiteral("keyed.html"));
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("report"), m_case, QStringLiteral("--out"), report}, &out, &err),
             0);
    // Another workstation: the case and the report are intact, their key is not trusted there.
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(keyDir(m_dir, QStringLiteral("reviewer"))));
    auto restore = qScopeGuard([this] { qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_keys)); });
    for (const QString &target : {m_case, report}) {
        QCOMPARE(dttest::runCli({QStringLiteral("verify"), target}, &out, &err), 1);
        QVERIFY2(out.contains("NOT verified (untrusted key)"), out.constData());
        QCOMPARE(dttest::runCli({QStringLiteral("verify"), target, QStringLiteral("--any-key")}, &out, &err),
                 0);
    }
    QCOMPARE(dttest::runCli({QStringLiteral("keys"), QStringLiteral("list"), m_case}, &out, &err), 0);
    QVERIFY2(out.contains("NOT trusted here"), out.constData());
    // The case carries the key that signed it: adopted by its fingerprint.
    const QString fingerprint = CaseVerifier::verify(m_case).signers.value(0).fingerprint;
    QVERIFY(!fingerprint.isEmpty());
    QCOMPARE(dttest::runCli({QStringLiteral("keys"), QStringLiteral("trust"), fingerprint.left(9),
                             QStringLiteral("--from"), m_case, QStringLiteral("--name"),
                             QStringLiteral("analyst")},
                            &out, &err),
             0);
    for (const QString &target : {m_case, report})
        QCOMPARE(dttest::runCli({QStringLiteral("verify"), target}, &out, &err), 0);
}

void TestSeal::worldReadableKeyRefused()
{
    const QString dir = keyDir(m_dir, QStringLiteral("careless"));
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(dir));
    auto restore = qScopeGuard([this] { qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_keys)); });
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("keys"), QStringLiteral("export")}, &out, &err), 0);
    QVERIFY(QFile::setPermissions(dir + QStringLiteral("/ed25519.key"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther));
    const QString path = m_dir.filePath(QStringLiteral("careless.dtcase"));
    QCOMPARE(dttest::runCli({QStringLiteral("new"), path}, &out, &err), 1);
    QVERIFY2(err.contains("other users") && err.contains("chmod 600"), err.constData());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(dttest::runCli({QStringLiteral("report"), m_case, QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("careless.html"))},
                            &out, &err),
             1);
    QVERIFY2(err.contains("chmod 600"), err.constData());
}

void TestSeal::fullDiskLeavesNoReport()
{
    // The report's folder takes no file beyond 64 KiB (as a full disk would): the PDF fails whole,
    // leaving neither a truncated report nor a manifest, and the case records no export.
    const QString dir = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(dir));
    const qint64 entries = [this] {
        QString e;
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &e);
        return cf ? cf->audit().count() : -1;
    }();
    QProcess p;
    p.start(QStringLiteral("/bin/bash"),
            {QStringLiteral("-c"),
             QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" report \"$1\" --out \"$2\""),
             QStringLiteral(DT_CLI_PATH), m_case, dir + QStringLiteral("/big.pdf")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(p.readAllStandardError().contains("cannot write"), "no write error reported");
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
    QString e;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &e);
    QVERIFY(cf);
    QCOMPARE(cf->audit().count(), entries);
}

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
