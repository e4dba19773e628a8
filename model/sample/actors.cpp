#include "sample/actors.h"

#include <algorithm>
#include <cmath>
#include <QDate>

namespace dt::sample {

namespace {
constexpr qint64 kHour = 3600;
constexpr int kCallCentreLac = 28672;
} // namespace

Actor::Actor(World &world, quint8 id, QString truthId, QString kind)
    : m_world(world)
    , m_rng(hash3(world.seed, 0xac7, id))
    , m_id(id)
    , m_truthId(std::move(truthId))
    , m_kind(std::move(kind))
{}

int Actor::weekday(int day) const
{
    return QDate(2026, 9, 1).addDays(day).dayOfWeek();
}

Call &Actor::place(std::vector<Call> &out, qint64 t, Party caller, Party callee, double answerRate,
                   double medianTalk, double sigma, int maxTalk)
{
    Call c;
    c.t = t;
    c.caller = caller;
    c.callee = callee;
    c.actor = m_id;
    c.answered = m_rng.chance(answerRate);
    c.ring = int(m_rng.range(c.answered ? 3 : 15, c.answered ? 18 : 35));
    c.duration = c.answered ? std::clamp(int(m_rng.logNormal(medianTalk, sigma)), 1, maxTalk) : 0;
    c.callerCell = m_world.homeCell(caller);
    c.calleeCell = m_world.homeCell(callee);
    out.push_back(c);
    ++m_calls;
    if (caller < 0)
        ++m_world.lines[size_t(lineOf(caller))].callsPlaced;
    if (m_trackVictims && callee >= 0)
        m_victims.push_back(quint64(callee));
    return out.back();
}

void Actor::maybeComplain(const Call &c, double p, const QString &type, const QString &text)
{
    if (c.callee < 0 || !c.answered)
        return;
    const quint64 v = quint64(c.callee);
    if (!m_world.requestedPersons.count(v) || m_complained.count(v) || !m_rng.chance(p))
        return;
    m_complained.insert(v);
    complaints.push_back({c.t + m_rng.range(600, 36 * kHour), v, c.caller, type, text, false});
}

void Actor::finish()
{
    std::sort(m_victims.begin(), m_victims.end());
    m_victims.erase(std::unique(m_victims.begin(), m_victims.end()), m_victims.end());
}

namespace {

/// Loan marketing by auto-dialler from short-lived virtual numbers in SIM boxes. Dials its leaked
/// list in file order; when a number is blocked a fresh one takes over where it stopped.
class AutoDialler : public Actor
{
public:
    AutoDialler(World &w, quint8 id, const Leak &leak, int concurrent, int days)
        : Actor(w, id, QStringLiteral("OP1"), QStringLiteral("loan_autodialer"))
        , m_list(leak.members)
    {
        m_leak = leak.name;
        // Each number lives 3-6 days; enough numbers to keep `concurrent` lines busy every day.
        const int total = concurrent * std::max(1, (days + 4) / 4) + 2;
        const int cell = 40000 + int(m_rng.below(900));
        for (int k = 0; k < total; ++k) {
            Line l;
            const int segs[] = {170, 171, 170, 171, 162};
            l.num = w.population.extraMobile(segs[k % 5], quint64(id) * 1000 + quint64(k));
            l.imei =
                Population::makeImei(hash3(w.seed, id, k / 8), hash3(w.seed, 0x51b, k / 8)); // 8 SIMs per box
            l.lac = kCallCentreLac;
            l.cell = cell;
            l.label = QStringLiteral("operator:OP1");
            m_lines.push_back(w.addLine(l));
        }
        m_concurrent = concurrent;
    }

