#pragma once
#include "analysis/calltable.h"

#include <vector>

namespace dt::analysis {

/**
 * The call table regrouped as compressed sparse rows, built once in O(calls) by counting sorts and
 * shared by the profiles, the operator grouping and the violations:
 * - out: each number's outgoing calls in time order (ties in table order), with the columns the
 *   analyses read copied into that order, so one number's calls lie together in memory (ten
 *   million calls do not fit in a cache; random rows would cost a miss per column);
 * - in: each number's incoming calls ordered by caller, then time.
 */
struct CallIndex
{
    std::vector<quint32> outFirst; ///< by number id, size numbers + 1: the number's positions
    std::vector<quint32> outCalls; ///< by position: the row of the CallTable (for ids)
    std::vector<qint32> callee, device, cell, source, duration; ///< by position
    std::vector<qint64> start;                                  ///< by position
    std::vector<qint8> answered;                                ///< by position
    std::vector<quint32> inFirst; ///< by number id, size numbers + 1: the number's incoming calls
    std::vector<qint32> inCaller; ///< by incoming position
    std::vector<qint64> inStart;  ///< by incoming position

    explicit CallIndex(const CallTable &t);
    size_t outBegin(size_t number) const { return outFirst[number]; }
    size_t outEnd(size_t number) const { return outFirst[number + 1]; }
    size_t inBegin(size_t number) const { return inFirst[number]; }
    size_t inEnd(size_t number) const { return inFirst[number + 1]; }
};

} // namespace dt::analysis
