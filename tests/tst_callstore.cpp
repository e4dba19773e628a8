// The call store (schema 8): calls in column blocks with per-number postings, read through the
// virtual table `calls`. Every way the table answers a query (one id, an id range, a number's
// postings with a time range, a full scan) must give what a plain SQLite table with the same rows
// gives.

#include "case/callsmodel.h"
#include "case/callstore.h"
#include "case/casefile.h"
#include "case/database.h"
#include "case/seal.h"
#include "case/entitydetails.h"
#include "case/verifier.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dt;
using namespace dt::ingest;

namespace {

/// A perspective CDR: numbers that call many others, rows out of time order, some rows seen from
/// both sides (merged), devices and cells on some, a few calls at the same second.
QByteArray cdr(int rows, int salt)
{
    QByteArray text = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
    for (int i = 0; i < rows; ++i) {
        const int caller = (i * 7 + salt) % 37, callee = (i * 13 + salt) % 211;
        const int t = (i * 7919) % 86000; // scattered over the day
        const QString start = QStringLiteral("2026-09-0%1 %2:%3:%4")
                                  .arg(1 + i % 3)
                                  .arg(t / 3600, 2, 10, QLatin1Char('0'))
                                  .arg(t / 60 % 60, 2, 10, QLatin1Char('0'))
                                  .arg(t % 60, 2, 10, QLatin1Char('0'));
        const QString imei =
            i % 5 ? QString() : QStringLiteral("35%1").arg(100000000000 + i % 17, 13, 10, QLatin1Char('0'));
        const QString lac = i % 3 ? QStringLiteral("%1").arg(22000 + i % 7) : QString();
        const QString ci = i % 3 ? QStringLiteral("%1").arg(50000 + i % 11) : QString();
        text += QStringLiteral("1391000%1,1382000%2,主叫,%3,%4,%5,%6,%7\n")
                    .arg(caller, 4, 10, QLatin1Char('0'))
                    .arg(callee, 4, 10, QLatin1Char('0'))
                    .arg(start)
                    .arg(i % 400)
                    .arg(imei, lac, ci)
                    .toUtf8();
        if (i % 9 == 0) // the callee's record of the same call
            text += QStringLiteral("1382000%1,1391000%2,被叫,%3,%4,,%5,%6\n")
                        .arg(callee, 4, 10, QLatin1Char('0'))
                        .arg(caller, 4, 10, QLatin1Char('0'))
                        .arg(start)
                        .arg(i % 400)
                        .arg(QStringLiteral("23001"), QStringLiteral("777"))
                        .toUtf8();
    }
    return text;
}

using dttest::rows;

} // namespace

class TestCallStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsAPlainTable_data();
    void sameAsAPlainTable();
    void numberQueriesUsePostings_data();
    void numberQueriesUsePostings();
    void boundNumberSameAsPlainTable_data();
    void boundNumberSameAsPlainTable();
    void entityRowsPerSource();
    void refusesWrites();
    void fillsReachWrittenBlocks();
    void blockLayout();
    void blockScanGivesEveryCall_data();
    void blockScanGivesEveryCall();
    void verifyCatchesDamage_data();
    void verifyCatchesDamage();
    void callsByCallerAsTheQueryGives();
    void numberCallsAsTheQueryGives();
    void postingsAcrossCenturies_data();
    void postingsAcrossCenturies();
    void postingsRebuiltBesideOtherWork();
    void postingsOverIdsWithGaps();
    void importPostingsAsARebuildGives();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestCallStore::initTestCase()
{
    // Two imports (the second's calls partly the first's, seen in another source), so that the
    // postings span both and some blocks are partial.
    m_case = m_dir.filePath(QStringLiteral("store.dtcase"));
    QString error;
    QVERIFY2(CaseFile::create(m_case, QStringLiteral("store"), &error), qPrintable(error));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Importer imp(*cf);
    for (int salt : {0, 5}) {
        const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("cdr%1.csv").arg(salt)),
                                               cdr(salt ? 1500 : 3000, salt));
        ImportSummary sum;
        QVERIFY2(imp.importFile(file, {}, &sum, &error), qPrintable(error));
        QVERIFY(sum.duplicatesMerged > 0);
    }
    QVERIFY(cf->db().scalar(QStringLiteral("SELECT count(*) FROM call_blocks")).toInt() > 3);
    // The plain table: every row as the full scan gives it.
    QVERIFY(cf->db().exec(QStringLiteral("CREATE TABLE plain AS SELECT * FROM calls ORDER BY id")));
    QVERIFY(cf->db().exec(QStringLiteral("CREATE INDEX plain_caller ON plain(caller, start_utc); "
                                         "CREATE INDEX plain_callee ON plain(callee, start_utc)")));
    QVERIFY(cf->db().scalar(QStringLiteral("SELECT count(*) FROM plain")).toInt() > 4000);
    // The test's own table, sealed in as if DialTrace had made it: the case is to verify as intact.
    QVERIFY2(seal::Seal::commit(cf->db(), &error), qPrintable(error));
}

