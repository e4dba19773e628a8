#pragma once
#include "ingest/clockskew.h"
#include "ingest/dateorder.h"
#include "ingest/importtypes.h"

#include <atomic>
#include <optional>
#include <QString>

namespace dt {
class Database;
} // namespace dt

namespace dt::ingest {

class Input;
class Reader;

/// Rows of the start column a date order is decided from (docs/times.md).
constexpr int kDateOrderSampleRows = 5000;

/**
 * The date order of @p layout's start column: the analyst's (ImportOptions::dateOrder) or decided
 * from the data. Year-first values in the preview decide alone; otherwise the first
 * kDateOrderSampleRows rows are read again from @p path (a stream of its own) and compared, with the
 * days of the case's calls in @p db as a hint. Never fails: a file that cannot be sampled keeps the
 * preview's decision.
 */
DateOrderResult decideDateOrder(Database &db, const Reader &reader, const QString &path, const Layout &layout,
                                const ImportOptions &options, const QString &caseZone,
                                const std::atomic_bool *cancel);

/// What the parser is given for a column of @p r's order: always one order for year-last dates, so
/// that a value that does not fit it is rejected rather than read the other way round.
DayMonthOrder parserOrder(const DateOrderResult &r);

/**
 * Measures the clock of a call log against the case's calls of the file's period (±15 h): one pass
 * over @p path reading each row's parties, start (with the options' zone and date order, no clock
 * correction) and duration, then estimateClockSkew(). Without calls in the case it reads nothing and
 * gives nullopt, as when cancelled or when the file cannot be read (the import then reports that).
 * With @p excludeSource (a file already in the case), the case's calls are those other sources
 * record: their own, and the source's calls another source's rows were merged into.
 * @p progress follows the read of the file (bytes of its size).
 */
std::optional<SkewEstimate> estimateFileClock(Database &db, const Reader &reader, const QString &path,
                                              const Layout &layout, const ImportOptions &options,
                                              DayMonthOrder order, const std::atomic_bool *cancel,
                                              QString *error, qint64 excludeSource = 0,
                                              const ProgressFn &progress = {});

} // namespace dt::ingest
