#pragma once
#include <functional>
#include <memory>
#include <mutex>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

struct sqlite3;
class QThreadPool;

namespace dt {
class CaseFile;
}

namespace dt::ui {

/// Lowers the calling worker thread's CPU priority (its nice value, on Linux), so that on a
/// workstation of two cores the GUI thread is scheduled before the background reads it started.
/// Call it first thing in a job run on a pool thread; the pool's threads only run such jobs.
void backgroundPriority();

/// The pool the workspace's background work runs on (QtConcurrent::run(backgroundPool(), …)). Not
/// QThreadPool::globalInstance(): Qt's raster engine splits large fills over the global pool and
/// the GUI thread waits for them, so a read of seconds running there (an operator's 3M calls)
/// stalled every paint behind it, and the pool's threads are lowered by backgroundPriority().
QThreadPool *backgroundPool();

/**
 * Runs reads of the open case that may touch more than a page of it (a number's calls, a victim's
 * trail, everything the case holds about an entity) on a worker thread, on a read-only connection
 * of its own, one at a time. The latest request wins: one made while another runs interrupts it
 * (sqlite3_interrupt) and the older result is dropped, so a view always shows what was asked last.
 * The job's result is handed back as a function that the GUI thread runs (queued, never blocking).
 */
class CaseQuery : public QObject
{
    Q_OBJECT
public:
    /// What runs on the worker: reads @p cf, returns what to do with the result on the GUI thread.
    /// @p cf is null when the case could not be opened (@p error says why).
    using Job = std::function<std::function<void()>(CaseFile *cf, const QString &error)>;

    explicit CaseQuery(QObject *parent = nullptr);
    ~CaseQuery() override;

    /// Runs @p job on the case at @p path (after the running one, which is interrupted and dropped).
    void start(const QString &path, Job job);
    /// Drops the running and the waiting job (the running one is interrupted); nothing is handed back.
    void cancel();
    /// A job runs or waits, or its result has not been handed back yet.
    bool isBusy() const { return m_busy; }
    /// Waits for the running job to end (its result is dropped). For teardown.
    void waitForDone();

Q_SIGNALS:
    /// A job's result was handed back (after its function ran).
    void finished();

private:
    void launch();
    void interruptRunning();
    struct Running
    {
        std::mutex mutex;
        sqlite3 *db = nullptr;
        bool cancelled = false;
    };
    QFutureWatcher<std::function<void()>> m_watcher;
    std::shared_ptr<Running> m_running;
    Job m_job;
    QString m_path;
    bool m_waiting = false;
    bool m_busy = false; ///< until the result is handed back (the future ends before its signal)
};

} // namespace dt::ui
