// The import hot path's parts: the compact dedup table, incremental SHA-256, hashing beside the
// rows (the digest, the audit entry, duplicates still refused) and cancel on the writing thread.
#include "case/casefile.h"
#include "case/database.h"
#include "case/verifier.h"
#include "core/sha256.h"
#include "ingest/callparser.h"
#include "ingest/csvparser.h"
#include "ingest/idmap.h"
#include "ingest/importer.h"
#include "ingest/leakparser.h"
#include "ingest/leaksink.h"
#include "ingest/rowpipe.h"
#include "ingest/rowpreparer.h"
#include "ingest/seencalls.h"
#include "phone/idcard.h"
#include "testutil.h"

#include <map>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
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
    void wallTimesInZones_data();
    void wallTimesInZones();
    void seenCallsExact_data();
    void seenCallsExact();
    void seenCallsAgainstMap();
    void mobileIdsAgainstMap();
    void idMapLoaderInOrder_data();
    void idMapLoaderInOrder();
    void sha256Incremental_data();
    void sha256Incremental();
    void hashedBesideTheRows();
    void cancelledOnTheWritingThread();
    void connectionAsBeforeAfterImport();
    void parseFastAgreesWithParse_data();
    void parseFastAgreesWithParse();
    void plainAndQuotedLinesImportAlike();
    void oneNumberWhateverItsSpelling();
    void idValidityAsParseGives_data();
    void idValidityAsParseGives();
    void leakExtraAsJsonDocumentWrites_data();
    void leakExtraAsJsonDocumentWrites();
    void leakRowsSameOnEitherThread();
    void leakStagesComeBackEmpty();
    void leakBatchesAsTheReferenceGives_data();
    void leakBatchesAsTheReferenceGives();
    void leakListWhateverItsDelimiter_data();
    void leakListWhateverItsDelimiter();
    void leakParseFastAgreesWithParse_data();
    void leakParseFastAgreesWithParse();
    void mobileClassAsNormalizeGives_data();
    void mobileClassAsNormalizeGives();
    void mobileClassOfEverySegment();
    void utf8DecodedAsFromUtf8_data();
    void utf8DecodedAsFromUtf8();
    void idMapsAgainstHashes_data();
    void idMapsAgainstHashes();
    void leakIndexesMadeAfterTheRows();
    void leakImportWithForeignKeysOn();
    void dictionaryIndexesMadeAfterACallLog();
    void cellsOncePerSpelling();

private:
    QTemporaryDir m_dir;
};

void TestIngestFast::wallTimesInZones_data()
{
    // A source's wall-clock times to UTC in its zone, on ordinary days and on the days clocks change
    // (the parser keeps one offset per day only for days without a change).
    auto texts = [](std::initializer_list<const char *> l) {
        QStringList r;
        for (const char *t : l)
            r << QString::fromLatin1(t);
        return r;
    };
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("walls"); // parsed in this order by one parser (its caches warm)
    QTest::addColumn<QStringList>("utc");
    QTest::newRow("Shanghai") << "Asia/Shanghai"
                              << texts({"2026-09-01 08:00:00", "2026-09-01 00:30:00", "1969-12-31 23:00:00"})
                              << texts({"2026-09-01T00:00:00Z", "2026-08-31T16:30:00Z",
                                        "1969-12-31T15:00:00Z"});
    QTest::newRow("Berlin, clocks forward")
        << "Europe/Berlin"
        << texts({"2026-03-28 12:00:00", "2026-03-29 01:59:59", "2026-03-29 03:00:00", "2026-03-29 12:00:00",
                  "2026-03-29 02:30:00", "2026-03-30 00:30:00"})
        << texts({"2026-03-28T11:00:00Z", "2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z",
                  "2026-03-29T10:00:00Z", "2026-03-29T01:30:00Z", "2026-03-29T22:30:00Z"});
    QTest::newRow("Berlin, clocks back")
        << "Europe/Berlin"
        << texts({"2026-10-25 00:30:00", "2026-10-25 01:59:59", "2026-10-25 02:30:00", "2026-10-25 03:00:00",
                  "2026-10-25 23:59:59"})
        << texts({"2026-10-24T22:30:00Z", "2026-10-24T23:59:59Z", "2026-10-25T01:30:00Z",
                  "2026-10-25T02:00:00Z", "2026-10-25T22:59:59Z"});
    QTest::newRow("New York, clocks forward")
        << "America/New_York" << texts({"2026-03-08 01:30:00", "2026-03-08 03:30:00", "2026-03-08 23:00:00"})
        << texts({"2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z", "2026-03-09T03:00:00Z"});
    // West of UTC: the time the change skips is read with the old offset, the repeated one is the later.
    QTest::newRow("New York, the skipped and the repeated")
        << "America/New_York"
        << texts({"2026-03-08 02:30:00", "2026-03-08 02:00:00", "2026-11-01 00:30:00", "2026-11-01 01:30:00",
                  "2026-11-01 01:59:59", "2026-11-01 02:00:00", "2026-11-02 12:00:00"})
        << texts({"2026-03-08T07:30:00Z", "2026-03-08T07:00:00Z", "2026-11-01T04:30:00Z",
                  "2026-11-01T06:30:00Z", "2026-11-01T06:59:59Z", "2026-11-01T07:00:00Z",
                  "2026-11-02T17:00:00Z"});
}

void TestIngestFast::wallTimesInZones()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, walls);
    QFETCH(QStringList, utc);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    CallParser parser(Mapping{}, tz, ClockCorrection{}, false);
    QStringList got;
    for (const QString &w : walls) {
        const std::optional<qint64> t = parser.utcOf(w);
        QVERIFY2(t, qPrintable(w));
        got << QDateTime::fromSecsSinceEpoch(*t, Qt::UTC).toString(Qt::ISODate);
    }
    QCOMPARE(got, utc);
}

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
    // The table keeps no keys: it asks the import's calls (here a map) whether a candidate is the key.
    std::map<qint64, CallKey> calls;
    SeenCalls seen;
    seen.begin(id, [&calls](qint64 i, const CallKey &k) {
        const auto it = calls.find(i);
        return it != calls.end() && it->second == k;
    });
    const CallKey k{caller, callee, start, duration};
    QCOMPARE(seen.find(k), qint64(0));
    calls[id] = k;
    seen.insertNew(k, id);
    QCOMPARE(seen.find(k), id);
    // A key differing in any one field, or equal modulo 2^32, is another call.
    QCOMPARE(seen.find({caller + 1, callee, start, duration}), qint64(0));
    QCOMPARE(seen.find({caller, callee + 1, start, duration}), qint64(0));
    QCOMPARE(seen.find({caller, callee, start + 1, duration}), qint64(0));
    QCOMPARE(seen.find({caller, callee, start, duration + 1}), qint64(0));
    QCOMPARE(seen.find({caller, callee, start + (qint64(1) << 32), duration}), qint64(0));
    QCOMPARE(seen.find({caller + (qint64(1) << 32), callee, start, duration}), qint64(0));
    QCOMPARE(seen.size(), qsizetype(1));
    // Two more calls whose keys share the hash bits an entry keeps (found among random keys, as two
    // birthdays are: after about 2^16): told apart by the check.
    QRandomGenerator rng(1);
    std::unordered_map<quint32, CallKey> byCheck;
    CallKey a{}, b{};
    for (;;) {
        const CallKey t{caller, qint64(rng.bounded(1u << 30)), start + qint64(rng.bounded(1u << 20)),
                        duration};
        const auto [it, added] = byCheck.emplace(SeenCalls::checkOf(t), t);
        if (!added && !(it->second == t)) {
            a = it->second;
            b = t;
            break;
        }
    }
    QCOMPARE(SeenCalls::checkOf(a), SeenCalls::checkOf(b));
    calls[id + 1] = a;
    seen.insertNew(a, id + 1);
    QCOMPARE(seen.find(b), qint64(0));
    calls[id + 2] = b;
    seen.insertNew(b, id + 2);
    QCOMPARE(seen.find(k), id);
    QCOMPARE(seen.find(a), id + 1);
    QCOMPARE(seen.find(b), id + 2);
    QCOMPARE(seen.size(), qsizetype(3));
}

