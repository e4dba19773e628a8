// Floor benchmark for the call store's import (docs/case-file.md): the same parser and maps as
// `dialtrace-cli import`, with nothing else: the reading thread splits, parses and numbers the
// parties, devices and cells; this thread deduplicates the calls into columns; then everything is
// written once (numbers, devices, cells, further rows, 4096-call blocks, per-number postings) into
// tables of its own (proto_*) in one transaction. It wrote the first measurements of the design
// before the import had it; it now shows how far the import is from the floor of its parts.
//
// What it leaves out (so its figure is a floor, not an import): rows that parseFast declines
// (counted and printed; none in the generator's CDR), 虚拟网 short numbers' subscriber keys, calls of
// other sources (it expects a case without calls), PBX legs, the case's tables' own indexes.
//
// Usage: bench_callstore CASE.dtcase FILE.csv
//        bench_callstore --plain-copy CASE.dtcase OUT.db   (a plain SQLite table `calls` with the case's
//        calls, for baselines run with the sqlite3 shell, which cannot read the virtual table)

#include "case/database.h"
#include "ingest/callparser.h"
#include "ingest/delimitedreader.h"
#include "ingest/dictionarykeys.h"
#include "ingest/idmap.h"
#include "ingest/importer.h"
#include "ingest/seencalls.h"
#include "phone/phonenumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <numeric>
#include <thread>
#include <vector>

using namespace dt;
using namespace dt::ingest;