void TestCallStore::sameAsAPlainTable_data()
{
    // Queries over "T": each is run on calls and on plain and must give the same rows.
    QTest::addColumn<QString>("sql");
    const QString all = QStringLiteral("id, caller, callee, start_utc, duration, answered, device, cell, "
                                       "source_id, line, callee_device, callee_cell");
    QTest::newRow("full scan") << QStringLiteral("SELECT %1 FROM T ORDER BY id").arg(all);
    QTest::newRow("count") << QStringLiteral(
        "SELECT count(*), sum(duration), count(cell), count(device) FROM T");
    QTest::newRow("one id") << QStringLiteral("SELECT %1 FROM T WHERE id = 1234").arg(all);
    QTest::newRow("no such id") << QStringLiteral("SELECT * FROM T WHERE id = 987654");
    QTest::newRow("id zero and negative") << QStringLiteral("SELECT * FROM T WHERE id <= 0");
    QTest::newRow("ids in a list") << QStringLiteral(
        "SELECT id, caller FROM T WHERE id IN (5, 3, 4000, 99999, 1) ORDER BY id");
    QTest::newRow("id range")
        << QStringLiteral("SELECT %1 FROM T WHERE id BETWEEN 1000 AND 2100 ORDER BY id").arg(all);
    QTest::newRow("id open range") << QStringLiteral("SELECT id FROM T WHERE id > 4100 ORDER BY id");
    QTest::newRow("id strict bounds")
        << QStringLiteral("SELECT id FROM T WHERE id > 10 AND id < 20 ORDER BY id");
    QTest::newRow("id real bounds") << QStringLiteral(
        "SELECT id FROM T WHERE id >= 10.5 AND id <= 19.5 ORDER BY id");
    QTest::newRow("id as text") << QStringLiteral("SELECT id, caller FROM T WHERE id = '17'");
    QTest::newRow("page after page") << QStringLiteral("SELECT id FROM T ORDER BY id LIMIT 50 OFFSET 3000");
    QTest::newRow("calls made")
        << QStringLiteral("SELECT %1 FROM T WHERE caller = (SELECT caller FROM plain WHERE id = 7) "
                          "ORDER BY start_utc, id")
               .arg(all);
    QTest::newRow("calls received") << QStringLiteral(
        "SELECT id, start_utc FROM T WHERE callee = (SELECT callee FROM plain "
        "WHERE id = 9) ORDER BY start_utc, id");
    QTest::newRow("calls made in a time range") << QStringLiteral(
        "SELECT id, start_utc FROM T WHERE caller = (SELECT caller FROM plain WHERE id = 7) AND "
        "start_utc BETWEEN (SELECT min(start_utc) + 3600 FROM plain) AND (SELECT min(start_utc) "
        "+ 86400 FROM plain) ORDER BY start_utc, id");
    QTest::newRow("strict time bounds") << QStringLiteral(
        "SELECT id FROM T WHERE callee = (SELECT callee FROM plain WHERE id = 9) AND start_utc > "
        "(SELECT start_utc FROM plain WHERE id = 9) AND start_utc < (SELECT start_utc FROM plain "
        "WHERE id = 9) + 40000 ORDER BY start_utc, id");
    QTest::newRow("number as text") << QStringLiteral(
        "SELECT id FROM T WHERE caller = '3' ORDER BY start_utc, id");
    QTest::newRow("number unknown") << QStringLiteral("SELECT id FROM T WHERE caller = 999999");
    QTest::newRow("both parties") << QStringLiteral(
        "SELECT id FROM T WHERE caller = 3 AND callee = (SELECT callee FROM "
        "plain WHERE caller = 3 LIMIT 1) ORDER BY id");
    QTest::newRow("join by number") << QStringLiteral(
        "SELECT n.value, count(*), min(c.start_utc) FROM numbers n JOIN T c ON c.caller = n.id "
        "GROUP BY n.id ORDER BY n.id");
    QTest::newRow("join by id") << QStringLiteral(
        "SELECT r.call_id, r.line, c.caller, c.line FROM call_rows r JOIN T c ON c.id = r.call_id "
        "ORDER BY r.call_id, r.source_id, r.line");
    QTest::newRow("group by caller") << QStringLiteral(
        "SELECT caller, count(*), sum(duration) FROM T GROUP BY caller");
    QTest::newRow("or across parties")
        << QStringLiteral("SELECT id FROM T WHERE caller = 4 OR callee = 4 ORDER BY id");
    QTest::newRow("rows per source of a number") // the entity panel's query
        << QStringLiteral(
               "SELECT source_id, sum(n) FROM (SELECT source_id, count(*) AS n FROM T WHERE caller = 3 OR "
               "callee = 3 GROUP BY source_id UNION ALL SELECT r.source_id, count(*) FROM call_rows r JOIN T "
               "c "
               "ON c.id = r.call_id WHERE c.caller = 3 OR c.callee = 3 GROUP BY r.source_id) GROUP BY "
               "source_id");
    QTest::newRow("or, grouped") << QStringLiteral(
        "SELECT source_id, count(*) FROM T WHERE caller = 3 OR callee = 3 "
        "GROUP BY source_id");
    QTest::newRow("device and cell") << QStringLiteral(
        "SELECT id, device, cell, callee_device, callee_cell FROM T WHERE "
        "device IS NOT NULL OR callee_cell IS NOT NULL ORDER BY id");
    QTest::newRow("descending") << QStringLiteral(
        "SELECT id FROM T WHERE caller = 3 ORDER BY start_utc DESC, id DESC");
    // Arguments of other types, as SQLite compares them (numbers < text < blob).
    QTest::newRow("id below text") << QStringLiteral("SELECT count(*) FROM T WHERE id < 'abc'");
    QTest::newRow("id above text") << QStringLiteral("SELECT count(*) FROM T WHERE id > 'abc'");
    QTest::newRow("id below a blob") << QStringLiteral("SELECT count(*) FROM T WHERE id < x'00'");
    QTest::newRow("id below 1e19") << QStringLiteral("SELECT count(*) FROM T WHERE id < 1e19");
    QTest::newRow("id above -1e19") << QStringLiteral("SELECT count(*) FROM T WHERE id > -1e19 AND id < 100");
    QTest::newRow("id past int64") << QStringLiteral("SELECT count(*) FROM T WHERE id > 9223372036854775807");
    QTest::newRow("id before int64") << QStringLiteral(
        "SELECT count(*) FROM T WHERE id < -9223372036854775808");
    QTest::newRow("id null bound") << QStringLiteral("SELECT count(*) FROM T WHERE id > NULL");
    QTest::newRow("id as a real") << QStringLiteral("SELECT id, caller FROM T WHERE id = 17.0");
    QTest::newRow("id as a fraction") << QStringLiteral("SELECT count(*) FROM T WHERE id = 17.5");
    QTest::newRow("number as a real") << QStringLiteral("SELECT count(*) FROM T WHERE caller = 3.0");
    QTest::newRow("time bound as text")
        << QStringLiteral("SELECT count(*) FROM T WHERE caller = 3 AND start_utc < 'x' AND start_utc > 0");
    QTest::newRow("time bound past int64")
        << QStringLiteral("SELECT count(*) FROM T WHERE callee = 3 AND start_utc > -1e300");
}

