#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dt {
class Database;
}

namespace dt::seal {

/// How a table's rows are grouped into sealed chunks.
enum class Kind {
    Whole,  ///< small, and rows change or go: one chunk, with a digest per row and column
    Rows,   ///< appended by id (INTEGER PRIMARY KEY): chunks of up to kChunkRows consecutive ids
    Blocks, ///< the call store's blocks: one chunk per block
    Links,  ///< call_rows (no id): chunks by call id, kLinkSpan calls each
};

constexpr int kChunkRows = 1024;
constexpr qint64 kLinkSpan = 4096;

/// One sealed table, as the case's schema has it.
struct Table
{
    QString name; ///< the SQL table ("schema" for sqlite_master)
    Kind kind = Kind::Whole;
    QString scope;       ///< the column grouping its rows (source_id, run_id), or empty: one group
    QStringList columns; ///< every column, in the schema's order (what a row is digested as)
    QString key;         ///< Whole: the expression naming a row (rowid, or its key columns)
    QString from;        ///< the FROM clause, with a WHERE when some rows are not sealed
    /// SELECT of key (Whole) or rowid (Rows), scope (or 0), then the columns.
    QString select() const;
};

/**
 * The tables a case seals: every table that holds evidence or a conclusion (docs/case-file.md),
 * read from the case's own schema, so a column added later is covered too. A table DialTrace does
 * not know is sealed whole. Not sealed: the audit log (its own chain), the seal's tables, the
 * postings (derived, checked against the blocks) and the calls virtual table (the blocks).
 */
class Tables
{
    Q_DECLARE_TR_FUNCTIONS(dt::seal::Tables)
public:
    static std::vector<Table> read(Database &db);
    /// What the rows of @p table in @p scope are, for messages: "calls of source 2 (cdr.csv)".
    static QString describe(Database &db, const QString &table, qint64 scope);
    /// Whether the case has a seal (schema 12 and later).
    static bool isSealed(Database &db);
};

} // namespace dt::seal