namespace {

/// A call with its parties, device and cell already numbered (by the reading thread).
struct Resolved
{
    quint32 caller, callee, duration, device, cell, line;
    qint64 utc;
    qint8 answered;
    bool sideIsCaller;
};

class Queue
{
public:
    void push(std::vector<Resolved> &&b)
    {
        std::unique_lock<std::mutex> l(m_m);
        m_notFull.wait(l, [&] { return m_q.size() < 4; });
        m_q.push_back(std::move(b));
        m_notEmpty.notify_one();
    }
    void close()
    {
        std::lock_guard<std::mutex> l(m_m);
        m_closed = true;
        m_notEmpty.notify_one();
    }
    bool pop(std::vector<Resolved> *b)
    {
        std::unique_lock<std::mutex> l(m_m);
        m_notEmpty.wait(l, [&] { return !m_q.empty() || m_closed; });
        if (m_q.empty())
            return false;
        *b = std::move(m_q.front());
        m_q.pop_front();
        m_notFull.notify_one();
        return true;
    }

private:
    std::mutex m_m;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::vector<Resolved>> m_q;
    bool m_closed = false;
};

/// The calls of the import, one vector per column (call id = first id + index).
struct Columns
{
    std::vector<quint32> caller, callee, duration, device, cell, calleeDevice, calleeCell, line;
    std::vector<qint64> start;
    std::vector<qint8> answered;
    size_t size() const { return caller.size(); }
};

struct NewNumber
{
    QString key;
    int cls;
};

double secondsSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

template <typename T>
void put(QByteArray *out, const std::vector<T> &v, size_t from, size_t n)
{
    out->append(reinterpret_cast<const char *>(v.data() + from), qsizetype(n * sizeof(T)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--plain-copy") == 0) {
        {
            Database out; // created here: ATTACH opens with the case's flags, which do not create
            if (!out.open(QString::fromLocal8Bit(argv[3]), Database::OpenMode::Create))
                return 1;
        }
        Database db;
        if (!db.open(QString::fromLocal8Bit(argv[2]), Database::OpenMode::ReadWrite) ||
            !db.exec(QStringLiteral("ATTACH DATABASE '%1' AS plain").arg(QString::fromLocal8Bit(argv[3]))) ||
            !db.exec(QStringLiteral("CREATE TABLE plain.calls AS SELECT * FROM main.calls ORDER BY id"))) {
            std::fprintf(stderr, "plain copy: %s\n", qPrintable(db.lastError()));
            return 1;
        }
        return 0;
    }
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_callstore CASE.dtcase FILE.csv\n");
        return 2;
    }
    const QString casePath = QString::fromLocal8Bit(argv[1]), path = QString::fromLocal8Bit(argv[2]);
    QElapsedTimer total;
    total.start();
    ImportOptions opt;
    Layout layout;
    QString error;
    if (!Importer::sniff(path, opt, &layout, &error) || layout.kind != QLatin1String("calls")) {
        std::fprintf(stderr, "sniff: %s\n", qPrintable(error));
        return 1;
    }
    Database db;
    if (!db.open(casePath, Database::OpenMode::ReadWrite) || !db.exec(QStringLiteral("BEGIN"))) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    const qint64 firstNumber = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM numbers")).toLongLong();
    const qint64 firstDevice = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM devices")).toLongLong();

    // Reading thread: split, parse, and number the parties, devices and cells.
    Queue queue;
    std::vector<NewNumber> newNumbers;
    std::vector<qint64> newDevices;
    std::vector<QByteArray> cells{QByteArray()}; // cell id 0: none
    qint64 declined = 0;
    double readSeconds = 0;
    std::thread reader([&] {
        QElapsedTimer t;
        t.start();
        CallParser parser(layout.mapping, QTimeZone("Asia/Shanghai"), ClockCorrection{}, false);
        PhoneClassifier phones;
        IdMap mobiles, devices;
        mobiles.reserve(1 << 20);
        QHash<QString, quint32> others;
        QHash<QByteArray, quint32> cellIds;
        IdMap cellKeys;
        cellKeys.reserve(1 << 20);
        const CallParser::Decoder decode = [](const QByteArray &b, bool *) { return QString::fromUtf8(b); };
        std::vector<Resolved> batch;
        batch.reserve(4096);
        auto number = [&](qint64 mobile, const QString &raw) -> quint32 {
            if (mobile >= 0) {
                if (const qint64 id = mobiles.value(mobile))
                    return quint32(id);
                NumberClass c = NumberClass::Junk;
                phones.normalize(QString::number(mobile), &c);
                newNumbers.push_back({QLatin1String("+86") + QString::number(mobile), int(c)});
                const qint64 id = firstNumber + qint64(newNumbers.size()) - 1;
                mobiles.insert(mobile, id);
                return quint32(id);
            }
            if (auto it = others.constFind(raw); it != others.constEnd())
                return *it;
            NumberClass c = NumberClass::Junk;
            const QString key = phones.normalize(raw, &c);
            newNumbers.push_back({key, int(c)});
            const quint32 id = quint32(firstNumber + qint64(newNumbers.size()) - 1);
            others.insert(raw, id);
            return id;
        };
        bool header = layout.header;
        auto plain = [&](QByteArrayView text, qint64 line) -> bool {
            QByteArrayView fields[64];
            int n = 0;
            for (qsizetype from = 0; n < 64;) {
                const qsizetype to = text.indexOf(layout.delimiter, from);
                fields[n++] = text.sliced(from, (to < 0 ? text.size() : to) - from);
                if (to < 0)
                    break;
                from = to + 1;
            }
            ParsedCall pc;
            if (std::exchange(header, false) || !parser.parseFast(fields, n, decode, &pc) ||
                !pc.rejectReason.isEmpty()) {
                ++declined;
                return true;
            }
            Resolved r{};
            const quint32 local = number(pc.localIsCaller ? pc.callerMobile : pc.calleeMobile,
                                         pc.localIsCaller ? pc.callerRaw : pc.calleeRaw);
            const quint32 other = number(pc.localIsCaller ? pc.calleeMobile : pc.callerMobile,
                                         pc.localIsCaller ? pc.calleeRaw : pc.callerRaw);
            r.caller = pc.localIsCaller ? local : other;
            r.callee = pc.localIsCaller ? other : local;
            r.utc = pc.utc;
            r.duration = quint32(pc.duration);
            r.answered = qint8(pc.answered);
            r.line = quint32(line);
            r.sideIsCaller = !pc.perspective || pc.localIsCaller;
            if (pc.imeiDigits >= 0) {
                qint64 id = devices.value(pc.imeiDigits + 1);
                if (!id) {
                    newDevices.push_back(pc.imeiDigits);
                    devices.insert(pc.imeiDigits + 1, id = firstDevice + qint64(newDevices.size()) - 1);
                }
                r.device = quint32(id);
            }
            if (pc.cellLen) {
                // "LAC-CI" or "CI" in digits: an integer key (no string hashed per row), as the import.
                const QByteArrayView c(pc.cellBytes, pc.cellLen);
                const qint64 key = numericCell(c);
                if (key > 0) {
                    qint64 id = cellKeys.value(key);
                    if (!id) {
                        cellKeys.insert(key, id = qint64(cells.size()));
                        cells.push_back(c.toByteArray());
                    }
                    r.cell = quint32(id);
                } else {
                    const QByteArray b = c.toByteArray();
                    auto it = cellIds.constFind(b);
                    if (it == cellIds.constEnd()) {
                        it = cellIds.insert(b, quint32(cells.size()));
                        cells.push_back(b);
                    }
                    r.cell = *it;
                }
            }
            batch.push_back(r);
            if (batch.size() == 4096) {
                queue.push(std::move(batch));
                batch = {};
                batch.reserve(4096);
            }
            return true;
        };
        auto general = [&](QVector<Record> &records) {
            declined += records.size();
            records.clear();
            return true;
        };
        Input input(path);
        CallbackSink sink(general, plain);
        QString readError;
        if (!DelimitedReader().read(input, layout, opt, sink, {}, &readError))
            std::fprintf(stderr, "read: %s\n", qPrintable(readError));
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.close();
        readSeconds = secondsSince(t);
    });

    // This thread: the same call seen twice is stored once; the calls go into columns.
    QElapsedTimer phase;
    phase.start();
    const qint64 firstCall = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM calls")).toLongLong();
    Columns cols;
    const size_t expected = size_t(QFileInfo(path).size() / 70);
    for (auto *v : {&cols.caller, &cols.callee, &cols.duration, &cols.device, &cols.cell, &cols.calleeDevice,
                    &cols.calleeCell, &cols.line})
        v->reserve(expected);
    cols.start.reserve(expected);
    cols.answered.reserve(expected);
    std::vector<std::pair<quint32, quint32>> furtherRows; // (call index, line)
    SeenCalls seen;
    seen.begin(1, [&cols](qint64 id, const CallKey &k) {
        const size_t i = size_t(id - 1);
        return qint64(cols.caller[i]) == k.caller && qint64(cols.callee[i]) == k.callee &&
               cols.start[i] == k.start && qint64(cols.duration[i]) == k.duration;
    });
    std::vector<Resolved> batch;
    while (queue.pop(&batch)) {
        for (size_t i = 0; i < batch.size(); ++i) {
            if (i + 8 < batch.size()) {
                const Resolved &a = batch[i + 8];
                seen.prefetch(CallKey{a.caller, a.callee, a.utc, a.duration});
            }
            const Resolved &r = batch[i];
            const CallKey key{r.caller, r.callee, r.utc, r.duration};
            if (const qint64 at = seen.find(key)) {
                const size_t k = size_t(at - 1);
                quint32 &dev = r.sideIsCaller ? cols.device[k] : cols.calleeDevice[k];
                quint32 &cell = r.sideIsCaller ? cols.cell[k] : cols.calleeCell[k];
                if (!dev)
                    dev = r.device;
                if (!cell)
                    cell = r.cell;
                furtherRows.emplace_back(quint32(k), r.line);
                continue;
            }
            cols.caller.push_back(r.caller);
            cols.callee.push_back(r.callee);
            cols.start.push_back(r.utc);
            cols.duration.push_back(r.duration);
            cols.answered.push_back(r.answered);
            cols.device.push_back(r.sideIsCaller ? r.device : 0);
            cols.cell.push_back(r.sideIsCaller ? r.cell : 0);
            cols.calleeDevice.push_back(r.sideIsCaller ? 0 : r.device);
            cols.calleeCell.push_back(r.sideIsCaller ? 0 : r.cell);
            cols.line.push_back(r.line);
            seen.insertNew(key, qint64(cols.size()));
        }
    }
    reader.join();
    const double rowsSeconds = secondsSince(phase);
    seen.clear();

    // Dictionaries: numbers, devices, cells.
    phase.restart();
    Statement insNumber =
        db.prepare(QStringLiteral("INSERT INTO numbers(id, value, e164, type) VALUES(?,?,?,?)"));
    for (size_t i = 0; i < newNumbers.size(); ++i) {
        const NewNumber &n = newNumbers[i];
        insNumber.reset();
        insNumber.bind(1, firstNumber + qint64(i)).bind(2, n.key);
        if (n.key.startsWith(QLatin1Char('+')))
            insNumber.bind(3, n.key);
        else
            insNumber.bindNull(3);
        insNumber.bind(4, n.cls);
        if (!insNumber.exec()) {
            std::fprintf(stderr, "numbers: %s\n", qPrintable(db.lastError()));
            return 1;
        }
    }
    Statement insDevice = db.prepare(QStringLiteral("INSERT INTO devices(id, imei) VALUES(?,?)"));
    for (size_t i = 0; i < newDevices.size(); ++i) {
        insDevice.reset();
        insDevice.bind(1, firstDevice + qint64(i)).bind(2, QStringLiteral("%1").arg(newDevices[i], 15, 10, QLatin1Char('0')));
        insDevice.exec();
    }
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS proto_cells(id INTEGER PRIMARY KEY, cell TEXT NOT NULL)"));
    Statement insCell = db.prepare(QStringLiteral("INSERT INTO proto_cells(id, cell) VALUES(?,?)"));
    for (size_t i = 1; i < cells.size(); ++i) {
        insCell.reset();
        insCell.bind(1, qint64(i)).bindStatic(2, cells[i]);
        insCell.exec();
    }
    Statement insRow = db.prepare(QStringLiteral("INSERT OR IGNORE INTO call_rows(call_id, source_id, line) VALUES(?,1,?)"));
    for (const auto &[k, line] : furtherRows) {
        insRow.reset();
        insRow.bind(1, firstCall + qint64(k)).bind(2, qint64(line));
        insRow.exec();
    }
    const double dictSeconds = secondsSince(phase);

    // Calls: blocks of 4096, each column fixed-width (times as offsets from the block's first).
    phase.restart();
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS proto_blocks(first_id INTEGER PRIMARY KEY, "
                           "count INTEGER NOT NULL, source_id INTEGER NOT NULL, start_base INTEGER NOT NULL, "
                           "columns BLOB NOT NULL)"));
    Statement insBlock = db.prepare(QStringLiteral("INSERT INTO proto_blocks VALUES(?,?,1,?,?)"));
    constexpr size_t kBlock = 4096;
    qint64 blockBytes = 0;
    QByteArray blob;
    std::vector<quint32> startOffsets(kBlock);
    for (size_t from = 0; from < cols.size(); from += kBlock) {
        const size_t n = std::min(kBlock, cols.size() - from);
        const qint64 base = *std::min_element(cols.start.begin() + qint64(from), cols.start.begin() + qint64(from + n));
        for (size_t i = 0; i < n; ++i)
            startOffsets[i] = quint32(cols.start[from + i] - base);
        blob.clear();
        put(&blob, cols.caller, from, n);
        put(&blob, cols.callee, from, n);
        put(&blob, startOffsets, 0, n);
        put(&blob, cols.duration, from, n);
        put(&blob, cols.device, from, n);
        put(&blob, cols.cell, from, n);
        put(&blob, cols.calleeDevice, from, n);
        put(&blob, cols.calleeCell, from, n);
        put(&blob, cols.line, from, n);
        put(&blob, cols.answered, from, n);
        blockBytes += blob.size();
        insBlock.reset();
        insBlock.bind(1, firstCall + qint64(from)).bind(2, qint64(n)).bind(3, base).bindBlob(4, blob);
        if (!insBlock.exec()) {
            std::fprintf(stderr, "blocks: %s\n", qPrintable(db.lastError()));
            return 1;
        }
    }
    const double blockSeconds = secondsSince(phase);

