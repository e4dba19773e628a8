// The hard variant's actors (`sample --variant hard`): operations and legitimate bulk callers that no
// volume or pacing threshold separates, so detection has to use whose numbers they call, who
// complains and who calls back, and how numbers behave as a group.
#include "sample/actors.h"

#include <algorithm>
#include <cmath>

namespace dt::sample {

namespace {
constexpr qint64 kHour = 3600;

/// A random member of the population (the general public, not a list).
quint64 anyone(Rng &rng, const World &w)
{
    return rng.below(w.population.size());
}

/// A human call centre (电销): a few dozen ordinary mobiles with their own handsets in one office,
/// 15–30 calls each a working day, about half answered, minutes-long pitches, the CRM handing each
/// agent the next record of the bought list.
class CallCentre : public Actor
{
public:
    CallCentre(World &w, quint8 id, const Leak &leak, int agents)
        : Actor(w, id, QStringLiteral("OP6"), QStringLiteral("human_call_centre"))
        , m_list(leak.members)
    {
        m_leak = leak.name;
        int cells[3];
        for (int &c : cells)
            c = 43000 + int(m_rng.below(900));
        for (int k = 0; k < agents; ++k) {
            Line l;
            const int segs[] = {135, 136, 137, 139, 150, 151, 152, 158, 159, 182, 187, 188};
            l.num = w.population.extraMobile(segs[k % 12], quint64(id) * 1000 + quint64(k));
            l.imei = Population::makeImei(hash3(w.seed, 0xcc1, k), hash3(w.seed, 0xcc2, k));
            l.lac = 23000 + k % 3;
            l.cell = cells[k % 3];
            l.label = QStringLiteral("operator:OP6");
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int day, qint64 dayStart, std::vector<Call> &out) override
    {
        if (weekday(day) == 7 || m_list.empty())
            return;
        for (int line : m_lines) {
            const Party me = lineParty(line);
            qint64 t = dayStart + 9 * kHour + m_rng.range(0, 1500);
            const int quota = int(m_rng.range(15, 30));
            for (int n = 0; n < quota && t < dayStart + 18 * kHour; ++n) {
                if (t > dayStart + 12 * kHour && t < dayStart + 13 * kHour + 1800)
                    t = dayStart + 13 * kHour + 1800 + m_rng.range(0, 600);
                const quint64 victim = m_list[m_cursor++ % m_list.size()];
                const Call c = place(out, t, me, Party(victim), 0.5, 150, 0.8, 1200);
                maybeComplain(c, 0.3, QStringLiteral("营销推销"),
                              QStringLiteral("推销汽车保险和贷款，知道我的车牌和姓名"));
                if (c.answered && m_rng.chance(0.02)) // a curious callee rings the number back
                    place(out, t + m_rng.range(600, 6 * kHour), Party(victim), me, 0.7, 40, 0.5, 300);
                t += c.ring + c.duration + m_rng.range(120, 900);
            }
        }
    }

private:
    const std::vector<quint64> &m_list;
    size_t m_cursor = 0;
};

/// A rotating operator whose SIMs are burned after a few days, each in a phone the carrier's CDR
/// never names (no IMEI, no cell). Each slot dials its own stretch of the list in file order; a new
/// number takes over where the blocked one stopped, unanswered records (the residue) first.
class Rotator : public Actor
{
public:
    Rotator(World &w, quint8 id, const Leak &leak, int slots, int days)
        : Actor(w, id, QStringLiteral("OP7"), QStringLiteral("rotating_no_device"))
        , m_list(leak.members)
    {
        m_leak = leak.name;
        const int total = slots * std::max(1, (days + 3) / 3) + 2;
        for (int k = 0; k < total; ++k) {
            Line l;
            const int segs[] = {147, 178, 198, 166, 199};
            l.num = w.population.extraMobile(segs[k % 5], quint64(id) * 1000 + quint64(k));
            l.label = QStringLiteral("operator:OP7");
            m_lines.push_back(w.addLine(l));
        }
        for (int s = 0; s < slots; ++s)
            m_slots.push_back({-1, 0, m_list.size() * size_t(s) / size_t(slots), {}});
    }

