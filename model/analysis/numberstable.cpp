#include "analysis/numberstable.h"

#include "analysis/callindex.h"
#include "analysis/calltable.h"
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/profiles.h"
#include "case/database.h"
#include "phone/phonenumber.h"

#include <algorithm>
#include <cmath>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace dt::analysis {

namespace {

double rounded(double v, double scale)
{
    return std::round(v * scale) / scale;
}

struct Names
{
    Verdict verdict;
    const char *code, *en, *zh;
};
const Names kVerdicts[] = {
    {Verdict::Suspect, "suspect", "suspect", "可疑"},
    {Verdict::Legitimate, "legitimate", "legitimate", "合法"},
    {Verdict::Ordinary, "ordinary", "ordinary", "普通"},
};

const char *const kSortCodes[] = {
    "number",         "type",          "verdict",     "score",       "calls_out",  "calls_in",    "callees",
    "answered_share", "mean_duration", "active_days", "night_share", "complaints", "called_back", "operator"};
static_assert(sizeof(kSortCodes) / sizeof(kSortCodes[0]) == size_t(NumberSort::Operator) + 1);

} // namespace

QString code(Verdict v)
{
    return QLatin1String(kVerdicts[int(v)].code);
}

bool fromCode(const QString &code, Verdict *out)
{
    for (const Names &n : kVerdicts) {
        if (code == QLatin1String(n.code)) {
            *out = n.verdict;
            return true;
        }
    }
    return false;
}

QString displayName(Verdict v, Language lang)
{
    const Names &n = kVerdicts[int(v)];
    return lang == Language::Chinese ? QString::fromUtf8(n.zh) : QLatin1String(n.en);
}

QString code(NumberSort s)
{
    return QLatin1String(kSortCodes[int(s)]);
}

bool fromCode(const QString &code, NumberSort *out)
{
    for (int k = 0; k <= int(NumberSort::Operator); ++k) {
        if (code == QLatin1String(kSortCodes[k])) {
            *out = NumberSort(k);
            return true;
        }
    }
    return false;
}

QStringList numberSortCodes()
{
    QStringList all;
    for (const char *c : kSortCodes)
        all << QLatin1String(c);
    return all;
}

bool NumbersTable::build(Database &db, std::shared_ptr<const Findings> findings, const CaseClock &caseClock,
                         NumbersTable *out, QString *error, const std::atomic_bool *cancel,
                         const Progress &progress)
{
    auto step = [&](int done) {
        if (progress)
            progress(done, 100);
        return !(cancel && cancel->load());
    };
    auto cancelled = [&] {
        *error = tr("cancelled");
        return false;
    };
    if (!findings)
        findings = std::make_shared<const Findings>();
    if (!step(0))
        return cancelled();
    CallTable t;
    if (!t.load(db, error, cancel, false))
        return false;
    if (!step(40))
        return cancelled();
    const size_t numbers = t.numberKey.size();
    ComplaintIndex complaints;
    if (!complaints.load(db, numbers, error))
        return false;
    if (!step(45))
        return cancelled();
    // The run's zone, so that a scored number's night share is the one its reasons were made with.
    const CaseClock clock = Detector::clockOf(findings->run.parameters, caseClock);
    std::vector<Profile> profiles;
    std::vector<qint64> callsIn(numbers, 0);
    {
        const CallIndex ix(t);
        if (!step(60))
            return cancelled();
        for (size_t n = 0; n < numbers; ++n)
            callsIn[n] = qint64(ix.inEnd(n) - ix.inBegin(n));
        profiles = computeProfiles(t, ix, complaints, clock, 1);
    }
    if (!step(90))
        return cancelled();

    // The scored numbers are listed even when the calls no longer name them (judged below).
    QSet<QString> scored;
    scored.reserve(qsizetype(findings->suspects.size() + findings->legitimate.size()));
    for (const Suspect &s : findings->suspects)
        scored.insert(s.key);
    for (const Suspect &s : findings->legitimate)
        scored.insert(s.key);

    std::vector<NumberRow> rows;
    rows.reserve(numbers);
    size_t nextProfile = 0;
    for (size_t n = 1; n < numbers; ++n) {
        const Profile *p = nextProfile < profiles.size() && size_t(profiles[nextProfile].number) == n
                               ? &profiles[nextProfile++]
                               : nullptr;
        const qint64 complainants = qint64(complaints.complainantsOf[n].size());
        if (!p && !callsIn[n] && !complainants && !scored.contains(t.numberKey[n]))
            continue; // a number of the dictionary no call or complaint names (a leaked list's)
        NumberRow r;
        r.key = t.numberKey[n];
        r.numberClass = t.numberType[n];
        r.callsIn = callsIn[n];
        r.complainants = complainants;
        if (p) {
            r.callsOut = p->callsOut;
            r.distinctCallees = p->distinctCallees;
            r.answeredShare = p->answeredShare;
            r.meanDuration = p->meanDuration;
            r.activeDays = p->activeDays;
            r.nightShare = p->nightShare;
            r.calledBackBy = qint64(std::llround(p->reciprocity * double(p->distinctCallees)));
        }
        rows.push_back(std::move(r));
        if ((n & 0xffff) == 0 && cancel && cancel->load())
            return cancelled();
    }
    *out = fromRows(std::move(rows), std::move(findings));
    step(100);
    return true;
}

