#pragma once
#include <QtGlobal>
#include <vector>

namespace dt::ingest {

/**
 * Plain mainland mobiles (11 digits, as an integer) -> a value (the row writer's number id and
 * class), in one open-addressing array: a lookup is one cache line, which prefetch() can ask for
 * rows ahead. Keys are positive; 0 marks an empty slot.
 */
class MobileIds
{
public:
    /// The value stored under @p mobile, or -1.
    qint64 find(qint64 mobile) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = slotOf(mobile, mask);; i = (i + 1) & mask) {
            if (m_slots[i].key == mobile)
                return m_slots[i].value;
            if (m_slots[i].key == 0)
                return -1;
        }
    }
    /// Stores @p value under @p mobile (> 0), replacing what was there.
    void insert(qint64 mobile, qint64 value)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3) // load factor at most 3/4
            grow();
        const size_t mask = m_slots.size() - 1;
        size_t i = slotOf(mobile, mask);
        while (m_slots[i].key != 0 && m_slots[i].key != mobile)
            i = (i + 1) & mask;
        m_count += m_slots[i].key == 0;
        m_slots[i] = Slot{mobile, value};
    }
    /// Asks the processor for @p mobile's slot, for a find() a little later.
    void prefetch(qint64 mobile) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[slotOf(mobile, m_slots.size() - 1)]);
    }
    void clear()
    {
        std::vector<Slot>().swap(m_slots);
        m_count = 0;
    }

private:
    struct Slot
    {
        qint64 key, value;
    };
    static size_t slotOf(qint64 mobile, size_t mask)
    {
        return size_t((quint64(mobile) * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
    }
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? size_t(1) << 14 : old.size() * 2, Slot{0, 0});
        m_count = 0;
        for (const Slot &s : old) {
            if (s.key != 0)
                insert(s.key, s.value);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace dt::ingest