void TestIngestFast::seenCallsAgainstMap()
{
    // 300,000 keys from a small space (many repeats, several table growths) against std::unordered_map;
    // among the 290,000 distinct keys some pairs share the 32 hash bits an entry keeps (counted).
    QRandomGenerator rng(42);
    std::vector<CallKey> calls; // call id i + 1
    SeenCalls seen;
    seen.begin(1, [&calls](qint64 id, const CallKey &k) { return calls.at(size_t(id - 1)) == k; });
    std::unordered_map<CallKey, qint64, RefHash> ref;
    std::unordered_map<quint32, int> checks;
    seen.reserve(1000); // grown from there; a reserve() below, in the middle, keeps what is in
    for (int i = 0; i < 300000; ++i) {
        if (i == 150000)
            seen.reserve(2000000);
        const CallKey k{rng.bounded(2000), rng.bounded(2000), 1788220800 + rng.bounded(500), rng.bounded(3)};
        const auto it = ref.find(k);
        seen.prefetch(k);
        QCOMPARE(seen.find(k), it == ref.end() ? qint64(0) : it->second);
        if (it == ref.end()) {
            calls.push_back(k);
            ref.emplace(k, qint64(calls.size()));
            seen.insertNew(k, qint64(calls.size()));
            ++checks[SeenCalls::checkOf(k)];
        }
    }
    QCOMPARE(seen.size(), qsizetype(ref.size()));
    QVERIFY(checks.size() < ref.size()); // some keys shared their hash bits, and were told apart
    for (const auto &[k, id] : ref)
        QCOMPARE(seen.find(k), id);
    seen.clear();
    QCOMPARE(seen.find(ref.begin()->first), qint64(0));
}

void TestIngestFast::mobileIdsAgainstMap()
{
    // The call writer's use of IdMap: 200,000 operations on mobiles from a small range (repeats,
    // replacements, many growths, long probe runs from neighbouring keys, prefetches) against
    // std::unordered_map.
    QRandomGenerator rng(7);
    IdMap ids;
    std::unordered_map<qint64, qint64> ref;
    QCOMPARE(ids.value(13800000000), qint64(0)); // empty
    for (int i = 0; i < 200000; ++i) {
        const qint64 mobile = 13800000000 + rng.bounded(60000);
        const auto it = ref.find(mobile);
        ids.prefetch(mobile);
        QCOMPARE(ids.value(mobile), it == ref.end() ? qint64(0) : it->second);
        if (rng.bounded(3) == 0) {
            const qint64 value = (qint64(i + 1) << 8) | rng.bounded(8);
            ids.insert(mobile, value);
            ref[mobile] = value;
        }
    }
    for (const auto &[mobile, value] : ref)
        QCOMPARE(ids.value(mobile), value);
    ids.clear();
    QCOMPARE(ids.value(ref.begin()->first), qint64(0));
}

// A dictionary loaded through IdMap::Loader (slots fetched ahead) ends as the same entries inserted one
// by one: in their order, a key given twice keeping its later id, none lost when fewer entries came
// than the loader holds back, or a few more.
void TestIngestFast::idMapLoaderInOrder_data()
{
    QTest::addColumn<int>("entries");
    QTest::newRow("none") << 0;
    QTest::newRow("fewer than held back") << 5;
    QTest::newRow("as many as held back") << 16;
    QTest::newRow("a few more") << 21;
    QTest::newRow("many, through growths") << 50000;
}

void TestIngestFast::idMapLoaderInOrder()
{
    QFETCH(int, entries);
    QRandomGenerator rng(11);
    IdMap loaded, inserted;
    {
        IdMap::Loader loader(loaded);
        for (int i = 0; i < entries; ++i) {
            const qint64 mobile =
                13900000000 + rng.bounded(std::max(1, entries / 3)); // repeats, close together
            loader.add(mobile, i + 1);
            inserted.insert(mobile, i + 1);
        }
    } // the last entries go in here
    for (int k = 0; k < std::max(1, entries / 3); ++k)
        QCOMPARE(loaded.value(13900000000 + k), inserted.value(13900000000 + k));
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

void TestIngestFast::connectionAsBeforeAfterImport()
{
    // An import retunes the case's connection for its own work; after it, successful or failed, the
    // workspace's connection behaves as before: references are enforced and a large sort through
    // temporary storage still answers.
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("settings.csv")), cdr(20000, 7));
    const QString path = m_dir.filePath(QStringLiteral("settings.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("settings"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    auto behavesAsAWorkspace = [&db] {
        if (db.exec(
                QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason) VALUES(4242, 1, 'x')")))
            return QStringLiteral("a rejected row naming no source was stored");
        // 200000 distinct values in scrambled order (7919 is invertible modulo the prime 200003).
        Statement st = db.prepare(
            QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 200000) "
                           "SELECT (i * 7919) % 200003 AS n, hex(randomblob(40)) FROM s ORDER BY n"));
        qint64 rows = 0, last = -1;
        while (st.step()) {
            const qint64 n = st.value(0).toLongLong();
            if (n <= last)
                return QStringLiteral("row %1 out of order").arg(rows);
            last = n;
            ++rows;
        }
        if (!st.ok() || rows != 200000)
            return QStringLiteral("sorted %1 rows: %2").arg(rows).arg(db.lastError());
        return QString();
    };
    QCOMPARE(behavesAsAWorkspace(), QString());
    Importer imp(*cf);
    ImportSummary sum;
    QVERIFY2(imp.importFile(file, {}, &sum, &error), qPrintable(error));
    QCOMPARE(behavesAsAWorkspace(), QString());
    // The same file again is refused (already imported): the connection is as before too.
    QVERIFY(!imp.importFile(file, {}, &sum, &error));
    QCOMPARE(behavesAsAWorkspace(), QString());
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
    QTest::newRow("duration past 32 bits") // rejected: the call store keeps 32 bits
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,4294967296,,,,") << p << u8 << false;
    QTest::newRow("longest duration")
        << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,4294967295,,,,") << p << u8 << true;
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
        << QByteArray("13800000001,13900000002,主叫,2026-09/01 08:00:01,5") << p << u8 << true;
    QTest::newRow("compact time") << QByteArray("13800000001,13900000002,主叫,20260901080001,5") << p << u8
                                  << true;
    QTest::newRow("duration h:m:s") << QByteArray("13800000001,13900000002,主叫,2026-09-01 08:00:01,00:02:05")
                                    << p << u8 << true;
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
    CallParser general(m, tz, ClockCorrection{30, 0, 0}, false),
        quick(m, tz, ClockCorrection{30, 0, 0}, false);
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
    // Each side's handset and cell as the file gives them (line 2: an incoming call, so its cell is
    // the callee's; line 3: an outgoing one with a handset), whichever thread numbered them.
    auto rowOfLine = [&](int line) {
        for (const QString &r : tables.at(0)) {
            if (r.endsWith(QLatin1Char('|') + QString::number(line)) && r.count(QLatin1Char('|')) == 8)
                return r;
        }
        return QString();
    };
    QVERIFY2(rowOfLine(2).startsWith(QLatin1String("95566|+8613800000000|")), qPrintable(rowOfLine(2)));
    QVERIFY2(rowOfLine(2).endsWith(QLatin1String("||20000-50000|2")), qPrintable(rowOfLine(2)));
    QVERIFY2(rowOfLine(3).endsWith(QLatin1String("|359123076970661|20001-50001||3")),
             qPrintable(rowOfLine(3)));
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
void TestIngestFast::idValidityAsParseGives_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id :
         {"33011419820928585X",  "33011419820928585x",  "330182199210100462",
          "330182199210100463",  "000000199210100462",  "990000199210100462",
          "330182209910100462",  "330182187910100462",  "330182199202300462",
          "330182199213010462",  "330182000010100462",  "11010519491231002X",
          "3301821992101004X2",  "33018219921010046",   "3301821992101004621",
          "330182 199210100462", "330182-199210100462", "３３０１８２１９９２１０１００４６２",
          "330106********1234",  "330182921010046",     "33O182199210100462"})
        QTest::newRow(id) << QString::fromUtf8(id);
}

