#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <QString>
#include <thread>

namespace dt {

/**
 * Has the kernel write a case's new pages to the disk while a long write goes on, instead of all of
 * them in the fdatasync that ends the commit: every quarter second, on its own thread, it starts the
 * writeback of the case file and its WAL through SQLite's own descriptors (sync_file_range, which
 * only starts it; durability still comes from SQLite's syncs, in their order). It never opens the
 * case itself: closing a descriptor of a file drops every POSIX lock the process holds on it. Without
 * it, that fdatasync is most of a large import's commit (docs/benchmarks.md). Linux only; elsewhere
 * nothing.
 */
class BackgroundWriteback
{
public:
    explicit BackgroundWriteback(const QString &casePath);
    ~BackgroundWriteback();
    BackgroundWriteback(const BackgroundWriteback &) = delete;
    BackgroundWriteback &operator=(const BackgroundWriteback &) = delete;

    /// How many rounds of writeback requests have been made so far (callers wait on it).
    int rounds() const { return m_rounds.load(); }

private:
    void run();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic_int m_rounds{0};
    std::thread m_thread;
};

} // namespace dt