void TestCallStore::sameAsAPlainTable()
{
    QFETCH(QString, sql);
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    const QRegularExpression table(QStringLiteral("\\bT\\b"));
    const QStringList want = rows(cf->db(), QString(sql).replace(table, QStringLiteral("plain")));
    const QStringList have = rows(cf->db(), QString(sql).replace(table, QStringLiteral("calls")));
    QVERIFY(!want.isEmpty() || sql.contains(QLatin1String("987654")) ||
            sql.contains(QLatin1String("999999")) || sql.contains(QLatin1String("<= 0")) ||
            sql.contains(QLatin1String("17.5")));
    QVERIFY2(!have.join(QString()).contains(QLatin1String("ERROR")),
             qPrintable(have.join(QLatin1Char('\n'))));
    QCOMPARE(have, want);
}

void TestCallStore::numberQueriesUsePostings_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("plan");
    QTest::newRow("caller") << QStringLiteral("SELECT id FROM calls WHERE caller = 3 ORDER BY start_utc")
                            << QStringLiteral("VIRTUAL TABLE INDEX 2:");
    QTest::newRow("callee, time range")
        << QStringLiteral("SELECT id FROM calls WHERE callee = 3 AND start_utc BETWEEN 1 AND 2")
        << QStringLiteral("VIRTUAL TABLE INDEX 51:"); // 3 | lower 16 | upper 32
    QTest::newRow("caller or callee") // SQLite's OR-by-union: both postings, no walk over the blocks
        << QStringLiteral("SELECT id FROM calls WHERE caller = 3 OR callee = 3")
        << QStringLiteral("MULTI-INDEX OR");
    QTest::newRow("caller or callee, callee's part")
        << QStringLiteral("SELECT id FROM calls WHERE caller = 3 OR callee = 3")
        << QStringLiteral("VIRTUAL TABLE INDEX 3:");
    QTest::newRow("caller or callee, caller's part")
        << QStringLiteral("SELECT id FROM calls WHERE caller = 3 OR callee = 3")
        << QStringLiteral("VIRTUAL TABLE INDEX 2:");
    QTest::newRow("id") << QStringLiteral("SELECT * FROM calls WHERE id = 3")
                        << QStringLiteral("VIRTUAL TABLE INDEX 1:");
    QTest::newRow("ids") << QStringLiteral("SELECT * FROM calls WHERE id > 3 AND id <= 9")
                         << QStringLiteral("VIRTUAL TABLE INDEX 116:"); // 4 | 16 | 32 | strict lower 64
}

void TestCallStore::numberQueriesUsePostings()
{
    QFETCH(QString, sql);
    QFETCH(QString, plan);
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    const QString have = rows(cf->db(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql).join(QLatin1Char('\n'));
    QVERIFY2(have.contains(plan), qPrintable(have));
    QVERIFY2(!have.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(have));
}

void TestCallStore::boundNumberSameAsPlainTable_data()
{
    // The entity panel's queries, their number bound as a parameter (?1).
    QTest::addColumn<QString>("sql");
    QTest::newRow("rows per source") << QStringLiteral(
        "SELECT s.name, sum(n) FROM (SELECT source_id, count(*) AS n FROM T "
        "WHERE caller = ?1 OR callee = ?1 GROUP BY source_id UNION ALL "
        "SELECT r.source_id, count(*) FROM call_rows r JOIN T c ON c.id = r.call_id "
        "WHERE c.caller = ?1 OR c.callee = ?1 GROUP BY r.source_id) "
        "JOIN sources s ON s.id = source_id GROUP BY s.id ORDER BY s.id");
    QTest::newRow("calls") << QStringLiteral(
        "SELECT sum(caller = ?1), sum(callee = ?1), count(DISTINCT CASE WHEN caller = ?1 THEN callee END), "
        "count(DISTINCT CASE WHEN callee = ?1 THEN caller END), min(start_utc), max(start_utc) FROM T "
        "WHERE caller = ?1 OR callee = ?1");
}

void TestCallStore::boundNumberSameAsPlainTable()
{
    QFETCH(QString, sql);
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    const QRegularExpression table(QStringLiteral("\\bT\\b"));
    for (const qint64 number : {3, 7, 40}) {
        QStringList got[2];
        for (int k = 0; k < 2; ++k) {
            Statement st = cf->db().prepare(
                QString(sql).replace(table, k ? QStringLiteral("calls") : QStringLiteral("plain")));
            st.bind(1, number);
            while (st.step()) {
                QStringList cols;
                for (int i = 0; i < st.columnCount(); ++i)
                    cols << st.value(i).toString();
                got[k] << cols.join(QLatin1Char('|'));
            }
            QVERIFY2(st.ok(), qPrintable(cf->db().lastError()));
        }
        QVERIFY(!got[0].isEmpty());
        QCOMPARE(got[1], got[0]);
    }
}

void TestCallStore::entityRowsPerSource()
{
    // The details panel's rows per source: a number's calls' own rows and the rows merged into them.
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    Statement n =
        cf->db().prepare(QStringLiteral("SELECT id, value FROM numbers WHERE id = (SELECT caller FROM plain "
                                        "WHERE id IN (SELECT call_id FROM call_rows) LIMIT 1)"));
    QVERIFY(n.step());
    const qint64 id = n.int64(0);
    const EntityDetails d = EntityLookup::describe(*cf, n.text(1));
    QStringList have;
    for (const auto &[source, rows] : d.rowsPerSource)
        have << QStringLiteral("%1 %2").arg(source).arg(rows);
    QStringList want;
    Statement w = cf->db().prepare(
        QStringLiteral("SELECT s.name, count(*) FROM (SELECT source_id FROM plain WHERE caller = ?1 OR "
                       "callee = ?1 UNION ALL "
                       "SELECT r.source_id FROM call_rows r JOIN plain c ON c.id = r.call_id WHERE c.caller "
                       "= ?1 OR c.callee = ?1) "
                       "x JOIN sources s ON s.id = x.source_id GROUP BY s.id ORDER BY s.id"));
    w.bind(1, id);
    while (w.step())
        want << QStringLiteral("%1 %2").arg(w.text(0)).arg(w.int64(1));
    QVERIFY(!want.isEmpty());
    QCOMPARE(have, want);
}

void TestCallStore::refusesWrites()
{
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    const qint64 before = cf->db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    QVERIFY(!cf->db().exec(
        QStringLiteral("INSERT INTO calls(caller, callee, start_utc, source_id, line) VALUES(1,2,3,1,1)")));
    QVERIFY(!cf->db().exec(QStringLiteral("UPDATE calls SET duration = 0 WHERE id = 1")));
    QVERIFY(!cf->db().exec(QStringLiteral("DELETE FROM calls")));
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong(), before);
}

