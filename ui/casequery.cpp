#include "casequery.h"

#include "case/casefile.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <sqlite3.h>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace dt::ui {

void backgroundPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread; QThread::setPriority() has no effect under SCHED_OTHER.
    static thread_local bool lowered = false;
    if (!lowered) {
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
        lowered = true;
    }
#endif
}

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

CaseQuery::CaseQuery(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::function<void()>>::finished, this, [this] {
        const bool dropped = m_waiting || !m_running || m_running->cancelled;
        std::function<void()> apply = m_watcher.future().resultCount() ? m_watcher.result() : nullptr;
        m_running.reset();
        if (m_waiting) {
            launch();
            return;
        }
        if (dropped || !apply) {
            m_busy = false;
            return;
        }
        apply();
        m_busy = false;
        Q_EMIT finished();
    });
}

CaseQuery::~CaseQuery()
{
    waitForDone();
}

void CaseQuery::start(const QString &path, Job job)
{
    interruptRunning();
    m_path = path;
    m_job = std::move(job);
    if (m_watcher.isRunning()) {
        m_waiting = true; // launched once the running one returns
        return;
    }
    launch();
}

void CaseQuery::launch()
{
    m_waiting = false;
    m_busy = true;
    auto running = std::make_shared<Running>();
    m_running = running;
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [path = m_path, job = std::move(m_job), running] {
        backgroundPriority();
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        {
            const std::lock_guard<std::mutex> lock(running->mutex);
            if (running->cancelled)
                return std::function<void()>();
            running->db = cf ? cf->db().handle() : nullptr;
        }
        std::function<void()> apply = job(cf.get(), error);
        const std::lock_guard<std::mutex> lock(running->mutex);
        running->db = nullptr; // before the connection closes: nothing may interrupt it any more
        return apply;
    }));
    m_job = nullptr;
}

void CaseQuery::cancel()
{
    m_waiting = false;
    m_job = nullptr;
    interruptRunning();
    m_busy = m_watcher.isRunning(); // a dropped result is never handed back
}

void CaseQuery::interruptRunning()
{
    if (!m_running)
        return;
    const std::lock_guard<std::mutex> lock(m_running->mutex);
    m_running->cancelled = true;
    if (m_running->db)
        sqlite3_interrupt(m_running->db);
}

void CaseQuery::waitForDone()
{
    cancel();
    m_watcher.waitForFinished();
}

} // namespace dt::ui