void TestIngestFast::idValidityAsParseGives()
{
    // The import's shortcut decides as IdCard::parse() does, or leaves the spelling to it.
    QFETCH(QString, id);
    const int v = IdCard::validity18(id);
    QCOMPARE(IdCard::validity18(QByteArrayView(id.toUtf8())), v); // from a file's bytes alike
    const IdCardInfo info = IdCard::parse(id);
    if (v < 0) // not 17 ASCII digits and a check character: parse() decides
        return;
    QCOMPARE(v == 1, info.valid);
    QCOMPARE(id.toUpper(), info.normalized);
}

void TestIngestFast::leakExtraAsJsonDocumentWrites_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("row");
    const QStringList h{QStringLiteral("序号"),     QStringLiteral("姓名"),     QStringLiteral("手机号码"),
                        QStringLiteral("所在城市"), QStringLiteral("赠险产品"), QStringLiteral("备注"),
                        QStringLiteral("Zeta"),     QStringLiteral("alpha")};
    auto row = [](std::initializer_list<const char16_t *> v) {
        QStringList r;
        for (const char16_t *s : v)
            r << QString::fromUtf16(s);
        return r;
    };
    QTest::newRow("plain") << h
                           << row({u"1", u"于超", u"15974682797", u"杭州市", u"百万医疗险", u"x", u"z",
                                   u"a"});
    QTest::newRow("empties") << h << row({u"", u"于超", u"15974682797", u"", u"", u"", u"", u""});
    QTest::newRow("city spaces") << h << row({u"2", u"", u"", u"  杭州 ", u" a b ", u"", u"", u""});
    QTest::newRow("quote") << h << row({u"3", u"", u"", u"", u"say \"hi\"", u"", u"", u""});
    QTest::newRow("backslash") << h << row({u"4", u"", u"", u"", u"a\\b", u"", u"", u""});
    QTest::newRow("newline tab") << h << row({u"5", u"", u"", u"", u"a\nb\tc\r", u"\x01", u"", u""});
    QTest::newRow("emoji") << h << row({u"6", u"", u"", u"", u"🙂", u"\x7f", u"é", u"ａ"});
    QTest::newRow("lone surrogate") << h
                                    << row({u"7", u"", u"", u"", QStringView(u"\xd83d").utf16(), u"", u"",
                                            u""});
    QTest::newRow("short row") << h << row({u"8", u"", u"", u"上海"});
    QTest::newRow("long row") << h << row({u"9", u"", u"", u"", u"", u"", u"", u"", u"more", u"", u"end"});
    const QStringList dup{QStringLiteral("a"),        QStringLiteral("姓名"), QStringLiteral("手机号码"),
                          QStringLiteral("所在城市"), QStringLiteral("a"),    QStringLiteral("所在城市")};
    QTest::newRow("same names") << dup << row({u"1", u"", u"", u"北京", u"2", u"3"});
    const QStringList odd{QStringLiteral("n\"o"), QStringLiteral("姓名"), QStringLiteral("手机号码"),
                          QStringLiteral("")};
    QTest::newRow("odd names") << odd << row({u"1", u"", u"", u"x"});
}

void TestIngestFast::leakExtraAsJsonDocumentWrites()
{
    // The `extra` JSON written directly is QJsonDocument's (key order, escapes, city, long rows).
    QFETCH(QStringList, headers);
    QFETCH(QStringList, row);
    Layout layout;
    layout.kind = QStringLiteral("leak");
    layout.header = true;
    layout.headers = headers;
    layout.mapping.set(Field::Name, 1, 1.0);
    layout.mapping.set(Field::Phone, 2, 1.0);
    if (headers.size() > 3 && headers.at(3) == QStringLiteral("所在城市"))
        layout.mapping.set(Field::City, 3, 1.0);
    const LeakParser parser(layout, QStringLiteral("CN"));
    const QByteArray reference = parser.extraByJsonObject(row);
    QCOMPARE(parser.extra(row), reference);
    // From the file's bytes (a UTF-8 file's fields) as from the decoded text.
    QVector<QByteArray> utf8;
    for (const QString &f : row)
        utf8 << f.toUtf8();
    QCOMPARE(parser.extra(row, &utf8), reference);
    if (!reference.isEmpty())
        QVERIFY(QJsonDocument::fromJson(reference).isObject());
}

