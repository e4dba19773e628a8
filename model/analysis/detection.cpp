#include "analysis/detection.h"

#include "case/casefile.h"
#include "core/osuser.h"
#include "dt/version.h"
#include "phone/phonenumber.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <iterator>
#include <map>
#include <QDateTime>
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
        {QStringLiteral("timezone_offset"), 8 * 3600},
        {QStringLiteral("permitted_from_hour"), 8}, // marketing calls allowed from 08:00 …
        {QStringLiteral("permitted_to_hour"), 21},  // … until 21:00 local time
        {QStringLiteral("autodial_volume"), 100},   // calls per active day that only a machine places
        {QStringLiteral("max_supporting_calls"), 50},
        // Leak tracing (analysis/leaktrace.h)
        {QStringLiteral("leak_alpha"), 0.001},         // family-wise error rate of the chance tests
        {QStringLiteral("leak_min_victims"), 5},       // fewer victims in a list: never an attribution
        {QStringLiteral("leak_min_lift"), 1.5},        // victims in the list over what chance gives
        {QStringLiteral("leak_order_min_rho"), 0.8},   // rank correlation: dialled in the list's order
        {QStringLiteral("lineage_min_shared"), 20},    // records two lists must share for a resale edge
        {QStringLiteral("lineage_min_lift"), 1.5},     // shared numbers over what chance gives
        {QStringLiteral("lineage_min_containment"), 0.05}}; // of the smaller list
}

Detector::Detector(QJsonObject params)
    : m_params(defaultParameters())
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        m_params.insert(it.key(), it.value());
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

