#include "case/casefile.h"

#include "case/callstore.h"
#include "case/schema.h"
#include "case/seal.h"
#include "core/osuser.h"
#include "dt/version.h"

#include <cerrno>
#include <csignal>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>
#include <QUuid>
#include <sqlite3.h>

namespace dt {

CaseFile::CaseFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
{}

CaseFile::~CaseFile()
{
    close();
}

QString CaseFile::lockPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}

namespace {

// Connection settings every writer uses: WAL for concurrent readers, enforced foreign keys.
bool configureWriter(Database &db)
{
    // A large page cache: imports insert into several B-trees at once, and the 2 MB default makes
    // every insert a cache miss on a big case.
    return db.exec(QStringLiteral("PRAGMA foreign_keys = ON")) &&
           db.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
           db.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) &&
           db.exec(QStringLiteral("PRAGMA cache_size = -262144")) &&
           db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

QString describeLockHolder(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app))
        return CaseFile::tr("process %1 (%2) on %3").arg(pid).arg(app, host);
    return CaseFile::tr("another process");
}

/// Whether the process holding @p lock may be alive. QLockFile cannot take a dead writer's lock where
/// the folder is write-protected (evidence media): the lock file stays, naming a process that is gone.
bool holderAlive(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid <= 0)
        return false;
    if (host != QSysInfo::machineHostName())
        return true; // another machine's process: nothing here can tell
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

/**
 * A writer killed inside a rollback-journal transaction (CaseFile::useRollbackJournal()) leaves a
 * hot journal beside the case, and only a connection that may write can roll it back: SQLite
 * refuses a read-only one ("attempt to write a readonly database"). Rolls it back here, as the next
 * writer would, when no live writer holds the case: the case returns to its state before that
 * write, which is what every reader would see anyway. A live writer's journal is left to SQLite's
 * locks. False with @p why set when the rollback is impossible or failed.
 */
bool rollBackInterruptedWrite(const QString &path, const QString &lockPath, QString *why)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    // SQLite marks a journal live (its first byte) only before it first writes into the case: a
    // write killed before that left the case as it was, and its journal is ignored.
    QFile head(journal.filePath());
    char first = 0;
    if (!head.open(QIODevice::ReadOnly) || !head.getChar(&first) || first == 0)
        return true;
    head.close();
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError && holderAlive(lock))
        return true; // its writer is alive: not a hot journal
    if (!lock.isLocked() || !QFileInfo(path).isWritable() ||
        !QFileInfo(journal.absolutePath()).isWritable()) {
        *why = CaseFile::tr("an interrupted write left %1 beside the case, which must be rolled back before "
                            "the case can be read, and the folder or file is not writable; copy both "
                            "files to a writable folder and open the case there")
                   .arg(journal.fileName());
        return false;
    }
    Database db;
    // Reading the schema is what rolls the journal back.
    if (!db.open(path, Database::OpenMode::ReadWrite) ||
        !db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *why = CaseFile::tr("cannot roll back the interrupted write that left %1: %2")
                   .arg(journal.fileName(), db.lastError());
        return false;
    }
    return true;
}

/// Makes the statements of @p db fail with SQLITE_INTERRUPT once @p cancel is set, while it lives.
class InterruptOnCancel
{
public:
    InterruptOnCancel(Database &db, const std::atomic_bool *cancel)
        : m_db(cancel ? db.handle() : nullptr)
    {
        if (m_db)
            sqlite3_progress_handler(
                m_db, 10000,
                [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic_bool *>(cancel));
    }
    ~InterruptOnCancel()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    InterruptOnCancel(const InterruptOnCancel &) = delete;
    InterruptOnCancel &operator=(const InterruptOnCancel &) = delete;

private:
    sqlite3 *m_db;
};

} // namespace

