#include "case/callstore.h"

#include "case/callstoreinternal.h"
#include "case/database.h"
#include "case/seal.h"
#include "case/sealjournal.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <QCoreApplication>
#include <sqlite3.h>

namespace dt::callstore {

namespace {

/// Call ids (and the postings' offsets, which count entries of two lists per call) stay in 31 bits.
constexpr qint64 kMaxCalls = std::numeric_limits<qint32>::max();
constexpr size_t kCachedBlocks = 16;
/// Blocks kept in memory while an import appends (a call's other record usually comes soon after it).
constexpr size_t kWindowBlocks = 8;
/// Calls the writer's window holds: when full, the oldest kWindowBlocks blocks are written.
constexpr size_t kWindowCalls = 2 * kWindowBlocks * kBlockCalls;

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

/// Calls [@p from, @p from + @p n) of the columns as a block's blob; with @p sparse, the columns
/// that take fewer bytes sparse (callstore.h) are stored so and their bits set in it.
QByteArray encodeRange(const std::vector<quint32> (&u32)[kU32Columns], const std::vector<qint64> &start,
                       const std::vector<qint8> &answered, size_t from, size_t n, quint32 *sparse = nullptr)
{
    quint32 chosen = 0;
    qsizetype bytes = Block::bytesFor(qsizetype(n));
    size_t nonZero[kU32Columns] = {};
    for (int c = 0; sparse && c < kU32Columns; ++c) {
        const auto first = u32[c].begin() + qint64(from);
        nonZero[c] = size_t(std::count_if(first, first + qint64(n), [](quint32 v) { return v != 0; }));
        if (4 + 6 * nonZero[c] < 4 * n && n <= size_t(kBlockCalls)) { // (a block's indexes are uint16)
            chosen |= 1u << c;
            bytes -= qsizetype(4 * n - 4 - 6 * nonZero[c]);
        }
    }
    if (sparse)
        *sparse = chosen;
    QByteArray b(bytes, Qt::Uninitialized);
    char *to = b.data();
    for (int c = 0; c < kU32Columns; ++c) {
        const quint32 *col = u32[c].data() + from;
        if (!(chosen & (1u << c))) {
            std::memcpy(to, col, n * 4);
            to += n * 4;
            continue;
        }
        // Without a branch a call (half the durations are 0 where calls go unanswered): each is
        // written, and the next one goes over it when it was 0.
        quint16 index[kBlockCalls + 1];
        quint32 value[kBlockCalls + 1];
        size_t k = 0;
        for (size_t i = 0; i < n; ++i) {
            index[k] = quint16(i);
            value[k] = col[i];
            k += col[i] != 0;
        }
        Q_ASSERT(k == nonZero[c]);
        const quint32 k32 = quint32(k);
        std::memcpy(to, &k32, 4);
        std::memcpy(to + 4, index, k * 2);
        std::memcpy(to + 4 + k * 2, value, k * 4);
        to += 4 + k * 6;
    }
    std::memcpy(to, start.data() + from, n * 8);
    std::memcpy(to + n * 8, answered.data() + from, n);
    to += n * 9;
    Q_ASSERT(to == b.data() + bytes);
    return b;
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("dt::callstore", text);
}

bool hasColumn(sqlite3 *db, const QByteArray &schema, const char *table, const char *column)
{
    sqlite3_stmt *st = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?1, ?2) WHERE name = ?3", -1, &st, nullptr) ==
        SQLITE_OK) {
        sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, schema.constData(), int(schema.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 3, column, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
    }
    sqlite3_finalize(st);
    return found;
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

bool Block::setColumns(const char *data, qsizetype bytes, qint64 sparse)
{
    const qsizetype n = count;
    if (n <= 0 || n > kBlockCalls || sparse < 0 || sparse >= (1 << kU32Columns))
        return false;
    if (!sparse) {
        if (bytes != bytesFor(n))
            return false;
        columns = QByteArray(data, bytes);
        return true;
    }
    columns.resize(bytesFor(n));
    qsizetype at = 0;
    for (int c = 0; c < kU32Columns; ++c) {
        char *to = columns.data() + columnAt(Column(c), n);
        if (!(sparse & (1 << c))) {
            if (bytes - at < 4 * n)
                return false;
            std::memcpy(to, data + at, size_t(4 * n));
            at += 4 * n;
            continue;
        }
        quint32 k = 0;
        if (bytes - at < 4)
            return false;
        std::memcpy(&k, data + at, 4);
        if (k > quint32(n) || bytes - at - 4 < 6 * qsizetype(k))
            return false;
        const char *indexes = data + at + 4, *values = indexes + 2 * qsizetype(k);
        std::memset(to, 0, size_t(4 * n));
        int before = -1;
        for (qsizetype j = 0; j < qsizetype(k); ++j) {
            quint16 i = 0;
            std::memcpy(&i, indexes + 2 * j, 2);
            if (int(i) <= before || i >= n)
                return false;
            before = i;
            std::memcpy(to + 4 * qsizetype(i), values + 4 * j, 4);
        }
        at += 4 + 6 * qsizetype(k);
    }
    if (bytes - at != 9 * n)
        return false;
    std::memcpy(columns.data() + startsAt(n), data + at, size_t(9 * n));
    return true;
}

QByteArray storedColumns(const Block &b, quint32 *sparse)
{
    std::vector<quint32> u32[kU32Columns];
    for (int c = 0; c < kU32Columns; ++c) {
        u32[c].resize(size_t(b.count));
        std::memcpy(u32[c].data(), b.columns.constData() + Block::columnAt(Column(c), b.count),
                    size_t(b.count) * 4);
    }
    std::vector<qint64> start(size_t(b.count));
    std::vector<qint8> answered(size_t(b.count));
    std::memcpy(start.data(), b.columns.constData() + Block::startsAt(b.count), size_t(b.count) * 8);
    std::memcpy(answered.data(), b.columns.constData() + Block::answeredAt(b.count), size_t(b.count));
    return encodeRange(u32, start, answered, 0, size_t(b.count), sparse);
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
    const QByteArray sparse = hasColumn(db, schema, "call_blocks", "sparse_columns") ? "sparse_columns" : "0";
    prepare("SELECT first_id, count, source_id, columns, " + sparse + " FROM " + in +
                "call_blocks WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1",
            &m_blockOf);
    prepare("SELECT first_id, count, source_id, columns, " + sparse + " FROM " + in +
                "call_blocks WHERE first_id > ? ORDER BY first_id LIMIT 1",
            &m_blockAfter);
    prepare("SELECT value FROM " + in + "cells WHERE id = ?", &m_cell);
    if (hasColumn(db, schema, "call_postings", "starts_from"))
        prepare("SELECT starts_from FROM " + in + "call_postings WHERE first_number = ?", &m_startsFrom);
}

Reader::~Reader()
{
    for (sqlite3_stmt *s : {m_blockOf, m_blockAfter, m_cell, m_startsFrom})
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
    const bool fits = b.setColumns(static_cast<const char *>(sqlite3_column_blob(st, 3)), bytes,
                                   sqlite3_column_int64(st, 4));
    sqlite3_reset(st);
    if (!fits) {
        m_error =
            tr("call block %1 is damaged (%2 bytes for %3 calls)").arg(b.firstId).arg(bytes).arg(b.count);
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

bool Reader::postings(qint64 number, bool made, std::vector<qint64> *ids, qint64 from, qint64 upTo,
                      std::vector<qint64> *starts, qint64 limit)
{
    // Read through blob handles, only the bytes needed: the number's three offsets, the start times
    if (starts)
        starts->clear();
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
        const int rc =
            sqlite3_blob_open(m_db, m_schema.constData(), "call_postings", column, group, 0, &blob->b);
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
    // calls: the group's call ids (uint32), then their start times: uint32 seconds after the row's
    // starts_from, or int64 where it is NULL.
    bool narrow = false;
    qint64 startsFrom = 0;
    if (m_startsFrom) {
        sqlite3_reset(m_startsFrom);
        sqlite3_bind_int64(m_startsFrom, 1, group);
        const int rc = sqlite3_step(m_startsFrom);
        if (rc == SQLITE_ROW && sqlite3_column_type(m_startsFrom, 0) != SQLITE_NULL) {
            narrow = true;
            startsFrom = sqlite3_column_int64(m_startsFrom, 0);
        } else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            m_error = sqliteError(m_db);
        }
        sqlite3_reset(m_startsFrom);
        if (!m_error.isEmpty())
            return false;
    }
    const int entryBytes = narrow ? 8 : 12;
    const qint64 total = sqlite3_blob_bytes(calls.b) / entryBytes;
    if (first > end || end > total || sqlite3_blob_bytes(calls.b) != total * entryBytes) {
        m_error = tr("call postings of numbers from %1 are damaged").arg(group);
        return false;
    }
    auto startAt = [&](quint32 i, qint64 *out) {
        if (!narrow)
            return sqlite3_blob_read(calls.b, out, 8, int(total * 4 + qint64(i) * 8)) == SQLITE_OK;
        quint32 since = 0;
        const bool read = sqlite3_blob_read(calls.b, &since, 4, int(total * 4 + qint64(i) * 4)) == SQLITE_OK;
        *out = startsFrom + qint64(since);
        return read;
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
    if (limit >= 0 && qint64(end - first) > limit)
        end = first + quint32(limit);
    std::vector<quint32> raw(end - first);
    if (!raw.empty() &&
        sqlite3_blob_read(calls.b, raw.data(), int(raw.size() * 4), int(qint64(first) * 4)) != SQLITE_OK) {
        m_error = sqliteError(m_db);
        return false;
    }
    ids->assign(raw.begin(), raw.end());
    if (starts && !raw.empty()) {
        // The start times of the same entries, in one read.
        const qint64 n = qint64(raw.size());
        if (narrow) {
            std::vector<quint32> since(size_t(n), 0);
            if (sqlite3_blob_read(calls.b, since.data(), int(n * 4), int(total * 4 + qint64(first) * 4)) !=
                SQLITE_OK) {
                m_error = sqliteError(m_db);
                return false;
            }
            starts->reserve(size_t(n));
            for (quint32 s : since)
                starts->push_back(startsFrom + qint64(s));
        } else {
            starts->resize(size_t(n));
            if (sqlite3_blob_read(calls.b, starts->data(), int(n * 8), int(total * 4 + qint64(first) * 8)) !=
                SQLITE_OK) {
                m_error = sqliteError(m_db);
                return false;
            }
        }
    }
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
            v = QByteArray(static_cast<const char *>(sqlite3_column_blob(m_cell, 0)),
                           sqlite3_column_bytes(m_cell, 0));
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

Extent idRange(Database &db)
{
    Extent e;
    Statement st = db.prepare(QStringLiteral(
        "SELECT coalesce((SELECT min(first_id) FROM call_blocks), 0), "
        "coalesce((SELECT first_id + count - 1 FROM call_blocks ORDER BY first_id DESC LIMIT 1), 0)"));
    if (st.step()) {
        e.first = st.int64(0);
        e.last = st.int64(1);
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
    // The window's columns are sized once and written by index, not pushed onto ten vectors a call
    // (which the compiler left as calls, on the busier thread).
    for (auto &c : m_u32)
        c.assign(kWindowCalls, 0);
    m_start.assign(kWindowCalls, 0);
    m_answered.assign(kWindowCalls, 0);
    m_held = 0;
    m_patches.clear();
    for (auto *v : {&m_newCaller, &m_newCallee, &m_newDuration})
        v->clear();
    m_newStart.clear();
    if (expectedCalls > 0) {
        for (auto *v : {&m_newCaller, &m_newCallee, &m_newDuration})
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
    const size_t k = m_held++;
    m_u32[Caller][k] = quint32(c.caller);
    m_u32[Callee][k] = quint32(c.callee);
    m_u32[Duration][k] = quint32(c.duration);
    m_u32[Device][k] = quint32(c.device);
    m_u32[Cell][k] = c.cell;
    m_u32[CalleeDevice][k] = quint32(c.calleeDevice);
    m_u32[CalleeCell][k] = c.calleeCell;
    m_u32[Line][k] = quint32(c.line);
    m_start[k] = c.start;
    m_answered[k] = qint8(c.answered < 0 ? -1 : c.answered);
    m_newCaller.push_back(quint32(c.caller));
    m_newCallee.push_back(quint32(c.callee));
    m_newDuration.push_back(quint32(c.duration));
    m_newStart.push_back(c.start);
    if (m_held == kWindowCalls && !flush(false, error))
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
    const size_t n = m_held;
    const size_t upTo = all ? n : n - kWindowBlocks * kBlockCalls;
    Statement ins = m_db.prepare(QStringLiteral(
        "INSERT INTO call_blocks(first_id, count, source_id, columns, sparse_columns) VALUES(?,?,?,?,?)"));
    for (size_t from = 0; from < upTo; from += kBlockCalls) {
        const size_t count = std::min<size_t>(kBlockCalls, upTo - from);
        quint32 sparse = 0;
        const QByteArray columns = encodeRange(m_u32, m_start, m_answered, from, count, &sparse);
        ins.reset();
        ins.bind(1, m_blockFirst + qint64(from))
            .bind(2, qint64(count))
            .bind(3, m_source)
            .bindBlob(4, columns)
            .bind(5, qint64(sparse));
        if (!ins.exec()) {
            *error = m_db.lastError();
            return false;
        }
        // Digested here, where the bytes are at hand: reading 320 MB of blocks back cost 0.38 s.
        const qint64 first = m_blockFirst + qint64(from);
        m_db.sealJournal().blockWritten(first, qint64(count), m_source,
                                        seal::blockDigest(first, qint64(count), m_source, columns, qint64(sparse)));
    }
    // The calls kept move to the front of the window.
    for (auto &c : m_u32)
        std::copy(c.begin() + qint64(upTo), c.begin() + qint64(n), c.begin());
    std::copy(m_start.begin() + qint64(upTo), m_start.begin() + qint64(n), m_start.begin());
    std::copy(m_answered.begin() + qint64(upTo), m_answered.begin() + qint64(n), m_answered.begin());
    m_held = n - upTo;
    m_blockFirst += qint64(upTo);
    generation().fetch_add(1);
    return true;
}

bool Writer::applyPatches(QString *error)
{
    if (m_patches.empty())
        return true;
    std::stable_sort(m_patches.begin(), m_patches.end(),
                     [](const Patch &a, const Patch &b) { return a.id < b.id; });
    Reader reader(m_db.handle());
    Statement upd = m_db.prepare(
        QStringLiteral("UPDATE call_blocks SET columns = ?, sparse_columns = ? WHERE first_id = ?"));
    Statement stored = m_db.prepare(
        QStringLiteral("SELECT count, source_id, columns, sparse_columns FROM call_blocks WHERE first_id = ?"));
    const bool sealed = seal::Seal::isSealed(m_db);
    for (size_t i = 0; i < m_patches.size();) {
        const Block *b = reader.blockOf(m_patches[i].id);
        if (!b) {
            *error = reader.error().isEmpty() ? tr("call %1 is not in the case").arg(m_patches[i].id)
                                              : reader.error();
            return false;
        }
        Block patched = *b; // each column in full, set where it is still 0, then stored again
        QByteArray &cols = patched.columns;
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
        quint32 sparse = 0;
        const QByteArray columns = storedColumns(patched, &sparse);
        // A block sealed before is changed only as it was sealed: a change made outside DialTrace is
        // not to be sealed in with this one.
        stored.reset();
        stored.bind(1, first);
        if (!stored.step()) {
            *error = m_db.lastError();
            return false;
        }
        const qint64 source = stored.int64(1);
        if (sealed && !seal::blockUnchanged(m_db, first, source,
                                            seal::blockDigest(first, stored.int64(0), source, stored.blob(2),
                                                              stored.int64(3)))) {
            *error = tr("calls %1-%2 (a block of source %3) were changed outside DialTrace since they were "
                        "sealed; nothing was imported (dialtrace-cli verify names the change)")
                         .arg(first)
                         .arg(first + count - 1)
                         .arg(source);
            return false;
        }
        upd.reset();
        upd.bindBlob(1, columns).bind(2, qint64(sparse)).bind(3, first);
        if (!upd.exec()) {
            *error = m_db.lastError();
            return false;
        }
        m_db.sealJournal().blockChanged(first, count, source,
                                        seal::blockDigest(first, count, source, columns, qint64(sparse)));
        generation().fetch_add(1);
        reader.refresh();
    }
    m_patches.clear();
    return true;
}

} // namespace dt::callstore
