#pragma once
#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <string>

struct sqlite3_stmt;

namespace dt::seal {

/**
 * The bytes a sealed row is digested as: each value in column order, NULL as 0x00, an integer as
 * 0x01 and 8 bytes little-endian, a real as 0x02 and its 8 IEEE bytes, text as 0x03, a uint32 length
 * and its UTF-8 bytes, a blob as 0x04, a length and its bytes (docs/case-file.md).
 */
namespace encode {
inline void null(std::string &out)
{
    out.push_back('\0');
}
void integer(std::string &out, qint64 v);
void real(std::string &out, double v);
void text(std::string &out, const char *data, qsizetype n);
void blob(std::string &out, const char *data, qsizetype n);
/// Column @p col of @p st's current row, as stored.
void column(std::string &out, sqlite3_stmt *st, int col);
} // namespace encode

/// Row hashes for the sketch: a fast 64-bit hash of a row's bytes reduced to [1, p), p = 2^61 - 1.
quint64 rowHash(const char *data, size_t n);

/**
 * Two sums over a chunk's rows, modulo p = 2^61 - 1: of each row's hash h, and of id * h. When one row
 * of a chunk is added, removed or changed, the differences between the sealed and the present sums
 * give its id (the second over the first); when several are, the id found is almost never one of
 * the chunk's. Only for naming the row: the chunk's SHA-256 is what detects the change.
 */
struct Sketch
{
    quint64 sum = 0, weighted = 0;
    void add(qint64 id, quint64 h);
    QByteArray bytes() const; ///< 16 bytes
    static Sketch fromBytes(const QByteArray &b);
    /// The id of the single row that differs between @p sealed and @p now, or 0 when none can be named.
    static qint64 singleDifference(const Sketch &sealed, const Sketch &now);
};

/// One sealed chunk: rows of one table and scope with ids in [first, last], their number, sketch and
/// SHA-256 (for whole tables, first = last = 0 and @p detail the per-row, per-column digests).
struct Chunk
{
    qint64 first = 0, last = 0, rows = 0;
    QByteArray sketch; ///< 16 bytes, or empty where rows are not named by id (blocks, whole tables)
    QByteArray digest; ///< 32 bytes
    QByteArray detail; ///< whole tables only
    bool operator==(const Chunk &o) const
    {
        return first == o.first && last == o.last && rows == o.rows && sketch == o.sketch &&
               digest == o.digest && detail == o.detail;
    }
    bool operator!=(const Chunk &o) const { return !(*this == o); }
    /// The bytes its group's digest covers.
    void appendRecord(std::string &out) const;
};

/**
 * Builds a chunk from rows given in increasing id order: SHA-256 over their bytes, the sketch and
 * the count. The rows' bytes are gathered and hashed 64 KiB at a time.
 */
class ChunkBuilder
{
public:
    ChunkBuilder();
    ~ChunkBuilder();
    ChunkBuilder(const ChunkBuilder &) = delete;
    ChunkBuilder &operator=(const ChunkBuilder &) = delete;
    bool isOpen() const { return m_rows > 0; }
    qint64 rows() const { return m_rows; }
    qint64 lastId() const { return m_last; }
    /// Adds one row whose canonical bytes are @p data.
    void add(qint64 id, const char *data, size_t n);
    /// The chunk of the rows added since the last take(); the builder is empty again.
    Chunk take(bool withSketch = true);
    /// Starts over without a chunk.
    void clear();

private:
    struct Hasher;
    Hasher *m_hash;
    std::string m_pending;
    Sketch m_sketch;
    qint64 m_first = 0, m_last = 0, m_rows = 0;
};

/// SHA-256 of @p data.
QByteArray digestOf(const char *data, size_t n);
inline QByteArray digestOf(const std::string &s)
{
    return digestOf(s.data(), s.size());
}

} // namespace dt::seal
