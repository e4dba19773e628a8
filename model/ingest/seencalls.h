#pragma once
#include "core/hugepages.h"

#include <QtGlobal>
#include <unordered_map>
#include <vector>

namespace dt::ingest {

/// What makes two rows the same call within one import: parties, start and duration.
struct CallKey
{
    qint64 caller, callee, start, duration;
    bool operator==(const CallKey &o) const
    {
        return caller == o.caller && callee == o.callee && start == o.start && duration == o.duration;
    }
};

/**
 * The calls an import has stored so far, by CallKey, to merge the same call seen from both parties'
 * records. Tens of millions of rows: an open-addressing table of 20-byte entries (32-bit number ids,
 * start, duration and call id) instead of a node per call; keys that do not fit 32 bits go to a
 * small ordinary map. Exact: no key is ever confused with another.
 */
class SeenCalls
{
public:
    /// The call stored under @p k, or 0.
    qint64 find(const CallKey &k) const;
    /// Records @p id (> 0) under @p k unless the key is already there.
    void insert(const CallKey &k, qint64 id);
    /// insert() of a key that find() has just not found: the key is not looked up again.
    void insertNew(const CallKey &k, qint64 id);
    /// Asks the processor for @p k's slot, for a find() a little later.
    void prefetch(const CallKey &k) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[home(hashOf(k))]);
    }
    qsizetype size() const { return m_count + qsizetype(m_wide.size()); }
    /// Room for @p n keys without growing (at most 3/4 full); the keys already in are kept.
    void reserve(size_t n);
    void clear()
    {
        decltype(m_slots)().swap(m_slots);
        m_count = 0;
        m_wide.clear();
    }

private:
    struct Slot
    {
        quint32 caller, callee, start, duration, id; ///< id 0: empty
    };
    struct WideHash
    {
        size_t operator()(const CallKey &k) const;
    };
    static bool compact(const CallKey &k, qint64 id);
    static size_t hashOf(const CallKey &k);
    /// A hash's first slot: the table has any size, not only a power of two (fewer bytes to fill).
    size_t home(size_t hash) const
    {
        __extension__ typedef unsigned __int128 Wide;
        return size_t(Wide(hash) * m_slots.size() >> 64);
    }
    size_t next(size_t i) const { return i + 1 == m_slots.size() ? 0 : i + 1; }
    void grow();
    void rehash(size_t slots);
    std::vector<Slot, HugePageAllocator<Slot>> m_slots;
    qsizetype m_count = 0;
    std::unordered_map<CallKey, qint64, WideHash> m_wide;
};

} // namespace dt::ingest
