// Case file: creation, reopening, schema migration, refusal of newer schemas and of other
// SQLite files, read-only mode, and one-writer-at-a-time across processes.
#include "case/casefile.h"
#include "case/insertbatch.h"
#include "case/schema.h"
#include "case/verifier.h"
#include "case/writeback.h"
#include "samplebuild.h"
#include "testutil.h"

#include <csignal>
#include <cstdio>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>
#include <unistd.h>

using namespace dt;

class TestCaseFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createAndReopen();
    void createRefusesExisting();
    void timeZone();
    void tablesOfSchemaV1_data();
    void tablesOfSchemaV1();
    void migratesOlderSchema();
    void migratesCallRowsToFurtherRowsOnly();
    void migratesCallsToTheStore();
    void migratesDictionariesToNamedIndexes();
    void migratesCallStoreToFewerBytes();
    void upgradeTellsItsStepsAndCancels();
    void countsAsCountGives();
    void refusesNewerSchema();
    void refusesForeignSqlite();
    void refusesGarbageFile();
    void readOnlyModeNeverWrites();
    void foreignKeysEnforced();
    void secondWriterInAnotherProcess();
    void staleLockOfKilledWriter();
    void killedRollbackJournalWriteReadOnlyOpen();
    void hotJournalOnWriteProtectedMedia();
    void rollbackJournalRefusedBesideAnotherConnection();
    void writerKeepsItsLocksDuringWriteback();
    void insertBatchAsPreparedInserts_data();
    void insertBatchAsPreparedInserts();
    void insertBatchFailureKeepsEarlierBatches();
    void insertBatchIgnoringDuplicates();
    void insertBatchOfRowsMadeElsewhere();
    void rowsTableNeedsItsBatch();

private:
    QTemporaryDir m_dir;
};

void TestCaseFile::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("a.dtcase"));
    QString error;
    {
        auto cf = CaseFile::create(path, QStringLiteral("报案 2026-11 骚扰"), &error);
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
        QVERIFY(!cf->isReadOnly());
        QCOMPARE(cf->audit().count(), 1);
        QCOMPARE(cf->audit().entries().front().action, QStringLiteral("create"));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // closed into one self-contained file
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->title(), QStringLiteral("报案 2026-11 骚扰"));
    QVERIFY(!cf->meta(QStringLiteral("case_id")).isEmpty());
    // Reopened (which refuses any SQLite file not marked as a case), the case still enforces its
    // references: a rejected row naming no source is refused.
    QVERIFY(!cf->db().exec(
        QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason) VALUES(42, 1, 'x')")));
    QVERIFY2(cf->db().lastError().contains(QStringLiteral("FOREIGN KEY")), qPrintable(cf->db().lastError()));
    QVERIFY(cf->setTitle(QStringLiteral("renamed"), &error));
    QCOMPARE(cf->audit().count(), 2);
}

