// The import hot path's parts: the compact dedup table, incremental SHA-256, hashing beside the
// rows (the digest, the audit entry, duplicates still refused) and cancel on the writing thread.
#include "case/casefile.h"
#include "case/database.h"
#include "core/sha256.h"
#include "ingest/callparser.h"
#include "ingest/importer.h"
#include "ingest/mobileids.h"
#include "ingest/seencalls.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <unordered_map>

using namespace dt;
using namespace dt::ingest;

namespace {
struct RefHash
{
    size_t operator()(const CallKey &k) const
    {
        return size_t(qHashMulti(0, k.caller, k.callee, k.start, k.duration));
    }
};

QByteArray cdr(int rows, int salt)
{
    QByteArray text = "本机号码,对方号码,呼叫类型,开始时间,通话时长\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("139%1,138%2,%3,2026-09-01 %4:%5:%6,%7\n")
                    .arg(10000000 + i, 8)
                    .arg(20000000 + i + salt, 8)
                    .arg(i % 2 ? QStringLiteral("被叫") : QStringLiteral("主叫"))
                    .arg(8 + i / 3600 % 12, 2, 10, QLatin1Char('0'))
                    .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 300)
                    .toUtf8();
    return text;
}
} // namespace

class TestIngestFast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seenCallsExact_data();
    void seenCallsExact();
    void seenCallsAgainstMap();
    void mobileIdsAgainstMap();
    void sha256Incremental_data();
    void sha256Incremental();
    void hashedBesideTheRows();
    void cancelledOnTheWritingThread();
    void sortsThroughFilesThenRestores();
    void callIndexesInSmallSorterRuns();
    void parseFastAgreesWithParse_data();
    void parseFastAgreesWithParse();
    void plainAndQuotedLinesImportAlike();
    void oneNumberWhateverItsSpelling();

private:
    QTemporaryDir m_dir;
};

void TestIngestFast::seenCallsExact_data()
{
    QTest::addColumn<qint64>("caller");
    QTest::addColumn<qint64>("callee");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("id");
    QTest::newRow("compact") << qint64(12) << qint64(34) << qint64(1788220800) << qint64(60) << qint64(7);
    QTest::newRow("start before 1970")
        << qint64(12) << qint64(34) << qint64(-86400) << qint64(0) << qint64(8);
    QTest::newRow("start after 2106")
        << qint64(1) << qint64(2) << qint64(5000000000) << qint64(1) << qint64(9);
    QTest::newRow("call id above 2^32")
        << qint64(5) << qint64(6) << qint64(100) << qint64(3) << qint64(5000000000);
    QTest::newRow("number id above 2^32")
        << qint64(4294967296) << qint64(6) << qint64(100) << qint64(3) << qint64(10);
}

void TestIngestFast::seenCallsExact()
{
    QFETCH(qint64, caller);
    QFETCH(qint64, callee);
    QFETCH(qint64, start);
    QFETCH(qint64, duration);
    QFETCH(qint64, id);
    SeenCalls seen;
    const CallKey k{caller, callee, start, duration};
    QCOMPARE(seen.find(k), qint64(0));
    seen.insert(k, id);
    QCOMPARE(seen.find(k), id);
    seen.insert(k, id + 1); // the first call stays
    QCOMPARE(seen.find(k), id);
    // A key differing in any one field, or equal modulo 2^32, is another call.
    QCOMPARE(seen.find({caller + 1, callee, start, duration}), qint64(0));
    QCOMPARE(seen.find({caller, callee + 1, start, duration}), qint64(0));
    QCOMPARE(seen.find({caller, callee, start + 1, duration}), qint64(0));
    QCOMPARE(seen.find({caller, callee, start, duration + 1}), qint64(0));
    QCOMPARE(seen.find({caller, callee, start + (qint64(1) << 32), duration}), qint64(0));
    QCOMPARE(seen.find({caller + (qint64(1) << 32), callee, start, duration}), qint64(0));
    QCOMPARE(seen.size(), qsizetype(1));
}

