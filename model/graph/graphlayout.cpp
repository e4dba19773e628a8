#include "graph/graphlayout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>

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

namespace {
/// Boost's Fruchterman–Reingold on one connected component, its vertices starting at @p points.
bool layoutComponent(const UGraph &u, std::vector<Point> &points, const std::vector<char> &pinned,
                     double half, const LayoutOptions &o, const std::atomic_bool *cancel,
                     const std::function<void(int, int)> &progress, std::minstd_rand &rng)
{
    Topology topology(rng, half);
    PinnedPositions pos{&points, &pinned};
    std::vector<Topology::point_difference_type> displacement(points.size());
    CancellableCooling cool{boost::linear_cooling<double>(size_t(o.iterations), half / 4), cancel, &progress,
                            o.iterations};
    boost::fruchterman_reingold_force_directed_layout(
        u, pos, topology, boost::square_distance_attractive_force(), boost::square_distance_repulsive_force(),
        boost::make_grid_force_pairs(topology, pos, u), cool,
        boost::make_iterator_property_map(displacement.begin(), boost::get(boost::vertex_index, u)));
    return !(cancel && cancel->load());
}

/// Pushes apart discs that overlap after Fruchterman–Reingold, which knows nothing of their sizes.
/// A disc moves in inverse proportion to its @p mass (0: pinned, never moves). Sweep and prune
/// over the discs' left edges keeps this near linear when few discs overlap.
void separate(std::vector<Point> &p, const std::vector<double> &r, const std::vector<double> &mass,
              double margin)
{
    const size_t n = p.size();
    if (n < 2)
        return;
    std::vector<size_t> order(n);
    for (int round = 0; round < 60; ++round) {
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return p[a][0] - r[a] < p[b][0] - r[b]; });
        bool moved = false;
        for (size_t a = 0; a < n; ++a) {
            const size_t i = order[a];
            for (size_t b = a + 1; b < n; ++b) {
                const size_t j = order[b];
                if (p[j][0] - r[j] >= p[i][0] + r[i] + margin)
                    break; // every later disc starts further right still
                double dx = p[j][0] - p[i][0], dy = p[j][1] - p[i][1];
                const double need = r[i] + r[j] + margin, d2 = dx * dx + dy * dy;
                if (d2 >= need * need || (mass[i] == 0 && mass[j] == 0))
                    continue;
                double d = std::sqrt(d2);
                if (d < 1e-6) { // on top of each other: apart along a direction fixed by the pair
                    dx = std::cos(double(i * 7 + j));
                    dy = std::sin(double(i * 7 + j));
                    d = 1;
                }
                // Share of the push each takes: the lighter moves more, a pinned one not at all.
                const double wi = mass[i] == 0 ? 0 : mass[j] == 0 ? 1 : mass[j] / (mass[i] + mass[j]);
                const double push = need - d, wj = 1 - wi;
                p[i][0] -= dx / d * push * wi;
                p[i][1] -= dy / d * push * wi;
                p[j][0] += dx / d * push * wj;
                p[j][1] += dy / d * push * wj;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

/// Places one connected component (local vertices 0..m-1 starting at @p start). On a call-centre
/// chart most nodes are victims: new nodes of one to three neighbours, all of them hubs. Those are
/// satellites: grouped by their neighbours, each group a sunflower disc at the middle of its hubs
/// (one hub's own victims: rings around it). Only the hubs (the core) go through
/// Fruchterman–Reingold, tied where they share victims, so 20,000 nodes cost what a hundred do;
/// overlapping discs are then pushed apart.
bool layoutFolded(const UGraph &sub, const std::vector<std::pair<double, double>> &start,
                  const std::vector<char> &pinned, const std::vector<char> &foldable, const LayoutOptions &o,
                  const std::atomic_bool *cancel, const std::function<void(int, int)> &progress,
                  std::minstd_rand &rng, std::vector<std::pair<double, double>> &out)
{
    constexpr double kPi = 3.14159265358979323846;
    const size_t m = start.size();
    const double r0 = o.spacing * 0.3, gap = o.spacing * 0.35, ringStart = o.spacing * 0.6;
    const auto candidate = [&](size_t v) {
        const size_t d = boost::out_degree(v, sub);
        return foldable[v] && !pinned[v] && d >= 1 && d <= 3;
    };
    // A satellite hangs on core vertices only; a chain of candidates stays in the core.
    std::vector<char> satellite(m, 0);
    for (size_t v = 0; v < m; ++v) {
        if (!candidate(v))
            continue;
        bool onCore = true;
        for (auto [it, end] = boost::adjacent_vertices(v, sub); it != end && onCore; ++it)
            onCore = !candidate(*it);
        satellite[v] = onCore;
    }
    std::vector<size_t> coreOf(m, 0), core; // local vertex → core index; core index → local vertex
    for (size_t v = 0; v < m; ++v)
        if (!satellite[v]) {
            coreOf[v] = core.size();
            core.push_back(v);
        }
    std::map<std::vector<size_t>, std::vector<size_t>> classes; // sorted core neighbours → satellites
    for (size_t v = 0; v < m; ++v) {
        if (!satellite[v])
            continue;
        std::vector<size_t> key;
        for (auto [it, end] = boost::adjacent_vertices(v, sub); it != end; ++it)
            key.push_back(coreOf[*it]);
        std::sort(key.begin(), key.end());
        key.erase(std::unique(key.begin(), key.end()), key.end());
        classes[key].push_back(v);
    }
    const size_t q = core.size();
    UGraph skeleton(q);
    std::set<std::pair<size_t, size_t>> linked;
    const auto link = [&](size_t a, size_t b) {
        const auto pair = std::minmax(a, b);
        if (a != b && linked.insert(pair).second)
            boost::add_edge(pair.first, pair.second, skeleton);
    };
    for (size_t c = 0; c < q; ++c)
        for (auto [it, end] = boost::adjacent_vertices(core[c], sub); it != end; ++it)
            if (!satellite[*it])
                link(c, coreOf[*it]);
    std::vector<std::vector<size_t>> ring(q); // a core vertex's own satellites
    std::vector<const std::pair<const std::vector<size_t>, std::vector<size_t>> *> shared;
    for (const auto &cls : classes) {
        if (cls.first.size() == 1) {
            ring[cls.first[0]] = cls.second;
            continue;
        }
        shared.push_back(&cls);
        for (size_t i = 0; i + 1 < cls.first.size(); ++i) // hubs that share victims are drawn together
            link(cls.first[i], cls.first[i + 1]);
    }
    // Discs: the core vertices (with their rings), then one per shared class.
    const size_t discs = q + shared.size();
    std::vector<double> radius(discs, r0), mass(discs, 1.0);
    double area = 0;
    for (size_t k = 0; k < discs; ++k) {
        if (k < q && !ring[k].empty())
            radius[k] = std::sqrt(ringStart * ringStart + double(ring[k].size()) * gap * gap / kPi) + r0;
        if (k >= q)
            radius[k] = gap * std::sqrt(double(shared[k - q]->second.size()) / kPi) + r0;
        if (k < q)
            mass[k] = pinned[core[k]] ? 0.0 : 4.0; // hubs hold their places against the discs around
        area += std::pow(std::max(o.spacing, 2 * radius[k]), 2);
    }
    double half = std::max(150.0, 0.75 * std::sqrt(area));
    // The square holds the pinned vertices where they are (the nodes new ones hang on may lie
    // far apart): clamped into it, what is laid out around them would land elsewhere.
    for (size_t k = 0; k < q; ++k)
        if (pinned[core[k]] && !std::isnan(start[core[k]].first))
            half = std::max(half, std::max(std::abs(start[core[k]].first), std::abs(start[core[k]].second)) +
                                      o.spacing);
    std::vector<Point> points(discs);
    std::vector<char> corePinned(q);
    std::uniform_real_distribution<double> anywhere(-half, half);
    for (size_t k = 0; k < q; ++k) {
        const bool free = std::isnan(start[core[k]].first);
        points[k][0] = free ? anywhere(rng) : std::clamp(start[core[k]].first, -half, half);
        points[k][1] = free ? anywhere(rng) : std::clamp(start[core[k]].second, -half, half);
        corePinned[k] = pinned[core[k]];
    }
    if (q > 1) {
        std::vector<Point> corePoints(points.begin(), points.begin() + std::ptrdiff_t(q));
        if (!layoutComponent(skeleton, corePoints, corePinned, half, o, cancel, progress, rng))
            return false;
        std::copy(corePoints.begin(), corePoints.end(), points.begin());
    } else if (cancel && cancel->load()) {
        return false;
    }
    for (size_t s = 0; s < shared.size(); ++s) { // a shared class starts amid its hubs
        double x = 0, y = 0;
        for (size_t c : shared[s]->first) {
            x += points[c][0];
            y += points[c][1];
        }
        points[q + s][0] = x / double(shared[s]->first.size());
        points[q + s][1] = y / double(shared[s]->first.size());
    }
    separate(points, radius, mass, o.spacing * 0.1);
    out.assign(m, {0.0, 0.0});
    const double golden = kPi * (3 - std::sqrt(5.0));
    const auto spread = [&](const std::vector<size_t> &vs, const Point &at, double inner) {
        for (size_t i = 0; i < vs.size(); ++i) {
            const double r = std::sqrt(inner * inner + (double(i) + 0.5) * gap * gap / kPi),
                         a = double(i) * golden;
            out[vs[i]] = {at[0] + r * std::cos(a), at[1] + r * std::sin(a)};
        }
    };
    for (size_t k = 0; k < q; ++k) {
        out[core[k]] = {points[k][0], points[k][1]};
        spread(ring[k], points[k], ringStart);
    }
    for (size_t s = 0; s < shared.size(); ++s)
        spread(shared[s]->second, points[q + s], 0);
    return true;
}
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
    // Each connected component is laid out on its own: Fruchterman–Reingold pushes unconnected
    // parts to the walls of its square, where they pile up. Components are then packed in rows.
    std::vector<int> comp(n);
    const int components = boost::connected_components(u, comp.data());
    std::vector<std::vector<size_t>> members(static_cast<size_t>(components));
    for (size_t v = 0; v < n; ++v)
        members[size_t(comp[v])].push_back(v);
    std::minstd_rand rng(o.seed);
    std::uniform_real_distribution<double> jitter(-o.spacing, o.spacing);
    struct Placed
    {
        size_t component;
        double minX, minY, maxX, maxY;
    };
    std::vector<Placed> toPack;
    std::vector<std::pair<double, double>> result(n);
    double keptMaxX = -1e18, keptMinY = 1e18;
    bool anyKept = false;
    int done = 0;
    std::vector<size_t> local(n, 0); // vertex → its index inside its component (one array for all)
    for (size_t c = 0; c < members.size(); ++c) {
        const std::vector<size_t> &vs = members[c];
        const auto placedAt = [&](size_t v) {
            const Node &node = g.node(nodeOf[v]);
            return node.pinned || (!o.fresh && (node.x != 0 || node.y != 0));
        };
        size_t placed = 0, fresh = 0;
        for (size_t v : vs)
            ++(placedAt(v) ? placed : fresh);
        for (size_t v : vs)
            result[v] = {g.node(nodeOf[v]).x, g.node(nodeOf[v]).y};
        if (fresh > 0) {
            // Only what is new moves: the new nodes, around the placed nodes they hang on (held
            // where they are). The rest of the component stays exactly where the analyst saw it:
            // laying all of it out again put every placed node through Fruchterman–Reingold
            // (a minute for one number expanded beside an operator of 6,000 numbers).
            std::vector<size_t> part;
            std::vector<char> anchor(vs.size(), 0);
            for (size_t i = 0; i < vs.size(); ++i)
                local[vs[i]] = i;
            for (size_t i = 0; i < vs.size(); ++i) {
                bool take = !placedAt(vs[i]);
                for (auto [it, end] = boost::adjacent_vertices(vs[i], u); it != end && !take; ++it)
                    take = !placedAt(*it);
                if (take) {
                    anchor[i] = placedAt(vs[i]);
                    part.push_back(vs[i]);
                }
            }
            double cx = 0, cy = 0;
            size_t anchors = 0;
            for (size_t v : part)
                if (anchor[local[v]]) {
                    ++anchors;
                    cx += g.node(nodeOf[v]).x;
                    cy += g.node(nodeOf[v]).y;
                }
            if (anchors) {
                cx /= double(anchors);
                cy /= double(anchors);
            }
            std::vector<size_t> partLocal(vs.size(), 0);
            for (size_t i = 0; i < part.size(); ++i)
                partLocal[local[part[i]]] = i;
            UGraph sub(part.size());
            for (size_t v : part)
                for (auto [it, end] = boost::adjacent_vertices(v, u); it != end; ++it)
                    if (v < *it && (!placedAt(v) || !placedAt(*it)))
                        boost::add_edge(partLocal[local[v]], partLocal[local[*it]], sub);
            std::vector<std::pair<double, double>> start(part.size());
            std::vector<char> pinned(part.size(), 0), foldable(part.size(), 0);
            for (size_t i = 0; i < part.size(); ++i) {
                const Node &node = g.node(nodeOf[part[i]]);
                pinned[i] = node.pinned || anchor[local[part[i]]];
                foldable[i] = !placedAt(part[i]);
                if (placedAt(part[i])) {
                    start[i] = {node.x - cx, node.y - cy};
                } else {
                    // A new node starts beside the node that brought it in, else anywhere.
                    const int from = node.expandedFrom;
                    const bool near =
                        from >= 0 && vertexOf[size_t(from)] >= 0 && placedAt(size_t(vertexOf[size_t(from)]));
                    if (near)
                        start[i] = {g.node(from).x - cx + jitter(rng), g.node(from).y - cy + jitter(rng)};
                    else // anywhere in the component's square, drawn once its size is known
                        start[i] = {std::nan(""), std::nan("")};
                }
            }
            const std::function<void(int, int)> step = [&](int k, int) {
                if (progress)
                    progress(done + k * int(vs.size()) / std::max(1, o.iterations), int(n));
            };
            std::vector<std::pair<double, double>> placedAtEnd;
            if (!layoutFolded(sub, start, pinned, foldable, o, cancel, step, rng, placedAtEnd))
                return false;
            for (size_t i = 0; i < part.size(); ++i)
                if (!pinned[i])
                    result[part[i]] = {placedAtEnd[i].first + cx, placedAtEnd[i].second + cy};
        }
        done += int(vs.size());
        if (placed) { // anchored where the analyst saw it
            anyKept = true;
            for (size_t v : vs) {
                keptMaxX = std::max(keptMaxX, result[v].first);
                keptMinY = std::min(keptMinY, result[v].second);
            }
            continue;
        }
        Placed p{c, 1e18, 1e18, -1e18, -1e18};
        for (size_t v : vs) {
            p.minX = std::min(p.minX, result[v].first);
            p.maxX = std::max(p.maxX, result[v].first);
            p.minY = std::min(p.minY, result[v].second);
            p.maxY = std::max(p.maxY, result[v].second);
        }
        toPack.push_back(p);
    }
    // Shelf packing, largest first, rows about as wide as the whole is tall.
    std::stable_sort(toPack.begin(), toPack.end(), [&](const Placed &a, const Placed &b) {
        return members[a.component].size() > members[b.component].size();
    });
    double area = 0;
    for (const Placed &p : toPack)
        area += (p.maxX - p.minX + o.spacing) * (p.maxY - p.minY + o.spacing);
    const double rowWidth = std::max(std::sqrt(area) * 1.4, o.spacing * 4);
    const double x0 = anyKept ? keptMaxX + o.spacing * 2 : 0, y0 = anyKept ? keptMinY : 0;
    double x = x0, y = y0, rowHeight = 0;
    for (const Placed &p : toPack) {
        const double w = p.maxX - p.minX, h = p.maxY - p.minY;
        if (x > x0 && x + w > x0 + rowWidth) {
            x = x0;
            y += rowHeight + o.spacing * 1.2;
            rowHeight = 0;
        }
        for (size_t v : members[p.component]) {
            result[v].first += x - p.minX;
            result[v].second += y - p.minY;
        }
        x += w + o.spacing * 1.2;
        rowHeight = std::max(rowHeight, h);
    }
    for (size_t v = 0; v < n; ++v) {
        Node &node = g.node(nodeOf[v]);
        if (node.pinned)
            continue;
        node.x = result[v].first;
        node.y = result[v].second;
    }
    if (progress)
        progress(int(n), int(n));
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
