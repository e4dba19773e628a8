#pragma once
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
    qint64 firstDay = 0;          ///< local day number (days since 1970-01-01, local time) of perDay[0]
    QVector<double> perDay;       ///< calls per local day, first to last call
    QVector<double> perHour;      ///< 24: calls by local hour of day
    QVector<double> heat;         ///< 7 × 24: [weekday (0 = Monday) * 24 + hour]
    QVector<double> durationBins; ///< calls per duration bin (see durationBinLabels)
    static QStringList durationBinLabels();
    /// The calls placed by @p numbers (stored keys, e.g. "+8617012345678"); @p tzOffset seconds east of UTC.
    static Activity of(Database &db, const QStringList &numbers, int tzOffset = 8 * 3600);
};

} // namespace dt::analysis
