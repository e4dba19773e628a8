#pragma once
#include "ingest/clockskew.h"
#include "ingest/dateorder.h"
#include "ingest/importtypes.h"

#include <atomic>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dt {
class CaseFile;
}

namespace dt::ingest {

/**
 * What an import of a file would decide about its times, worked out before it runs (the import
 * wizard shows it): the start column's date order with, for the first rows, their dates read day
 * first and month first; and the file's clock measured against the case's calls.
 */
struct TimesPreview
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::TimesPreview)
public:
    /// One of the first rows' start values and its two readings (wall time, "" when no date).
    struct Row
    {
        QString value, dayFirst, monthFirst;
    };
    bool hasTimes = false; ///< the file has a start column whose dates are decided
    DateOrderResult order;
    /// Both readings differ for some values and the data were not certain: show them side by side.
    bool showBothReadings = false;
    QVector<Row> firstRows;
    std::optional<SkewEstimate> clock; ///< the estimate, when measured
    QString clockNote;                 ///< why the clock is not measured, when it is not
};

/// Rows of the start column shown read both ways.
constexpr int kTimesPreviewRows = 5;

/**
 * Decides @p layout's date order as the import will (decideDateOrder()) and, for a call log
 * without a given clock offset, measures its clock (estimateFileClock()), through @p worker (a
 * connection of the worker's thread). @p progress follows the clock's read of the whole file.
 * Cancelled: returns what it has, without the clock.
 */
TimesPreview previewTimes(CaseFile &worker, const QString &path, const Layout &layout,
                          const ImportOptions &options, const ProgressFn &progress = {},
                          const std::atomic_bool *cancel = nullptr);

} // namespace dt::ingest
