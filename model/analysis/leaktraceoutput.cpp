// LeakTrace's chance model (hypergeometric tail) and its figures as the findings' JSON.
#include "analysis/leakrecords.h"
#include "analysis/leaktrace.h"

#include <cmath>
#include <limits>
#include <QJsonArray>

namespace dt::analysis {

using namespace leak;

double LeakAttribution::pValue() const
{
    const double p = std::pow(10.0, log10P);
    return p < 1e-300 ? 0.0 : QString::number(p, 'g', 3).toDouble();
}

double LeakTrace::hypergeometricLog10Upper(qint64 N, qint64 K, qint64 n, qint64 k)
{
    const qint64 lo = std::max<qint64>(0, n + K - N), hi = std::min(n, K);
    if (N <= 0 || k <= lo)
        return 0;
    if (k > hi)
        return -std::numeric_limits<double>::infinity();
    const double logTotal = logChoose(double(N), double(n));
    auto term = [&](qint64 i) {
        return logChoose(double(K), double(i)) + logChoose(double(N - K), double(n - i)) - logTotal;
    };
    const qint64 mode = qint64(double(n + 1) * double(K + 1) / double(N + 2));
    auto logSum = [](double acc, double t) {
        if (acc == -std::numeric_limits<double>::infinity())
            return t;
        return std::max(acc, t) + std::log1p(std::exp(-std::fabs(acc - t)));
    };
    constexpr double kNegligible = -40.0; // relative to the largest term, in natural log units
    if (k > mode) {
        // Terms fall from k on: sum the upper tail directly.
        double acc = -std::numeric_limits<double>::infinity();
        const double first = term(k);
        for (qint64 i = k; i <= hi; ++i) {
            const double t = term(i);
            acc = logSum(acc, t);
            if (t - first < kNegligible)
                break;
        }
        return acc / std::log(10.0);
    }
    // The upper tail holds the mode: one minus the lower tail, which falls from k - 1 downwards.
    double acc = -std::numeric_limits<double>::infinity();
    const double first = term(k - 1);
    for (qint64 i = k - 1; i >= lo; --i) {
        const double t = term(i);
        acc = logSum(acc, t);
        if (t - first < kNegligible)
            break;
    }
    const double p = std::max(1e-300, 1.0 - std::exp(acc));
    return std::log10(p);
}

QJsonObject LeakList::toJson() const
{
    return QJsonObject{{QStringLiteral("source"), name},
                       {QStringLiteral("source_id"), sourceId},
                       {QStringLiteral("acquired"), acquired},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("phones"), phones},
                       {QStringLiteral("masked_phones"), masked},
                       {QStringLiteral("id_cards"), idCards},
                       {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                       {QStringLiteral("dialled_by_operators"), dialled}};
}

QJsonObject LeakTrace::attributionJson(const LeakAttribution &a) const
{
    const LeakList &l = lists[size_t(a.list)];
    QJsonObject o{{QStringLiteral("source"), l.name},
                  {QStringLiteral("rank"), a.rank},
                  {QStringLiteral("significant"), a.significant},
                  {QStringLiteral("victims_in_leak"), a.victimsInLeak},
                  {QStringLiteral("masked_matches"), a.maskedMatches},
                  {QStringLiteral("share_of_victims"), round4(a.shareOfVictims)},
                  {QStringLiteral("share_of_leak"), round4(a.shareOfLeak)},
                  {QStringLiteral("unique"), a.unique},
                  {QStringLiteral("lift"), round4(a.lift)},
                  {QStringLiteral("p_value"), a.pValue()},
                  {QStringLiteral("log10_p"), std::round(a.log10P * 100.0) / 100.0},
                  {QStringLiteral("acquired"), l.acquired},
                  {QStringLiteral("called_before_acquired"), a.calledBeforeAcquired},
                  {QStringLiteral("order_correlation"), round4(a.orderCorrelation)},
                  {QStringLiteral("dialled_in_list_order"), a.dialledInListOrder}};
    if (a.lagDaysMedian >= 0 || a.lagDaysP10 >= -1e9) {
        o.insert(QStringLiteral("lag_days_median"), std::round(a.lagDaysMedian * 10.0) / 10.0);
        o.insert(QStringLiteral("lag_days_p10"), std::round(a.lagDaysP10 * 10.0) / 10.0);
        o.insert(QStringLiteral("lag_days_p90"), std::round(a.lagDaysP90 * 10.0) / 10.0);
    }
    return o;
}

QJsonObject LeakTrace::lineageJson(const LineageEdge &e) const
{
    return QJsonObject{{QStringLiteral("parent"), lists[size_t(e.parent)].name},
                       {QStringLiteral("child"), lists[size_t(e.child)].name},
                       {QStringLiteral("containment"), round4(e.containment)},
                       {QStringLiteral("parent_share"), round4(e.parentShare)},
                       {QStringLiteral("shared_records"), e.sharedRecords},
                       {QStringLiteral("shared_phones"), e.sharedPhones},
                       {QStringLiteral("shared_masked"), e.sharedMasked},
                       {QStringLiteral("shared_id_cards"), e.sharedIdCards},
                       {QStringLiteral("name_agreement"), e.nameAgreement},
                       {QStringLiteral("lift"), round4(e.lift)},
                       {QStringLiteral("log10_p"), std::round(e.log10P * 100.0) / 100.0},
                       {QStringLiteral("transformations"), QJsonArray::fromStringList(e.transformations)},
                       {QStringLiteral("direction_basis"), QJsonArray::fromStringList(e.directionBasis)}};
}

QJsonArray LeakTrace::compilationsJson() const
{
    QJsonArray out;
    for (size_t c = 0; c < lists.size(); ++c) {
        QJsonArray parents;
        for (const LineageEdge &e : lineage) {
            if (e.child == int(c))
                parents.append(QJsonObject{{QStringLiteral("source"), lists[size_t(e.parent)].name},
                                           {QStringLiteral("records"), e.sharedRecords},
                                           {QStringLiteral("share"), round4(e.containment)}});
        }
        if (parents.size() < 2)
            continue;
        const qint64 fresh = c < m_newRecords.size() ? m_newRecords[c] : 0;
        out.append(QJsonObject{{QStringLiteral("source"), lists[c].name},
                               {QStringLiteral("records"), lists[c].records},
                               {QStringLiteral("parents"), parents},
                               {QStringLiteral("new_records"), fresh},
                               {QStringLiteral("new_share"),
                                round4(lists[c].records ? double(fresh) / double(lists[c].records) : 0)}});
    }
    return out;
}

} // namespace dt::analysis