std::unique_ptr<CaseFile> CaseFile::create(const QString &path, const QString &title, QString *error,
                                           const QString &timeZone)
{
    if (!CaseClock::isKnownZone(timeZone)) {
        if (error)
            *error =
                tr("%1: unknown time zone '%2' (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)")
                    .arg(path, timeZone);
        return nullptr;
    }
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("%1: a file already exists there; choose another name or open it").arg(path);
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(info.absolutePath());
        return nullptr;
    }
    std::unique_ptr<CaseFile> cf(new CaseFile(path));
    cf->m_lock = std::make_unique<QLockFile>(lockPath(cf->m_path));
    cf->m_lock->setStaleLockTime(0);
    if (!cf->m_lock->tryLock(0)) {
        if (error)
            *error = tr("%1: locked by %2").arg(path, describeLockHolder(*cf->m_lock));
        return nullptr;
    }
    QString err;
    bool ok = cf->m_db.open(cf->m_path, Database::OpenMode::Create) && configureWriter(cf->m_db);
    if (ok)
        ok = schema::migrate(cf->m_db, &err);
    else
        err = cf->m_db.lastError();
    if (ok) {
        Transaction tx(cf->m_db);
        const QString now = utcNowIso();
        ok = cf->setMeta(QStringLiteral("title"), title, &err) &&
             cf->setMeta(QStringLiteral("created_utc"), now, &err) &&
             cf->setMeta(QStringLiteral("created_with"), QStringLiteral(DT_VERSION_STRING), &err) &&
             cf->setMeta(QStringLiteral("timezone"), timeZone, &err) &&
             cf->setMeta(QStringLiteral("case_id"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                         &err) &&
             cf->m_audit.append(
                 QStringLiteral("create"),
                 QJsonObject{{QStringLiteral("title"), title},
                             {QStringLiteral("file"), info.fileName()},
                             {QStringLiteral("schema_version"), schema::kCurrentVersion},
                             {QStringLiteral("timezone"), timeZone},
                             {QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)}},
                 &err) &&
             tx.commit();
        if (!ok && err.isEmpty())
            err = cf->m_db.lastError();
    }
    if (!ok) {
        cf->m_db.close();
        cf->m_lock->unlock();
        QFile::remove(cf->m_path);
        QFile::remove(cf->m_path + QStringLiteral("-wal"));
        QFile::remove(cf->m_path + QStringLiteral("-shm"));
        if (error)
            *error = tr("%1: cannot create the case: %2").arg(path, err);
        return nullptr;
    }
    cf->m_schemaVersion = schema::kCurrentVersion;
    cf->m_clock = CaseClock(timeZone);
    return cf;
}

