#include "analysis/profiles.h"

#include "case/database.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <thread>

namespace dt::analysis {

bool ComplaintIndex::load(Database &db, size_t numbers, QString *error)
{
    entries.clear();
    complainantsOf.assign(numbers, {});
    fraud.assign(numbers, 0);
    Statement cs = db.prepare(QStringLiteral(
        "SELECT reported, coalesce(complainant, 0), coalesce(category, ''), coalesce(time_utc, 0), id "
        "FROM complaints ORDER BY id"));
    while (cs.step()) {
        const size_t reported = size_t(cs.int64(0));
        entries.push_back({qint32(cs.int64(0)), qint32(cs.int64(1)), cs.int64(3), cs.int64(4)});
        if (reported >= complainantsOf.size())
            continue; // a number outside the dictionary is not one of the case's
        auto &list = complainantsOf[reported];
        const qint32 who = qint32(cs.int64(1));
        if (who && std::find(list.begin(), list.end(), who) == list.end())
            list.push_back(who);
        if (cs.text(2).contains(QStringLiteral("诈骗")) ||
            cs.text(2).contains(QLatin1String("fraud"), Qt::CaseInsensitive))
            ++fraud[reported];
    }
    if (!cs.ok()) {
        if (error)
            *error = cs.errorString();
        return false;
    }
    return true;
}

namespace {
/// Numeric value of a Chinese number's digits, for the sequential-dialling test.
qint64 numericValue(const QString &key)
{
    if (key.size() < 8)
        return -1;
    const qsizetype from = key.startsWith(QLatin1Char('+')) ? 1 : 0;
    // Fast path for plain digits (every phone number); anything else is parsed as it always was.
    if (key.size() - from <= 18) {
        qint64 v = 0;
        bool digits = true;
        for (qsizetype k = from; k < key.size() && digits; ++k) {
            const char16_t ch = key.at(k).unicode();
            digits = ch >= u'0' && ch <= u'9';
            v = v * 10 + (ch - u'0');
        }
        if (digits)
            return v;
    }
    bool ok = false;
    const qint64 v = QStringView(key).mid(from).toLongLong(&ok);
    return ok ? v : -1;
}

/// Per-thread scratch arrays indexed by number id, reset through the lists of ids touched.
struct Scratch
{
    std::vector<quint32> perCallee, perCalleeDay, inLo, inHi;
    std::vector<qint32> callees, calleesToday, callers;
    explicit Scratch(size_t numbers)
        : perCallee(numbers, 0)
        , perCalleeDay(numbers, 0)
        , inLo(numbers, 0)
        , inHi(numbers, 0)
    {}
};

/// One pass over @p num's outgoing calls (time order) with its incoming calls at hand.
Profile profileOf(size_t num, const CallIndex &ix, const std::vector<qint64> &values,
                  const ComplaintIndex &complaints, const CaseClock &clock, Scratch &s)
{
    const size_t b = ix.outBegin(num), e = ix.outEnd(num);
    Profile p;
    p.number = qint32(num);
    p.callsOut = qint64(e - b);
    p.callsIn = qint64(ix.inEnd(num) - ix.inBegin(num));
    // The incoming slice is ordered by caller, then time: one range per caller.
    for (size_t k = ix.inBegin(num); k < ix.inEnd(num);) {
        const qint32 c = ix.inCaller[k];
        size_t m = k;
        while (m < ix.inEnd(num) && ix.inCaller[m] == c)
            ++m;
        s.inLo[size_t(c)] = quint32(k);
        s.inHi[size_t(c)] = quint32(m);
        s.callers.push_back(c);
        k = m;
    }
    qint64 answered = 0, answeredDur = 0, shortCalls = 0, night = 0, late = 0, sequential = 0, callbacks = 0;
    double gapSum = 0, gapSq = 0;
    qint64 gaps = 0, prevStart = -1, prevDay = -1, prevValue = -1, prevHour = -1, hourRun = 0;
    std::vector<qint32> devs;
    const qint64 *inStart = ix.inStart.data();
    for (size_t k = b; k < e; ++k) {
        // The arrays by callee are read at random (a miss each at a million numbers): the callee a
        // few calls ahead is fetched early.
        if (k + 8 < e) {
            const size_t ahead = size_t(ix.callee[k + 8]);
            __builtin_prefetch(&s.perCallee[ahead]);
            __builtin_prefetch(&s.perCalleeDay[ahead]);
            __builtin_prefetch(&values[ahead]);
            __builtin_prefetch(&s.inLo[ahead]);
            __builtin_prefetch(&s.inHi[ahead]);
        }
        const qint64 when = ix.start[k];
        const qint64 local = clock.local(when);
        const qint64 day = local / 86400;
        const int hour = int(local % 86400 / 3600);
        const qint32 c = ix.callee[k];
        if (day != prevDay) { // calls are in time order: a new day starts afresh
            for (qint32 x : s.calleesToday)
                s.perCalleeDay[size_t(x)] = 0;
            s.calleesToday.clear();
            p.days.push_back(day);
        }
        if (s.perCallee[size_t(c)]++ == 0)
            s.callees.push_back(c);
        if (s.perCalleeDay[size_t(c)]++ == 0)
            s.calleesToday.push_back(c);
        p.maxPerCalleeDay = std::max<qint64>(p.maxPerCalleeDay, s.perCalleeDay[size_t(c)]);
        const qint64 clockHour = local / 3600;
        if (clockHour != prevHour) {
            ++p.activeHours;
            hourRun = 0;
            prevHour = clockHour;
        }
        p.peakPerHour = std::max(p.peakPerHour, ++hourRun);
        const qint32 device = ix.device[k];
        if (device && std::find(devs.begin(), devs.end(), device) == devs.end())
            devs.push_back(device);
        const qint8 ansCode = ix.answered[k];
        const qint32 duration = ix.duration[k];
        const bool ans = ansCode == 1 || (ansCode < 0 && duration > 0);
        if (ans) {
            ++answered;
            answeredDur += duration;
            shortCalls += duration < 15;
        }
        night += hour >= 22 || hour < 7;
        late += hour >= 21 || hour < 8;
        p.hourShare[size_t(hour)] += 1.0;
        if (prevDay == day && prevStart >= 0) {
            const double g = double(when - prevStart);
            gapSum += g;
            gapSq += g * g;
            ++gaps;
        }
        const qint64 v = values[size_t(c)];
        if (v > 0 && prevValue > 0 && std::llabs(v - prevValue) >= 1 && std::llabs(v - prevValue) <= 100)
            ++sequential;
        prevValue = v;
        prevStart = when;
        prevDay = day;
        // A call back: the callee called this number in the 24 h before.
        const quint32 lo = s.inLo[size_t(c)], hi = s.inHi[size_t(c)];
        if (lo < hi) {
            const qint64 *pos = std::upper_bound(inStart + lo, inStart + hi, when);
            if (pos != inStart + lo && when - *(pos - 1) <= 86400)
                ++callbacks;
        }
    }
    p.firstCall = ix.start[b];
    p.lastCall = ix.start[e - 1];
    p.distinctCallees = qint64(s.callees.size());
    p.answeredShare = double(answered) / double(p.callsOut);
    p.meanDuration = answered ? double(answeredDur) / double(answered) : 0;
    p.shortShare = answered ? double(shortCalls) / double(answered) : 0;
    p.activeDays = qint64(p.days.size());
    p.callsPerActiveDay = double(p.callsOut) / double(std::max<qint64>(1, p.activeDays));
    p.nightShare = double(night) / double(p.callsOut);
    p.lateShare = double(late) / double(p.callsOut);
    for (double &h : p.hourShare)
        h /= double(p.callsOut);
    if (gaps > 1) {
        const double mean = gapSum / double(gaps);
        const double var = std::max(0.0, gapSq / double(gaps) - mean * mean);
        p.gapCv = mean > 0 ? std::sqrt(var) / mean : 0;
    }
    p.sequentialShare = p.callsOut > 1 ? double(sequential) / double(p.callsOut - 1) : 0;
    qint64 reciprocal = 0, repeated = 0;
    for (qint32 c : s.callees) {
        reciprocal += s.inLo[size_t(c)] < s.inHi[size_t(c)];
        repeated += s.perCallee[size_t(c)] >= 3;
        s.perCallee[size_t(c)] = 0;
    }
    p.reciprocity = double(reciprocal) / double(p.distinctCallees);
    p.repeatedShare = double(repeated) / double(p.distinctCallees);
    p.callbackShare = double(callbacks) / double(p.callsOut);
    p.devices = qint64(devs.size());
    if (num < complaints.complainantsOf.size())
        p.complainants = qint64(complaints.complainantsOf[num].size());
    if (num < complaints.fraud.size())
        p.complaintsFraud = complaints.fraud[num];
    for (qint32 x : s.calleesToday)
        s.perCalleeDay[size_t(x)] = 0;
    for (qint32 c : s.callers)
        s.inLo[size_t(c)] = s.inHi[size_t(c)] = 0;
    s.callees.clear();
    s.calleesToday.clear();
    s.callers.clear();
    return p;
}
} // namespace

std::vector<Profile> computeProfiles(const CallTable &t, const ComplaintIndex &complaints,
                                     const CaseClock &clock)
{
    return computeProfiles(t, CallIndex(t), complaints, clock);
}

std::vector<Profile> computeProfiles(const CallTable &t, const CallIndex &ix,
                                     const ComplaintIndex &complaints, const CaseClock &clock,
                                     qint64 minCalls)
{
    const size_t fewest = size_t(std::max<qint64>(1, minCalls));
    const size_t numbers = t.numberKey.size();
    // Two workers (the machine's cores), each over a range of numbers holding half the calls,
    // with its own scratch arrays; the ranges are concatenated in number order.
    const size_t workers = t.size() >= 200000 ? 2 : 1;
    std::vector<size_t> bounds{0};
    for (size_t w = 1; w < workers; ++w) {
        const auto half = quint32(t.size() * w / workers);
        bounds.push_back(
            size_t(std::lower_bound(ix.outFirst.begin(), ix.outFirst.end(), half) - ix.outFirst.begin()));
    }
    bounds.push_back(numbers);
    std::vector<qint64> values(numbers, -1);
    std::vector<std::vector<Profile>> parts(workers);
    auto work = [&](size_t w) {
        // Numeric values of the numbers in this worker's share of ids (every id is someone's callee).
        const size_t from = numbers * w / workers, to = numbers * (w + 1) / workers;
        for (size_t k = from; k < to; ++k)
            values[k] = numericValue(t.numberKey[k]);
    };
    auto profile = [&](size_t w) {
        Scratch s(numbers);
        size_t count = 0;
        for (size_t num = bounds[w]; num < bounds[w + 1]; ++num)
            count += ix.outEnd(num) - ix.outBegin(num) >= fewest;
        parts[w].reserve(count);
        for (size_t num = bounds[w]; num < bounds[w + 1]; ++num)
            if (ix.outEnd(num) - ix.outBegin(num) >= fewest)
                parts[w].push_back(profileOf(num, ix, values, complaints, clock, s));
    };
    runParallel(workers, work);
    runParallel(workers, profile);
    std::vector<Profile> out;
    size_t total = 0;
    for (const auto &p : parts)
        total += p.size();
    out.reserve(total);
    for (auto &p : parts)
        std::move(p.begin(), p.end(), std::back_inserter(out));
    return out;
}

} // namespace dt::analysis
