#include "ingest/seencalls.h"

#include <algorithm>
#include <limits>

namespace dt::ingest {

quint32 SeenCalls::checkOf(const CallKey &k)
{
    // splitmix-style mixing of the four fields: cheap and well spread for sequential ids and times;
    // the high half is the best mixed.
    quint64 h = quint64(k.caller) * 0x9E3779B97F4A7C15ULL;
    h ^= quint64(k.callee) + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2);
    h ^= quint64(k.start) * 0xBF58476D1CE4E5B9ULL + (h << 6) + (h >> 2);
    h ^= quint64(k.duration) + 0x94D049BB133111EBULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return quint32(h >> 32);
}

void SeenCalls::begin(qint64 firstId, KeyCheck check)
{
    clear();
    m_first = firstId;
    m_check = std::move(check);
}

qint64 SeenCalls::find(const CallKey &k) const
{
    if (m_slots.empty())
        return 0;
    const quint32 check = checkOf(k);
    for (size_t i = home(check);; i = next(i)) {
        const Slot &s = m_slots[i];
        if (s.ref == 0)
            return 0;
        if (s.check == check) {
            const qint64 id = m_first + qint64(s.ref) - 1;
            if (m_check(id, k))
                return id;
        }
    }
}

void SeenCalls::reserve(size_t n)
{
    const size_t want = std::max(size_t(1) << 16, n / 3 * 4 + 4);
    if (want > m_slots.size())
        rehash(want);
}

void SeenCalls::rehash(size_t slots)
{
    decltype(m_slots) old;
    old.swap(m_slots);
    m_slots.resize(slots); // zeroed, and so empty, without a write (HugePageAllocator)
    for (const Slot &s : old) {
        if (s.ref == 0)
            continue;
        size_t i = home(s.check);
        while (m_slots[i].ref != 0)
            i = next(i);
        m_slots[i] = s;
    }
}

void SeenCalls::insertNew(const CallKey &k, qint64 id)
{
    // An import's ids are consecutive from its first and fewer than 2^31 (the call store's limit).
    Q_ASSERT(id >= m_first && id - m_first < qint64(std::numeric_limits<quint32>::max()));
    if ((m_count + 1) * 4 > qsizetype(m_slots.size()) * 3) // load factor at most 3/4
        rehash(m_slots.empty() ? size_t(1) << 16 : m_slots.size() * 2);
    const quint32 check = checkOf(k);
    size_t i = home(check);
    while (m_slots[i].ref != 0)
        i = next(i);
    m_slots[i] = Slot{quint32(id - m_first + 1), check};
    ++m_count;
}

} // namespace dt::ingest