void TestCaseFile::createRefusesExisting()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.dtcase"));
    dttest::writeFile(path, "precious");
    QString error;
    QVERIFY(!CaseFile::create(path, QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestCaseFile::timeZone()
{
    const QString path = m_dir.filePath(QStringLiteral("zone.dtcase"));
    QString error;
    {
        auto cf = CaseFile::create(path, QStringLiteral("z"), &error, QStringLiteral("Europe/Berlin"));
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->timeZone(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(cf->clock().zone(), QStringLiteral("Europe/Berlin"));
        const QJsonObject created =
            QJsonDocument::fromJson(cf->audit().entries().first().details.toUtf8()).object();
        QCOMPARE(created.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
        // A change is audited and takes effect at once; an unknown zone changes nothing.
        QVERIFY2(cf->setTimeZone(QStringLiteral("UTC"), &error), qPrintable(error));
        QCOMPARE(cf->clock().label(), QStringLiteral("UTC"));
        QCOMPARE(cf->audit().entries().constLast().action, QStringLiteral("set-timezone"));
        const int entries = cf->audit().count();
        QVERIFY(!cf->setTimeZone(QStringLiteral("Mars/Olympus_Mons"), &error));
        QVERIFY(error.contains(QStringLiteral("Mars/Olympus_Mons")));
        QVERIFY(cf->setTimeZone(QStringLiteral("UTC"), &error)); // no change: no entry
        QCOMPARE(cf->audit().count(), entries);
    }
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->timeZone(), QStringLiteral("UTC"));
        QVERIFY(!cf->setTimeZone(QStringLiteral("Asia/Shanghai"), &error)); // read-only
    }
    {
        // A case made before zones were chosen names none: it was always shown in Asia/Shanghai.
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'timezone'")));
    }
    // (Read-only: a change made outside DialTrace, which this is, keeps a sealed case from being written.)
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->timeZone(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(cf->clock().label(), QStringLiteral("UTC+8"));
    QVERIFY(!CaseFile::create(m_dir.filePath(QStringLiteral("nowhere.dtcase")), QStringLiteral("n"), &error,
                              QStringLiteral("Nowhere/Town")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.dtcase"))));
}

void TestCaseFile::tablesOfSchemaV1_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"meta", "schema_migrations", "sources", "numbers", "devices", "calls", "call_rows",
                          "leak_records", "complaints", "rejected_rows", "analysis_runs", "findings",
                          "annotations", "tags", "audit_log", "mapping_profiles", "persons"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestCaseFile::tablesOfSchemaV1()
{
    QFETCH(QString, table);
    const QString path = m_dir.filePath(QStringLiteral("tables.dtcase"));
    QString error;
    auto cf = QFile::exists(path) ? CaseFile::open(path, CaseFile::Access::ReadOnly, &error)
                                  : CaseFile::create(path, QStringLiteral("t"), &error);
    QVERIFY2(cf, qPrintable(error));
    Statement st =
        cf->db().prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?"));
    st.bind(1, table);
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 1);
}

void TestCaseFile::migratesOlderSchema()
{
    // Build a file at schema version 1, as the first release wrote it, then open it.
    const QString path = m_dir.filePath(QStringLiteral("v1.dtcase"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 1), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO meta VALUES('title','old case')")));
        QCOMPARE(schema::storedVersion(db, &error), 1);
    }
    QString error;
    QVERIFY(!CaseFile::open(path, CaseFile::Access::ReadOnly, &error)); // read-only cannot upgrade
    QVERIFY2(error.contains(QStringLiteral("older schema")), qPrintable(error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
    QCOMPARE(cf->title(), QStringLiteral("old case"));
    QCOMPARE(
        cf->db().scalar(QStringLiteral("SELECT group_concat(version) FROM schema_migrations")).toString(),
        QStringLiteral("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17"));
    QCOMPARE(cf->db().scalar(QStringLiteral("PRAGMA user_version")).toInt(), schema::kCurrentVersion);
    QVERIFY(cf->db().exec(QStringLiteral("SELECT * FROM mapping_profiles")));
    QVERIFY(cf->db().exec(QStringLiteral("SELECT callee_device, callee_cell FROM calls")));
    const auto entries = cf->audit().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().action, QStringLiteral("migrate"));
    QVERIFY(entries.front().details.contains(QStringLiteral("\"from_schema\":1")));
}

void TestCaseFile::migratesCallRowsToFurtherRowsOnly()
{
    // A version-6 case linked every call to its own row in call_rows as well; version 7 keeps only
    // the further rows there, and call_links still gives every row of every call.
    const QString path = m_dir.filePath(QStringLiteral("v6.dtcase"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 6), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO meta VALUES('title','v6'); "
            "INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, analyst, host, "
            "registered_utc) "
            "VALUES(1, 'cdr', 'cdr.csv', '/x/cdr.csv', 'aa', 1, 'calls', 'a', 'h', 't'), "
            "(2, 'pbx', 'pbx.csv', '/x/pbx.csv', 'bb', 1, 'calls', 'a', 'h', 't'); "
            "INSERT INTO numbers(id, value) VALUES(1, '+8613800000001'), (2, '+8613900000002'); "
            "INSERT INTO calls(id, caller, callee, start_utc, source_id, line) VALUES(1, 1, 2, 100, 1, 2), "
            "(2, 2, 1, 200, 1, 3); "
            "INSERT INTO call_rows VALUES(1, 1, 2), (1, 1, 7), (1, 2, 5), (2, 1, 3)")));
    }
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(call_id || ':' || source_id || ':' || line, ' ') "
                                      "FROM call_rows"))
                 .toString(),
             QStringLiteral("1:1:7 1:2:5"));
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT group_concat(f, ' ') FROM (SELECT call_id || ':' || source_id || "
                                 "':' || line AS f FROM call_links ORDER BY call_id, source_id, line)"))
            .toString(),
        QStringLiteral("1:1:2 1:1:7 1:2:5 2:1:3"));
}

