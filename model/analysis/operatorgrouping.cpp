// Grouping suspects into operators (Detector::groupOperators): evidence links between flagged numbers,
// then Boost.Graph connected components. Everything runs over the call index (flat arrays by number
// id), and every container is ordered, so the same case gives the same evidence in the same order.
#include "analysis/detection.h"
#include "analysis/keygroups.h"
#include "analysis/parallel.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <map>
#include <QElapsedTimer>
#include <tuple>

namespace dt::analysis {

namespace {
void sortUnique(std::vector<qint32> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
} // namespace

void Detector::linkSharedDevice(const CallTable &t, const CallIndex &ix, const std::vector<size_t> &flagged,
                                qint32 device, const std::vector<int> &vs, const LinkFn &link,
                                std::vector<std::pair<HandsetRotation, int>> *rotations) const
{
    if (vs.size() < 2) // a handset of one flagged number links nothing
        return;
    EvidenceLink why;
    why.type = LinkType::SharedDevice;
    why.imei = t.deviceImei[size_t(device)];
    // Each number's calls from the handset: first and last (with their call ids) and how many.
    struct Stint
    {
        int vertex;
        qint64 first = 0, last = 0, calls = 0, firstId = 0, lastId = 0;
    };
    std::vector<Stint> stints;
    for (int v : vs) {
        const size_t num = size_t(m_suspects[flagged[size_t(v)]].number);
        Stint s{v};
        for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k) {
            if (ix.device[k] != device)
                continue;
            const qint64 id = t.id[ix.outCalls[k]];
            if (!s.calls++) // the slice is in time order: the first seen is the first
                s.first = ix.start[k], s.firstId = id;
            s.last = ix.start[k], s.lastId = id;
        }
        stints.push_back(s);
    }
    std::sort(stints.begin(), stints.end(), [](const Stint &a, const Stint &b) {
        return std::tie(a.first, a.vertex) < std::tie(b.first, b.vertex);
    });
    bool inTurn = true;
    for (size_t k = 1; inTurn && k < stints.size(); ++k)
        inTurn = stints[k - 1].last < stints[k].first;
    if (!inTurn) { // used side by side (a SIM box): each linked to the first
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k), why);
        return;
    }
    HandsetRotation r;
    r.imei = why.imei;
    for (size_t k = 0; k < stints.size(); ++k) {
        const Stint &s = stints[k];
        r.stints.push_back({m_suspects[flagged[size_t(s.vertex)]].key, s.first, s.last, s.calls});
        if (k == 0)
            continue;
        const Stint &before = stints[k - 1];
        EvidenceLink turn = why;
        turn.from = r.stints[k - 1].number;
        turn.to = r.stints[k].number;
        turn.silentFrom = before.last;
        turn.tookOver = s.first;
        turn.gapHours = std::round(double(s.first - before.last) / 360.0) / 10;
        link(before.vertex, s.vertex, turn);
        r.supportingCalls << before.lastId << s.firstId;
    }
    rotations->emplace_back(std::move(r), stints.front().vertex);
}

