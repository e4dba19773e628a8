#include "analysis/findings.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dt::analysis {

namespace {

// One table per enumeration, in the enumeration's order: the codes are the JSON schema's.
constexpr std::array<const char *, 4> kCategories = {"autodialer_marketing", "harassment_storm",
                                                     "debt_collection", "possible_fraud"};
constexpr std::array<const char *, 16> kReasons = {"high_volume",
                                                   "no_callbacks",
                                                   "low_answer",
                                                   "machine_pacing",
                                                   "storm",
                                                   "repeat_night",
                                                   "virtual_number",
                                                   "service_number_marketing",
                                                   "data_only_segment",
                                                   "complaints",
                                                   "fraud_complaints",
                                                   "legitimate_pattern",
                                                   "leaked_list_callees",
                                                   "general_public_callees",
                                                   "analyst_judgement",
                                                   "group_operation"};
constexpr std::array<const char *, 7> kLinks = {"shared_device",    "shared_cell",        "same_pbx_trunk",
                                                "victim_overlap",   "synchronised_hours", "list_takeover",
                                                "list_continuation"};
constexpr std::array<const char *, 4> kViolations = {"call_after_complaint", "outside_permitted_hours",
                                                     "service_number_marketing", "autodial_volume"};
constexpr std::array<const char *, 24> kFigures = {"max_per_callee_day",
                                                   "calls_per_active_day",
                                                   "active_days",
                                                   "reciprocity",
                                                   "distinct_callees",
                                                   "answered_share",
                                                   "gap_cv",
                                                   "repeated_share",
                                                   "late_share",
                                                   "number_type",
                                                   "complainants",
                                                   "fraud_complaints",
                                                   "callback_share",
                                                   "permitted_from_hour",
                                                   "permitted_to_hour",
                                                   "list",
                                                   "list_callees",
                                                   "lift",
                                                   "log10_p",
                                                   "verdict",
                                                   "analyst",
                                                   "note",
                                                   "group_numbers",
                                                   "group_links"};

template<typename E, size_t N> QString codeIn(const std::array<const char *, N> &table, E e)
{
    const auto i = size_t(e);
    return i < N ? QLatin1String(table[i]) : QString();
}

template<typename E, size_t N>
bool fromTable(const std::array<const char *, N> &table, const QString &c, E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (c == QLatin1String(table[i])) {
            *out = E(i);
            return true;
        }
    }
    return false;
}

} // namespace

QString code(Category c)
{
    return codeIn(kCategories, c);
}
QString code(ReasonCode c)
{
    return codeIn(kReasons, c);
}
QString code(LinkType t)
{
    return codeIn(kLinks, t);
}
QString code(ViolationType t)
{
    return codeIn(kViolations, t);
}
QString code(Figure f)
{
    return codeIn(kFigures, f);
}
bool fromCode(const QString &c, Category *out)
{
    return fromTable(kCategories, c, out);
}
bool fromCode(const QString &c, ReasonCode *out)
{
    return fromTable(kReasons, c, out);
}
bool fromCode(const QString &c, LinkType *out)
{
    return fromTable(kLinks, c, out);
}
bool fromCode(const QString &c, ViolationType *out)
{
    return fromTable(kViolations, c, out);
}
bool fromCode(const QString &c, Figure *out)
{
    return fromTable(kFigures, c, out);
}

Figures::Entry *Figures::find(Figure f)
{
    const auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [f](const Entry &e) { return e.figure == f; });
    return it == m_entries.end() ? nullptr : &*it;
}

Figures &Figures::set(Figure f, double value)
{
    Entry *e = find(f);
    if (!e)
        e = &m_entries.emplace_back(Entry{f, 0, {}, false});
    *e = Entry{f, value, {}, false};
    return *this;
}

Figures &Figures::set(Figure f, const QString &value)
{
    Entry *e = find(f);
    if (!e)
        e = &m_entries.emplace_back(Entry{f, 0, {}, true});
    *e = Entry{f, 0, value, true};
    return *this;
}

bool Figures::has(Figure f) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [f](const Entry &e) { return e.figure == f; });
}

double Figures::number(Figure f) const
{
    for (const Entry &e : m_entries)
        if (e.figure == f)
            return e.number;
    return 0;
}

QString Figures::text(Figure f) const
{
    for (const Entry &e : m_entries)
        if (e.figure == f)
            return e.text;
    return {};
}

bool Figures::operator==(const Figures &o) const
{
    return std::equal(m_entries.cbegin(), m_entries.cend(), o.m_entries.cbegin(), o.m_entries.cend(),
                      [](const Entry &a, const Entry &b) {
                          return a.figure == b.figure && a.isText == b.isText && a.number == b.number &&
                                 a.text == b.text;
                      });
}

double RunInfo::parameter(const char *name, double fallback) const
{
    return parameters.value(QLatin1String(name)).toDouble(fallback);
}

const Operator *Findings::operatorById(const QString &id) const
{
    for (const Operator &o : operators)
        if (o.id == id)
            return &o;
    return nullptr;
}

const Operator *Findings::operatorOf(const QString &number) const
{
    for (const Operator &o : operators)
        if (o.numbers.contains(number))
            return &o;
    return nullptr;
}

} // namespace dt::analysis