void TestCaseFile::migratesDictionariesToNamedIndexes()
{
    // Versions 9 and 10 make numbers, devices and cells again with their values unique by named
    // indexes (which a large import may drop and make again): every entry keeps its id and values,
    // the tables that refer to numbers still do, values stay unique, and foreign keys are back on.
    const QString path = m_dir.filePath(QStringLiteral("v8.dtcase"));
    const QString want = QStringLiteral("1|+8613800000001|+8613800000001|1|0 2|95566||2|4 7|abc||0|0");
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 8), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO meta VALUES('title','v8'); "
            "INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, analyst, host, "
            "registered_utc) VALUES(1, 'leak', 'l.csv', '/x/l.csv', 'aa', 1, 'leak', 'a', 'h', 't'); "
            "INSERT INTO numbers(id, value, e164, type, flags) VALUES(1, '+8613800000001', '+8613800000001', "
            "1, 0), "
            "(2, '95566', NULL, 2, 4), (7, 'abc', NULL, 0, 0); "
            "INSERT INTO persons(id, id_card, name, phone) VALUES(1, NULL, '某', 1); "
            "INSERT INTO devices(id, imei) VALUES(3, '867531040226975'); "
            "INSERT INTO cells(id, value) VALUES(1, '22001-5'), (4, '9'); "
            "INSERT INTO leak_records(source_id, line, phone, name, person) VALUES(1, 2, 1, '某', 1), (1, 3, "
            "7, NULL, NULL); "
            // A reference broken before the upgrade (imports run with foreign keys off; verify
            // reports it): the upgrade keeps it as it is rather than refusing the case.
            "INSERT INTO leak_records(source_id, line, phone) VALUES(1, 4, 99)")));
    }
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT group_concat(id || '|' || value || '|' || coalesce(e164, '') || '|' || "
                           "type || '|' || flags, ' ') FROM (SELECT * FROM numbers ORDER BY id)"))
                 .toString(),
             want);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'numbers_value'")).toString(),
        QStringLiteral("CREATE UNIQUE INDEX numbers_value ON numbers(value)"));
    QCOMPARE(
        db.scalar(
              QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE "
                             "tbl_name IN ('numbers', 'devices', 'cells') AND type = 'index' ORDER BY name)"))
            .toString(),
        QStringLiteral("cells_value devices_imei numbers_value")); // no constraint's index left beside them
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(id || ':' || value, ' ') FROM cells")).toString(),
             QStringLiteral("1:22001-5 4:9"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT id || ':' || imei FROM devices")).toString(),
             QStringLiteral("3:867531040226975"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'persons_id_card'"))
                 .toInt(),
             0); // version 10: nothing reads persons by ID number in SQL
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO cells(value) VALUES('9')")));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO devices(imei) VALUES('867531040226975')")));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    Statement fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(fk.step());
    QCOMPARE(fk.text(0) + QLatin1Char('>') + fk.text(2),
             QStringLiteral("leak_records>numbers")); // the old one
    QVERIFY(!fk.step());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM leak_records l JOIN numbers n ON n.id = l.phone"))
                 .toInt(),
             2);
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO numbers(value) VALUES('95566')"))); // still unique
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM numbers WHERE id = 1")));           // still referred to
    QVERIFY(db.exec(QStringLiteral("SELECT id FROM numbers WHERE value = '95566'")));
    Statement plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM numbers WHERE value = ?"));
    QVERIFY(plan.step());
    QVERIFY2(plan.text(3).contains(QStringLiteral("numbers_value")), qPrintable(plan.text(3)));
}

void TestCaseFile::upgradeTellsItsStepsAndCancels()
{
    // Opening an older case upgrades it one schema version at a time, saying which; cancelled, the
    // case keeps the versions it reached (none here) and opens, upgraded, the next time.
    const QString path = m_dir.filePath(QStringLiteral("v8-steps.dtcase"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 8), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO meta VALUES('title','v8')")));
    }
    QString error;
    std::atomic_bool cancel{false};
    QStringList steps;
    auto cancelled = CaseFile::open(
        path, CaseFile::Access::ReadWrite, &error,
        [&](const QString &step, int, int) {
            steps << step;
            if (step.contains(QStringLiteral("version 9")))
                cancel = true;
        },
        &cancel);
    QVERIFY(!cancelled);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
        QCOMPARE(schema::storedVersion(db, &error), 8);
    }
    steps.clear();
    QVector<QPair<int, int>> progress;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error,
                             [&](const QString &step, int done, int total) {
                                 steps << step;
                                 progress << qMakePair(done, total);
                             });
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
    QCOMPARE(steps.size(), 1 + schema::kCurrentVersion - 8); // opening, then each version reached
    for (int v = 9; v <= schema::kCurrentVersion; ++v) {
        QVERIFY2(steps.at(v - 8).contains(QStringLiteral("version %1").arg(v)), qPrintable(steps.at(v - 8)));
        QCOMPARE(progress.at(v - 8), qMakePair(v - 9, schema::kCurrentVersion - 8));
    }
}

void TestCaseFile::countsAsCountGives()
{
    // The counts come from the store's bookkeeping, not from counting rows; after real imports of
    // every kind they are what counting gives.
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(m_dir.path(), 5, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    const CaseCounts c = cf->counts();
    Database &db = cf->db();
    auto n = [&db](const char *table) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toLongLong();
    };
    QCOMPARE(c.sources, n("sources"));
    QCOMPARE(c.numbers, n("numbers"));
    QCOMPARE(c.calls, n("calls"));
    QCOMPARE(c.leakRecords, n("leak_records"));
    QCOMPARE(c.complaints, n("complaints"));
    QCOMPARE(c.rejectedRows, n("rejected_rows"));
    QCOMPARE(c.analysisRuns, n("analysis_runs"));
    QCOMPARE(c.auditEntries, n("audit_log"));
    QVERIFY(c.calls > 10000 && c.leakRecords > 1000 && c.complaints > 5 && c.numbers > 1000);
}

