#pragma once
// Leak tracing's internals, shared by its source files (not a public interface): the keys masked
// and full numbers are compared by, the compact structures the records are read into, the readers
// of the two passes over leak_records, and the statistics.
#include <atomic>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <unordered_map>
#include <vector>

namespace dt {
class Database;
}

namespace dt::analysis::leak {
constexpr int kMaxLists = 64; // list sets are 64-bit masks
constexpr int kMobileDigits = 11;

inline quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

inline quint64 hashBytes(QByteArrayView b)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a, then mixed
    for (char c : b)
        h = (h ^ quint8(c)) * 0x100000001b3ULL;
    return b.isEmpty() ? 0 : mix(h) | 1;
}

/// The 11 digits of a mainland mobile number from its stored key ("+861…" or "1…"), or nullptr.
inline bool mobileDigits(const QString &key, char out[kMobileDigits])
{
    qsizetype from = -1;
    if (key.size() == 14 && key.startsWith(QLatin1String("+861")))
        from = 3;
    else if (key.size() == kMobileDigits && key.at(0) == QLatin1Char('1'))
        from = 0;
    if (from < 0)
        return false;
    for (int i = 0; i < kMobileDigits; ++i) {
        const QChar c = key.at(from + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        out[i] = char(c.unicode() - '0');
    }
    return true;
}

/// A masked number's visible digits under a masking shape (bit i set: digit i hidden).
inline quint64 shapeKey(const char digits[kMobileDigits], quint16 shape)
{
    quint64 v = 0;
    for (int i = 0; i < kMobileDigits; ++i)
        v = v * 11 + ((shape >> i) & 1 ? 10 : quint64(digits[i]));
    return mix(v ^ (quint64(shape) << 48));
}

inline bool parsePattern(QByteArrayView pattern, char digits[kMobileDigits], quint16 *shape)
{
    if (pattern.size() != kMobileDigits)
        return false;
    *shape = 0;
    for (int i = 0; i < kMobileDigits; ++i) {
        const char c = pattern.at(i);
        if (c == '?') {
            *shape |= quint16(1u << i);
            digits[i] = 0;
        } else if (c >= '0' && c <= '9') {
            digits[i] = char(c - '0');
        } else {
            return false;
        }
    }
    return *shape != 0;
}

/// One full phone number of one list.
struct Entry
{
    qint32 phone;
    qint32 line;
    quint32 nameHash;
    qint16 list;
};

/// An open-addressing set of 64-bit keys (already well mixed): one probe sequence in one array,
/// where std::unordered_set chases a bucket and a node.
class FlatSet
{
public:
    void insert(quint64 key)
    {
        if (key == 0)
            key = 1;
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        if (place(m_slots, key))
            ++m_size;
    }
    bool count(quint64 key) const
    {
        if (key == 0)
            key = 1;
        if (m_slots.empty())
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == key)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }

private:
    static bool place(std::vector<quint64> &slots, quint64 key)
    {
        const size_t mask = slots.size() - 1;
        for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
            if (slots[i] == key)
                return false;
            if (slots[i] == 0) {
                slots[i] = key;
                return true;
            }
        }
    }
    void grow()
    {
        std::vector<quint64> bigger(std::max<size_t>(64, m_slots.size() * 2), 0);
        for (quint64 k : m_slots)
            if (k)
                place(bigger, k);
        m_slots.swap(bigger);
    }
    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

/// A masked record of one list.
struct MaskedRecord
{
    quint64 key;       ///< visible digits + shape
    quint32 nameHash;  ///< 0 without a name
    quint64 matchedBy; ///< lists holding the full record this one masks
};

inline quint64 withName(quint64 key, quint32 nameHash)
{
    return key ^ mix(quint64(nameHash) << 20 | 0x5a5a);
}

struct ListData
{
    std::vector<quint16> shapes;
    FlatSet maskedKeys;                                      ///< for victims (no name known)
    std::unordered_map<quint64, std::vector<int>> byKeyName; ///< key^name → masked record indexes
    std::vector<MaskedRecord> masked;
    qint64 named = 0, withPhone = 0, withId = 0, withAddress = 0;
};

/// The records of one range of row ids, read on one connection.
struct RecordChunk
{
    struct Masked
    {
        quint64 key;
        quint32 nameHash;
        quint16 shape;
        qint16 list;
    };
    std::vector<Entry> entries; ///< pass A: full phones (name hashes come with pass B)
    std::vector<Masked> masked; ///< pass A: masked phones with their names
    std::vector<Entry> names;   ///< pass B: (phone, list, name) of every full-phone record
    std::vector<std::pair<quint64, int>> ids;
    std::vector<qint64> records, named, withId, withAddress, idCards;
    quint64 checksum = 0;
    QString error;
};

/// A 2^24-bit filter in front of the masked keys: most numbers match no masked record at all.
struct KeyFilter
{
    std::vector<quint64> bits = std::vector<quint64>(1u << 18, 0);
    void set(quint64 key) { bits[(key >> 6) & 0x3ffff] |= 1ULL << (key & 63); }
    bool maybe(quint64 key) const { return bits[(key >> 6) & 0x3ffff] >> (key & 63) & 1; }
};

/// What the phases of LeakTrace::compute share: the lists' records as read, indexed by number.
struct State
{
    QHash<qint64, int> listOf;  ///< source id → list
    std::vector<ListData> data; ///< by list
    KeyFilter maskedFilter;     ///< masked keys
    KeyFilter namedFilter;      ///< masked keys with the record's name
    std::vector<qint64> offset; ///< by number id: its full-phone entries are [offset[n], offset[n + 1])
    std::vector<Entry> entries; ///< full phones in number order (lists and lines in file order)
    std::vector<std::pair<quint64, int>> ids; ///< full ID numbers: (hash, list)

    /// The lists holding @p number in full, as a mask.
    quint64 listsOf(size_t number) const
    {
        quint64 mask = 0;
        for (qint64 i = offset[number]; i < offset[number + 1]; ++i)
            mask |= 1ULL << entries[size_t(i)].list;
        return mask;
    }
};

/// The records two lists share, by pair of lists (a * lists + b).
struct Overlap
{
    std::vector<qint64> sharedPhones, nameAgree, maskedIn,
        sharedIds; ///< maskedIn[p, c]: c's masked records p holds in full
};

/// Pass A, what attribution needs: full phones through the covering index leak_records_trace (schema
/// v5: no row decoding) for the lists in [fromSource, toSource], and, with @p masked, the masked records.
void readPhones(Database &db, const QHash<qint64, int> &listOf, size_t numbers, qint64 fromSource,
                qint64 toSource, bool masked, RecordChunk *out, const std::atomic_bool *cancel);
/// Pass B, what lineage and the digest need: every record's name, ID number and fields.
void readRecords(Database &db, const QHash<qint64, int> &listOf, size_t numbers, qint64 fromId, qint64 toId,
                 RecordChunk *out, const std::atomic_bool *cancel);

double round4(double v);
double logChoose(double n, double k);
double percentile(std::vector<double> v, double q);
/// Average ranks (ties share their mean rank).
std::vector<double> ranks(const std::vector<double> &x);
double spearman(const std::vector<double> &a, const std::vector<double> &b);

} // namespace dt::analysis::leak
