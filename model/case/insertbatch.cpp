#include "case/insertbatch.h"

#include "case/sealjournal.h"

#include <QStringList>
#include <sqlite3.h>

namespace dt {

namespace {

constexpr int kMaxColumns = 16;
constexpr const char *kPointerType = "dt_rows"; // sqlite3_bind_pointer()'s type: only this module reads it

struct RowsCursor
{
    sqlite3_vtab_cursor base;
    const RowBuffer *batch = nullptr;
    qsizetype row = 0, rows = 0;
};

int rowsConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    // c0..c15 are a row's values; `batch` the hidden argument: dt_rows(?) with the batch bound as a pointer.
    const int rc = sqlite3_declare_vtab(
        db,
        "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, batch HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto *vtab = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!vtab)
        return SQLITE_NOMEM;
    *vtab = sqlite3_vtab();
    *out = vtab;
    return SQLITE_OK;
}

int rowsDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}

int rowsBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == kMaxColumns && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            info->estimatedRows = 4096;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT; // no plan without the batch
}

int rowsOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *c = new (std::nothrow) RowsCursor;
    if (!c)
        return SQLITE_NOMEM;
    *out = &c->base;
    return SQLITE_OK;
}

int rowsClose(sqlite3_vtab_cursor *cur)
{
    delete reinterpret_cast<RowsCursor *>(cur);
    return SQLITE_OK;
}

int rowsFilter(sqlite3_vtab_cursor *cur, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<RowsCursor *>(cur);
    c->batch =
        argc > 0 ? static_cast<const RowBuffer *>(sqlite3_value_pointer(argv[0], kPointerType)) : nullptr;
    c->row = 0;
    c->rows = c->batch ? c->batch->rows() : 0;
    return SQLITE_OK;
}

int rowsNext(sqlite3_vtab_cursor *cur)
{
    ++reinterpret_cast<RowsCursor *>(cur)->row;
    return SQLITE_OK;
}

int rowsEof(sqlite3_vtab_cursor *cur)
{
    const auto *c = reinterpret_cast<RowsCursor *>(cur);
    return c->row >= c->rows;
}

int rowsColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int column)
{
    const auto *c = reinterpret_cast<RowsCursor *>(cur);
    if (column >= c->batch->columns()) {
        sqlite3_result_null(ctx);
        return SQLITE_OK;
    }
    const RowBuffer::Cell &v = c->batch->cell(c->row, column);
    switch (v.type) {
    case RowBuffer::Cell::Null:
        sqlite3_result_null(ctx);
        break;
    case RowBuffer::Cell::Integer:
        sqlite3_result_int64(ctx, v.value);
        break;
    case RowBuffer::Cell::Text:
        sqlite3_result_text(ctx, c->batch->bytes(v), v.size, SQLITE_STATIC);
        break;
    case RowBuffer::Cell::Blob:
        sqlite3_result_blob(ctx, c->batch->bytes(v), v.size, SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

int rowsRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<RowsCursor *>(cur)->row;
    return SQLITE_OK;
}

} // namespace

bool InsertBatch::registerModule(sqlite3 *db)
{
    // Eponymous only (no xCreate): dt_rows exists on every connection and is never stored in a case.
    static sqlite3_module module = [] {
        sqlite3_module m{};
        m.iVersion = 1;
        m.xConnect = rowsConnect;
        m.xBestIndex = rowsBestIndex;
        m.xDisconnect = rowsDisconnect;
        m.xOpen = rowsOpen;
        m.xClose = rowsClose;
        m.xFilter = rowsFilter;
        m.xNext = rowsNext;
        m.xEof = rowsEof;
        m.xColumn = rowsColumn;
        m.xRowid = rowsRowid;
        return m;
    }();
    return sqlite3_create_module_v2(db, "dt_rows", &module, nullptr, nullptr) == SQLITE_OK;
}

InsertBatch::InsertBatch(Database &db, const char *table, std::initializer_list<const char *> columns,
                         int rows, OnConflict onConflict)
    : m_db(db)
    , m_limit(size_t(std::max(1, rows)) * std::max<size_t>(1, columns.size()))
    , m_rows(int(columns.size()))
{
    Q_ASSERT(columns.size() > 0 && columns.size() <= size_t(kMaxColumns));
    QStringList names, values;
    for (const char *c : columns) {
        values << QStringLiteral("c%1").arg(names.size());
        names << QLatin1String(c);
    }
    // The table and column names are the schema's own (never user input): no quoting needed.
    m_insert = db.prepare(
        QStringLiteral("INSERT %1INTO %2(%3) SELECT %4 FROM dt_rows(?)")
            .arg(onConflict == OnConflict::Ignore ? QLatin1String("OR IGNORE ") : QLatin1String(),
                 QLatin1String(table), names.join(QLatin1String(", ")), values.join(QLatin1String(", "))));
    m_rows.reserve(m_limit);
    m_seal = db.sealJournal().forInsert(db, QLatin1String(table), names);
}

RowBuffer &RowBuffer::add(qint64 value)
{
    m_cells.push_back({value, 0, Cell::Integer});
    return *this;
}

RowBuffer &RowBuffer::add(QByteArrayView utf8)
{
    m_cells.push_back({qint64(m_bytes.size()), qint32(utf8.size()), Cell::Text});
    m_bytes.append(utf8.data(), size_t(utf8.size()));
    return *this;
}

RowBuffer &RowBuffer::add(const QString &value)
{
    return value.isNull() ? addNull() : add(QByteArrayView(value.toUtf8()));
}

RowBuffer &RowBuffer::addBlob(QByteArrayView bytes)
{
    m_cells.push_back({qint64(m_bytes.size()), qint32(bytes.size()), Cell::Blob});
    m_bytes.append(bytes.data(), size_t(bytes.size()));
    return *this;
}

RowBuffer &RowBuffer::addNull()
{
    m_cells.push_back({0, 0, Cell::Null});
    return *this;
}

bool InsertBatch::endRow(QString *error)
{
    return !endRowHeld() || flush(error);
}

bool InsertBatch::insert(RowBuffer &rows, seal::Digested *digested, QString *error)
{
    Q_ASSERT(rows.columns() == m_rows.columns() && rows.cells() % size_t(rows.columns()) == 0);
    if (rows.cells() == 0) {
        if (digested)
            adoptDigested(*digested);
        return true;
    }
    m_insert.reset();
    m_insert.bindPointer(1, &rows, kPointerType);
    const bool ok = m_insert.exec();
    if (!ok && error)
        *error = m_db.lastError();
    if (ok && m_seal) {
        if (digested)
            m_db.sealJournal().adopt(m_seal, *digested, rows.rows(), m_db.changes(), m_db.lastInsertId());
        else
            m_db.sealJournal().inserted(m_seal, rows, m_db.changes(), m_db.lastInsertId());
    }
    m_insert.reset(); // the statement lets go of the rows before they change
    rows.clear();     // keeps their memory for the next rows
    return ok;
}

void InsertBatch::adoptDigested(seal::Digested &digested)
{
    m_db.sealJournal().adopt(m_seal, digested, 0, 0, 0);
}

} // namespace dt