void TestCallStore::fillsReachWrittenBlocks()
{
    // A call's other record may come long after it: once its block is written, the device and cell
    // are filled into the written block (where still empty), and a known value is not replaced.
    const QString path = m_dir.filePath(QStringLiteral("fills.dtcase"));
    QString error;
    QVERIFY2(CaseFile::create(path, QStringLiteral("fills"), &error), qPrintable(error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    QVERIFY(db.exec(
        QStringLiteral("INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, "
                       "analyst, host, registered_utc) VALUES(1, 's', 's.csv', '/s.csv', 'aa', 1, "
                       "'calls', 'a', 'h', 't'); INSERT INTO devices(id, imei) VALUES(1, 'd1'), (2, 'd2'); "
                       "INSERT INTO cells(id, value) VALUES(1, '22001-5'), (2, '22001-6')")));
    QVERIFY(db.begin());
    callstore::Writer w(db);
    QVERIFY2(w.begin(1, &error), qPrintable(error));
    const qint64 cellA = 1, cellB = 2;
    constexpr int kCalls = 40000; // many blocks: the first ones are written long before the end
    for (int i = 0; i < kCalls; ++i) {
        callstore::Writer::Call c;
        c.caller = 1 + i % 50;
        c.callee = 100 + i % 70;
        c.start = 1788220800 + i;
        c.duration = i % 300;
        c.answered = i % 3 - 1;
        c.line = i + 2;
        c.device = i == 1 ? 2 : 0;
        QCOMPARE(w.append(c, &error), qint64(i + 1));
    }
    QVERIFY(w.fill(1, false, 1, quint32(cellA), &error)); // callee side of the first call
    QVERIFY(w.fill(2, true, 1, quint32(cellB), &error));  // its device stays d2, its cell is set
    QVERIFY(w.fill(kCalls, true, 1, 0, &error));          // still in memory
    QVERIFY2(w.finish(&error), qPrintable(error));
    QVERIFY(db.commit());
    QCOMPARE(
        rows(db,
             QStringLiteral("SELECT id, device, cell, callee_device, callee_cell, answered, line FROM calls "
                            "WHERE id IN (1, 2, 3, %1) ORDER BY id")
                 .arg(kCalls)),
        (QStringList{QStringLiteral("1|NULL|NULL|1|22001-5|NULL|2"),
                     QStringLiteral("2|2|22001-6|NULL|NULL|0|3"), QStringLiteral("3|NULL|NULL|NULL|NULL|1|4"),
                     QStringLiteral("%1|1|NULL|NULL|NULL|NULL|%2").arg(kCalls).arg(kCalls + 1)}));
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*), min(id), max(id) FROM calls")),
             QStringList{QStringLiteral("%1|1|%1").arg(kCalls)});
    // The device and cell columns (bits 3 to 6) are stored sparse, 4 bytes and 6 a value: the first
    // block with the four values filled in after it was written, the last with its last call's device.
    const qint64 lastFirst = db.scalar(QStringLiteral("SELECT max(first_id) FROM call_blocks")).toLongLong();
    QCOMPARE(rows(db, QStringLiteral("SELECT first_id, sparse_columns, length(columns) - count * (4 * 4 + 9) "
                                     "FROM call_blocks WHERE first_id IN (1, 1025, %1) ORDER BY 1")
                          .arg(lastFirst)),
             (QStringList{QStringLiteral("1|120|40"), QStringLiteral("1025|120|16"),
                          QStringLiteral("%1|120|22").arg(lastFirst)}));
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM calls WHERE caller = 7")),
             QStringList{QString::number(kCalls / 50)});
    // A value that does not fit the columns is refused, not cut.
    callstore::Writer w2(db);
    QVERIFY(w2.begin(1, &error));
    callstore::Writer::Call big;
    big.caller = qint64(1) << 33;
    QCOMPARE(w2.append(big, &error), qint64(-1));
    QVERIFY(error.contains(QLatin1String("out of the range")));
}

