// LeakTrace's chance model (hypergeometric tail) and its figures as the findings' JSON.
#include "analysis/leakrecords.h"
#include "analysis/leaktrace.h"

#include <cmath>
#include <limits>

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

ListSummary LeakList::summary() const
{
    ListSummary s;
    s.source = name;
    s.sourceId = sourceId;
    s.acquired = acquired;
    s.records = records;
    s.phones = phones;
    s.maskedPhones = masked;
    s.idCards = idCards;
    s.fields = fields;
    s.dialledByOperators = dialled;
    return s;
}

ListAttribution LeakTrace::attribution(const LeakAttribution &a) const
{
    const LeakList &l = lists[size_t(a.list)];
    ListAttribution o;
    o.source = l.name;
    o.rank = a.rank;
    o.significant = a.significant;
    o.victimsInLeak = a.victimsInLeak;
    o.maskedMatches = a.maskedMatches;
    o.shareOfVictims = round4(a.shareOfVictims);
    o.shareOfLeak = round4(a.shareOfLeak);
    o.unique = a.unique;
    o.lift = round4(a.lift);
    o.pValue = a.pValue();
    o.log10P = std::round(a.log10P * 100.0) / 100.0;
    o.acquired = l.acquired;
    o.calledBeforeAcquired = a.calledBeforeAcquired;
    o.orderCorrelation = round4(a.orderCorrelation);
    o.dialledInListOrder = a.dialledInListOrder;
    o.hasLags = a.lagDaysMedian >= 0 || a.lagDaysP10 >= -1e9;
    if (o.hasLags) {
        o.lagDaysMedian = std::round(a.lagDaysMedian * 10.0) / 10.0;
        o.lagDaysP10 = std::round(a.lagDaysP10 * 10.0) / 10.0;
        o.lagDaysP90 = std::round(a.lagDaysP90 * 10.0) / 10.0;
    }
    return o;
}

Resale LeakTrace::resale(const LineageEdge &e) const
{
    Resale r;
    r.parent = lists[size_t(e.parent)].name;
    r.child = lists[size_t(e.child)].name;
    r.containment = round4(e.containment);
    r.parentShare = round4(e.parentShare);
    r.sharedRecords = e.sharedRecords;
    r.sharedPhones = e.sharedPhones;
    r.sharedMasked = e.sharedMasked;
    r.sharedIdCards = e.sharedIdCards;
    r.nameAgreement = e.nameAgreement;
    r.lift = round4(e.lift);
    r.log10P = std::round(e.log10P * 100.0) / 100.0;
    r.transformations = e.transformations;
    r.directionBasis = e.directionBasis;
    return r;
}

std::vector<Compilation> LeakTrace::compilations() const
{
    std::vector<Compilation> out;
    for (size_t c = 0; c < lists.size(); ++c) {
        Compilation comp;
        for (const LineageEdge &e : lineage) {
            if (e.child == int(c))
                comp.parents.push_back(
                    {lists[size_t(e.parent)].name, e.sharedRecords, round4(e.containment)});
        }
        if (comp.parents.size() < 2)
            continue;
        comp.source = lists[c].name;
        comp.records = lists[c].records;
        comp.newRecords = c < m_newRecords.size() ? m_newRecords[c] : 0;
        comp.newShare = round4(lists[c].records ? double(comp.newRecords) / double(lists[c].records) : 0);
        out.push_back(std::move(comp));
    }
    return out;
}

} // namespace dt::analysis
