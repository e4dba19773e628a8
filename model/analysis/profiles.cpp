#include "analysis/profiles.h"

#include <algorithm>
#include <cmath>
#include <QHash>
#include <QSet>
#include <unordered_map>

namespace dt::analysis {

QJsonObject Profile::toJson() const
{
    auto r = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return QJsonObject{{QStringLiteral("calls_out"), callsOut},
                       {QStringLiteral("calls_in"), callsIn},
                       {QStringLiteral("distinct_callees"), distinctCallees},
                       {QStringLiteral("answered_share"), r(answeredShare)},
                       {QStringLiteral("mean_duration"), r(meanDuration)},
                       {QStringLiteral("short_share"), r(shortShare)},
                       {QStringLiteral("peak_per_hour"), peakPerHour},
                       {QStringLiteral("active_hours"), activeHours},
                       {QStringLiteral("active_days"), activeDays},
                       {QStringLiteral("calls_per_active_day"), r(callsPerActiveDay)},
                       {QStringLiteral("night_share"), r(nightShare)},
                       {QStringLiteral("late_share"), r(lateShare)},
                       {QStringLiteral("gap_cv"), r(gapCv)},
                       {QStringLiteral("sequential_share"), r(sequentialShare)},
                       {QStringLiteral("reciprocity"), r(reciprocity)},
                       {QStringLiteral("callback_share"), r(callbackShare)},
                       {QStringLiteral("max_per_callee_day"), maxPerCalleeDay},
                       {QStringLiteral("repeated_share"), r(repeatedShare)},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("complainants"), complainants}};
}

namespace {
quint64 pairKey(qint32 a, qint32 b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}
/// Numeric value of a Chinese number's digits, for the sequential-dialling test.
qint64 numericValue(const QString &key)
{
    if (key.size() < 8)
        return -1;
    bool ok = false;
    const qint64 v = QStringView(key).mid(key.startsWith(QLatin1Char('+')) ? 1 : 0).toLongLong(&ok);
    return ok ? v : -1;
}
} // namespace

