#include "ingest/dateorder.h"

#include <algorithm>
#include <cmath>
#include <QDate>
#include <vector>

namespace dt::ingest {

namespace {

// Evidence (natural-log units) needed to decide by plausibility: e^4 = 55 to 1 on the gap model. One
// step between two dates (1 day against a month, ln 31 = 3.4) is not enough; two steps (6.9) are.
constexpr double kDecide = 4.0;
// Row order and other sources' period weigh at most this much each, so that neither alone can
// overturn a clear picture from the gaps.
constexpr double kMaxRowOrder = 20.0, kOtherSourcesWeight = 10.0;

qint64 dayOf(qint64 wallSeconds)
{
    return wallSeconds >= 0 ? wallSeconds / 86400 : -((-wallSeconds + 86399) / 86400);
}

QString isoDay(qint64 day)
{
    return QDate::fromJulianDay(day + 2440588).toString(Qt::ISODate);
}

bool yearFirstText(const QString &v)
{
    const QString t = v.trimmed();
    return t.size() > 4 && t.at(0).isDigit() && t.at(1).isDigit() && t.at(2).isDigit() && t.at(3).isDigit() &&
           !t.at(4).isDigit();
}

// The figures of one reading from its days in file order.
void summarise(DateReading &r, const std::vector<qint64> &days, const DateOrderHints &hints)
{
    r.fits = int(days.size());
    if (days.empty())
        return;
    if (hints.otherDays)
        r.inOtherRange = int(std::count_if(days.begin(), days.end(), [&](qint64 d) {
            return d >= hints.otherDays->first && d <= hints.otherDays->second;
        }));
    for (size_t i = 1; i < days.size(); ++i)
        r.stepsBack += days[i] < days[i - 1];
    std::vector<qint64> distinct(days);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    r.distinctDays = int(distinct.size());
    r.firstDay = distinct.front();
    r.lastDay = distinct.back();
    int run = 1;
    r.longestRun = 1;
    for (size_t i = 1; i < distinct.size(); ++i) {
        run = distinct[i] == distinct[i - 1] + 1 ? run + 1 : 1;
        r.longestRun = std::max(r.longestRun, run);
    }
}

QString orderLabel(DateOrder o)
{
    switch (o) {
    case DateOrder::Ymd:
        return QStringLiteral("Y/M/D");
    case DateOrder::Dmy:
        return QStringLiteral("D/M/Y");
    case DateOrder::Mdy:
        return QStringLiteral("M/D/Y");
    }
    return {};
}

} // namespace

QString dateOrderName(DateOrder o)
{
    switch (o) {
    case DateOrder::Ymd:
        return QStringLiteral("ymd");
    case DateOrder::Dmy:
        return QStringLiteral("dmy");
    case DateOrder::Mdy:
        return QStringLiteral("mdy");
    }
    return {};
}

std::optional<DateOrder> dateOrderFromName(QStringView name)
{
    for (DateOrder o : {DateOrder::Ymd, DateOrder::Dmy, DateOrder::Mdy}) {
        if (name.compare(dateOrderName(o), Qt::CaseInsensitive) == 0)
            return o;
    }
    return std::nullopt;
}

QString dateOrderBasisName(DateOrderBasis b)
{
    switch (b) {
    case DateOrderBasis::Unambiguous:
        return QStringLiteral("unambiguous");
    case DateOrderBasis::Inferred:
        return QStringLiteral("inferred");
    case DateOrderBasis::Given:
        return QStringLiteral("given");
    case DateOrderBasis::Default:
        return QStringLiteral("default");
    }
    return {};
}

DayMonthOrder toDayMonthOrder(DateOrder o)
{
    switch (o) {
    case DateOrder::Dmy:
        return DayMonthOrder::DayFirst;
    case DateOrder::Mdy:
        return DayMonthOrder::MonthFirst;
    case DateOrder::Ymd:
        break;
    }
    return DayMonthOrder::Unknown;
}

DateOrderResult detectDateOrder(const QStringList &values, const DateOrderHints &hints)
{
    DateOrderResult r;
    r.dmy.order = DateOrder::Dmy;
    r.mdy.order = DateOrder::Mdy;
    r.values = int(values.size());
    std::vector<qint64> dmyDays, mdyDays;
    QString onlyDmy, onlyMdy, firstAmbiguous, firstSame;
    for (const QString &v : values) {
        // The parser itself reads each value both ways: an order decided here is one it accepts.
        const auto d = parseLocalTime(v, DayMonthOrder::DayFirst);
        const auto m = parseLocalTime(v, DayMonthOrder::MonthFirst);
        if (!d && !m) {
            ++r.unreadable;
            continue;
        }
        if (d && m && *d == *m) {
            if (yearFirstText(v))
                ++r.yearFirst;
            else if (++r.sameBoth == 1)
                firstSame = v.trimmed();
        } else if (d && m) {
            if (++r.ambiguous == 1)
                firstAmbiguous = v.trimmed();
        } else if (d) {
            if (++r.dmy.only == 1)
                onlyDmy = v.trimmed();
        } else if (++r.mdy.only == 1) {
            onlyMdy = v.trimmed();
        }
        if (d)
            dmyDays.push_back(dayOf(*d));
        if (m)
            mdyDays.push_back(dayOf(*m));
    }
    summarise(r.dmy, dmyDays, hints);
    summarise(r.mdy, mdyDays, hints);

    auto decide = [&r](DateOrder o, DateOrderBasis b, DateOrderResult::Why w) {
        r.dataOrder = o;
        r.dataBasis = b;
        r.dataWhy = w;
    };
    const DateOrder fallback = hints.fallback;
    if (r.values == r.unreadable) {
        decide(fallback, DateOrderBasis::Default, DateOrderResult::Why::NoDates);
    } else if (r.dmy.only > 0 || r.mdy.only > 0) {
        const bool mixed = r.dmy.only > 0 && r.mdy.only > 0;
        DateOrder o = r.dmy.only > r.mdy.only ? DateOrder::Dmy : DateOrder::Mdy;
        if (r.dmy.only == r.mdy.only)
            o = fallback == DateOrder::Mdy ? DateOrder::Mdy : DateOrder::Dmy;
        r.example = o == DateOrder::Dmy ? onlyDmy : onlyMdy;
        r.closeness = mixed ? double(std::min(r.dmy.only, r.mdy.only)) / std::max(r.dmy.only, r.mdy.only) : 0;
        r.closeCall = mixed;
        decide(o, mixed ? DateOrderBasis::Inferred : DateOrderBasis::Unambiguous,
               mixed ? DateOrderResult::Why::MixedOrders : DateOrderResult::Why::OnlyOneFits);
    } else if (r.ambiguous == 0) {
        r.closeness = 0;
        if (r.yearFirst >= r.sameBoth) {
            decide(DateOrder::Ymd, DateOrderBasis::Unambiguous, DateOrderResult::Why::YearFirst);
        } else {
            r.example = firstSame;
            decide(fallback, DateOrderBasis::Default, DateOrderResult::Why::ReadsTheSame);
        }
    } else {
        // Every dated value fits both orders: weigh the two readings (positive evidence favours M/D/Y).
        r.example = firstAmbiguous;
        const int steps = std::min(r.dmy.distinctDays, r.mdy.distinctDays) - 1;
        if (steps > 0) {
            // Gaps between consecutive days with calls, exponential with the reading's own mean: the
            // maximised likelihood ratio of the two readings is (mean gap D/M/Y / mean gap M/D/Y)^steps.
            const double gapDmy = double(r.dmy.spanDays() - 1) / steps;
            const double gapMdy = double(r.mdy.spanDays() - 1) / steps;
            r.evidenceGaps = steps * std::log(gapDmy / gapMdy);
        }
        // A log sorted by time is sorted under the right reading only. An unsorted log says nothing.
        const int pairs = std::max(0, std::min(r.dmy.fits, r.mdy.fits) - 1);
        if (pairs > 0 && std::min(r.dmy.stepsBack, r.mdy.stepsBack) <= pairs / 100)
            r.evidenceRowOrder =
                std::clamp(double(r.dmy.stepsBack - r.mdy.stepsBack), -kMaxRowOrder, kMaxRowOrder);
        if (hints.otherDays && r.dmy.fits > 0 && r.mdy.fits > 0)
            r.evidenceOtherSources = kOtherSourcesWeight * (double(r.mdy.inOtherRange) / r.mdy.fits -
                                                            double(r.dmy.inOtherRange) / r.dmy.fits);
        r.evidence = r.evidenceGaps + r.evidenceRowOrder + r.evidenceOtherSources;
        r.closeness = std::exp(-std::abs(r.evidence) / kDecide);
        const DateOrder better = r.evidence > 0 ? DateOrder::Mdy : DateOrder::Dmy;
        if (std::abs(r.evidence) >= kDecide) {
            decide(better, DateOrderBasis::Inferred, DateOrderResult::Why::Plausibility);
            r.closeCall = r.closeness > std::exp(-2.0) || r.reading(better).distinctDays < 4;
        } else {
            decide(fallback, DateOrderBasis::Default,
                   r.dmy.distinctDays < 2 ? DateOrderResult::Why::SingleDate
                                          : DateOrderResult::Why::TooClose);
            r.closeCall = true;
        }
        r.evidence = std::abs(r.evidence);
    }
    r.order = r.dataOrder;
    r.basis = r.dataBasis;
    r.why = r.dataWhy;
    if (hints.given) {
        r.order = *hints.given;
        r.basis = DateOrderBasis::Given;
        r.why = DateOrderResult::Why::Given;
    }
    // The values the parser will reject under the order taken, though they are dates under the other.
    if (r.order == DateOrder::Dmy)
        r.contradicting = r.mdy.only;
    else if (r.order == DateOrder::Mdy)
        r.contradicting = r.dmy.only;
    if (r.contradicting > 0)
        r.contradictingExample = r.order == DateOrder::Dmy ? onlyMdy : onlyDmy;
    return r;
}

QString DateOrderResult::reason() const
{
    auto readingText = [](const DateReading &x) {
        const QString days =
            x.distinctDays == x.spanDays()
                ? tr("%n consecutive day(s)", nullptr, x.distinctDays)
                : tr("%n day(s) spread over %1 days", nullptr, x.distinctDays).arg(x.spanDays());
        return tr("%1 (%2 to %3)").arg(days, isoDay(x.firstDay), isoDay(x.lastDay));
    };
    auto bothReadings = [&] {
        const DateReading &a = reading(dataOrder == DateOrder::Mdy ? DateOrder::Mdy : DateOrder::Dmy);
        const DateReading &b = reading(a.order == DateOrder::Mdy ? DateOrder::Dmy : DateOrder::Mdy);
        QString s =
            tr("Every date fits both D/M/Y and M/D/Y (e.g. \"%1\"). Under %2 the dates are %3; under "
               "%4 they are %5.")
                .arg(example, orderLabel(a.order), readingText(a), orderLabel(b.order), readingText(b));
        if (evidenceRowOrder != 0)
            s += QLatin1Char(' ') +
                 tr("The rows are in date order under %1 (%2 steps back) but not under %3 (%4).")
                     .arg(orderLabel(evidenceRowOrder > 0 ? DateOrder::Mdy : DateOrder::Dmy))
                     .arg(std::min(dmy.stepsBack, mdy.stepsBack))
                     .arg(orderLabel(evidenceRowOrder > 0 ? DateOrder::Dmy : DateOrder::Mdy))
                     .arg(std::max(dmy.stepsBack, mdy.stepsBack));
        if (a.inOtherRange >= 0 && a.fits > 0 && b.fits > 0)
            s += QLatin1Char(' ') +
                 tr("Within the period of the case's other sources: %1% of the dates under %2, "
                    "%3% under %4.")
                     .arg(qRound(100.0 * a.inOtherRange / a.fits))
                     .arg(orderLabel(a.order))
                     .arg(qRound(100.0 * b.inOtherRange / b.fits))
                     .arg(orderLabel(b.order));
        return s;
    };
    QString s;
    switch (dataWhy) {
    case Why::NoDates:
        s = tr("No value reads as a date; the default order %1 is kept.").arg(orderLabel(dataOrder));
        break;
    case Why::YearFirst:
        s = tr("The dates are written year first: there is nothing to decide.");
        break;
    case Why::ReadsTheSame:
        s = tr("Every date reads the same in both orders (e.g. \"%1\"); the default order %2 is kept.")
                .arg(example, orderLabel(dataOrder));
        break;
    case Why::OnlyOneFits:
        s = tr("%n value(s) fit only %1 (e.g. \"%2\" is no date under %3).", nullptr, reading(dataOrder).only)
                .arg(orderLabel(dataOrder), example,
                     orderLabel(dataOrder == DateOrder::Dmy ? DateOrder::Mdy : DateOrder::Dmy));
        break;
    case Why::MixedOrders:
        s = tr("The column mixes orders: %1 values fit only D/M/Y and %2 only M/D/Y. %3, the majority, is "
               "taken "
               "(e.g. \"%4\"); the %5 values that do not fit it will be rejected.")
                .arg(QString::number(dmy.only), QString::number(mdy.only), orderLabel(dataOrder), example,
                     QString::number(std::min(dmy.only, mdy.only)));
        break;
    case Why::Plausibility:
        s = bothReadings() + QLatin1Char(' ') +
            tr("%1 is taken: under it the calls form the far more plausible record (evidence %2, decided "
               "from %3).")
                .arg(orderLabel(dataOrder))
                .arg(evidence, 0, 'f', 1)
                .arg(kDecide, 0, 'f', 1);
        break;
    case Why::SingleDate:
        s = bothReadings() + QLatin1Char(' ') +
            tr("A single date cannot tell the order; the default %1 is kept. Check it, or set the order.")
                .arg(orderLabel(dataOrder));
        break;
    case Why::TooClose:
        s = bothReadings() + QLatin1Char(' ') +
            tr("Neither reading is clearly more plausible (evidence %1, needed %2); the default %3 is kept. "
               "Check it, or set the order.")
                .arg(evidence, 0, 'f', 1)
                .arg(kDecide, 0, 'f', 1)
                .arg(orderLabel(dataOrder));
        break;
    case Why::Given:
        break;
    }
    if (why != Why::Given)
        return s;
    QString g = tr("Order %1 set by the analyst.").arg(orderLabel(order));
    if (contradicting > 0)
        g += QLatin1Char(' ') + tr("%n value(s) are no date under it and will be rejected (e.g. \"%1\").",
                                   nullptr, contradicting)
                                    .arg(contradictingExample);
    if (dataBasis != DateOrderBasis::Default && dataOrder != order)
        g += QLatin1Char(' ') + tr("The data alone say %1: %2").arg(orderLabel(dataOrder), s);
    return g;
}

QJsonObject DateOrderResult::toJson() const
{
    auto readingJson = [](const DateReading &x) {
        QJsonObject o{{QStringLiteral("fits"), x.fits},
                      {QStringLiteral("only"), x.only},
                      {QStringLiteral("distinct_days"), x.distinctDays},
                      {QStringLiteral("span_days"), x.spanDays()},
                      {QStringLiteral("longest_run_days"), x.longestRun},
                      {QStringLiteral("steps_back"), x.stepsBack}};
        if (x.distinctDays) {
            o.insert(QStringLiteral("first_day"), isoDay(x.firstDay));
            o.insert(QStringLiteral("last_day"), isoDay(x.lastDay));
        }
        if (x.inOtherRange >= 0)
            o.insert(QStringLiteral("in_other_sources_period"), x.inOtherRange);
        return o;
    };
    return QJsonObject{{QStringLiteral("date_order"), dateOrderName(order)},
                       {QStringLiteral("date_order_basis"), dateOrderBasisName(basis)},
                       {QStringLiteral("date_order_data"), dateOrderName(dataOrder)},
                       {QStringLiteral("date_order_data_basis"), dateOrderBasisName(dataBasis)},
                       {QStringLiteral("date_order_evidence"), std::round(evidence * 100) / 100},
                       {QStringLiteral("date_order_closeness"), std::round(closeness * 1000) / 1000},
                       {QStringLiteral("date_order_close_call"), closeCall},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("unreadable"), unreadable},
                       {QStringLiteral("ambiguous"), ambiguous},
                       {QStringLiteral("contradicting"), contradicting},
                       {QStringLiteral("dmy"), readingJson(dmy)},
                       {QStringLiteral("mdy"), readingJson(mdy)}};
}

} // namespace dt::ingest