    void generateDay(int day, qint64 dayStart, std::vector<Call> &out) override
    {
        if (weekday(day) == 7 || m_list.empty())
            return;
        for (Slot &s : m_slots) {
            if (s.daysLeft <= 0) {
                if (m_next >= int(m_lines.size()))
                    continue;
                s.line = m_next++;
                s.daysLeft = int(m_rng.range(2, 4));
            }
            const Party me = lineParty(m_lines[size_t(s.line)]);
            qint64 t = dayStart + 9 * kHour + m_rng.range(0, 900);
            const int quota = int(m_rng.range(60, 90));
            for (int n = 0; n < quota && t < dayStart + 19 * kHour; ++n) {
                quint64 victim;
                if (!s.residue.empty() && m_rng.chance(0.5)) {
                    victim = s.residue.front();
                    s.residue.pop_front();
                } else {
                    victim = m_list[s.cursor++ % m_list.size()];
                }
                const Call c = place(out, t, me, Party(victim), 0.3, 45, 0.6, 400);
                if (!c.answered && m_rng.chance(0.4))
                    s.residue.push_back(victim);
                maybeComplain(c, 0.45, QStringLiteral("营销推销"),
                              QStringLiteral("推荐股票群，号码每隔几天就换"));
                t += c.ring + c.duration + m_rng.range(60, 300);
            }
            --s.daysLeft;
        }
    }

private:
    struct Slot
    {
        int line;
        int daysLeft;
        size_t cursor;
        std::deque<quint64> residue;
    };
    const std::vector<quint64> &m_list;
    std::vector<Slot> m_slots;
    int m_next = 0;
};

/// A second buyer of the same resold list: its own SIM box (one handset batch), an afternoon and
/// evening shift, the records in its own (shuffled) order.
class SecondBuyer : public Actor
{
public:
    SecondBuyer(World &w, quint8 id, const Leak &leak, int numbers)
        : Actor(w, id, QStringLiteral("OP8"), QStringLiteral("second_buyer"))
    {
        m_leak = leak.name;
        m_order = leak.members;
        for (size_t i = m_order.size(); i > 1; --i)
            std::swap(m_order[i - 1], m_order[size_t(m_rng.below(i))]);
        const int cell = 44000 + int(m_rng.below(900));
        for (int k = 0; k < numbers; ++k) {
            Line l;
            const int segs[] = {134, 157, 183, 184};
            l.num = w.population.extraMobile(segs[k % 4], quint64(id) * 1000 + quint64(k));
            l.imei = Population::makeImei(hash3(w.seed, 0x2b0, 0), hash3(w.seed, 0x2b1, k / 4));
            l.lac = 24000;
            l.cell = cell;
            l.label = QStringLiteral("operator:OP8");
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int, qint64 dayStart, std::vector<Call> &out) override
    {
        if (m_order.empty())
            return;
        for (int line : m_lines) {
            qint64 t = dayStart + 13 * kHour + m_rng.range(0, 900);
            const int quota = int(m_rng.range(40, 60));
            for (int n = 0; n < quota && t < dayStart + 21 * kHour; ++n) {
                const quint64 victim = m_order[m_cursor++ % m_order.size()];
                const Call c = place(out, t, lineParty(line), Party(victim), 0.35, 60, 0.7, 600);
                maybeComplain(c, 0.4, QStringLiteral("营销推销"),
                              QStringLiteral("晚上推荐炒股，说有内幕消息"));
                t += c.ring + c.duration + m_rng.range(90, 420);
            }
        }
    }

private:
    std::vector<quint64> m_order;
    size_t m_cursor = 0;
};

/// Legitimate bulk callers of the general public, each with the behaviour of its kind.
class BulkCaller : public Actor
{
public:
    enum Kind { HospitalReminder, BankService, Hotline12345, RideHailing };

    BulkCaller(World &w, quint8 id, Kind kind, int lines, int perLineDay)
        : Actor(w, id, truthOf(kind), kindOf(kind))
        , m_type(kind)
        , m_perDay(perLineDay)
    {
        m_operator = false;
        for (int k = 0; k < lines; ++k) {
            Line l;
            switch (kind) {
            case HospitalReminder:
                l.num = Num{57187236000ULL + quint64(k) * 11 + 5, Num::Landline, 3};
                break;
            case BankService:
                l.num = Num{95555ULL, Num::Service, 0};
                break;
            case Hotline12345:
                l.num = Num{12345ULL, Num::Service, 0};
                break;
            case RideHailing:
                l.num = w.population.extraMobile(k % 2 ? 171 : 170, quint64(id) * 1000 + quint64(k));
                break;
            }
            l.label = QStringLiteral("legitimate:") + kindOf(kind);
            m_lines.push_back(w.addLine(l));
        }
    }

