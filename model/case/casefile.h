#pragma once
#include "case/auditlog.h"
#include "case/database.h"
#include "case/sourceregistry.h"
#include "core/caseclock.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QString>

class QLockFile;

namespace dt {

/// Row counts of a case, for overviews and `info`.
struct CaseCounts
{
    qint64 sources = 0, numbers = 0, calls = 0, leakRecords = 0, complaints = 0, rejectedRows = 0;
    qint64 analysisRuns = 0, findings = 0, annotations = 0, auditEntries = 0;
};

/**
 * One investigation: a `*.dtcase` SQLite file. Opening for writing takes an exclusive writer lock
 * (a `.lock` file beside the case, released on close and detected as stale when its process died),
 * so a second writer is refused clearly or gets a read-only view, never a corrupted file.
 */
class CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(dt::CaseFile)
public:
    enum class Access {
        ReadWrite,           ///< refuse when another process is writing
        ReadOnly,            ///< reviewers: never writes, never takes the lock
        ReadWriteOrReadOnly, ///< write if possible, else fall back to a read-only view
    };

    static constexpr const char *kSuffix = "dtcase";

    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    /// Creates a new case in time zone @p timeZone (an IANA name); refuses to overwrite an existing file.
    static std::unique_ptr<CaseFile> create(const QString &path, const QString &title, QString *error,
                                            const QString &timeZone = CaseClock::defaultZone());
    /// What open() is doing, for a progress display: the step's description, and how far it is
    /// (@p done of @p total; total 0 when it cannot tell).
    using OpenProgress = std::function<void(const QString &step, int done, int total)>;
    /**
     * Opens an existing case, migrating an older schema forward (read-write only). An upgrade of a
     * big case takes seconds to a minute: @p progress hears of each schema version reached, and
     * setting @p cancel stops it (the running version's step is interrupted and rolled back; the
     * versions already reached stay, each complete, as when the process is killed) with the error
     * "cancelled". Call it on a worker thread; the case it returns may then be used on another.
     */
    static std::unique_ptr<CaseFile> open(const QString &path, Access access, QString *error,
                                          const OpenProgress &progress = {},
                                          const std::atomic_bool *cancel = nullptr);
    /**
     * A second read-write connection to this (writable) case for a worker thread of the process
     * that holds its writer lock: the lock belongs to the process, SQLite serialises the writes of
     * the two connections. Keep this case open until the worker's CaseFile is closed; use the
     * worker's CaseFile on one thread only. Returns nullptr with @p error set when this case is
     * read-only or the connection cannot be made.
     */
    std::unique_ptr<CaseFile> openWorker(QString *error) const;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the case is read-only (requested, or another writer holds it); empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// True when the case can be written; otherwise false with @p error saying why (path and reason).
    bool checkWritable(QString *error) const;
    int schemaVersion() const { return m_schemaVersion; }

    QString title() const;
    QString meta(const QString &key) const;
    bool setTitle(const QString &title, QString *error);
    /// The case's time zone (IANA name): where its times are shown and local hours are counted. A
    /// case that names none was made before zones were chosen and was always shown in Asia/Shanghai.
    QString timeZone() const;
    /// The clock of timeZone(), for everything that shows a time or counts local hours.
    const CaseClock &clock() const { return m_clock; }
    /// Changes the case's time zone (audited as `set-timezone`); refuses a zone this workstation does
    /// not know. Stored times do not change, only how they are shown and counted.
    bool setTimeZone(const QString &zone, QString *error);
    /// The time zone of the case whose database is @p db (for code that holds only the database).
    static QString timeZoneOf(Database &db);
    /// From the store's own bookkeeping (the call blocks, the tables' last row ids, the audit log's
    /// head): the same whatever the case's size, with no table scanned. Evidence tables are only ever
    /// appended to, so their last row id is their row count.
    CaseCounts counts() const;

    Database &db() { return m_db; }
    AuditLog &audit() { return m_audit; }
    SourceRegistry &sources() { return m_sources; }

    /**
     * Switches this connection from the write-ahead log to a rollback journal, for one long write
     * that no reader shares (the command line's imports). SQLite then writes a page the write adds
     * once, into the case, where the WAL took it twice: into the log, then again at the checkpoint
     * (about a tenth of a large call log's import, docs/benchmarks.md). Still one transaction: a killed write
     * leaves a journal that the next open rolls back (read-only opens included, see open()). A reader that
     * opens the case meanwhile waits for the write (up to SQLite's 5 s busy timeout, then "database is
     * locked") instead of reading the state before it. Returns false, changing nothing, when this
     * connection cannot do it: read-only, a worker, or another connection has the case open.
     * close() leaves the case in this mode anyway.
     */
    bool useRollbackJournal();

    /// Flushes the write-ahead log into the main file, leaving one self-contained file.
    void close();

private:
    CaseFile(const QString &path);
    bool setMeta(const QString &key, const QString &value, QString *error);
    static QString lockPath(const QString &path);

    QString m_path;
    Database m_db;
    AuditLog m_audit{m_db};
    SourceRegistry m_sources{m_db, m_audit};
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    bool m_worker = false; ///< a second connection of the lock holder (openWorker())
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    CaseClock m_clock;
};

} // namespace dt
