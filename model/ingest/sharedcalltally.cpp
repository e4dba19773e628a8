#include "ingest/sharedcalltally.h"

#include "case/database.h"

#include <algorithm>
#include <map>
#include <utility>

namespace dt::ingest {

bool SharedCallTally::count(Database &db, qint64 source, QVector<SharedCallCount> *out, QString *error) const
{
    out->clear();
    if (m_bits.empty())
        return true;
    struct Range
    {
        qint64 first, count, source;
    };
    std::vector<Range> blocks;
    Statement st = db.prepare(QStringLiteral(
        "SELECT first_id, count, source_id FROM call_blocks WHERE first_id < ? ORDER BY first_id"));
    st.bind(1, m_firstNew);
    while (st.step())
        blocks.push_back(Range{st.int64(0), st.int64(1), st.int64(2)});
    if (!st.ok()) {
        *error = db.lastError();
        return false;
    }
    std::map<qint64, qint64> bySource;
    for (const Range &b : blocks) {
        qint64 n = 0;
        for (qint64 id = b.first; id < b.first + b.count; ++id)
            n += marked(id);
        if (n && b.source != source)
            bySource[b.source] += n;
    }
    // A merged call may also be recorded by a third source (merged into it before): the pair with
    // that source shares it too. Each (source, call) once, whatever its rows.
    auto ownerOf = [&](qint64 id) -> qint64 {
        auto it = std::upper_bound(blocks.begin(), blocks.end(), id,
                                   [](qint64 v, const Range &r) { return v < r.first; });
        return it == blocks.begin() || id >= std::prev(it)->first + std::prev(it)->count
                   ? 0
                   : std::prev(it)->source;
    };
    std::vector<std::pair<qint64, qint64>> others; // (source, call)
    Statement rows = db.prepare(
        QStringLiteral("SELECT call_id, source_id FROM call_rows WHERE call_id < ? AND source_id <> ?"));
    rows.bind(1, m_firstNew).bind(2, source);
    while (rows.step()) {
        const qint64 call = rows.int64(0), other = rows.int64(1);
        if (marked(call) && ownerOf(call) != other)
            others.emplace_back(other, call);
    }
    if (!rows.ok()) {
        *error = db.lastError();
        return false;
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    for (const auto &o : others)
        ++bySource[o.first];
    for (const auto &[id, n] : bySource)
        out->push_back(SharedCallCount{id, n, QString()});
    return true;
}

} // namespace dt::ingest