    void generateDay(int day, qint64 dayStart, std::vector<Call> &out) override
    {
        if (weekday(day) == 7 || m_list.empty())
            return;
        // Numbers come into service in order; each serves a few days, then is replaced.
        while (int(m_active.size()) < m_concurrent && m_next < int(m_lines.size()))
            m_active.push_back({m_next++, int(m_rng.range(3, 6))});
        for (auto &slot : m_active) {
            const Party me = lineParty(m_lines[size_t(slot.first)]);
            qint64 t = dayStart + 9 * kHour + m_rng.range(0, 300);
            const int quota = int(m_rng.range(95, 135));
            // Some mornings start with a number-segment sweep: consecutive numbers, most of them unused.
            if (m_rng.chance(0.3)) {
                const int segs[] = {138, 139, 158, 186, 189};
                const quint64 base = quint64(segs[m_rng.below(5)]) * 100000000ULL + m_rng.below(99990000ULL);
                for (int k = 0; k < 20; ++k) {
                    Line target;
                    target.num = Num{base + quint64(k), Num::Mobile, 0};
                    target.requested = false;
                    const Party swept = lineParty(m_world.addLine(target));
                    const Call &c = place(out, t, me, swept, 0.05, 8, 0.4, 30);
                    t += c.ring + c.duration + m_rng.range(40, 70);
                }
            }
            for (int n = 0; n < quota; ++n) {
                if (t > dayStart + 12 * kHour && t < dayStart + 13 * kHour + 1800)
                    t = dayStart + 13 * kHour + 1800 + m_rng.range(0, 120);
                if (t > dayStart + 18 * kHour)
                    break;
                quint64 victim;
                if (!m_redial.empty() && m_redial.front().first <= day) {
                    victim = m_redial.front().second;
                    m_redial.pop_front();
                } else {
                    victim = m_list[m_cursor % m_list.size()];
                    ++m_cursor;
                }
                const Call &c = place(out, t, me, Party(victim), 0.18, 22, 0.5, 120);
                if (!c.answered && m_rng.chance(0.35))
                    m_redial.push_back({day + 1, victim});
                maybeComplain(c, 0.6, QStringLiteral("营销推销"),
                              QStringLiteral("自动语音推销贷款，号码每天不同"));
                t += c.ring + c.duration + m_rng.range(40, 70); // the dialler's regular pacing
            }
            --slot.second;
        }
        m_active.erase(
            std::remove_if(m_active.begin(), m_active.end(), [](const auto &s) { return s.second <= 0; }),
            m_active.end());
    }

private:
    const std::vector<quint64> &m_list;
    size_t m_cursor = 0;
    int m_concurrent = 1;
    int m_next = 0;
    std::vector<std::pair<int, int>> m_active; ///< (line slot, days left)
    std::deque<std::pair<int, quint64>> m_redial;
};

/// A real-estate agency's desk lines behind the seized PBX, calling property owners in list order.
class PbxAgency : public Actor
{
public:
    PbxAgency(World &w, quint8 id, const Leak &leak, int desks)
        : Actor(w, id, QStringLiteral("OP2"), QStringLiteral("real_estate_agency"))
        , m_list(leak.members)
    {
        m_leak = leak.name;
        for (int k = 0; k < desks; ++k) {
            Line l;
            l.num = Num{57100000000ULL + 88060000ULL + quint64(k) * 7 + 1, Num::Landline, 3};
            l.requested = false;
            l.pbx = true;
            l.extension = 8001 + k;
            l.label = QStringLiteral("operator:OP2");
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int day, qint64 dayStart, std::vector<Call> &out) override
    {
        if (weekday(day) >= 6 || m_list.empty())
            return;
        for (int line : m_lines) {
            qint64 t = dayStart + 9 * kHour + m_rng.range(0, 1200);
            const int quota = int(m_rng.range(30, 50));
            for (int n = 0; n < quota && t < dayStart + 18 * kHour; ++n) {
                const quint64 victim = m_list[m_cursor++ % m_list.size()];
                const Call &c = place(out, t, lineParty(line), Party(victim), 0.45, 70, 0.7, 900);
                maybeComplain(c, 0.3, QStringLiteral("营销推销"),
                              QStringLiteral("房产中介反复推销，询问是否卖房"));
                t += c.ring + c.duration + m_rng.range(60, 600);
            }
        }
    }

private:
    const std::vector<quint64> &m_list;
    size_t m_cursor = 0;
};

/// Illegal debt collection: repeated calls to debtors and their emergency contacts, late hours.
class DebtCollector : public Actor
{
public:
    DebtCollector(World &w, quint8 id, const Leak &leak, int numbers)
        : Actor(w, id, QStringLiteral("OP3"), QStringLiteral("debt_collection"))
        , m_list(leak.members)
    {
        m_leak = leak.name;
        const int cell = 41000 + int(m_rng.below(900));
        for (int k = 0; k < numbers; ++k) {
            Line l;
            const int segs[] = {137, 138, 139, 150};
            l.num = w.population.extraMobile(segs[k % 4], quint64(id) * 1000 + quint64(k));
            l.imei =
                Population::makeImei(hash3(w.seed, 0xdeb7, 0), hash3(w.seed, 0xdeb7, k)); // one handset batch
            l.lac = kCallCentreLac + 1;
            l.cell = cell;
            l.label = QStringLiteral("operator:OP3");
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int, qint64 dayStart, std::vector<Call> &out) override
    {
        if (m_list.empty())
            return;
        for (int line : m_lines) {
            const int debtors = int(m_rng.range(10, 14));
            for (int d = 0; d < debtors; ++d) {
                const quint64 debtor = m_list[size_t(m_rng.below(m_list.size()))];
                const int attempts = int(m_rng.range(2, 6));
                // 35% of the pressure comes after 20:00.
                qint64 t = dayStart + (m_rng.chance(0.35) ? 20 * kHour : 8 * kHour + 1800) +
                           m_rng.range(0, 11 * 900);
                for (int a = 0; a < attempts; ++a) {
                    Party target = Party(debtor);
                    if (m_rng.chance(0.2)) // an emergency contact the debtor gave the lender
                        target = Party(hash3(m_world.seed, 0xc0c7, debtor) % m_world.population.size());
                    const Call &c = place(out, t, lineParty(line), target, 0.35, 35, 0.6, 300);
                    maybeComplain(c, 0.5, QStringLiteral("骚扰电话"),
                                  QStringLiteral("催收电话骚扰本人及家人，深夜来电"));
                    t += c.ring + c.duration + m_rng.range(120, 2400);
                    if (t > dayStart + 23 * kHour + 1800)
                        break;
                }
            }
        }
    }

private:
    const std::vector<quint64> &m_list;
};

/// A "呼死你" storm: a handful of virtual numbers ringing one victim hundreds of times.
class Storm : public Actor
{
public:
    Storm(World &w, quint8 id, quint64 victim, int numbers, int firstDay)
        : Actor(w, id, QStringLiteral("OP4"), QStringLiteral("harassment_storm"))
        , m_victim(victim)
        , m_firstDay(firstDay)
    {
        for (int k = 0; k < numbers; ++k) {
            Line l;
            const int segs[] = {165, 167, 170, 165, 167, 171};
            l.num = w.population.extraMobile(segs[k % 6], quint64(id) * 1000 + quint64(k));
            l.imei = Population::makeImei(hash3(w.seed, 0x570, k), hash3(w.seed, 0x571, k));
            l.lac = 30000 + int(m_rng.below(100));
            l.cell = 50000 + int(m_rng.below(9000));
            l.label = QStringLiteral("harassment");
            m_lines.push_back(w.addLine(l));
        }
        w.requestedPersons.insert(victim);
    }

