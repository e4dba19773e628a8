#include "export/rungraph.h"

#include "graph/graphlayout.h"
#include "graph/linkgraphbuilder.h"

namespace dt::exports {

bool RunGraph::build(Database &db, std::shared_ptr<const analysis::Findings> findings, int hubLimit,
                     graph::LinkGraph *g, QString *error, const std::atomic_bool *cancel,
                     const std::function<void(int, int)> &progress)
{
    g->clear();
    graph::LinkGraphBuilder b(db, std::move(findings));
    // "No limit" stays well inside int: the builder multiplies the limit for handsets' and cells' numbers.
    b.setHubLimit(hubLimit > 0 ? hubLimit : 10'000'000);
    if (!b.overview(g, error))
        return false;
    std::vector<int> numbers;
    for (int i = 0; i < g->nodeCount(); ++i)
        if (g->node(i).type == graph::NodeType::Number)
            numbers.push_back(i);
    // Expanding two steps of work per number: reading its neighbours, then (half the bar) the layout.
    const int total = int(numbers.size()) * 2;
    for (size_t k = 0; k < numbers.size(); ++k) {
        if (cancel && cancel->load()) {
            *error = tr("cancelled");
            return false;
        }
        if (!b.expand(g, numbers[k], error))
            return false;
        if (progress)
            progress(int(k) + 1, total);
    }
    graph::LayoutOptions o;
    o.fresh = true;
    const int done = int(numbers.size());
    if (!graph::GraphLayout::forceDirected(*g, graph::GraphFilter(), o, cancel, [&](int x, int n) {
            if (progress && n > 0)
                progress(done + int(qint64(x) * done / n), total);
        })) {
        *error = tr("cancelled");
        return false;
    }
    return true;
}

} // namespace dt::exports