void TestIngestFast::leakParseFastAgreesWithParse_data()
{
    // Columns: 序号, 姓名 (name), 手机号码 (phone), 身份证号 (ID), 所在城市 (city), 住址 (address),
    // 赠险产品 (unmapped).
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("fast"); // parseFast takes it (else parse() decides)
    QTest::newRow("plain") << QByteArray(
                                  "1,方强,15390007919,520111198205170007,贵阳市,云岩区 8 号,重疾险体验版")
                           << true;
    QTest::newRow("ID with a lower-case x") << QByteArray("2,钱七,13900001111,33011419820928585x,,,") << true;
    QTest::newRow("ID failing its check") << QByteArray("3,李,13900001111,330182199210100463,,,") << true;
    QTest::newRow("no ID") << QByteArray("4,李,13900001111,,,,") << true;
    QTest::newRow("ID, no phone") << QByteArray("5,李,,33011419820928585X,,,") << true;
    QTest::newRow("virtual operator") << QByteArray("6,沈九,17000001234,,,,") << true;
    QTest::newRow("short row") << QByteArray("7,沈九,17000001234") << true;
    QTest::newRow("backslash in an unmapped column") << QByteArray("8,a,13800000000,,,,a\\b") << false;
    QTest::newRow("tab in an unmapped column") << QByteArray("9,a,13800000000,,,,a\tb") << false;
    QTest::newRow("space before a name") << QByteArray("10, 徐帅,13890015838,,,,") << false;
    QTest::newRow("ideographic space after a name")
        << QByteArray("11,丁雪\xe3\x80\x80,14770023757,,,,") << false;
    QTest::newRow("space after the city") << QByteArray("12,a,13800000000,,北京市 ,,") << false;
    QTest::newRow("space in an unmapped column kept") << QByteArray("13,a,13800000000,,,, a ") << true;
    QTest::newRow("space after an ID") << QByteArray("14,a,,110101199003070019 ,,,") << false;
    QTest::newRow("masked phone") << QByteArray("15,王五,138****1234,,北京市,,x") << true;
    QTest::newRow("phone masked with x") << QByteArray("15,王五,138xxxx1234,,,,") << true;
    QTest::newRow("phone masked with # and ?") << QByteArray("15,王五,138#??#1234,,,,") << true;
    QTest::newRow("masked phone with dashes") << QByteArray("15,王五,138-****-1234,,,,") << false;
    QTest::newRow("masked phone, 86 before it") << QByteArray("15,王五,86138****1234,,,,") << false;
    QTest::newRow("masked phone, ten characters") << QByteArray("15,王五,138****123,,,,") << false;
    QTest::newRow("masked ID") << QByteArray("15,王五,,330114********585X,,,") << true;
    QTest::newRow("masked ID, lower-case x")
        << QByteArray("15,王五,138****1234,330114********585x,,,") << true;
    QTest::newRow("ID masked but its region") << QByteArray("15,王五,,******19820928585X,,,") << true;
    QTest::newRow("ID masked with x") << QByteArray("15,王五,,330114xxxxxxxx585X,,,") << false;
    QTest::newRow("masked ID of 17 characters") << QByteArray("15,王五,,330114********585,,,") << false;
    QTest::newRow("+86 phone") << QByteArray("16,赵六,+8613900001111,,,,") << false;
    QTest::newRow("phone of no operator's segment") << QByteArray("17,周,10012345678,,,,") << false;
    QTest::newRow("junk phone") << QByteArray("18,孙八,12345,,,,") << false;
    QTest::newRow("full-width digit") << QByteArray("19,王三,1370000123\xef\xbc\x94,,,,") << false;
    QTest::newRow("15-digit ID") << QByteArray("20,冯四,13600001234,110101900307001,,,") << false;
    QTest::newRow("nothing to keep") << QByteArray("21,李九,,,,,") << false;
    QTest::newRow("invalid UTF-8 name") << QByteArray("22,\xff\xfe,13400001234,,,,") << false;
    QTest::newRow("cut UTF-8 city") << QByteArray("23,a,13400001234,,\xe5\x8c\x97\xe4\xba,,") << false;
    QTest::newRow("BOM in a field") << QByteArray("24,\xef\xbb\xbf杨,13400001234,,,,") << false;
    QTest::newRow("more fields than headers") << QByteArray("25,a,13400001234,,,,z,extra") << false;
    QTest::newRow("emoji name") << QByteArray("26,\xf0\x9f\x99\x82,13400001234,,,,") << true;
    QTest::newRow("emoji in an unmapped column")
        << QByteArray("27,a,13400001234,,,,\xf0\x9f\x99\x82") << true;
    QTest::newRow("no-break space after a name") << QByteArray("28,a\xc2\xa0,13400001234,,,,") << false;
    QTest::newRow("next-line character before a name") << QByteArray("29,\xc2\x85"
                                                                     "a,13400001234,,,,")
                                                       << false;
    QTest::newRow("no-break space inside a name") << QByteArray("30,a\xc2\xa0"
                                                                "b,13400001234,,,,")
                                                  << true;
}

void TestIngestFast::leakParseFastAgreesWithParse()
{
    // A plain line parsed from its bytes gives what the general way gives from its decoded fields.
    QFETCH(QByteArray, line);
    QFETCH(bool, fast);
    Layout layout;
    layout.kind = QStringLiteral("leak");
    layout.header = true;
    for (const char *h : {"序号", "姓名", "手机号码", "身份证号", "所在城市", "住址", "赠险产品"})
        layout.headers << QString::fromUtf8(h);
    layout.mapping.set(Field::Name, 1, 1.0);
    layout.mapping.set(Field::Phone, 2, 1.0);
    layout.mapping.set(Field::IdCard, 3, 1.0);
    layout.mapping.set(Field::City, 4, 1.0);
    layout.mapping.set(Field::Address, 5, 1.0);
    const LeakParser parser(layout, QStringLiteral("CN"));
    const QByteArrayList parts = line.split(',');
    QVector<QByteArrayView> views;
    for (const QByteArray &f : parts)
        views << QByteArrayView(f);
    ParsedLeak quick;
    QCOMPARE(parser.parseFast(views.constData(), int(views.size()), &quick), fast);
    if (!fast)
        return;
    QStringList row;
    QVector<QByteArray> utf8;
    for (const QByteArray &f : parts) {
        row << QString::fromUtf8(f);
        utf8 << f;
    }
    ParsedLeak ref;
    parser.parse(row, &ref, &utf8);
    QVERIFY(ref.rejectReason.isEmpty());
    QCOMPARE(quick.key(), ref.phoneKey);
    QCOMPARE(quick.hasPhone(), !ref.phoneKey.isEmpty());
    QCOMPARE(quick.phoneClass, ref.phoneClass);
    QCOMPARE(quick.mobile, ref.mobile);
    QCOMPARE(quick.idCode, ref.idCode);
    QCOMPARE(quick.pattern, ref.pattern);
    QCOMPARE(quick.name, ref.name);
    QCOMPARE(quick.idCard, ref.idCard);
    QCOMPARE(quick.address, ref.address);
    QCOMPARE(quick.extra, ref.extra);
    // The same with its texts held in an arena (as a batch's rows are), after a row held before.
    FieldArena arena;
    ParsedLeak before, held;
    QVERIFY(parser.parseFast(views.constData(), int(views.size()), &before, &arena));
    QVERIFY(parser.parseFast(views.constData(), int(views.size()), &held, &arena));
    for (const ParsedLeak *p : {&before, &held}) {
        QCOMPARE(p->mobile, quick.mobile);
        QCOMPARE(p->idCode, quick.idCode);
        QCOMPARE(p->name, quick.name);
        QCOMPARE(p->idCard, quick.idCard);
        QCOMPARE(p->address, quick.address);
        QCOMPARE(p->extra, quick.extra);
    }
}

void TestIngestFast::mobileClassAsNormalizeGives_data()
{
    QTest::addColumn<qint64>("mobile");
    QTest::addColumn<bool>("known"); // a segment mobileClass() knows (certainly not Junk)
    for (qint64 m :
         {13800000000LL, 13490000000LL, 14512345678LL, 17000001234LL, 17112345678LL, 19212345678LL})
        QTest::newRow(qPrintable(QString::number(m))) << m << true;
    for (qint64 m :
         {14000000000LL, 10012345678LL, 11012345678LL, 12012345678LL, 16212345678LL, 19999999999LL})
        QTest::newRow(qPrintable(QString::number(m))) << m << false;
}

void TestIngestFast::mobileClassOfEverySegment()
{
    // Every 4-digit prefix: where mobileClass() knows the segment it classes it as normalize() does
    // (else normalize() decides), and it knows most of the allocated ones.
    const PhoneClassifier phones;
    int known = 0;
    for (qint64 prefix = 1000; prefix <= 1999; ++prefix) {
        const qint64 mobile = prefix * 10'000'000 + 1234567;
        const NumberClass quick = PhoneClassifier::mobileClass(mobile);
        if (quick == NumberClass::Junk)
            continue;
        ++known;
        NumberClass cls = NumberClass::Junk;
        const QString key = phones.normalize(QString::number(mobile), &cls);
        QCOMPARE(quick, cls);
        QCOMPARE(key, QStringLiteral("+86%1").arg(mobile));
    }
    QVERIFY2(known > 300, qPrintable(QString::number(known)));
}

