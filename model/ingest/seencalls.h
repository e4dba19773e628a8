#pragma once
#include "core/hugepages.h"

#include <functional>
#include <QtGlobal>
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
 * records. Tens of millions of rows: an open-addressing table of 8-byte entries, each a call's id
 * (from the import's first) and 32 bits of its key's hash, that keeps no copy of the keys: an entry
 * whose hash bits match is checked against the call itself (the import still holds its calls in
 * memory until the call store writer's finish(), see begin()). Exact: no key is ever confused with
 * another. (Entries with the same first slot share more of their bits, so that a few are checked
 * against their call for nothing.)
 *
 * Why no copy: the table's fresh pages are most of its cost (fresh huge pages are dear on this kind
 * of machine, see bench_freshmemory, and the table's random probes need huge pages); an entry of the
 * key's four fields and the id would be two and a half times as large.
 */
class SeenCalls
{
public:
    /// Whether the import's call @p id has key @p k.
    using KeyCheck = std::function<bool(qint64 id, const CallKey &k)>;
    /// Starts an empty table for an import whose calls have ids from @p firstId on, each checked
    /// with @p check when its entry's hash bits match a key looked up.
    void begin(qint64 firstId, KeyCheck check);
    /// The call stored under @p k, or 0.
    qint64 find(const CallKey &k) const;
    /// Records call @p id (of the import, not stored yet) under @p k, which find() has just not found.
    void insertNew(const CallKey &k, qint64 id);
    /// Asks the processor for @p k's slot, for a find() a little later.
    void prefetch(const CallKey &k) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[home(checkOf(k))]);
    }
    qsizetype size() const { return m_count; }
    /// Room for @p n keys without growing (at most 3/4 full); the keys already in are kept.
    void reserve(size_t n);
    void clear()
    {
        decltype(m_slots)().swap(m_slots);
        m_count = 0;
    }
    /// The 32 bits of @p k's hash an entry keeps (and where its probes start).
    static quint32 checkOf(const CallKey &k);

private:
    struct Slot
    {
        quint32 ref;   ///< the call's id - the first id + 1; 0: empty
        quint32 check; ///< checkOf() its key
    };
    /// An entry's first slot, from its check (a rehash has nothing else): scrambled first, so that
    /// entries in neighbouring slots do not share their checks' high bits (with the check itself, a
    /// slot's neighbours in a table of tens of millions would share most of them). The table has any size,
    /// not only a power of two (fewer bytes to fill).
    size_t home(quint32 check) const
    {
        return size_t((quint64(quint32(check * 0x9E3779B1u)) * m_slots.size()) >> 32);
    }
    size_t next(size_t i) const { return i + 1 == m_slots.size() ? 0 : i + 1; }
    void rehash(size_t slots);
    std::vector<Slot, HugePageAllocator<Slot>> m_slots;
    qsizetype m_count = 0;
    qint64 m_first = 1;
    KeyCheck m_check;
};

} // namespace dt::ingest
