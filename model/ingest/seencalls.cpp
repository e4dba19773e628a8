#include "ingest/seencalls.h"

#include <algorithm>
#include <limits>

namespace dt::ingest {

namespace {
constexpr qint64 kMax32 = std::numeric_limits<quint32>::max();

bool fits(qint64 v)
{
    return v >= 0 && v <= kMax32;
}
} // namespace

size_t SeenCalls::hashOf(const CallKey &k)
{
    // splitmix-style mixing of the four fields: cheap and well spread for sequential ids and times.
    quint64 h = quint64(k.caller) * 0x9E3779B97F4A7C15ULL;
    h ^= quint64(k.callee) + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2);
    h ^= quint64(k.start) * 0xBF58476D1CE4E5B9ULL + (h << 6) + (h >> 2);
    h ^= quint64(k.duration) + 0x94D049BB133111EBULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return size_t(h);
}

size_t SeenCalls::WideHash::operator()(const CallKey &k) const
{
    return hashOf(k);
}

bool SeenCalls::compact(const CallKey &k, qint64 id)
{
    return fits(k.caller) && fits(k.callee) && fits(k.start) && fits(k.duration) && id > 0 && fits(id);
}

qint64 SeenCalls::find(const CallKey &k) const
{
    if (!compact(k, 1)) {
        auto it = m_wide.find(k);
        return it == m_wide.end() ? 0 : it->second;
    }
    if (!m_slots.empty()) {
        for (size_t i = home(hashOf(k));; i = next(i)) {
            const Slot &s = m_slots[i];
            if (s.id == 0)
                break;
            if (s.caller == quint32(k.caller) && s.callee == quint32(k.callee) &&
                s.start == quint32(k.start) && s.duration == quint32(k.duration))
                return s.id;
        }
    }
    // A compact key whose call id did not fit 32 bits.
    if (m_wide.empty())
        return 0;
    auto it = m_wide.find(k);
    return it == m_wide.end() ? 0 : it->second;
}

void SeenCalls::reserve(size_t n)
{
    const size_t want = std::max(size_t(1) << 16, n / 3 * 4 + 4);
    if (want > m_slots.size())
        rehash(want);
}

void SeenCalls::grow()
{
    rehash(m_slots.empty() ? size_t(1) << 16 : m_slots.size() * 2);
}

void SeenCalls::rehash(size_t slots)
{
    decltype(m_slots) old;
    old.swap(m_slots);
    m_slots.resize(slots); // zeroed, and so empty, without a write (HugePageAllocator)
    for (const Slot &s : old) {
        if (s.id == 0)
            continue;
        size_t i = home(hashOf(CallKey{s.caller, s.callee, s.start, s.duration}));
        while (m_slots[i].id != 0)
            i = next(i);
        m_slots[i] = s;
    }
}

void SeenCalls::insert(const CallKey &k, qint64 id)
{
    if (!find(k))
        insertNew(k, id);
}

void SeenCalls::insertNew(const CallKey &k, qint64 id)
{
    if (!compact(k, id)) {
        m_wide.emplace(k, id);
        return;
    }
    // Load factor at most 3/4, 20 bytes a slot: the table's fresh pages cost about as much as its
    // probes (a 10M-row import's table is filled on first touch, 2.8 ms/MB on this kind of machine).
    if ((m_count + 1) * 4 > qsizetype(m_slots.size()) * 3)
        grow();
    size_t i = home(hashOf(k));
    while (m_slots[i].id != 0)
        i = next(i);
    m_slots[i] =
        Slot{quint32(k.caller), quint32(k.callee), quint32(k.start), quint32(k.duration), quint32(id)};
    ++m_count;
}

} // namespace dt::ingest
