// Group-first detection (Detector::scoreGroups): a call centre of human agents on ordinary mobiles
// makes 15–30 calls a number a day, which no per-number threshold separates from a busy person. As
// one operation, forty of them make 800 calls a day to people who never call back. So the one-way
// callers below the flag are linked by what only one operation shares (a handset, a PBX trunk, or
// one cell worked on one shift), each group is scored as one caller with the same rules as a
// number, and a group that is a suspect and complained about beyond what the general public's
// callers draw has its members flagged, each with the group's figures.
#include "analysis/detection.h"
#include "analysis/keygroups.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace dt::analysis {

/// Union-find over the candidates, smaller root kept so the groups come out in a stable order.
class Detector::Groups
{
public:
    explicit Groups(size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), size_t(0));
    }
    size_t find(size_t v)
    {
        while (m_parent[v] != v)
            v = m_parent[v] = m_parent[m_parent[v]];
        return v;
    }
    void join(size_t a, size_t b)
    {
        a = find(a), b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<size_t> m_parent;
};

namespace {

/// Bit of each link kind a group was joined by (the figure names them).
enum : unsigned { kDevice = 1, kTrunk = 2, kCellShift = 4, kVictims = 8 };

/// The same shift: hour-of-day profiles this alike on days this much the same (both active ≥ 5 days).
bool sameShift(const Profile &a, const Profile &b, double minCosine, double minDays)
{
    if (a.days.size() < 5 || b.days.size() < 5)
        return false;
    double dot = 0, na = 0, nb = 0;
    for (size_t h = 0; h < 24; ++h) {
        dot += a.hourShare[h] * b.hourShare[h];
        na += a.hourShare[h] * a.hourShare[h];
        nb += b.hourShare[h] * b.hourShare[h];
    }
    if (!(dot / std::sqrt(na * nb) >= minCosine))
        return false;
    const double c = double(sharedDays(a, b));
    return c / (double(a.days.size() + b.days.size()) - c) >= minDays;
}

} // namespace

template<typename Join>
void Detector::joinOverlappingVictims(const CallIndex &ix, size_t numbers, Groups &groups,
                                      const Join &join) const
{
    const size_t n = m_candidates.size();
    std::vector<std::pair<qint32, size_t>> byVictim; // (callee, part's root)
    for (size_t c = 0; c < n; ++c) {
        const size_t num = size_t(m_candidates[c].number), root = groups.find(c);
        for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k)
            byVictim.emplace_back(ix.callee[k], root);
    }
    std::sort(byVictim.begin(), byVictim.end());
    byVictim.erase(std::unique(byVictim.begin(), byVictim.end()), byVictim.end());
    std::vector<qint64> callees(n, 0); // by root
    for (const auto &[victim, root] : byVictim)
        ++callees[root];
    // A callee dialled by very many parts is a shop or a hotline everyone calls, not a list record:
    // it says nothing about who shares a list, and would make the pair count quadratic. Pairs are
    // counted by sorting their keys (low part, high part), not in a map.
    constexpr size_t kMaxPartsPerCallee = 20;
    std::vector<quint64> pairKeys;
    for (size_t k = 0; k < byVictim.size();) {
        size_t m = k;
        while (m < byVictim.size() && byVictim[m].first == byVictim[k].first)
            ++m;
        if (m - k >= 2 && m - k <= kMaxPartsPerCallee)
            for (size_t a = k; a < m; ++a)
                for (size_t b = a + 1; b < m; ++b)
                    pairKeys.push_back(quint64(byVictim[a].second) << 32 | quint64(byVictim[b].second));
        k = m;
    }
    std::sort(pairKeys.begin(), pairKeys.end());
    std::vector<std::pair<std::pair<size_t, size_t>, qint64>> shared;
    for (size_t k = 0; k < pairKeys.size();) {
        size_t m = k;
        while (m < pairKeys.size() && pairKeys[m] == pairKeys[k])
            ++m;
        shared.push_back({{size_t(pairKeys[k] >> 32), size_t(pairKeys[k] & 0xffffffffu)}, qint64(m - k)});
        k = m;
    }
    const double minShared = param("group_min_shared_victims"), minLift = param("group_min_victim_lift");
    for (const auto &[pair, count] : shared) {
        // What two callers drawing their callees at random from the case's numbers would share.
        const double expected = double(callees[pair.first]) * double(callees[pair.second]) / double(numbers);
        if (double(count) >= minShared && double(count) >= minLift * expected)
            join(pair.first, pair.second);
    }
}

