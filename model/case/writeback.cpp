#include "case/writeback.h"

#include <QFile>
#include <chrono>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dt {

BackgroundWriteback::BackgroundWriteback(const QString &casePath)
    : m_path(casePath)
{
#ifdef __linux__
    m_thread = std::thread([this] { run(); });
#endif
}

BackgroundWriteback::~BackgroundWriteback()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundWriteback::run()
{
#ifdef __linux__
    const QByteArray files[] = {QFile::encodeName(m_path), QFile::encodeName(m_path + QStringLiteral("-wal"))};
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stop; })) {
        lock.unlock();
        for (const QByteArray &f : files) {
            // Any descriptor of the file will do: the pages are the file's, not the descriptor's.
            const int fd = ::open(f.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            ::close(fd);
        }
        lock.lock();
    }
#endif
}

} // namespace dt
