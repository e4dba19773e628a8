// The import hot path's parts: the compact dedup table, incremental SHA-256, hashing beside the
// rows (the digest, the audit entry, duplicates still refused) and cancel on the writing thread.
#include "case/casefile.h"
#include "case/database.h"
#include "core/sha256.h"
#include "ingest/importer.h"
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
    void sha256Incremental_data();
    void sha256Incremental();
    void hashedBesideTheRows();
    void cancelledOnTheWritingThread();
    void sortsThroughFilesThenRestores();
    void callIndexesInSmallSorterRuns();

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
        db.scalar(QStringLiteral("SELECT count(*) FROM call_rows WHERE source_id = %1").arg(sum.sourceId))
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
    QVERIFY2(seen.cacheAtIndex < 0 && seen.cacheAtIndex >= -16384, qPrintable(QString::number(seen.cacheAtIndex)));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong(), cacheBefore);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                      "('calls_caller', 'calls_callee')"))
                 .toInt(),
             2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM calls INDEXED BY calls_callee WHERE callee > 0")).toInt(),
             sum.accepted - sum.duplicatesMerged);
}

QTEST_GUILESS_MAIN(TestIngestFast)
#include "tst_ingestfast.moc"
