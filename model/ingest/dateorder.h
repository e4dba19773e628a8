#pragma once
#include "ingest/valueparsers.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <utility>

namespace dt::ingest {

/// The order of year, month and day in a column's dates (docs/times.md).
enum class DateOrder { Ymd, Dmy, Mdy };

/// Why a column's date order is what it is; stored in provenance as `date_order_basis`.
enum class DateOrderBasis {
    Unambiguous, ///< some value only fits this order (a 13th month does not exist), or dates are year-first
    Inferred,    ///< every value fits two orders; the dates are a far more plausible record under this one
    Given,       ///< the analyst said so (`--date-order`, the wizard)
    Default      ///< undecidable from the data: the parser's default, said so
};

/// "ymd" | "dmy" | "mdy" (the values of `--date-order` and of `date_order`).
QString dateOrderName(DateOrder o);
/// The inverse of dateOrderName(); nullopt for anything else.
std::optional<DateOrder> dateOrderFromName(QStringView name);
/// "unambiguous" | "inferred" | "given" | "default".
QString dateOrderBasisName(DateOrderBasis b);
/**
 * What to give parseLocalTime() for a column of order @p o. Year-first dates are read the same whatever
 * the order, so Ymd keeps the parser's Unknown (its behaviour for such columns is unchanged).
 */
DayMonthOrder toDayMonthOrder(DateOrder o);

/// What a column's dates look like under one order: the figures an analyst compares.
struct DateReading
{
    DateOrder order = DateOrder::Dmy;
    int fits = 0;          ///< values that are a valid date under this order
    int only = 0;          ///< values that are a valid date under this order and not under the other
    int distinctDays = 0;  ///< distinct calendar days
    qint64 firstDay = 0;   ///< earliest day, days since 1970-01-01 on the file's wall clock
    qint64 lastDay = 0;    ///< latest day
    int longestRun = 0;    ///< longest run of consecutive calendar days that all have values
    int stepsBack = 0;     ///< values whose day is earlier than the previous value's (rows out of order)
    int inOtherRange = -1; ///< values within DateOrderHints::otherDays; -1 without that hint
    qint64 spanDays() const { return distinctDays ? lastDay - firstDay + 1 : 0; }
};

/// What the caller knows besides the values.
struct DateOrderHints
{
    std::optional<DateOrder> given;      ///< the analyst's order: wins, but contradictions are still counted
    DateOrder fallback = DateOrder::Dmy; ///< when undecidable: the parser's own default (day first)
    /// First and last wall-clock day (days since 1970-01-01) of the case's other sources, if any:
    /// agreement with them is evidence for an order.
    std::optional<std::pair<qint64, qint64>> otherDays;
};

/// The decision for one column, its basis, and the figures behind it.
struct DateOrderResult
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::DateOrderResult)
public:
    /// The rule that decided; the sentence is made from it and the figures at display time.
    enum class Why {
        NoDates,      ///< no value reads as a date
        YearFirst,    ///< every date is year-first (2026-09-01): nothing to decide
        ReadsTheSame, ///< every date reads the same in both orders (5/5/2006)
        OnlyOneFits,  ///< some values fit only one order, none only the other
        MixedOrders,  ///< values fit only one order and others only the other: majority, rest rejected
        Plausibility, ///< all fit both; one reading is a far more plausible call record
        SingleDate,   ///< all fit both and there is one date: undecidable
        TooClose,     ///< all fit both and neither reading is clearly more plausible
        Given         ///< the analyst's order
    };
    DateOrder order = DateOrder::Dmy;
    DateOrderBasis basis = DateOrderBasis::Default;
    Why why = Why::NoDates;
    /// What the data alone say (equal to order/basis unless the order was given).
    DateOrder dataOrder = DateOrder::Dmy;
    DateOrderBasis dataBasis = DateOrderBasis::Default;
    Why dataWhy = Why::NoDates;
    /// Evidence for dataOrder over the other day/month reading, in natural-log units (0: none). See
    /// docs/times.md: its main term is a likelihood ratio of the gaps between days with calls.
    double evidence = 0;
    /// Its terms: gaps between days with calls, rows in date order, agreement with other sources.
    double evidenceGaps = 0, evidenceRowOrder = 0, evidenceOtherSources = 0;
    /// 1 when both readings are equally plausible, falling towards 0 as one wins; the data decide
    /// (basis inferred) below exp(-1) = 0.37.
    double closeness = 1;
    /// Whether the wizard should show both readings side by side (closeness above exp(-2) = 0.14,
    /// or a decision by plausibility from fewer than four distinct days).
    bool closeCall = false;
    int values = 0;     ///< values examined
    int unreadable = 0; ///< values that are no date under either order (left to the parser to reject)
    int yearFirst = 0;  ///< year-first values (the same in every order)
    int sameBoth = 0;   ///< other values that read the same in both orders (5/5/2006, epochs)
    int ambiguous = 0;  ///< values that are a different valid date under D/M/Y and M/D/Y
    int contradicting =
        0;           ///< values valid under the other order but not under `order`: the parser rejects them
    QString example; ///< a value that decided (fits one order only), or the first ambiguous one
    QString contradictingExample; ///< one of the contradicting values
    DateReading dmy, mdy;         ///< the two day/month readings of the year-last values

    /// The reading of @p o (dmy or mdy; Ymd gives dmy).
    const DateReading &reading(DateOrder o) const { return o == DateOrder::Mdy ? mdy : dmy; }
    /// One or two sentences with figures, in the UI's language, e.g. "Every value fits both D/M/Y and
    /// M/D/Y. Under M/D/Y the dates are 10 consecutive days (2006-06-01 to 2006-06-10); under D/M/Y
    /// they are 10 days spread over 274 days (2006-01-06 to 2006-10-06)."
    QString reason() const;
    /// Provenance / summary fields: date_order, date_order_basis, and the figures (docs/times.md).
    QJsonObject toJson() const;
};

/**
 * Decides the day/month order of one column from a sample of its raw time texts, in file order (the
 * first thousands of rows; a spread sample after them helps). Values are read with parseLocalTime(),
 * so an order returned here is exactly what the parser accepts. Cheap: two parses per value.
 */
DateOrderResult detectDateOrder(const QStringList &values, const DateOrderHints &hints = {});

} // namespace dt::ingest