void TestCallStore::blockLayout()
{
    // The layout docs/case-file.md gives: eight uint32 columns, then int64 starts, then int8 answered.
    std::vector<quint32> u32[callstore::kU32Columns];
    for (int c = 0; c < callstore::kU32Columns; ++c)
        u32[c] = {quint32(10 * c + 1), quint32(10 * c + 2)};
    const std::vector<qint64> start{-5, qint64(1) << 40};
    const std::vector<qint8> answered{-1, 1};
    const QByteArray b = callstore::encodeBlock(u32, start, answered);
    QCOMPARE(b.size(), 2 * (4 * callstore::kU32Columns + 9));
    callstore::Block block;
    block.firstId = 7;
    block.count = 2;
    block.columns = b;
    QCOMPARE(block.u32(callstore::Caller, 1), quint32(2));
    QCOMPARE(block.u32(callstore::Line, 0), quint32(71));
    QCOMPARE(block.start(0), qint64(-5));
    QCOMPARE(block.start(1), qint64(1) << 40);
    QCOMPARE(block.answered(0), -1);
    QCOMPARE(block.answered(1), 1);
    QVERIFY(block.holds(8) && !block.holds(9) && !block.holds(6));
    QVERIFY(block.setColumns(b.constData(), b.size(), 0)); // stored in full
    QCOMPARE(block.columns, b);
    quint32 sparse = 99;
    QCOMPARE(callstore::storedColumns(block, &sparse), b); // no column is mostly 0
    QCOMPARE(sparse, 0u);

    // Mostly 0: stored sparse (a count, the indexes of the calls not 0, their values), the same values
    // read back; all 0: the count alone.
    for (auto &col : u32)
        col.assign(5, 0);
    u32[callstore::Caller] = {1, 2, 3, 4, 5};
    u32[callstore::Device] = {0, 0, 0, 7, 0};
    u32[callstore::Line] = {0, 9, 0, 0, 3};
    u32[callstore::Duration] = {1, 1, 0, 1, 0}; // 3 of 5: smaller in full
    const std::vector<qint64> start5{1, 2, 3, 4, 5};
    const std::vector<qint8> answered5{-1, 0, 1, 0, -1};
    block.count = 5;
    block.columns = callstore::encodeBlock(u32, start5, answered5);
    const QByteArray stored = callstore::storedColumns(block, &sparse);
    const quint32 want = 0xffu & ~(1u << callstore::Caller) & ~(1u << callstore::Duration);
    QCOMPARE(sparse, want);
    QByteArray expected = QByteArray::fromHex("0100000002000000030000000400000005000000" // caller in full
                                              "00000000"                                 // callee: none
                                              "0100000001000000000000000100000000000000" // duration in full
                                              "01000000"
                                              "0300"
                                              "07000000" // device: call 3 is 7
                                              "00000000"
                                              "00000000"
                                              "00000000" // cell, callee's device and cell
                                              "02000000"
                                              "01000400"
                                              "0900000003000000"); // line: calls 1 and 4
    expected += block.columns.mid(callstore::Block::startsAt(5));
    QCOMPARE(stored.toHex(), expected.toHex());
    callstore::Block back;
    back.count = 5;
    QVERIFY(back.setColumns(stored.constData(), stored.size(), sparse));
    QCOMPARE(back.columns, block.columns);
    for (int i = 0; i < 5; ++i) {
        for (int c = 0; c < callstore::kU32Columns; ++c)
            QCOMPARE(back.u32(callstore::Column(c), i), u32[c][size_t(i)]);
    }
    // Shapes that do not fit are refused, not read past.
    QVERIFY(!back.setColumns(stored.constData(), stored.size() - 1, sparse));
    QVERIFY(!back.setColumns(stored.constData(), stored.size(), sparse & ~(1u << callstore::Line)));
    QVERIFY(!back.setColumns(stored.constData(), stored.size(), 1 << callstore::kU32Columns));
    QVERIFY(!back.setColumns(stored.constData(), stored.size(), -1));
    QByteArray unordered = stored;
    unordered.replace(QByteArray::fromHex("01000400"), QByteArray::fromHex("04000100"));
    QVERIFY(!back.setColumns(unordered.constData(), unordered.size(), sparse));
    QByteArray outside = stored;
    outside.replace(QByteArray::fromHex("01000400"), QByteArray::fromHex("01000500"));
    QVERIFY(!back.setColumns(outside.constData(), outside.size(), sparse));
}

void TestCallStore::blockScanGivesEveryCall_data()
{
    QTest::addColumn<QString>("sql"); // a change to a copy of the case first
    QTest::addColumn<bool>("ok");
    QTest::newRow("as stored") << QString() << true;
    QTest::newRow("block cut short") << QStringLiteral(
                                            "UPDATE call_blocks SET columns = substr(columns, 2) WHERE "
                                            "first_id = (SELECT max(first_id) FROM call_blocks)")
                                     << false;
    QTest::newRow("column said to be sparse")
        << QStringLiteral("UPDATE call_blocks SET sparse_columns = sparse_columns | 4 WHERE first_id = 1")
        << false;
}

void TestCallStore::blockScanGivesEveryCall()
{
    // The scan the analyses read every call through gives each block's calls as the reader does, sparse
    // columns made full, over the whole store and over a range of it; a damaged block is an error.
    QFETCH(QString, sql);
    QFETCH(bool, ok);
    const QString copy = m_dir.filePath(QStringLiteral("scan.dtcase"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_case, copy));
    Database db;
    QVERIFY(db.open(copy, Database::OpenMode::ReadWrite));
    if (!sql.isEmpty())
        QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM call_blocks WHERE sparse_columns != 0")).toInt() >
            0);
    const callstore::Extent extent = callstore::extent(db);
    const qint64 secondBlock =
        db.scalar(QStringLiteral("SELECT min(first_id) FROM call_blocks WHERE first_id > 1")).toLongLong();
    for (const auto &[after, upTo] : {std::pair<qint64, qint64>{0, extent.last}, {1, secondBlock}}) {
        callstore::BlockScan scan(db.handle(), after, upTo);
        callstore::Reader reader(db.handle());
        qint64 calls = 0, blocks = 0, expectBlocks = 0;
        {
            Statement st = db.prepare(QStringLiteral(
                "SELECT count(*), total(count) FROM call_blocks WHERE first_id > ? AND first_id <= ?"));
            st.bind(1, after).bind(2, upTo);
            QVERIFY(st.step());
            expectBlocks = st.int64(0);
        }
        while (scan.next()) {
            ++blocks;
            const callstore::Block *b = reader.blockOf(scan.firstId());
            QVERIFY(b);
            QCOMPARE(b->firstId, scan.firstId());
            QCOMPARE(b->count, scan.count());
            QCOMPARE(b->sourceId, scan.sourceId());
            std::vector<qint64> starts(size_t(scan.count()));
            std::vector<qint8> answered(size_t(scan.count()));
            std::vector<quint32> callee(size_t(scan.count()));
            scan.copyStarts(starts.data());
            scan.copyAnswered(answered.data());
            scan.copy(callstore::Callee, callee.data());
            for (int i = 0; i < scan.count(); ++i) {
                for (int c = 0; c < callstore::kU32Columns; ++c)
                    QCOMPARE(scan.u32(callstore::Column(c), i), b->u32(callstore::Column(c), i));
                QCOMPARE(callee[size_t(i)], b->u32(callstore::Callee, i));
                QCOMPARE(starts[size_t(i)], b->start(i));
                QCOMPARE(int(answered[size_t(i)]), b->answered(i));
            }
            calls += scan.count();
        }
        if (!ok) {
            QVERIFY(scan.error().contains(QStringLiteral("is damaged")));
            return;
        }
        QVERIFY2(scan.error().isEmpty(), qPrintable(scan.error()));
        QCOMPARE(blocks, expectBlocks);
        if (after == 0)
            QCOMPARE(calls, extent.count);
    }
}

