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
        // Callees the general public (no list concentration) and at most this share of them complained:
        // a legitimate bulk caller (reminders, service lines, hotlines, platforms).
        {QStringLiteral("legit_max_complainant_share"), 0.01},
        {QStringLiteral("victim_jaccard"), 0.5},          // victim overlap linking two numbers
        {QStringLiteral("victim_lsh_min_numbers"), 3000}, // suspects from which MinHash/LSH finds the pairs
        // Group-first: one-way callers below the flag scored together as one operation, whose
        // members are flagged only when the group draws this many complainants (or one of fraud).
        {QStringLiteral("group_min_complainants"), 3},
        {QStringLiteral("group_min_shared_victims"),
         20},                                         // parts dialling one unseized list: callees shared …
        {QStringLiteral("group_min_victim_lift"), 3}, // … and this many times what chance gives
        {QStringLiteral("takeover_max_gap_hours"), 72}, // B starts within this long after A's last call …
        {QStringLiteral("takeover_min_shared"), 5},     // … calls at least this many of A's victims …
        {QStringLiteral("takeover_min_rho"), 0.8},      // … in A's order (rank correlation)
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
    m_judged = m_params.value(QStringLiteral("analyst_verdicts")).toObject();
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

namespace {

/// A figure as the sentence prints it with @p decimals, so a sentence made from it later, in any
/// language, shows exactly what the English one stored with the run shows.
double shown(double v, int decimals)
{
    return QString::number(v, 'f', decimals).toDouble();
}

/// A share printed as a percentage with @p decimals.
double shownShare(double share, int decimals)
{
    return QString::number(share * 100, 'f', decimals).toDouble() / 100;
}

} // namespace

void Detector::score(const Profile &p, const CallTable &t, const ListEvidence *list)
{
    // The analyst's verdict on the number (the `analyst_verdicts` parameter): a number judged a
    // suspect is scored whatever its volume.
    const QJsonObject judged = m_judged.value(t.numberKey[size_t(p.number)]).toObject();
    if (p.callsOut < qint64(param("min_calls")) && judged.isEmpty())
        return;
    Suspect s = assess(p, NumberClass(t.numberType[size_t(p.number)]), list, judged);
    s.key = t.numberKey[size_t(p.number)];
    if (s.score >= param("flag_score") || s.legitimate || s.analystVerdict != AnalystVerdict::None)
        m_suspects.push_back(std::move(s));
    else if (p.reciprocity <= param("max_reciprocity"))
        m_candidates.push_back(std::move(s)); // one-way below the flag: may be one of many (scoreGroups)
}