    void generateDay(int day, qint64 dayStart, std::vector<Call> &out) override
    {
        if (day < m_firstDay || day > m_firstDay + 1)
            return;
        for (int line : m_lines) {
            qint64 t = dayStart + m_rng.range(0, 20 * kHour);
            const int n = int(m_rng.range(60, 90));
            for (int i = 0; i < n; ++i) {
                Call &c = place(out, t, lineParty(line), Party(m_victim), 0.05, 2, 0.3, 4);
                c.ring = int(m_rng.range(1, 6)); // ring once and hang up
                if (i == 5 && day == m_firstDay)
                    complaints.push_back({t + 1800, m_victim, c.caller, QStringLiteral("骚扰电话"),
                                          QStringLiteral("被多个陌生号码连续呼叫，手机无法正常使用"), false});
                t += c.ring + c.duration + m_rng.range(5, 40);
            }
        }
    }

private:
    quint64 m_victim;
    int m_firstDay;
};

/// Insurance telemarketing from a 95 service number and agents' mobiles, list in shuffled order.
class Telemarketer : public Actor
{
public:
    Telemarketer(World &w, quint8 id, const Leak &leak, int agents)
        : Actor(w, id, QStringLiteral("OP5"), QStringLiteral("insurance_telemarketing"))
    {
        m_leak = leak.name;
        m_order = leak.members;
        for (size_t i = m_order.size(); i > 1; --i) // Fisher-Yates with our own generator
            std::swap(m_order[i - 1], m_order[size_t(m_rng.below(i))]);
        Line service;
        service.num = Num{95105888ULL, Num::Service, 0};
        service.label = QStringLiteral("operator:OP5");
        m_lines.push_back(w.addLine(service));
        const int cell = 42000 + int(m_rng.below(900));
        for (int k = 0; k < agents; ++k) {
            Line l;
            const int segs[] = {185, 186, 156, 155};
            l.num = w.population.extraMobile(segs[k % 4], quint64(id) * 1000 + quint64(k));
            l.imei = Population::makeImei(hash3(w.seed, 0x1175, 0), hash3(w.seed, 0x1175, k + 1));
            l.lac = kCallCentreLac + 2;
            l.cell = cell;
            l.label = QStringLiteral("operator:OP5");
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int, qint64 dayStart, std::vector<Call> &out) override
    {
        if (m_order.empty())
            return;
        for (size_t k = 0; k < m_lines.size(); ++k) {
            qint64 t = dayStart + 9 * kHour + m_rng.range(0, 900);
            const int quota = k == 0 ? int(m_rng.range(130, 170)) : int(m_rng.range(55, 85));
            for (int n = 0; n < quota && t < dayStart + 20 * kHour + 1800; ++n) {
                const quint64 victim = m_order[m_cursor++ % m_order.size()];
                const Call &c = place(out, t, lineParty(m_lines[k]), Party(victim), 0.3, 30, 0.6, 400);
                maybeComplain(c, 0.4, QStringLiteral("营销推销"),
                              QStringLiteral("推销赠险，称我在活动中领取过保险"));
                t += c.ring + c.duration + m_rng.range(k == 0 ? 20 : 90, k == 0 ? 120 : 400);
            }
        }
    }

private:
    std::vector<quint64> m_order;
    size_t m_cursor = 0;
};

/// Legitimate couriers: local recipients, mostly answered, often called back.
class Couriers : public Actor
{
public:
    Couriers(World &w, quint8 id, int couriers)
        : Actor(w, id, QStringLiteral("TRAP-COURIER"), QStringLiteral("courier"))
    {
        m_operator = false;
        for (int k = 0; k < couriers; ++k) {
            Line l;
            const int segs[] = {136, 188, 133, 131};
            l.num = w.population.extraMobile(segs[k % 4], quint64(id) * 1000 + quint64(k));
            l.imei = Population::makeImei(hash3(w.seed, 0xc0, k), hash3(w.seed, 0xc1, k));
            l.lac = 22000 + int(m_rng.below(400));
            l.cell = 10000 + int(m_rng.below(50000));
            l.label = QStringLiteral("legitimate:courier");
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int, qint64 dayStart, std::vector<Call> &out) override
    {
        for (int line : m_lines) {
            qint64 t = dayStart + 8 * kHour + 1800 + m_rng.range(0, 1800);
            const int quota = int(m_rng.range(35, 55));
            for (int n = 0; n < quota && t < dayStart + 19 * kHour + 1800; ++n) {
                const quint64 r = localPerson();
                Call &placed = place(out, t, lineParty(line), Party(r), 0.88, 25, 0.5, 180);
                placed.callerCell = 10000 + int(m_rng.below(50000)); // the courier moves around the city
                // A copy: placing the call-back may move `out`'s storage, and `placed` with it.
                const Call c = placed;
                if (m_rng.chance(0.3)) { // the recipient calls back
                    Call &back = place(out, t + m_rng.range(120, 2 * kHour), Party(r), lineParty(line), 0.9,
                                       30, 0.5, 240);
                    back.calleeCell = c.callerCell;
                }
                if (m_rng.chance(0.002)) // a recipient who mistook the courier for a marketer
                    complaints.push_back({t + 3600, r, lineParty(line), QStringLiteral("骚扰电话"),
                                          QStringLiteral("陌生号码来电"), true});
                t += c.ring + c.duration + m_rng.range(300, 900);
            }
        }
    }

private:
    quint64 localPerson()
    {
        for (int tries = 0; tries < 64; ++tries) {
            const quint64 p = m_rng.below(m_world.population.size());
            if (m_world.population.isLocal(p))
                return p;
        }
        return m_rng.below(m_world.population.size());
    }
};

/// A bank's 95 line calling back customers who called it first.
class BankCallback : public Actor
{
public:
    BankCallback(World &w, quint8 id, int perDay)
        : Actor(w, id, QStringLiteral("TRAP-BANK"), QStringLiteral("bank_callback"))
        , m_perDay(perDay)
    {
        m_operator = false;
        Line l;
        l.num = Num{95566ULL, Num::Service, 0};
        l.label = QStringLiteral("legitimate:bank_callback");
        m_lines.push_back(w.addLine(l));
    }