std::unique_ptr<CaseFile> CaseFile::open(const QString &path, Access access, QString *error,
                                         const OpenProgress &progress, const std::atomic_bool *cancel)
{
    auto fail = [&](const QString &why) -> std::unique_ptr<CaseFile> {
        if (error)
            *error = path + QStringLiteral(": ") + why;
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (!info.isFile())
        return fail(tr("not a file"));

    if (progress)
        progress(tr("Opening the case file"), 0, 0);
    std::unique_ptr<CaseFile> cf(new CaseFile(path));
    bool readOnly = (access == Access::ReadOnly);
    if (readOnly)
        cf->m_readOnlyReason = tr("opened read-only for review");
    if (!readOnly && !info.isWritable()) {
        if (access == Access::ReadWrite)
            return fail(tr("the file is not writable"));
        readOnly = true;
        cf->m_readOnlyReason = tr("the file is not writable");
    }
    if (!readOnly) {
        cf->m_lock = std::make_unique<QLockFile>(lockPath(cf->m_path));
        cf->m_lock->setStaleLockTime(0); // stale only when the holder died, never by age
        if (!cf->m_lock->tryLock(0)) {
            const QString holder = describeLockHolder(*cf->m_lock);
            cf->m_lock.reset();
            if (access == Access::ReadWrite)
                return fail(tr("the case is open for writing by %1; close it there, or open it read-only")
                                .arg(holder));
            readOnly = true;
            cf->m_readOnlyReason = tr("open for writing by %1").arg(holder);
        }
    }
    cf->m_readOnly = readOnly;

    QString why;
    if (readOnly && !rollBackInterruptedWrite(cf->m_path, lockPath(cf->m_path), &why))
        return fail(why);
    if (!cf->m_db.open(cf->m_path, readOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite))
        return fail(tr("cannot open: %1").arg(cf->m_db.lastError()));
    // Reading the header validates that this is an SQLite file at all.
    if (!cf->m_db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if ((sqlite3_extended_errcode(cf->m_db.handle()) & 0xff) == SQLITE_BUSY)
            return fail(tr("the case is busy: another program is writing it (a command-line import?); "
                           "open it again when that is done"));
        if (sqlite3_extended_errcode(cf->m_db.handle()) == SQLITE_READONLY_ROLLBACK)
            return fail(
                tr("an interrupted write left %1 beside the case, which must be rolled back before the "
                   "case can be read, and the folder or file is not writable; copy both files to a "
                   "writable folder and open the case there")
                    .arg(QFileInfo(cf->m_path + QStringLiteral("-journal")).fileName()));
        return fail(tr("not a DialTrace case file (%1)").arg(cf->m_db.lastError()));
    }
    if (!schema::isCaseDatabase(cf->m_db))
        return fail(tr("not a DialTrace case file (it is an SQLite database of another program)"));

    QString err;
    const int stored = schema::storedVersion(cf->m_db, &err);
    if (stored < 0)
        return fail(tr("cannot read the schema version: %1").arg(err));
    if (stored == 0)
        return fail(tr("not a DialTrace case file (no schema)"));
    if (stored > schema::kCurrentVersion)
        return fail(
            tr("the case was written by a newer DialTrace (schema version %1; this is DialTrace %2, which "
               "reads up to schema version %3). Open it with a newer DialTrace.")
                .arg(stored)
                .arg(QStringLiteral(DT_VERSION_STRING))
                .arg(schema::kCurrentVersion));
    if (!readOnly && !configureWriter(cf->m_db))
        return fail(tr("cannot configure the database: %1").arg(cf->m_db.lastError()));
    if (stored < schema::kCurrentVersion) {
        if (readOnly)
            return fail(
                tr("the case uses the older schema version %1 and must be upgraded to %2; open it once "
                   "for writing to upgrade it")
                    .arg(stored)
                    .arg(schema::kCurrentVersion));
        // The upgrade's audit entry seals what the case holds: a sealed case changed outside
        // DialTrace is not upgraded, or that change would be sealed in with it.
        QString changed;
        if (seal::Seal::isSealed(cf->m_db) && !seal::Seal::checkUnchanged(cf->m_db, &changed))
            return fail(tr("the case was changed outside DialTrace since it was last sealed (%1); it is "
                           "not upgraded to schema version %2, and `dialtrace-cli verify` with the "
                           "DialTrace that wrote it names the change")
                            .arg(changed)
                            .arg(schema::kCurrentVersion));
        const auto step = [&](int version, int from, int target) {
            if (progress)
                progress(tr("Upgrading the case from schema version %1 to %2: version %3")
                             .arg(from)
                             .arg(target)
                             .arg(version),
                         version - from - 1, target - from);
            return !(cancel && cancel->load());
        };
        // A cancel also interrupts the running step's statements; its transaction rolls back.
        const InterruptOnCancel interrupt(cf->m_db, cancel);
        if (!schema::migrate(cf->m_db, &err, schema::kCurrentVersion, step))
            return fail(cancel && cancel->load() ? tr("opening cancelled")
                                                 : tr("cannot upgrade the case: %1").arg(err));
        if (!cf->m_audit.append(
                QStringLiteral("migrate"),
                QJsonObject{{QStringLiteral("from_schema"), stored},
                            {QStringLiteral("to_schema"), schema::kCurrentVersion},
                            {QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)}},
                &err))
            return fail(err);
    }
    if (!readOnly) {
        // A case changed outside DialTrace is not written to: the next action would seal the change
        // in with its own (verify names it).
        QString changed;
        if (!seal::Seal::checkUnchanged(cf->m_db, &changed)) {
            const QString reason =
                tr("the case was changed outside DialTrace since it was last sealed (%1); "
                   "`dialtrace-cli verify` names the change, and nothing can be added to it")
                    .arg(changed);
            if (access == Access::ReadWrite)
                return fail(reason);
            cf->m_db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            cf->m_lock->unlock();
            cf->m_lock.reset();
            readOnly = cf->m_readOnly = true;
            cf->m_readOnlyReason = reason;
        }
    }
    if (readOnly)
        cf->m_db.exec(QStringLiteral("PRAGMA query_only = ON"));
    cf->m_schemaVersion = schema::kCurrentVersion;
    cf->m_clock = CaseClock(cf->timeZone());
    return cf;
}

bool CaseFile::checkWritable(QString *error) const
{
    if (!m_readOnly)
        return true;
    if (error)
        *error = tr("%1: the case is read-only (%2)").arg(m_path, m_readOnlyReason);
    return false;
}