Detector::GroupLink Detector::closestPair(const CallIndex &ix, const std::vector<size_t> &partOf, size_t a,
                                          size_t b) const
{
    auto calleesOf = [&](size_t c) {
        std::vector<qint32> v;
        const size_t num = size_t(m_candidates[c].number);
        for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k)
            v.push_back(ix.callee[k]);
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    };
    GroupLink best;
    qint64 bestShared = -1;
    std::vector<std::pair<size_t, std::vector<qint32>>> ofB; // each of b's numbers with its callees, once
    for (size_t y = 0; y < partOf.size(); ++y)
        if (partOf[y] == b)
            ofB.emplace_back(y, calleesOf(y));
    for (size_t x = 0; x < partOf.size(); ++x) {
        if (partOf[x] != a)
            continue;
        const std::vector<qint32> vx = calleesOf(x);
        for (const auto &[y, vy] : ofB) {
            std::vector<qint32> common;
            std::set_intersection(vx.begin(), vx.end(), vy.begin(), vy.end(), std::back_inserter(common));
            if (qint64(common.size()) <= bestShared)
                continue;
            bestShared = qint64(common.size());
            best.a = m_candidates[x].number;
            best.b = m_candidates[y].number;
            best.why.type = LinkType::VictimOverlap;
            best.why.sharedVictims = bestShared;
            best.why.jaccard =
                std::round(double(bestShared) / double(vx.size() + vy.size() - common.size()) * 1000) / 1000;
        }
    }
    return best;
}

