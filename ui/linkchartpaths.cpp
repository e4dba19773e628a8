// The link chart page: paths and connections between two entities, entities picked elsewhere, the node menu.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "graph/chartstore.h"
#include "graph/linkgraphbuilder.h"
#include "linkchartitems.h"
#include "linkchartpage.h"
#include "qcustomplotinclude.h"

#include <map>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTimer>

namespace dt::ui {

using graph::EdgeType;
using graph::GraphFilter;
using graph::LinkGraph;
using graph::LinkGraphBuilder;
using graph::NodeType;

bool LinkChartPage::highlightPath(int from, int to)
{
    clearHighlight();
    const std::vector<int> path = m_graph.shortestPath(from, to, m_filter);
    if (path.empty())
        return false;
    for (size_t i = 0; i < path.size(); ++i) {
        m_highlightNodes << path[i];
        if (i + 1 < path.size()) {
            int e = -1;
            for (int x : m_graph.incident(path[i]))
                if (m_graph.edge(x).a == path[i + 1] || m_graph.edge(x).b == path[i + 1])
                    e = m_graph.edgeVisible(x, m_filter) ? x : e;
            if (e >= 0)
                m_highlightEdges << e;
        }
    }
    applyHighlight();
    m_status->setText(tr("Shortest path: %n step(s).", nullptr, int(path.size()) - 1));
    return true;
}

void LinkChartPage::applyHighlight()
{
    // Masks, not list lookups: a chart of 20,000 items would make those quadratic.
    std::vector<char> node(m_nodeItems.size(), 0), edge(size_t(m_edges ? m_edges->count() : 0), 0);
    for (int n : std::as_const(m_highlightNodes))
        node[size_t(n)] = 1;
    for (int e : std::as_const(m_highlightEdges))
        edge[size_t(e)] = 1;
    QVector<NodeItem *> marked;
    for (size_t i = 0; i < m_nodeItems.size(); ++i) {
        m_nodeItems[i]->setDimmed(!node[i]);
        m_nodeItems[i]->setHighlighted(node[i]);
        if (node[i])
            marked.push_back(m_nodeItems[i]);
    }
    for (size_t i = 0; i < edge.size(); ++i) {
        m_edges->setDimmed(int(i), !edge[i]);
        m_edges->setHighlighted(int(i), edge[i]);
    }
    if (m_edges)
        m_edges->update();
    m_view->setMarked(marked);
}

int LinkChartPage::highlightConnections(int from, int to, int maxHops)
{
    clearHighlight();
    std::vector<int> nodes, edges;
    m_graph.connections(from, to, maxHops, m_filter, &nodes, &edges);
    if (nodes.empty())
        return 0;
    for (int n : nodes)
        m_highlightNodes << n;
    for (int e : edges)
        m_highlightEdges << e;
    applyHighlight();
    m_status->setText(
        tr("%n entities connect these two in %1 steps or fewer.", nullptr, int(nodes.size())).arg(maxHops));
    return int(nodes.size());
}

void LinkChartPage::clearHighlight()
{
    for (int n : std::as_const(m_highlightNodes))
        if (size_t(n) < m_nodeItems.size())
            m_nodeItems[size_t(n)]->setHighlighted(false);
    for (NodeItem *n : m_nodeItems)
        n->setDimmed(false);
    if (m_edges) {
        for (int e = 0; e < m_edges->count(); ++e) {
            m_edges->setHighlighted(e, false);
            m_edges->setDimmed(e, false);
        }
        m_edges->update();
    }
    m_view->setMarked({});
    m_highlightNodes.clear();
    m_highlightEdges.clear();
}

bool LinkChartPage::selectEntity(NodeType type, const QString &key)
{
    if (!m_case)
        return false;
    int n = m_graph.find(type, key);
    if (n < 0) {
        if (busy())
            return false;
        // A cheap step on the GUI thread: one lookup, one node, placed beside the chart.
        QString error;
        LinkGraphBuilder b(m_case->db(), m_findings);
        n = b.ensure(&m_graph, type, key, &error);
        if (n < 0) {
            m_status->setText(error);
            return false;
        }
        const QRectF r = m_scene->itemsBoundingRect();
        m_graph.node(n).x = r.right() + 60;
        m_graph.node(n).y = r.center().y();
        rebuildScene();
        persist();
    }
    if (!m_graph.nodeVisible(n, m_filter)) {
        m_graph.node(n).hidden = false;
        m_filter.types |= 1u << int(type);
        applyFilter();
    }
    m_restoring = true; // do not echo the selection back to where it came from
    m_scene->clearSelection();
    m_nodeItems[size_t(n)]->setSelected(true);
    m_restoring = false;
    m_view->centerOn(m_nodeItems[size_t(n)]);
    return true;
}

void LinkChartPage::showNodeMenu(int node, QPoint globalPos)
{
    const graph::Node &n = m_graph.node(node);
    QMenu menu(this);
    if (n.type == NodeType::Aggregate)
        menu.addAction(tr("Open (%n member(s))", nullptr, int(n.members)), this,
                       [this, node] { expandNode(node); });
    else
        menu.addAction(tr("Expand"), this, [this, node] { expandNode(node); });
    menu.addAction(tr("Collapse"), this, [this, node] { collapseNode(node); });
    menu.addAction(tr("Hide"), this, [this] {
        for (int x : selectedNodes())
            setHidden(x, true);
    });
    menu.addAction(n.pinned ? tr("Unpin") : tr("Pin"), this,
                   [this, node, pinned = n.pinned] { setPinned(node, !pinned); });
    if (n.type != NodeType::Aggregate)
        menu.addAction(tr("Show details"), this, [this, node] {
            Q_EMIT entityActivated(m_graph.node(node).type, m_graph.node(node).key);
        });
    const auto sel = selectedNodes();
    if (sel.size() == 2) {
        menu.addSeparator();
        menu.addAction(m_path);
        menu.addAction(m_connections);
    }
    menu.exec(globalPos);
}

} // namespace dt::ui
