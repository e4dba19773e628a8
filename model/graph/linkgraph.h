#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace dt::graph {

/// What a node of the link chart stands for.
enum class NodeType : quint8 { Number, Operator, LeakList, Person, Device, Cell, Aggregate };
constexpr int kNodeTypeCount = 7;

/// What an edge of the link chart stands for.
enum class EdgeType : quint8 {
    Call,       ///< calls between two numbers (count, total duration, start times)
    Member,     ///< an operator runs this number
    Leak,       ///< an operator's victims came from this list (victims in it)
    Lineage,    ///< a list was resold into another (parent → child, shared records)
    DeviceUse,  ///< a number called from this handset (IMEI)
    CellUse,    ///< a number was seen in this cell
    Listed,     ///< a number or a person appears in a list
    PersonPhone ///< a person of a list owns this number
};
constexpr int kEdgeTypeCount = 8;

QString nodeTypeName(NodeType t); ///< stable: "number", "operator", "leak_list", …
NodeType nodeTypeFromName(const QString &name, bool *ok = nullptr);
QString edgeTypeName(EdgeType t);

struct Node
{
    NodeType type = NodeType::Number;
    QString key;   ///< identity within the type: E.164 number, operator id, list name, IMEI, cell, person id
    QString label; ///< shown text
    double volume = 0; ///< calls, victims or records: sizes the node
    double x = 0, y = 0;
    bool pinned = false, hidden = false, expanded = false;
    int expandedFrom = -1; ///< the node whose expansion brought this one in (collapse removes it), -1: seed
    // Aggregate nodes: the hidden neighbours of expandedFrom, opened on demand.
    qint64 members = 0;
    EdgeType aggregateEdge = EdgeType::Call;
};

struct Edge
{
    int a = -1, b = -1; ///< a → b for directed kinds (caller → callee, parent → child, operator → number)
    EdgeType type = EdgeType::Call;
    qint64 count = 0;          ///< calls, shared records, victims …
    qint64 duration = 0;       ///< call edges: total seconds
    std::vector<qint64> times; ///< call edges: start times (UTC seconds), sorted
};

/// What the chart shows of its graph: a time window over calls, a minimum weight, node types.
struct GraphFilter
{
    qint64 from = 0, to = 0;                    ///< UTC seconds, inclusive start, exclusive end; 0: open
    qint64 minWeight = 1;                       ///< call edges with fewer calls (in the window) are not shown
    quint32 types = (1u << kNodeTypeCount) - 1; ///< bit per NodeType
    bool typeShown(NodeType t) const { return (types >> int(t)) & 1u; }
    bool operator==(const GraphFilter &o) const
    {
        return from == o.from && to == o.to && minWeight == o.minWeight && types == o.types;
    }
};

/**
 * The link chart's graph: entities of a case (numbers, operators, leaked lists, persons, handsets,
 * cells) and the relations between them, grown by expanding nodes. Plain data, no widgets; the
 * builder (linkgraphbuilder.h) fills it from a case, the layouts (graphlayout.h) place it, the
 * chart draws it. Nodes are never reindexed while they live: removing marks them and compact()
 * rebuilds the indices.
 */
class LinkGraph
{
    Q_DECLARE_TR_FUNCTIONS(dt::graph::LinkGraph)
public:
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    Node &node(int i) { return m_nodes[size_t(i)]; }
    const Edge &edge(int i) const { return m_edges[size_t(i)]; }
    Edge &edge(int i) { return m_edges[size_t(i)]; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }

    /// The node of @p type and @p key, or -1.
    int find(NodeType type, const QString &key) const;
    /// Adds the node unless it exists; returns its index either way.
    int addNode(const Node &n, bool *added = nullptr);
    /// Adds an edge, or merges it into the existing edge of the same type between a and b
    /// (counts and durations add, times merge).
    int addEdge(Edge e);
    /// The edge of @p type from @p a to @p b, or -1.
    int findEdge(int a, int b, EdgeType type) const { return m_edgeIndex.value(pairKey(a, b, type), -1); }
    /// Edges touching @p node.
    const std::vector<int> &incident(int node) const { return m_adj[size_t(node)]; }
    /// Removes the nodes in @p remove (indices) and their edges; indices of the others shift down.
    void removeNodes(std::vector<int> remove);
    void clear();

    /// Calls of a call edge inside the filter's window (the edge's count for other kinds).
    qint64 weight(int edge, const GraphFilter &f) const;
    bool edgeVisible(int edge, const GraphFilter &f) const;
    /// A node is shown when its type is shown, it is not hidden, and when the filter has a time
    /// window or a minimum weight, a number keeps at least one visible edge.
    bool nodeVisible(int node, const GraphFilter &f) const;
    /// Earliest and latest call time on the chart's call edges (0, 0 when none).
    std::pair<qint64, qint64> timeSpan() const;

    /// The fewest-hops path between two nodes over visible edges (Boost.Graph breadth-first search);
    /// empty when they are not connected.
    std::vector<int> shortestPath(int from, int to, const GraphFilter &f) const;
    /// Every node and edge on a simple path of at most @p maxHops between two nodes ("all
    /// connections"), over visible edges.
    void connections(int from, int to, int maxHops, const GraphFilter &f, std::vector<int> *nodes,
                     std::vector<int> *edges) const;

    /// The chart's state (nodes with positions, pins and hidden flags, edges, filter) as JSON,
    /// so a case can hold it and a reopened chart looks the same.
    QJsonObject toJson(const GraphFilter &f) const;
    static bool fromJson(const QJsonObject &o, LinkGraph *g, GraphFilter *f, QString *error);

private:
    static quint64 pairKey(int a, int b, EdgeType t);
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    QHash<QString, int> m_index;         ///< "type:key" → node
    QHash<quint64, int> m_edgeIndex;     ///< (a, b, type) → edge
    std::vector<std::vector<int>> m_adj; ///< node → its edges
};

} // namespace dt::graph