void Detector::scoreGroups(const CallTable &t, const CallIndex &ix)
{
    const size_t n = m_candidates.size();
    if (n < 2)
        return;
    const std::vector<char> trunkSource = pbxTrunkSources(t);
    std::vector<std::pair<qint32, size_t>> byDevice, byTrunk, byCell;
    for (size_t c = 0; c < n; ++c) {
        const size_t num = size_t(m_candidates[c].number);
        for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k) {
            if (ix.device[k])
                byDevice.emplace_back(ix.device[k], c);
            if (trunkSource[size_t(ix.source[k])])
                byTrunk.emplace_back(ix.source[k], c);
            if (ix.cell[k])
                byCell.emplace_back(ix.cell[k], c);
        }
    }
    Groups groups(n);
    std::vector<unsigned> joinedBy(n, 0);
    auto join = [&](size_t a, size_t b, unsigned kind) {
        groups.join(a, b);
        joinedBy[a] |= kind;
        joinedBy[b] |= kind;
    };
    forEachKeyGroup(byDevice, [&](qint32, const std::vector<size_t> &m) {
        for (size_t k = 1; k < m.size(); ++k)
            join(m.front(), m[k], kDevice);
    });
    forEachKeyGroup(byTrunk, [&](qint32, const std::vector<size_t> &m) {
        for (size_t k = 1; k < m.size(); ++k)
            join(m.front(), m[k], kTrunk);
    });
    // A cell is shared by everyone living or working under it: only numbers on one shift there are
    // joined. Each cell's numbers are compared with the first number of each shift found so far; a
    // bounded number of shifts per cell keeps a city-centre cell linear.
    const double minCosine = param("sync_hours_cosine"), minDays = param("sync_days_jaccard");
    constexpr size_t kShiftsPerCell = 64;
    forEachKeyGroup(byCell, [&](qint32, const std::vector<size_t> &m) {
        std::vector<size_t> shifts;
        for (size_t c : m) {
            const auto same = std::find_if(shifts.begin(), shifts.end(), [&](size_t s) {
                return sameShift(m_candidates[s].profile, m_candidates[c].profile, minCosine, minDays);
            });
            if (same != shifts.end())
                join(*same, c, kCellShift);
            else if (shifts.size() < kShiftsPerCell)
                shifts.push_back(c);
        }
    });
    // Operations that dial one list the case does not hold: the parts found so far (and single
    // numbers) whose callees overlap far beyond chance are one operation working through it.
    std::vector<size_t> partOf(n);
    for (size_t c = 0; c < n; ++c)
        partOf[c] = groups.find(c);
    std::vector<std::pair<size_t, size_t>> overlapping; // parts (by root) joined for their callees
    joinOverlappingVictims(ix, t.numberKey.size(), groups, [&](size_t a, size_t b) {
        join(a, b, kVictims);
        overlapping.emplace_back(a, b);
    });
    std::map<size_t, std::vector<size_t>> members; // by root: stable, ascending candidates
    for (size_t c = 0; c < n; ++c)
        members[groups.find(c)].push_back(c);

    const double flagScore = param("flag_score");
    std::vector<char> seen(t.numberKey.size(), 0);
    std::vector<qint32> victims;
    for (const auto &[root, m] : members) {
        if (m.size() < 2)
            continue;
        // The group as one caller: its calls over the days any of it worked, its callees counted once.
        Profile g;
        g.number = m_candidates[m.front()].number;
        std::vector<qint64> days;
        double answered = 0, reciprocal = 0, calleesSum = 0;
        unsigned kinds = 0;
        victims.clear();
        for (size_t c : m) {
            const Profile &p = m_candidates[c].profile;
            g.callsOut += p.callsOut;
            g.callsIn += p.callsIn;
            answered += p.answeredShare * double(p.callsOut);
            reciprocal += p.reciprocity * double(p.distinctCallees);
            calleesSum += double(p.distinctCallees);
            g.complainants += p.complainants;
            g.complaintsFraud += p.complaintsFraud;
            g.maxPerCalleeDay = std::max(g.maxPerCalleeDay, p.maxPerCalleeDay);
            g.firstCall = g.firstCall ? std::min(g.firstCall, p.firstCall) : p.firstCall;
            g.lastCall = std::max(g.lastCall, p.lastCall);
            days.insert(days.end(), p.days.begin(), p.days.end());
            kinds |= joinedBy[c];
            const size_t num = size_t(p.number);
            for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k)
                if (!seen[size_t(ix.callee[k])]++)
                    victims.push_back(ix.callee[k]);
        }
        for (qint32 v : victims)
            seen[size_t(v)] = 0;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        g.activeDays = qint64(days.size());
        g.callsPerActiveDay = days.empty() ? 0 : double(g.callsOut) / double(days.size());
        g.distinctCallees = qint64(victims.size());
        g.answeredShare = g.callsOut ? answered / double(g.callsOut) : 0;
        g.reciprocity = calleesSum > 0 ? reciprocal / calleesSum : 0;
        const Suspect group = assess(g, NumberClass::Mobile, nullptr, {});
        // A group of the general public's callers (reminders, couriers) draws almost no complaints:
        // the same share that keeps a single bulk caller legitimate keeps a group unflagged.
        const bool complained =
            g.complaintsFraud > 0 || g.complainants >= qint64(param("group_min_complainants"));
        if (group.legitimate || group.score < flagScore || !complained)
            continue;
        QStringList links;
        if (kinds & kDevice)
            links << code(LinkType::SharedDevice);
        if (kinds & kTrunk)
            links << code(LinkType::SamePbxTrunk);
        if (kinds & kCellShift)
            links << code(LinkType::SharedCell) << code(LinkType::SynchronisedHours);
        if (kinds & kVictims)
            links << code(LinkType::VictimOverlap);
        // Parts joined for their callees share no cell or handset the operator grouping would see:
        // the two numbers of the parts that share the most callees are linked by that overlap.
        for (const auto &[a, b] : overlapping)
            if (groups.find(a) == root)
                m_groupLinks.push_back(closestPair(ix, partOf, a, b));
        const double weight = std::round(group.score * 1000) / 1000;
        for (size_t c : m) {
            Suspect s = std::move(m_candidates[c]);
            s.reasons.push_back(
                {ReasonCode::GroupOperation,
                 weight,
                 Figures()
                     .set(Figure::GroupNumbers, double(m.size()))
                     .set(Figure::GroupLinks, links.join(QLatin1Char(',')))
                     .set(Figure::CallsPerActiveDay, QString::number(g.callsPerActiveDay, 'f', 1).toDouble())
                     .set(Figure::CalleeCount, double(g.distinctCallees))
                     .set(Figure::Reciprocity, QString::number(g.reciprocity * 100, 'f', 1).toDouble() / 100)
                     .set(Figure::Complainants, double(g.complainants)),
                 {}});
            s.score = 1.0 - (1.0 - s.score) * (1.0 - weight);
            m_suspects.push_back(std::move(s));
        }
    }
}

} // namespace dt::analysis