void TestCaseFile::migratesCallsToTheStore()
{
    // A version-7 case kept one row per call; version 8 moves them into blocks (a gap in the ids and
    // a change of source start a new block) and lists every number's calls, and the table calls
    // still gives every value, NULLs included.
    const QString path = m_dir.filePath(QStringLiteral("v7.dtcase"));
    const QString calls = QStringLiteral("(1, 1, 2, 100, 5, 1, 1, '22001-5', NULL, NULL, 1, 2), (2, 2, 1, "
                                         "50, 0, NULL, NULL, NULL, 1, '9', 1, 3), "
                                         "(3, 1, 3, 70, 7, 0, NULL, '22001-5', NULL, NULL, 2, 9), (7, 3, 1, "
                                         "10, 1, 1, 1, NULL, NULL, NULL, 2, 4)");
    const QString columns = QStringLiteral("id, caller, callee, start_utc, duration, answered, device, cell, "
                                           "callee_device, callee_cell, source_id, line");
    QStringList want;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 7), qPrintable(error));
        QVERIFY(db.exec(
            QStringLiteral(
                "INSERT INTO meta VALUES('title','v7'); "
                "INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, analyst, host, "
                "registered_utc) VALUES(1, 'cdr', 'cdr.csv', '/x/cdr.csv', 'aa', 1, 'calls', 'a', 'h', 't'), "
                "(2, 'pbx', 'pbx.csv', '/x/pbx.csv', 'bb', 1, 'calls', 'a', 'h', 't'); "
                "INSERT INTO numbers(id, value) VALUES(1, '+8613800000001'), (2, '+8613900000002'), (3, "
                "'95566'); "
                "INSERT INTO devices(id, imei) VALUES(1, '867531040226975'); "
                "INSERT INTO calls(%1) VALUES %2; INSERT INTO call_rows VALUES(1, 2, 5)")
                .arg(columns, calls)));
        Statement st = db.prepare(QStringLiteral("SELECT %1 FROM calls ORDER BY id").arg(columns));
        while (st.step()) {
            QStringList v;
            for (int i = 0; i < st.columnCount(); ++i)
                v << (st.isNull(i) ? QStringLiteral("NULL") : st.value(i).toString());
            want << v.join(QLatin1Char('|'));
        }
        QCOMPARE(want.size(), 4);
    }
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT group_concat(first_id || ':' || count || ':' || source_id, ' ') FROM "
                           "(SELECT * FROM call_blocks ORDER BY first_id)"))
                 .toString(),
             QStringLiteral("1:2:1 3:1:2 7:1:2"));
    QStringList have;
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM calls ORDER BY id").arg(columns));
    while (st.step()) {
        QStringList v;
        for (int i = 0; i < st.columnCount(); ++i)
            v << (st.isNull(i) ? QStringLiteral("NULL") : st.value(i).toString());
        have << v.join(QLatin1Char('|'));
    }
    QCOMPARE(have, want);
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM calls WHERE caller = 1 "
                                      "ORDER BY start_utc, id)"))
                 .toString(),
             QStringLiteral("3,1"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM calls WHERE callee = 1 "
                                      "ORDER BY start_utc, id)"))
                 .toString(),
             QStringLiteral("7,2"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM call_links")).toInt(), 5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('calls_caller', "
                                      "'calls_callee')"))
                 .toInt(),
             0);
    // Nothing left that points at the old table.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
}

void TestCaseFile::migratesCallStoreToFewerBytes()
{
    // Version 11: the blocks written before stay as they are (no column left out), and the postings
    // are written again with their start times as uint32 seconds after starts_from; every call and
    // every number's calls in a time range read as before, and verify passes.
    const QString path = m_dir.filePath(QStringLiteral("v10.dtcase"));
    const QString columns = QStringLiteral("id, caller, callee, start_utc, duration, answered, device, cell, "
                                           "callee_device, callee_cell, source_id, line");
    const QString calls = QStringLiteral("SELECT %1 FROM calls ORDER BY id").arg(columns);
    const QString inRange = QStringLiteral("SELECT group_concat(id) FROM calls WHERE caller = 1 AND "
                                           "start_utc BETWEEN 1780000050 AND 1780000100");
    QStringList want;
    QString blocks, postings, wantInRange;
    using dttest::rows;
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QString error;
        QVERIFY2(schema::migrate(db, &error, 7), qPrintable(error));
        QStringList values;
        for (int i = 1; i <= 300; ++i)
            values << QStringLiteral("(%1, %2, %3, %4, %5, NULL, NULL, NULL, NULL, NULL, 1, %6)")
                          .arg(i)
                          .arg(1 + i % 3)
                          .arg(1 + (i + 1) % 3)
                          .arg(1780000000 + 7 * (i % 40))
                          .arg(i % 60)
                          .arg(i + 1);
        QVERIFY(db.exec(
            QStringLiteral(
                "INSERT INTO meta VALUES('title','v10'); "
                "INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, analyst, host, "
                "registered_utc) VALUES(1, 'cdr', 'cdr.csv', '/x/cdr.csv', 'aa', 1, 'calls', 'a', 'h', 't'); "
                "INSERT INTO numbers(id, value) VALUES(1, '+8613800000001'), (2, '+8613900000002'), (3, "
                "'95566'); "
                "INSERT INTO calls(%1) VALUES %2")
                .arg(columns, values.join(QLatin1Char(',')))));
        QVERIFY2(schema::migrate(db, &error, 10), qPrintable(error));
        want = rows(db, calls);
        QCOMPARE(want.size(), 300);
        wantInRange = db.scalar(inRange).toString();
        QVERIFY(!wantInRange.isEmpty());
        blocks = rows(db, QStringLiteral("SELECT first_id, hex(columns) FROM call_blocks ORDER BY 1"))
                     .join(QLatin1Char(' '));
        postings = rows(db, QStringLiteral("SELECT first_number, hex(calls) FROM call_postings ORDER BY 1"))
                       .join(QLatin1Char(' '));
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(length(calls)) FROM call_postings")).toInt(),
                 2 * 300 * 12);
    }
    QString error;
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        Database &db = cf->db();
        QCOMPARE(cf->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(rows(db, QStringLiteral("SELECT first_id, hex(columns) FROM call_blocks ORDER BY 1"))
                     .join(QLatin1Char(' ')),
                 blocks);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM call_blocks WHERE sparse_columns <> 0"), -1)
                     .toInt(),
                 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(length(calls)) FROM call_postings")).toInt(),
                 2 * 300 * 8);
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(DISTINCT starts_from) FROM call_postings"))
                     .toString(),
                 QStringLiteral("1780000000"));
        QVERIFY(rows(db, QStringLiteral("SELECT first_number, hex(calls) FROM call_postings ORDER BY 1"))
                    .join(QLatin1Char(' ')) != postings);
        QCOMPARE(rows(db, calls), want);
        QCOMPARE(db.scalar(inRange).toString(), wantInRange);
    }
    QVERIFY(CaseVerifier::verify(path).ok);
}

