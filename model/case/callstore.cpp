#include "case/callstore.h"

#include "case/database.h"
#include "core/handoff.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <new>
#include <numeric>
#include <sqlite3.h>
#include <thread>

namespace dt::callstore {

namespace {

constexpr qint64 kMaxU32 = std::numeric_limits<quint32>::max();
/// Call ids (and the postings' offsets, which count entries of two lists per call) stay in 31 bits.
constexpr qint64 kMaxCalls = std::numeric_limits<qint32>::max();
constexpr size_t kCachedBlocks = 16;
/// Blocks kept in memory while an import appends (a call's other record usually comes soon after it).
constexpr size_t kWindowBlocks = 8;

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("dt::callstore", text);
}

QByteArray encodeRange(const std::vector<quint32> (&u32)[kU32Columns], const std::vector<qint64> &start,
                       const std::vector<qint8> &answered, size_t from, size_t n)
{
    QByteArray b;
    b.reserve(Block::bytesFor(qsizetype(n)));
    for (const auto &col : u32)
        b.append(reinterpret_cast<const char *>(col.data() + from), qsizetype(n * 4));
    b.append(reinterpret_cast<const char *>(start.data() + from), qsizetype(n * 8));
    b.append(reinterpret_cast<const char *>(answered.data() + from), qsizetype(n));
    return b;
}

} // namespace

std::atomic<quint64> &generation()
{
    static std::atomic<quint64> g{1};
    return g;
}

QByteArray encodeBlock(const std::vector<quint32> (&u32)[kU32Columns], const std::vector<qint64> &start,
                       const std::vector<qint8> &answered)
{
    return encodeRange(u32, start, answered, 0, start.size());
}

// ---------------------------------------------------------------------------------------------- Reader

Reader::Reader(sqlite3 *db, const QByteArray &schema)
    : m_db(db)
    , m_schema(schema)
{
    const QByteArray in = "\"" + QByteArray(schema).replace('"', "\"\"") + "\".";
    auto prepare = [&](const QByteArray &sql, sqlite3_stmt **st) {
        sqlite3_prepare_v3(db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, st, nullptr);
    };
    prepare("SELECT first_id, count, source_id, columns FROM " + in +
                "call_blocks WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1",
            &m_blockOf);
    prepare("SELECT first_id, count, source_id, columns FROM " + in +
                "call_blocks WHERE first_id > ? ORDER BY first_id LIMIT 1",
            &m_blockAfter);
    prepare("SELECT value FROM " + in + "cells WHERE id = ?", &m_cell);
}

Reader::~Reader()
{
    for (sqlite3_stmt *s : {m_blockOf, m_blockAfter, m_cell})
        sqlite3_finalize(s);
}

void Reader::refresh()
{
    m_error.clear();
    int version = 0;
    sqlite3_file_control(m_db, m_schema.constData(), SQLITE_FCNTL_DATA_VERSION, &version);
    const quint64 g = generation().load();
    if (g == m_generation && version == m_dataVersion)
        return;
    m_generation = g;
    m_dataVersion = version;
    m_blocks.clear();
    m_cells.clear();
}

const Block *Reader::load(sqlite3_stmt *st, qint64 key)
{
    m_error.clear();
    if (!st) {
        m_error = sqliteError(m_db);
        return nullptr;
    }
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, key);
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            m_error = sqliteError(m_db);
        sqlite3_reset(st);
        return nullptr;
    }
    Block b;
    b.firstId = sqlite3_column_int64(st, 0);
    b.count = int(sqlite3_column_int64(st, 1));
    b.sourceId = sqlite3_column_int64(st, 2);
    const int bytes = sqlite3_column_bytes(st, 3);
    b.columns = QByteArray(static_cast<const char *>(sqlite3_column_blob(st, 3)), bytes);
    sqlite3_reset(st);
    if (b.count <= 0 || bytes != Block::bytesFor(b.count)) {
        m_error = tr("call block %1 is damaged (%2 bytes for %3 calls)").arg(b.firstId).arg(bytes).arg(b.count);
        return nullptr;
    }
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        if (it->firstId == b.firstId) { // reloaded (it was dropped from the front): keep one copy
            m_blocks.erase(it);
            break;
        }
    }
    if (m_blocks.size() >= kCachedBlocks)
        m_blocks.erase(m_blocks.begin());
    m_blocks.push_back(std::move(b));
    return &m_blocks.back();
}

