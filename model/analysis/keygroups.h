#pragma once
// Helpers the operator grouping and the group-first scoring share (internal to analysis/).
#include "analysis/calltable.h"
#include "analysis/profile.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace dt::analysis {

/// (key, member) pairs sorted and made unique, then each key's members (ascending) handed to
/// @p fn(key, members).
template<typename Member, typename Fn>
void forEachKeyGroup(std::vector<std::pair<qint32, Member>> &pairs, const Fn &fn)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<Member> members;
    for (size_t k = 0; k < pairs.size();) {
        members.clear();
        size_t m = k;
        while (m < pairs.size() && pairs[m].first == pairs[k].first)
            members.push_back(pairs[m++].second);
        fn(pairs[k].first, members);
        k = m;
    }
}

/// By source id: whether the source is a PBX log, whose calls all went through one trunk.
inline std::vector<char> pbxTrunkSources(const CallTable &t)
{
    std::vector<char> trunk(t.sourceFormat.size(), 0);
    for (size_t s = 0; s < t.sourceFormat.size(); ++s)
        trunk[s] = t.sourceFormat[s].startsWith(QLatin1String("asterisk")) ||
                   t.sourceFormat[s].startsWith(QLatin1String("freeswitch"));
    return trunk;
}

/// Local days on which both profiles placed calls.
inline qint64 sharedDays(const Profile &a, const Profile &b)
{
    qint64 common = 0;
    for (size_t x = 0, y = 0; x < a.days.size() && y < b.days.size();) {
        if (a.days[x] < b.days[y])
            ++x;
        else if (b.days[y] < a.days[x])
            ++y;
        else
            ++common, ++x, ++y;
    }
    return common;
}

} // namespace dt::analysis
