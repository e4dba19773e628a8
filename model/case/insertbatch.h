#pragma once
#include "case/database.h"

#include <initializer_list>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <string>
#include <vector>

struct sqlite3;

namespace dt {
namespace seal {
struct InsertPlan;
struct Digested;
} // namespace seal

/**
 * Rows of values in memory, as InsertBatch inserts them: a thread may fill one (no database
 * needed) for another to insert (InsertBatch::insert()). Values are copied in.
 */
class RowBuffer
{
public:
    explicit RowBuffer(int columns = 1)
        : m_columns(columns)
    {
        Q_ASSERT(columns >= 1 && columns <= 16);
    }
    RowBuffer &add(qint64 value);
    RowBuffer &add(int value) { return add(qint64(value)); }
    /// UTF-8 text; an empty view is stored as empty text, not NULL (see addText()), where
    /// Statement::bindStatic() binds a null view as NULL. Likewise addBlob().
    RowBuffer &add(QByteArrayView utf8);
    /// A null QString is NULL, as Statement::bind() binds it.
    RowBuffer &add(const QString &value);
    /// Text, or NULL when @p utf8 is empty (the rows' optional fields).
    RowBuffer &addText(QByteArrayView utf8) { return utf8.isEmpty() ? addNull() : add(utf8); }
    /// A row's id, or NULL when @p id is 0 (no row named: the optional references).
    RowBuffer &addId(qint64 id) { return id ? add(id) : addNull(); }
    RowBuffer &addBlob(QByteArrayView bytes);
    RowBuffer &addNull();
    qsizetype rows() const { return qsizetype(m_cells.size()) / m_columns; }
    int columns() const { return m_columns; }
    size_t cells() const { return m_cells.size(); }
    void reserve(size_t cells) { m_cells.reserve(cells); }
    /// Keeps the memory, for the next rows.
    void clear()
    {
        m_cells.clear();
        m_bytes.clear();
    }

    /// One value: an integer, or text or a blob at an offset in the buffer's bytes.
    struct Cell
    {
        enum Type : quint8 { Null, Integer, Text, Blob };
        qint64 value = 0; ///< the integer, or the bytes' offset
        qint32 size = 0;
        Type type = Null;
    };
    /// For the virtual table.
    const Cell &cell(qsizetype row, int column) const { return m_cells[size_t(row * m_columns + column)]; }
    const char *bytes(const Cell &c) const { return m_bytes.data() + c.value; }

private:
    int m_columns;
    std::vector<Cell> m_cells;
    std::string m_bytes; ///< the texts and blobs, one after another (kept allocated between batches)
};

/**
 * Rows for one table, gathered in memory and inserted together by one statement:
 * `INSERT INTO table(columns) SELECT ... FROM dt_rows(?)`, where dt_rows is a virtual table that
 * reads the batch (its pointer bound to the statement). A prepared INSERT stepped once per row pays
 * the statement's start, its halt, its reset and a copy of every bound value, per row, which
 * dominated a leaked list's inserts (figures in docs/benchmarks.md). The rows reach their table
 * in the order they were added, with the values they would have had bound (the table's column
 * affinities apply as to bound values). Across tables the order is the caller's: a row naming
 * another table's row (a foreign key, checked when foreign keys are on) must go in after it.
 *
 * Values are copied into the batch: what they came from may go as soon as the row is added.
 * Rows are inserted when the batch is full (endRow()) and at flush(); an error is reported by the
 * call that inserted, for a row added earlier (the statement's own, unchanged: its rows are all in or
 * all out).
 */
class InsertBatch
{
public:
    /// What a row does that would break a uniqueness constraint: fail the batch, or be left out.
    enum class OnConflict { Abort, Ignore };
    /// The columns of @p table to fill, at most 16. @p rows: rows held before they are inserted.
    InsertBatch(Database &db, const char *table, std::initializer_list<const char *> columns, int rows = 4096,
                OnConflict onConflict = OnConflict::Abort);
    InsertBatch(const InsertBatch &) = delete;
    InsertBatch &operator=(const InsertBatch &) = delete;

    /// The rows held, to add values to (see RowBuffer).
    RowBuffer &rows() { return m_rows; }
    InsertBatch &add(qint64 value) { return m_rows.add(value), *this; }
    InsertBatch &add(int value) { return add(qint64(value)); }
    InsertBatch &add(QByteArrayView utf8) { return m_rows.add(utf8), *this; }
    InsertBatch &add(const QString &value) { return m_rows.add(value), *this; }
    InsertBatch &addText(QByteArrayView utf8) { return m_rows.addText(utf8), *this; }
    InsertBatch &addId(qint64 id) { return m_rows.addId(id), *this; }
    InsertBatch &addBlob(QByteArrayView bytes) { return m_rows.addBlob(bytes), *this; }
    InsertBatch &addNull() { return m_rows.addNull(), *this; }
    /// Ends a row (exactly columns() values added since the last); inserts the batch when full.
    bool endRow(QString *error);
    /// Ends a row without inserting anything. True when the batch is now full: the caller inserts it,
    /// with the batches of other tables in an order of its own (parents first, see ingest/RowSink).
    bool endRowHeld()
    {
        Q_ASSERT(m_rows.cells() % size_t(m_rows.columns()) == 0);
        return m_rows.cells() >= m_limit;
    }
    /// Inserts the rows held. True when there were none. On an error the rows held are dropped
    /// (the caller's transaction is to roll back), so that the next call does not meet them again.
    bool flush(QString *error) { return insert(m_rows, error); }
    /// Inserts the rows of @p rows (filled elsewhere, with this batch's columns), then clears it.
    bool insert(RowBuffer &rows, QString *error) { return insert(rows, nullptr, error); }
    /// The same, the rows digested for the seal ahead (@p digested, from a seal::RowDigester with
    /// sealPlan(); taken), or here when null.
    bool insert(RowBuffer &rows, seal::Digested *digested, QString *error);
    /// Chunks closed after the last rows (seal::RowDigester::finish()) to the seal's journal.
    void adoptDigested(seal::Digested &digested);
    /// How the seal digests this batch's rows (for a seal::RowDigester), or null: not digested.
    const seal::InsertPlan *sealPlan() const { return m_seal; }
    /// False when the statement could not be prepared (the database's lastError() says why).
    bool isValid() const { return m_insert.isValid(); }
    qsizetype pendingRows() const { return m_rows.rows(); }
    int columns() const { return m_rows.columns(); }

    /// Registers the dt_rows virtual table on a connection (Database::open() does, for each).
    static bool registerModule(sqlite3 *db);

private:
    Database &m_db;
    size_t m_limit;
    Statement m_insert;
    RowBuffer m_rows;
    /// Digests the rows as they go in, for the case's seal (nullptr: the seal reads them back).
    seal::InsertPlan *m_seal = nullptr;
};

} // namespace dt
