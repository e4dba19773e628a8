// A case whose first seal is made over rows it holds already: one written before the seal existed
// (schema 7 to 11) and upgraded, or one first sealed at schema 12 or later. The calls, their further
// rows (call_rows) in several sources and spans, the numbers: all sealed by that first seal, so the
// untouched case verifies after the upgrade, and a further row added or removed outside DialTrace
// afterwards is still named.
#include "case/auditlog.h"
#include "case/casefile.h"
#include "case/schema.h"
#include "case/seal.h"
#include "case/verifier.h"
#include "testutil.h"

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestSealUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstSealCoversTheRowsHeld_data();
    void firstSealCoversTheRowsHeld();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr int kCalls = 20000; // about five spans of call_rows (seal::kLinkSpan calls each) per source

/// A case at schema @p version as a build of that schema left it: two call logs, each call seen in
/// the other log too (a further row), a few calls seen twice more, and an unsealed audit entry.
bool writeOldCase(const QString &path, int version, QString *error)
{
    Database db;
    if (!db.open(path, Database::OpenMode::Create))
        return false;
    // Calls are a table of rows up to schema 7; the later migrations move them into the call store.
    if (!schema::migrate(db, error, 7))
        return false;
    const QString sql = QStringLiteral(R"SQL(
INSERT INTO meta VALUES('title', 'old case');
INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, analyst, host, registered_utc,
  rows_accepted) VALUES
  (1, 'cdr-a', 'cdr-a.csv', '/evidence/cdr-a.csv', 'aa', 1, 'calls', 'a', 'h', '2026-01-01T00:00:00Z', %1),
  (2, 'cdr-b', 'cdr-b.csv', '/evidence/cdr-b.csv', 'bb', 1, 'calls', 'a', 'h', '2026-01-02T00:00:00Z', %1);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO numbers(id, value, e164, type) SELECT i, '+86138' || printf('%08d', i), '+86138' || printf('%08d', i), 1
  FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2 * %1)
INSERT INTO calls(id, caller, callee, start_utc, duration, answered, source_id, line)
  SELECT i, 1 + i % 300, 1 + (i * 7 + 3) % 300, 1767225600 + i * 37, i % 600, i % 2,
         CASE WHEN i <= %1 THEN 1 ELSE 2 END, 1 + (i - 1) % %1 + 1 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
INSERT INTO call_rows(call_id, source_id, line)
  SELECT i, 2, i + 1 FROM n
  UNION ALL SELECT %1 + i, 1, i + 1 FROM n
  UNION ALL SELECT i, 2, %1 + i + 1 FROM n WHERE i % 97 = 0;
)SQL")
                            .arg(kCalls);
    if (!db.exec(sql)) {
        *error = db.lastError();
        return false;
    }
    if (!AuditLog(db).append(QStringLiteral("create"), QJsonObject(), error))
        return false;
    if (!schema::migrate(db, error, version))
        return false;
    // A build with the seal seals the case at its next audit entry: here its first.
    return version < 12 || AuditLog(db).append(QStringLiteral("import"), QJsonObject(), error);
}

QString changesOf(const VerifyResult &r)
{
    QStringList out;
    for (const VerifyCheck &c : r.checks)
        if (!c.ok)
            out << c.name + QStringLiteral(": ") + c.message;
    return (out + r.changes).join(QLatin1Char('\n'));
}

} // namespace

void TestSealUpgrade::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
}

void TestSealUpgrade::firstSealCoversTheRowsHeld_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("named");
    const QString none;
    // A further row added inside a span sealed by the upgrade, one in a span of a source that had
    // none there, and one removed.
    const QString added = QStringLiteral("INSERT INTO call_rows VALUES(%1, 2, 999999)").arg(4100);
    const QString addedAfar = QStringLiteral("INSERT INTO call_rows VALUES(%1, 1, 999999)").arg(5);
    const QString removed =
        QStringLiteral("DELETE FROM call_rows WHERE call_id = %1 AND source_id = 1").arg(kCalls + 8200);
    for (const int version : {7, 8, 10, 11, 12, 15, 16, schema::kCurrentVersion}) {
        QTest::addRow("schema %d, untouched", version) << version << none << none;
        QTest::addRow("schema %d, a further row added", version)
            << version << added
            << QStringLiteral("call_rows (provenance links) of source 2 (cdr-b.csv): 1 row "
                              "added (call 4100)");
        QTest::addRow("schema %d, a further row where its source had none", version)
            << version << addedAfar
            << QStringLiteral("call_rows (provenance links) of source 1 (cdr-a.csv): 1 row added (call 5)");
        QTest::addRow("schema %d, a further row removed", version)
            << version << removed
            << QStringLiteral("call_rows (provenance links) of source 1 (cdr-a.csv): 1 row deleted (call %1)")
                   .arg(kCalls + 8200);
    }
}

void TestSealUpgrade::firstSealCoversTheRowsHeld()
{
    QFETCH(int, version);
    QFETCH(QString, change);
    QFETCH(QString, named);
    static int cases = 0;
    const QString path = m_dir.filePath(QStringLiteral("v%1-%2.dtcase").arg(version).arg(++cases));
    QString error;
    QVERIFY2(writeOldCase(path, version, &error), qPrintable(error));
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error); // upgrades and seals
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(*) FROM call_rows")).toLongLong(),
                 qint64(2 * kCalls + kCalls / 97));
    }
    VerifyResult r = CaseVerifier::verify(path);
    QVERIFY2(r.ok && r.changes.isEmpty(), qPrintable(changesOf(r)));
    // An upgrade from a schema without the seal says that it is where the seal begins.
    QCOMPARE(r.sealedAtUpgradeFrom, version < 12 ? version : 0);
    const auto seal = std::find_if(r.checks.cbegin(), r.checks.cend(),
                                   [](const VerifyCheck &c) { return c.name == QLatin1String("seal"); });
    QVERIFY(seal != r.checks.cend());
    QCOMPARE(seal->message.contains(QStringLiteral("sealed at the upgrade from schema %1 on ").arg(version)),
             version < 12);
    if (change.isEmpty())
        return;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY2(db.exec(change), qPrintable(db.lastError()));
    }
    r = CaseVerifier::verify(path);
    QVERIFY(!r.ok);
    QCOMPARE(r.changes, QStringList{named});
}

QTEST_GUILESS_MAIN(TestSealUpgrade)
#include "tst_sealupgrade.moc"
