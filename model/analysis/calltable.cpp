#include "analysis/calltable.h"

#include "analysis/stringids.h"
#include "case/callstore.h"
#include "case/database.h"
#include "core/sha256.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <sqlite3.h>
#include <string>
#include <thread>

namespace dt::analysis {

namespace {

/// One range of the calls table, read by one thread through its own connection.
struct ScanPart
{
    std::vector<qint32> caller, callee, device, cell, source, duration;
    std::vector<qint64> start, id;
    std::vector<qint8> answered;
    StringIds cellIds; ///< this part's cells, numbered in first-seen order
    const std::atomic_bool *cancel = nullptr;
    qint64 rows = 0;
    bool cancelled = false;

    void reserve(size_t n)
    {
        for (auto *v : {&caller, &callee, &device, &cell, &source, &duration})
            v->reserve(n);
        start.reserve(n);
        id.reserve(n);
        answered.reserve(n);
    }
};

/// Reads the calls of the blocks whose first id is in (@p after, @p upTo], in id order, into
/// @p part: the columns through the call store's block scan, cells by their text.
bool scanRange(sqlite3 *db, qint64 after, qint64 upTo, const std::vector<std::string> &cellText,
               ScanPart *part, QString *error)
{
    using namespace callstore;
    BlockScan scan(db, after, upTo);
    std::vector<int> cellOf; // the store's cell id -> this part's, 0 until seen
    while (scan.next()) {
        if (part->cancel && part->cancel->load()) {
            part->cancelled = true;
            return true;
        }
        const int n = scan.count();
        const size_t at = part->start.size();
        for (auto *v :
             {&part->caller, &part->callee, &part->duration, &part->device, &part->cell, &part->source})
            v->resize(at + size_t(n));
        part->start.resize(at + size_t(n));
        part->id.resize(at + size_t(n));
        part->answered.resize(at + size_t(n));
        scan.copy(Caller, part->caller.data() + at);
        scan.copy(Callee, part->callee.data() + at);
        scan.copy(Duration, part->duration.data() + at);
        scan.copy(Device, part->device.data() + at);
        scan.copyStarts(part->start.data() + at);
        scan.copyAnswered(part->answered.data() + at);
        const qint32 source = qint32(scan.sourceId());
        const qint64 first = scan.firstId();
        for (int i = 0; i < n; ++i) {
            const quint32 c = scan.u32(Cell, i);
            int local = 0;
            if (c) {
                if (c >= cellOf.size())
                    cellOf.resize(std::max<size_t>(c + 1, cellOf.size() * 2), 0);
                if (!cellOf[c] && c < cellText.size())
                    cellOf[c] = part->cellIds.idOf(cellText[c].data(), cellText[c].size());
                local = cellOf[c];
            }
            part->cell[at + size_t(i)] = local;
            part->source[at + size_t(i)] = source;
            part->id[at + size_t(i)] = first + i;
        }
        part->rows += n;
    }
    if (!scan.error().isEmpty()) {
        *error = scan.error();
        return false;
    }
    return true;
}

template<typename T> void append(std::vector<T> &to, std::vector<T> &from)
{
    if (to.empty())
        to.swap(from);
    else
        to.insert(to.end(), from.begin(), from.end());
    std::vector<T>().swap(from);
}

} // namespace

bool CallTable::load(Database &db, QString *error, const std::atomic_bool *cancel, bool withDigest)
{
    const qint64 splitFrom = splitMinCalls;
    *this = CallTable();
    splitMinCalls = splitFrom;
    const qint64 maxNumber =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM numbers")).toLongLong();
    numberKey.assign(size_t(maxNumber + 1), QString());
    numberType.assign(size_t(maxNumber + 1), 0);
    const qint64 maxSource =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM sources")).toLongLong();
    sourceFormat.assign(size_t(maxSource + 1), QString());
    Statement srcs = db.prepare(QStringLiteral("SELECT id, format FROM sources"));
    while (srcs.step())
        sourceFormat[size_t(srcs.int64(0))] = srcs.text(1);
    const qint64 maxDevice =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM devices")).toLongLong();
    deviceImei.assign(size_t(maxDevice + 1), QString());
    Statement devs = db.prepare(QStringLiteral("SELECT id, imei FROM devices"));
    while (devs.step())
        deviceImei[size_t(devs.int64(0))] = devs.text(1);

    // The calls in two id ranges, each read by one thread with its own connection (a file case
    // outside a transaction; otherwise in one go). Ids above the maximum read now are left out, so rows an
    // import adds meanwhile cannot straddle the two reads.
    const callstore::Extent extent = callstore::extent(db);
    const qint64 n = extent.count, maxId = extent.last;
    const QString path = db.path();
    // Not inside a transaction of this connection: another connection would not see its writes
    // (the sample case is imported and analysed in one transaction).
    const bool split = n >= splitMinCalls && !path.isEmpty() && path != QLatin1String(":memory:") &&
                       !path.startsWith(QLatin1String("file:")) && sqlite3_get_autocommit(db.handle()) != 0;
    ScanPart parts[2];
    QString errors[2];
    bool ok[2] = {true, true};
    // This thread reads the numbers before its range, and a number's row costs about what a call's
    // does: its range is that many calls shorter, so that the two threads finish together (at 10M
    // calls and 940k numbers, 1.9 s -> 1.7 s).
    const qint64 mid =
        split ? std::max<qint64>(0, (maxId - qint64(double(maxNumber) * double(maxId) / double(n))) / 2)
              : maxId;
    // The first range's columns have room for both: the second is appended to them without a
    // reallocation (reserving touches no memory; copying into a new block touched every call twice).
    parts[0].reserve(size_t(n));
    parts[1].reserve(split ? size_t(double(n) * double(maxId - mid) / double(std::max<qint64>(maxId, 1))) +
                                 size_t(n / 16)
                           : 0);
    for (ScanPart &p : parts)
        p.cancel = cancel;
    // The cells' texts by their id in the store (the parts number the ones they meet by text).
    std::vector<std::string> cellText;
    {
        Statement cs = db.prepare(QStringLiteral("SELECT id, value FROM cells"));
        while (cs.step()) {
            const size_t id = size_t(cs.int64(0));
            if (id >= cellText.size())
                cellText.resize(id + 1);
            const QByteArrayView v = cs.utf8(1);
            cellText[id].assign(v.constData(), size_t(v.size()));
        }
    }
    std::thread second;
    if (split) {
        second = std::thread([&] {
            Database other;
            if (!other.open(path, Database::OpenMode::ReadOnly)) {
                errors[1] = other.lastError();
                ok[1] = false;
                return;
            }
            ok[1] = scanRange(other.handle(), mid, maxId, cellText, &parts[1], &errors[1]);
        });
    }
    // Meanwhile this thread reads the numbers, then the first range.
    Statement nums = db.prepare(QStringLiteral("SELECT id, value, type FROM numbers"));
    while (nums.step()) {
        numberKey[size_t(nums.int64(0))] = QString::fromUtf8(nums.utf8(1));
        numberType[size_t(nums.int64(0))] = int(nums.int64(2));
    }
    ok[0] = scanRange(db.handle(), std::numeric_limits<qint64>::min(), mid, cellText, &parts[0], &errors[0]);
    if (second.joinable())
        second.join();
    if (parts[0].cancelled || parts[1].cancelled) {
        *error = tr("cancelled");
        return false;
    }
    for (int k = 0; k < 2; ++k) {
        if (!ok[k]) {
            *error = errors[k];
            return false;
        }
    }
    // Cells are numbered in order of first appearance by id: the first range's as they are, the
    // second's renumbered after them.
    // (A cell new to the first range's table gets the next id, which is its place in `cells`.)
    cells.clear();
    for (size_t k = 1; k <= parts[0].cellIds.size(); ++k)
        cells << QString::fromStdString(parts[0].cellIds.name(int(k)));
    std::vector<int> remap(parts[1].cellIds.size() + 1, 0);
    for (size_t k = 1; k <= parts[1].cellIds.size(); ++k) {
        const std::string c = parts[1].cellIds.name(int(k));
        remap[k] = parts[0].cellIds.idOf(c.data(), c.size());
        if (size_t(remap[k]) > size_t(cells.size()))
            cells << QString::fromStdString(c);
    }
    for (qint32 &c : parts[1].cell)
        c = remap[size_t(c)];
    for (ScanPart &p : parts) {
        append(caller, p.caller);
        append(callee, p.callee);
        append(device, p.device);
        append(cell, p.cell);
        append(source, p.source);
        append(duration, p.duration);
        append(start, p.start);
        append(id, p.id);
        append(answered, p.answered);
    }
    digest.clear();
    if (withDigest)
        computeDigest();
    return true;
}

void CallTable::computeDigest()
{
    // Five 64-bit integers per call, in id order, as the input digest has always been defined.
    // OpenSSL's SHA-256 (dt::Sha256) uses the CPU's SHA instructions where it has them: this runs
    // beside the analysis on the machine's other core, so the less it takes the better.
    Sha256 hash;
    constexpr size_t kBatch = 4096;
    std::vector<qint64> buf;
    buf.reserve(kBatch * 5);
    for (size_t i = 0; i < size(); ++i) {
        buf.insert(buf.end(), {qint64(caller[i]), qint64(callee[i]), start[i], qint64(duration[i]),
                               qint64(answered[i])});
        if (buf.size() == kBatch * 5 || i + 1 == size()) {
            hash.addData(reinterpret_cast<const char *>(buf.data()), qint64(buf.size() * sizeof(qint64)));
            buf.clear();
        }
    }
    digest = QString::fromLatin1(hash.result().toHex());
}

} // namespace dt::analysis
