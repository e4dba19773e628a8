#include "analysis/callindex.h"

#include "analysis/parallel.h"

#include <algorithm>

namespace dt::analysis {

namespace {
template<typename T>
void gather(std::vector<T> &to, const std::vector<T> &from, const std::vector<quint32> &rows)
{
    to.resize(rows.size());
    for (size_t k = 0; k < rows.size(); ++k)
        to[k] = from[rows[k]];
}
} // namespace

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
    gather(start, t.start, outCalls);
    for (size_t num = 0; num < numbers; ++num) {
        const size_t b = outFirst[num], e = outFirst[num + 1];
        bool strictly = true; // then std::sort would leave it as it is
        for (size_t k = b + 1; k < e && strictly; ++k)
            strictly = start[k - 1] < start[k];
        if (strictly)
            continue;
        const qint64 *s = t.start.data();
        std::sort(outCalls.begin() + qsizetype(b), outCalls.begin() + qsizetype(e),
                  [s](quint32 x, quint32 y) { return s[x] < s[y]; });
        for (size_t k = b; k < e; ++k)
            start[k] = s[outCalls[k]];
    }
    // The two big gathers run side by side.
    runParallel(2, [&](size_t w) {
        if (w == 0) {
            gather(callee, t.callee, outCalls);
            gather(device, t.device, outCalls);
            gather(cell, t.cell, outCalls);
        } else {
            gather(source, t.source, outCalls);
            gather(duration, t.duration, outCalls);
            gather(answered, t.answered, outCalls);
        }
    });
    // Incoming: scattering the outgoing positions caller by caller leaves each callee's slice
    // ordered by caller, then time.
    inFirst.assign(numbers + 1, 0);
    for (size_t k = 0; k < n; ++k)
        ++inFirst[size_t(callee[k]) + 1];
    for (size_t k = 1; k <= numbers; ++k)
        inFirst[k] += inFirst[k - 1];
    inCaller.resize(n);
    inStart.resize(n);
    std::vector<quint32> fill(inFirst.begin(), inFirst.end() - 1);
    for (size_t num = 0; num < numbers; ++num) {
        for (size_t k = outFirst[num]; k < outFirst[num + 1]; ++k) {
            const quint32 pos = fill[size_t(callee[k])]++;
            inCaller[pos] = qint32(num);
            inStart[pos] = start[k];
        }
    }
}

} // namespace dt::analysis
