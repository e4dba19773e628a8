// A sealed case of the schema before the findings' run index opens upgraded: every run's findings
// read as before, and the case still verifies.
#include "case/auditlog.h"
#include "case/casefile.h"
#include "case/schema.h"
#include "case/seal.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestFindingsUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findingsReadTheSameAfterTheUpgrade();

private:
    QTemporaryDir m_dir;
};

namespace {

/// Each run's findings, as a reader of one run asks for them.
QStringList findingsByRun(Database &db, int runs)
{
    QStringList out;
    for (int run = 1; run <= runs; ++run) {
        out << QStringLiteral("run %1").arg(run);
        out << dttest::rows(db, QStringLiteral("SELECT id, kind, subject, score, data FROM findings "
                                               "WHERE run_id = %1 ORDER BY id")
                                    .arg(run));
    }
    return out;
}

} // namespace

void TestFindingsUpgrade::findingsReadTheSameAfterTheUpgrade()
{
    constexpr int kPrevious = 16; // the last schema without the index
    constexpr int kRuns = 5;
    QVERIFY(schema::kCurrentVersion > kPrevious);
    const QString path = m_dir.filePath(QStringLiteral("v16-findings.dtcase"));
    QStringList before;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, kPrevious), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO meta VALUES('title','findings')")));
        // Runs whose findings interleave by id, as runs of several kinds over the case's life do.
        for (int run = 1; run <= kRuns; ++run)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO analysis_runs(id, kind, started_utc, finished_utc, "
                                           "params, tool_version, input_digest, status) VALUES(%1, "
                                           "'detect', 't', 't', '{}', 'v', 'd', 'done')")
                                .arg(run)));
        for (int i = 0; i < 200; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO findings(run_id, kind, subject, score, data) "
                                           "VALUES(%1, 'suspect', '1380000%2', %3, '{\"n\":%2}')")
                                .arg(1 + (i * 7) % kRuns)
                                .arg(i, 4, 10, QLatin1Char('0'))
                                .arg(i / 200.0)));
        before = findingsByRun(db, kRuns);
        QVERIFY2(AuditLog(db).append(QStringLiteral("create"), QJsonObject(), &error), qPrintable(error));
        QVERIFY(seal::Seal::verify(db).ok);
    }
    QCOMPARE(before.size(), kRuns + 200);
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
    QCOMPARE(findingsByRun(cf->db(), kRuns), before);
    QVERIFY(seal::Seal::verify(cf->db()).ok);
}

QTEST_GUILESS_MAIN(TestFindingsUpgrade)
#include "tst_findingsupgrade.moc"
