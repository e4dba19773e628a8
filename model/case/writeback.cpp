#include "case/writeback.h"

#include <chrono>
#include <cstdlib>
#include <QFile>
#include <QFileInfo>

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dt {

BackgroundWriteback::BackgroundWriteback(const QString &casePath)
    : m_path(QFileInfo(casePath).canonicalFilePath())
{
#ifdef __linux__
    if (!m_path.isEmpty())
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
    const QByteArray file = QFile::encodeName(m_path),
                     wal = QFile::encodeName(m_path + QStringLiteral("-wal"));
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stop; })) {
        lock.unlock();
        // SQLite's own descriptors of the case and its WAL, found in /proc/self/fd: opening and
        // closing one here would drop every POSIX lock the process holds on the file (its
        // transaction's locks included). A descriptor closed and reused meanwhile gets a harmless
        // hint at most (sync_file_range only starts writeback, and fails on what is not a file).
        if (DIR *dir = ::opendir("/proc/self/fd")) {
            char target[4096];
            while (const dirent *e = ::readdir(dir)) {
                const int fd = std::atoi(e->d_name);
                if (fd <= 2 || fd == ::dirfd(dir))
                    continue;
                const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + e->d_name;
                const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
                if (n <= 0)
                    continue;
                const QByteArrayView t(target, n);
                if (t == file || t == wal)
                    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            }
            ::closedir(dir);
        }
        ++m_rounds;
        lock.lock();
    }
#endif
}

} // namespace dt
