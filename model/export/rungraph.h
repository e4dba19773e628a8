#pragma once
#include "analysis/findings.h"
#include "graph/linkgraph.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QCoreApplication>

namespace dt {
class Database;
}

namespace dt::exports {

/**
 * The whole latest run as one chart, for the exports of `dialtrace-cli export` and the chart's
 * "Export the whole run": the overview (operators, their numbers, the lists they dialled, the
 * lineage) with every operator number expanded (the numbers it called and was called by, its
 * handsets and cells, the lists that hold it), laid out.
 */
class RunGraph
{
    Q_DECLARE_TR_FUNCTIONS(dt::exports::RunGraph)
public:
    /// The most counterparts shown one by one; beyond it the chart's aggregates (0: every one).
    static constexpr int kDefaultHubLimit = 40;

    /// Builds into @p g (cleared first) from the case @p db with the latest run's @p findings
    /// (Detector::latestFindings(), shared with the caller rather than copied; null or empty: no
    /// operators). Reads only; safe on a worker thread with its own connection. False with @p error
    /// when cancelled or the case cannot be read.
    static bool build(Database &db, std::shared_ptr<const analysis::Findings> findings, int hubLimit,
                      graph::LinkGraph *g, QString *error, const std::atomic_bool *cancel = nullptr,
                      const std::function<void(int done, int total)> &progress = {});
};

} // namespace dt::exports
