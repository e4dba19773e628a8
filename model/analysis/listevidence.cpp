// Whose numbers a caller calls (ListEvidence): its distinct callees against the case's leaked lists,
// with the same chance model as leak attribution (hypergeometric over the case's numbers).
#include "analysis/listevidence.h"

#include "analysis/leaktrace.h"
#include "analysis/parallel.h"

#include <algorithm>
#include <cmath>

namespace dt::analysis {

std::vector<ListEvidence> listEvidence(const std::vector<Profile> &profiles, const CallIndex &ix,
                                       const ListMembership &lists, const QJsonObject &params)
{
    std::vector<ListEvidence> out;
    if (lists.empty() || profiles.empty() || lists.universe <= 0)
        return out;
    auto param = [&](const char *name, double fallback) {
        return params.value(QLatin1String(name)).toDouble(fallback);
    };
    const double minVictims = param("leak_min_victims", 5), minLift = param("leak_min_lift", 1.5);
    const size_t L = size_t(lists.names.size());
    const double tests = double(profiles.size()) * double(std::max<size_t>(L, 1));
    const double threshold = std::log10(param("leak_alpha", 0.001) / tests);
    const size_t numbers = lists.offset.size() - 1;
    qint64 inAny = 0; // distinct numbers any list holds
    for (size_t n = 0; n < numbers; ++n)
        inAny += lists.holds(n);
    out.resize(profiles.size());
    const size_t workers = profiles.size() >= 2000 ? 2 : 1;
    runParallel(workers, [&](size_t w) {
        std::vector<char> seen(numbers, 0);
        std::vector<qint32> touched;
        std::vector<qint64> perList(L, 0);
        for (size_t i = w; i < profiles.size(); i += workers) {
            const size_t num = size_t(profiles[i].number);
            ListEvidence &e = out[i];
            std::fill(perList.begin(), perList.end(), 0);
            for (size_t k = ix.outBegin(num); k < ix.outEnd(num); ++k) {
                const qint32 c = ix.callee[k];
                if (seen[size_t(c)])
                    continue;
                seen[size_t(c)] = 1;
                touched.push_back(c);
                ++e.callees;
                if (!lists.holds(size_t(c)))
                    continue;
                ++e.inAnyList;
                quint64 mask = 0;
                for (qint64 j = lists.offset[size_t(c)]; j < lists.offset[size_t(c) + 1]; ++j)
                    mask |= 1ULL << lists.entries[size_t(j)].list;
                for (; mask; mask &= mask - 1)
                    ++perList[size_t(qCountTrailingZeroBits(mask))];
            }
            for (qint32 c : touched)
                seen[size_t(c)] = 0;
            touched.clear();
            const double n = double(e.callees), N = double(lists.universe);
            for (size_t l = 0; l < L; ++l) {
                if (!perList[l])
                    continue;
                const double log10P = LeakTrace::hypergeometricLog10Upper(lists.universe, lists.phones[l],
                                                                          e.callees, perList[l]);
                if (e.list >= 0 && log10P >= e.log10P)
                    continue;
                e.list = int(l);
                e.inList = perList[l];
                e.log10P = log10P;
                const double expected = n * double(lists.phones[l]) / N;
                e.lift = expected > 0 ? double(perList[l]) / expected : 0;
            }
            e.significant =
                e.list >= 0 && double(e.inList) >= minVictims && e.lift >= minLift && e.log10P <= threshold;
            e.anyExpected = n * double(inAny) / N;
            e.generalPublic = !e.significant && e.anyExpected >= minVictims &&
                              double(e.inAnyList) < minLift * e.anyExpected;
        }
    });
    return out;
}

} // namespace dt::analysis
