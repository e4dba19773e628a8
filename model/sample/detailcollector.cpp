#include "sample/detailcollector.h"

#include <algorithm>
#include <unordered_set>

namespace dt::sample {

namespace {

/// The file each leaked list is written to, and the line of its first record.
struct LeakFile
{
    const char *name, *file;
    int firstLine;
};
constexpr LeakFile kLeakFiles[] = {{"leak_insurance_giveaway", "leak_insurance_giveaway.csv", 2},
                                   {"leak_loan_app_users", "leak_loan_app_users.txt", 1},
                                   {"leak_property_owners", "leak_property_owners.xlsx", 2},
                                   {"leak_resold_compilation", "leak_resold_compilation.csv", 2},
                                   {"leak_education_parents", "leak_education_parents.csv", 2},
                                   {"leak_car_owners", "leak_car_owners.csv", 2}, // the hard variant's
                                   {"leak_stock_investors", "leak_stock_investors.csv", 2}};

/// The 2018 campaign's rules as DialTrace's analysis states them (detection.cpp's defaults).
constexpr int kPermittedFrom = 8, kPermittedTo = 21;
constexpr double kAutodialVolume = 100;

bool marketsRules(const Actor &a)
{
    return a.isOperator() && a.kind() != QLatin1String("harassment_storm");
}

} // namespace

DetailCollector::DetailCollector(const World &world, const std::vector<std::unique_ptr<Actor>> &actors)
    : m_world(world)
    , m_actors(actors)
    , m_clock(QStringLiteral("Asia/Shanghai"))
    , m_taken(actors.size(), 0)
{}

const Actor *DetailCollector::actorOf(quint8 id) const
{
    for (const auto &a : m_actors) {
        if (a->id() == id)
            return a.get();
    }
    return nullptr;
}

void DetailCollector::takeComplaints()
{
    for (size_t k = 0; k < m_actors.size(); ++k) {
        const auto &list = m_actors[k]->complaints;
        for (; m_taken[k] < list.size(); ++m_taken[k]) {
            const Complaint &c = list[m_taken[k]];
            const auto key = std::make_pair(c.reported, Party(c.reporter));
            const auto it = m_complained.find(key);
            if (it == m_complained.end() || c.t < it->second)
                m_complained[key] = c.t;
        }
    }
}

void DetailCollector::onCall(const Call &c, qint64 cdrCallerLine, qint64 cdrCalleeLine, qint64 pbxLine)
{
    QStringList refs;
    if (cdrCallerLine)
        refs << QStringLiteral("cdr_carrier.csv:%1").arg(cdrCallerLine);
    if (cdrCalleeLine)
        refs << QStringLiteral("cdr_carrier.csv:%1").arg(cdrCalleeLine);
    if (pbxLine)
        refs << QStringLiteral("pbx_master.csv:%1").arg(pbxLine);
    if (c.callee < 0)
        ++m_stats[lineOf(c.callee)].received;
    if (c.caller >= 0)
        return;
    LineStat &s = m_stats[lineOf(c.caller)];
    ++s.calls;
    s.answered += c.answered ? 1 : 0;
    const qint64 day = m_clock.local(c.t) / 86400;
    if (day != s.lastDay)
        s.lastDay = day, ++s.days;
    const Actor *a = actorOf(c.actor);
    if (!a)
        return;
    auto first = m_firstCall.find(c.actor);
    if (first == m_firstCall.end() || c.t < first->second)
        m_firstCall[c.actor] = c.t;
    if (!marketsRules(*a) || refs.isEmpty())
        return;
    const int hour = m_clock.hourOfDay(c.t);
    if (hour < kPermittedFrom || hour >= kPermittedTo)
        m_refs[{c.actor, QStringLiteral("outside_permitted_hours")}] << refs;
    const auto complained = m_complained.find({c.caller, c.callee});
    if (c.callee >= 0 && complained != m_complained.end() && complained->second < c.t)
        m_refs[{c.actor, QStringLiteral("call_after_complaint")}] << refs;
}

void DetailCollector::finish(const std::vector<Complaint> &complaints, SampleDetail *out) const
{
    std::unordered_map<int, const Actor *> actorOfLine;
    for (const auto &a : m_actors) {
        for (int li : a->lines())
            actorOfLine[li] = a.get();
    }
    for (const auto &a : m_actors) {
        if (a->kind() == QLatin1String("social"))
            continue;
        QStringList service, autodial;
        for (int li : a->lines()) {
            const Line &l = m_world.lines[size_t(li)];
            const auto st = m_stats.find(li);
            if (l.callsPlaced == 0 || st == m_stats.end())
                continue;
            SampleDetail::LineInfo info;
            info.number = l.num.e164();
            info.actor = a->truthId();
            info.label = l.label;
            info.imei = QString::fromLatin1(l.imei);
            info.lac = l.lac;
            info.cell = l.cell;
            info.extension = l.extension;
            info.calls = st->second.calls;
            info.answered = st->second.answered;
            info.received = st->second.received;
            info.activeDays = st->second.days;
            out->lines.push_back(info);
            const QByteArray digits = l.num.national();
            if (l.num.kind == Num::Service &&
                (digits.startsWith("95") || digits.startsWith("96") || digits.startsWith("400")))
                service << info.number;
            if (double(info.calls) / std::max(1, info.activeDays) >= kAutodialVolume)
                autodial << info.number;
        }
        if (!a->isOperator())
            continue;
        SampleDetail::OperatorInfo op;
        op.id = a->truthId();
        op.kind = a->kind();
        op.leak = a->leakName();
        op.firstCallUtc = m_firstCall.count(a->id()) ? m_firstCall.at(a->id()) : 0;
        op.victims = qint64(a->victims().size());
        for (const Leak &l : m_world.leaks) {
            if (l.name != op.leak)
                continue;
            const std::unordered_set<quint64> members(l.members.begin(), l.members.end());
            op.victimsInLeak = std::count_if(a->victims().begin(), a->victims().end(),
                                             [&](quint64 v) { return members.count(v) > 0; });
        }
        out->operators.push_back(op);
        if (!marketsRules(*a))
            continue;
        for (const QString &rule :
             {QStringLiteral("call_after_complaint"), QStringLiteral("outside_permitted_hours")}) {
            const auto it = m_refs.find({a->id(), rule});
            if (it != m_refs.end())
                out->violations.push_back({a->truthId(), rule, {}, it->second});
        }
        if (!service.isEmpty())
            out->violations.push_back(
                {a->truthId(), QStringLiteral("service_number_marketing"), service, {}});
        if (!autodial.isEmpty())
            out->violations.push_back({a->truthId(), QStringLiteral("autodial_volume"), autodial, {}});
    }
    // The lists holding each complainant, with the row that holds them.
    std::unordered_map<quint64, std::vector<std::pair<QString, QString>>> listsOf;
    for (const Complaint &c : complaints)
        listsOf[c.reporter];
    for (const Leak &l : m_world.leaks) {
        const auto *file = std::find_if(std::begin(kLeakFiles), std::end(kLeakFiles),
                                        [&](const LeakFile &f) { return l.name == QLatin1String(f.name); });
        for (size_t k = 0; k < l.members.size(); ++k) {
            auto it = listsOf.find(l.members[k]);
            if (it != listsOf.end() && file != std::end(kLeakFiles))
                it->second.emplace_back(
                    l.name,
                    QStringLiteral("%1:%2").arg(QLatin1String(file->file)).arg(qint64(k) + file->firstLine));
        }
    }
    for (size_t k = 0; k < complaints.size(); ++k) {
        const Complaint &c = complaints[k];
        SampleDetail::ComplaintInfo info;
        info.ref = QStringLiteral("complaints_12321.csv:%1").arg(qint64(k) + 2);
        info.timeUtc = c.t;
        info.reporter = m_world.population.phone(c.reporter).e164();
        info.reported = m_world.numOf(c.reported).e164();
        const auto a = c.reported < 0 ? actorOfLine.find(lineOf(c.reported)) : actorOfLine.end();
        info.actor = a != actorOfLine.end() ? a->second->truthId() : QString();
        for (const auto &[list, row] : listsOf[c.reporter])
            info.lists << list, info.listRows << row;
        info.mistaken = c.mistaken;
        out->complaints.push_back(info);
    }
}

} // namespace dt::sample
