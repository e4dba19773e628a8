#pragma once
#include <cstring>
#include <QtGlobal>
#include <string>
#include <vector>

namespace dt::analysis {

/**
 * Numbers distinct strings 1, 2, 3 … in order of first appearance (0 is kept for "none").
 *
 * Loading ten million calls looks up every call's cell name: std::unordered_map<std::string, int>
 * was the load's hottest function (a bucket, a node and its string per lookup, each a cache miss
 * at 780,000 cells). Here the slots are one flat array of (hash, id) pairs with linear
 * probing, and the names one contiguous buffer, so a lookup reads one slot and, when the hashes
 * match, one name.
 */
class StringIds
{
public:
    /// The id of @p s (@p len bytes), given the next free id if it is new.
    int idOf(const char *s, size_t len)
    {
        if (2 * (m_offset.size() + 1) > m_slots.size())
            grow();
        const quint64 h = hash(s, len);
        const auto tag = quint32(h >> 32);
        for (size_t i = size_t(h) & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.id == 0) {
                m_offset.push_back(m_names.size());
                m_names.append(s, len);
                m_end.push_back(m_names.size());
                slot = {tag, quint32(m_offset.size())};
                return int(slot.id);
            }
            if (slot.tag == tag && equals(slot.id, s, len))
                return int(slot.id);
        }
    }
    /// How many distinct strings have been seen.
    size_t size() const { return m_offset.size(); }
    /// The string with @p id (1 … size()).
    std::string name(int id) const
    {
        return m_names.substr(m_offset[size_t(id) - 1], m_end[size_t(id) - 1] - m_offset[size_t(id) - 1]);
    }

private:
    struct Slot
    {
        quint32 tag = 0; ///< the hash's high half (the low half picks the slot)
        quint32 id = 0;  ///< 0: empty
    };

    static quint64 mix(quint64 x)
    {
        // splitmix64's finaliser.
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    /// Eight bytes at a time (cell names are a dozen bytes); the length is mixed in so that
    /// trailing zero bytes still count.
    static quint64 hash(const char *s, size_t len)
    {
        quint64 h = 0x9e3779b97f4a7c15ULL ^ len;
        for (; len >= 8; s += 8, len -= 8) {
            quint64 w;
            std::memcpy(&w, s, 8);
            h = mix(h ^ w);
        }
        quint64 w = 0;
        std::memcpy(&w, s, len);
        return mix(h ^ w);
    }
    bool equals(quint32 id, const char *s, size_t len) const
    {
        const size_t from = m_offset[id - 1];
        return m_end[id - 1] - from == len && std::memcmp(m_names.data() + from, s, len) == 0;
    }
    void grow()
    {
        const size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
        m_slots.assign(size, Slot());
        m_mask = size - 1;
        for (size_t id = 1; id <= m_offset.size(); ++id) {
            const quint64 h = hash(m_names.data() + m_offset[id - 1], m_end[id - 1] - m_offset[id - 1]);
            size_t i = size_t(h) & m_mask;
            while (m_slots[i].id != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = {quint32(h >> 32), quint32(id)};
        }
    }

    std::vector<Slot> m_slots; ///< a power of two, at most half full
    size_t m_mask = 0;
    std::string m_names;                 ///< every name, back to back
    std::vector<size_t> m_offset, m_end; ///< by id - 1: where each name starts and ends in m_names
};

} // namespace dt::analysis