void TestCallStore::verifyCatchesDamage_data()
{
    // Each damages a copy of the case behind DialTrace's back (SQL on the store's own tables).
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("intact") << QString() << QString();
    QTest::newRow("block cut short") << QStringLiteral(
                                            "UPDATE call_blocks SET columns = substr(columns, 2) WHERE "
                                            "first_id = (SELECT max(first_id) FROM call_blocks)")
                                     << QStringLiteral("is damaged");
    QTest::newRow("caller rewritten") << QStringLiteral("UPDATE call_blocks SET columns = CAST(x'FFFFFF7F' "
                                                        "|| substr(columns, 5) AS BLOB) WHERE first_id = 1")
                                      << QStringLiteral("missing number");
    QTest::newRow("postings dropped") << QStringLiteral("DELETE FROM call_postings WHERE first_number = 0")
                                      << QStringLiteral("do not match");
    QTest::newRow("postings reordered")
        << QStringLiteral(
               "UPDATE call_postings SET calls = CAST(substr(calls, 5, 4) || substr(calls, 1, 4) || "
               "substr(calls, 9) AS BLOB) WHERE first_number = 0")
        << QStringLiteral("do not match");
    QTest::newRow("further row of no call")
        << QStringLiteral("INSERT INTO call_rows VALUES(987654, 1, 2)") << QStringLiteral("names no call");
    QTest::newRow("column said to be sparse")
        << QStringLiteral("UPDATE call_blocks SET sparse_columns = sparse_columns | 4 WHERE first_id = 1")
        << QStringLiteral("is damaged");
    QTest::newRow("postings' starts moved")
        << QStringLiteral("UPDATE call_postings SET starts_from = starts_from - 1 WHERE first_number = 0")
        << QStringLiteral("do not match");
    QTest::newRow("postings' starts made wide")
        << QStringLiteral("UPDATE call_postings SET starts_from = NULL WHERE first_number = 0")
        << QStringLiteral("do not match");
    QTest::newRow("block moved") << QStringLiteral(
                                        "UPDATE call_blocks SET first_id = first_id - 1 WHERE first_id = "
                                        "(SELECT max(first_id) FROM call_blocks)")
                                 << QStringLiteral("overlaps");
}

void TestCallStore::verifyCatchesDamage()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const QString copy = m_dir.filePath(QStringLiteral("damaged.dtcase"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_case, copy));
    if (!sql.isEmpty()) {
        Database db;
        QVERIFY(db.open(copy, Database::OpenMode::ReadWrite));
        QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
        QVERIFY(db.changes() > 0);
    }
    const VerifyResult r = CaseVerifier::verify(copy);
    const auto it = std::find_if(r.checks.cbegin(), r.checks.cend(),
                                 [](const VerifyCheck &c) { return c.name == QLatin1String("call_store"); });
    QVERIFY(it != r.checks.cend());
    QCOMPARE(it->ok, message.isEmpty());
    QCOMPARE(r.ok, message.isEmpty());
    QVERIFY2(it->message.contains(message), qPrintable(it->message));
}

void TestCallStore::callsByCallerAsTheQueryGives()
{
    // The import's in-memory lookup of a call among the case's calls gives the call its query gives
    // (the first by start time, then id): probes at each call's parties and start, with starts and
    // durations just inside and just outside the windows, and the wrong callee.
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    callstore::CallsByCaller byCaller;
    QVERIFY2(byCaller.load(db, &error), qPrintable(error));
    QCOMPARE(byCaller.size(), db.scalar(QStringLiteral("SELECT count(*) FROM plain")).toLongLong());
    Statement query =
        db.prepare(QStringLiteral("SELECT id FROM plain WHERE caller = ? AND start_utc BETWEEN ? AND ? "
                                  "AND callee = ? AND abs(duration - ?) <= 2 ORDER BY start_utc, id "
                                  "LIMIT 1"));
    Statement all =
        db.prepare(QStringLiteral("SELECT caller, callee, start_utc, duration FROM plain WHERE id % 3 = 0"));
    int found = 0, missed = 0;
    while (all.step()) {
        const qint64 caller = all.int64(0), callee = all.int64(1), start = all.int64(2),
                     duration = all.int64(3);
        const qint64 probes[][3] = {{callee, start, duration},     {callee, start + 3, duration + 2},
                                    {callee, start - 4, duration}, {callee, start, duration + 3},
                                    {callee + 1, start, duration}, {callee, start + 100, duration}};
        for (const auto &p : probes) {
            query.reset();
            query.bind(1, caller).bind(2, p[1] - 3).bind(3, p[1] + 3).bind(4, p[0]).bind(5, p[2]);
            const qint64 want = query.step() ? query.int64(0) : 0;
            QCOMPARE(byCaller.find(caller, p[0], p[1] - 3, p[1] + 3, p[2]), want);
            ++(want ? found : missed);
        }
    }
    QVERIFY(found > 1000 && missed > 1000);
    QCOMPARE(byCaller.find(1'000'000, 1, 0, std::numeric_limits<qint64>::max(), 0),
             qint64(0)); // no such caller
}

