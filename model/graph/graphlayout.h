#pragma once
#include "graph/linkgraph.h"

#include <atomic>
#include <functional>

namespace dt::graph {

struct LayoutOptions
{
    int iterations = 120;
    quint32 seed = 1;     ///< new nodes' starting places: the same seed gives the same picture
    double spacing = 110; ///< ideal distance between linked nodes, in scene units
    bool fresh = false;   ///< forget the places of unpinned nodes (the analyst asked for a new layout)
};

/**
 * Places the visible nodes of a link chart; the hidden ones keep their places. Safe on a worker
 * thread (it only touches the graph given). Pinned nodes never move. Returns false when cancelled
 * (the graph is then left as it was).
 */
class GraphLayout
{
public:
    /// Force-directed (Boost.Graph's Fruchterman–Reingold with grid force pairs, which keeps
    /// thousands of nodes tractable), one connected component at a time. A component whose nodes
    /// are all placed stays as it is; in one that gained nodes (at 0, 0: they start beside the node
    /// that brought them in) only the new nodes are laid out, around the placed nodes they are
    /// linked to, which stay put like every other placed node; new components are packed in rows
    /// beside the rest.
    static bool forceDirected(LinkGraph &g, const GraphFilter &f, const LayoutOptions &o = {},
                              const std::atomic_bool *cancel = nullptr,
                              const std::function<void(int done, int total)> &progress = {});
    /// Layered, for lineage: lists top-down from the first seller along resale edges, the operators
    /// that dialled them below, their numbers below those, everything else in a last row; within a
    /// row, nodes are ordered by the mean place of their neighbours above (one barycentre sweep).
    static void layered(LinkGraph &g, const GraphFilter &f, double spacing = 120);
};

} // namespace dt::graph