Suspect Detector::assess(const Profile &p, NumberClass cls, const ListEvidence *list,
                         const QJsonObject &judged) const
{
    Suspect s;
    s.number = p.number;
    s.profile = p;
    auto add = [&s](ReasonCode code, double w, Figures figures = {}) {
        s.reasons.push_back({code, w, std::move(figures), {}});
    };
    const bool highVolume = p.callsPerActiveDay >= param("volume_per_day");
    const bool oneWay = p.reciprocity <= param("max_reciprocity");
    // Callees concentrated in a leaked list: a bought list is being dialled, whatever the volume.
    const bool listed = list && list->significant;
    bool categorised = false;
    if (p.maxPerCalleeDay >= qint64(param("storm_per_callee_day"))) {
        s.category = Category::HarassmentStorm;
        categorised = true;
        add(ReasonCode::Storm, 0.8, Figures().set(Figure::MaxPerCalleeDay, double(p.maxPerCalleeDay)));
    }
    if (highVolume)
        add(ReasonCode::HighVolume, 0.35,
            Figures()
                .set(Figure::CallsPerActiveDay, shown(p.callsPerActiveDay, 1))
                .set(Figure::ActiveDays, double(p.activeDays)));
    if (listed)
        add(ReasonCode::LeakedListCallees, 0.45,
            Figures()
                .set(Figure::ListName, m_lists->names.value(list->list))
                .set(Figure::ListCallees, double(list->inList))
                .set(Figure::CalleeCount, double(list->callees))
                .set(Figure::Lift, shown(list->lift, 1))
                .set(Figure::Log10P, shown(std::max(list->log10P, -999.0), 1)));
    if (oneWay && (highVolume || listed))
        add(ReasonCode::NoCallbacks, 0.35,
            Figures()
                .set(Figure::Reciprocity, shownShare(p.reciprocity, 1))
                .set(Figure::CalleeCount, double(p.distinctCallees)));
    if (highVolume && p.answeredShare < param("low_answer"))
        add(ReasonCode::LowAnswer, 0.2, Figures().set(Figure::AnsweredShare, shownShare(p.answeredShare, 1)));
    if (highVolume && p.gapCv > 0 && p.gapCv < param("regular_gap_cv"))
        add(ReasonCode::MachinePacing, 0.2, Figures().set(Figure::GapCv, shownShare(p.gapCv, 0)));
    if (p.repeatedShare >= param("repeat_share") && p.lateShare >= param("late_share") && oneWay)
        add(ReasonCode::RepeatNight, 0.6,
            Figures()
                .set(Figure::RepeatedShare, shownShare(p.repeatedShare, 0))
                .set(Figure::LateShare, shownShare(p.lateShare, 0)));
    if (cls == NumberClass::VirtualMobile && highVolume)
        add(ReasonCode::VirtualNumber, 0.15);
    if ((cls == NumberClass::Service95 || cls == NumberClass::Service96 || cls == NumberClass::Service400) &&
        highVolume && oneWay)
        add(ReasonCode::ServiceNumberMarketing, 0.2, Figures().set(Figure::NumberType, numberClassName(cls)));
    if (cls == NumberClass::DataOnly)
        add(ReasonCode::DataOnlySegment, 0.5);
    if (p.complainants > 0)
        add(ReasonCode::Complaints, std::min(0.3, 0.1 * double(p.complainants)),
            Figures().set(Figure::Complainants, double(p.complainants)));
    if (p.complaintsFraud > 0)
        add(ReasonCode::FraudComplaints, 0.3,
            Figures().set(Figure::FraudComplaints, double(p.complaintsFraud)));
    // Legitimate high volume: people call it back, or it calls back people who called first.
    if (p.reciprocity >= param("legit_reciprocity") || p.callbackShare >= param("legit_callback_share")) {
        s.legitimate = true;
        add(ReasonCode::LegitimatePattern, 0,
            Figures()
                .set(Figure::Reciprocity, shownShare(p.reciprocity, 0))
                .set(Figure::CallbackShare, shownShare(p.callbackShare, 0)));
    }
    double keep = 1.0;
    for (const Reason &r : std::as_const(s.reasons))
        keep *= 1.0 - r.weight;
    // A caller that would be flagged, whose callees are the general public rather than a list, and
    // whom (almost) nobody complained about: a legitimate bulk caller, kept with its figures.
    if (!s.legitimate && !categorised && 1.0 - keep >= param("flag_score") && list && list->generalPublic &&
        p.complaintsFraud == 0 &&
        double(p.complainants) <= param("legit_max_complainant_share") * double(p.distinctCallees)) {
        s.legitimate = true;
        add(ReasonCode::GeneralPublic, 0,
            Figures()
                .set(Figure::CalleeCount, double(list->callees))
                .set(Figure::ListCallees, double(list->inAnyList))
                .set(Figure::Lift,
                     shown(list->anyExpected > 0 ? double(list->inAnyList) / list->anyExpected : 0, 1))
                .set(Figure::Complainants, double(p.complainants)));
    }
    if (!judged.isEmpty()) {
        const bool suspect = judged.value(QStringLiteral("verdict")).toString() == QLatin1String("suspect");
        s.analystVerdict = suspect ? AnalystVerdict::Suspect : AnalystVerdict::Legitimate;
        s.legitimate = !suspect;
        add(ReasonCode::AnalystJudgement, 0,
            Figures()
                .set(Figure::Verdict, suspect ? QStringLiteral("suspect") : QStringLiteral("legitimate"))
                .set(Figure::Analyst, judged.value(QStringLiteral("analyst")).toString())
                .set(Figure::Note, judged.value(QStringLiteral("reason")).toString()));
    }
    s.score = s.legitimate && !categorised ? 0.0 : 1.0 - keep;
    if (!categorised) {
        const bool debt = std::any_of(s.reasons.cbegin(), s.reasons.cend(),
                                      [](const Reason &r) { return r.code == ReasonCode::RepeatNight; });
        s.category = p.complaintsFraud > 0 ? Category::PossibleFraud
                     : debt                ? Category::DebtCollection
                                           : Category::AutodialerMarketing;
    }
    return s;
}

