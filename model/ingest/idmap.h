#pragma once
#include "core/hugepages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>
#include <vector>

namespace dt::ingest {

/**
 * Integer keys (not 0) to positive values (mobiles and ID numbers to ids), open addressing in one
 * array: a lookup is one probe run, which prefetch() can ask for rows ahead, where a QHash of a
 * million entries allocates span storage as it fills.
 */
class IdMap
{
    struct Slot
    {
        qint64 key, id; ///< key 0: empty (a new table's memory is zeroed: HugePageAllocator)
    };

public:
    /// @p maxLoadPercent: how full the table may get before it doubles (half by default: the
    /// shortest probe runs; a table of a few million entries may trade longer runs for less fresh
    /// memory).
    explicit IdMap(int maxLoadPercent = 50)
        : m_maxLoad(size_t(maxLoadPercent))
    {}
    /// 0 when @p key (not 0) is absent.
    qint64 value(qint64 key) const
    {
        if (m_slots.empty())
            return 0;
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.key == key)
                return s.id;
            if (s.key == 0)
                return 0;
        }
    }
    /// Sets @p key's id (> 0), replacing any.
    void insert(qint64 key, qint64 id)
    {
        if (100 * (m_size + 1) > m_maxLoad * m_slots.size())
            rehash(std::max<size_t>(1024, m_slots.size() * 2));
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.key == key || s.key == 0) {
                m_size += s.key == 0;
                s = {key, id};
                return;
            }
        }
    }
    /// Asks the processor for @p key's slot, for a value() a little later.
    void prefetch(qint64 key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[slotOf(key)]);
    }
    /**
     * Inserts entries in the order given, each slot fetched a few entries before it is written:
     * loading a case's dictionary (a million numbers, each slot a cache miss) without waiting on
     * each miss in turn. The last entries go in at flush() or when it is destroyed.
     */
    class Loader
    {
    public:
        explicit Loader(IdMap &map)
            : m_map(map)
        {}
        ~Loader() { flush(); }
        Loader(const Loader &) = delete;
        Loader &operator=(const Loader &) = delete;
        void add(qint64 key, qint64 id)
        {
            m_map.prefetch(key);
            if (m_count == kAhead) // full: the oldest entry is where this one goes
                m_map.insert(m_ring[m_next].key, m_ring[m_next].id);
            else
                ++m_count;
            m_ring[m_next] = {key, id};
            m_next = (m_next + 1) % kAhead;
        }
        void flush()
        {
            const size_t first = (m_next + kAhead - m_count) % kAhead;
            for (size_t i = 0; i < m_count; ++i)
                m_map.insert(m_ring[(first + i) % kAhead].key, m_ring[(first + i) % kAhead].id);
            m_count = 0;
        }

    private:
        static constexpr size_t kAhead = 16;
        IdMap &m_map;
        Slot m_ring[kAhead] = {};
        size_t m_next = 0, m_count = 0;
    };

    void reserve(size_t n)
    {
        size_t cap = 1024;
        while (m_maxLoad * cap < 100 * n)
            cap *= 2;
        if (cap > m_slots.size())
            rehash(cap);
    }
    void clear()
    {
        decltype(m_slots)().swap(m_slots);
        m_size = 0;
        m_bits = 0;
        m_mask = 0;
    }

private:
    size_t slotOf(qint64 key) const
    {
        return size_t((quint64(key) * 0x9E3779B97F4A7C15ull) >> (64 - m_bits));
    }
    void rehash(size_t capacity)
    {
        decltype(m_slots) old;
        old.swap(m_slots);
        m_slots.resize(capacity);
        m_mask = capacity - 1;
        m_bits = 0;
        while ((size_t(1) << m_bits) < capacity)
            ++m_bits;
        m_size = 0;
        for (const Slot &s : old) {
            if (s.key)
                insert(s.key, s.id);
        }
    }
    /// In huge pages when large: lookups at random over tens of MB, each a TLB miss in 4 KiB pages
    /// (which a prefetch does not hide).
    std::vector<Slot, HugePageAllocator<Slot>> m_slots;
    size_t m_maxLoad; ///< percent
    size_t m_size = 0, m_mask = 0;
    int m_bits = 0;
};

/**
 * Persons by name and phone: a chain of names per phone id (ids are dense, most phones have one
 * name), so a row costs an index and a name comparison, no hashing of the name. The names are kept
 * end to end in one buffer, not as a QByteArray each: a case's persons are read in (hundreds of
 * thousands) without an allocation per name.
 */
class NamePhoneMap
{
public:
    /// 0 when absent.
    qint64 value(qint64 phone, QByteArrayView name) const
    {
        for (qint32 n = phone < qint64(m_head.size()) ? m_head[size_t(phone)] : -1; n >= 0;
             n = m_nodes[size_t(n)].next) {
            if (nameOf(m_nodes[size_t(n)]) == name)
                return m_nodes[size_t(n)].person;
        }
        return 0;
    }
    /// Sets the person of (@p phone, @p name); @p replace false keeps one already there.
    void insert(qint64 phone, QByteArrayView name, qint64 person, bool replace)
    {
        if (phone >= qint64(m_head.size()))
            m_head.resize(std::max<size_t>(size_t(phone) + 1, m_head.size() * 2), -1);
        qint32 &head = m_head[size_t(phone)];
        for (qint32 n = head; n >= 0; n = m_nodes[size_t(n)].next) {
            if (nameOf(m_nodes[size_t(n)]) == name) {
                if (replace)
                    m_nodes[size_t(n)].person = person;
                return;
            }
        }
        m_nodes.push_back({person, m_names.size(), quint32(name.size()), head});
        m_names.insert(m_names.end(), name.begin(), name.end());
        head = qint32(m_nodes.size() - 1);
    }
    /// Room for @p n entries (a Chinese name is 6 to 12 bytes of UTF-8).
    void reserve(size_t n)
    {
        m_nodes.reserve(n);
        m_names.reserve(n * 12);
    }
    void clear()
    {
        std::vector<qint32>().swap(m_head);
        std::vector<Node>().swap(m_nodes);
        std::vector<char>().swap(m_names);
    }

private:
    struct Node
    {
        qint64 person;
        size_t name;  ///< offset in m_names
        quint32 size; ///< of the name
        qint32 next;
    };
    QByteArrayView nameOf(const Node &n) const { return QByteArrayView(m_names.data() + n.name, n.size); }
    std::vector<qint32> m_head; ///< by phone id: first node, -1 none
    std::vector<Node> m_nodes;
    std::vector<char> m_names; ///< the nodes' names, end to end
};

} // namespace dt::ingest
