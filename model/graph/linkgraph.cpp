#include "graph/linkgraph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <QJsonArray>

namespace dt::graph {

namespace {
const char *const kNodeNames[kNodeTypeCount] = {"number", "operator", "leak_list", "person",
                                                "device", "cell",     "aggregate"};
const char *const kEdgeNames[kEdgeTypeCount] = {"call",       "member",   "leak",   "lineage",
                                                "device_use", "cell_use", "listed", "person_phone"};

QString indexKey(NodeType t, const QString &key)
{
    return QString::number(int(t)) + QLatin1Char(':') + key;
}

using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// Hop distances from @p source over the visible edges (-1: unreachable), by Boost's BFS.
std::vector<int> hops(const UGraph &g, int source)
{
    std::vector<int> dist(boost::num_vertices(g), -1);
    if (source < 0 || size_t(source) >= dist.size())
        return dist;
    // record_distances sets a vertex one more than its BFS parent; unreached ones keep -1.
    dist[size_t(source)] = 0;
    boost::breadth_first_search(
        g, boost::vertex(size_t(source), g),
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist.data(), boost::on_tree_edge()))));
    return dist;
}
} // namespace

QString nodeTypeName(NodeType t)
{
    return QLatin1String(kNodeNames[int(t)]);
}

NodeType nodeTypeFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < kNodeTypeCount; ++i)
        if (name == QLatin1String(kNodeNames[i])) {
            if (ok)
                *ok = true;
            return NodeType(i);
        }
    if (ok)
        *ok = false;
    return NodeType::Number;
}

QString edgeTypeName(EdgeType t)
{
    return QLatin1String(kEdgeNames[int(t)]);
}

quint64 LinkGraph::pairKey(int a, int b, EdgeType t)
{
    return (quint64(quint32(a)) << 36) ^ (quint64(quint32(b)) << 4) ^ quint64(t);
}

int LinkGraph::find(NodeType type, const QString &key) const
{
    return m_index.value(indexKey(type, key), -1);
}

int LinkGraph::addNode(const Node &n, bool *added)
{
    const QString k = indexKey(n.type, n.key);
    const auto it = m_index.constFind(k);
    if (added)
        *added = it == m_index.constEnd();
    if (it != m_index.constEnd())
        return *it;
    m_nodes.push_back(n);
    m_adj.emplace_back();
    const int i = int(m_nodes.size()) - 1;
    m_index.insert(k, i);
    return i;
}

int LinkGraph::addEdge(Edge e)
{
    const quint64 k = pairKey(e.a, e.b, e.type);
    const auto it = m_edgeIndex.constFind(k);
    if (it != m_edgeIndex.constEnd()) {
        Edge &x = m_edges[size_t(*it)];
        if (e.type == EdgeType::Call) {
            x.count += e.count;
            x.duration += e.duration;
            std::vector<qint64> merged;
            merged.reserve(x.times.size() + e.times.size());
            std::merge(x.times.begin(), x.times.end(), e.times.begin(), e.times.end(),
                       std::back_inserter(merged));
            x.times = std::move(merged);
        } else {
            x.count = std::max(x.count, e.count);
        }
        return *it;
    }
    std::sort(e.times.begin(), e.times.end());
    m_adj[size_t(e.a)].push_back(int(m_edges.size()));
    if (e.b != e.a)
        m_adj[size_t(e.b)].push_back(int(m_edges.size()));
    m_edges.push_back(std::move(e));
    const int i = int(m_edges.size()) - 1;
    m_edgeIndex.insert(k, i);
    return i;
}

