#pragma once
#include <array>
#include <QtGlobal>
#include <vector>

namespace dt::analysis {

/// What one number's calls look like, computed in one pass over the call table.
struct Profile
{
    qint32 number = 0;
    qint64 callsOut = 0, callsIn = 0, distinctCallees = 0;
    double answeredShare = 0; ///< of outgoing calls
    double meanDuration = 0;  ///< answered outgoing calls, seconds
    double shortShare = 0;    ///< answered outgoing calls under 15 s
    qint64 peakPerHour = 0;   ///< most outgoing calls in one clock hour
    qint64 activeHours = 0, activeDays = 0;
    double callsPerActiveDay = 0;
    double nightShare = 0;      ///< outgoing calls 22:00–07:00 local time
    double gapCv = 0;           ///< coefficient of variation of gaps between consecutive calls of a day
    double sequentialShare = 0; ///< consecutive callees a small step apart (number-segment sweeps)
    double reciprocity = 0;     ///< callees who ever called this number back
    double callbackShare = 0;   ///< outgoing calls answering an incoming call from the callee within 24 h
    qint64 maxPerCalleeDay = 0; ///< most calls to one callee in one day
    double repeatedShare = 0;   ///< callees called 3 times or more
    qint64 devices = 0;
    qint64 complainants = 0; ///< distinct numbers that complained about it
    qint64 complaintsFraud = 0;
    double lateShare = 0; ///< outgoing calls 21:00–08:00 local time (outside permitted marketing hours)
    qint64 firstCall = 0, lastCall = 0;
    std::array<double, 24> hourShare{}; ///< outgoing calls by local clock hour, as shares
    std::vector<qint64> days;           ///< local day numbers with outgoing calls, ascending
};

} // namespace dt::analysis
