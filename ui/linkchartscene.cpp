// The link chart page: its scene (items for the graph, filters applied, the timeline) and its selection.
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
#include <QTimeZone>

namespace dt::ui {

using graph::EdgeType;
using graph::GraphFilter;
using graph::LinkGraph;
using graph::LinkGraphBuilder;
using graph::NodeType;

void LinkChartPage::rebuildScene(bool fit)
{
    m_restoring = true;
    const bool first = m_nodeItems.empty();
    // By entity, not index: m_graph may be another graph than the items show (a finished job's, or
    // none when the case closed), and its indexes need not match theirs.
    QSet<QString> selected;
    for (QGraphicsItem *i : m_scene->selectedItems())
        if (auto *n = dynamic_cast<NodeItem *>(i))
            selected.insert(n->identity());
    {
        const QSignalBlocker block(m_scene);
        m_scene->clear();
    }
    m_nodeItems.clear();
    m_edges = nullptr;
    m_view->setMarked({});
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        auto *item = new NodeItem(m_view, i, m_graph.node(i));
        m_scene->addItem(item);
        m_nodeItems.push_back(item);
    }
    m_edges = new EdgeLayer(m_nodeItems, m_graph.edges());
    m_scene->addItem(m_edges);
    m_highlightNodes.clear();
    m_highlightEdges.clear();
    {
        const QSignalBlocker block(m_minWeight);
        m_minWeight->setValue(int(m_filter.minWeight));
    }
    for (int t = 0; t < m_typeActions.size(); ++t) {
        const QSignalBlocker block(m_typeActions[t]);
        m_typeActions[t]->setChecked(m_filter.typeShown(NodeType(t)));
    }
    applyFilter();
    for (int i = 0; i < m_graph.nodeCount(); ++i)
        if (selected.contains(identityOf(m_graph.node(i))))
            m_nodeItems[size_t(i)]->setSelected(true);
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-400, -400, 400, 400));
    m_view->setLegend(legend());
    if (first || fit)
        fitView();
    rebuildTimeline();
    m_restoring = false;
}

void LinkChartPage::applyFilter()
{
    for (int i = 0; i < int(m_nodeItems.size()); ++i)
        m_nodeItems[size_t(i)]->setVisible(m_graph.nodeVisible(i, m_filter));
    if (m_edges) {
        for (int e = 0; e < m_edges->count(); ++e) {
            const bool on = m_graph.edgeVisible(e, m_filter);
            m_edges->setShown(e, on, on ? m_graph.weight(e, m_filter) : 0);
        }
        m_edges->update();
    }
    const bool window = m_filter.from || m_filter.to;
    m_window->setVisible(window);
    if (window) {
        const auto [lo, hi] = m_graph.timeSpan();
        m_window->topLeft->setCoords(double(m_filter.from ? m_filter.from : lo), 1e12);
        m_window->bottomRight->setCoords(double(m_filter.to ? m_filter.to : hi), -1e12);
        const CaseClock clock = m_case ? m_case->clock() : CaseClock();
        const auto fmt = [&clock](qint64 t) {
            return t ? clock.stamp(t, CaseClock::Precision::Minutes) : QStringLiteral("…");
        };
        m_windowLabel->setText(tr("Window:\n%1\n– %2").arg(fmt(m_filter.from), fmt(m_filter.to)));
    } else {
        m_windowLabel->setText(tr("Window:\nall time"));
    }
    m_timeline->replot();
    updateStatus();
}

void LinkChartPage::rebuildTimeline()
{
    m_timeline->clearPlottables();
    // Days of the case's zone, and the axis's dates in it too.
    const CaseClock clock = m_case ? m_case->clock() : CaseClock();
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(m_timeline->xAxis->ticker()))
        ticker->setTimeZone(clock.isValid() ? QTimeZone(clock.zone().toUtf8()) : QTimeZone::utc());
    std::map<qint64, double> perLocalDay, perDay;
    for (const graph::Edge &e : m_graph.edges())
        for (qint64 t : e.times)
            perLocalDay[clock.localDay(t)] += 1;
    for (const auto &[day, n] : perLocalDay) // a bar at the middle of its day
        perDay[clock.startOfDay(CaseClock::dateOfDay(day)) + 43200] = n;
    auto *bars = new QCPBars(m_timeline->xAxis, m_timeline->yAxis);
    bars->setWidth(86400 * 0.8);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x5d, 0x7f, 0xa3));
    double most = 1;
    for (const auto &[day, n] : perDay) {
        bars->addData(double(day), n);
        most = std::max(most, n);
    }
    m_timeline->xAxis->setTicks(!perDay.empty());
    m_timeline->xAxis->setTickLabels(!perDay.empty());
    m_timeline->xAxis->setLabel(
        perDay.empty()
            ? tr("No calls on the chart yet: expand a number to see when it called")
            : tr("Calls per day on the chart (%1) — drag to choose a time window").arg(clock.label()));
    if (!perDay.empty())
        m_timeline->xAxis->setRange(double(perDay.begin()->first - 86400),
                                    double(perDay.rbegin()->first + 86400));
    m_timeline->yAxis->setRange(0, most * 1.1);
    m_timeline->replot();
}

std::vector<int> LinkChartPage::selectedNodes() const
{
    std::vector<int> out;
    for (QGraphicsItem *i : m_scene->selectedItems())
        if (auto *n = dynamic_cast<NodeItem *>(i))
            out.push_back(n->index());
    std::sort(out.begin(), out.end());
    return out;
}

int LinkChartPage::visibleNodeCount() const
{
    int n = 0;
    for (const NodeItem *i : m_nodeItems)
        n += i->isVisible();
    return n;
}

void LinkChartPage::onSelectionChanged()
{
    const auto sel = selectedNodes();
    m_expand->setEnabled(sel.size() == 1);
    m_collapse->setEnabled(sel.size() == 1);
    m_hide->setEnabled(!sel.empty());
    m_pin->setEnabled(!sel.empty());
    m_path->setEnabled(sel.size() == 2);
    m_connections->setEnabled(sel.size() == 2);
    m_common->setEnabled(sel.size() >= 2 && std::all_of(sel.begin(), sel.end(), [this](int n) {
                             const NodeType t = m_graph.node(n).type;
                             return t == NodeType::Number || t == NodeType::Operator;
                         }));
    if (sel.size() == 1) {
        const QSignalBlocker block(m_pin);
        m_pin->setChecked(m_graph.node(sel.front()).pinned);
        const graph::Node &n = m_graph.node(sel.front());
        if (!m_restoring && n.type != NodeType::Aggregate)
            Q_EMIT entitySelected(n.type, n.key);
    }
    updateStatus();
}

} // namespace dt::ui
