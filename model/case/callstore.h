#pragma once
#include "case/database.h"

#include <atomic>
#include <cstring>
#include <functional>
#include <limits>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QtGlobal>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dt {

class Database;

/**
 * The calls of a case, kept in blocks of columns instead of one SQLite row per call (schema 8,
 * docs/case-file.md). A block holds up to kBlockCalls consecutive call ids, one source's; its
 * `columns` blob has, for its n calls, eight arrays of n little-endian uint32 (caller, callee,
 * duration, device, cell, callee_device, callee_cell, line; 0 for a NULL id), then n int64 start
 * times, then n int8 answered flags (-1 for NULL). A uint32 column that is mostly 0 may be stored
 * sparse instead, its bit set in the block's `sparse_columns` (schema 11): a uint32 k, then the k
 * indexes (uint16, ascending) of the calls where it is not 0, then their k values (uint32). A carrier
 * CDR fills the callee's device and cell only for the calls seen from both ends, a PBX log has no
 * device or cell. Cells are numbered in the `cells` table.
 * Each number's calls made and received are listed in time order in `call_postings`, 64 numbers
 * to a row: `offsets` gives, per number, where its calls made and received start (uint32 entries,
 * and one more for the end); `calls` holds the entries' call ids (uint32), then their start times,
 * so that a time range is found by bisection without reading the blocks: as uint32 seconds after the
 * row's `starts_from` (schema 11) when the case's calls span less than 2^32 s, else as int64 (and
 * `starts_from` NULL). The virtual table `calls` (callsvtab.h) shows it all as the rows it replaces.
 */
namespace callstore {

constexpr int kBlockCalls = 1024;
constexpr int kPostingGroup = 64;
enum Column { Caller, Callee, Duration, Device, Cell, CalleeDevice, CalleeCell, Line, kU32Columns };

/// One block's calls, as read from the case: every column in full (the layout above, none sparse).
class Block
{
public:
    qint64 firstId = 0, sourceId = 0;
    int count = 0;
    QByteArray columns;

    bool holds(qint64 id) const { return id >= firstId && id < firstId + count; }
    quint32 u32(Column c, int i) const
    {
        quint32 v;
        std::memcpy(&v, columns.constData() + columnAt(c, count) + qsizetype(i) * 4, 4);
        return v;
    }
    qint64 start(int i) const
    {
        qint64 v;
        std::memcpy(&v, columns.constData() + startsAt(count) + qsizetype(i) * 8, 8);
        return v;
    }
    int answered(int i) const { return qint8(columns.at(answeredAt(count) + i)); }
    /// Sets columns from the stored blob of @p bytes at @p data whose columns of the bits of @p sparse
    /// are sparse (for count calls); false when the blob does not have that shape.
    bool setColumns(const char *data, qsizetype bytes, qint64 sparse);