    void generateDay(int day, qint64 dayStart, std::vector<Call> &out) override
    {
        const bool weekend = weekday(day) >= 6;
        for (int line : m_lines) {
            const Party me = lineParty(line);
            switch (m_type) {
            case HospitalReminder: { // brief reminders in office hours, evenly paced
                if (weekend)
                    break;
                qint64 t = dayStart + 8 * kHour + 1800 + m_rng.range(0, 600);
                for (int n = 0; n < m_perDay && t < dayStart + 17 * kHour; ++n) {
                    const quint64 patient = anyone(m_rng, m_world);
                    const Call c = place(out, t, me, Party(patient), 0.75, 25, 0.3, 90);
                    if (m_rng.chance(0.06)) // to reschedule
                        place(out, t + m_rng.range(600, 24 * kHour), Party(patient), me, 0.9, 90, 0.5, 600);
                    t += c.ring + c.duration + m_rng.range(40, 90);
                }
                break;
            }
            case BankService: { // card activation, risk confirmation: answered, a minute or two
                for (int n = 0; n < m_perDay; ++n) {
                    const quint64 customer = anyone(m_rng, m_world);
                    const qint64 t = dayStart + 9 * kHour + m_rng.range(0, 10 * kHour);
                    place(out, t, me, Party(customer), 0.8, 70, 0.5, 600);
                    if (m_rng.chance(0.12))
                        place(out, t + m_rng.range(300, 36 * kHour), Party(customer), me, 0.95, 200, 0.6,
                              1500);
                }
                break;
            }
            case Hotline12345: { // citizens call in; the hotline calls back with the outcome
                for (int n = 0; n < m_perDay; ++n) {
                    const quint64 citizen = anyone(m_rng, m_world);
                    const qint64 t = dayStart + 8 * kHour + m_rng.range(0, 11 * kHour);
                    place(out, t, Party(citizen), me, 0.95, 240, 0.6, 1800);
                    if (m_rng.chance(0.7))
                        place(out, t + m_rng.range(1800, 20 * kHour), me, Party(citizen), 0.8, 120, 0.6, 900);
                }
                break;
            }
            case RideHailing: { // a privacy number bridging drivers and passengers, both ways
                for (int n = 0; n < m_perDay; ++n) {
                    const quint64 passenger = anyone(m_rng, m_world);
                    const qint64 t = dayStart + 6 * kHour + m_rng.range(0, 17 * kHour);
                    if (m_rng.chance(0.6)) {
                        place(out, t, me, Party(passenger), 0.85, 35, 0.5, 240);
                    } else {
                        place(out, t, Party(passenger), me, 0.9, 35, 0.5, 240);
                        if (m_rng.chance(0.3))
                            place(out, t + m_rng.range(60, 600), me, Party(passenger), 0.85, 30, 0.5, 240);
                    }
                }
                break;
            }
            }
        }
    }

private:
    static QString truthOf(Kind k)
    {
        const char *const ids[] = {"TRAP-HOSPITAL", "TRAP-BANKLINE", "TRAP-12345", "TRAP-RIDEHAIL"};
        return QLatin1String(ids[k]);
    }
    static QString kindOf(Kind k)
    {
        const char *const kinds[] = {"hospital_reminder", "bank_service_line", "government_hotline",
                                     "ridehailing_privacy"};
        return QLatin1String(kinds[k]);
    }
    Kind m_type;
    int m_perDay;
};

const Leak &leakNamed(const World &w, const char *name)
{
    for (const auto &l : w.leaks) {
        if (l.name == QLatin1String(name))
            return l;
    }
    return w.leaks.front();
}

} // namespace

void addHardActors(World &w, qint64 T, std::vector<std::unique_ptr<Actor>> &out, const QStringList &only)
{
    std::vector<std::unique_ptr<Actor>> actors;
    const double workDays = w.days * 6.0 / 7.0;
    const int agents = std::clamp(int(std::lround(0.08 * T / (22.0 * workDays))), 24, 60);
    actors.push_back(std::make_unique<CallCentre>(w, 9, leakNamed(w, "leak_car_owners"), agents));
    actors.push_back(std::make_unique<Rotator>(w, 10, leakNamed(w, "leak_stock_investors"),
                                               std::max(2, int(std::lround(0.02 * T / (75.0 * workDays)))),
                                               w.days));
    actors.push_back(
        std::make_unique<SecondBuyer>(w, 11, leakNamed(w, "leak_stock_investors"),
                                      std::max(4, int(std::lround(0.03 * T / (50.0 * w.days))))));
    const int perDay = std::max(60, int(0.01 * T / workDays));
    actors.push_back(std::make_unique<BulkCaller>(w, 12, BulkCaller::HospitalReminder, 1, perDay * 2));
    actors.push_back(std::make_unique<BulkCaller>(w, 13, BulkCaller::BankService, 1, perDay));
    actors.push_back(std::make_unique<BulkCaller>(w, 14, BulkCaller::Hotline12345, 1, perDay));
    actors.push_back(std::make_unique<BulkCaller>(w, 15, BulkCaller::RideHailing, 3, perDay));
    for (auto &a : actors)
        if (only.isEmpty() || only.contains(a->truthId()))
            out.push_back(std::move(a));
}

} // namespace dt::sample