void TestCaseFile::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.dtcase"));
    QString error;
    {
        auto cf = CaseFile::create(path, QStringLiteral("from the future"), &error);
        QVERIFY(cf);
        QVERIFY(cf->db().exec(
            QStringLiteral("INSERT INTO schema_migrations VALUES(99, '2030-01-01T00:00:00Z', '9.0.0')")));
    }
    for (auto access : {CaseFile::Access::ReadWrite, CaseFile::Access::ReadOnly}) {
        QVERIFY(!CaseFile::open(path, access, &error));
        QVERIFY2(error.contains(QStringLiteral("newer DialTrace")) && error.contains(QStringLiteral("99")),
                 qPrintable(error));
        QVERIFY(error.startsWith(path));
    }
}

void TestCaseFile::refusesForeignSqlite()
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::Create));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE calls(x); INSERT INTO calls VALUES(1)")));
    }
    QString error;
    QVERIFY(!CaseFile::open(path, CaseFile::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("not a DialTrace case file")), qPrintable(error));
    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ReadOnly));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1); // untouched
}

void TestCaseFile::refusesGarbageFile()
{
    const QString path = dttest::writeFile(m_dir.filePath(QStringLiteral("garbage.dtcase")),
                                           QByteArray(8192, '\x5a') + QByteArray("not sqlite"));
    QString error;
    QVERIFY(!CaseFile::open(path, CaseFile::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("not a DialTrace case file")) ||
                 error.contains(QStringLiteral("cannot open")),
             qPrintable(error));
    QVERIFY(!CaseFile::open(m_dir.filePath(QStringLiteral("missing.dtcase")), CaseFile::Access::ReadOnly,
                            &error));
    QVERIFY(error.contains(QStringLiteral("no such file")));
}

void TestCaseFile::readOnlyModeNeverWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("ro"), &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(cf, qPrintable(error));
        QVERIFY(cf->isReadOnly());
        QVERIFY(!cf->setTitle(QStringLiteral("changed"), &error));
        QVERIFY(!cf->db().exec(QStringLiteral("INSERT INTO meta VALUES('x','y')")));
        QVERIFY(!cf->audit().append(QStringLiteral("annotate"), {}, &error));
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCaseFile::foreignKeysEnforced()
{
    const QString path = m_dir.filePath(QStringLiteral("fk.dtcase"));
    QString error;
    auto cf = CaseFile::create(path, QStringLiteral("fk"), &error);
    QVERIFY(cf);
    QVERIFY(!cf->db().exec(
        QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason) VALUES(42, 1, 'x')")));
    QVERIFY(cf->db().lastError().contains(QStringLiteral("FOREIGN KEY")));
}

namespace {
// The child process opens the case for writing and waits until its stdin closes.
QProcess *startWriterChild(const QString &path)
{
    auto *p = new QProcess;
    p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-writer"), path});
    if (!p->waitForStarted() || !p->waitForReadyRead(10000) || !p->readLine().startsWith("holding")) {
        delete p;
        return nullptr;
    }
    return p;
}
} // namespace

void TestCaseFile::secondWriterInAnotherProcess()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("shared"), &error));
    std::unique_ptr<QProcess> child(startWriterChild(path));
    QVERIFY(child);

    QVERIFY(!CaseFile::open(path, CaseFile::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("open for writing by process %1").arg(child->processId())),
             qPrintable(error));
    auto view = CaseFile::open(path, CaseFile::Access::ReadWriteOrReadOnly, &error);
    QVERIFY2(view, qPrintable(error));
    QVERIFY(view->isReadOnly());
    QVERIFY(view->readOnlyReason().contains(QString::number(child->processId())));
    QCOMPARE(view->title(), QStringLiteral("shared"));

    // The command line gets the same read-only view while the writer works.
    QByteArray out;
    QCOMPARE(dttest::runCli({QStringLiteral("info"), path, QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("title")).toString(),
             QStringLiteral("shared"));

    child->closeWriteChannel();
    QVERIFY(child->waitForFinished(10000));
    QCOMPARE(child->exitCode(), 0);
    view.reset();
    QVERIFY2(CaseFile::open(path, CaseFile::Access::ReadWrite, &error), qPrintable(error));
}