    // Postings: each number's calls made, then received, in time order (a counting sort by number).
    phase.restart();
    const size_t numbers = size_t(firstNumber) + newNumbers.size();
    std::vector<quint32> outStart(numbers + 1), inStart(numbers + 1);
    for (size_t i = 0; i < cols.size(); ++i) {
        ++outStart[cols.caller[i] + 1];
        ++inStart[cols.callee[i] + 1];
    }
    std::partial_sum(outStart.begin(), outStart.end(), outStart.begin());
    std::partial_sum(inStart.begin(), inStart.end(), inStart.begin());
    std::vector<quint32> outCalls(cols.size()), inCalls(cols.size());
    {
        std::vector<quint32> o(outStart.begin(), outStart.end() - 1), in(inStart.begin(), inStart.end() - 1);
        for (size_t i = 0; i < cols.size(); ++i) {
            outCalls[o[cols.caller[i]]++] = quint32(i);
            inCalls[in[cols.callee[i]]++] = quint32(i);
        }
    }
    auto byTime = [&](quint32 a, quint32 b) { return cols.start[a] != cols.start[b] ? cols.start[a] < cols.start[b] : a < b; };
    for (size_t n = 0; n < numbers; ++n) {
        std::sort(outCalls.begin() + outStart[n], outCalls.begin() + outStart[n + 1], byTime);
        std::sort(inCalls.begin() + inStart[n], inCalls.begin() + inStart[n + 1], byTime);
    }
    const double sortSeconds = secondsSince(phase);
    phase.restart();
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS proto_postings(first_number INTEGER PRIMARY KEY, "
                           "offsets BLOB NOT NULL, calls BLOB NOT NULL)"));
    Statement insPostings = db.prepare(QStringLiteral("INSERT INTO proto_postings VALUES(?,?,?)"));
    // 1024 numbers a row: their offsets (made, received) and call indexes.
    qint64 postingBytes = 0;
    for (size_t n0 = 0; n0 < numbers; n0 += 1024) {
        const size_t n1 = std::min(numbers, n0 + 1024);
        QByteArray offsets, calls;
        for (size_t n = n0; n < n1; ++n) {
            const quint32 made = outStart[n + 1] - outStart[n], received = inStart[n + 1] - inStart[n];
            offsets.append(reinterpret_cast<const char *>(&made), 4).append(reinterpret_cast<const char *>(&received), 4);
            calls.append(reinterpret_cast<const char *>(outCalls.data() + outStart[n]), qsizetype(made) * 4);
            calls.append(reinterpret_cast<const char *>(inCalls.data() + inStart[n]), qsizetype(received) * 4);
        }
        postingBytes += offsets.size() + calls.size();
        insPostings.reset();
        insPostings.bind(1, qint64(n0)).bindBlob(2, offsets).bindBlob(3, calls);
        insPostings.exec();
    }
    const double postingSeconds = secondsSince(phase);
    phase.restart();
    if (!db.exec(QStringLiteral("COMMIT"))) {
        std::fprintf(stderr, "commit: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    const double commitSeconds = secondsSince(phase);
    std::printf("calls %zu (declined %lld, merged %zu), numbers %zu, devices %zu, cells %zu\n", cols.size(),
                declined, furtherRows.size(), newNumbers.size(), newDevices.size(), cells.size() - 1);
    std::printf("  read+parse+dictionaries (reading thread) %.2f s\n", readSeconds);
    std::printf("  rows (dedup, columns; both threads)       %.2f s\n", rowsSeconds);
    std::printf("  numbers, devices, cells, further rows     %.2f s\n", dictSeconds);
    std::printf("  call blocks (%.0f MB)                     %.2f s\n", double(blockBytes) / 1e6, blockSeconds);
    std::printf("  postings sort                             %.2f s\n", sortSeconds);
    std::printf("  postings write (%.0f MB)                  %.2f s\n", double(postingBytes) / 1e6, postingSeconds);
    std::printf("  commit                                    %.2f s\n", commitSeconds);
    std::printf("  total                                     %.2f s\n", secondsSince(total));
    return 0;
}
