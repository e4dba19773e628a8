#include "analysis/detection.h"

#include "case/casefile.h"
#include "core/osuser.h"
#include "dt/version.h"
#include "phone/phonenumber.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <set>

namespace dt::analysis {

QJsonObject Detector::defaultParameters()
{
    return QJsonObject{
        {QStringLiteral("min_calls"), 30},             // fewer outgoing calls: not scored
        {QStringLiteral("volume_per_day"), 25},        // outgoing calls per active day
        {QStringLiteral("max_reciprocity"), 0.1},      // callees calling back, above: a real relationship
        {QStringLiteral("legit_reciprocity"), 0.2},    // at or above: legitimate (couriers, colleagues)
        {QStringLiteral("legit_callback_share"), 0.5}, // at or above: an institution calling customers back
        {QStringLiteral("low_answer"), 0.5},           // answered share below: unsolicited dialling
        {QStringLiteral("regular_gap_cv"), 0.5},       // gaps this regular: machine pacing
        {QStringLiteral("storm_per_callee_day"), 25},  // calls to one person in one day
        {QStringLiteral("repeat_share"), 0.25},        // callees called 3+ times
        {QStringLiteral("late_share"), 0.15},        // calls 21:00–08:00, outside permitted marketing hours
        {QStringLiteral("sync_hours_cosine"), 0.97}, // hour-of-day profiles this alike …
        {QStringLiteral("sync_days_jaccard"), 0.9},  // … on the same days: one shift, one operation
        {QStringLiteral("flag_score"), 0.5},         // score at which a number is a suspect
        {QStringLiteral("victim_jaccard"), 0.5},     // victim overlap linking two numbers
        {QStringLiteral("victim_lsh_min_numbers"), 3000}, // suspects from which MinHash/LSH finds the pairs
        {QStringLiteral("takeover_max_gap_hours"), 72},   // B starts within this long after A's last call …
        {QStringLiteral("takeover_min_shared"), 5},       // … calls at least this many of A's victims …
        {QStringLiteral("takeover_min_rho"), 0.8},        // … in A's order (rank correlation)
        // The zone whose local hours and days are counted (IANA name); empty: the case's zone.
        {QStringLiteral("timezone"), QString()},
        {QStringLiteral("permitted_from_hour"), 8}, // marketing calls allowed from 08:00 …
        {QStringLiteral("permitted_to_hour"), 21},  // … until 21:00 local time
        {QStringLiteral("autodial_volume"), 100},   // calls per active day that only a machine places
        {QStringLiteral("max_supporting_calls"), 50},
        // Leak tracing (analysis/leaktrace.h)
        {QStringLiteral("leak_alpha"), 0.001},              // family-wise error rate of the chance tests
        {QStringLiteral("leak_min_victims"), 5},            // fewer victims in a list: never an attribution
        {QStringLiteral("leak_min_lift"), 1.5},             // victims in the list over what chance gives
        {QStringLiteral("leak_order_min_rho"), 0.8},        // rank correlation: dialled in the list's order
        {QStringLiteral("lineage_min_shared"), 20},         // records two lists must share for a resale edge
        {QStringLiteral("lineage_min_lift"), 1.5},          // shared numbers over what chance gives
        {QStringLiteral("lineage_min_containment"), 0.05}}; // of the smaller list
}

Detector::Detector(QJsonObject params)
    : m_params(defaultParameters())
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        m_params.insert(it.key(), it.value());
    // The run records the zone it counted in; a parameter file may still give a fixed offset.
    m_clock = clockOf(m_params, CaseClock());
    m_params.insert(QStringLiteral("timezone"), m_clock.zone());
    m_params.remove(QStringLiteral("timezone_offset"));
}

CaseClock Detector::clockOf(const QJsonObject &params, const CaseClock &fallback)
{
    const QString zone = params.value(QStringLiteral("timezone")).toString();
    if (!zone.isEmpty())
        return CaseClock(zone);
    if (params.contains(QStringLiteral("timezone_offset")))
        return CaseClock(CaseClock::fixedOffsetZone(params.value(QStringLiteral("timezone_offset")).toInt()));
    return fallback;
}