void TestCallStore::numberCallsAsTheQueryGives()
{
    // The calls table filtered to a number lists its calls from the postings (read off the GUI
    // thread), in the order of the query over a plain table: made and received, by start then id.
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    CallsModel model;
    model.setDatabase(&db);
    const QStringList numbers = rows(db, QStringLiteral("SELECT id || '|' || value FROM numbers ORDER BY id"));
    QVERIFY(numbers.size() > 200);
    int checked = 0;
    for (int k = 0; k < numbers.size(); k += 7) {
        const qint64 id = numbers.at(k).section(QLatin1Char('|'), 0, 0).toLongLong();
        const QString value = numbers.at(k).section(QLatin1Char('|'), 1);
        const QStringList want = rows(db, QStringLiteral("SELECT id FROM plain WHERE caller = %1 OR callee = %1 "
                                                         "ORDER BY start_utc, id")
                                              .arg(id));
        bool found = false;
        const std::vector<qint64> ids = CallsModel::callsOf(db, value, &found, &error);
        QVERIFY(found);
        QStringList got;
        for (qint64 c : ids)
            got << QString::number(c);
        QCOMPARE(got, want);
        // The model's pages show them in that order, whatever page a row is on.
        model.setNumberCalls(value, ids);
        QCOMPARE(model.rowCount(), int(ids.size()));
        for (int r = 0; r < model.rowCount(); r += std::max(1, model.rowCount() / 9))
            QCOMPARE(model.index(r, CallsModel::Id).data().toLongLong(), ids[size_t(r)]);
        checked += !ids.empty();
    }
    QVERIFY(checked > 20);
    bool found = true;
    QVERIFY(CallsModel::callsOf(db, QStringLiteral("+8610000000000"), &found).empty());
    QVERIFY(!found);
}

void TestCallStore::postingsAcrossCenturies_data()
{
    // Each number's calls in order of start, then id. Within 2^32 s of the earliest start the postings
    // are sorted with starts kept as offsets from it; 1880 to 2200 is beyond that, 2026 alone is not.
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("durations");
    QTest::addColumn<QString>("startsFrom"); // the postings' base: the earliest start, or NULL (int64 starts)
    const QByteArray centuries = "主叫号码,被叫号码,开始时间,通话时长\n"
                                 "13910000001,13820000001,2200-01-01 00:00:00,10\n"
                                 "13910000001,13820000002,1880-06-01 12:00:00,20\n"
                                 "13910000001,13820000001,2026-09-01 08:00:00,30\n"
                                 "13820000001,13910000001,1880-06-01 11:00:00,40\n"
                                 "13910000001,13820000002,1880-06-01 12:00:00,50\n";
    QTest::newRow("1880-2200, calls made") << centuries << "caller"
                                           << "+8613910000001"
                                           << "1000-01-01"
                                           << "20,50,30,10"
                                           << "NULL";
    QTest::newRow("1880-2200, since 1900") << centuries << "caller"
                                           << "+8613910000001"
                                           << "1900-01-01"
                                           << "30,10"
                                           << "NULL";
    QTest::newRow("1880-2200, received") << centuries << "callee"
                                         << "+8613820000001"
                                         << "1000-01-01"
                                         << "30,10"
                                         << "NULL";
    QTest::newRow("1880-2200, one at a time") << centuries << "callee"
                                              << "+8613910000001"
                                              << "1000-01-01"
                                              << "40"
                                              << "NULL";
    const QByteArray year = "主叫号码,被叫号码,开始时间,通话时长\n"
                            "13910000001,13820000001,2026-12-01 00:00:00,10\n"
                            "13910000001,13820000002,2026-01-01 12:00:00,20\n"
                            "13910000001,13820000001,2026-09-01 08:00:00,30\n"
                            "13910000001,13820000002,2026-01-01 12:00:00,50\n";
    QTest::newRow("2026, calls made") << year << "caller"
                                      << "+8613910000001"
                                      << "1000-01-01"
                                      << "20,50,30,10"
                                      << "2026-01-01T04:00:00Z";
    QTest::newRow("2026, since September") << year << "caller"
                                           << "+8613910000001"
                                           << "2026-09-01"
                                           << "30,10"
                                           << "2026-01-01T04:00:00Z";
}