void TestIngestFast::mobileClassAsNormalizeGives()
{
    // A leaked list's plain mobiles are classed by their segment as normalize() classes them.
    QFETCH(qint64, mobile);
    QFETCH(bool, known);
    const PhoneClassifier phones;
    NumberClass cls = NumberClass::Junk;
    const QString key = phones.normalize(QString::number(mobile), &cls);
    const NumberClass quick = PhoneClassifier::mobileClass(mobile);
    if (known)
        QVERIFY(quick != NumberClass::Junk);
    if (quick != NumberClass::Junk) { // else normalize() decides the key and class
        QCOMPARE(quick, cls);
        QCOMPARE(key, QStringLiteral("+86%1").arg(mobile));
    }
}

namespace {
/// A case's leak tables in order, for comparing two imports.
QStringList leakTables(Database &db)
{
    QStringList out;
    for (const char *sql :
         {"SELECT id, source_id, line, phone, phone_pattern, name, id_card, address, extra, person FROM "
          "leak_records ORDER BY id",
          "SELECT id, id_card, name, phone FROM persons ORDER BY id",
          "SELECT id, value, e164, type FROM numbers ORDER BY id",
          "SELECT source_id, line, reason, hex(raw) FROM rejected_rows ORDER BY id"}) {
        Statement st = db.prepare(QString::fromLatin1(sql));
        while (st.step()) {
            QStringList cols;
            for (int c = 0; c < st.columnCount(); ++c)
                cols << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
            out << cols.join(QLatin1Char('|'));
        }
    }
    return out;
}
/// The seal's chunks of a leaked list's tables, a line each.
QStringList sealedLeakChunks(Database &db)
{
    QStringList out;
    Statement st = db.prepare(
        QStringLiteral("SELECT tbl, scope, first, last, rows, hex(sketch), hex(digest) FROM seal_chunks "
                       "WHERE tbl IN ('numbers', 'persons', 'leak_records') ORDER BY tbl, scope, first"));
    while (st.step()) {
        QStringList cols;
        for (int c = 0; c < st.columnCount(); ++c)
            cols << st.text(c);
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}
} // namespace

void TestIngestFast::leakStagesComeBackEmpty()
{
    // A batch and its stage reach the writer as they were pushed; the stages the writer hands back
    // are the reading thread's to fill again only after the batches that used them were dropped,
    // and come back with no rows (whether the writer inserted them or not) and their tables' columns.
    RowPipe pipe;
    QVERIFY(!pipe.takeStage());
    auto stage = std::make_unique<LeakStage>(LeakStage{RowBuffer(2), RowBuffer(3), RowBuffer(1)});
    stage->numbers.add(qint64(7)).add(QByteArrayView("x"));
    stage->persons.add(qint64(1)).addNull().add(QByteArrayView("name"));
    stage->records.add(qint64(9));
    QVector<DecodedRow> rows(3);
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].line = 10 + i;
        rows[i].raw = QByteArray::number(i);
    }
    QVERIFY(pipe.push(QVector<DecodedRow>(rows), std::move(stage)));
    QVector<DecodedRow> popped;
    std::unique_ptr<LeakStage> got;
    QVERIFY(pipe.pop(&popped, &got));
    QCOMPARE(popped.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(popped[i].line, rows[i].line);
        QCOMPARE(popped[i].raw, rows[i].raw);
    }
    QVERIFY(got);
    QCOMPARE(got->numbers.cells(), size_t(2));
    QCOMPARE(got->persons.cells(), size_t(3));
    QCOMPARE(got->records.cells(), size_t(1));
    pipe.recycle(std::move(popped), std::move(got)); // as after a failed insert: rows still in it
    QVERIFY(!pipe.takeStage());                      // not before the producer dropped the batches
    pipe.dropRecycled();
    std::unique_ptr<LeakStage> again = pipe.takeStage();
    QVERIFY(again);
    QCOMPARE(again->numbers.cells(), size_t(0));
    QCOMPARE(again->persons.cells(), size_t(0));
    QCOMPARE(again->records.cells(), size_t(0));
    QCOMPARE(again->numbers.columns(), 2); // its tables' columns kept
    QCOMPARE(again->persons.columns(), 3);
    QCOMPARE(again->records.columns(), 1);
    QVERIFY(!pipe.takeStage());
}

void TestIngestFast::leakBatchesAsTheReferenceGives_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("encoding");
    const int batch = int(RowPreparer::kBatch);
    for (int rows : {1, batch - 1, batch, batch + 1, 3 * batch + 17, 12 * batch + 5})
        QTest::newRow(qPrintable(QStringLiteral("%1 rows").arg(rows))) << rows << QStringLiteral("UTF-8");
    // A GB18030 list's fields are made UTF-8 on the way (4-byte sequences among them).
    for (int rows : {1, batch + 1, 3 * batch + 17})
        QTest::newRow(qPrintable(QStringLiteral("%1 rows, GB18030").arg(rows)))
            << rows << QStringLiteral("GB18030");
}

void TestIngestFast::leakBatchesAsTheReferenceGives()
{
    // A leaked list's rows are parsed on the reading thread into batches whose storage (the rows,
    // their texts, their tables' rows) is used again batch after batch: whatever the number of
    // batches, the tables hold what the general way (every row decoded on its own) gives. Rows of
    // long texts and of empty ones alternate, so that a text left over from an earlier row or batch
    // would show.
    QFETCH(int, rows);
    QFETCH(QString, encoding);
    QByteArray text = "序号,姓名,手机号码,身份证号,住址,所在城市,赠险产品\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        // Now and then a name of a character outside the BMP (4 bytes in GB18030 and in UTF-8).
        const QByteArray name = i % 17 == 0 ? "\xf0\xa0\x80\x80" + n
                                : i % 3     ? "姓名" + n.repeated(1 + i % 7)
                                            : QByteArray();
        // A valid ID number now and then (so persons meet again), or a masked one; else none.
        const QByteArray id = i % 13 == 5 ? QByteArray("330114********585X")
                              : i % 4     ? QByteArray("33011419820928585X")
                                          : QByteArray();
        // Phones plain, masked (kept as patterns) or not a number at all.
        const QByteArray phone = i % 11 == 4 ? "138****" + QByteArray::number(1000 + i % 9000)
                                 : i % 5     ? QByteArray::number(13800000000LL + i % 5000)
                                             : QByteArray("abc");
        const QByteArray address = i % 2 ? "西湖区 " + n + " 号" + QByteArray(i % 61, 'a') : QByteArray();
        const QByteArray city = i % 6 ? QByteArray("杭州市") : QByteArray();
        const QByteArray product = i % 7 ? "赠险" + n.repeated(i % 11) : QByteArray();
        text += n + ',' + name + ',' + phone + ',' + id + ',' + address + ',' + city + ',' + product + '\n';
    }
    if (encoding != QLatin1String("UTF-8")) {
        QStringEncoder to(encoding.toLatin1().constData());
        text = to.encode(QString::fromUtf8(text));
        QVERIFY(!to.hasError());
    }
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("batches.csv")), text);
    QStringList tables[2];
    for (bool reference : {false, true}) {
        QString error;
        const QString path = m_dir.filePath(
            QStringLiteral("batches_%1_%2_%3.dtcase").arg(rows).arg(int(reference)).arg(encoding));
        QVERIFY2(CaseFile::create(path, QStringLiteral("b"), &error), qPrintable(error));
        auto c = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(c, qPrintable(error));
        ImportOptions opt;
        opt.kind = QStringLiteral("leak");
        opt.encoding = encoding;
        opt.referenceParse = reference;
        ImportSummary sum;
        QVERIFY2(Importer(*c).importFile(file, opt, &sum, &error), qPrintable(error));
        QCOMPARE(sum.accepted + sum.rejected, qint64(rows));
        tables[reference] = leakTables(c->db());
        // The rows were digested for the seal on the reading thread, before SQLite had them: the
        // seal's chunks cover every row, and they are what the tables read back give.
        const QStringList chunks = sealedLeakChunks(c->db());
        QVERIFY(!chunks.isEmpty());
        tables[reference] << chunks;
        c.reset();
        const VerifyResult verified = CaseVerifier::verify(path);
        QVERIFY2(verified.ok, qPrintable(verified.changes.join(QLatin1Char('\n'))));
    }
    QCOMPARE(tables[0].size(), tables[1].size());
    for (qsizetype i = 0; i < tables[0].size(); ++i)
        QCOMPARE(tables[0].at(i), tables[1].at(i));
}

