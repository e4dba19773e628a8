#include "case/database.h"

#include "case/callsvtab.h"
#include "case/insertbatch.h"
#include "case/sealjournal.h"

#include <atomic>
#include <sqlite3.h>

namespace dt {

// ---- Statement ----------------------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_ok(other.m_ok)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_ok = other.m_ok;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindStatic(int index, QByteArrayView utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindStaticBlob(int index, QByteArrayView bytes)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindPointer(int index, void *pointer, const char *type)
{
    if (m_stmt)
        sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = (rc == SQLITE_DONE);
    if (!m_ok && m_db)
        m_db->setError(QStringLiteral("step"));
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    return m_ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_ok = true;
}

QString Statement::errorString() const
{
    return m_db ? m_db->lastError() : QString();
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::utf8(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return int64(col);
    case SQLITE_FLOAT:
        return real(col);
    case SQLITE_TEXT:
        return text(col);
    case SQLITE_BLOB:
        return blob(col);
    default:
        return {};
    }
}

// ---- Database -----------------------------------------------------------------------------------

Database::Database()
    : m_journal(std::make_unique<seal::Journal>())
{}

Database::~Database()
{
    close();
}

namespace {
// A transaction's journal is only good inside it: gone with its commit or rollback.
int forgetJournalOnCommit(void *journal)
{
    static_cast<seal::Journal *>(journal)->clear();
    return 0;
}
void forgetJournalOnRollback(void *journal)
{
    static_cast<seal::Journal *>(journal)->clear();
}
} // namespace

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    // No global memory statistics: they take a mutex on every allocation (bulk imports allocate per
    // row). Only possible before SQLite's first use; later calls fail harmlessly.
    static const bool noMemStatus = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(noMemStatus);
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    m_path = path;
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    m_readOnly = (mode == OpenMode::ReadOnly);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    callstore::registerModule(m_db); // the calls of schema 8 and later
    InsertBatch::registerModule(m_db); // bulk inserts (dt_rows)
    m_journal->clear();
    sqlite3_commit_hook(m_db, forgetJournalOnCommit, m_journal.get());
    sqlite3_rollback_hook(m_db, forgetJournalOnRollback, m_journal.get());
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::setError(const QString &context)
{
    m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : context;
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        m_lastError = QStringLiteral("database not open");
        return false;
    }
    char *err = nullptr;
    const QByteArray s = sql.toUtf8();
    if (sqlite3_exec(m_db, s.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        m_lastError = err ? QString::fromUtf8(err) : QStringLiteral("unknown SQLite error");
        sqlite3_free(err);
        return false;
    }
    return true;
}

Statement Database::prepare(const QString &sql)
{
    if (!m_db) {
        m_lastError = QStringLiteral("database not open");
        return {};
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray s = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, s.constData(), int(s.size()), &stmt, nullptr) != SQLITE_OK) {
        setError(QStringLiteral("prepare"));
        m_lastError += QStringLiteral(" [") + sql.left(120) + QStringLiteral("]");
        return {};
    }
    return Statement(this, stmt);
}

QVariant Database::scalar(const QString &sql, const QVariant &fallback)
{
    Statement st = prepare(sql);
    if (st.isValid() && st.step())
        return st.value(0);
    return fallback;
}

bool Database::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

bool Database::rollback()
{
    return exec(QStringLiteral("ROLLBACK"));
}

qint64 Database::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : -1;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

// ---- Transaction --------------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    static std::atomic_int counter{0};
    if (db.handle() && !sqlite3_get_autocommit(db.handle())) {
        m_savepoint = QStringLiteral("dt_sp_%1").arg(++counter);
        m_active = db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_active = db.begin();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
    } else {
        m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint + QStringLiteral("; RELEASE ") + m_savepoint);
        m_db.m_journal->undone(); // what it held may be what was just undone
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_savepoint.isEmpty() ? m_db.commit() : m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
}

} // namespace dt
