#include "graph/graphlayout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <cmath>
#include <map>
#include <random>

namespace dt::graph {

namespace {

using Topology = boost::square_topology<std::minstd_rand>;
using Point = Topology::point_type;
using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// Positions of the layout graph's vertices; writes to pinned vertices are ignored, which is how
/// pinned nodes stay put inside Boost's algorithm.
struct PinnedPositions
{
    using key_type = std::size_t;
    using value_type = Point;
    using reference = Point &;
    using category = boost::read_write_property_map_tag;
    std::vector<Point> *points;
    const std::vector<char> *pinned;
};
Point &get(const PinnedPositions &m, std::size_t v)
{
    return (*m.points)[v];
}
void put(const PinnedPositions &m, std::size_t v, const Point &p)
{
    if (!(*m.pinned)[v])
        (*m.points)[v] = p;
}

/// Boost's cooling schedule, stopping early (temperature 0) when the analyst cancels.
struct CancellableCooling
{
    boost::linear_cooling<double> inner;
    const std::atomic_bool *cancel;
    const std::function<void(int, int)> *progress;
    int iterations, done = 0;
    double operator()()
    {
        if (cancel && cancel->load())
            return 0;
        if (progress && *progress)
            (*progress)(done, iterations);
        ++done;
        return inner();
    }
};

} // namespace

bool GraphLayout::forceDirected(LinkGraph &g, const GraphFilter &f, const LayoutOptions &o,
                                const std::atomic_bool *cancel, const std::function<void(int, int)> &progress)
{
    std::vector<int> vertexOf(size_t(g.nodeCount()), -1), nodeOf;
    for (int i = 0; i < g.nodeCount(); ++i)
        if (g.nodeVisible(i, f)) {
            vertexOf[size_t(i)] = int(nodeOf.size());
            nodeOf.push_back(i);
        }
    const size_t n = nodeOf.size();
    if (n == 0)
        return true;
    UGraph u(n);
    for (int e = 0; e < g.edgeCount(); ++e) {
        if (!g.edgeVisible(e, f))
            continue;
        const int a = vertexOf[size_t(g.edge(e).a)], b = vertexOf[size_t(g.edge(e).b)];
        if (a >= 0 && b >= 0 && a != b)
            boost::add_edge(size_t(a), size_t(b), u);
    }
    // The square holds n nodes at the chosen spacing; Fruchterman–Reingold's ideal edge length is
    // sqrt(area / n), so the side follows from the spacing.
    const double half = std::max(200.0, o.spacing * std::sqrt(double(n)) / 2);
    std::minstd_rand rng(o.seed);
    Topology topology(rng, half);
    std::uniform_real_distribution<double> jitter(-o.spacing, o.spacing);
    std::vector<Point> points(n);
    std::vector<char> pinned(n, 0);
    for (size_t v = 0; v < n; ++v) {
        const Node &node = g.node(nodeOf[v]);
        pinned[v] = node.pinned;
        double x = node.x, y = node.y;
        if (x == 0 && y == 0 && !node.pinned) {
            // A new node starts beside the node that brought it in (or anywhere, for the first ones).
            const Node *from = node.expandedFrom >= 0 ? &g.node(node.expandedFrom) : nullptr;
            const bool placed = from && (from->x != 0 || from->y != 0);
            x = (placed ? from->x : 0) + jitter(rng) * (placed ? 1 : half / o.spacing);
            y = (placed ? from->y : 0) + jitter(rng) * (placed ? 1 : half / o.spacing);
        }
        points[v][0] = std::clamp(x, -half, half);
        points[v][1] = std::clamp(y, -half, half);
    }
    const std::vector<Point> before = points;
    PinnedPositions pos{&points, &pinned};
    std::vector<Topology::point_difference_type> displacement(n);
    CancellableCooling cool{boost::linear_cooling<double>(size_t(o.iterations), half / 4), cancel, &progress,
                            o.iterations};
    boost::fruchterman_reingold_force_directed_layout(
        u, pos, topology, boost::square_distance_attractive_force(), boost::square_distance_repulsive_force(),
        boost::make_grid_force_pairs(topology, pos, u), cool,
        boost::make_iterator_property_map(displacement.begin(), boost::get(boost::vertex_index, u)));
    if (cancel && cancel->load())
        return false;
    for (size_t v = 0; v < n; ++v) {
        Node &node = g.node(nodeOf[v]);
        if (node.pinned)
            continue;
        node.x = points[v][0];
        node.y = points[v][1];
    }
    return true;
}

void GraphLayout::layered(LinkGraph &g, const GraphFilter &f, double spacing)
{
    const int n = g.nodeCount();
    std::vector<int> layer(size_t(n), -1);
    // Lists: depth along resale edges (longest path from a list nobody sold to it).
    std::vector<int> lists;
    for (int i = 0; i < n; ++i)
        if (g.node(i).type == NodeType::LeakList && g.nodeVisible(i, f)) {
            lists.push_back(i);
            layer[size_t(i)] = 0;
        }
    for (size_t round = 0; round < lists.size(); ++round) { // Bellman–Ford style: at most |lists| passes
        bool changed = false;
        for (int e = 0; e < g.edgeCount(); ++e) {
            const Edge &x = g.edge(e);
            if (x.type != EdgeType::Lineage || !g.edgeVisible(e, f) || layer[size_t(x.a)] < 0)
                continue;
            if (layer[size_t(x.b)] < layer[size_t(x.a)] + 1 && layer[size_t(x.a)] + 1 <= int(lists.size())) {
                layer[size_t(x.b)] = layer[size_t(x.a)] + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    int listDepth = 0;
    for (int i : lists)
        listDepth = std::max(listDepth, layer[size_t(i)] + 1);
    for (int i = 0; i < n; ++i) {
        if (!g.nodeVisible(i, f) || layer[size_t(i)] >= 0)
            continue;
        const NodeType t = g.node(i).type;
        layer[size_t(i)] = t == NodeType::Operator ? listDepth
                           : t == NodeType::Number ? listDepth + 1
                                                   : listDepth + 2;
    }
    // Rows, ordered by the barycentre of each node's neighbours in the rows above.
    std::map<int, std::vector<int>> rows;
    for (int i = 0; i < n; ++i)
        if (layer[size_t(i)] >= 0)
            rows[layer[size_t(i)]].push_back(i);
    std::vector<double> place(size_t(n), 0);
    for (auto &[row, members] : rows) {
        std::vector<std::pair<double, int>> order;
        for (int i : members) {
            double sum = 0;
            int k = 0;
            for (int e : g.incident(i)) {
                const int other = g.edge(e).a == i ? g.edge(e).b : g.edge(e).a;
                if (layer[size_t(other)] >= 0 && layer[size_t(other)] < row && g.edgeVisible(e, f)) {
                    sum += place[size_t(other)];
                    ++k;
                }
            }
            order.push_back({k ? sum / k : double(order.size()) * spacing, i});
        }
        std::stable_sort(order.begin(), order.end());
        const double width = spacing * double(order.size() - 1);
        for (size_t k = 0; k < order.size(); ++k) {
            const int i = order[k].second;
            place[size_t(i)] = double(k) * spacing - width / 2;
            Node &node = g.node(i);
            if (node.pinned)
                continue;
            node.x = place[size_t(i)];
            node.y = row * spacing * 1.5;
        }
    }
}

} // namespace dt::graph
