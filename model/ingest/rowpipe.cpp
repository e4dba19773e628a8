#include "ingest/rowpipe.h"

namespace dt::ingest {

bool RowPipe::push(QVector<DecodedRow> &&batch, std::unique_ptr<LeakStage> stage)
{
    std::unique_lock lock(m_mutex);
    m_notFull.wait(lock, [this] { return m_aborted || m_queue.size() < m_capacity; });
    if (m_aborted)
        return false;
    m_queue.push_back({std::move(batch), std::move(stage)});
    m_notEmpty.notify_one();
    return true;
}

void RowPipe::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_notEmpty.notify_all();
}

bool RowPipe::pop(QVector<DecodedRow> *batch, std::unique_ptr<LeakStage> *stage)
{
    std::unique_lock lock(m_mutex);
    m_notEmpty.wait(lock, [this] { return m_aborted || m_closed || !m_queue.empty(); });
    if (m_aborted || m_queue.empty())
        return false;
    *batch = std::move(m_queue.front().rows);
    if (stage)
        *stage = std::move(m_queue.front().stage);
    m_queue.pop_front();
    m_notFull.notify_one();
    return true;
}

void RowPipe::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_queue.clear();
    m_spent.clear();
    m_notFull.notify_all();
    m_notEmpty.notify_all();
}

void RowPipe::recycle(QVector<DecodedRow> &&batch, std::unique_ptr<LeakStage> stage)
{
    std::lock_guard lock(m_mutex);
    m_spent.push_back({std::move(batch), std::move(stage)});
}

void RowPipe::dropRecycled()
{
    std::deque<Item> spent;
    {
        std::lock_guard lock(m_mutex);
        spent.swap(m_spent);
    }
    for (Item &item : spent) {
        // The rows destroyed here, outside the lock; a few batches' memory kept (as many as can be
        // in flight: more come back only after a burst).
        item.rows.clear();
        if (m_batches.size() < m_capacity + 2)
            m_batches.push_back(std::move(item.rows));
        if (!item.stage)
            continue;
        // Inserted ones come back empty (InsertBatch::insert()); cleared anyway. The rows that
        // pointed into its arena are gone.
        for (RowBuffer *b : {&item.stage->numbers, &item.stage->persons, &item.stage->records})
            b->clear();
        for (seal::Digested &d : item.stage->digests)
            d.clear();
        item.stage->digested = false;
        item.stage->fields.clear();
        m_stages.push_back(std::move(item.stage));
    }
}

QVector<DecodedRow> RowPipe::takeBatch(qsizetype rows)
{
    QVector<DecodedRow> batch;
    if (!m_batches.empty()) {
        batch = std::move(m_batches.back());
        m_batches.pop_back();
    }
    batch.reserve(rows);
    return batch;
}

std::unique_ptr<LeakStage> RowPipe::takeStage()
{
    if (m_stages.empty())
        return nullptr;
    std::unique_ptr<LeakStage> stage = std::move(m_stages.back());
    m_stages.pop_back();
    return stage;
}

} // namespace dt::ingest
