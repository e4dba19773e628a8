#pragma once
#include "analysis/callindex.h"
#include "analysis/calltable.h"
#include "analysis/parallel.h"
#include "analysis/profile.h"
#include "core/caseclock.h"

#include <vector>

namespace dt {
class Database;
}

namespace dt::analysis {

struct ComplaintIndex
{
    struct Entry
    {
        qint32 reported = 0, complainant = 0;
        qint64 timeUtc = 0;
        qint64 id = 0;
    };
    std::vector<Entry> entries;
    std::vector<std::vector<qint32>> complainantsOf; ///< by reported number id
    std::vector<qint64> fraud;                       ///< complaints of a fraud category, by number id

    /// Reads the case's complaints for a dictionary of @p numbers ids: every entry, each reported
    /// number's distinct complainants and its fraud complaints. False with @p error set on a read error.
    bool load(Database &db, size_t numbers, QString *error);
};

/// Profiles of every number that placed a call; @p clock (the case's) gives local days and clock hours.
std::vector<Profile> computeProfiles(const CallTable &t, const ComplaintIndex &complaints,
                                     const CaseClock &clock);
/// The same over an index already built (one pass per caller over its slice, on two threads).
/// Numbers with fewer than @p minCalls outgoing calls get no profile (the detection scores none
/// below `min_calls`; at 10M calls that skips nine numbers in ten).
std::vector<Profile> computeProfiles(const CallTable &t, const CallIndex &ix,
                                     const ComplaintIndex &complaints, const CaseClock &clock,
                                     qint64 minCalls = 1);

} // namespace dt::analysis