void Detector::groupOperators(const CallTable &t)
{
    std::vector<size_t> flagged;
    QHash<qint32, int> vertexOf;
    for (size_t i = 0; i < m_suspects.size(); ++i) {
        if (m_suspects[i].legitimate || m_suspects[i].score < param("flag_score"))
            continue;
        vertexOf.insert(m_suspects[i].number, int(flagged.size()));
        flagged.push_back(i);
    }
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(flagged.size());
    std::map<std::pair<int, int>, QJsonArray> evidence;
    auto link = [&](int a, int b, const QJsonObject &why) {
        if (a == b)
            return;
        const auto key = std::minmax(a, b);
        if (!evidence.count(key))
            boost::add_edge(size_t(key.first), size_t(key.second), g);
        evidence[key].append(why);
    };
    // Shared handsets, shared cells, the same PBX trunk, overlapping victims.
    // Ordered containers: the same case must give the same evidence, in the same order, every run.
    std::map<qint32, std::set<int>> byDevice, byCell, byTrunk, callersOfVictim;
    QHash<int, QSet<qint32>> victimsOf;
    std::vector<qint64> calls(flagged.size(), 0), firstCall(flagged.size(), 0), lastCall(flagged.size(), 0);
    QHash<int, QSet<qint32>> imeisOf;
    for (size_t i = 0; i < t.size(); ++i) {
        const auto v = vertexOf.constFind(t.caller[i]);
        if (v == vertexOf.constEnd())
            continue;
        if (t.device[i]) {
            byDevice[t.device[i]].insert(*v);
            imeisOf[*v].insert(t.device[i]);
        }
        if (t.cell[i])
            byCell[t.cell[i]].insert(*v);
        const QString &fmt = t.sourceFormat[size_t(t.source[i])];
        if (fmt.startsWith(QLatin1String("asterisk")) || fmt.startsWith(QLatin1String("freeswitch")))
            byTrunk[t.source[i]].insert(*v);
        victimsOf[*v].insert(t.callee[i]);
        callersOfVictim[t.callee[i]].insert(*v);
    }
    auto keyOf = [&](int v) { return m_suspects[flagged[size_t(v)]].key; };
    for (const auto &[device, members] : byDevice) {
        const std::vector<int> vs(members.begin(), members.end());
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("shared_device")},
                             {QStringLiteral("imei"), t.deviceImei[size_t(device)]}});
    }
    for (const auto &[cell, members] : byCell) {
        const std::vector<int> vs(members.begin(), members.end());
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("shared_cell")},
                             {QStringLiteral("cell"), t.cells.value(cell - 1)}});
    }
    for (const auto &[trunk, members] : byTrunk) {
        const std::vector<int> vs(members.begin(), members.end());
        for (size_t k = 1; k < vs.size(); ++k)
            link(vs.front(), vs.at(k),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("same_pbx_trunk")},
                             {QStringLiteral("source_id"), trunk}});
    }
    // Victim overlap (exact Jaccard over the pairs that share a victim).
    QSet<quint64> tried;
    for (const auto &[victim, members] : callersOfVictim) {
        const std::vector<int> vs(members.begin(), members.end());
        if (vs.size() < 2 || vs.size() > 50)
            continue;
        for (size_t a = 0; a < vs.size(); ++a) {
            for (size_t b = a + 1; b < vs.size(); ++b) {
                const auto [x, y] = std::minmax(vs[a], vs[b]);
                if (tried.contains((quint64(x) << 32) | quint32(y)))
                    continue;
                tried.insert((quint64(x) << 32) | quint32(y));
                const QSet<qint32> &A = victimsOf[x], &B = victimsOf[y];
                const qint64 inter = QSet<qint32>(A).intersect(B).size();
                const double j = double(inter) / double(A.size() + B.size() - inter);
                if (j >= param("victim_jaccard"))
                    link(x, y,
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("victim_overlap")},
                                     {QStringLiteral("jaccard"), std::round(j * 1000) / 1000},
                                     {QStringLiteral("shared_victims"), inter}});
            }
        }
    }
    // Synchronised working hours: the same shift (hour-of-day profile) on the same days.
    for (size_t a = 0; a < flagged.size(); ++a) {
        const Profile &pa = m_suspects[flagged[a]].profile;
        if (pa.days.size() < 5)
            continue;
        for (size_t b = a + 1; b < flagged.size(); ++b) {
            const Profile &pb = m_suspects[flagged[b]].profile;
            if (pb.days.size() < 5)
                continue;
            double dot = 0, na = 0, nb = 0;
            for (size_t h = 0; h < 24; ++h) {
                dot += pa.hourShare[h] * pb.hourShare[h];
                na += pa.hourShare[h] * pa.hourShare[h];
                nb += pb.hourShare[h] * pb.hourShare[h];
            }
            const double cosine = dot / std::sqrt(na * nb);
            std::vector<qint64> common;
            std::set_intersection(pa.days.begin(), pa.days.end(), pb.days.begin(), pb.days.end(),
                                  std::back_inserter(common));
            const double days =
                double(common.size()) / double(pa.days.size() + pb.days.size() - common.size());
            if (cosine >= param("sync_hours_cosine") && days >= param("sync_days_jaccard"))
                link(int(a), int(b),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("synchronised_hours")},
                                 {QStringLiteral("hour_profile_cosine"), std::round(cosine * 1000) / 1000},
                                 {QStringLiteral("shared_days"), qint64(common.size())}});
        }
    }
    std::vector<int> component(flagged.size());
    const int count = flagged.empty() ? 0 : boost::connected_components(g, component.data());
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (size_t v = 0; v < flagged.size(); ++v)
        members[size_t(component[v])].push_back(int(v));
    // Stable order: by first member's number key.
    for (auto &m : members)
        std::sort(m.begin(), m.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
    std::sort(members.begin(), members.end(),
              [&](const auto &a, const auto &b) { return keyOf(a.front()) < keyOf(b.front()); });
    int n = 0;
    for (const auto &m : members) {
        Operator op;
        op.id = QStringLiteral("OPR-%1").arg(++n, 3, 10, QLatin1Char('0'));
        QSet<int> memberSet(m.begin(), m.end());
        QSet<qint32> victims;
        for (int v : m) {
            const Suspect &s = m_suspects[flagged[size_t(v)]];
            op.numbers << s.key;
            op.calls += s.profile.callsOut;
            op.firstCall = op.firstCall ? std::min(op.firstCall, s.profile.firstCall) : s.profile.firstCall;
            op.lastCall = std::max(op.lastCall, s.profile.lastCall);
            for (qint32 victim : victimsOf[v])
                victims.insert(victim);
            for (qint32 d : imeisOf[v])
                if (!op.imeis.contains(t.deviceImei[size_t(d)]))
                    op.imeis << t.deviceImei[size_t(d)];
        }
        op.imeis.sort();
        op.victims = victims.size();
        for (const auto &[edge, why] : evidence) {
            if (memberSet.contains(edge.first) && memberSet.contains(edge.second))
                op.evidence.append(QJsonObject{{QStringLiteral("a"), keyOf(edge.first)},
                                               {QStringLiteral("b"), keyOf(edge.second)},
                                               {QStringLiteral("links"), why}});
        }
        m_operators.push_back(op);
    }
}