void TestCaseFile::staleLockOfKilledWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("killed"), &error));
    std::unique_ptr<QProcess> child(startWriterChild(path));
    QVERIFY(child);
    ::kill(pid_t(child->processId()), SIGKILL);
    QVERIFY(child->waitForFinished(10000));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // left behind by the dead writer
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY(!cf->isReadOnly());
    QCOMPARE(cf->title(), QStringLiteral("killed"));
}

void TestCaseFile::killedRollbackJournalWriteReadOnlyOpen()
{
    // A writer in rollback-journal mode (the command line's imports) killed after SQLite wrote some
    // of its pages into the case: a reader, which may not write, must still see the case as before.
    const QString path = m_dir.filePath(QStringLiteral("journal.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("journal"), &error));
    const qint64 sizeBefore = QFileInfo(path).size();
    const int metaBefore = CaseFile::open(path, CaseFile::Access::ReadOnly, &error)
                               ->db()
                               .scalar(QStringLiteral("SELECT count(*) FROM meta"))
                               .toInt();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--spill-and-hold"), path});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    const QByteArray said = child.readLine();
    QVERIFY2(said.startsWith("spilled"), said.constData());
    QVERIFY(QFileInfo(path).size() > sizeBefore); // its pages are in the case itself
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0); // hot

    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(*) FROM meta")).toInt(), metaBefore);
    QCOMPARE(cf->title(), QStringLiteral("journal"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(cf->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestCaseFile::hotJournalOnWriteProtectedMedia()
{
    // The killed import's case, its journal and its lock copied to evidence media that cannot be
    // written: `info` and `verify` say to copy the case and its journal elsewhere, as promised.
    const QString path = m_dir.filePath(QStringLiteral("seized.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("seized"), &error));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--spill-and-hold"), path});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    QVERIFY(child.readLine().startsWith("spilled"));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    const QString media = m_dir.filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(media));
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".lock")})
        QVERIFY(QFile::rename(path + suffix, media + QStringLiteral("/seized.dtcase") + suffix));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    for (const QString &f : QDir(media).entryList(QDir::Files))
        QVERIFY(QFile::setPermissions(media + QLatin1Char('/') + f, readOnly));
    QVERIFY(QFile::setPermissions(media, readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                             QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755)));
    // Root writes where the permissions say not to: the tools run as an unprivileged account then.
    QStringList command{QStringLiteral(DT_CLI_PATH)};
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("running as root without runuser: write protection cannot be had");
        command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"),
                              QStringLiteral("--")} +
                  command;
    }
    for (const QString &tool : {QStringLiteral("info"), QStringLiteral("verify")}) {
        QProcess p;
        p.start(command.front(),
                command.mid(1) + QStringList{tool, media + QStringLiteral("/seized.dtcase")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError() + p.readAllStandardOutput();
        if (err.contains("Permission denied") && ::geteuid() == 0)
            QSKIP("the unprivileged account cannot reach the test's folder");
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("seized.dtcase-journal") && err.contains("copy both files"), err.constData());
        QVERIFY2(!err.contains("not a DialTrace case file"), err.constData());
    }
    QVERIFY(QFileInfo::exists(media + QStringLiteral("/seized.dtcase-journal"))); // media untouched
    QVERIFY(QFile::setPermissions(media, QFileDevice::Permissions(0x7700)));
}

