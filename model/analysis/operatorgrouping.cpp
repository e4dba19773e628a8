// Grouping suspects into operators (Detector::groupOperators): evidence links between flagged numbers,
// then Boost.Graph connected components. Everything runs over the call index (flat arrays by number
// id), and every container is ordered, so the same case gives the same evidence in the same order.
#include "analysis/detection.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <map>

namespace dt::analysis {

namespace {
/// (key, vertex) pairs sorted, grouped by key: each key's vertices ascending.
template<typename Fn> void forEachGroup(std::vector<std::pair<qint32, int>> &pairs, const Fn &fn)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (size_t k = 0; k < pairs.size();) {
        size_t m = k;
        std::vector<int> vs;
        while (m < pairs.size() && pairs[m].first == pairs[k].first)
            vs.push_back(pairs[m++].second);
        fn(pairs[k].first, vs);
        k = m;
    }
}

void sortUnique(std::vector<qint32> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
} // namespace

void Detector::groupOperators(const CallTable &t, const CallIndex &ix)
{
    std::vector<size_t> flagged;
    std::vector<int> vertexOf(t.numberKey.size(), -1);
    for (size_t i = 0; i < m_suspects.size(); ++i) {
        if (m_suspects[i].legitimate || m_suspects[i].score < param("flag_score"))
            continue;
        vertexOf[size_t(m_suspects[i].number)] = int(flagged.size());
        flagged.push_back(i);
    }
    const size_t V = flagged.size();
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(V);
    std::map<std::pair<int, int>, QJsonArray> evidence;
    auto link = [&](int a, int b, const QJsonObject &why) {
        if (a == b)
            return;
        const auto key = std::minmax(a, b);
        if (!evidence.count(key))
            boost::add_edge(size_t(key.first), size_t(key.second), g);
        evidence[key].append(why);
    };
    std::vector<char> trunkSource(t.sourceFormat.size(), 0);
    for (size_t s = 0; s < t.sourceFormat.size(); ++s)
        trunkSource[s] = t.sourceFormat[s].startsWith(QLatin1String("asterisk")) ||
                         t.sourceFormat[s].startsWith(QLatin1String("freeswitch"));
    // Each flagged number's handsets, cells, trunks and victims, from its slice of the index.
    std::vector<std::vector<qint32>> devicesOf(V), victimsOf(V);
    std::vector<std::pair<qint32, int>> byDevice, byCell, byTrunk;
    for (size_t v = 0; v < V; ++v) {
        const size_t num = size_t(m_suspects[flagged[v]].number);
        std::vector<qint32> cells, trunks;
        for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k) {
            const size_t i = ix.outCalls[k];
            if (t.device[i])
                devicesOf[v].push_back(t.device[i]);
            if (t.cell[i])
                cells.push_back(t.cell[i]);
            if (trunkSource[size_t(t.source[i])])
                trunks.push_back(t.source[i]);
            victimsOf[v].push_back(t.callee[i]);
        }
        for (auto *list : {&devicesOf[v], &cells, &trunks, &victimsOf[v]})
            sortUnique(*list);
        for (qint32 d : devicesOf[v])
            byDevice.emplace_back(d, int(v));
        for (qint32 c : cells)
            byCell.emplace_back(c, int(v));
        for (qint32 s : trunks)
            byTrunk.emplace_back(s, int(v));
    }
    auto keyOf = [&](int v) { return m_suspects[flagged[size_t(v)]].key; };
    // Shared handsets, shared cells, the same PBX trunk: each member linked to the key's first.
    forEachGroup(byDevice, [&](qint32 device, const std::vector<int> &vs) {
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("shared_device")},
                             {QStringLiteral("imei"), t.deviceImei[size_t(device)]}});
    });
    forEachGroup(byCell, [&](qint32 cell, const std::vector<int> &vs) {
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("shared_cell")},
                             {QStringLiteral("cell"), t.cells.value(cell - 1)}});
    });
    forEachGroup(byTrunk, [&](qint32 trunk, const std::vector<int> &vs) {
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("same_pbx_trunk")},
                             {QStringLiteral("source_id"), trunk}});
    });
    linkVictimOverlap(victimsOf, t.numberKey.size(), link);
    linkSynchronisedHours(flagged, link);

    std::vector<int> component(V);
    const int count = V == 0 ? 0 : boost::connected_components(g, component.data());
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (size_t v = 0; v < V; ++v)
        members[size_t(component[v])].push_back(int(v));
    // Stable order: by first member's number key.
    for (auto &m : members)
        std::sort(m.begin(), m.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
    std::sort(members.begin(), members.end(),
              [&](const auto &a, const auto &b) { return keyOf(a.front()) < keyOf(b.front()); });
    std::vector<int> operatorOf(V, -1);
    std::vector<char> seen(t.numberKey.size(), 0);
    for (size_t o = 0; o < members.size(); ++o) {
        const auto &m = members[o];
        Operator op;
        op.id = QStringLiteral("OPR-%1").arg(int(o) + 1, 3, 10, QLatin1Char('0'));
        std::vector<qint32> victims;
        for (int v : m) {
            operatorOf[size_t(v)] = int(o);
            const Suspect &s = m_suspects[flagged[size_t(v)]];
            op.numbers << s.key;
            op.calls += s.profile.callsOut;
            op.firstCall = op.firstCall ? std::min(op.firstCall, s.profile.firstCall) : s.profile.firstCall;
            op.lastCall = std::max(op.lastCall, s.profile.lastCall);
            for (qint32 victim : victimsOf[size_t(v)])
                if (!seen[size_t(victim)]++)
                    victims.push_back(victim);
            for (qint32 d : devicesOf[size_t(v)])
                if (!op.imeis.contains(t.deviceImei[size_t(d)]))
                    op.imeis << t.deviceImei[size_t(d)];
        }
        for (qint32 victim : victims)
            seen[size_t(victim)] = 0;
        op.imeis.sort();
        op.victims = qint64(victims.size());
        m_operators.push_back(op);
    }
    // The links inside each operator, in the evidence map's order.
    for (const auto &[edge, why] : evidence) {
        Operator &op = m_operators[size_t(operatorOf[size_t(edge.first)])];
        op.evidence.append(QJsonObject{{QStringLiteral("a"), keyOf(edge.first)},
                                       {QStringLiteral("b"), keyOf(edge.second)},
                                       {QStringLiteral("links"), why}});
    }
}

