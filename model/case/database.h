#pragma once
#include <memory>
#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace dt {

class Database;
namespace seal {
class Journal;
}

/**
 * A prepared SQLite statement (RAII). Bind with 1-based indexes, step() until it returns false,
 * then check ok(). reset() makes it reusable for the next set of bindings.
 */
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    /// The SQLite statement, for code that reads many columns of many rows (the seal's digests).
    sqlite3_stmt *handle() const { return m_stmt; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    /// Binds UTF-8 text without a copy: @p utf8 must stay unchanged until the statement is reset
    /// (bulk imports bind their rows' values straight from the batch they came in).
    Statement &bindStatic(int index, QByteArrayView utf8);
    Statement &bindBlob(int index, const QByteArray &value);
    /// Binds a blob without a copy, under bindStatic()'s rule.
    Statement &bindStaticBlob(int index, QByteArrayView bytes);
    Statement &bindNull(int index);
    /// Binds a pointer of @p type for a virtual table to read (sqlite3_bind_pointer()); SQL sees NULL.
    Statement &bindPointer(int index, void *pointer, const char *type);

    /// Steps once. Returns true while a row is available; false when done or on error (see ok()).
    bool step();
    /// Runs to completion, ignoring rows. Returns ok().
    bool exec();
    void reset();
    bool ok() const { return m_ok; }
    QString errorString() const;

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    /// The column's UTF-8 bytes without a copy; valid until the next step() or reset().
    QByteArrayView utf8(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};

/**
 * One SQLite connection (RAII). Each thread opens its own. Errors are kept in lastError(),
 * never thrown and never shown in dialogs.
 */
class Database
{
public:
    enum class OpenMode { ReadOnly, ReadWrite, Create };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }

    bool exec(const QString &sql);
    Statement prepare(const QString &sql);
    /// Runs a query expected to return one value; returns @p fallback when there is no row.
    QVariant scalar(const QString &sql, const QVariant &fallback = {});

    bool begin();
    bool commit();
    bool rollback();
    qint64 lastInsertId() const;
    int changes() const;
    /// Thread-safe: makes the running statement of this connection return SQLITE_INTERRUPT.
    void interrupt();

    QString lastError() const { return m_lastError; }
    sqlite3 *handle() const { return m_db; }
    /// What this connection wrote in its open transaction, digested as it went in (case/seal.h).
    seal::Journal &sealJournal() { return *m_journal; }

private:
    friend class Statement;
    friend class Transaction;
    void setError(const QString &context);
    std::unique_ptr<seal::Journal> m_journal;
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_lastError;
    bool m_readOnly = false;
};

/// Rolls back unless commit() was called: any early return or error leaves the case unchanged.
/// Nests: inside an open transaction it becomes a savepoint, so a caller can make several
/// transactional steps one unit.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    QString m_savepoint; ///< empty for a top-level transaction
    bool m_active = false;
};

} // namespace dt
