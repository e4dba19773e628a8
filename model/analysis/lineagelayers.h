#pragma once
#include "analysis/findings.h"

#include <QStringList>
#include <vector>

namespace dt::analysis {

/**
 * The resale lineage laid out in columns, as the lineage view and the report draw it: parents left,
 * children right. A list's column is the longest chain of resales above it; within a column lists
 * follow their parents' positions (the mean row of their parents), then their acquisition date,
 * then their name. Lists that no resale links stand apart.
 */
struct LineageLayers
{
    std::vector<QStringList> columns; ///< the linked lists by column, each column top to bottom
    QStringList apart;                ///< lists linked to no other, in the findings' order

    /// The column of @p list, -1 when it stands apart or is unknown.
    int columnOf(const QString &list) const;

    static LineageLayers of(const std::vector<ListSummary> &lists, const std::vector<Resale> &lineage);
};

} // namespace dt::analysis
