#pragma once
#include <optional>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dt {
class Database;
} // namespace dt

// How an import has SQLite load many rows at once: settings held around it, indexes made after
// the rows instead of updated by each, a small page cache while it only appends.
namespace dt::ingest {

/**
 * The connection settings a bulk import wants, held while the object lives and restored after: no
 * per-row foreign-key checks (every reference an import writes points at a row it just looked up or
 * inserted; `verify` checks them all) and index sorts through temporary files (with the case's
 * temp_store = MEMORY, SQLite's sorter keeps its runs in the heap, where fresh memory costs more than
 * the files' pages; docs/benchmarks.md). Both pragmas only take effect outside a transaction: made
 * inside one, it changes nothing, and the transaction's owner is expected to hold its own.
 */
class BulkImportSettings
{
public:
    explicit BulkImportSettings(Database &db);
    ~BulkImportSettings();
    BulkImportSettings(const BulkImportSettings &) = delete;
    BulkImportSettings &operator=(const BulkImportSettings &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

/// Runs @p creates (CREATE INDEX statements) with two sorter threads and small sorter runs.
bool buildIndexes(Database &db, const QStringList &creates, QString *error);

/// Leaked lists: when the file is large beside what leak_records (or persons) already holds, that
/// table's indexes but those the rows only append to are dropped before the rows. Returns the
/// statements that make them again (as the schema wrote them).
std::optional<QStringList> dropLeakIndexes(Database &db, qint64 fileBytes, QString *error);

/// The dictionaries' unique indexes (numbers; for a call log also devices and cells), dropped
/// before the rows when the file will bring many entries beside what the case holds
/// (@p expectedEntries against @p knownNumbers). Only when the import holds the case's numbers in
/// memory (@p numbersInMemory): then no row looks a value up in SQL, and making the index again is
/// the check that the values are unique. Returns the statements that make them again.
std::optional<QStringList> dropDictionaryIndexes(Database &db, bool calls, bool numbersInMemory,
                                                 qint64 expectedEntries, qint64 knownNumbers, QString *error);

/**
 * SQLite's page cache, small while an import only appends: with the indexes of the tables it fills
 * dropped (dropDictionaryIndexes(), dropLeakIndexes()), its inserts look nothing up in a big index
 * (those kept take appends at their right edge), and the cache mostly holds pages waiting to be
 * written; the case's large cache (for inserts into big indexes) would then only cost fresh memory
 * and a longer commit. Restored after.
 */
class AppendOnlyCache
{
public:
    AppendOnlyCache(Database &db, bool appendOnly);
    ~AppendOnlyCache();
    AppendOnlyCache(const AppendOnlyCache &) = delete;
    AppendOnlyCache &operator=(const AppendOnlyCache &) = delete;

private:
    Database &m_db;
    QVariant m_was;
};

} // namespace dt::ingest