void Detector::groupOperators(const CallTable &t, const CallIndex &ix)
{
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char *name) { m_phaseMs.append({QLatin1String(name), clock.restart()}); };
    std::vector<size_t> flagged;
    std::vector<int> vertexOf(t.numberKey.size(), -1);
    for (size_t i = 0; i < m_suspects.size(); ++i) {
        if (!m_suspects[i].flagged(param("flag_score")))
            continue;
        vertexOf[size_t(m_suspects[i].number)] = int(flagged.size());
        flagged.push_back(i);
    }
    const size_t V = flagged.size();
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(V);
    std::map<std::pair<int, int>, std::vector<EvidenceLink>> evidence;
    auto link = [&](int a, int b, const EvidenceLink &why) {
        if (a == b)
            return;
        const auto key = std::minmax(a, b);
        if (!evidence.count(key))
            boost::add_edge(size_t(key.first), size_t(key.second), g);
        evidence[key].push_back(why);
    };
    const std::vector<char> trunkSource = pbxTrunkSources(t);
    // Each flagged number's handsets, cells, trunks and victims, from its slice of the index.
    // Victims sorted by id, with the order in which the number first called each (its dialling list).
    // Numbers are independent: the two cores take alternate ones, each with its own rank array and
    // key lists (the key lists are sorted before use, so their order does not matter).
    std::vector<std::vector<qint32>> devicesOf(V), victimsOf(V);
    std::vector<std::vector<quint32>> firstRankOf(V);
    const size_t workers = V >= 256 ? 2 : 1;
    std::vector<std::vector<std::pair<qint32, int>>> byDevicePart(workers), byCellPart(workers),
        byTrunkPart(workers);
    runParallel(workers, [&](size_t w) {
        std::vector<quint32> rankOf(t.numberKey.size(), 0);
        std::vector<qint32> cells, trunks;
        for (size_t v = w; v < V; v += workers) {
            const size_t num = size_t(m_suspects[flagged[v]].number);
            cells.clear();
            trunks.clear();
            quint32 rank = 0;
            for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k) {
                if (ix.device[k])
                    devicesOf[v].push_back(ix.device[k]);
                if (ix.cell[k])
                    cells.push_back(ix.cell[k]);
                if (trunkSource[size_t(ix.source[k])])
                    trunks.push_back(ix.source[k]);
                const qint32 u = ix.callee[k];
                if (!rankOf[size_t(u)]) {
                    rankOf[size_t(u)] = ++rank;
                    victimsOf[v].push_back(u);
                }
            }
            for (auto *list : {&devicesOf[v], &cells, &trunks, &victimsOf[v]})
                sortUnique(*list);
            firstRankOf[v].reserve(victimsOf[v].size());
            for (qint32 u : victimsOf[v]) {
                firstRankOf[v].push_back(rankOf[size_t(u)]);
                rankOf[size_t(u)] = 0;
            }
            for (qint32 d : devicesOf[v])
                byDevicePart[w].emplace_back(d, int(v));
            for (qint32 c : cells)
                byCellPart[w].emplace_back(c, int(v));
            for (qint32 s : trunks)
                byTrunkPart[w].emplace_back(s, int(v));
        }
    });
    std::vector<std::pair<qint32, int>> byDevice, byCell, byTrunk;
    for (size_t w = 0; w < workers; ++w) {
        byDevice.insert(byDevice.end(), byDevicePart[w].begin(), byDevicePart[w].end());
        byCell.insert(byCell.end(), byCellPart[w].begin(), byCellPart[w].end());
        byTrunk.insert(byTrunk.end(), byTrunkPart[w].begin(), byTrunkPart[w].end());
    }
    auto keyOf = [&](int v) { return m_suspects[flagged[size_t(v)]].key; };
    phase("operators: collect");
    // Shared handsets, shared cells, the same PBX trunk: each member linked to the key's first.
    std::vector<std::pair<HandsetRotation, int>> rotations; // with a vertex of its numbers
    forEachKeyGroup(byDevice, [&](qint32 device, const std::vector<int> &vs) {
        linkSharedDevice(t, ix, flagged, device, vs, link, &rotations);
    });
    forEachKeyGroup(byCell, [&](qint32 cell, const std::vector<int> &vs) {
        EvidenceLink why;
        why.type = LinkType::SharedCell;
        why.cell = t.cells.value(cell - 1);
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k), why);
    });
    forEachKeyGroup(byTrunk, [&](qint32 trunk, const std::vector<int> &vs) {
        EvidenceLink why;
        why.type = LinkType::SamePbxTrunk;
        why.sourceId = trunk;
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k), why);
    });
    // Victim overlap: exact over candidate pairs for a modest number of suspects, MinHash with LSH
    // banding (then exact on the candidates) above.
    phase("operators: shared keys");
    const VictimIndex victimIndex(victimsOf, firstRankOf, t.numberKey.size());
    if (double(V) >= param("victim_lsh_min_numbers"))
        linkVictimOverlapLsh(victimsOf, t.numberKey.size(), link);
    else
        linkVictimOverlap(victimsOf, victimIndex, link);
    phase("operators: victim overlap");
    linkSynchronisedHours(flagged, link);
    phase("operators: synchronised hours");
    linkListTakeovers(flagged, victimsOf, firstRankOf, victimIndex, link);
    phase("operators: list takeovers");
    linkListContinuations(flagged, victimsOf, firstRankOf, link);
    phase("operators: list continuations");
    for (const GroupLink &gl : m_groupLinks)
        if (vertexOf[size_t(gl.a)] >= 0 && vertexOf[size_t(gl.b)] >= 0)
            link(vertexOf[size_t(gl.a)], vertexOf[size_t(gl.b)], gl.why);

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
    for (auto &[rotation, vertex] : rotations) {
        rotation.operatorId = m_operators[size_t(operatorOf[size_t(vertex)])].id;
        m_rotations.push_back(std::move(rotation));
    }
    std::sort(m_rotations.begin(), m_rotations.end(),
              [](const HandsetRotation &a, const HandsetRotation &b) { return a.imei < b.imei; });
    phase("operators: components");
    // The links inside each operator, in the evidence map's order.
    for (auto &[pair, links] : evidence)
        m_operators[size_t(operatorOf[size_t(pair.first)])].evidence.push_back(
            Evidence{keyOf(pair.first), keyOf(pair.second), std::move(links)});
    phase("operators: evidence");
}

} // namespace dt::analysis
