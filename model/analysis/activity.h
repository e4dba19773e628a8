#pragma once
#include "core/caseclock.h"

#include <atomic>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dt {
class Database;
}

namespace dt::analysis {

/// When and how long a set of numbers called: the figures behind the activity charts.
struct Activity
{
    qint64 calls = 0;
    QString zone;                 ///< the label of the zone its days and hours are in (CaseClock::label())
    qint64 firstDay = 0;          ///< local day number (CaseClock::localDay()) of perDay[0]
    QVector<double> perDay;       ///< calls per local day, first to last call
    QVector<double> perHour;      ///< 24: calls by local hour of day
    QVector<double> heat;         ///< 7 × 24: [weekday (0 = Monday) * 24 + hour]
    QVector<double> durationBins; ///< calls per duration bin (see durationBinLabels)
    /// One leaked list holding victims of the numbers: how long after the list was acquired each
    /// of them got the first call (days; negative: called before the acquisition date).
    struct LeakLag
    {
        QString list;     ///< the source's display name
        QString acquired; ///< YYYY-MM-DD
        QVector<double> days;
    };
    QVector<LeakLag> leakLags; ///< lists with an acquisition date, most victims first
    static QStringList durationBinLabels();
    /// Lag bins: [lagBinEdges()[i], lagBinEdges()[i + 1]) days, the first open below, the last above.
    static QVector<double> lagBinEdges();
    static QStringList lagBinLabels();
    /// The calls placed by @p numbers (stored keys, e.g. "+8617012345678"), by local day, hour and
    /// weekday of @p clock (the case's; also where a list's acquisition day starts, as leak tracing
    /// counts it). A victim is a number they called that is not one of them; the lists hold it in
    /// full (masked records do not count). Reads the numbers' postings and each block of their
    /// calls once: about 2 s for an operator of 3M calls; setting @p cancel stops it (an empty result).
    static Activity of(Database &db, const QStringList &numbers, const CaseClock &clock,
                       const std::atomic_bool *cancel = nullptr);
};

} // namespace dt::analysis