void TestCallStore::postingsAcrossCenturies()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, party);
    QFETCH(QString, number);
    QFETCH(QString, since);
    QFETCH(QString, durations);
    QFETCH(QString, startsFrom);
    const QString path =
        m_dir.filePath(QStringLiteral("centuries-%1.dtcase").arg(QString::fromUtf8(QTest::currentDataTag())));
    QString error;
    QVERIFY2(CaseFile::create(path, QStringLiteral("centuries"), &error), qPrintable(error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Importer imp(*cf);
    ImportSummary sum;
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("centuries.csv")), rows);
    QVERIFY2(imp.importFile(file, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.rejected, 0);
    // The postings' own order (no ORDER BY: the table gives a number's calls as its postings hold them).
    Statement st = cf->db().prepare(
        QStringLiteral("SELECT duration FROM calls WHERE %1 = (SELECT id FROM numbers WHERE value = ?) AND "
                       "start_utc >= ?")
            .arg(party));
    st.bind(1, number).bind(
        2, QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QStringList got;
    while (st.step())
        got << QString::number(st.int64(0));
    QVERIFY2(st.ok(), qPrintable(cf->db().lastError()));
    QCOMPARE(got.join(QLatin1Char(',')), durations);
    // Cut after its first k entries, a number's list is the head of the same list (a report's first
    // calls read only those).
    Statement idOf = cf->db().prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    idOf.bind(1, number);
    QVERIFY(idOf.step());
    const qint64 from =
        QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    callstore::Reader reader(cf->db().handle());
    Statement durationOf = cf->db().prepare(QStringLiteral("SELECT duration FROM calls WHERE id = ?"));
    for (qint64 limit = 0; limit <= got.size() + 1; ++limit) {
        std::vector<qint64> ids, starts;
        QVERIFY2(reader.postings(idOf.int64(0), party == QLatin1String("caller"), &ids, from,
                                 std::numeric_limits<qint64>::max(), &starts, limit),
                 qPrintable(reader.error()));
        QCOMPARE(qint64(starts.size()), qint64(ids.size()));
        QStringList head;
        for (const qint64 id : ids) {
            durationOf.reset();
            durationOf.bind(1, id);
            QVERIFY(durationOf.step());
            head << QString::number(durationOf.int64(0));
        }
        QCOMPARE(head, got.mid(0, limit));
    }
    // Start times within 2^32 s of each other are kept as uint32 seconds after the earliest (8 bytes
    // an entry), others as int64 (12 bytes); verify checks them either way.
    QCOMPARE(
        cf->db()
            .scalar(QStringLiteral("SELECT group_concat(DISTINCT coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', "
                                   "starts_from, 'unixepoch'), 'NULL')) FROM call_postings"))
            .toString(),
        startsFrom);
    const int entryBytes = startsFrom == QLatin1String("NULL") ? 12 : 8;
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT sum(length(calls)) FROM call_postings")).toLongLong(),
             entryBytes * 2 * cf->db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong());
    cf.reset();
    QVERIFY(CaseVerifier::verify(path).ok);
}

void TestCallStore::postingsRebuiltBesideOtherWork()
{
    // The postings are sorted on another thread while the caller's work (an import's index builds)
    // runs on this one: the same rows as before, and the caller's failure stops it.
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    const QString postings =
        QStringLiteral("SELECT first_number, hex(offsets), hex(calls) FROM call_postings ORDER BY 1");
    const QStringList before = rows(db, postings);
    QVERIFY(before.size() > 1);
    {
        Transaction tx(db);
        bool ran = false;
        QVERIFY2(callstore::Writer::rebuildPostings(db, &error,
                                                    [&] {
                                                        ran = db.exec(QStringLiteral(
                                                            "CREATE INDEX side ON sources(name)"));
                                                        return ran;
                                                    }),
                 qPrintable(error));
        QVERIFY(ran);
        QCOMPARE(rows(db, postings), before);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'side'")).toInt(),
                 1);
    }
    {
        Transaction tx(db);
        error.clear();
        QVERIFY(!callstore::Writer::rebuildPostings(db, &error, [] { return false; }));
        QVERIFY(error.isEmpty()); // the caller's failure is the caller's to report
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM call_postings")).toInt(),
                 0); // rolled back below
    }
    QCOMPARE(rows(db, postings), before);
}

void TestCallStore::postingsOverIdsWithGaps()
{
    // A case whose call ids have a gap (a block gone: cases moved into the store keep the ids their
    // rows had): the postings take each call's id from the blocks, not from its position.
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    Transaction tx(db); // rolled back at the end
    const qint64 gapFrom =
        db.scalar(QStringLiteral("SELECT first_id FROM call_blocks ORDER BY first_id LIMIT 1 OFFSET 1"))
            .toLongLong();
    const qint64 gapTo =
        gapFrom + db.scalar(QStringLiteral("SELECT count FROM call_blocks WHERE first_id = %1").arg(gapFrom))
                      .toLongLong();
    QVERIFY(gapFrom > 1);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM call_blocks WHERE first_id = %1").arg(gapFrom)));
    QVERIFY2(callstore::Writer::rebuildPostings(db, &error), qPrintable(error));
    for (const char *party : {"caller", "callee"}) {
        // The busiest numbers on that side, and one with few calls.
        const QStringList numbers =
            rows(db, QStringLiteral("SELECT %1 FROM plain GROUP BY 1 ORDER BY count(*) DESC, 1")
                         .arg(QLatin1String(party)));
        QVERIFY(numbers.size() > 3);
        for (const QString &number : {numbers.at(0), numbers.at(1), numbers.last()}) {
            const QStringList have = rows(db, QStringLiteral("SELECT id, start_utc FROM calls WHERE %1 = %2")
                                                  .arg(QLatin1String(party))
                                                  .arg(number));
            const QStringList want =
                rows(db, QStringLiteral(
                             "SELECT id, start_utc FROM plain WHERE %1 = %2 AND NOT id BETWEEN %3 AND %4 "
                             "ORDER BY start_utc, id")
                             .arg(QLatin1String(party))
                             .arg(number)
                             .arg(gapFrom)
                             .arg(gapTo - 1));
            QVERIFY(!want.isEmpty());
            QCOMPARE(have, want);
        }
    }
}

void TestCallStore::importPostingsAsARebuildGives()
{
    // An import lists the calls it brought from memory, beside the case's earlier calls read from
    // their blocks: the same postings as a rebuild from the blocks alone. (The case holds two
    // imports: the first into an empty case, the second beside the first's calls.)
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    const QString postings =
        QStringLiteral("SELECT first_number, hex(offsets), hex(calls) FROM call_postings ORDER BY 1");
    const QStringList imported = rows(db, postings);
    QVERIFY(imported.size() > 1);
    Transaction tx(db); // rolled back at the end
    QVERIFY2(callstore::Writer::rebuildPostings(db, &error), qPrintable(error));
    QCOMPARE(rows(db, postings), imported);
}

QTEST_GUILESS_MAIN(TestCallStore)
#include "tst_callstore.moc"