// Reasons are stored in English whatever the interface language, so that a run's findings are the
// same bytes on every workstation; reports and views render them from their codes and figures.
void Detector::score(const Profile &p, const CallTable &t)
{
    if (p.callsOut < qint64(param("min_calls")))
        return;
    Suspect s;
    s.number = p.number;
    s.key = t.numberKey[size_t(p.number)];
    s.profile = p;
    auto add = [&s](const char *code, const QString &text, double w) {
        s.reasons.push_back({QLatin1String(code), text, w});
    };
    const auto cls = NumberClass(t.numberType[size_t(p.number)]);
    const bool highVolume = p.callsPerActiveDay >= param("volume_per_day");
    const bool oneWay = p.reciprocity <= param("max_reciprocity");
    if (p.maxPerCalleeDay >= qint64(param("storm_per_callee_day"))) {
        s.category = QStringLiteral("harassment_storm");
        add("storm", QStringLiteral("%1 calls to one person in one day").arg(p.maxPerCalleeDay), 0.8);
    }
    if (highVolume)
        add("high_volume",
            QStringLiteral("%1 outgoing calls per active day over %2 days")
                .arg(p.callsPerActiveDay, 0, 'f', 1)
                .arg(p.activeDays),
            0.35);
    if (oneWay && highVolume)
        add("no_callbacks",
            QStringLiteral("only %1% of %2 callees ever called back")
                .arg(p.reciprocity * 100, 0, 'f', 1)
                .arg(p.distinctCallees),
            0.35);
    if (highVolume && p.answeredShare < param("low_answer"))
        add("low_answer", QStringLiteral("%1% of calls answered").arg(p.answeredShare * 100, 0, 'f', 1), 0.2);
    if (highVolume && p.gapCv > 0 && p.gapCv < param("regular_gap_cv"))
        add("machine_pacing",
            QStringLiteral("gaps between calls vary by only %1% (auto-dialler pacing)")
                .arg(p.gapCv * 100, 0, 'f', 0),
            0.2);
    if (p.repeatedShare >= param("repeat_share") && p.lateShare >= param("late_share") && oneWay)
        add("repeat_night",
            QStringLiteral("%1% of callees called 3 times or more, %2% of calls between 21:00 and 08:00")
                .arg(p.repeatedShare * 100, 0, 'f', 0)
                .arg(p.lateShare * 100, 0, 'f', 0),
            0.6);
    if (cls == NumberClass::VirtualMobile && highVolume)
        add("virtual_number", QStringLiteral("a virtual-operator number, hard to call back"), 0.15);
    if ((cls == NumberClass::Service95 || cls == NumberClass::Service96 || cls == NumberClass::Service400) &&
        highVolume && oneWay)
        add("service_number_marketing",
            QStringLiteral("outbound calling from a %1 service number").arg(numberClassName(cls)), 0.2);
    if (cls == NumberClass::DataOnly)
        add("data_only_segment", QStringLiteral("voice calls from a data-only segment: spoofed"), 0.5);
    if (p.complainants > 0)
        add("complaints",
            (p.complainants == 1 ? QStringLiteral("1 complainant")
                                 : QStringLiteral("%1 complainants").arg(p.complainants)),
            std::min(0.3, 0.1 * double(p.complainants)));
    if (p.complaintsFraud > 0)
        add("fraud_complaints", QStringLiteral("%1 complaint(s) of fraud").arg(p.complaintsFraud), 0.3);
    // Legitimate high volume: people call it back, or it calls back people who called first.
    if (p.reciprocity >= param("legit_reciprocity") || p.callbackShare >= param("legit_callback_share")) {
        s.legitimate = true;
        add("legitimate_pattern",
            QStringLiteral("%1% of callees call back, %2% of its calls answer theirs: a legitimate pattern")
                .arg(p.reciprocity * 100, 0, 'f', 0)
                .arg(p.callbackShare * 100, 0, 'f', 0),
            0);
    }
    double keep = 1.0;
    for (const Reason &r : std::as_const(s.reasons))
        keep *= 1.0 - r.weight;
    s.score = s.legitimate && s.category.isEmpty() ? 0.0 : 1.0 - keep;
    if (s.category.isEmpty()) {
        const bool debt = std::any_of(s.reasons.cbegin(), s.reasons.cend(), [](const Reason &r) {
            return r.code == QLatin1String("repeat_night");
        });
        s.category = p.complaintsFraud > 0 ? QStringLiteral("possible_fraud")
                     : debt                ? QStringLiteral("debt_collection")
                                           : QStringLiteral("autodialer_marketing");
    }
    if (s.score >= param("flag_score") || s.legitimate)
        m_suspects.push_back(std::move(s));
}

