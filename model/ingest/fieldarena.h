#pragma once
#include <algorithm>
#include <memory>
#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace dt::ingest {

/**
 * Bytes that a batch's rows point into, so that a row's text values cost no allocation of their
 * own: a value is copied into the arena's current block and handed out as a QByteArray over it
 * (QByteArray::fromRawData(), which neither allocates nor frees). The blocks stay allocated when
 * the arena is emptied (clear()), for the next batch. What hold() and alloc() gave is valid until
 * clear() or the arena's end; the arena is one thread's at a time.
 */
class FieldArena
{
public:
    /// @p n writable bytes, valid until clear().
    char *alloc(qsizetype n)
    {
        if (m_blocks.empty() || m_used + n > m_size)
            nextBlock(n);
        char *p = m_blocks[m_current].data.get() + m_used;
        m_used += n;
        return p;
    }
    /// A copy of @p bytes in the arena (a null QByteArray for none).
    QByteArray hold(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return {};
        char *p = alloc(bytes.size());
        std::copy_n(bytes.data(), bytes.size(), p);
        return QByteArray::fromRawData(p, bytes.size());
    }
    /// Every value handed out goes; the blocks are kept.
    void clear()
    {
        m_current = 0;
        m_used = 0;
        m_size = m_blocks.empty() ? 0 : m_blocks.front().size;
    }

private:
    static constexpr qsizetype kBlock = 256 * 1024;
    struct Block
    {
        std::unique_ptr<char[]> data;
        qsizetype size;
    };
    void nextBlock(qsizetype n)
    {
        // The next kept block if it is large enough, else a new one (a value larger than a block gets
        // one of its own size), placed next so that the kept ones after it are used again later.
        const size_t next = m_blocks.empty() || m_size == 0 ? 0 : m_current + 1;
        if (next >= m_blocks.size() || m_blocks[next].size < n) {
            const qsizetype size = std::max(kBlock, n);
            m_blocks.insert(m_blocks.begin() + qsizetype(next),
                            Block{std::unique_ptr<char[]>(new char[size_t(size)]), size});
        }
        m_current = next;
        m_used = 0;
        m_size = m_blocks[next].size;
    }
    std::vector<Block> m_blocks;
    size_t m_current = 0;
    qsizetype m_used = 0, m_size = 0; ///< of the current block (m_size 0: none yet)
};

} // namespace dt::ingest