void TestIngestFast::seenCallsAgainstMap()
{
    // 300,000 keys from a small space (many repeats, several table growths) against std::unordered_map.
    QRandomGenerator rng(42);
    SeenCalls seen;
    std::unordered_map<CallKey, qint64, RefHash> ref;
    qint64 next = 1;
    for (int i = 0; i < 300000; ++i) {
        const CallKey k{rng.bounded(2000), rng.bounded(2000), 1788220800 + rng.bounded(500), rng.bounded(3)};
        const auto it = ref.find(k);
        QCOMPARE(seen.find(k), it == ref.end() ? qint64(0) : it->second);
        if (it == ref.end()) {
            ref.emplace(k, next);
            seen.insert(k, next++);
        }
    }
    QCOMPARE(seen.size(), qsizetype(ref.size()));
    seen.clear();
    QCOMPARE(seen.find(ref.begin()->first), qint64(0));
}

void TestIngestFast::mobileIdsAgainstMap()
{
    // 200,000 operations on mobiles from a small range (repeats, replacements, many growths, long
    // probe runs from neighbouring keys) against std::unordered_map.
    QRandomGenerator rng(7);
    MobileIds ids;
    std::unordered_map<qint64, qint64> ref;
    QCOMPARE(ids.find(13800000000), qint64(-1)); // empty
    for (int i = 0; i < 200000; ++i) {
        const qint64 mobile = 13800000000 + rng.bounded(60000);
        const auto it = ref.find(mobile);
        ids.prefetch(mobile);
        QCOMPARE(ids.find(mobile), it == ref.end() ? qint64(-1) : it->second);
        if (rng.bounded(3) == 0) {
            const qint64 value = (qint64(i) << 8) | rng.bounded(8);
            ids.insert(mobile, value);
            ref[mobile] = value;
        }
    }
    for (const auto &[mobile, value] : ref)
        QCOMPARE(ids.find(mobile), value);
    ids.clear();
    QCOMPARE(ids.find(ref.begin()->first), qint64(-1));
}

void TestIngestFast::sha256Incremental_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("chunk");
    QTest::newRow("empty") << 0 << 1;
    QTest::newRow("one byte") << 1 << 1;
    QTest::newRow("block boundary") << 64 << 7;
    QTest::newRow("1 MiB + 3 in odd chunks") << (1 << 20) + 3 << 4099;
}

void TestIngestFast::sha256Incremental()
{
    QFETCH(int, size);
    QFETCH(int, chunk);
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(i * 131 + 7);
    Sha256 h;
    for (int at = 0; at < size; at += chunk)
        h.addData(data.constData() + at, std::min(chunk, size - at));
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(QString::fromLatin1(h.result().toHex()), expected);
    QCOMPARE(sha256Hex(data), expected);
    const QString path = dttest::writeFile(m_dir.filePath(QStringLiteral("sha-%1").arg(size)), data);
    QString error;
    QCOMPARE(sha256OfFile(path, &error), expected);
}

void TestIngestFast::hashedBesideTheRows()
{
    const QByteArray text = cdr(3000, 0);
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("cdr.csv")), text);
    const QString path = m_dir.filePath(QStringLiteral("hash.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("hash"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Importer imp(*cf);
    ImportSummary sum;
    QVERIFY2(imp.importFile(file, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.accepted, qint64(3000));
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    Database &db = cf->db();
    // The source row carries the file's digest under the id its calls use, and so does its audit entry.
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT sha256 FROM sources WHERE id = %1").arg(sum.sourceId)).toString(),
        digest);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls WHERE source_id = %1").arg(sum.sourceId))
                 .toLongLong(),
             qint64(3000));
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM call_links WHERE source_id = %1").arg(sum.sourceId))
            .toLongLong(),
        qint64(3000));
    QVERIFY(db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'register-source'"))
                .toString()
                .contains(digest));
    // The same file again (same size: hashed first) is refused, the case unchanged.
    const qint64 calls = db.scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    QVERIFY(!imp.importFile(file, {}, &sum, &error));
    QVERIFY2(error.contains(QStringLiteral("already in the case")), qPrintable(error));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong(), calls);
    // Another file of the very same size is a new source with its own digest.
    const QByteArray other = cdr(3000, 1);
    QCOMPARE(other.size(), text.size());
    const QString file2 = dttest::writeFile(m_dir.filePath(QStringLiteral("cdr2.csv")), other);
    QVERIFY2(imp.importFile(file2, {}, &sum, &error), qPrintable(error));
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT sha256 FROM sources WHERE id = %1").arg(sum.sourceId)).toString(),
        QString::fromLatin1(QCryptographicHash::hash(other, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sources")).toLongLong(), qint64(2));
}

void TestIngestFast::cancelledOnTheWritingThread()
{
    // The whole file fits the reader's first chunk: only the writing thread can still notice a cancel.
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("small.csv")), cdr(20000, 5));
    const QString path = m_dir.filePath(QStringLiteral("cancel.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("cancel"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    const qint64 audit = cf->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    std::atomic_bool cancel{false};
    int calls = 0;
    const ProgressFn progress = [&](qint64, qint64) {
        if (++calls == 1)
            cancel = true;
    };
    Importer imp(*cf);
    ImportSummary sum;
    QVERIFY(!imp.importFile(file, {}, &sum, &error, progress, &cancel));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    for (const char *table : {"sources", "calls", "call_rows", "numbers"})
        QCOMPARE(
            cf->db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong(),
            qint64(0));
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audit);
}

