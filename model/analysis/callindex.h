#pragma once
#include "analysis/calltable.h"

#include <vector>

namespace dt::analysis {

/**
 * The call table as two compressed sparse rows, built once in O(calls) by counting sorts and shared
 * by the profiles, the operator grouping and the violations:
 * - out: each number's outgoing calls in time order (ties in table order), and
 * - in: each number's incoming calls ordered by caller, then time.
 * Entries are rows of the CallTable.
 */
struct CallIndex
{
    std::vector<quint32> outFirst; ///< by number id, size numbers + 1: the number's range in outCalls
    std::vector<quint32> outCalls;
    std::vector<quint32> inFirst; ///< by number id, size numbers + 1: the number's range in inCalls
    std::vector<quint32> inCalls;

    explicit CallIndex(const CallTable &t);
    size_t outBegin(size_t number) const { return outFirst[number]; }
    size_t outEnd(size_t number) const { return outFirst[number + 1]; }
    size_t inBegin(size_t number) const { return inFirst[number]; }
    size_t inEnd(size_t number) const { return inFirst[number + 1]; }
};

} // namespace dt::analysis