void TestCaseFile::rollbackJournalRefusedBesideAnotherConnection()
{
    const QString path = m_dir.filePath(QStringLiteral("shared-journal.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("shared"), &error));
    auto writer = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(writer, qPrintable(error));
    {
        // A reader that reads the log: the writer must keep the log, or the reader would wait.
        auto view = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(view->title(), QStringLiteral("shared"));
        QVERIFY(!writer->useRollbackJournal());
        // The writer keeps the log: the viewer reads the committed state beside a write that has
        // spilled into the case, where a rollback journal would hold it up ("database is locked").
        {
            Transaction tx(writer->db());
            QVERIFY(writer->db().exec(QStringLiteral("PRAGMA cache_size = 20")));
            QVERIFY(writer->db().exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO meta(key, value) SELECT 'pad' || i, hex(randomblob(1000)) FROM n")));
            QCOMPARE(view->db()
                         .scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'pad%'"), -1)
                         .toInt(),
                     0);
            QCOMPARE(view->title(), QStringLiteral("shared"));
        }
        auto worker = writer->openWorker(&error);
        QVERIFY2(worker, qPrintable(error));
        QVERIFY(!worker->useRollbackJournal());
    }
    QVERIFY(writer->useRollbackJournal());
    QVERIFY(writer->setTitle(QStringLiteral("renamed"), &error));
    // Alone, the writer writes into the case itself: the file by itself, copied while the writer
    // is still open, holds the change (a write-ahead log would keep it beside the file).
    const QString copy = m_dir.filePath(QStringLiteral("shared-journal-copy.dtcase"));
    QVERIFY(QFile::copy(path, copy));
    QCOMPARE(CaseFile::open(copy, CaseFile::Access::ReadOnly, &error)->title(), QStringLiteral("renamed"));
    writer.reset();
    QCOMPARE(CaseFile::open(path, CaseFile::Access::ReadOnly, &error)->title(), QStringLiteral("renamed"));
}

void TestCaseFile::writerKeepsItsLocksDuringWriteback()
{
    // An import in rollback-journal mode, past its first write into the case, with the kernel asked
    // to write the pages back meanwhile: a reader in another process must find the case busy, not a
    // journal to roll back under the live writer (which it would if the writer's locks were lost:
    // closing any descriptor of a file drops the process's POSIX locks on it).
    const QString path = m_dir.filePath(QStringLiteral("writeback.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("writeback"), &error));
    const qint64 sizeBefore = QFileInfo(path).size();
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY(cf->useRollbackJournal());
    Database &db = cf->db();
    QVERIFY(db.exec(QStringLiteral("PRAGMA cache_size = 20")));
    Transaction tx(db);
    QVERIFY(db.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                       "INSERT INTO meta(key, value) SELECT 'pad' || i, hex(randomblob(1000)) FROM n")));
    QVERIFY(QFileInfo(path).size() > sizeBefore); // SQLite has written into the case
    {
        const BackgroundWriteback writeback(path);
        // A few of its rounds, so that descriptors were walked while the transaction holds its locks.
        QTRY_VERIFY_WITH_TIMEOUT(writeback.rounds() >= 3, dttest::kStateTimeoutMs);
        QProcess reader;
        reader.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-read-only"), path});
        QVERIFY(reader.waitForFinished(30000));
        const QByteArray said = reader.readAllStandardOutput() + reader.readAllStandardError();
        QVERIFY2(said.contains("the case is busy"), said.constData());
    }
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0); // not rolled back under the writer
    QVERIFY(QFileInfo(path).size() > sizeBefore);
    QVERIFY(tx.commit());
    cf.reset();
    auto view = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(view, qPrintable(error));
    QCOMPARE(view->db().scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'pad%'")).toInt(),
             2000);
}

// An InsertBatch puts the same rows in the table, in the same order, as a prepared INSERT stepped per
// row with the same values bound: integers, texts (empty ones too), blobs with zero bytes, NULLs, the
// table's affinities, and rows whose id the table gives. Batches of 1, 3 and 1000 rows over 10 rows.
void TestCaseFile::insertBatchAsPreparedInserts_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::newRow("one a batch") << 1;
    QTest::newRow("three a batch, the last short") << 3;
    QTest::newRow("all in the flush") << 1000;
}

void TestCaseFile::insertBatchAsPreparedInserts()
{
    QFETCH(int, batchRows);
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:"), Database::OpenMode::Create));
    for (const char *t : {"a", "b"})
        QVERIFY(db.exec(
            QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, n INTEGER, t TEXT, r REAL, b BLOB, "
                           "x)")
                .arg(QLatin1String(t))));
    Statement ins = db.prepare(QStringLiteral("INSERT INTO a(n, t, r, b, x) VALUES(?,?,?,?,?)"));
    InsertBatch batch(db, "b", {"n", "t", "r", "b", "x"}, batchRows);
    QVERIFY(batch.isValid());
    QString error;
    for (int i = 0; i < 10; ++i) {
        const QByteArray text = i % 4 == 0 ? QByteArray("") : QByteArray("号码 ") + QByteArray::number(i);
        const QByteArray blob = QByteArray("\0\1", 2) + QByteArray::number(i);
        ins.reset();
        ins.bind(1, qint64(i) << 40)
            .bindStatic(2, text)
            .bind(3, QString::number(i * 1.5))
            .bindStaticBlob(4, blob);
        batch.add(qint64(i) << 40).add(QByteArrayView(text)).add(QString::number(i * 1.5)).addBlob(blob);
        if (i % 3 == 0) {
            ins.bindNull(5);
            batch.addNull();
        } else {
            ins.bind(5, QStringLiteral("12"));
            batch.add(QStringLiteral("12"));
        }
        QVERIFY(ins.exec());
        QVERIFY2(batch.endRow(&error), qPrintable(error));
        QCOMPARE(batch.pendingRows(), (i + 1) % batchRows);
    }
    QVERIFY2(batch.flush(&error), qPrintable(error));
    QCOMPARE(batch.pendingRows(), 0);
    QVERIFY(batch.flush(&error)); // nothing held: nothing done
    auto rows = [&db](const char *t) {
        QStringList out;
        Statement st = db.prepare(
            QStringLiteral(
                "SELECT id, n, typeof(t), t, typeof(r), r, typeof(b), hex(b), typeof(x), x FROM %1 "
                "ORDER BY id")
                .arg(QLatin1String(t)));
        while (st.step()) {
            QStringList row;
            for (int c = 0; c < st.columnCount(); ++c)
                row << st.value(c).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out;
    };
    const QStringList expected = rows("a");
    QCOMPARE(expected.size(), 10);
    QVERIFY(expected.at(0).contains(
        QLatin1String("|text||real|"))); // the empty text stays text; "0" became a real
    QCOMPARE(rows("b"), expected);
}

// A batch whose statement fails (a duplicate id) reports the database's error, leaves none of its
// own rows in the table and drops them; the batches before it stay.
void TestCaseFile::insertBatchFailureKeepsEarlierBatches()
{
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:"), Database::OpenMode::Create));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL)")));
    InsertBatch batch(db, "t", {"id", "v"}, 2);
    QString error;
    QVERIFY(batch.add(1).add(QByteArrayView("a")).endRow(&error));
    QVERIFY(batch.add(2).add(QByteArrayView("b")).endRow(&error)); // inserted: the batch was full
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 2);
    QVERIFY(batch.add(3).add(QByteArrayView("c")).endRow(&error));
    QVERIFY(!batch.add(2).add(QByteArrayView("again")).endRow(&error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
    QCOMPARE(batch.pendingRows(), 0); // dropped: the next rows do not meet the failing ones again
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT group_concat(v, '') FROM (SELECT v FROM t ORDER BY id)")).toString(),
        QStringLiteral("ab"));
}