void TestIngestFast::sortsThroughFilesThenRestores()
{
    // During an import the case's connection sorts through temporary files (the index builds were
    // a third slower with SQLite's sorter in the heap) and checks no foreign keys; afterwards the
    // workspace's settings are back.
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("settings.csv")), cdr(20000, 7));
    const QString path = m_dir.filePath(QStringLiteral("settings.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("settings"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2); // MEMORY
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QList<int> tempStoreSeen;
    const ProgressFn progress = [&](qint64, qint64) {
        tempStoreSeen << db.scalar(QStringLiteral("PRAGMA temp_store")).toInt();
    };
    Importer imp(*cf);
    ImportSummary sum;
    QVERIFY2(imp.importFile(file, {}, &sum, &error, progress), qPrintable(error));
    QVERIFY(!tempStoreSeen.isEmpty());
    QCOMPARE(tempStoreSeen.first(), 1); // FILE
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // A failed import restores them too.
    QVERIFY(!imp.importFile(file, {}, &sum, &error));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestIngestFast::callIndexesInSmallSorterRuns()
{
    // The call indexes are built with SQLite's sorter in small runs (its run size follows the
    // connection's cache_size, and the case's 256 MB cache made one slow huge sort of each index);
    // the case's cache size is back afterwards and both indexes are there.
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("runs.csv")), cdr(5000, 3));
    const QString path = m_dir.filePath(QStringLiteral("runs.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("runs"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    const qint64 cacheBefore = db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    QVERIFY(cacheBefore < -65536); // the workspace's large cache
    struct Seen
    {
        qint64 cacheAtIndex = 0, cache = 0;
        int indexes = 0;
    } seen;
    seen.cache = cacheBefore;
    // Follows the statements the connection runs: the cache size in force when each index starts.
    auto trace = [](unsigned, void *ctx, void *stmt, void *) -> int {
        auto *s = static_cast<Seen *>(ctx);
        const QByteArray sql = sqlite3_sql(static_cast<sqlite3_stmt *>(stmt));
        if (sql.startsWith("PRAGMA cache_size = "))
            s->cache = sql.mid(20).replace(';', "").trimmed().toLongLong();
        if (sql.startsWith("CREATE INDEX calls_")) {
            ++s->indexes;
            s->cacheAtIndex = s->cache;
        }
        return 0;
    };
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, trace, &seen);
    Importer imp(*cf);
    ImportSummary sum;
    const bool ok = imp.importFile(file, {}, &sum, &error);
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(seen.indexes, 2);
    QVERIFY2(seen.cacheAtIndex < 0 && seen.cacheAtIndex >= -16384,
             qPrintable(QString::number(seen.cacheAtIndex)));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong(), cacheBefore);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                      "('calls_caller', 'calls_callee')"))
                 .toInt(),
             2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls INDEXED BY calls_callee WHERE callee > 0"))
                 .toInt(),
             sum.accepted - sum.duplicatesMerged);
}