    void generateDay(int, qint64 dayStart, std::vector<Call> &out) override
    {
        const Party bank = lineParty(m_lines[0]);
        for (int n = 0; n < m_perDay; ++n) {
            const quint64 customer = m_rng.below(m_world.population.size());
            const qint64 t = dayStart + 8 * kHour + m_rng.range(0, 12 * kHour);
            place(out, t, Party(customer), bank, 0.97, 180, 0.6, 1200);
            if (m_rng.chance(0.65))
                place(out, t + m_rng.range(300, 3600), bank, Party(customer), 0.85, 150, 0.6, 900);
        }
    }

private:
    int m_perDay;
};

/// Ordinary social calling among the social sample and their friends: reciprocal, evening-heavy, longer.
class Social : public Actor
{
public:
    Social(World &w, quint8 id, double callsPerPersonDay)
        : Actor(w, id, QStringLiteral("SOCIAL"), QStringLiteral("social"))
        , m_rate(callsPerPersonDay)
    {
        m_operator = false;
        m_trackVictims = false;
        // Service numbers people call: customer service (400), free-phone (800), local services (96), an
        // insurer (95).
        for (quint64 n : {4008123123ULL, 4006695566ULL, 8008101234ULL, 96225ULL, 96345ULL, 95519ULL}) {
            Line l;
            l.num = Num{n, Num::Service, 0};
            l.requested = false;
            m_services.push_back(w.addLine(l));
        }
        for (quint64 p = 0; p < w.population.size(); ++p) {
            if (w.isSocial(p))
                m_members.push_back(p);
        }
    }