const Block *Reader::blockOf(qint64 id)
{
    for (size_t i = m_blocks.size(); i-- > 0;) {
        if (m_blocks[i].holds(id))
            return &m_blocks[i];
    }
    const Block *b = load(m_blockOf, id);
    return b && b->holds(id) ? b : nullptr;
}

const Block *Reader::blockAfter(qint64 id)
{
    return load(m_blockAfter, id);
}

bool Reader::postings(qint64 number, bool made, std::vector<qint64> *ids, qint64 from, qint64 upTo)
{
    // Read through blob handles, only the bytes needed: the number's three offsets, the start times
    // bisected for the range, then the ids in it. (A group's lists run to megabytes for the numbers
    // of a call centre; reading them whole made a second source's import five times slower.)
    ids->clear();
    m_error.clear();
    if (number < 0 || from > upTo)
        return true;
    const qint64 group = number - number % kPostingGroup, k = number - group;
    struct Blob
    {
        sqlite3_blob *b = nullptr;
        ~Blob() { sqlite3_blob_close(b); }
    } offsets, calls;
    auto open = [&](const char *column, Blob *blob) {
        const int rc = sqlite3_blob_open(m_db, m_schema.constData(), "call_postings", column, group, 0, &blob->b);
        if (rc != SQLITE_OK && sqlite3_extended_errcode(m_db) != SQLITE_ERROR) // SQLITE_ERROR: no such row
            m_error = sqliteError(m_db);
        return rc == SQLITE_OK;
    };
    if (!open("offsets", &offsets))
        return m_error.isEmpty();
    quint32 range[3];
    if (sqlite3_blob_bytes(offsets.b) < (2 * k + 3) * 4) // after the group's last number in calls
        return true;
    if (sqlite3_blob_read(offsets.b, range, 12, int(2 * k * 4)) != SQLITE_OK) {
        m_error = sqliteError(m_db);
        return false;
    }
    quint32 first = range[made ? 0 : 1], end = range[made ? 1 : 2];
    if (first == end)
        return true;
    if (!open("calls", &calls))
        return false;
    // calls: the group's call ids (uint32), then their start times (int64), entry by entry.
    const qint64 total = sqlite3_blob_bytes(calls.b) / 12;
    if (first > end || end > total || sqlite3_blob_bytes(calls.b) != total * 12) {
        m_error = tr("call postings of numbers from %1 are damaged").arg(group);
        return false;
    }
    auto startAt = [&](quint32 i, qint64 *out) {
        return sqlite3_blob_read(calls.b, out, 8, int(total * 4 + qint64(i) * 8)) == SQLITE_OK;
    };
    auto bisect = [&](quint32 lo, quint32 hi, auto before) -> quint32 { // first i in [lo, hi) not before
        while (lo < hi) {
            const quint32 mid = lo + (hi - lo) / 2;
            qint64 t = 0;
            if (!startAt(mid, &t)) {
                m_error = sqliteError(m_db);
                return hi;
            }
            if (before(t))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    // The list is in order of start time: a time range is found by bisection.
    if (from != std::numeric_limits<qint64>::min())
        first = bisect(first, end, [from](qint64 t) { return t < from; });
    if (upTo != std::numeric_limits<qint64>::max())
        end = bisect(first, end, [upTo](qint64 t) { return t <= upTo; });
    if (!m_error.isEmpty())
        return false;
    std::vector<quint32> raw(end - first);
    if (!raw.empty() &&
        sqlite3_blob_read(calls.b, raw.data(), int(raw.size() * 4), int(qint64(first) * 4)) != SQLITE_OK) {
        m_error = sqliteError(m_db);
        return false;
    }
    ids->assign(raw.begin(), raw.end());
    return true;
}

QByteArray Reader::cell(quint32 id)
{
    if (id == 0)
        return {};
    if (auto it = m_cells.constFind(id); it != m_cells.constEnd())
        return *it;
    QByteArray v;
    if (m_cell) {
        sqlite3_reset(m_cell);
        sqlite3_bind_int64(m_cell, 1, id);
        if (sqlite3_step(m_cell) == SQLITE_ROW)
            v = QByteArray(static_cast<const char *>(sqlite3_column_blob(m_cell, 0)), sqlite3_column_bytes(m_cell, 0));
        sqlite3_reset(m_cell);
    }
    if (m_cells.size() > 200000)
        m_cells.clear();
    m_cells.insert(id, v);
    return v;
}

Extent extent(Database &db)
{
    // From the blocks' rows (the first and the last by first_id, and their counts): the virtual
    // table would read every block to answer min(), max() or count(*).
    Extent e;
    Statement st = db.prepare(QStringLiteral(
        "SELECT coalesce((SELECT min(first_id) FROM call_blocks), 0), "
        "coalesce((SELECT first_id + count - 1 FROM call_blocks ORDER BY first_id DESC LIMIT 1), 0), "
        "coalesce((SELECT sum(count) FROM call_blocks), 0)"));
    if (st.step()) {
        e.first = st.int64(0);
        e.last = st.int64(1);
        e.count = st.int64(2);
    }
    return e;
}

// ---------------------------------------------------------------------------------------------- Writer

Writer::Writer(Database &db)
    : m_db(db)
{}

Writer::~Writer() = default;

bool Writer::begin(qint64 sourceId, QString *error, qint64 expectedCalls)
{
    m_source = sourceId;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT coalesce((SELECT first_id + count FROM call_blocks ORDER BY first_id DESC LIMIT 1), 1)"));
    if (!s.step()) {
        *error = m_db.lastError();
        return false;
    }
    m_nextId = m_blockFirst = m_firstNew = s.int64(0);
    for (auto &c : m_u32)
        c.clear();
    m_start.clear();
    m_answered.clear();
    m_patches.clear();
    for (auto *v : {&m_newCaller, &m_newCallee})
        v->clear();
    m_newStart.clear();
    if (expectedCalls > 0) {
        for (auto *v : {&m_newCaller, &m_newCallee})
            v->reserve(size_t(expectedCalls));
        m_newStart.reserve(size_t(expectedCalls));
    }
    return true;
}

qint64 Writer::append(const Call &c, QString *error)
{
    for (const qint64 v : {c.caller, c.callee, c.duration, c.device, c.calleeDevice, c.line}) {
        if (v < 0 || v > kMaxU32) {
            *error = tr("value %1 is out of the range a call can store").arg(v);
            return -1;
        }
    }
    if (m_nextId > kMaxCalls) {
        *error = tr("too many calls for one case");
        return -1;
    }
    m_u32[Caller].push_back(quint32(c.caller));
    m_u32[Callee].push_back(quint32(c.callee));
    m_u32[Duration].push_back(quint32(c.duration));
    m_u32[Device].push_back(quint32(c.device));
    m_u32[Cell].push_back(c.cell);
    m_u32[CalleeDevice].push_back(quint32(c.calleeDevice));
    m_u32[CalleeCell].push_back(c.calleeCell);
    m_u32[Line].push_back(quint32(c.line));
    m_start.push_back(c.start);
    m_answered.push_back(qint8(c.answered < 0 ? -1 : c.answered));
    m_newCaller.push_back(quint32(c.caller));
    m_newCallee.push_back(quint32(c.callee));
    m_newStart.push_back(c.start);
    if (m_start.size() >= 2 * kWindowBlocks * kBlockCalls && !flush(false, error))
        return -1;
    return m_nextId++;
}

bool Writer::fill(qint64 id, bool callerSide, qint64 device, quint32 cell, QString *error)
{
    if (device < 0 || device > kMaxU32) {
        *error = tr("value %1 is out of the range a call can store").arg(device);
        return false;
    }
    if (id >= m_blockFirst && id < m_nextId) {
        const size_t i = size_t(id - m_blockFirst);
        quint32 &d = m_u32[callerSide ? Device : CalleeDevice][i];
        quint32 &c = m_u32[callerSide ? Cell : CalleeCell][i];
        if (!d)
            d = quint32(device);
        if (!c)
            c = cell;
        return true;
    }
    if (device || cell)
        m_patches.push_back({id, device, cell, callerSide});
    return true;
}

bool Writer::flush(bool all, QString *error)
{
    // Writes the oldest blocks, keeping the last kWindowBlocks in memory (unless @p all).
    const size_t n = m_start.size();
    const size_t upTo = all ? n : n - kWindowBlocks * kBlockCalls;
    Statement ins = m_db.prepare(
        QStringLiteral("INSERT INTO call_blocks(first_id, count, source_id, columns) VALUES(?,?,?,?)"));
    for (size_t from = 0; from < upTo; from += kBlockCalls) {
        const size_t count = std::min<size_t>(kBlockCalls, upTo - from);
        ins.reset();
        ins.bind(1, m_blockFirst + qint64(from))
            .bind(2, qint64(count))
            .bind(3, m_source)
            .bindBlob(4, encodeRange(m_u32, m_start, m_answered, from, count));
        if (!ins.exec()) {
            *error = m_db.lastError();
            return false;
        }
    }
    for (auto &c : m_u32)
        c.erase(c.begin(), c.begin() + qint64(upTo));
    m_start.erase(m_start.begin(), m_start.begin() + qint64(upTo));
    m_answered.erase(m_answered.begin(), m_answered.begin() + qint64(upTo));
    m_blockFirst += qint64(upTo);
    generation().fetch_add(1);
    return true;
}

bool Writer::applyPatches(QString *error)
{
    if (m_patches.empty())
        return true;
    std::stable_sort(m_patches.begin(), m_patches.end(), [](const Patch &a, const Patch &b) { return a.id < b.id; });
    Reader reader(m_db.handle());
    Statement upd = m_db.prepare(QStringLiteral("UPDATE call_blocks SET columns = ? WHERE first_id = ?"));
    for (size_t i = 0; i < m_patches.size();) {
        const Block *b = reader.blockOf(m_patches[i].id);
        if (!b) {
            *error = reader.error().isEmpty() ? tr("call %1 is not in the case").arg(m_patches[i].id) : reader.error();
            return false;
        }
        QByteArray cols = b->columns;
        const qint64 first = b->firstId;
        const int count = b->count;
        for (; i < m_patches.size() && m_patches[i].id < first + count; ++i) {
            const Patch &p = m_patches[i];
            const qsizetype k = p.id - first;
            auto setIfEmpty = [&](Column c, quint32 v) {
                char *at = cols.data() + Block::columnAt(c, count) + k * 4;
                quint32 old;
                std::memcpy(&old, at, 4);
                if (!old)
                    std::memcpy(at, &v, 4);
            };
            setIfEmpty(p.callerSide ? Device : CalleeDevice, quint32(p.device));
            setIfEmpty(p.callerSide ? Cell : CalleeCell, p.cell);
        }
        upd.reset();
        upd.bindBlob(1, cols).bind(2, first);
        if (!upd.exec()) {
            *error = m_db.lastError();
            return false;
        }
        generation().fetch_add(1);
        reader.refresh();
    }
    m_patches.clear();
    return true;
}


namespace {

/// Every call's parties and start, from the blocks in id order; also checks the blocks' shape.
struct AllCalls
{
    std::vector<quint32> caller, callee, id;
    std::vector<qint64> start;
    quint32 maxNumber = 0;
};

/// Every block of the store to @p use in id order, checking each one's shape and that it follows the
/// one before it; false (with @p error) on a damaged block or when @p use returns false.
bool forEachBlock(Database &db, QString *error, const std::function<bool(const Block &)> &use,
                  qint64 below = std::numeric_limits<qint64>::max())
{
    Statement all = db.prepare(QStringLiteral(
        "SELECT first_id, count, source_id, columns FROM call_blocks WHERE first_id < ? ORDER BY first_id"));
    all.bind(1, below);
    qint64 next = 0;
    while (all.step()) {
        Block b;
        b.firstId = all.int64(0);
        b.count = int(all.int64(1));
        b.sourceId = all.int64(2);
        b.columns = all.value(3).toByteArray();
        if (b.count <= 0 || b.count > kBlockCalls || b.columns.size() != Block::bytesFor(b.count)) {
            *error = tr("call block %1 is damaged (%2 bytes for %3 calls)").arg(b.firstId).arg(b.columns.size()).arg(b.count);
            return false;
        }
        if (b.firstId < next || b.firstId < 1 || b.firstId + b.count - 1 > kMaxU32) {
            *error = tr("call block %1 overlaps the one before it").arg(b.firstId);
            return false;
        }
        next = b.firstId + b.count;
        if (!use(b))
            return false;
    }
    if (!all.ok()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

/// The calls of the blocks whose first id is below @p below (all by default), with room for @p more.
bool readAllCalls(Database &db, AllCalls *out, QString *error,
                  const std::function<bool(const Block &)> &eachBlock = {},
                  qint64 below = std::numeric_limits<qint64>::max(), size_t more = 0)
{
    Statement count = db.prepare(QStringLiteral("SELECT total(count) FROM call_blocks WHERE first_id < ?"));
    count.bind(1, below);
    const size_t total = (count.step() ? size_t(count.int64(0)) : 0) + more;
    for (auto *v : {&out->caller, &out->callee, &out->id})
        v->reserve(total);
    out->start.reserve(total);
    return forEachBlock(db, error, [&](const Block &b) {
        if (eachBlock && !eachBlock(b))
            return false;
        for (int i = 0; i < b.count; ++i) {
            out->caller.push_back(b.u32(Caller, i));
            out->callee.push_back(b.u32(Callee, i));
            out->start.push_back(b.start(i));
            out->id.push_back(quint32(b.firstId + i));
            out->maxNumber = std::max({out->maxNumber, out->caller.back(), out->callee.back()});
        }
        return true;
    }, below);
}

/// A posting while the lists are sorted: the call's index in AllCalls and its start, carried along
/// so that sorting and writing read the postings in order instead of gathering each call's start
/// and id from the 10M-entry arrays (two cache misses a posting: 0.6 s of the 10M import's 1.1 s).
/// Starts within 2^32 s of the earliest take 8 bytes a posting, others 16.
struct NearPosting
{
    quint32 index;
    quint32 since; ///< start - the earliest start
    qint64 start(qint64 earliest) const { return earliest + qint64(since); }
    static NearPosting make(quint32 i, qint64 start, qint64 earliest) { return {i, quint32(start - earliest)}; }
};
struct FarPosting
{
    quint32 index;
    qint64 at;
    qint64 start(qint64) const { return at; }
    static FarPosting make(quint32 i, qint64 start, qint64) { return {i, start}; }
};

template<typename Posting>
bool postingGroups(const AllCalls &calls, qint64 earliest,
                   const std::function<bool(qint64, const QByteArray &, const QByteArray &)> &group)
{
    // A counting sort by number: slot 2n for calls n made, 2n + 1 for calls n received.
    const size_t n = calls.caller.size();
    const size_t slots = 2 * (size_t(calls.maxNumber) + 1);
    std::vector<quint32> offset(slots + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        ++offset[2 * size_t(calls.caller[i]) + 1];
        ++offset[2 * size_t(calls.callee[i]) + 2];
    }
    std::partial_sum(offset.begin(), offset.end(), offset.begin());
    std::vector<Posting> entries(offset.back());
    {
        std::vector<quint32> next(offset.begin(), offset.end() - 1);
        for (size_t i = 0; i < n; ++i) {
            const Posting p = Posting::make(quint32(i), calls.start[i], earliest);
            entries[next[2 * size_t(calls.caller[i])]++] = p;
            entries[next[2 * size_t(calls.callee[i]) + 1]++] = p;
        }
    }
    // Each list in order of start time, then id (the order of the former (number, start_utc) indexes);
    // index order is id order.
    auto byTime = [earliest](const Posting &a, const Posting &b) {
        const qint64 sa = a.start(earliest), sb = b.start(earliest);
        return sa != sb ? sa < sb : a.index < b.index;
    };
    for (size_t s = 0; s < slots; ++s) {
        auto from = entries.begin() + offset[s], to = entries.begin() + offset[s + 1];
        if (!std::is_sorted(from, to, byTime))
            std::sort(from, to, byTime);
    }
    // Ids are the indexes plus the first id when the case's ids have no gap (a case never deleted
    // from), which spares reading each one.
    const bool dense = n && calls.id.back() - calls.id.front() == n - 1;
    const quint32 firstId = n ? calls.id.front() : 0;
    const size_t numbers = size_t(calls.maxNumber) + 1;
    for (size_t g = 0; g < numbers && n; g += kPostingGroup) {
        const size_t end = std::min(numbers, g + kPostingGroup);
        const quint32 base = offset[2 * g];
        std::vector<quint32> offs;
        offs.reserve(2 * (end - g) + 1);
        for (size_t s = 2 * g; s <= 2 * end; ++s)
            offs.push_back(offset[s] - base);
        if (offs.back() == 0)
            continue;
        const qsizetype count = qsizetype(offs.back());
        QByteArray list(count * 12, Qt::Uninitialized);
        char *ids = list.data(), *starts = list.data() + count * 4;
        for (qsizetype k = 0; k < count; ++k) {
            const Posting &p = entries[base + size_t(k)];
            const quint32 id = dense ? firstId + p.index : calls.id[p.index];
            const qint64 start = p.start(earliest);
            std::memcpy(ids + k * 4, &id, 4);
            std::memcpy(starts + k * 8, &start, 8);
        }
        if (!group(qint64(g), QByteArray(reinterpret_cast<const char *>(offs.data()), qsizetype(offs.size() * 4)), list))
            return false;
    }
    return true;
}

/// The postings of @p calls, kPostingGroup numbers to a group: @p group gets each non-empty group's
/// first number, offsets and call ids (callstore.h).
bool forEachPostingGroup(const AllCalls &calls,
                         const std::function<bool(qint64, const QByteArray &, const QByteArray &)> &group)
{
    if (calls.start.empty())
        return true;
    const auto [least, most] = std::minmax_element(calls.start.begin(), calls.start.end());
    if (quint64(*most) - quint64(*least) <= 0xffffffffu)
        return postingGroups<NearPosting>(calls, *least, group);
    return postingGroups<FarPosting>(calls, 0, group);
}

} // namespace

namespace {

/// A row of call_postings on its way from the thread that sorts the postings to the one that writes them.
struct PostingRow
{
    qint64 first = 0;
    QByteArray offsets, calls;
};

/// Writes the postings of @p calls in place of the case's, see Writer::rebuildPostings().
bool writePostings(Database &db, const AllCalls &calls, QString *error, const std::function<bool()> &meanwhile);

} // namespace

bool Writer::rebuildPostings(Database &db, QString *error, const std::function<bool()> &meanwhile)
{
    AllCalls calls;
    return readAllCalls(db, &calls, error) && writePostings(db, calls, error, meanwhile);
}

namespace {

bool writePostings(Database &db, const AllCalls &calls, QString *error, const std::function<bool()> &meanwhile)
{
    if (!db.exec(QStringLiteral("DELETE FROM call_postings"))) {
        *error = db.lastError();
        return false;
    }
    // The sort runs beside @p meanwhile (SQLite's index builds), then beside the inserts.
    Handoff<PostingRow> rows(qint64(16) << 20);
    std::atomic_bool outOfMemory{false};
    std::thread maker([&calls, &rows, &outOfMemory] {
        try {
            forEachPostingGroup(calls, [&rows](qint64 first, const QByteArray &offsets, const QByteArray &list) {
                return rows.put({first, offsets, list}, offsets.size() + list.size());
            });
        } catch (const std::bad_alloc &) {
            outOfMemory = true;
        }
        rows.close();
    });
    struct Joined // however this function leaves, exceptions included: the maker stopped and joined,
    {             // and readers told the postings changed (rewritten, or deleted until the rollback)
        Handoff<PostingRow> &rows;
        std::thread &maker;
        ~Joined()
        {
            rows.stop();
            maker.join();
            generation().fetch_add(1);
        }
    } joined{rows, maker};
    if (meanwhile && !meanwhile())
        return false;
    Statement ins =
        db.prepare(QStringLiteral("INSERT INTO call_postings(first_number, offsets, calls) VALUES(?,?,?)"));
    PostingRow row;
    while (rows.take(&row)) {
        ins.bind(1, row.first).bindStaticBlob(2, row.offsets).bindStaticBlob(3, row.calls);
        const bool inserted = ins.exec();
        ins.reset(); // before the row's bytes go: they were bound without a copy
        if (!inserted) {
            *error = db.lastError();
            return false;
        }
    }
    if (outOfMemory) {
        *error = tr("not enough memory to sort the postings of %1 calls").arg(calls.caller.size());
        return false;
    }
    return true;
}

} // namespace

bool Writer::finish(QString *error, const std::function<bool()> &meanwhile)
{
    if (!flush(true, error) || !applyPatches(error))
        return false;
    // The case's calls before this import from its blocks, this import's from memory.
    AllCalls calls;
    if (!readAllCalls(m_db, &calls, error, {}, m_firstNew, m_newCaller.size()))
        return false;
    if (calls.caller.empty()) { // a first import: nothing to copy
        calls.caller = std::move(m_newCaller);
        calls.callee = std::move(m_newCallee);
        calls.start = std::move(m_newStart);
    } else {
        calls.caller.insert(calls.caller.end(), m_newCaller.begin(), m_newCaller.end());
        calls.callee.insert(calls.callee.end(), m_newCallee.begin(), m_newCallee.end());
        calls.start.insert(calls.start.end(), m_newStart.begin(), m_newStart.end());
    }
    for (size_t k = 0, n = calls.caller.size() - calls.id.size(); k < n; ++k)
        calls.id.push_back(quint32(m_firstNew + qint64(k)));
    for (size_t i = 0; i < calls.caller.size(); ++i)
        calls.maxNumber = std::max({calls.maxNumber, calls.caller[i], calls.callee[i]});
    std::vector<quint32>().swap(m_newCaller);
    std::vector<quint32>().swap(m_newCallee);
    std::vector<qint64>().swap(m_newStart);
    return writePostings(m_db, calls, error, meanwhile);
}

bool CallsByCaller::load(Database &db, QString *error)
{
    m_offset.clear();
    m_entries.clear();
    auto eachBlock = [&db, error](const std::function<void(const Block &)> &use) {
        return forEachBlock(db, error, [&use](const Block &b) {
            use(b);
            return true;
        });
    };
    // A counting sort by caller: the calls each makes, then where each caller's run starts.
    std::vector<quint32> count;
    const bool counted = eachBlock([&count](const Block &b) {
        for (int i = 0; i < b.count; ++i) {
            const quint32 c = b.u32(Caller, i);
            if (c >= count.size())
                count.resize(std::max<size_t>(size_t(c) + 1, count.size() * 2), 0);
            ++count[c];
        }
    });
    if (!counted)
        return false;
    m_offset.assign(count.size() + 1, 0);
    std::partial_sum(count.begin(), count.end(), m_offset.begin() + 1);
    m_entries.resize(m_offset.back());
    std::vector<quint32> next(m_offset.begin(), m_offset.end() - 1);
    const bool placed = eachBlock([&](const Block &b) {
        for (int i = 0; i < b.count; ++i) {
            const quint32 c = b.u32(Caller, i);
            if (c >= next.size() || next[c] >= m_offset[c + 1])
                continue; // the case changed between the passes (cannot within a transaction)
            const quint64 start = quint64(b.start(i));
            m_entries[next[c]++] = {quint32(start), quint32(start >> 32), quint32(b.firstId + i),
                                    b.u32(Callee, i), b.u32(Duration, i)};
        }
    });
    if (!placed)
        return false;
    // Each caller's calls in order of start time, then id: in id order they mostly are already.
    auto byTime = [](const Entry &a, const Entry &b) {
        return a.start() != b.start() ? a.start() < b.start() : a.id < b.id;
    };
    for (size_t c = 0; c + 1 < m_offset.size(); ++c) {
        auto from = m_entries.begin() + m_offset[c], to = m_entries.begin() + m_offset[c + 1];
        if (!std::is_sorted(from, to, byTime))
            std::sort(from, to, byTime);
    }
    return true;
}

qint64 CallsByCaller::find(qint64 caller, qint64 callee, qint64 from, qint64 upTo, qint64 duration) const
{
    if (caller < 0 || quint64(caller) + 1 >= m_offset.size())
        return 0;
    auto it = std::lower_bound(m_entries.begin() + m_offset[size_t(caller)],
                               m_entries.begin() + m_offset[size_t(caller) + 1], from,
                               [](const Entry &e, qint64 t) { return e.start() < t; });
    const auto end = m_entries.begin() + m_offset[size_t(caller) + 1];
    for (; it != end && it->start() <= upTo; ++it) {
        if (qint64(it->callee) == callee && std::abs(qint64(it->duration) - duration) <= 2)
            return it->id;
    }
    return 0;
}

bool check(Database &db, qint64 *callCount, QString *problem)
{
    // Every id a call holds names a row of its table; the postings are what the blocks give.
    auto ids = [&db](const QString &table) {
        std::vector<bool> there(size_t(db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)).toLongLong()) + 1);
        Statement st = db.prepare(QStringLiteral("SELECT id FROM %1").arg(table));
        while (st.step())
            there[size_t(st.int64(0))] = true;
        return there;
    };
    const std::vector<bool> numbers = ids(QStringLiteral("numbers")), devices = ids(QStringLiteral("devices")),
                            cells = ids(QStringLiteral("cells")), sources = ids(QStringLiteral("sources"));
    auto known = [](const std::vector<bool> &there, quint32 v, bool zeroOk) {
        return v == 0 ? zeroOk : v < there.size() && there[v];
    };
    AllCalls calls;
    const bool ok = readAllCalls(db, &calls, problem, [&](const Block &b) {
        if (!known(sources, quint32(std::min<qint64>(b.sourceId, kMaxU32)), false)) {
            *problem = tr("call block %1 names a missing source %2").arg(b.firstId).arg(b.sourceId);
            return false;
        }
        for (int i = 0; i < b.count; ++i) {
            const bool good = known(numbers, b.u32(Caller, i), false) && known(numbers, b.u32(Callee, i), false) &&
                              known(devices, b.u32(Device, i), true) && known(devices, b.u32(CalleeDevice, i), true) &&
                              known(cells, b.u32(Cell, i), true) && known(cells, b.u32(CalleeCell, i), true) &&
                              b.answered(i) >= -1 && b.answered(i) <= 1;
            if (!good) {
                *problem = tr("call %1 refers to a missing number, device or cell").arg(b.firstId + i);
                return false;
            }
        }
        return true;
    });
    if (!ok)
        return false;
    *callCount = qint64(calls.id.size());
    // Every further row names a call (call_rows has no foreign key to the virtual table).
    {
        Statement rows = db.prepare(QStringLiteral("SELECT call_id FROM call_rows"));
        while (rows.step()) {
            const qint64 id = rows.int64(0);
            if (!std::binary_search(calls.id.begin(), calls.id.end(), id > 0 && id <= kMaxU32 ? quint32(id) : 0u)) {
                *problem = tr("a further row of call %1 names no call").arg(id);
                return false;
            }
        }
    }
    Statement stored = db.prepare(QStringLiteral("SELECT first_number, offsets, calls FROM call_postings ORDER BY first_number"));
    const bool same = forEachPostingGroup(calls, [&](qint64 first, const QByteArray &offsets, const QByteArray &idList) {
        if (!stored.step() || stored.int64(0) != first || stored.value(1).toByteArray() != offsets ||
            stored.value(2).toByteArray() != idList) {
            *problem = tr("the lists of calls of numbers from %1 do not match the calls").arg(first);
            return false;
        }
        return true;
    });
    if (same && stored.step()) {
        *problem = tr("the lists of calls of numbers from %1 list calls that are not there").arg(stored.int64(0));
        return false;
    }
    return same;
}

} // namespace dt::callstore