    // Where a block of @p n calls keeps each column, and its size (the layout above).
    static qsizetype columnAt(Column c, qsizetype n) { return qsizetype(c) * 4 * n; }
    static qsizetype startsAt(qsizetype n) { return qsizetype(kU32Columns) * 4 * n; }
    static qsizetype answeredAt(qsizetype n) { return startsAt(n) + 8 * n; }
    static qsizetype bytesFor(qsizetype n) { return answeredAt(n) + n; }
};

/// Bumped by every write to the store in this process, so that readers drop what they cached.
std::atomic<quint64> &generation();

/**
 * Reads calls, postings and cells through one connection (not shared between threads), with a
 * small cache of blocks. Used by the virtual table and by code that walks all calls.
 */
class Reader
{
public:
    /// Reads the store of the database @p schema ("main", or an attached one's name) of @p db.
    explicit Reader(sqlite3 *db, const QByteArray &schema = "main");
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    /// The block holding call @p id, or nullptr (no such call, or an SQLite error: see error()).
    const Block *blockOf(qint64 id);
    /// The first block starting after @p id (to walk the ids in order), or nullptr.
    const Block *blockAfter(qint64 id);
    /// Call ids where @p number is the caller (@p made) or the callee, in order of start time then
    /// id, of the calls that start in [@p from, @p upTo]; with @p starts, their start times too. At
    /// most the first @p limit of them (all when negative): only those are read.
    bool postings(qint64 number, bool made, std::vector<qint64> *ids,
                  qint64 from = std::numeric_limits<qint64>::min(),
                  qint64 upTo = std::numeric_limits<qint64>::max(), std::vector<qint64> *starts = nullptr,
                  qint64 limit = std::numeric_limits<qint64>::max());
    /// A cell's text (empty for id 0 or an unknown id).
    QByteArray cell(quint32 id);
    /// Drops every cache when the store changed since they were filled.
    void refresh();
    QString error() const { return m_error; }

private:
    const Block *load(sqlite3_stmt *st, qint64 key);
    sqlite3 *m_db;
    QByteArray m_schema;
    sqlite3_stmt *m_blockOf = nullptr, *m_blockAfter = nullptr, *m_cell = nullptr, *m_startsFrom = nullptr;
    std::vector<Block> m_blocks; ///< most recently used last
    QHash<quint32, QByteArray> m_cells;
    quint64 m_generation = 0;
    int m_dataVersion = -1;
    QString m_error;
};

/**
 * Appends one import's calls to the store and fills in the device and cell of calls seen again.
 * Everything goes into the case inside the caller's transaction; finish() writes the last block and
 * lists every number's calls again.
 */
class Writer
{
public:
    struct Call
    {
        qint64 caller = 0, callee = 0, start = 0, duration = 0, line = 0;
        int answered = -1;
        qint64 device = 0, calleeDevice = 0; ///< 0: none
        quint32 cell = 0, calleeCell = 0;    ///< ids of cells; 0: none
    };
    explicit Writer(Database &db);
    ~Writer();
    /// Starts an import of source @p sourceId, of about @p expectedCalls calls; false on an SQLite error.
    bool begin(qint64 sourceId, QString *error, qint64 expectedCalls = 0);
    /// Stores @p c (after begin()); its id, or -1 when a value does not fit the columns (error set).
    qint64 append(const Call &c, QString *error);
    /// The id of this import's first call (begin()).
    qint64 firstId() const { return m_firstNew; }
    /// Whether call @p id is one this import appended, with these parties, start and duration (until
    /// finish()).
    bool appended(qint64 id, qint64 caller, qint64 callee, qint64 start, qint64 duration) const
    {
        const quint64 i = quint64(id - m_firstNew);
        return i < m_newStart.size() && qint64(m_newCaller[i]) == caller &&
               qint64(m_newCallee[i]) == callee && m_newStart[i] == start &&
               qint64(m_newDuration[i]) == duration;
    }
    /// Sets the device and cell of call @p id's caller (or callee) side where they are still empty.
    bool fill(qint64 id, bool callerSide, qint64 device, quint32 cell, QString *error);
    /// Writes what is pending and lists every number's calls again; @p meanwhile, see rebuildPostings().
    bool finish(QString *error, const std::function<bool()> &meanwhile = {});

    /**
     * Lists every number's calls made and received from the blocks (after any change to them). The
     * lists are sorted and cut into rows on another thread; this one runs @p meanwhile (when given)
     * once the blocks are read, then writes the rows: an import's index builds overlap the sort. False
     * when @p meanwhile does (its error is its own to report) or on an SQLite error (in @p error).
     */
    static bool rebuildPostings(Database &db, QString *error, const std::function<bool()> &meanwhile = {});

private:
    struct Patch
    {
        qint64 id, device;
        quint32 cell;
        bool callerSide;
    };
    bool flush(bool all, QString *error);
    bool applyPatches(QString *error);
    Database &m_db;
    qint64 m_source = 0, m_nextId = 1, m_blockFirst = 1;
    /// The window: the calls not written yet, the first m_held of each column (ids from m_blockFirst).
    std::vector<quint32> m_u32[kU32Columns];
    std::vector<qint64> m_start;
    std::vector<qint8> m_answered;
    size_t m_held = 0;
    std::vector<Patch> m_patches; ///< fills of calls in blocks already written
    /// Every call this import appended (ids from m_firstNew on), for finish()'s postings: reading them
    /// back from the blocks just written took 0.36 s at 10M calls, on one thread, before the sort.
    /// With their durations, for appended().
    qint64 m_firstNew = 1;
    std::vector<quint32> m_newCaller, m_newCallee, m_newDuration;
    std::vector<qint64> m_newStart;
};

/**
 * Walks the blocks of a range of call ids in id order through one connection (not shared between
 * threads), for code that reads every call into columns of its own (the analyses' call table). A
 * block stored in full is read where SQLite holds it, through a memory map, not copied first; a
 * sparse one is made full. The connection's memory-map setting is restored when the scan ends.
 */
class BlockScan
{
public:
    /// The blocks whose first id is in (@p after, @p upTo] of the main database of @p db.
    BlockScan(sqlite3 *db, qint64 after, qint64 upTo);
    ~BlockScan();
    BlockScan(const BlockScan &) = delete;
    BlockScan &operator=(const BlockScan &) = delete;