std::vector<Profile> computeProfiles(const CallTable &t, const ComplaintIndex &complaints, qint64 localOffset)
{
    const size_t n = t.size();
    const size_t numbers = t.numberKey.size();
    // Calls grouped by caller, in time order (counting sort by caller, then a stable sort by start).
    std::vector<qint64> firstOf(numbers + 1, 0);
    for (size_t i = 0; i < n; ++i)
        ++firstOf[size_t(t.caller[i]) + 1];
    for (size_t k = 1; k <= numbers; ++k)
        firstOf[k] += firstOf[k - 1];
    std::vector<qint64> order(n);
    {
        std::vector<qint64> fill(firstOf.begin(), firstOf.end() - 1);
        for (size_t i = 0; i < n; ++i)
            order[size_t(fill[size_t(t.caller[i])]++)] = qint64(i);
    }
    std::vector<qint64> callsIn(numbers, 0);
    // (receiver<<32|caller) -> start times: answers both "did the callee ever call back" and
    // "was this call a call-back" without a second set of pairs.
    std::unordered_map<quint64, std::vector<qint64>> incomingTimes;
    for (size_t i = 0; i < n; ++i) {
        ++callsIn[size_t(t.callee[i])];
        incomingTimes[pairKey(t.callee[i], t.caller[i])].push_back(t.start[i]);
    }
    for (auto &kv : incomingTimes)
        std::sort(kv.second.begin(), kv.second.end());

    std::vector<Profile> out;
    for (size_t num = 0; num < numbers; ++num) {
        const qint64 b = firstOf[num], e = firstOf[num + 1];
        if (b == e)
            continue;
        std::sort(order.begin() + b, order.begin() + e,
                  [&t](qint64 x, qint64 y) { return t.start[size_t(x)] < t.start[size_t(y)]; });
        Profile p;
        p.number = qint32(num);
        p.callsOut = e - b;
        p.callsIn = callsIn[num];
        QHash<qint32, qint64> perCallee;
        QHash<quint64, qint64> perCalleeDay, perHour;
        QSet<qint64> days;
        QSet<qint32> devs;
        qint64 answered = 0, answeredDur = 0, shortCalls = 0, night = 0, late = 0, sequential = 0,
               callbacks = 0;
        double gapSum = 0, gapSq = 0;
        qint64 gaps = 0, prevStart = -1, prevDay = -1, prevValue = -1;
        for (qint64 k = b; k < e; ++k) {
            const size_t i = size_t(order[size_t(k)]);
            const qint64 local = t.start[i] + localOffset;
            const qint64 day = local / 86400;
            const int hour = int(local % 86400 / 3600);
            const qint32 c = t.callee[i];
            ++perCallee[c];
            ++perCalleeDay[(quint64(day) << 32) | quint32(c)];
            ++perHour[quint64(local / 3600)];
            days.insert(day);
            if (t.device[i])
                devs.insert(t.device[i]);
            const bool ans = t.answered[i] == 1 || (t.answered[i] < 0 && t.duration[i] > 0);
            if (ans) {
                ++answered;
                answeredDur += t.duration[i];
                shortCalls += t.duration[i] < 15;
            }
            night += hour >= 22 || hour < 7;
            late += hour >= 21 || hour < 8;
            p.hourShare[size_t(hour)] += 1.0;
            if (prevDay == day && prevStart >= 0) {
                const double g = double(t.start[i] - prevStart);
                gapSum += g;
                gapSq += g * g;
                ++gaps;
            }
            const qint64 v = numericValue(t.numberKey[size_t(c)]);
            if (v > 0 && prevValue > 0 && std::llabs(v - prevValue) >= 1 && std::llabs(v - prevValue) <= 100)
                ++sequential;
            prevValue = v;
            prevStart = t.start[i];
            prevDay = day;
            // A call back: the callee called this number in the 24 h before.
            const auto it = incomingTimes.find(pairKey(qint32(num), c));
            if (it != incomingTimes.end()) {
                const auto &times = it->second;
                const auto pos = std::upper_bound(times.begin(), times.end(), t.start[i]);
                if (pos != times.begin() && t.start[i] - *(pos - 1) <= 86400)
                    ++callbacks;
            }
        }
        p.firstCall = t.start[size_t(order[size_t(b)])];
        p.lastCall = t.start[size_t(order[size_t(e - 1)])];
        p.distinctCallees = perCallee.size();
        p.answeredShare = double(answered) / double(p.callsOut);
        p.meanDuration = answered ? double(answeredDur) / double(answered) : 0;
        p.shortShare = answered ? double(shortCalls) / double(answered) : 0;
        for (qint64 v : std::as_const(perHour))
            p.peakPerHour = std::max(p.peakPerHour, v);
        p.activeHours = perHour.size();
        p.activeDays = days.size();
        p.callsPerActiveDay = double(p.callsOut) / double(std::max<qint64>(1, p.activeDays));
        p.nightShare = double(night) / double(p.callsOut);
        p.lateShare = double(late) / double(p.callsOut);
        for (double &h : p.hourShare)
            h /= double(p.callsOut);
        p.days = std::vector<qint64>(days.cbegin(), days.cend());
        std::sort(p.days.begin(), p.days.end());
        if (gaps > 1) {
            const double mean = gapSum / double(gaps);
            const double var = std::max(0.0, gapSq / double(gaps) - mean * mean);
            p.gapCv = mean > 0 ? std::sqrt(var) / mean : 0;
        }
        p.sequentialShare = p.callsOut > 1 ? double(sequential) / double(p.callsOut - 1) : 0;
        qint64 reciprocal = 0, repeated = 0;
        for (auto it = perCallee.cbegin(); it != perCallee.cend(); ++it) {
            reciprocal += incomingTimes.count(pairKey(qint32(num), it.key())) > 0;
            repeated += it.value() >= 3;
        }
        p.reciprocity = double(reciprocal) / double(p.distinctCallees);
        p.repeatedShare = double(repeated) / double(p.distinctCallees);
        p.callbackShare = double(callbacks) / double(p.callsOut);
        for (qint64 v : std::as_const(perCalleeDay))
            p.maxPerCalleeDay = std::max(p.maxPerCalleeDay, v);
        p.devices = devs.size();
        if (num < complaints.complainantsOf.size())
            p.complainants = qint64(complaints.complainantsOf[num].size());
        if (num < complaints.fraud.size())
            p.complaintsFraud = complaints.fraud[num];
        out.push_back(p);
    }
    return out;
}

} // namespace dt::analysis
