// The call store's block scan (callstore.h): every block of a range of ids, read in place.
#include "case/callstore.h"
#include "case/callstoreinternal.h"

#include <cstdlib>
#include <sqlite3.h>

namespace dt::callstore {

BlockScan::BlockScan(sqlite3 *db, qint64 after, qint64 upTo)
    : m_db(db)
{
    // The scan reads the blocks' pages through a memory map instead of copying each into SQLite's
    // page cache; the connection's own setting is put back by the destructor.
    sqlite3_exec(
        db, "PRAGMA mmap_size",
        [](void *out, int, char **values, char **) {
            *static_cast<qint64 *>(out) = values[0] ? std::strtoll(values[0], nullptr, 10) : 0;
            return 0;
        },
        &m_mmapBefore, nullptr);
    sqlite3_exec(db, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    const QByteArray sparse = hasColumn(db, "main", "call_blocks", "sparse_columns") ? "sparse_columns" : "0";
    const QByteArray sql = "SELECT first_id, count, source_id, columns, " + sparse +
                           " FROM call_blocks WHERE first_id > ? AND first_id <= ? ORDER BY first_id";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_st, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return;
    }
    sqlite3_bind_int64(m_st, 1, after);
    sqlite3_bind_int64(m_st, 2, upTo);
}

BlockScan::~BlockScan()
{
    sqlite3_finalize(m_st);
    sqlite3_exec(m_db, QByteArray("PRAGMA mmap_size = " + QByteArray::number(m_mmapBefore)).constData(),
                 nullptr, nullptr, nullptr);
}

bool BlockScan::next()
{
    m_columns = nullptr;
    m_count = 0;
    if (!m_st || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_st);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    m_firstId = sqlite3_column_int64(m_st, 0);
    m_sourceId = sqlite3_column_int64(m_st, 2);
    const qint64 n = sqlite3_column_int64(m_st, 1);
    const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_st, 3));
    const qsizetype bytes = sqlite3_column_bytes(m_st, 3);
    const qint64 sparse = sqlite3_column_int64(m_st, 4);
    bool fits = n > 0 && n <= kBlockCalls;
    if (fits && sparse) { // sparse columns made full; a block in full is read in place, from the map
        m_full.count = int(n);
        fits = m_full.setColumns(blob, bytes, sparse);
        blob = m_full.columns.constData();
    } else {
        fits = fits && bytes == Block::bytesFor(n);
    }
    if (!fits) {
        m_error = tr("call block %1 is damaged (%2 bytes for %3 calls)").arg(m_firstId).arg(bytes).arg(n);
        return false;
    }
    m_count = int(n);
    m_columns = blob;
    return true;
}

} // namespace dt::callstore