void LinkGraph::removeNodes(std::vector<int> remove)
{
    std::sort(remove.begin(), remove.end());
    remove.erase(std::unique(remove.begin(), remove.end()), remove.end());
    if (remove.empty())
        return;
    std::vector<int> newIndex(m_nodes.size(), 0);
    std::vector<Node> nodes;
    size_t r = 0;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (r < remove.size() && size_t(remove[r]) == i) {
            newIndex[i] = -1;
            ++r;
            continue;
        }
        newIndex[i] = int(nodes.size());
        nodes.push_back(std::move(m_nodes[i]));
    }
    for (Node &n : nodes)
        n.expandedFrom = n.expandedFrom >= 0 ? newIndex[size_t(n.expandedFrom)] : -1;
    std::vector<Edge> edges;
    for (Edge &e : m_edges) {
        if (newIndex[size_t(e.a)] < 0 || newIndex[size_t(e.b)] < 0)
            continue;
        e.a = newIndex[size_t(e.a)];
        e.b = newIndex[size_t(e.b)];
        edges.push_back(std::move(e));
    }
    m_nodes = std::move(nodes);
    m_edges = std::move(edges);
    m_index.clear();
    m_edgeIndex.clear();
    m_adj.assign(m_nodes.size(), {});
    for (int i = 0; i < nodeCount(); ++i)
        m_index.insert(indexKey(m_nodes[size_t(i)].type, m_nodes[size_t(i)].key), i);
    for (int i = 0; i < edgeCount(); ++i) {
        const Edge &e = m_edges[size_t(i)];
        m_edgeIndex.insert(pairKey(e.a, e.b, e.type), i);
        m_adj[size_t(e.a)].push_back(i);
        if (e.b != e.a)
            m_adj[size_t(e.b)].push_back(i);
    }
}

void LinkGraph::clear()
{
    m_nodes.clear();
    m_edges.clear();
    m_index.clear();
    m_edgeIndex.clear();
    m_adj.clear();
}

qint64 LinkGraph::weight(int edge, const GraphFilter &f) const
{
    const Edge &e = m_edges[size_t(edge)];
    if (e.type != EdgeType::Call || (f.from == 0 && f.to == 0))
        return e.count;
    // An aggregate's edge carries the count only; it is in the window when its span meets it.
    if (e.times.empty())
        return e.count;
    const auto lo = f.from ? std::lower_bound(e.times.begin(), e.times.end(), f.from) : e.times.begin();
    const auto hi = f.to ? std::lower_bound(e.times.begin(), e.times.end(), f.to) : e.times.end();
    return hi > lo ? qint64(hi - lo) : 0;
}

bool LinkGraph::edgeVisible(int edge, const GraphFilter &f) const
{
    const Edge &e = m_edges[size_t(edge)];
    const Node &a = m_nodes[size_t(e.a)];
    const Node &b = m_nodes[size_t(e.b)];
    if (a.hidden || b.hidden || !f.typeShown(a.type) || !f.typeShown(b.type))
        return false;
    if (e.type != EdgeType::Call)
        return true;
    const qint64 w = weight(edge, f);
    return w > 0 && w >= f.minWeight;
}

bool LinkGraph::nodeVisible(int node, const GraphFilter &f) const
{
    const Node &n = m_nodes[size_t(node)];
    if (n.hidden || !f.typeShown(n.type))
        return false;
    const bool narrowed = f.from != 0 || f.to != 0 || f.minWeight > 1;
    if (!narrowed || (n.type != NodeType::Number && n.type != NodeType::Aggregate) || n.pinned)
        return true;
    bool anyCall = false;
    for (int e : incident(node)) {
        if (m_edges[size_t(e)].type != EdgeType::Call)
            return true; // structural links (membership, lists) do not depend on time
        anyCall = true;
        if (edgeVisible(e, f))
            return true;
    }
    return !anyCall;
}

std::pair<qint64, qint64> LinkGraph::timeSpan() const
{
    qint64 lo = 0, hi = 0;
    for (const Edge &e : m_edges) {
        if (e.times.empty())
            continue;
        lo = lo ? std::min(lo, e.times.front()) : e.times.front();
        hi = std::max(hi, e.times.back());
    }
    return {lo, hi};
}