void Detector::linkVictimOverlap(const std::vector<std::vector<qint32>> &victimsOf, size_t numbers,
                                 const LinkFn &link) const
{
    const size_t V = victimsOf.size();
    // Callers of each victim (an inverted index, vertices ascending).
    std::vector<quint32> first(numbers + 1, 0);
    for (const auto &vs : victimsOf)
        for (qint32 u : vs)
            ++first[size_t(u) + 1];
    for (size_t k = 1; k <= numbers; ++k)
        first[k] += first[k - 1];
    std::vector<int> callers(first[numbers]);
    {
        std::vector<quint32> fill(first.begin(), first.end() - 1);
        for (size_t v = 0; v < V; ++v)
            for (qint32 u : victimsOf[v])
                callers[fill[size_t(u)]++] = int(v);
    }
    // Candidates: pairs sharing a victim that at most 50 flagged numbers called (a victim everyone
    // called says nothing); then the exact Jaccard over their whole victim sets.
    const double threshold = param("victim_jaccard");
    std::vector<int> lastSeen(V, -1);
    std::vector<char> mark(numbers, 0);
    for (size_t x = 0; x < V; ++x) {
        std::vector<int> candidates;
        for (qint32 u : victimsOf[x]) {
            const quint32 b = first[size_t(u)], e = first[size_t(u) + 1];
            if (e - b < 2 || e - b > 50)
                continue;
            for (quint32 k = b; k < e; ++k) {
                const int y = callers[k];
                if (y > int(x) && lastSeen[size_t(y)] != int(x)) {
                    lastSeen[size_t(y)] = int(x);
                    candidates.push_back(y);
                }
            }
        }
        if (candidates.empty())
            continue;
        std::sort(candidates.begin(), candidates.end());
        const auto &A = victimsOf[x];
        for (qint32 u : A)
            mark[size_t(u)] = 1;
        for (int y : candidates) {
            const auto &B = victimsOf[size_t(y)];
            qint64 inter = 0;
            for (qint32 u : B)
                inter += mark[size_t(u)];
            const double j = double(inter) / double(qint64(A.size()) + qint64(B.size()) - inter);
            if (j >= threshold)
                link(int(x), y,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("victim_overlap")},
                                 {QStringLiteral("jaccard"), std::round(j * 1000) / 1000},
                                 {QStringLiteral("shared_victims"), inter}});
        }
        for (qint32 u : A)
            mark[size_t(u)] = 0;
    }
}

void Detector::linkSynchronisedHours(const std::vector<size_t> &flagged, const LinkFn &link) const
{
    // The same shift (hour-of-day profile) on the same days. Norms once per number, the same sums
    // in the same order as per pair, so the cosine is the same to the last bit.
    const size_t V = flagged.size();
    std::vector<double> norm(V, 0);
    for (size_t a = 0; a < V; ++a)
        for (double h : m_suspects[flagged[a]].profile.hourShare)
            norm[a] += h * h;
    const double minCosine = param("sync_hours_cosine"), minDays = param("sync_days_jaccard");
    for (size_t a = 0; a < V; ++a) {
        const Profile &pa = m_suspects[flagged[a]].profile;
        if (pa.days.size() < 5)
            continue;
        for (size_t b = a + 1; b < V; ++b) {
            const Profile &pb = m_suspects[flagged[b]].profile;
            if (pb.days.size() < 5)
                continue;
            double dot = 0;
            for (size_t h = 0; h < 24; ++h)
                dot += pa.hourShare[h] * pb.hourShare[h];
            const double cosine = dot / std::sqrt(norm[a] * norm[b]);
            if (!(cosine >= minCosine))
                continue;
            qint64 common = 0;
            for (size_t i = 0, j = 0; i < pa.days.size() && j < pb.days.size();) {
                if (pa.days[i] < pb.days[j])
                    ++i;
                else if (pb.days[j] < pa.days[i])
                    ++j;
                else
                    ++common, ++i, ++j;
            }
            const double days = double(common) / double(qint64(pa.days.size() + pb.days.size()) - common);
            if (days >= minDays)
                link(int(a), int(b),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("synchronised_hours")},
                                 {QStringLiteral("hour_profile_cosine"), std::round(cosine * 1000) / 1000},
                                 {QStringLiteral("shared_days"), common}});
        }
    }
}

} // namespace dt::analysis