void TestIngestFast::leakListWhateverItsDelimiter_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("encoding");
    for (const char *encoding : {"UTF-8", "GB18030"}) {
        for (char d : {',', '\t', '|', ';'})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(encoding)).arg(int(d))))
                << d << QString::fromLatin1(encoding);
    }
}

void TestIngestFast::leakListWhateverItsDelimiter()
{
    // The same list, delimited by a byte a GB18030 character may end with (東 is B4 7C, '|') or not,
    // holds the same records: no name cut at such a byte, no column shifted. Columns the sniffer
    // takes for other kinds' fields (备注, a complaint's text; 领取时间, a start) are kept as
    // extra values, not dropped; a rejected row keeps its bytes as they are in the file.
    QFETCH(char, delimiter);
    QFETCH(QString, encoding);
    const QStringList lines = {QStringLiteral("姓名,手机号码,身份证号,领取时间,备注"),
                               QStringLiteral("陳東,13900000002,33011419820928585X,2026-03-07,億元客户"),
                               QStringLiteral("王五,13900000003,,2026-03-08,東"),
                               QStringLiteral("東,abc,,,")};
    QByteArray text;
    for (const QString &l : lines)
        text += QString(l).replace(QLatin1Char(','), QLatin1Char(delimiter)).toUtf8() + '\n';
    if (encoding != QLatin1String("UTF-8")) {
        QStringEncoder to(encoding.toLatin1().constData());
        text = to.encode(QString::fromUtf8(text));
    }
    const QString file = dttest::writeFile(
        m_dir.filePath(QStringLiteral("delimited_%1_%2.txt").arg(int(delimiter)).arg(encoding)), text);
    QString error;
    const QString path =
        m_dir.filePath(QStringLiteral("delimited_%1_%2.dtcase").arg(int(delimiter)).arg(encoding));
    QVERIFY2(CaseFile::create(path, QStringLiteral("d"), &error), qPrintable(error));
    auto c = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(c, qPrintable(error));
    ImportOptions opt;
    opt.kind = QStringLiteral("leak");
    opt.encoding = encoding;
    ImportSummary sum;
    QVERIFY2(Importer(*c).importFile(file, opt, &sum, &error), qPrintable(error));
    QCOMPARE(sum.accepted, qint64(2));
    QCOMPARE(sum.rejected, qint64(1));
    QStringList records;
    Statement st = c->db().prepare(
        QStringLiteral("SELECT r.line, r.name, coalesce(r.id_card, ''), n.value, r.extra FROM leak_records r "
                       "JOIN numbers n ON n.id = r.phone ORDER BY r.line"));
    while (st.step())
        records << QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4));
    QCOMPARE(records,
             (QStringList{
                 QStringLiteral("2|陳東|33011419820928585X|+8613900000002|"
                                "{\"备注\":\"億元客户\",\"领取时间\":\"2026-03-07\"}"),
                 QStringLiteral("3|王五||+8613900000003|{\"备注\":\"東\",\"领取时间\":\"2026-03-08\"}")}));
    const QByteArray lastLine = text.split('\n').at(3);
    QCOMPARE(c->db().scalar(QStringLiteral("SELECT hex(raw) FROM rejected_rows")).toByteArray(),
             lastLine.toHex().toUpper());
}

void TestIngestFast::leakRowsSameOnEitherThread()
{
    // A leaked list's rows parsed and numbered on the reading thread are stored as the same rows
    // given to the sink as fields, parsed and numbered on the writing thread: numbers (junk ones
    // too), persons by ID number and by name and phone, masked phones, rejects, extra. The second
    // list meets the first one's persons and numbers, read from the case, and the writing side
    // looks its numbers up one by one.
    const QByteArray first = "序号,姓名,手机号码,身份证号,住址,所在城市,赠险产品\n"
                             "1,于超,15974682797,33011419820928585X,西湖区 1 号,杭州市,\"say \"\"hi\"\"\"\n"
                             "2,魏秀英,+86 155-9790-4528,330182199210100462, , 杭州市 ,a\\b\n"
                             "3,\xEF\xBB\xBF杨晓燕,138****1234,,,,\xEF\xBB\xBF备注\n"
                             "4,廖洋,abc,,,,\n"
                             "5,,,,,,\n"
                             "6,程海燕,abc,350603195704256843,,,\n"
                             "7,蔡帆,0571-88060001,33011419820928585x,,,\"two\nlines\"\n"
                             "8,林健,15974682797,330182199210100463,,,\n"
                             "9,林健,15974682797,330106********1234,,,\n"
                             "10,袁刚,１５１８２８５２７８２,330182921010046,,,\n"
                             "11,袁刚,15182852782,3301821992101004 62,,,,extra,cols\n"
                             "12, 余霞 ,95588,,,\t杭州市,\"\"\n"
                             // Plain lines, parsed from their bytes: a person met again by ID number
                             // and by name and phone, a virtual operator's number.
                             "13,于超,13900001111,33011419820928585x,,,\n"
                             "14,沈九,17000001234,,,上海,\n"
                             "15,林健,15974682797,,,,\n";
    const QByteArray second = "序号,姓名,手机号码,身份证号,住址,所在城市,赠险产品\n"
                              "1,于超,13900000000,33011419820928585X,,,\n"
                              "2,林健,15974682797,,,,\n"
                              "3,新人,15974682797,110105194912310021,,,\n"
                              "4,余霞,95588,,,,\n"
                              "5,某,xyz,,,,\n";
    const QString files[] = {dttest::writeFile(m_dir.filePath(QStringLiteral("leak1.csv")), first),
                             dttest::writeFile(m_dir.filePath(QStringLiteral("leak2.csv")), second)};
    QString error;
    const QString pathA = m_dir.filePath(QStringLiteral("leakA.dtcase")),
                  pathB = m_dir.filePath(QStringLiteral("leakB.dtcase"));
    QVERIFY(CaseFile::create(pathA, QStringLiteral("a"), &error));
    QVERIFY(CaseFile::create(pathB, QStringLiteral("b"), &error));
    auto a = CaseFile::open(pathA, CaseFile::Access::ReadWrite, &error);
    auto b = CaseFile::open(pathB, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(a && b, qPrintable(error));
    Importer imp(*a);
    ImportOptions opt;
    opt.kind = QStringLiteral("leak");
    qint64 sourceId = 0;
    for (const QString &file : files) {
        ImportSummary sumA, sumB;
        QVERIFY2(imp.importFile(file, opt, &sumA, &error), qPrintable(error));
        // The same rows given to the writer one by one, as a spreadsheet's are.
        Layout layout;
        QVERIFY2(Importer::sniff(file, opt, &layout, &error), qPrintable(error));
        Database &db = b->db();
        const BulkImportSettings settings(db);
        Transaction tx(db);
        LeakSink sink(db, ++sourceId, layout, opt, &sumB);
        QVERIFY2(sink.prepare(&error, sourceId == 1 ? -1 : 1), qPrintable(error));
        QVector<Record> records;
        CsvParser csv(layout.delimiter);
        const QByteArray text = sourceId == 1 ? first : second;
        csv.feed(text.constData(), text.size(), records);
        csv.finish(records);
        for (const Record &r : records.mid(1)) {
            DecodedRow row;
            for (const QByteArray &f : r.fields)
                row.fields << QString::fromUtf8(f);
            row.line = r.line;
            row.raw = r.raw;
            QVERIFY2(sink.add(row, &error), qPrintable(error));
        }
        QVERIFY2(sink.finish(&error, [] { return true; }), qPrintable(error)); // the rows still held
        QVERIFY(tx.commit());
        QCOMPARE(sumA.accepted, sumB.accepted);
        QCOMPARE(sumA.rejected, sumB.rejected);
        QCOMPARE(sumA.rejectedByReason, sumB.rejectedByReason);
        QCOMPARE(sumA.distinctNumbers, sink.distinctNumbers());
    }
    const QStringList tablesA = leakTables(a->db()), tablesB = leakTables(b->db());
    QCOMPARE(tablesA, tablesB);
    Database &db = a->db();
    // What the old writer made of these rows.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM rejected_rows")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM leak_records")).toInt(), 17);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM numbers WHERE value = 'abc' AND type = 0")).toInt(),
        1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 7);
    // Rows 13 and 15 are persons of rows 1 and 8 (ID number; name and phone).
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(DISTINCT person) FROM leak_records WHERE source_id = 1 AND "
                                 "line IN (2, 15)"))
            .toInt(),
        1);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(DISTINCT person) FROM leak_records WHERE source_id = 1 AND "
                                 "line IN (10, 17)"))
            .toInt(),
        1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT extra FROM leak_records WHERE source_id = 1 AND line = 2"))
                 .toString(),
             QStringLiteral("{\"序号\":\"1\",\"所在城市\":\"杭州市\",\"赠险产品\":\"say \\\"hi\\\"\"}"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT phone_pattern FROM leak_records WHERE line = 4")).toString(),
             QStringLiteral("138????1234"));
}

