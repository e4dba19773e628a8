#include "ingest/bulkload.h"

#include "case/database.h"

#include <sqlite3.h>

namespace dt::ingest {

BulkImportSettings::BulkImportSettings(Database &db)
    : m_db(db)
    , m_active(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_active)
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA temp_store = FILE"));
}

BulkImportSettings::~BulkImportSettings()
{
    if (m_active)
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY"));
}

/// Runs @p creates (CREATE INDEX statements) with two sorter threads and small sorter runs: SQLite
/// sorts in memory up to the page cache's size, then merges runs through temporary files, and fresh
/// memory costs more than the merge here (the run sizes tried: docs/benchmarks.md).
bool buildIndexes(Database &db, const QStringList &creates, QString *error)
{
    if (creates.isEmpty())
        return true;
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    // Two sorter threads merge the runs (a no-op where SQLite was built without worker threads).
    const bool ok = db.exec(QStringLiteral("PRAGMA threads = 2; PRAGMA cache_size = -2048; ") +
                            creates.join(QStringLiteral("; ")));
    if (!ok)
        *error = db.lastError();
    db.exec(QStringLiteral("PRAGMA threads = 0; PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return ok;
}

namespace {

/// Drops the indexes @p names that exist, adding the statements that make them again (as the schema
/// wrote them) to @p creates.
bool dropIndexes(Database &db, const QStringList &names, QStringList *creates, QString *error)
{
    for (const QString &name : names) {
        Statement st =
            db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        st.bind(1, name);
        if (!st.step() || st.isNull(0))
            continue;
        const QString create = st.text(0);
        st = Statement();
        if (!db.exec(
                QStringLiteral("DROP INDEX %1").arg(name))) { // the schema's own names: no quoting needed
            *error = db.lastError();
            return false;
        }
        *creates << create;
    }
    return true;
}

} // namespace

/// Leaked lists: when the file is large beside what leak_records (or persons) already holds, that
/// table's indexes are dropped before the rows and made again after them, one sort each instead of
/// a B-tree insert per row. Returns the statements that make them again (as the schema wrote them).
/// Not the indexes led by (source_id, line): the import's rows come in that order, after every
/// entry the case holds (a new source, lines rising), so that each insert is an append.
std::optional<QStringList> dropLeakIndexes(Database &db, qint64 fileBytes, QString *error)
{
    QStringList creates;
    for (const char *table : {"leak_records", "persons"}) {
        // About a row per 64 bytes of a file at most: the table holds no more than the file brings.
        const qint64 rows =
            db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
        if (rows > fileBytes / 64)
            continue;
        Statement st = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                                 "tbl_name = ? AND sql IS NOT NULL ORDER BY rowid"));
        st.bind(1, QString::fromLatin1(table));
        QStringList names;
        while (st.step()) {
            if (const QString name = st.text(0);
                name != QLatin1String("leak_records_trace") && name != QLatin1String("leak_records_masked"))
                names << name;
        }
        st = Statement();
        if (!dropIndexes(db, names, &creates, error))
            return std::nullopt;
    }
    return creates;
}

/// The dictionaries' unique indexes (numbers' values; for a call log also devices' and cells'),
/// dropped before the rows when they will bring many entries beside what the case holds: one sort
/// after them instead of an insert per new entry in no order, which was most of a large leaked
/// list's rows. Only when the import has the case's dictionaries in memory: then no row looks a
/// value up in SQL, and making the index again is the check that the values are unique. Returns
/// the statements that make them again.
std::optional<QStringList> dropDictionaryIndexes(Database &db, bool calls, bool numbersInMemory,
                                                 qint64 expected, qint64 knownNumbers, QString *error)
{
    // A leaked list's new numbers come in no order at all: rebuilding beats inserting them one by
    // one into a large index while they are a fair share of what it holds.
    if (!numbersInMemory || (calls ? expected < knownNumbers : 4 * expected < knownNumbers))
        return QStringList();
    QStringList names{QStringLiteral("numbers_value")};
    if (calls) // only a call log names devices and cells
        names << QStringLiteral("devices_imei") << QStringLiteral("cells_value");
    QStringList creates;
    if (!dropIndexes(db, names, &creates, error))
        return std::nullopt;
    return creates;
}

AppendOnlyCache::AppendOnlyCache(Database &db, bool appendOnly)
    : m_db(db)
{
    if (!appendOnly)
        return;
    m_was = db.scalar(QStringLiteral("PRAGMA cache_size"));
    db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
}

AppendOnlyCache::~AppendOnlyCache()
{
    if (m_was.isValid())
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_was.toLongLong()));
}

} // namespace dt::ingest
