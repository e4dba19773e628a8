#pragma once
#include <memory>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPair>

class QProcess;
class QTemporaryDir;

namespace dt {
class CaseFile;
}

namespace dt::ui {

/// An analysis run computed in a `dialtrace-cli analyze --prepare` process (the detector's peak,
/// gigabytes at 10M calls, is the child's, never the GUI's) and stored here, off the GUI thread,
/// through a worker connection of the case this process holds the writer lock of. The child only
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
    /// Kills the computing child and waits for a store begun (closing the case): finished() is
    /// emitted before it returns when the child was computing, later when a store was under way.
    void stop();
    bool isRunning() const { return m_running; }
    /// The run is being stored (it can no longer be cancelled).
    bool isStoring() const { return m_store.isRunning(); }

Q_SIGNALS:
    /// @p percent of the computation done, @p etaMs the time left it suggests (-1: too early to say).
    void progress(int percent, qint64 etaMs);
    /// The run's computation ended and its storing began.
    void storing();
    /// The run ended: stored, failed (@p error) or cancelled (@p error "cancelled").
    void finished(bool stored, const QString &error);

private:
    void readOutput();
    void computed();
    void end(bool stored, const QString &error);
    CaseFile *m_case = nullptr;
    QProcess *m_proc = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QFutureWatcher<QPair<bool, QString>> m_store;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace dt::ui
