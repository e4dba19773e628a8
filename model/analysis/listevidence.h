#pragma once
#include "analysis/callindex.h"
#include "analysis/profile.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace dt::analysis {

/// The leaked lists of a case as detection reads them: which lists hold each number in full, at
/// which line (LeakTrace::membership()). Empty when the case has no lists.
struct ListMembership
{
    struct Entry
    {
        qint16 list;
        qint32 line; ///< the record's line in its file (the order a buyer dials it in)
    };
    QStringList names;          ///< by list
    std::vector<qint64> phones; ///< by list: distinct full phone numbers
    qint64 universe = 0;        ///< the chance model's population (LeakTrace::universe)
    std::vector<qint64> offset; ///< by number id: its entries are [offset[n], offset[n + 1])
    std::vector<Entry> entries;
    bool empty() const { return names.isEmpty() || offset.empty(); }
    bool holds(size_t number) const
    {
        return number + 1 < offset.size() && offset[number + 1] > offset[number];
    }
};

/// Whose numbers one caller calls, against the case's lists: the list its distinct callees are most
/// concentrated in beyond chance, and whether they look like the general public instead.
struct ListEvidence
{
    int list = -1;            ///< the most significant list, -1 when none holds a callee
    qint64 callees = 0;       ///< distinct callees
    qint64 inList = 0;        ///< of them in that list
    double lift = 0;          ///< inList over what chance gives (callees × list phones / universe)
    double log10P = 0;        ///< hypergeometric upper tail
    bool significant = false; ///< leak_min_victims, leak_min_lift, and p below leak_alpha / tests
    qint64 inAnyList = 0;     ///< callees in any list
    double anyExpected = 0;   ///< what chance gives for any list
    /// The lists could have shown a concentration (anyExpected ≥ leak_min_victims) and none did
    /// (callees in any list below leak_min_lift times chance): the callees are the general public.
    bool generalPublic = false;
};

/// The list evidence of each profile (same order), with the `leak_*` parameters; the tests are
/// corrected for profiles × lists. Empty when @p lists is.
std::vector<ListEvidence> listEvidence(const std::vector<Profile> &profiles, const CallIndex &ix,
                                       const ListMembership &lists, const QJsonObject &params);

} // namespace dt::analysis