namespace {
UGraph visibleGraph(const LinkGraph &g, const GraphFilter &f)
{
    UGraph u(size_t(g.nodeCount()));
    for (int i = 0; i < g.edgeCount(); ++i)
        if (g.edgeVisible(i, f))
            boost::add_edge(size_t(g.edge(i).a), size_t(g.edge(i).b), u);
    return u;
}
} // namespace

std::vector<int> LinkGraph::shortestPath(int from, int to, const GraphFilter &f) const
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount())
        return {};
    if (from == to)
        return {from};
    const UGraph u = visibleGraph(*this, f);
    std::vector<size_t> pred(boost::num_vertices(u));
    for (size_t i = 0; i < pred.size(); ++i)
        pred[i] = i;
    boost::breadth_first_search(u, boost::vertex(size_t(from), u),
                                boost::visitor(boost::make_bfs_visitor(
                                    boost::record_predecessors(pred.data(), boost::on_tree_edge()))));
    if (pred[size_t(to)] == size_t(to))
        return {};
    std::vector<int> path{to};
    for (size_t v = size_t(to); v != size_t(from); v = pred[v])
        path.push_back(int(pred[v]));
    std::reverse(path.begin(), path.end());
    return path;
}

void LinkGraph::connections(int from, int to, int maxHops, const GraphFilter &f, std::vector<int> *nodes,
                            std::vector<int> *edges) const
{
    nodes->clear();
    edges->clear();
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount())
        return;
    // A node lies on a walk of at most maxHops between the two when its distances to both add up to
    // no more than that: two breadth-first searches instead of enumerating paths, which explodes.
    const UGraph u = visibleGraph(*this, f);
    const std::vector<int> ds = hops(u, from), dt = hops(u, to);
    if (ds[size_t(to)] < 0 || ds[size_t(to)] > maxHops)
        return;
    for (int v = 0; v < nodeCount(); ++v)
        if (ds[size_t(v)] >= 0 && dt[size_t(v)] >= 0 && ds[size_t(v)] + dt[size_t(v)] <= maxHops)
            nodes->push_back(v);
    for (int i = 0; i < edgeCount(); ++i) {
        if (!edgeVisible(i, f))
            continue;
        const size_t a = size_t(m_edges[size_t(i)].a), b = size_t(m_edges[size_t(i)].b);
        const auto on = [&](size_t x, size_t y) {
            return ds[x] >= 0 && dt[y] >= 0 && ds[x] + 1 + dt[y] <= maxHops;
        };
        if (on(a, b) || on(b, a))
            edges->push_back(i);
    }
}

QJsonObject LinkGraph::toJson(const GraphFilter &f) const
{
    QJsonArray nodes, edges;
    for (const Node &n : m_nodes) {
        QJsonObject o{{QStringLiteral("type"), nodeTypeName(n.type)},
                      {QStringLiteral("key"), n.key},
                      {QStringLiteral("label"), n.label},
                      {QStringLiteral("volume"), n.volume},
                      {QStringLiteral("x"), qRound(n.x * 10) / 10.0},
                      {QStringLiteral("y"), qRound(n.y * 10) / 10.0}};
        if (n.pinned)
            o.insert(QStringLiteral("pinned"), true);
        if (n.hidden)
            o.insert(QStringLiteral("hidden"), true);
        if (n.expanded)
            o.insert(QStringLiteral("expanded"), true);
        if (n.expandedFrom >= 0)
            o.insert(QStringLiteral("from"), n.expandedFrom);
        if (n.type == NodeType::Aggregate) {
            o.insert(QStringLiteral("members"), n.members);
            o.insert(QStringLiteral("aggregate_edge"), edgeTypeName(n.aggregateEdge));
        }
        nodes.append(o);
    }
    for (const Edge &e : m_edges) {
        QJsonObject o{{QStringLiteral("a"), e.a},
                      {QStringLiteral("b"), e.b},
                      {QStringLiteral("type"), edgeTypeName(e.type)},
                      {QStringLiteral("count"), e.count}};
        if (e.duration)
            o.insert(QStringLiteral("duration"), e.duration);
        if (!e.times.empty()) {
            // Deltas keep the saved state small: call times are close together.
            QJsonArray t;
            qint64 prev = 0;
            for (qint64 x : e.times) {
                t.append(double(x - prev));
                prev = x;
            }
            o.insert(QStringLiteral("times"), t);
        }
        edges.append(o);
    }
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("from"), double(f.from)},
                                               {QStringLiteral("to"), double(f.to)},
                                               {QStringLiteral("min_weight"), double(f.minWeight)},
                                               {QStringLiteral("types"), double(f.types)}}}};
}