void Detector::findViolations(const CallTable &t, const CallIndex &ix, const ComplaintIndex &c)
{
    std::map<qint32, const Suspect *> flagged;
    for (const Suspect &s : m_suspects) {
        if (s.flagged(param("flag_score")))
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
    auto violation = [&](ViolationType type, qint32 number, const std::vector<size_t> &calls,
                         Violation v = {}) {
        v.type = type;
        v.number = t.numberKey[size_t(number)];
        v.count = qint64(calls.size());
        for (size_t k = 0; k < calls.size() && qint64(k) < maxCalls; ++k)
            v.supportingCalls.append(t.id[ix.outCalls[calls[k]]]);
        // The period the violating calls span (they are in time order).
        v.firstCall = ix.start[calls.front()];
        v.lastCall = ix.start[calls.back()];
        m_violations.push_back(std::move(v));
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
        if (!after.empty()) {
            Violation v;
            v.complainant = t.numberKey[size_t(key.second)];
            v.complainedUtc = when;
            violation(ViolationType::CallAfterComplaint, key.first, after, std::move(v));
        }
    }
    for (const auto &[number, calls] : callsOf) {
        const Suspect &s = *flagged.at(number);
        // 2. Marketing or collection calls outside the permitted hours.
        if (s.category != Category::HarassmentStorm) {
            std::vector<size_t> late;
            for (size_t i : calls) {
                const int hour = m_clock.hourOfDay(ix.start[i]);
                if (hour < from || hour >= to)
                    late.push_back(i);
            }
            if (!late.empty()) {
                Violation v;
                v.figures.set(Figure::PermittedFromHour, from).set(Figure::PermittedToHour, to);
                violation(ViolationType::OutsidePermittedHours, number, late, std::move(v));
            }
        }
        // 3. Marketing from 95/96/400 number resources.
        const auto cls = NumberClass(t.numberType[size_t(number)]);
        if (cls == NumberClass::Service95 || cls == NumberClass::Service96 ||
            cls == NumberClass::Service400) {
            Violation v;
            v.figures.set(Figure::NumberType, numberClassName(cls));
            violation(ViolationType::ServiceNumberMarketing, number, calls, std::move(v));
        }
        // 4. Auto-dialling volume.
        if (s.profile.callsPerActiveDay >= param("autodial_volume")) {
            Violation v;
            v.figures.set(Figure::CallsPerActiveDay, shown(s.profile.callsPerActiveDay, 1));
            violation(ViolationType::AutodialVolume, number, calls, std::move(v));
        }
    }
}

bool Detector::run(const CallTable &t, const ComplaintIndex &c, QString *error, const ListMembership *lists)
{
    Q_UNUSED(error)
    m_suspects.clear();
    m_operators.clear();
    m_rotations.clear();
    m_phaseMs.clear();
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char *name) { m_phaseMs.append({QLatin1String(name), clock.restart()}); };
    const CallIndex ix(t);
    phase("call index");
    // Numbers below `min_calls` are never scored (score() returns at once): no profile for them.
    const std::vector<Profile> profiles = computeProfiles(t, ix, c, m_clock, qint64(param("min_calls")));
    phase("profiles");
    m_lists = lists;
    const std::vector<ListEvidence> evidence =
        lists ? listEvidence(profiles, ix, *lists, m_params) : std::vector<ListEvidence>();
    phase("list evidence");
    m_candidates.clear();
    m_groupLinks.clear();
    for (size_t i = 0; i < profiles.size(); ++i)
        score(profiles[i], t, evidence.empty() ? nullptr : &evidence[i]);
    phase("scores");
    scoreGroups(t, ix); // flags the members of operations no single number of which stands out
    m_candidates.clear();
    m_candidates.shrink_to_fit();
    std::sort(m_suspects.begin(), m_suspects.end(), [](const Suspect &a, const Suspect &b) {
        return a.score != b.score ? a.score > b.score : a.key < b.key;
    });
    phase("groups");
    clock.restart();
    groupOperators(t, ix); // records its own phases
    clock.restart();
    m_violations.clear();
    findViolations(t, ix, c);
    phase("violations");
    m_lists = nullptr;
    return true;
}

} // namespace dt::analysis