void TestIngestFast::parseFastAgreesWithParse_data()
{
    // Columns: local/caller, other/callee, direction, start, duration, IMEI, LAC, cell, name (unmapped).
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mapping"); // perspective, parties or ms (duration in milliseconds)
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("fast"); // parseFast takes it (else parse() decides)
    const QString p = QStringLiteral("perspective"), u8 = QStringLiteral("UTF-8");
    QTest::newRow("outgoing") << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,231,"
                                            "359123076970661,22181,53965,张三")
                              << p << u8 << true;
    QTest::newRow("incoming, no device")
        << QByteArray("13800000001,13900000002,被叫,2026/09/01 23:59:59,0,,,,") << p << u8 << true;
    QTest::newRow("forwarded") << QByteArray("13800000001,95566,呼转,2026-09-01 08:00:01,5,,,1,") << p << u8
                               << true;
    QTest::newRow("direction as digits")
        << QByteArray("13800000001,+8613900000002,1,2026-09-01 08:00:01,5") << p << u8 << true;
    QTest::newRow("IMEI with a leading zero")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,012345678901237,,7,") << p << u8
        << true;
    QTest::newRow("IMEI of 14 digits")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,35912307697066,0,7,") << p << u8
        << true;
    QTest::newRow("device as a hash")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,a1b2c3,,,") << p << u8 << true;
    QTest::newRow("cell without LAC")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,,,53965,") << p << u8 << true;
    QTest::newRow("LAC without cell")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,,22181,,") << p << u8 << true;
    QTest::newRow("long cell") << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,,"
                                             "123456789012345,1234567890123456789,")
                               << p << u8 << false;
    QTest::newRow("short number, 12 digits, not 1…")
        << QByteArray("661234,138000000012,被叫,2026-09-01 08:00:01,5") << p << u8 << true;
    QTest::newRow("11 digits not starting with 1")
        << QByteArray("23800000001,13900000002,主叫,2026-09-01 08:00:01,5") << p << u8 << true;
    QTest::newRow("leap second") << QByteArray("13800000001,13900000002,主叫,2026-09-01 23:59:60,5") << p
                                 << u8 << true;
    QTest::newRow("29 February of a leap year")
        << QByteArray("13800000001,13900000002,主叫,2028-02-29 08:00:01,5") << p << u8 << true;
    QTest::newRow("30 February") << QByteArray("13800000001,13900000002,主叫,2026-02-30 08:00:01,5") << p
                                 << u8 << false;
    QTest::newRow("hour 24") << QByteArray("13800000001,13900000002,主叫,2026-09-01 24:00:01,5") << p << u8
                             << false;
    QTest::newRow("mixed separators")
        << QByteArray("13800000001,13900000002,主叫,2026-09/01 08:00:01,5") << p << u8 << false;
    QTest::newRow("compact time") << QByteArray("13800000001,13900000002,主叫,20260901080001,5") << p << u8
                                  << false;
    QTest::newRow("duration h:m:s") << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,00:02:05")
                                    << p << u8 << false;
    QTest::newRow("no duration") << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,") << p << u8
                                 << true;
    QTest::newRow("number with a space")
        << QByteArray(" 13800000001,13900000002,主叫,2026-09-01 08:00:01,5") << p << u8 << false;
    QTest::newRow("direction with spaces")
        << QByteArray("13800000001,13900000002, 主叫 ,2026-09-01 08:00:01,5") << p << u8 << true;
    QTest::newRow("unknown direction")
        << QByteArray("13800000001,13900000002,挂断,2026-09-01 08:00:01,5") << p << u8 << false;
    QTest::newRow("no callee") << QByteArray("13800000001,,主叫,2026-09-01 08:00:01,5") << p << u8 << false;
    QTest::newRow("full-width digits")
        << QByteArray("１３８００００００００１,13900000002,主叫,2026-09-01 08:00:01,5") << p << u8 << false;
    QTest::newRow("invalid UTF-8 in an unmapped column")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,5,,,,\xff\xfe") << p << u8 << false;
    QTest::newRow("invalid UTF-8 direction")
        << QByteArray("13800000001,13900000002,\xe4\xb8,2026-09-01 08:00:01,5") << p << u8 << false;
    QTest::newRow("GB18030 direction")
        << QByteArray("13800000001,13900000002,\xd6\xf7\xbd\xd0,2026-09-01 08:00:01,5") << p
        << QStringLiteral("GB18030") << true;
    QTest::newRow("caller and callee columns")
        << QByteArray("13800000001,13900000002,,2026-09-01 08:00:01,17,359123076970661,1,2,")
        << QStringLiteral("parties") << u8 << true;
    QTest::newRow("milliseconds") << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,1500")
                                  << QStringLiteral("ms") << u8 << true;
    QTest::newRow("fewer columns than mapped")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01") << p << u8 << true;
}