// A batch that ignores conflicts leaves out the rows already in the table or earlier in the batch
// (a PBX leg's further row met twice), and keeps the others.
void TestCaseFile::insertBatchIgnoringDuplicates()
{
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:"), Database::OpenMode::Create));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID; "
                                   "INSERT INTO t VALUES(1, 1)")));
    InsertBatch batch(db, "t", {"a", "b"}, 100, InsertBatch::OnConflict::Ignore);
    QString error;
    for (const auto &[a, b] : {std::pair{1, 1}, {1, 2}, {2, 1}, {1, 2}})
        QVERIFY2(batch.add(a).add(b).endRow(&error), qPrintable(error));
    QVERIFY2(batch.flush(&error), qPrintable(error));
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(a || '-' || b, ' ') FROM t")).toString(),
             QStringLiteral("1-1 1-2 2-1"));
}

// Rows made into a RowBuffer on another thread (an import's reading thread) are inserted by the
// batch's statement, after its own rows, and the buffer is left empty for the next ones.
void TestCaseFile::insertBatchOfRowsMadeElsewhere()
{
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:"), Database::OpenMode::Create));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")));
    InsertBatch batch(db, "t", {"v"}, 100);
    RowBuffer made(1);
    std::thread other([&made] {
        for (const char *v : {"b", "c"})
            made.add(QByteArrayView(v));
        made.addNull();
    });
    other.join();
    QString error;
    QVERIFY(batch.add(QByteArrayView("a")).endRow(&error));
    QVERIFY2(batch.flush(&error) && batch.insert(made, &error), qPrintable(error));
    QCOMPARE(made.rows(), 0);
    QCOMPARE(
        db.scalar(QStringLiteral(
                      "SELECT group_concat(coalesce(v, 'NULL'), ' ') FROM (SELECT v FROM t ORDER BY id)"))
            .toString(),
        QStringLiteral("a b c NULL"));
}

// dt_rows only reads a batch bound to its statement: from SQL it has no rows, and without its
// argument it is no query at all.
void TestCaseFile::rowsTableNeedsItsBatch()
{
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:"), Database::OpenMode::Create));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM dt_rows(NULL)")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM dt_rows(x'00')")).toInt(), 0);
    QVERIFY(!db.prepare(QStringLiteral("SELECT count(*) FROM dt_rows")).isValid());
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--open-read-only") == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto cf = CaseFile::open(QString::fromLocal8Bit(argv[2]), CaseFile::Access::ReadOnly, &error);
        std::printf("%s\n", cf ? "opened" : qPrintable(error));
        return cf ? 0 : 1;
    }
    if (argc == 3 && qstrcmp(argv[1], "--spill-and-hold") == 0) {
        // One rollback-journal write large enough that SQLite writes pages into the case before the
        // commit (a small page cache), then waits to be killed.
        QCoreApplication app(argc, argv);
        QString error;
        auto cf = CaseFile::open(QString::fromLocal8Bit(argv[2]), CaseFile::Access::ReadWrite, &error);
        if (!cf || !cf->useRollbackJournal()) {
            std::fprintf(stderr, "cannot open or leave the WAL: %s\n", qPrintable(error));
            return 1;
        }
        cf->db().exec(QStringLiteral("PRAGMA cache_size = 20"));
        const qint64 before = QFileInfo(cf->path()).size();
        cf->db().exec(QStringLiteral("BEGIN"));
        cf->db().exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                           "INSERT INTO meta(key, value) SELECT 'pad' || i, hex(randomblob(1000)) FROM n"));
        if (QFileInfo(cf->path()).size() <= before) {
            std::fprintf(stderr, "nothing spilled: %s\n", qPrintable(cf->db().lastError()));
            return 1;
        }
        std::printf("spilled\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
        return 0;
    }
    if (argc == 3 && qstrcmp(argv[1], "--hold-writer") == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto cf = CaseFile::open(QString::fromLocal8Bit(argv[2]), CaseFile::Access::ReadWrite, &error);
        if (!cf) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("holding\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestCaseFile t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_casefile.moc"
