#include "case/callstore.h"

#include "case/callstoreinternal.h"
#include "case/database.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <sqlite3.h>

namespace dt::callstore {

namespace {

/// Call ids (and the postings' offsets, which count entries of two lists per call) stay in 31 bits.
constexpr qint64 kMaxCalls = std::numeric_limits<qint32>::max();
constexpr size_t kCachedBlocks = 16;
/// Blocks kept in memory while an import appends (a call's other record usually comes soon after it).
constexpr size_t kWindowBlocks = 8;

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
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

QString tr(const char *text)
{
    return QCoreApplication::translate("dt::callstore", text);
}

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

} // namespace dt::callstore
