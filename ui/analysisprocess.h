#pragma once
#include <atomic>
#include <memory>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPair>

namespace dt {
class CaseFile;
}

namespace dt::ui {

/// An analysis run computed in a `dialtrace-cli analyze --prepare` process (the detector's peak,
/// gigabytes at 10M calls, is the child's, never the GUI's) and stored here through a worker
/// connection of the case this process holds the writer lock of. The child is started, read and
/// waited for on a worker thread (starting a process from a large one is not free), and it only
/// reads the case: killing it (cancel) leaves the case as it was.
class AnalysisProcess : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisProcess(QObject *parent = nullptr);
    ~AnalysisProcess() override;
    /// Starts a run of @p cf (writable, kept open until finished()).
    void start(CaseFile *cf);
    /// Kills the computing child (nothing is stored); the store, once begun, completes (seconds).
    void cancel();
    /// cancel(), then waits for the worker (closing the case); finished() follows through the event loop.
    void stop();
    bool isRunning() const { return m_running; }
    /// The run is being stored (it can no longer be cancelled).
    bool isStoring() const { return m_storing && m_storing->load(); }

Q_SIGNALS:
    /// @p percent of the computation done, @p etaMs the time left it suggests (-1: too early to say).
    void progress(int percent, qint64 etaMs);
    /// The run's computation ended and its storing began.
    void storing();
    /// The run ended: stored, failed (@p error) or cancelled (@p error "cancelled").
    void finished(bool stored, const QString &error);

private:
    void reportProgress(int percent);
    QFutureWatcher<QPair<bool, QString>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel, m_storing;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace dt::ui
