#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace dt {

/**
 * Items handed from one thread to another, with at most a given number of bytes waiting: the giver
 * blocks while the taker is behind. The giver put()s and then close()s; the taker take()s until it
 * returns false, or stop()s (then put() returns false and the giver should give up).
 */
template<typename T>
class Handoff
{
public:
    explicit Handoff(long long maxBytes)
        : m_max(maxBytes)
    {}

    /// Blocks while @p bytes more would exceed the bound (one item always fits). False once stopped.
    bool put(T item, long long bytes)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_room.wait(lock, [&] { return m_stopped || m_bytes == 0 || m_bytes + bytes <= m_max; });
        if (m_stopped)
            return false;
        m_bytes += bytes;
        m_items.push_back({std::move(item), bytes});
        m_ready.notify_one();
        return true;
    }
    /// No more items will come.
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    /// Blocks until an item is there; false once closed and every item was taken.
    bool take(T *item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front().item);
        m_bytes -= m_items.front().bytes;
        m_items.pop_front();
        m_room.notify_one();
        return true;
    }
    /// The taker gives up: waiting and later items are dropped.
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_bytes = 0;
        m_room.notify_one();
    }

private:
    struct Entry
    {
        T item;
        long long bytes;
    };
    const long long m_max;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_room;
    std::deque<Entry> m_items;
    long long m_bytes = 0;
    bool m_closed = false, m_stopped = false;
};

} // namespace dt
