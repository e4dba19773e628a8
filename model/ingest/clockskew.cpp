#include "ingest/clockskew.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <tuple>

namespace dt::ingest {

namespace {

// A possible pair: the file call's start (file clock) and how far it lies after the case call's start.
struct Candidate
{
    qint64 t;
    qint32 d;     ///< file start - case start; |d| <= searchWindow, well within 32 bits
    quint32 call; ///< the file call (index in the sorted copy): its candidates are contiguous
};

// A line d(t) = at + slope * (t - ref): the file clock's lead over the case's.
struct Line
{
    double at = 0, slope = 0;
    qint64 ref = 0;
    double operator()(qint64 t) const { return at + slope * double(t - ref); }
};

bool samePair(const CallTiming &a, const CallTiming &b)
{
    return a.caller == b.caller && a.callee == b.callee;
}

bool pairLess(const CallTiming &a, const CallTiming &b)
{
    return std::tie(a.caller, a.callee) < std::tie(b.caller, b.callee);
}

double medianOf(std::vector<double> &v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// The densest window of width w in sorted values: where it starts, and how many values it holds.
std::pair<size_t, size_t> densest(const std::vector<double> &sorted, double w)
{
    size_t best = 0, bestCount = 0;
    for (size_t i = 0, j = 0; j < sorted.size(); ++j) {
        while (sorted[j] - sorted[i] > w)
            ++i;
        if (j - i + 1 > bestCount)
            best = i, bestCount = j - i + 1;
    }
    return {best, bestCount};
}

// Theil–Sen slope through points sorted by t, on at most 1,024 of them evenly spread (the median of
// their pairwise slopes, ignoring pairs closer than 1/16 of the span: their slopes are mostly the
// 1 s rounding of the times). Deterministic, so the same input always gives the same figures.
double theilSen(const std::vector<std::pair<qint64, double>> &pts)
{
    if (pts.size() < 2)
        return 0;
    const qint64 span = pts.back().first - pts.front().first;
    if (span < 3600)
        return 0;
    const size_t m = std::min<size_t>(pts.size(), 1024);
    std::vector<size_t> pick(m);
    for (size_t k = 0; k < m; ++k)
        pick[k] = m == 1 ? 0 : k * (pts.size() - 1) / (m - 1);
    std::vector<double> slopes;
    slopes.reserve(m * (m - 1) / 2);
    for (size_t a = 0; a < m; ++a) {
        for (size_t b = a + 1; b < m; ++b) {
            const auto &p = pts[pick[a]], &q = pts[pick[b]];
            if ((q.first - p.first) * 16 >= span)
                slopes.push_back((q.second - p.second) / double(q.first - p.first));
        }
    }
    return medianOf(slopes);
}

QString utcText(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString zoneText(qint64 seconds)
{
    const qint64 a = std::abs(seconds);
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

qint64 ClockCorrection::at(qint64 start) const
{
    return qint64(std::llround(offsetSeconds + driftPpm * 1e-6 * double(start - reference)));
}

std::optional<SkewEstimate> estimateClockSkew(const std::vector<CallTiming> &fileIn,
                                              const std::vector<CallTiming> &caseIn, const SkewOptions &opt,
                                              const ProgressFn &progress, const std::atomic_bool *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto report = [&progress](qint64 done) {
        if (progress)
            progress(done, 100);
    };
    SkewEstimate e;
    e.fileCalls = qint64(fileIn.size());
    e.caseCalls = qint64(caseIn.size());
    e.assumedUtcOffset = opt.assumedUtcOffset;
    e.neededSupport = opt.minSupportApply;
    e.durationTolerance = opt.durationTolerance;
    e.neededSharpness = opt.minSharpness;
    if (fileIn.empty() || caseIn.empty())
        return e;
    const auto [fMin, fMax] = std::minmax_element(
        fileIn.begin(), fileIn.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    const qint64 from = fMin->start - opt.searchWindow, to = fMax->start + opt.searchWindow;
    e.caseCallsInWindow = qint64(std::count_if(
        caseIn.begin(), caseIn.end(), [&](const CallTiming &c) { return c.start >= from && c.start <= to; }));
    if (!e.caseCallsInWindow)
        return e;

    // Both sides by party pair, then start: a call's possible partners are one contiguous run.
    auto byPairStart = [](const CallTiming &a, const CallTiming &b) {
        return std::tie(a.caller, a.callee, a.start) < std::tie(b.caller, b.callee, b.start);
    };
    std::vector<CallTiming> file(fileIn), cases(caseIn);
    std::sort(file.begin(), file.end(), byPairStart);
    report(20);
    if (cancelled())
        return std::nullopt;
    std::sort(cases.begin(), cases.end(), byPairStart);
    report(40);
    if (cancelled())
        return std::nullopt;

    std::vector<Candidate> cand;
    cand.reserve(file.size() + file.size() / 4);
    size_t groups = 0;
    for (size_t i = 0, j = 0; i < file.size();) {
        while (j < cases.size() && pairLess(cases[j], file[i]))
            ++j;
        size_t jEnd = j, iEnd = i;
        while (jEnd < cases.size() && samePair(cases[jEnd], file[i]))
            ++jEnd;
        while (iEnd < file.size() && samePair(file[iEnd], file[i]))
            ++iEnd;
        for (size_t k = i, lo = j, hi = j; k < iEnd && j < jEnd; ++k) {
            const CallTiming &f = file[k];
            while (lo < jEnd && cases[lo].start < f.start - opt.searchWindow)
                ++lo;
            hi = std::max(hi, lo);
            while (hi < jEnd && cases[hi].start <= f.start + opt.searchWindow)
                ++hi;
            if (hi == lo)
                continue;
            // Dozens of calls between the same two parties within a day (a "呼死你" storm) pair with
            // any offset: such a call says nothing, and scanning them all would be quadratic.
            if (hi - lo > size_t(opt.maxScanPerCall)) {
                ++e.ambiguous;
                continue;
            }
            int n = 0;
            for (size_t q = lo; q < hi; ++q)
                n += std::abs(cases[q].duration - f.duration) <= opt.durationTolerance;
            if (!n)
                continue;
            if (n > opt.maxCandidatesPerCall) {
                ++e.ambiguous;
                continue;
            }
            ++e.pairable;
            for (size_t q = lo; q < hi; ++q) {
                if (std::abs(cases[q].duration - f.duration) <= opt.durationTolerance)
                    cand.push_back({f.start, qint32(f.start - cases[q].start), quint32(k)});
            }
        }
        i = iEnd;
        j = jEnd;
        if ((++groups & 0xfff) == 0 && cancelled())
            return std::nullopt;
    }
    report(60);
    if (cand.empty()) {
        e.why = SkewEstimate::Why::NoPairs;
        return e;
    }

    // A first line through the peak of each stretch of time: with a drift the differences move along
    // the file's span, and one histogram of them all would smear the peak.
    // In time order; a call's candidates share its start, so (t, call) keeps them together.
    std::sort(cand.begin(), cand.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.t, a.call) < std::tie(b.t, b.call);
    });
    const std::vector<Candidate> &byTime = cand;
    const double peakWidth = 2.0 * double(opt.peakTolerance);
    const size_t slices = std::clamp<size_t>(byTime.size() / 64, 1, 64);
    std::vector<std::pair<qint64, double>> peaks;
    std::vector<double> ds;
    for (size_t s = 0; s < slices; ++s) {
        const size_t b = s * byTime.size() / slices, eEnd = (s + 1) * byTime.size() / slices;
        ds.clear();
        for (size_t k = b; k < eEnd; ++k)
            ds.push_back(byTime[k].d);
        std::sort(ds.begin(), ds.end());
        const auto [at, count] = densest(ds, peakWidth);
        if (count >= 3 || slices == 1)
            peaks.emplace_back(byTime[(b + eEnd) / 2].t, ds[at + (count - 1) / 2]);
    }
    Line line;
    line.ref = byTime.front().t;
    line.slope = theilSen(peaks);
    {
        std::vector<double> at;
        for (const auto &p : peaks)
            at.push_back(p.second - line.slope * double(p.first - line.ref));
        line.at = medianOf(at);
    }
    report(70);
    if (cancelled())
        return std::nullopt;

    // Each call's best candidate against the line, and the calls within band of it, in time order.
    std::vector<std::pair<qint64, double>> inliers;
    auto bestWithin = [&](const Line &l, double band) {
        inliers.clear();
        for (size_t k = 0; k < cand.size();) {
            size_t best = k;
            double bestR = std::abs(cand[k].d - l(cand[k].t));
            size_t m = k + 1;
            for (; m < cand.size() && cand[m].call == cand[k].call; ++m) {
                const double r = std::abs(cand[m].d - l(cand[m].t));
                if (r < bestR)
                    best = m, bestR = r;
            }
            if (bestR <= band)
                inliers.emplace_back(cand[best].t, double(cand[best].d));
            k = m;
        }
    };
    // Refit on the pairs near the line: a wide band first (the first line may be a few seconds off at
    // the ends), then the peak's own tolerance.
    for (double band : {10.0, 4.0, double(opt.peakTolerance)}) {
        bestWithin(line, band);
        if (inliers.empty())
            break;
        line.ref = inliers.front().first;
        const qint64 span = inliers.back().first - inliers.front().first;
        line.slope = theilSen(inliers);
        if (std::abs(line.slope) * double(span) < opt.minDriftSeconds)
            line.slope = 0;
        std::vector<double> at;
        at.reserve(inliers.size());
        for (const auto &p : inliers)
            at.push_back(p.second - line.slope * double(p.first - line.ref));
        line.at = medianOf(at);
        if (cancelled())
            return std::nullopt;
    }
    report(85);

    bestWithin(line, double(opt.peakTolerance));
    e.support = qint64(inliers.size());
    e.sharpness = e.pairable ? double(e.support) / double(e.pairable) : 0;
    if (!inliers.empty()) {
        e.firstPaired = inliers.front().first;
        e.lastPaired = inliers.back().first;
        line.at += line.slope * double(e.firstPaired - line.ref);
        line.ref = e.firstPaired;
    }
    e.driftDetected = line.slope != 0;
    e.correction = {-line.at, -line.slope * 1e6, line.ref};
    if (!inliers.empty()) {
        std::vector<double> off;
        off.reserve(inliers.size());
        for (const auto &p : inliers)
            off.push_back(std::abs(p.second - line(p.first)));
        e.spreadSeconds = medianOf(off);
    }

    // The strongest other peak: periodic calls between the same parties, or a second clock.
    {
        std::vector<double> other;
        for (const Candidate &c : cand) {
            const double r = c.d - line(c.t);
            if (std::abs(r) >= 30)
                other.push_back(r);
        }
        std::sort(other.begin(), other.end());
        const auto [at, count] = densest(other, peakWidth);
        e.runnerUp = qint64(count);
        if (count)
            e.runnerUpOffset = -(line.at + other[at + (count - 1) / 2]);
    }
    report(100);

    using Why = SkewEstimate::Why;
    using Decision = SkewEstimate::Decision;
    const double off = e.correction.offsetSeconds;
    const double zone = std::round(off / 1800) * 1800;
    e.zoneLike = zone != 0 && std::abs(off - zone) <= double(opt.zoneTolerance);
    if (e.zoneLike) {
        e.zoneSeconds = qint64(zone);
        e.residualSeconds = off - zone;
    }
    if (e.support < opt.minSupportWeak) {
        e.why = Why::TooFewPairs;
        return e;
    }
    e.decision = Decision::Weak;
    if (e.support < opt.minSupportApply)
        e.why = Why::FewPairs;
    else if (e.sharpness < opt.minSharpness)
        e.why = Why::FlatPeak;
    else if (double(e.runnerUp) > opt.maxRunnerUp * double(e.support))
        e.why = Why::SecondPeak;
    else if (e.zoneLike)
        e.decision = Decision::ZoneMismatch, e.why = Why::Zone;
    else
        e.decision = Decision::Apply, e.why = e.correction.isNull() ? Why::ClocksAgree : Why::Clear;
    return e;
}

QString SkewEstimate::decisionName(Decision d)
{
    switch (d) {
    case Decision::Apply:
        return QStringLiteral("apply");
    case Decision::Weak:
        return QStringLiteral("weak");
    case Decision::None:
        return QStringLiteral("none");
    case Decision::ZoneMismatch:
        return QStringLiteral("zone-mismatch");
    }
    return {};
}

QString SkewEstimate::reason() const
{
    switch (why) {
    case Why::NoOverlap:
        return tr("No call of the case lies within the file's period: no clock offset can be measured, "
                  "nothing is applied.");
    case Why::NoPairs:
        return tr("%n call(s) of the case lie within the file's period, but none has the same parties and "
                  "duration as one of the file's: no clock offset can be measured, nothing is applied.",
                  nullptr, int(caseCallsInWindow));
    case Why::TooFewPairs:
        return tr("Only %n call(s) of the file pair with calls of the case: too few to measure a clock "
                  "offset, nothing is applied.",
                  nullptr, int(support));
    default:
        break;
    }
    const double lead = -correction.offsetSeconds; // how far the file's clock is ahead
    QString when;
    if (lead >= 0.5)
        when = tr("start %1 s later in the file than in the case (at %2: the file's clock is fast)")
                   .arg(std::abs(lead), 0, 'f', 0)
                   .arg(utcText(correction.reference));
    else if (lead <= -0.5)
        when = tr("start %1 s earlier in the file than in the case (at %2: the file's clock is slow)")
                   .arg(std::abs(lead), 0, 'f', 0)
                   .arg(utcText(correction.reference));
    else
        when = tr("start at the same second in both (at %1)").arg(utcText(correction.reference));
    QString s = tr("%1 of the file's %2 calls pair with a call of the case (same parties, durations within "
                   "%3 s); %4 of them (%5%) %6.")
                    .arg(pairable)
                    .arg(fileCalls)
                    .arg(durationTolerance)
                    .arg(support)
                    .arg(qRound(100 * sharpness))
                    .arg(when);
    if (driftDetected)
        s += QLatin1Char(' ') + tr("The difference changes by %1 ppm (%2 s a day) over the %3 days of pairs.")
                                    .arg(-correction.driftPpm, 0, 'f', 1)
                                    .arg(-correction.driftPpm * 0.0864, 0, 'f', 1)
                                    .arg(double(lastPaired - firstPaired) / 86400, 0, 'f', 1);
    QString zone;
    if (zoneLike) {
        QString rest;
        if (residualSeconds >= 0.5)
            rest = tr(" plus %1 s").arg(residualSeconds, 0, 'f', 0);
        else if (residualSeconds <= -0.5)
            rest = tr(" minus %1 s").arg(-residualSeconds, 0, 'f', 0);
        zone = tr("That is %1 h%2: the file's times look written in another time zone than assumed")
                   .arg(double(zoneSeconds) / 3600, 0, 'f', zoneSeconds % 3600 ? 1 : 0)
                   .arg(rest);
        if (assumedUtcOffset)
            zone += tr(" (%1 rather than %2)")
                        .arg(zoneText(*assumedUtcOffset - zoneSeconds), zoneText(*assumedUtcOffset));
        zone += QLatin1Char('.');
    }
    switch (why) {
    case Why::Clear:
        return s + QLatin1Char(' ') +
               tr("The evidence is clear: %1 s is added to the file's times%2. Re-importing with a clock "
                  "offset of "
                  "0 undoes it.")
                   .arg(correction.offsetSeconds, 0, 'f', 0)
                   .arg(driftDetected ? tr(", changing by %1 ppm").arg(correction.driftPpm, 0, 'f', 1)
                                      : QString());
    case Why::ClocksAgree:
        return s + QLatin1Char(' ') + tr("The two clocks agree: nothing to correct.");
    case Why::Zone:
        return s + QLatin1Char(' ') + zone + QLatin1Char(' ') +
               tr("Set the file's time zone rather than a clock offset; nothing is applied.");
    case Why::FewPairs:
        s += QLatin1Char(' ') +
             tr("Too few pairs to apply it (%1 needed): nothing is applied.").arg(neededSupport);
        break;
    case Why::FlatPeak:
        s += QLatin1Char(' ') +
             tr("The peak is not sharp enough to apply it (%1% of the pairable calls in it, "
                "%2% needed): nothing is applied.")
                 .arg(qRound(100 * sharpness))
                 .arg(qRound(100 * neededSharpness));
        break;
    case Why::SecondPeak:
        s += QLatin1Char(' ') + tr("Another offset, %1 s, is nearly as well supported (%2 pairs): nothing is "
                                   "applied.")
                                    .arg(runnerUpOffset, 0, 'f', 0)
                                    .arg(runnerUp);
        break;
    default:
        break;
    }
    return zoneLike ? s + QLatin1Char(' ') + zone : s;
}

QJsonObject SkewEstimate::toJson() const
{
    QJsonObject o{{QStringLiteral("clock_offset_decision"), decisionName(decision)},
                  {QStringLiteral("clock_offset_estimated_s"), correction.at(correction.reference)},
                  {QStringLiteral("clock_offset_support"), support},
                  {QStringLiteral("clock_offset_pairable"), pairable},
                  {QStringLiteral("clock_offset_sharpness"), std::round(sharpness * 1000) / 1000},
                  {QStringLiteral("clock_drift_ppm"), std::round(correction.driftPpm * 10) / 10},
                  {QStringLiteral("clock_offset_runner_up"), runnerUp},
                  {QStringLiteral("clock_offset_spread_s"), std::round(spreadSeconds * 100) / 100}};
    if (support) {
        o.insert(QStringLiteral("clock_offset_reference_utc"), correction.reference);
        o.insert(QStringLiteral("clock_offset_pairs_first_utc"), firstPaired);
        o.insert(QStringLiteral("clock_offset_pairs_last_utc"), lastPaired);
    }
    if (zoneLike)
        o.insert(QStringLiteral("zone_mismatch_s"), zoneSeconds);
    return o;
}

} // namespace dt::ingest