    /// Moves to the next block; false at the end, or on a damaged block or an SQLite error (error()).
    bool next();
    /// Empty unless next() stopped on a damaged block or an SQLite error.
    QString error() const { return m_error; }

    qint64 firstId() const { return m_firstId; }
    qint64 sourceId() const { return m_sourceId; }
    int count() const { return m_count; }
    /// Copies the block's column @p c (count() values, 0 for none) to @p to.
    void copy(Column c, quint32 *to) const { copyBytes(Block::columnAt(c, m_count), to, 4); }
    void copy(Column c, qint32 *to) const { copyBytes(Block::columnAt(c, m_count), to, 4); }
    /// Copies the block's start times (UTC seconds) to @p to.
    void copyStarts(qint64 *to) const { copyBytes(Block::startsAt(m_count), to, 8); }
    /// Copies the block's answered flags (1 yes, 0 no, -1 unknown) to @p to.
    void copyAnswered(qint8 *to) const { copyBytes(Block::answeredAt(m_count), to, 1); }
    /// Call @p i's value of column @p c.
    quint32 u32(Column c, int i) const
    {
        quint32 v;
        std::memcpy(&v, m_columns + Block::columnAt(c, m_count) + qsizetype(i) * 4, 4);
        return v;
    }

private:
    void copyBytes(qsizetype at, void *to, size_t width) const
    {
        std::memcpy(to, m_columns + at, size_t(m_count) * width);
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_st = nullptr;
    qint64 m_mmapBefore = 0;
    qint64 m_firstId = 0, m_sourceId = 0;
    int m_count = 0;
    const char *m_columns = nullptr; ///< the current block's columns, in full (in place or in m_full)
    Block m_full;                    ///< a sparse block made full
    QString m_error;
};

/// The smallest and largest call id (0 and 0 when there are none) and the number of calls.
struct Extent
{
    qint64 first = 0, last = 0, count = 0;
};
Extent extent(Database &db);
/// The smallest and largest call id only (count 0): two lookups, where counting reads every block's
/// row (a page each: 10,000 pages at 10M calls).
Extent idRange(Database &db);

/**
 * Every call of a case by its caller, in order of start time then id (the postings' order), in
 * memory at 20 bytes a call: for an import that looks many rows up among the case's calls (the
 * same call in another source), where each lookup through the postings cost about 10 µs, most of
 * it SQLite walking the overflow pages of large postings rows.
 */
class CallsByCaller
{
public:
    /// Reads every call of the store (two passes over the blocks: no second copy in memory).
    bool load(Database &db, QString *error);
    /// The first call (by start time, then id) from @p caller to @p callee that starts within
    /// [@p from, @p upTo] and lasts within 2 s of @p duration; 0 when none. As the import's query
    /// `caller = ? AND start_utc BETWEEN ? AND ? AND callee = ? AND abs(duration - ?) <= 2` with
    /// LIMIT 1 gives it.
    qint64 find(qint64 caller, qint64 callee, qint64 from, qint64 upTo, qint64 duration) const;
    qint64 size() const { return qint64(m_entries.size()); }

private:
    struct Entry
    {
        quint32 startLo, startHi, id, callee, duration; ///< 20 bytes: the start split in two
        qint64 start() const { return qint64(quint64(startHi) << 32 | startLo); }
    };
    std::vector<quint32> m_offset; ///< by caller: its entries are [m_offset[c], m_offset[c + 1])
    std::vector<Entry> m_entries;
};

/// Checks the store against the rest of the case: the blocks' shape and order, every number,
/// device, cell and source a call names, and the postings against the blocks. Sets @p callCount.
bool check(Database &db, qint64 *callCount, QString *problem);

/// Encodes one block's columns (the blob's layout above), every column in full.
QByteArray encodeBlock(const std::vector<quint32> (&u32)[kU32Columns], const std::vector<qint64> &start,
                       const std::vector<qint8> &answered);
/// Block @p b's columns as stored: sparse where that takes fewer bytes, their bits in @p sparse.
QByteArray storedColumns(const Block &b, quint32 *sparse);

} // namespace callstore
} // namespace dt