    void generateDay(int, qint64 dayStart, std::vector<Call> &out) override
    {
        for (quint64 p : m_members) {
            const int n = int(m_rate) + (m_rng.chance(m_rate - std::floor(m_rate)) ? 1 : 0);
            for (int i = 0; i < n; ++i) {
                const int friends = 4 + int(hash3(m_world.seed, 0xf1, p) % 10);
                const quint64 f = hash3(m_world.seed, p, quint64(m_rng.below(quint64(friends)))) %
                                  m_world.population.size();
                if (f == p)
                    continue;
                if (m_rng.chance(0.03)) { // a call to customer service
                    const qint64 ts = dayStart + 9 * kHour + m_rng.range(0, 9 * kHour);
                    place(out, ts, Party(p), lineParty(m_services[size_t(m_rng.below(m_services.size()))]),
                          0.9, 240, 0.6, 1800);
                    continue;
                }
                const bool evening = m_rng.chance(0.55);
                const qint64 t = dayStart + (evening ? 18 * kHour : 8 * kHour) +
                                 m_rng.range(0, evening ? 4 * kHour + 1800 : 10 * kHour);
                const bool outgoing = m_rng.chance(0.5);
                place(out, t, Party(outgoing ? p : f), Party(outgoing ? f : p), 0.85, 150, 0.9, 3600);
            }
        }
    }

private:
    double m_rate;
    std::vector<quint64> m_members;
    std::vector<int> m_services;
};

} // namespace

std::vector<std::unique_ptr<Actor>> makeActors(World &w, qint64 T, const QStringList &only)
{
    auto want = [&only](const char *id) { return only.isEmpty() || only.contains(QLatin1String(id)); };
    const int days = w.days;
    const double workDays = days * 6.0 / 7.0;
    auto leak = [&w](const char *name) -> const Leak & {
        for (const auto &l : w.leaks) {
            if (l.name == QLatin1String(name))
                return l;
        }
        return w.leaks.front();
    };
    std::vector<std::unique_ptr<Actor>> actors;
    const int op1 = std::max(3, int(std::lround(0.30 * T / (115.0 * workDays))));
    if (want("OP1"))
        actors.push_back(std::make_unique<AutoDialler>(w, 1, leak("leak_loan_app_users"), op1, days));
    const int op2 = std::max(3, int(std::lround(0.08 * T / (40.0 * days * 5.0 / 7.0))));
    if (want("OP2"))
        actors.push_back(std::make_unique<PbxAgency>(w, 2, leak("leak_property_owners"), op2));
    const int op3 = std::max(2, int(std::lround(0.07 * T / (48.0 * days))));
    if (want("OP3"))
        actors.push_back(std::make_unique<DebtCollector>(w, 3, leak("leak_resold_compilation"), op3));
    const quint64 stormVictim = hash3(w.seed, 0x57, 0) % w.population.size();
    if (want("OP4"))
        actors.push_back(std::make_unique<Storm>(w, 4, stormVictim, 5, std::min(3, days - 2)));
    const int op5 = std::max(3, int(std::lround((0.15 * T - 150.0 * days) / (70.0 * days))));
    if (want("OP5"))
        actors.push_back(std::make_unique<Telemarketer>(w, 5, leak("leak_insurance_giveaway"), op5));
    const int couriers = std::max(3, int(std::lround(0.10 * T / (58.0 * days))));
    if (want("TRAP-COURIER"))
        actors.push_back(std::make_unique<Couriers>(w, 6, couriers));
    if (want("TRAP-BANK"))
        actors.push_back(std::make_unique<BankCallback>(w, 7, std::max(20, int(0.04 * T / (1.65 * days)))));
    if (want("SOCIAL"))
        actors.push_back(std::make_unique<Social>(w, 8, 1.3));
    return actors;
}

} // namespace dt::sample