void Detector::findViolations(const CallTable &t, const CallIndex &ix, const ComplaintIndex &c)
{
    std::map<qint32, const Suspect *> flagged;
    for (const Suspect &s : m_suspects) {
        if (!s.legitimate && s.score >= param("flag_score"))
            flagged.emplace(s.number, &s);
    }
    const qint64 maxCalls = qint64(param("max_supporting_calls"));
    const int from = int(param("permitted_from_hour")), to = int(param("permitted_to_hour"));
    // Calls of each flagged number, in time order: the positions of its slice of the index.
    std::map<qint32, std::vector<size_t>> callsOf;
    for (const auto &[number, s] : flagged) {
        Q_UNUSED(s)
        auto &calls = callsOf[number];
        calls.resize(ix.outEnd(size_t(number)) - ix.outBegin(size_t(number)));
        std::iota(calls.begin(), calls.end(), ix.outBegin(size_t(number)));
    }
    auto violation = [&](const char *type, qint32 number, const std::vector<size_t> &calls,
                         const QString &text, QJsonObject extra = {}) {
        QJsonArray ids;
        for (size_t k = 0; k < calls.size() && qint64(k) < maxCalls; ++k)
            ids.append(t.id[ix.outCalls[calls[k]]]);
        extra.insert(QStringLiteral("type"), QLatin1String(type));
        extra.insert(QStringLiteral("number"), t.numberKey[size_t(number)]);
        extra.insert(QStringLiteral("count"), qint64(calls.size()));
        extra.insert(QStringLiteral("text"), text);
        extra.insert(QStringLiteral("supporting_calls"), ids);
        // The period the violating calls span (they are in time order).
        extra.insert(QStringLiteral("first_call"),
                     QDateTime::fromSecsSinceEpoch(ix.start[calls.front()], Qt::UTC).toString(Qt::ISODate));
        extra.insert(QStringLiteral("last_call"),
                     QDateTime::fromSecsSinceEpoch(ix.start[calls.back()], Qt::UTC).toString(Qt::ISODate));
        m_violations.push_back(extra);
    };
    // 1. Calls to a callee after that callee complained about the number.
    std::map<std::pair<qint32, qint32>, qint64> firstComplaint;
    for (const auto &e : c.entries) {
        if (!e.complainant || !e.timeUtc || !flagged.count(e.reported))
            continue;
        const auto key = std::make_pair(e.reported, e.complainant);
        if (!firstComplaint.count(key) || e.timeUtc < firstComplaint[key])
            firstComplaint[key] = e.timeUtc;
    }
    for (const auto &[key, when] : firstComplaint) {
        std::vector<size_t> after;
        for (size_t i : callsOf[key.first]) {
            if (ix.callee[i] == key.second && ix.start[i] > when)
                after.push_back(i);
        }
        if (!after.empty())
            violation("call_after_complaint", key.first, after,
                      QStringLiteral("%1 calls to %2 after they complained on %3")
                          .arg(after.size())
                          .arg(t.numberKey[size_t(key.second)],
                               QDateTime::fromSecsSinceEpoch(when, Qt::UTC).toString(Qt::ISODate)),
                      QJsonObject{{QStringLiteral("complainant"), t.numberKey[size_t(key.second)]},
                                  {QStringLiteral("complained_utc"),
                                   QDateTime::fromSecsSinceEpoch(when, Qt::UTC).toString(Qt::ISODate)}});
    }
    for (const auto &[number, calls] : callsOf) {
        const Suspect &s = *flagged.at(number);
        // 2. Marketing or collection calls outside the permitted hours.
        if (s.category != QLatin1String("harassment_storm")) {
            std::vector<size_t> late;
            for (size_t i : calls) {
                const int hour = m_clock.hourOfDay(ix.start[i]);
                if (hour < from || hour >= to)
                    late.push_back(i);
            }
            if (!late.empty())
                violation("outside_permitted_hours", number, late,
                          QStringLiteral("%1 calls between %2:00 and %3:00")
                              .arg(late.size())
                              .arg(to)
                              .arg(from, 2, 10, QLatin1Char('0')));
        }
        // 3. Marketing from 95/96/400 number resources.
        const auto cls = NumberClass(t.numberType[size_t(number)]);
        if (cls == NumberClass::Service95 || cls == NumberClass::Service96 || cls == NumberClass::Service400)
            violation("service_number_marketing", number, calls,
                      QStringLiteral("%1 outbound calls from a %2 number resource")
                          .arg(calls.size())
                          .arg(numberClassName(cls)));
        // 4. Auto-dialling volume.
        if (s.profile.callsPerActiveDay >= param("autodial_volume"))
            violation("autodial_volume", number, calls,
                      QStringLiteral("%1 calls per active day").arg(s.profile.callsPerActiveDay, 0, 'f', 1));
    }
}

bool Detector::run(const CallTable &t, const ComplaintIndex &c, QString *error)
{
    Q_UNUSED(error)
    m_suspects.clear();
    m_operators.clear();
    m_phaseMs.clear();
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char *name) { m_phaseMs.append({QLatin1String(name), clock.restart()}); };
    const CallIndex ix(t);
    phase("call index");
    // Numbers below `min_calls` are never scored (score() returns at once): no profile for them.
    const std::vector<Profile> profiles = computeProfiles(t, ix, c, m_clock, qint64(param("min_calls")));
    phase("profiles");
    for (const Profile &p : profiles)
        score(p, t);
    std::sort(m_suspects.begin(), m_suspects.end(), [](const Suspect &a, const Suspect &b) {
        return a.score != b.score ? a.score > b.score : a.key < b.key;
    });
    phase("scores");
    clock.restart();
    groupOperators(t, ix); // records its own phases
    clock.restart();
    m_violations.clear();
    findViolations(t, ix, c);
    phase("violations");
    return true;
}

} // namespace dt::analysis