namespace {
/// Every index of a case as the schema wrote it (name and statement), in name order.
QStringList caseIndexes(Database &db)
{
    return dttest::rows(
        db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"));
}

/// The indexes of a freshly created case: what every case must have after any import.
QStringList freshCaseIndexes(const QString &dir)
{
    const QString path = dir + QStringLiteral("/fresh-indexes.dtcase");
    QFile::remove(path);
    QString error;
    auto cf = CaseFile::create(path, QStringLiteral("fresh"), &error);
    return cf ? caseIndexes(cf->db()) : QStringList{error};
}
} // namespace

void TestIngestFast::leakIndexesMadeAfterTheRows()
{
    // A leaked list larger than what the case holds, then a small one into the large tables: after
    // each, the case has every index a fresh case has, as the schema wrote them, agreeing with the
    // rows (integrity_check reads every index against its table), and every list row is stored.
    QByteArray big = "序号,姓名,手机号码,身份证号\n";
    for (int i = 0; i < 3000; ++i)
        big += QStringLiteral("%1,某%1,139%2,\n").arg(i).arg(10000000 + i, 8).toUtf8();
    const QString bigFile = dttest::writeFile(m_dir.filePath(QStringLiteral("bigleak.csv")), big);
    const QString smallFile = dttest::writeFile(m_dir.filePath(QStringLiteral("smallleak.csv")),
                                                "序号,姓名,手机号码,身份证号\n1,某,13800000000,\n");
    const QStringList fresh = freshCaseIndexes(m_dir.path());
    QVERIFY(fresh.size() > 4);
    const QString path = m_dir.filePath(QStringLiteral("leakidx.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("leakidx"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    Importer imp(*cf);
    ImportOptions opt;
    opt.kind = QStringLiteral("leak");
    ImportSummary sum;
    QVERIFY2(imp.importFile(bigFile, opt, &sum, &error), qPrintable(error));
    QCOMPARE(caseIndexes(db), fresh);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt(), 3000);
    QVERIFY2(imp.importFile(smallFile, opt, &sum, &error), qPrintable(error));
    QCOMPARE(caseIndexes(db), fresh);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM leak_records")).toInt(), 3001);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt(), 3001);
}

void TestIngestFast::leakImportWithForeignKeysOn()
{
    // Inside a caller's transaction (the sample case's build) foreign keys stay on while a list is
    // imported: its rows reach leak_records only after the numbers and persons they name, though
    // both are numbered on the reading thread and inserted a batch at a time (4096 rows: records
    // fill their batch before the numbers' and the persons' here, phones coming again and every third
    // row naming nobody); the numbers' index is dropped and made again.
    QByteArray text = "序号,姓名,手机号码,身份证号\n";
    for (int i = 0; i < 13000; ++i)
        text += QStringLiteral("%1,%2,139%3,\n")
                    .arg(i)
                    .arg(i % 3 ? QStringLiteral("某%1").arg(i) : QString())
                    .arg(20000000 + i % 9000, 8)
                    .toUtf8();
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("fkleak.csv")), text);
    const QString path = m_dir.filePath(QStringLiteral("fkleak.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("fk"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    Transaction tx(db);
    Importer imp(*cf);
    ImportOptions opt;
    opt.kind = QStringLiteral("leak");
    ImportSummary sum;
    QVERIFY2(imp.importFile(file, opt, &sum, &error), qPrintable(error));
    QVERIFY(tx.commit());
    QCOMPARE(sum.accepted, 13000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt(), 9000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 8666);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM leak_records l JOIN persons p ON p.id = l.person "
                                      "JOIN numbers n ON n.id = l.phone AND n.id = p.phone"))
                 .toInt(),
             8666);
    QVERIFY(!db.prepare(QStringLiteral("PRAGMA foreign_key_check")).step());
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'numbers_value'")).toInt(),
        1);

    // A complaints file naming numbers new to the case, likewise: each complaint after its numbers.
    const QString complaints = dttest::writeFile(m_dir.filePath(QStringLiteral("fkcomplaints.csv")),
                                                 "被举报号码,举报人号码,举报时间,举报类型\n"
                                                 "13700001111,13900000001,2026-09-01 10:00,骚扰\n"
                                                 "13700002222,13700001111,2026-09-02 10:00,诈骗\n");
    Transaction tx2(db);
    ImportOptions copt;
    copt.kind = QStringLiteral("complaints");
    QVERIFY2(imp.importFile(complaints, copt, &sum, &error), qPrintable(error));
    QVERIFY(tx2.commit());
    QCOMPARE(sum.accepted, 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM complaints c JOIN numbers r ON r.id = c.reported "
                                      "JOIN numbers p ON p.id = c.complainant"))
                 .toInt(),
             2);
    QVERIFY(!db.prepare(QStringLiteral("PRAGMA foreign_key_check")).step());
}