void TestIngestFast::parseFastAgreesWithParse()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mapping);
    QFETCH(QString, encoding);
    QFETCH(bool, fast);
    Mapping m;
    if (mapping == QLatin1String("parties")) {
        m.set(Field::Caller, 0, 1);
        m.set(Field::Callee, 1, 1);
    } else {
        m.set(Field::Local, 0, 1);
        m.set(Field::Other, 1, 1);
        m.set(Field::Direction, 2, 1);
    }
    m.set(Field::Start, 3, 1);
    m.set(mapping == QLatin1String("ms") ? Field::DurationMs : Field::Duration, 4, 1);
    m.set(Field::Imei, 5, 1);
    m.set(Field::Lac, 6, 1);
    m.set(Field::Cell, 7, 1);
    const QTimeZone tz("Asia/Shanghai");
    QStringDecoder decoder(encoding == QLatin1String("GB18030") ? "GB18030" : "UTF-8");
    const CallParser::Decoder decode = [&](const QByteArray &b, bool *repaired) {
        const QString s = decoder.decode(b);
        *repaired |= s.contains(QChar::ReplacementCharacter);
        return s;
    };
    const QList<QByteArray> parts = line.split(',');
    QVector<QByteArrayView> views;
    QStringList row;
    bool repaired = false;
    for (const QByteArray &f : parts) {
        views << QByteArrayView(f);
        row << decode(f, &repaired);
    }
    CallParser general(m, tz, 30, false), quick(m, tz, 30, false);
    ParsedCall expected, got;
    general.parse(row, &expected);
    QCOMPARE(quick.parseFast(views.constData(), int(views.size()), decode, &got), fast);
    if (!fast)
        return;
    QVERIFY(!repaired);
    QCOMPARE(expected.rejectReason, QString());
    QCOMPARE(got.caller(), expected.callerRaw);
    QCOMPARE(got.callee(), expected.calleeRaw);
    QCOMPARE(got.localIsCaller, expected.localIsCaller);
    QCOMPARE(got.perspective, expected.perspective);
    QCOMPARE(got.utc, expected.utc);
    QCOMPARE(got.duration, expected.duration);
    QCOMPARE(got.answered, expected.answered);
    QCOMPARE(got.imeiText(), expected.imei);
    QCOMPARE(got.cellText(), expected.cell);
    QCOMPARE(got.hasCell(), !expected.cell.isEmpty());
    // A plain mobile and a 15-digit IMEI take no string.
    QCOMPARE(got.callerMobile >= 0, got.callerRaw.isEmpty());
    QCOMPARE(got.imeiDigits >= 0, expected.imei.size() == 15 && got.imei.isEmpty());
}