qint64 NumbersTable::count(Verdict v) const
{
    return std::count_if(m_rows.begin(), m_rows.end(), [v](const NumberRow &r) { return r.verdict == v; });
}

bool NumbersTable::matches(const NumberRow &row, const NumberFilter &filter)
{
    if (filter.verdict >= 0 && int(row.verdict) != filter.verdict)
        return false;
    if (filter.numberClass >= 0 && row.numberClass != filter.numberClass)
        return false;
    return filter.text.isEmpty() || row.key.contains(filter.text, Qt::CaseInsensitive) ||
           row.operatorId.contains(filter.text, Qt::CaseInsensitive);
}

void NumbersTable::sortIndexes(const std::vector<NumberRow> &rows, std::vector<int> *indexes, NumberSort sort,
                               bool descending)
{
    // A three-way comparison of the key, then the number (so equal keys keep one order whatever
    // the direction: the number ascending).
    auto cmp = [sort](const NumberRow &a, const NumberRow &b) -> int {
        auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (sort) {
        case NumberSort::Number:
            return 0;
        case NumberSort::Type:
            return three(a.numberClass, b.numberClass);
        case NumberSort::Verdict:
            return three(int(b.verdict), int(a.verdict)); // ordinary < legitimate < suspect
        case NumberSort::Score:
            return three(a.score, b.score);
        case NumberSort::CallsOut:
            return three(a.callsOut, b.callsOut);
        case NumberSort::CallsIn:
            return three(a.callsIn, b.callsIn);
        case NumberSort::DistinctCallees:
            return three(a.distinctCallees, b.distinctCallees);
        case NumberSort::AnsweredShare:
            return three(a.answeredShare, b.answeredShare);
        case NumberSort::MeanDuration:
            return three(a.meanDuration, b.meanDuration);
        case NumberSort::ActiveDays:
            return three(a.activeDays, b.activeDays);
        case NumberSort::NightShare:
            return three(a.nightShare, b.nightShare);
        case NumberSort::Complaints:
            return three(a.complainants, b.complainants);
        case NumberSort::CalledBack:
            return three(a.calledBackBy, b.calledBackBy);
        case NumberSort::Operator:
            return a.operatorId.compare(b.operatorId);
        }
        return 0;
    };
    const bool byNumber = sort == NumberSort::Number;
    std::sort(indexes->begin(), indexes->end(), [&](int x, int y) {
        const NumberRow &a = rows[size_t(x)], &b = rows[size_t(y)];
        const int c = cmp(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        const int k = a.key.compare(b.key);
        if (k != 0)
            return byNumber && descending ? k > 0 : k < 0;
        return x < y;
    });
}

std::vector<int> NumbersTable::select(const NumberFilter &filter, NumberSort sort, bool descending,
                                      size_t limit) const
{
    std::vector<int> out;
    out.reserve(m_rows.size());
    for (size_t k = 0; k < m_rows.size(); ++k)
        if (matches(m_rows[k], filter))
            out.push_back(int(k));
    sortIndexes(m_rows, &out, sort, descending);
    if (limit && out.size() > limit)
        out.resize(limit);
    return out;
}

QStringList NumbersTable::reasons(const NumberRow &row, Language lang)
{
    QStringList out;
    if (row.finding)
        for (const Reason &r : row.finding->reasons)
            out << describe(r, lang);
    return out;
}

QJsonObject NumbersTable::toJson(const NumberRow &row)
{
    QJsonObject o{
        {QStringLiteral("number"), row.key},
        {QStringLiteral("type"), numberClassName(NumberClass(row.numberClass))},
        {QStringLiteral("verdict"), code(row.verdict)},
        {QStringLiteral("score"), row.finding ? QJsonValue(rounded(row.score, 1000.0)) : QJsonValue()},
        {QStringLiteral("category"), row.finding ? QJsonValue(code(row.finding->category)) : QJsonValue()},
        {QStringLiteral("operator"), row.operatorId.isEmpty() ? QJsonValue() : QJsonValue(row.operatorId)},
        {QStringLiteral("calls_out"), row.callsOut},
        {QStringLiteral("calls_in"), row.callsIn},
        {QStringLiteral("distinct_callees"), row.distinctCallees},
        {QStringLiteral("answered_share"), rounded(row.answeredShare, 1000.0)},
        {QStringLiteral("mean_duration_s"), rounded(row.meanDuration, 10.0)},
        {QStringLiteral("active_days"), row.activeDays},
        {QStringLiteral("night_share"), rounded(row.nightShare, 1000.0)},
        {QStringLiteral("complainants"), row.complainants},
        {QStringLiteral("called_back_by"), row.calledBackBy},
    };
    o.insert(QStringLiteral("reasons"),
             row.finding ? FindingsJson::toJson(*row.finding).value(QStringLiteral("reasons"))
                         : QJsonValue(QJsonArray()));
    return o;
}

} // namespace dt::analysis
