#pragma once
#include "case/sealcodec.h"
#include "case/sealtables.h"

#include <map>
#include <memory>
#include <QString>
#include <QStringList>
#include <vector>

namespace dt {
class Database;
class RowBuffer;
} // namespace dt

namespace dt::seal {

/// How a bulk insert's rows become a table's rows (columns left out take their defaults).
struct InsertPlan;

/**
 * Rows digested ahead, off the writing thread (RowDigester), for the journal to take when they are
 * inserted (Journal::adopt()): the chunks closed since the last hand-over and the rows' ids.
 */
struct Digested
{
    bool valid = true; ///< false: a row the digester could not vouch for (the seal reads the table back)
    qint64 rows = 0;   ///< rows digested (to be inserted with this hand-over)
    qint64 first = 0, last = 0;                   ///< their lowest and highest id (0: none)
    std::vector<std::pair<qint64, Chunk>> chunks; ///< (scope, chunk) closed
    void clear() { *this = Digested(); }
};

/**
 * Digests a bulk insert's rows before they are inserted, as Journal::inserted() would after: on a
 * thread of its own (it needs no database), so that the writing thread only inserts. The rows' ids
 * are in the batch (an id column), or are the ones SQLite will give them (the table's next ones,
 * which Journal::adopt() checks against those it gave). Used by one thread at a time; the plan is
 * only read.
 */
class RowDigester
{
public:
    /// @p plan: InsertBatch::sealPlan() (null: nothing to digest).
    explicit RowDigester(const InsertPlan *plan);
    ~RowDigester();
    RowDigester(const RowDigester &) = delete;
    RowDigester &operator=(const RowDigester &) = delete;
    /// Digests every row of @p rows into @p out (its chunks closed so far, its rows and ids). Rows
    /// without an id column are taken to get the ids from @p nextId on.
    void add(const RowBuffer &rows, Digested *out, qint64 nextId = 0);
    /// The chunks still open, closed into @p out (after the last rows).
    void finish(Digested *out);

private:
    const InsertPlan *m_plan;
    std::map<qint64, ChunkBuilder> m_open; ///< by scope
    qint64 m_lastId = 0;
    bool m_valid = true;
    std::string m_row; ///< scratch
};

/**
 * The digests of what one connection wrote in its open transaction, made as the rows are written:
 * the rows a bulk insert (InsertBatch) added and the call store's blocks. Reading them back for the
 * seal was a large share of a big call log's import (docs/benchmarks.md); digesting them on the
 * way in costs a fraction of that. The seal (seal.h) takes them at the next
 * audit entry and reads back only what the journal does not cover or cannot vouch for. Emptied
 * when the transaction ends (commit or rollback) and when a savepoint is rolled back.
 */
class Journal
{
public:
    Journal();
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// For a bulk insert into @p table of @p columns; nullptr when its rows are not digested as
    /// they are written (the seal reads them back, or they are not sealed).
    InsertPlan *forInsert(Database &db, const QString &table, const QStringList &columns);
    /// @p rows were inserted through @p insert: SQLite reported @p changes rows, the last with
    /// rowid @p lastRowid.
    void inserted(InsertPlan *insert, const RowBuffer &rows, qint64 changes, qint64 lastRowid);
    /// @p rows rows digested ahead (@p digested) were inserted through @p insert: SQLite reported
    /// @p changes rows, the last with rowid @p lastRowid. With no rows, only chunks closed
    /// (RowDigester::finish()). Takes the chunks.
    void adopt(InsertPlan *insert, Digested &digested, qint64 rows, qint64 changes, qint64 lastRowid);

    /// A block of the call store written (@p digest of its row, see blockDigest()).
    void blockWritten(qint64 first, qint64 count, qint64 source, const QByteArray &digest);
    /// A block written before changed (the other side of a call filled in).
    void blockChanged(qint64 first, qint64 count, qint64 source, const QByteArray &digest);
    /// The digest of a block written in this transaction, or empty.
    QByteArray writtenBlock(qint64 first) const;

    /// Forgets everything: the transaction ended.
    void clear();
    /// A savepoint was rolled back: what the journal holds may have been undone, and what it no
    /// longer holds must be read back (call_rows: all of them) at the next seal.
    void undone();

    // ---- for the seal ----
    struct Chunks
    {
        bool valid = true; ///< false: something went in that the journal could not follow
        qint64 rows = 0;   ///< rows journaled
        std::vector<std::pair<qint64, Chunk>> chunks; ///< (scope, chunk), by first id
    };
    /// The chunks of the rows journaled for @p table (a Rows table); its builders are emptied.
    Chunks takeRows(const QString &table);
    struct Link
    {
        qint64 call = 0, source = 0, line = 0;
        bool operator<(const Link &o) const
        {
            return source != o.source ? source < o.source : call != o.call ? call < o.call : line < o.line;
        }
        bool operator==(const Link &o) const
        {
            return call == o.call && source == o.source && line == o.line;
        }
    };
    /// call_rows journaled (sorted by source, call, line, without duplicates); @p valid as above.
    std::vector<Link> takeLinks(bool *valid);
    struct Block
    {
        qint64 first = 0, count = 0, source = 0;
        QByteArray digest;
    };
    /// Blocks written, and blocks written before that changed; @p valid as above.
    void takeBlocks(std::vector<Block> *written, std::vector<Block> *changed, bool *valid);

    /// The case's sealed tables (Tables::read()), read again only when its schema changed (PRAGMA
    /// schema_version): every audit entry's seal looks at them.
    const std::vector<Table> &tables(Database &db);

private:
    struct TableState;
    std::vector<Table> m_sealed;
    qint64 m_schemaCookie = -1;
    TableState &state(const QString &table);
    std::vector<std::unique_ptr<InsertPlan>> m_inserts;
    std::map<QString, std::unique_ptr<TableState>> m_tables;
    std::map<qint64, Block> m_written, m_changed;
    bool m_blocksValid = true;
    bool m_linksLost = false;
};

/// The digest of the call store's block row (first_id, count, source_id, columns, sparse_columns),
/// its bytes as seal::encode gives them: what the seal keeps for each block.
QByteArray blockDigest(qint64 first, qint64 count, qint64 source, const QByteArray &columns, qint64 sparse);

} // namespace dt::seal
