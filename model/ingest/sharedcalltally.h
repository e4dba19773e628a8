#pragma once
#include "case/sharedcalls.h"

#include <QString>
#include <vector>

namespace dt {
class Database;
}

namespace dt::ingest {

/**
 * The calls of other sources an import merged its rows into, marked as the rows come (one bit per
 * case call, made on the first merge), and counted per source at the end: by the call's own source
 * (its block) and by every other source that has a row of it (call_rows). A call met from both its
 * parties' rows counts once.
 */
class SharedCallTally
{
public:
    /// Calls with ids below @p firstNew are the case's; the import's own start there.
    void begin(qint64 firstNew)
    {
        m_firstNew = firstNew;
        m_bits.clear();
    }
    /// The import merged a row into call @p id (ignored unless it is a call of the case before).
    void mark(qint64 id)
    {
        if (id <= 0 || id >= m_firstNew)
            return;
        if (m_bits.empty())
            m_bits.assign(size_t(m_firstNew + 63) / 64, 0);
        m_bits[size_t(id) / 64] |= quint64(1) << (id % 64);
    }
    /**
     * The calls @p source (the import's) shares with each other source, by source id; false with
     * @p error on an SQLite error. Reads the case's block index and the rows of call_rows of other
     * sources below the import's first call, nothing when nothing was merged.
     */
    bool count(Database &db, qint64 source, QVector<SharedCallCount> *out, QString *error) const;

private:
    bool marked(qint64 id) const
    {
        return id > 0 && id < m_firstNew && !m_bits.empty() && (m_bits[size_t(id) / 64] >> (id % 64) & 1);
    }
    qint64 m_firstNew = 1;
    std::vector<quint64> m_bits;
};

} // namespace dt::ingest
