#include "analysis/callindex.h"

#include <algorithm>

namespace dt::analysis {

CallIndex::CallIndex(const CallTable &t)
{
    const size_t n = t.size();
    const size_t numbers = t.numberKey.size();
    // Outgoing: counting sort by caller keeps table order, then each slice by start time. Calls
    // are usually stored in time order, so most slices are already sorted and skip the sort; the
    // others are sorted exactly as before (std::sort by start), so ties keep their former order.
    outFirst.assign(numbers + 1, 0);
    for (size_t i = 0; i < n; ++i)
        ++outFirst[size_t(t.caller[i]) + 1];
    for (size_t k = 1; k <= numbers; ++k)
        outFirst[k] += outFirst[k - 1];
    outCalls.resize(n);
    {
        std::vector<quint32> fill(outFirst.begin(), outFirst.end() - 1);
        for (size_t i = 0; i < n; ++i)
            outCalls[fill[size_t(t.caller[i])]++] = quint32(i);
    }
    const qint64 *start = t.start.data();
    for (size_t num = 0; num < numbers; ++num) {
        auto b = outCalls.begin() + outFirst[num], e = outCalls.begin() + outFirst[num + 1];
        if (e - b < 2)
            continue;
        // Strictly increasing: std::sort would leave it as it is.
        const bool strictly =
            std::adjacent_find(b, e, [start](quint32 x, quint32 y) { return start[x] >= start[y]; }) == e;
        if (!strictly)
            std::sort(b, e, [start](quint32 x, quint32 y) { return start[x] < start[y]; });
    }
    // Incoming: scattering the outgoing rows caller by caller leaves each callee's slice ordered
    // by caller, then time.
    inFirst.assign(numbers + 1, 0);
    for (size_t i = 0; i < n; ++i)
        ++inFirst[size_t(t.callee[i]) + 1];
    for (size_t k = 1; k <= numbers; ++k)
        inFirst[k] += inFirst[k - 1];
    inCalls.resize(n);
    std::vector<quint32> fill(inFirst.begin(), inFirst.end() - 1);
    for (size_t k = 0; k < n; ++k) {
        const quint32 i = outCalls[k];
        inCalls[fill[size_t(t.callee[i])]++] = i;
    }
}

} // namespace dt::analysis