bool LinkGraph::fromJson(const QJsonObject &o, LinkGraph *g, GraphFilter *f, QString *error)
{
    if (o.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("the saved chart has an unknown version");
        return false;
    }
    LinkGraph out;
    const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        bool ok = false;
        Node x;
        x.type = nodeTypeFromName(n.value(QStringLiteral("type")).toString(), &ok);
        x.key = n.value(QStringLiteral("key")).toString();
        if (!ok || x.key.isEmpty()) {
            *error = tr("the saved chart has a node without a known type or key");
            return false;
        }
        x.label = n.value(QStringLiteral("label")).toString();
        x.volume = n.value(QStringLiteral("volume")).toDouble();
        x.x = n.value(QStringLiteral("x")).toDouble();
        x.y = n.value(QStringLiteral("y")).toDouble();
        x.pinned = n.value(QStringLiteral("pinned")).toBool();
        x.hidden = n.value(QStringLiteral("hidden")).toBool();
        x.expanded = n.value(QStringLiteral("expanded")).toBool();
        x.expandedFrom = n.value(QStringLiteral("from")).toInt(-1);
        x.members = qint64(n.value(QStringLiteral("members")).toDouble());
        const QString ae = n.value(QStringLiteral("aggregate_edge")).toString();
        for (int t = 0; t < kEdgeTypeCount; ++t)
            if (ae == QLatin1String(kEdgeNames[t]))
                x.aggregateEdge = EdgeType(t);
        out.addNode(x);
    }
    const QJsonArray edges = o.value(QStringLiteral("edges")).toArray();
    for (const QJsonValue &v : edges) {
        const QJsonObject e = v.toObject();
        Edge x;
        x.a = e.value(QStringLiteral("a")).toInt(-1);
        x.b = e.value(QStringLiteral("b")).toInt(-1);
        if (x.a < 0 || x.b < 0 || x.a >= out.nodeCount() || x.b >= out.nodeCount()) {
            *error = tr("the saved chart has an edge to a node it does not hold");
            return false;
        }
        const QString t = e.value(QStringLiteral("type")).toString();
        for (int k = 0; k < kEdgeTypeCount; ++k)
            if (t == QLatin1String(kEdgeNames[k]))
                x.type = EdgeType(k);
        x.count = qint64(e.value(QStringLiteral("count")).toDouble());
        x.duration = qint64(e.value(QStringLiteral("duration")).toDouble());
        qint64 prev = 0;
        for (const QJsonValue &d : e.value(QStringLiteral("times")).toArray()) {
            prev += qint64(d.toDouble());
            x.times.push_back(prev);
        }
        out.addEdge(std::move(x));
    }
    const QJsonObject fo = o.value(QStringLiteral("filter")).toObject();
    f->from = qint64(fo.value(QStringLiteral("from")).toDouble());
    f->to = qint64(fo.value(QStringLiteral("to")).toDouble());
    f->minWeight = std::max<qint64>(1, qint64(fo.value(QStringLiteral("min_weight")).toDouble(1)));
    f->types = quint32(fo.value(QStringLiteral("types")).toDouble((1u << kNodeTypeCount) - 1));
    *g = std::move(out);
    return true;
}

} // namespace dt::graph
