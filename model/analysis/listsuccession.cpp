// Succession without handsets (Detector::linkListContinuations): a number that starts when another
// stops and goes on dialling the same leaked list in its file order from where the other stopped is
// linked to it as its successor, whether or not the CDR names a handset or a cell for either.
#include "analysis/detection.h"

#include <algorithm>
#include <cmath>

namespace dt::analysis {

namespace {

/// Where a number is in a list it dials in order: its first and last stretch of the list.
struct Stretch
{
    int vertex = -1;
    int list = -1;
    qint64 first = 0, last = 0;          ///< its first and last call (UTC)
    double start = 0, end = 0, span = 0; ///< median line of its first and last stretch; the last's width
    double rho = 0;                      ///< rank correlation of first-call order and line
};

double median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (double(v[(v.size() - 1) / 2]) + double(v[v.size() / 2])) / 2;
}

/// Spearman's rho of (rank, line) pairs already sorted by rank (ranks distinct; line ties averaged).
double orderCorrelation(const std::vector<std::pair<quint32, qint64>> &pairs)
{
    const size_t n = pairs.size();
    std::vector<size_t> byLine(n);
    for (size_t k = 0; k < n; ++k)
        byLine[k] = k;
    std::sort(byLine.begin(), byLine.end(),
              [&](size_t a, size_t b) { return pairs[a].second < pairs[b].second; });
    std::vector<double> lineRank(n);
    for (size_t k = 0; k < n;) {
        size_t m = k;
        while (m < n && pairs[byLine[m]].second == pairs[byLine[k]].second)
            ++m;
        for (size_t j = k; j < m; ++j)
            lineRank[byLine[j]] = (double(k) + double(m - 1)) / 2;
        k = m;
    }
    double d2 = 0;
    for (size_t k = 0; k < n; ++k)
        d2 += (double(k) - lineRank[k]) * (double(k) - lineRank[k]);
    return 1.0 - 6.0 * d2 / (double(n) * (double(n) * double(n) - 1.0));
}

} // namespace

void Detector::linkListContinuations(const std::vector<size_t> &flagged,
                                     const std::vector<std::vector<qint32>> &victimsOf,
                                     const std::vector<std::vector<quint32>> &firstRankOf,
                                     const LinkFn &link) const
{
    if (!m_lists || m_lists->empty())
        return;
    const double minRho = param("leak_order_min_rho");
    const qint64 maxGap = qint64(param("takeover_max_gap_hours") * 3600);
    std::vector<Stretch> stretches;
    std::vector<std::pair<quint32, qint64>> pairs;
    for (size_t v = 0; v < flagged.size(); ++v) {
        const Suspect &s = m_suspects[flagged[v]];
        int list = -1;
        for (const Reason &r : s.reasons)
            if (r.code == ReasonCode::LeakedListCallees)
                list = int(m_lists->names.indexOf(r.figures.text(Figure::ListName)));
        if (list < 0)
            continue;
        pairs.clear();
        for (size_t k = 0; k < victimsOf[v].size(); ++k) {
            const size_t u = size_t(victimsOf[v][k]);
            if (!m_lists->holds(u))
                continue;
            for (qint64 j = m_lists->offset[u]; j < m_lists->offset[u + 1]; ++j)
                if (m_lists->entries[size_t(j)].list == list) {
                    pairs.emplace_back(firstRankOf[v][k], m_lists->entries[size_t(j)].line);
                    break;
                }
        }
        if (pairs.size() < 20) // too few records to tell an order from chance
            continue;
        std::sort(pairs.begin(), pairs.end());
        Stretch st;
        st.rho = orderCorrelation(pairs);
        if (st.rho < minRho)
            continue;
        const size_t m = std::max<size_t>(5, pairs.size() / 10);
        std::vector<qint64> head, tail;
        for (size_t k = 0; k < m; ++k) {
            head.push_back(pairs[k].second);
            tail.push_back(pairs[pairs.size() - m + k].second);
        }
        st.vertex = int(v);
        st.list = list;
        st.first = s.profile.firstCall;
        st.last = s.profile.lastCall;
        st.start = median(head);
        st.end = median(tail);
        st.span =
            double(*std::max_element(tail.begin(), tail.end()) - *std::min_element(tail.begin(), tail.end()));
        stretches.push_back(st);
    }
    // One predecessor per number: of those in the same list that fell silent within the gap before it
    // started, the one whose last stretch ends nearest before its first (within two stretches' width:
    // an unrelated buyer starts anywhere in a list of thousands of lines).
    for (const Stretch &b : stretches) {
        const Stretch *best = nullptr;
        double bestD = 0;
        for (const Stretch &a : stretches) {
            if (a.vertex == b.vertex || a.list != b.list || b.first <= a.last || b.first - a.last > maxGap)
                continue;
            const double d = b.start - a.end;
            if (d <= 0 || d > 2 * std::max(1.0, a.span))
                continue;
            if (!best || d < bestD || (d == bestD && a.vertex < best->vertex))
                best = &a, bestD = d;
        }
        if (!best)
            continue;
        EvidenceLink why;
        why.type = LinkType::ListContinuation;
        why.from = m_suspects[flagged[size_t(best->vertex)]].key;
        why.to = m_suspects[flagged[size_t(b.vertex)]].key;
        why.list = m_lists->names.value(b.list);
        why.fromLine = qint64(best->end);
        why.toLine = qint64(b.start);
        why.rankCorrelation = std::round(std::min(best->rho, b.rho) * 1000) / 1000;
        why.silentFrom = best->last;
        why.tookOver = b.first;
        why.gapHours = std::round(double(b.first - best->last) / 360.0) / 10;
        link(best->vertex, b.vertex, why);
    }
}

} // namespace dt::analysis