void TestIngestFast::plainAndQuotedLinesImportAlike()
{
    // The same rows imported from a plain file (lines split in place, parsed from bytes) and from
    // one whose lines are quoted, CRLF-ended, or need the general parse: the same calls, the same
    // line numbers, the same rejects. A quoted field with a line break shifts the lines after it in
    // both files alike.
    QByteArray plain = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
    QByteArray mixed = plain;
    for (int i = 0; i < 300; ++i) {
        const QByteArray local = QByteArray::number(13800000000LL + i % 37);
        const QByteArray other =
            i % 11 == 0 ? QByteArray("95566") : QByteArray::number(13900000000LL + i % 53);
        const QByteArray dir = i % 2 ? "主叫" : "被叫";
        const QByteArray time = "2026-09-01 " + QByteArray::number(10 + i / 60 % 10) + ":" +
                                QByteArray::number(10 + i % 50) + ":0" + QByteArray::number(i % 10);
        const QByteArray dur = i % 29 == 0 ? QByteArray("2分5秒") : QByteArray::number(i % 200);
        const QByteArray imei = i % 3 ? "35912307697066" + QByteArray::number(i % 10) : QByteArray();
        const QByteArray lac = QByteArray::number(20000 + i % 5), cell = QByteArray::number(50000 + i % 7);
        QByteArrayList f{local, other, dir, time, dur, imei, lac, cell};
        if (i % 41 == 7)
            f[3] = "not a time";
        plain += f.join(',') + '\n';
        if (i % 5 == 1) {
            QByteArrayList q;
            for (const QByteArray &v : f)
                q << '"' + v + '"';
            mixed += q.join(',') + "\r\n";
        } else {
            mixed += f.join(',') + (i % 2 ? "\r\n" : "\n");
        }
    }
    QList<QStringList> tables;
    for (const QByteArray &text : {plain, mixed}) {
        const QString name = QStringLiteral("alike%1").arg(tables.size());
        const QString file = dttest::writeFile(m_dir.filePath(name + QStringLiteral(".csv")), text);
        const QString path = m_dir.filePath(name + QStringLiteral(".dtcase"));
        QString error;
        QVERIFY(CaseFile::create(path, name, &error));
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        Importer imp(*cf);
        ImportSummary sum;
        QVERIFY2(imp.importFile(file, {}, &sum, &error), qPrintable(error));
        QCOMPARE(sum.rejected, 8); // the rows without a time
        QStringList rows;
        Statement st = cf->db().prepare(QStringLiteral(
            "SELECT a.value, b.value, c.start_utc, c.duration, coalesce(c.answered, -1), coalesce(d.imei, "
            "''), "
            "coalesce(c.cell, ''), coalesce(c.callee_cell, ''), c.line FROM calls c JOIN numbers a ON a.id = "
            "c.caller JOIN numbers b ON b.id = c.callee LEFT JOIN devices d ON d.id = c.device ORDER BY "
            "c.id"));
        while (st.step()) {
            QStringList r;
            for (int k = 0; k < 9; ++k)
                r << st.text(k);
            rows << r.join(QLatin1Char('|'));
        }
        Statement rj =
            cf->db().prepare(QStringLiteral("SELECT line, reason FROM rejected_rows ORDER BY line"));
        while (rj.step())
            rows << rj.text(0) + QLatin1Char('|') + rj.text(1);
        QCOMPARE(rows.size(), 300 - 8 - int(sum.duplicatesMerged) + 8);
        tables << rows;
    }
    QCOMPARE(tables.at(1), tables.at(0));
    QVERIFY(tables.at(0).first().contains(QLatin1String("+8613")));
}

void TestIngestFast::oneNumberWhateverItsSpelling()
{
    // A mobile written plain, with +86, 0086 or 86, in one file and in a later one (whose numbers
    // are then read from the case into memory) is one number.
    const QString path = m_dir.filePath(QStringLiteral("spellings.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("spellings"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    const QByteArray head = "主叫号码,被叫号码,开始时间,通话时长\n";
    const QByteArray first = head + "+8613800000001,95566,2026-09-01 08:00:01,5\n"
                                    "13800000001,13900000002,2026-09-01 08:01:01,5\n"
                                    "008613900000002,13800000001,2026-09-01 08:02:01,5\n";
    QByteArray second = head + "8613800000001,+8613900000002,2026-09-02 08:00:01,5\n"
                               "13900000002,13800000001,2026-09-02 08:01:01,5\n"
                               "13700000003,95566,2026-09-02 08:02:01,5\n";
    // Long enough for the case's numbers to be read into memory rather than looked up one by one.
    for (int i = 0; i < 10; ++i)
        second += "1360000000" + QByteArray::number(i) + ",13700000003,2026-09-03 08:00:01,5\n";
    int n = 0;
    for (const QByteArray &text : {first, second}) {
        const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("spell%1.csv").arg(n++)), text);
        Importer imp(*cf);
        ImportSummary sum;
        QVERIFY2(imp.importFile(file, {}, &sum, &error), qPrintable(error));
        QCOMPARE(sum.accepted, n == 1 ? 3 : 13);
    }
    Database &db = cf->db();
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(value, ' ') FROM (SELECT value FROM numbers WHERE "
                                      "value NOT LIKE '+86136%' ORDER BY value)"))
                 .toString(),
             QStringLiteral("+8613700000003 +8613800000001 +8613900000002 95566"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt(), 14);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls c JOIN numbers n ON n.id = c.caller WHERE "
                                      "n.value = '+8613800000001'"))
                 .toInt(),
             3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls")).toInt(), 16);
}

QTEST_GUILESS_MAIN(TestIngestFast)
#include "tst_ingestfast.moc"
