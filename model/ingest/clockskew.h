#pragma once
#include "core/sha256.h" // ProgressFn

#include <atomic>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace dt::ingest {

/// One call as the estimator sees it: the parties as the case's number ids (or any ids the two sides
/// share), the start in UTC seconds as read with the file's assumed zone, the duration in seconds.
struct CallTiming
{
    qint64 caller = 0, callee = 0;
    qint64 start = 0;
    qint64 duration = 0;
};

/**
 * A correction of a file's clock: seconds to add to its start times, the same sign as
 * `--clock-offset` (a clock running 133 s fast gets -133), changing linearly by @c driftPpm
 * millionths of the time elapsed since @c reference.
 */
struct ClockCorrection
{
    double offsetSeconds = 0; ///< correction at @c reference
    double driftPpm = 0;  ///< change of the correction, in seconds per million seconds of the file's clock
    qint64 reference = 0; ///< UTC seconds on the file's clock where the correction is @c offsetSeconds

    /// The correction at @p start (file's clock), rounded to whole seconds like the times themselves.
    qint64 at(qint64 start) const;
    /// @p start corrected: start + at(start).
    qint64 apply(qint64 start) const { return start + at(start); }
    bool isNull() const { return at(reference) == 0 && driftPpm == 0; }
};

/// Thresholds of the estimate (docs/times.md explains each).
struct SkewOptions
{
    qint64 searchWindow = 15 * 3600; ///< largest offset looked for: time zones reach ±14 h
    qint64 durationTolerance = 2;    ///< the same call's durations differ by at most this (as in the merge)
    qint64 peakTolerance = 2;        ///< a pair supports the estimate within ± this many seconds of it
    int maxScanPerCall = 256;        ///< case calls of the same parties in a call's window looked at, at most
    int maxCandidatesPerCall = 8;    ///< a call with more same-duration candidates is too ambiguous to count
    qint64 minSupportApply = 20;     ///< pairs needed to apply the estimate
    qint64 minSupportWeak = 3;       ///< below this, nothing is reported but "none"
    double minSharpness = 0.5;       ///< share of the pairable calls within the peak, needed to apply
    double maxRunnerUp = 0.5;        ///< a second peak with more than this share of the support: weak
    double minDriftSeconds = 2;      ///< a drift moving the offset by less over the pairs' span is ignored
    qint64 zoneTolerance = 300;      ///< an offset this close to a whole or half hour is a zone mismatch
    /// The zone offset the file's times were read with (seconds east of UTC), if known: names the zone
    /// the file's times look like in the reason.
    std::optional<qint64> assumedUtcOffset;
};

/// The measured offset between a file's clock and the case's, with its support and the decision.
struct SkewEstimate
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::SkewEstimate)
public:
    enum class Decision {
        Apply,       ///< clear evidence: correct the file's times by @c correction
        Weak,        ///< an estimate exists but the evidence is not clear enough: apply nothing, say so
        None,        ///< nothing to measure (no overlap, no or too few pairs)
        ZoneMismatch ///< clear evidence of a whole- or half-hour offset: the file's zone, not its clock
    };
    /// The rule that decided (the sentence is made from it and the figures at display time).
    enum class Why {
        NoOverlap,
        NoPairs,
        TooFewPairs,
        FewPairs,
        FlatPeak,
        SecondPeak,
        Clear,
        ClocksAgree,
        Zone
    };
    Decision decision = Decision::None;
    Why why = Why::NoOverlap;
    ClockCorrection correction;   ///< the estimate (also when weak: for display, not to apply)
    bool driftDetected = false;   ///< the offset changes over the file's span by at least minDriftSeconds
    qint64 fileCalls = 0;         ///< calls of the file given
    qint64 caseCalls = 0;         ///< case calls given
    qint64 caseCallsInWindow = 0; ///< case calls within the file's period ± searchWindow
    qint64 pairable = 0;  ///< file calls with a case call of the same parties and duration within the window
    qint64 ambiguous = 0; ///< file calls with too many such candidates to count
    qint64 support = 0;   ///< file calls whose best candidate is within ±peakTolerance of the estimate
    double sharpness = 0; ///< support / pairable
    /// How tightly the supporting pairs fit the estimate: the median of their start differences'
    /// distance from it, in seconds (0: every pair at the very second).
    double spreadSeconds = 0;
    qint64 runnerUp = 0;       ///< candidates in the strongest other peak (a 5 s window at least 30 s away)
    double runnerUpOffset = 0; ///< that peak's correction at the reference
    qint64 firstPaired = 0, lastPaired = 0; ///< span of the supporting calls (file's clock, UTC seconds)
    qint64 zoneSeconds = 0;     ///< ZoneMismatch (or a weak whole-hour estimate): the zone difference
    double residualSeconds = 0; ///< the correction beyond zoneSeconds
    bool zoneLike = false;      ///< the estimate lies near a whole or half hour (also when weak)
    std::optional<qint64> assumedUtcOffset; ///< copied from the options, for the reason
    qint64 neededSupport = 0;               ///< SkewOptions::minSupportApply, for the reason
    double neededSharpness = 0;             ///< SkewOptions::minSharpness, for the reason
    qint64 durationTolerance = 0;           ///< SkewOptions::durationTolerance, for the reason

    /// Two or three sentences with the figures, in the UI's language.
    QString reason() const;
    /// Summary / provenance fields: clock_offset_estimated_s, clock_offset_support, clock_drift_ppm, …
    QJsonObject toJson() const;
    /// "apply" | "weak" | "none" | "zone-mismatch".
    static QString decisionName(Decision d);
};

/**
 * Measures the offset (and a linear drift) between the clock of a file's calls and the case's calls
 * they overlap: pairs the calls with the same two parties (in the same roles) and durations within
 * SkewOptions::durationTolerance, finds the peak of the start-time differences per stretch of time,
 * fits a line through the peaks (Theil–Sen), refines it on the pairs near it, and decides. O(n log n)
 * in the calls given (sorts by party pair and start; each call looks at a bounded window of the other
 * side). Pass the case's calls of the file's period widened by SkewOptions::searchWindow.
 * @return nullopt only when cancelled.
 */
std::optional<SkewEstimate> estimateClockSkew(const std::vector<CallTiming> &fileCalls,
                                              const std::vector<CallTiming> &caseCalls,
                                              const SkewOptions &options = {},
                                              const ProgressFn &progress = {},
                                              const std::atomic_bool *cancel = nullptr);

} // namespace dt::ingest