void Detector::findViolations(const CallTable &t, const ComplaintIndex &c)
{
    QHash<qint32, const Suspect *> flagged;
    for (const Suspect &s : m_suspects) {
        if (!s.legitimate && s.score >= param("flag_score"))
            flagged.insert(s.number, &s);
    }
    const qint64 maxCalls = qint64(param("max_supporting_calls"));
    const qint64 offset = qint64(param("timezone_offset"));
    const int from = int(param("permitted_from_hour")), to = int(param("permitted_to_hour"));
    // Calls of each flagged number, in time order.
    std::map<qint32, std::vector<size_t>> callsOf;
    for (size_t i = 0; i < t.size(); ++i) {
        if (flagged.contains(t.caller[i]))
            callsOf[t.caller[i]].push_back(i);
    }
    for (auto &[n, calls] : callsOf)
        std::sort(calls.begin(), calls.end(), [&t](size_t a, size_t b) { return t.start[a] < t.start[b]; });
    auto violation = [&](const char *type, qint32 number, const std::vector<size_t> &calls,
                         const QString &text, QJsonObject extra = {}) {
        QJsonArray ids;
        for (size_t k = 0; k < calls.size() && qint64(k) < maxCalls; ++k)
            ids.append(t.id[calls[k]]);
        extra.insert(QStringLiteral("type"), QLatin1String(type));
        extra.insert(QStringLiteral("number"), t.numberKey[size_t(number)]);
        extra.insert(QStringLiteral("count"), qint64(calls.size()));
        extra.insert(QStringLiteral("text"), text);
        extra.insert(QStringLiteral("supporting_calls"), ids);
        m_violations.push_back(extra);
    };
    // 1. Calls to a callee after that callee complained about the number.
    std::map<std::pair<qint32, qint32>, qint64> firstComplaint;
    for (const auto &e : c.entries) {
        if (!e.complainant || !e.timeUtc || !flagged.contains(e.reported))
            continue;
        const auto key = std::make_pair(e.reported, e.complainant);
        if (!firstComplaint.count(key) || e.timeUtc < firstComplaint[key])
            firstComplaint[key] = e.timeUtc;
    }
    for (const auto &[key, when] : firstComplaint) {
        std::vector<size_t> after;
        for (size_t i : callsOf[key.first]) {
            if (t.callee[i] == key.second && t.start[i] > when)
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
        const Suspect &s = *flagged.value(number);
        // 2. Marketing or collection calls outside the permitted hours.
        if (s.category != QLatin1String("harassment_storm")) {
            std::vector<size_t> late;
            for (size_t i : calls) {
                const int hour = int((t.start[i] + offset) % 86400 / 3600);
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
    const std::vector<Profile> profiles = computeProfiles(t, c, qint64(param("timezone_offset")));
    for (const Profile &p : profiles)
        score(p, t);
    std::sort(m_suspects.begin(), m_suspects.end(), [](const Suspect &a, const Suspect &b) {
        return a.score != b.score ? a.score > b.score : a.key < b.key;
    });
    groupOperators(t);
    m_violations.clear();
    findViolations(t, c);
    return true;
}

} // namespace dt::analysis