void TestIngestFast::dictionaryIndexesMadeAfterACallLog()
{
    // A call log into a case with few numbers, then a smaller one: after each, the case has every
    // index a fresh case has, as the schema wrote them, agreeing with the rows, and every number,
    // device and cell is entered once.
    QByteArray big = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
    for (int i = 0; i < 4000; ++i)
        big += QStringLiteral("138%1,139%2,主叫,2026-09-01 10:%3:%4,%5,86753104022%6,%7,%8\n")
                   .arg(10000000 + i % 900, 8)
                   .arg(20000000 + i % 1700, 8)
                   .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 300)
                   .arg(1000 + i % 50, 4)
                   .arg(22000 + i % 3)
                   .arg(i % 400)
                   .toUtf8();
    QByteArray small = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n"
                       "13800000001,13900000002,主叫,2026-09-02 10:00:00,5,867531040226975,22000,1\n";
    const QString bigFile = dttest::writeFile(m_dir.filePath(QStringLiteral("dictbig.csv")), big);
    const QString smallFile = dttest::writeFile(m_dir.filePath(QStringLiteral("dictsmall.csv")), small);
    const QStringList fresh = freshCaseIndexes(m_dir.path());
    const QString path = m_dir.filePath(QStringLiteral("dict.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("dict"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    Importer imp(*cf);
    ImportSummary sum;
    QVERIFY2(imp.importFile(bigFile, {}, &sum, &error), qPrintable(error));
    QCOMPARE(caseIndexes(db), fresh);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY2(imp.importFile(smallFile, {}, &sum, &error), qPrintable(error));
    QCOMPARE(caseIndexes(db), fresh);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM numbers")).toInt(), 900 + 1700 + 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM devices")).toInt(), 51);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM cells")).toInt(),
             1200); // LAC i % 3, cell i % 400
}

void TestIngestFast::cellsOncePerSpelling()
{
    // A cell is one cell per spelling, whether its key is an integer (digits, or short with a hex
    // CI) or its text: case, leading zeros and the LAC kept apart, in one file and in a later one
    // (whose cells are read from the case).
    const QList<QPair<QByteArray, QByteArray>> cells{
        {"20001", "2A3F"},
        {"20001", "2a3f"},
        {"", "2A3F"},
        {"", "02A3F"},
        {"20001", "02A3F"},
        {"", "1"},
        {"", "01"},
        {"2", "1"},
        {"", "2-1"},
        {"20001", "ABCDEFGH"},
        {"", "ABCDEFGHIJ"},
        {"", "ABCDEFGHIJK"},
        {"", "A_1"},
        {"", "-"},
        {"9", "Zz"},
        // LACs of 8 digits past what an integer key holds with a CI beside it (UBSan: an overflow)
        {"99999999", "1234567890"},
        {"92233720", "0"}};
    const QByteArrayList spelled{"20001-2A3F",  "20001-2a3f",
                                 "2A3F",        "02A3F",
                                 "20001-02A3F", "1",
                                 "01",          "2-1",
                                 "2-1",         "20001-ABCDEFGH",
                                 "ABCDEFGHIJ",  "ABCDEFGHIJK",
                                 "A_1",         "-",
                                 "9-Zz",        "99999999-1234567890",
                                 "92233720-0"};
    const QString path = m_dir.filePath(QStringLiteral("cells.dtcase"));
    QString error;
    QVERIFY(CaseFile::create(path, QStringLiteral("cells"), &error));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    Importer imp(*cf);
    QStringList expected;
    for (int file = 0; file < 2; ++file) {
        QByteArray text = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += "1380000000" + QByteArray::number(file) + ",13900000002,主叫,2026-09-0" +
                    QByteArray::number(file + 1) + " 08:00:" + QByteArray::number(10 + i) + ",5,," +
                    cells.at(i).first + ',' + cells.at(i).second + '\n';
            expected << QString::fromLatin1(spelled.at(i));
        }
        const QString csv = dttest::writeFile(m_dir.filePath(QStringLiteral("cells%1.csv").arg(file)), text);
        ImportSummary sum;
        QVERIFY2(imp.importFile(csv, {}, &sum, &error), qPrintable(error));
        QCOMPARE(sum.accepted, qint64(cells.size()));
    }
    QStringList got;
    Statement st = cf->db().prepare(QStringLiteral("SELECT coalesce(cell, '') FROM calls ORDER BY id"));
    while (st.step())
        got << st.text(0);
    QCOMPARE(got, expected);
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(*) FROM cells")).toInt(), int(cells.size()) - 1);
    QCOMPARE(cf->db().scalar(QStringLiteral("SELECT count(DISTINCT value) FROM cells")).toInt(),
             int(cells.size()) - 1);
}

void TestIngestFast::idMapsAgainstHashes_data()
{
    QTest::addColumn<int>("maxLoad");
    QTest::newRow("half full at most") << 50;
    QTest::newRow("three quarters (the leaked lists' mobiles)") << 75;
    QTest::newRow("nine tenths") << 90;
}

void TestIngestFast::idMapsAgainstHashes()
{
    // The leaked lists' dictionaries answer as QHash does: replace, absent keys, growth past any
    // reservation however full the table may get, several names per phone (the first kept unless
    // replaced), names one the start of another (kept end to end in one buffer, each its own length).
    QFETCH(int, maxLoad);
    IdMap ids(maxLoad);
    ids.reserve(10);
    QHash<qint64, qint64> idsRef;
    NamePhoneMap names;
    QHash<QPair<qint64, QByteArray>, qint64> namesRef;
    QRandomGenerator rng(42);
    for (int i = 0; i < 200000; ++i) {
        const qint64 key = 1 + qint64(rng.bounded(50000)) * 1000003;
        const qint64 id = 1 + rng.bounded(1000000);
        ids.insert(key, id);
        idsRef.insert(key, id);
        const qint64 phone = 1 + rng.bounded(30000);
        const QByteArray name = QByteArray("张三丰ab").left(rng.bounded(12));
        const bool replace = rng.bounded(2);
        names.insert(phone, name, id, replace);
        if (replace || !namesRef.contains({phone, name}))
            namesRef.insert({phone, name}, id);
    }
    for (qint64 k = 1; k < 50000 * 1000003LL; k += 999983 * 7)
        QCOMPARE(ids.value(k), idsRef.value(k));
    for (auto it = idsRef.cbegin(); it != idsRef.cend(); ++it)
        QCOMPARE(ids.value(it.key()), it.value());
    for (auto it = namesRef.cbegin(); it != namesRef.cend(); ++it)
        QCOMPARE(names.value(it.key().first, it.key().second), it.value());
    QCOMPARE(names.value(40000, "0"), qint64(0));
    QCOMPARE(names.value(5, "x"), qint64(0));
    ids.clear();
    QCOMPARE(ids.value(1), qint64(0));
}

void TestIngestFast::utf8DecodedAsFromUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("ascii") << QByteArray("15974682797");
    QTest::newRow("chinese") << QByteArray("于超 杭州市");
    QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9");
    QTest::newRow("emoji") << QByteArray("a\xf0\x9f\x99\x82z");
    QTest::newRow("max") << QByteArray("\xf4\x8f\xbf\xbd");
    QTest::newRow("replacement") << QByteArray("x\xef\xbf\xbdy");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbfid");
    QTest::newRow("bom later") << QByteArray("id\xef\xbb\xbf");
    QTest::newRow("latin1") << QByteArray("caf\xe9");
    QTest::newRow("gb18030") << QByteArray("\xd3\xda\xb3\xac");
    QTest::newRow("truncated") << QByteArray("\xe6\x9d");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf\xe0\x80\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("too big") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("nonchar") << QByteArray("\xef\xbf\xbe\xef\xb7\x90");
    QTest::newRow("lone continuation") << QByteArray("a\x80"
                                                     "b");
}

void TestIngestFast::utf8DecodedAsFromUtf8()
{
    // The leaked lists' reader decodes into reused strings: what it accepts is fromUtf8()'s text.
    QFETCH(QByteArray, bytes);
    QString out = QStringLiteral("previous, longer contents of the reused string");
    if (LeakParser::decodeUtf8(bytes, &out))
        QCOMPARE(out, QString::fromUtf8(bytes));
    else
        QVERIFY(!bytes.isEmpty());
}

#include "tst_ingestfast.moc"