std::unique_ptr<CaseFile> CaseFile::openWorker(QString *error) const
{
    if (m_readOnly || !m_db.isOpen()) {
        if (error)
            *error = tr("%1: the case is read-only (%2)").arg(m_path, m_readOnlyReason);
        return nullptr;
    }
    std::unique_ptr<CaseFile> cf(new CaseFile(m_path));
    cf->m_worker = true;
    cf->m_schemaVersion = m_schemaVersion;
    if (!cf->m_db.open(m_path, Database::OpenMode::ReadWrite) || !configureWriter(cf->m_db)) {
        if (error)
            *error = tr("%1: cannot open a second connection: %2").arg(m_path, cf->m_db.lastError());
        return nullptr;
    }
    cf->m_clock = m_clock;
    return cf;
}

bool CaseFile::useRollbackJournal()
{
    if (m_readOnly || m_worker || !m_db.isOpen())
        return false;
    // SQLite refuses to leave WAL while another connection has the case open (the pragma fails
    // with SQLITE_BUSY, or answers with the mode it kept). Rollback journals are synced in full: with
    // NORMAL, a power cut at the wrong moment can corrupt a rollback-journal database (WAL, not).
    if (m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString() != QLatin1String("delete"))
        return false;
    return m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

void CaseFile::close()
{
    if (!m_db.isOpen())
        return;
    // A worker's connection leaves the journal mode to the lock holder, whose connection stays open.
    if (!m_readOnly && !m_worker) {
        // Leave a single self-contained file behind (portable between workstations). Fails harmlessly
        // when a reader still has the case open; SQLite then keeps the WAL until the last one closes.
        m_db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    m_db.close();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

QString CaseFile::meta(const QString &key) const
{
    auto &db = const_cast<Database &>(m_db);
    Statement st = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

QString CaseFile::title() const
{
    return meta(QStringLiteral("title"));
}

bool CaseFile::setMeta(const QString &key, const QString &value, QString *error)
{
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    st.bind(1, key).bind(2, value);
    if (!st.exec()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool CaseFile::setTitle(const QString &title, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("the case is read-only (%1)").arg(m_readOnlyReason);
        return false;
    }
    const QString old = this->title();
    Transaction tx(m_db);
    if (!setMeta(QStringLiteral("title"), title, error) ||
        !m_audit.append(QStringLiteral("retitle"),
                        QJsonObject{{QStringLiteral("from"), old}, {QStringLiteral("to"), title}}, error))
        return false;
    return tx.commit();
}

QString CaseFile::timeZoneOf(Database &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'timezone'"));
    return st.step() && !st.text(0).isEmpty() ? st.text(0) : CaseClock::defaultZone();
}

QString CaseFile::timeZone() const
{
    return timeZoneOf(const_cast<Database &>(m_db));
}

bool CaseFile::setTimeZone(const QString &zone, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("the case is read-only (%1)").arg(m_readOnlyReason);
        return false;
    }
    if (!CaseClock::isKnownZone(zone)) {
        if (error)
            *error = tr("unknown time zone '%1' (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)")
                         .arg(zone);
        return false;
    }
    const QString old = timeZone();
    if (old == zone)
        return true;
    Transaction tx(m_db);
    if (!setMeta(QStringLiteral("timezone"), zone, error) ||
        !m_audit.append(QStringLiteral("set-timezone"),
                        QJsonObject{{QStringLiteral("from"), old}, {QStringLiteral("to"), zone}}, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    m_clock = CaseClock(zone);
    return true;
}

CaseCounts CaseFile::counts() const
{
    auto &db = const_cast<Database &>(m_db);
    // The last row id of a table rows are only ever appended to (never deleted, ids given in
    // order from 1): one step down its B-tree, where count(*) walks all of it.
    auto last = [&db](const char *table) {
        return db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM ") + QLatin1String(table), 0)
            .toLongLong();
    };
    CaseCounts c;
    c.sources = last("sources");
    c.numbers = last("numbers");
    c.calls = callstore::extent(db).count;
    c.leakRecords = last("leak_records");
    c.complaints = last("complaints");
    c.rejectedRows = last("rejected_rows");
    c.analysisRuns = last("analysis_runs");
    c.findings = last("findings");
    // Notes are taken back by Edit > Undo: counted (the analyst's own, a few).
    c.annotations = db.scalar(QStringLiteral("SELECT count(*) FROM annotations"), 0).toLongLong();
    c.auditEntries = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"), 0).toLongLong();
    return c;
}

} // namespace dt
