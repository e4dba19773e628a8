#include "linkchartpage.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/database.h"
#include "graph/chartstore.h"
#include "graph/graphlayout.h"
#include "graph/linkgraphbuilder.h"
#include "linkchartitems.h"
#include "qcustomplotinclude.h"

#include <map>
#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dt::ui {

using graph::EdgeType;
using graph::GraphFilter;
using graph::LinkGraph;
using graph::LinkGraphBuilder;
using graph::NodeType;

namespace {
const QString kChartName = QStringLiteral("main");

QString typeLabel(NodeType t)
{
    switch (t) {
    case NodeType::Number:
        return LinkChartPage::tr("Numbers");
    case NodeType::Operator:
        return LinkChartPage::tr("Operators");
    case NodeType::LeakList:
        return LinkChartPage::tr("Leaked lists");
    case NodeType::Person:
        return LinkChartPage::tr("Persons");
    case NodeType::Device:
        return LinkChartPage::tr("Handsets (IMEI)");
    case NodeType::Cell:
        return LinkChartPage::tr("Cells");
    case NodeType::Aggregate:
        return LinkChartPage::tr("Aggregates");
    }
    return {};
}

QIcon swatch(NodeType t)
{
    QPixmap p(14, 14);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(nodeColor(t));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 12, 12);
    return QIcon(p);
}
} // namespace

LinkChartPage::LinkChartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("linkChartPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action = [this](const char *name) {
        auto *a = m_toolbar->addAction(QString());
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_overview = action("chartOverview");
    m_toolbar->addSeparator();
    m_expand = action("chartExpand");
    m_collapse = action("chartCollapse");
    m_hide = action("chartHide");
    m_showAll = action("chartShowAll");
    m_pin = action("chartPin");
    m_pin->setCheckable(true);
    m_toolbar->addSeparator();
    m_layout = action("chartLayout");
    m_layered = action("chartLayered");
    m_toolbar->addSeparator();
    m_path = action("chartPath");
    m_connections = action("chartConnections");
    m_toolbar->addSeparator();
    m_typesMenu = new QMenu(this);
    for (int t = 0; t < graph::kNodeTypeCount; ++t) {
        QAction *a = m_typesMenu->addAction(swatch(NodeType(t)), QString());
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, t](bool on) { setTypeShown(NodeType(t), on); });
        m_typeActions << a;
    }
    m_typesButton = new QToolButton(this);
    m_typesButton->setObjectName(QStringLiteral("chartTypes"));
    m_typesButton->setMenu(m_typesMenu);
    m_typesButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(m_typesButton);
    m_minWeightLabel = new QLabel(this);
    m_toolbar->addWidget(m_minWeightLabel);
    m_minWeight = new QSpinBox(this);
    m_minWeight->setObjectName(QStringLiteral("chartMinWeight"));
    m_minWeight->setRange(1, 100000);
    m_toolbar->addWidget(m_minWeight);
    m_toolbar->addSeparator();
    // Zooming is the wheel and +/-; the actions stay reachable from the keyboard.
    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    addAction(m_zoomIn);
    addAction(m_zoomOut);
    m_fit = action("chartFit");
    m_toolbar->addSeparator();
    m_export = action("chartExport");
    layout->addWidget(m_toolbar);

    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_view = new LinkChartView(this);
    m_view->setScene(m_scene);
    layout->addWidget(m_view, 1);

    // The timeline: calls per day on the chart; drag across it to set the time window.
    auto *timeRow = new QHBoxLayout;
    m_timeline = new QCustomPlot(this);
    m_timeline->setObjectName(QStringLiteral("chartTimeline"));
    m_timeline->setFixedHeight(110);
    m_timeline->setSelectionRectMode(QCP::srmCustom);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("MM-dd"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    m_timeline->xAxis->setTicker(ticker);
    m_timeline->yAxis->setTicks(false);
    m_timeline->axisRect()->setAutoMargins(QCP::msBottom | QCP::msLeft);
    m_timeline->axisRect()->setMargins(QMargins(8, 4, 8, 0));
    m_window = new QCPItemRect(m_timeline);
    m_window->setBrush(QColor(241, 196, 15, 70));
    m_window->setPen(QPen(QColor(230, 126, 34)));
    m_window->setVisible(false);
    connect(m_timeline->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &r, QMouseEvent *) {
                const double a = m_timeline->xAxis->pixelToCoord(r.left());
                const double b = m_timeline->xAxis->pixelToCoord(r.right());
                if (b - a >= 60)
                    setTimeWindow(qint64(a), qint64(b));
            });
    timeRow->addWidget(m_timeline, 1);
    auto *timeSide = new QVBoxLayout;
    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(QStringLiteral("chartWindow"));
    m_windowLabel->setWordWrap(true);
    auto *allTime = new QToolButton(this);
    m_allTime = new QAction(this);
    m_allTime->setObjectName(QStringLiteral("chartAllTime"));
    allTime->setDefaultAction(m_allTime);
    timeSide->addWidget(m_windowLabel);
    timeSide->addWidget(allTime);
    timeSide->addStretch();
    timeRow->addLayout(timeSide);
    layout->addLayout(timeRow);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("chartCancel"));
    m_cancel->setVisible(false);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);

    connect(m_overview, &QAction::triggered, this, &LinkChartPage::showOverview);
    connect(m_expand, &QAction::triggered, this, [this] {
        for (int n : selectedNodes()) {
            expandNode(n);
            break; // one at a time: each expansion lays the chart out again
        }
    });
    connect(m_collapse, &QAction::triggered, this, [this] {
        const auto sel = selectedNodes();
        if (!sel.empty())
            collapseNode(sel.front());
    });
    connect(m_hide, &QAction::triggered, this, [this] {
        for (int n : selectedNodes())
            setHidden(n, true);
    });
    connect(m_showAll, &QAction::triggered, this, &LinkChartPage::showAllHidden);
    connect(m_pin, &QAction::triggered, this, [this](bool on) {
        for (int n : selectedNodes())
            setPinned(n, on);
    });
    connect(m_layout, &QAction::triggered, this, [this] { relayout(false); });
    connect(m_layered, &QAction::triggered, this, [this] { relayout(true); });
    connect(m_path, &QAction::triggered, this, [this] {
        const auto sel = selectedNodes();
        if (sel.size() == 2 && !highlightPath(sel[0], sel[1]))
            m_status->setText(tr("These two are not connected on the chart (with the current filters)."));
    });
    connect(m_connections, &QAction::triggered, this, [this] {
        const auto sel = selectedNodes();
        if (sel.size() == 2 && highlightConnections(sel[0], sel[1]) == 0)
            m_status->setText(tr("No connection of four steps or fewer between these two on the chart."));
    });
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(m_fit, &QAction::triggered, this, &LinkChartPage::fitView);
    connect(m_export, &QAction::triggered, this, &LinkChartPage::exportDialog);
    connect(m_allTime, &QAction::triggered, this, [this] { setTimeWindow(0, 0); });
    connect(m_minWeight, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) { setMinWeight(v); });
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_cancelFlag = true; });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LinkChartPage::onSelectionChanged);
    connect(m_view, &LinkChartView::moved, this, [this](int i, QPointF p) {
        if (m_restoring || i < 0 || i >= m_graph.nodeCount())
            return;
        graph::Node &n = m_graph.node(i);
        n.x = p.x();
        n.y = p.y();
        if (!n.pinned) { // placed by hand: the next layout leaves it there
            n.pinned = true;
            m_nodeItems[size_t(i)]->setPinned(true);
        }
        for (int e : m_graph.incident(i))
            m_edgeItems[size_t(e)]->adjust();
        persist();
    });
    connect(m_view, &LinkChartView::nodeActivated, this, [this](int i) {
        const graph::Node &n = m_graph.node(i);
        if (n.type == NodeType::Aggregate || !n.expanded)
            expandNode(i);
        else
            Q_EMIT entityActivated(n.type, n.key);
    });
    connect(m_view, &LinkChartView::contextMenuForNode, this, &LinkChartPage::showNodeMenu);
    connect(m_view, &LinkChartView::labelsReadableChanged, this, &LinkChartPage::showLabels);
    connect(&m_watcher, &QFutureWatcher<Work>::finished, this, [this] {
        Work w = m_watcher.result();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        if (w.ok) {
            m_graph = std::move(w.graph);
            rebuildScene(true);
            persist();
        } else {
            m_status->setText(w.error.isEmpty() ? tr("%1 cancelled; the chart is as it was.").arg(m_working)
                                                : tr("%1 failed: %2").arg(m_working, w.error));
        }
        Q_EMIT workFinished(w.ok);
    });
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        m_saveTimer->start(); // flushSave() only writes while the timer is active
        flushSave();
    });
    auto *tick = new QTimer(this);
    tick->setInterval(150);
    connect(tick, &QTimer::timeout, this, [this] {
        if (!busy())
            return;
        const int done = m_done, total = m_total;
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
        QString eta;
        if (done > 0 && total > done) {
            const qint64 left = m_clock.elapsed() * (total - done) / done / 1000;
            eta = tr(", about %n s left", nullptr, int(left));
        }
        m_status->setText(tr("%1 …%2").arg(m_working, eta));
    });
    tick->start();
    retranslateUi();
}

LinkChartPage::~LinkChartPage()
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
    flushSave();
    // The scene outlives this destructor's body (it is a child): its last selection change must not
    // reach a half-destroyed page.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr);
}

void LinkChartPage::retranslateUi()
{
    m_overview->setText(tr("Overview"));
    m_overview->setToolTip(
        tr("Start again from the latest analysis: operators, their numbers, the lists they "
           "dialled and how the lists were resold"));
    m_expand->setText(tr("Expand"));
    m_expand->setToolTip(tr("Add the selected entity's neighbours (double-click does the same)"));
    m_collapse->setText(tr("Collapse"));
    m_hide->setText(tr("Hide"));
    m_showAll->setText(tr("Show hidden"));
    m_pin->setText(tr("Pin"));
    m_pin->setToolTip(tr("Pinned entities stay where they are when the chart is laid out again"));
    m_layout->setText(tr("Force layout"));
    m_layered->setText(tr("Layered layout"));
    m_layered->setToolTip(
        tr("Lists top-down along their resales, operators below, their numbers below those"));
    m_path->setText(tr("Shortest path"));
    m_path->setToolTip(tr("Select two entities (Ctrl+click)"));
    m_connections->setText(tr("All connections"));
    m_connections->setToolTip(
        tr("Every entity on a path of four steps or fewer between two selected entities"));
    m_typesButton->setText(tr("Types"));
    for (int t = 0; t < m_typeActions.size(); ++t)
        m_typeActions[t]->setText(typeLabel(NodeType(t)));
    m_minWeightLabel->setText(tr(" Min. calls "));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_fit->setText(tr("Fit"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG or SVG"));
    m_allTime->setText(tr("All time"));
    m_cancel->setText(tr("Cancel"));
    rebuildTimeline();
    m_view->setLegend(legend());
    updateStatus();
}

void LinkChartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LinkChartPage::setCase(CaseFile *cf)
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
    flushSave();
    m_case = cf;
    m_graph.clear();
    m_filter = GraphFilter();
    m_findings = QJsonObject();
    clearHighlight();
    if (!cf) {
        rebuildScene();
        return;
    }
    QString error;
    m_findings = analysis::Detector::latestFindings(*cf, &error);
    const QJsonObject saved = graph::ChartStore::load(cf->db(), kChartName, &error);
    LinkGraph g;
    GraphFilter f;
    if (!saved.isEmpty() && LinkGraph::fromJson(saved, &g, &f, &error)) {
        m_graph = std::move(g);
        m_filter = f;
        rebuildScene();
        return;
    }
    showOverview();
}

void LinkChartPage::run(std::function<bool(LinkGraph &, QString *)> job, const QString &what)
{
    if (!m_case || busy())
        return;
    m_cancelFlag = false;
    m_done = 0;
    m_total = 0;
    m_working = what;
    m_clock.start();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(what + QStringLiteral(" …"));
    m_watcher.setFuture(QtConcurrent::run([job, g = m_graph]() mutable {
        Work w;
        w.graph = std::move(g);
        w.ok = job(w.graph, &w.error);
        return w;
    }));
}

namespace {
/// Runs a builder step on a worker thread with its own read-only connection, then lays the chart out.
struct BuilderJob
{
    QString path;
    QJsonObject findings;
    GraphFilter filter;
    std::atomic_bool *cancel;
    std::atomic_int *done, *total;
    std::function<bool(LinkGraph &, LinkGraphBuilder &, QString *)> step;
    bool layered = false;
    bool fresh = false;
    bool operator()(LinkGraph &g, QString *error) const
    {
        if (step) {
            Database db;
            if (!db.open(path, Database::OpenMode::ReadOnly)) {
                *error = db.lastError();
                return false;
            }
            LinkGraphBuilder b(db, findings);
            if (!step(g, b, error))
                return false;
        }
        if (cancel->load())
            return false;
        if (layered) {
            graph::GraphLayout::layered(g, filter);
            return true;
        }
        auto *d = done;
        auto *t = total;
        graph::LayoutOptions o;
        o.fresh = fresh;
        return graph::GraphLayout::forceDirected(g, filter, o, cancel, [d, t](int x, int n) {
            *d = x;
            *t = n;
        });
    }
};
} // namespace

void LinkChartPage::showOverview()
{
    if (!m_case)
        return;
    clearHighlight();
    BuilderJob job{m_case->path(),
                   m_findings,
                   m_filter,
                   &m_cancelFlag,
                   &m_done,
                   &m_total,
                   [](LinkGraph &g, LinkGraphBuilder &b, QString *error) {
                       g.clear();
                       return b.overview(&g, error);
                   }};
    run(job, tr("Building the overview"));
}

void LinkChartPage::expandNode(int node)
{
    if (!m_case || node < 0 || node >= m_graph.nodeCount())
        return;
    const QString label = m_graph.node(node).label;
    BuilderJob job{
        m_case->path(),
        m_findings,
        m_filter,
        &m_cancelFlag,
        &m_done,
        &m_total,
        [node](LinkGraph &g, LinkGraphBuilder &b, QString *error) { return b.expand(&g, node, error); }};
    run(job, tr("Expanding %1").arg(label));
}

void LinkChartPage::collapseNode(int node)
{
    if (busy() || node < 0 || node >= m_graph.nodeCount())
        return;
    LinkGraphBuilder::collapse(&m_graph, node);
    clearHighlight();
    rebuildScene();
    persist();
}

void LinkChartPage::setHidden(int node, bool hidden)
{
    if (busy() || node < 0 || node >= m_graph.nodeCount())
        return;
    m_graph.node(node).hidden = hidden;
    applyFilter();
    persist();
}

void LinkChartPage::setPinned(int node, bool pinned)
{
    if (busy() || node < 0 || node >= m_graph.nodeCount())
        return;
    m_graph.node(node).pinned = pinned;
    m_nodeItems[size_t(node)]->setPinned(pinned);
    persist();
}

void LinkChartPage::showAllHidden()
{
    if (busy())
        return;
    for (int i = 0; i < m_graph.nodeCount(); ++i)
        m_graph.node(i).hidden = false;
    applyFilter();
    persist();
}

void LinkChartPage::relayout(bool layered)
{
    if (!m_case)
        return;
    BuilderJob job{m_case->path(), m_findings, m_filter, &m_cancelFlag, &m_done, &m_total, {}, layered, true};
    run(job, layered ? tr("Layered layout") : tr("Force-directed layout"));
}

void LinkChartPage::setTimeWindow(qint64 from, qint64 to)
{
    m_filter.from = from;
    m_filter.to = to;
    applyFilter();
    persist();
}

void LinkChartPage::setMinWeight(qint64 weight)
{
    m_filter.minWeight = std::max<qint64>(1, weight);
    if (m_minWeight->value() != m_filter.minWeight) {
        const QSignalBlocker block(m_minWeight);
        m_minWeight->setValue(int(m_filter.minWeight));
    }
    applyFilter();
    persist();
}

void LinkChartPage::setTypeShown(NodeType type, bool shown)
{
    if (shown)
        m_filter.types |= 1u << int(type);
    else
        m_filter.types &= ~(1u << int(type));
    QAction *a = m_typeActions.value(int(type));
    if (a && a->isChecked() != shown) {
        const QSignalBlocker block(a);
        a->setChecked(shown);
    }
    applyFilter();
    persist();
}

void LinkChartPage::showLabels(bool on)
{
    for (NodeItem *n : m_nodeItems)
        n->setLabelShown(on);
}

QVector<QPair<NodeType, QString>> LinkChartPage::legend() const
{
    quint32 present = 0;
    for (const graph::Node &n : m_graph.nodes())
        present |= 1u << int(n.type);
    QVector<QPair<NodeType, QString>> out;
    for (int t = 0; t < graph::kNodeTypeCount; ++t)
        if (present & (1u << t))
            out.push_back({NodeType(t), typeLabel(NodeType(t))});
    return out;
}

void LinkChartPage::fitView()
{
    // A hidden view has no size yet: fit when it is first shown.
    if (!m_view->isVisible() || m_view->viewport()->width() < 50) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    QRectF r;
    for (const NodeItem *n : m_nodeItems)
        if (n->isVisible())
            r |= n->sceneBoundingRect();
    if (r.isEmpty())
        return;
    m_view->fitInView(r.adjusted(-60, -40, 60, 60), Qt::KeepAspectRatio);
    // Never so close that a handful of nodes looks blown up.
    if (m_view->transform().m11() > 1.5)
        m_view->setTransform(QTransform::fromScale(1.5, 1.5));
    m_view->centerOn(r.center());
    showLabels(m_view->labelsReadable());
}

void LinkChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        QTimer::singleShot(0, this, &LinkChartPage::fitView);
}

void LinkChartPage::rebuildScene(bool fit)
{
    m_restoring = true;
    const bool first = m_nodeItems.empty();
    QSet<QString> selected;
    for (int n : selectedNodes())
        selected.insert(QString::number(int(m_graph.node(n).type)) + m_graph.node(n).key);
    {
        const QSignalBlocker block(m_scene);
        m_scene->clear();
    }
    m_nodeItems.clear();
    m_edgeItems.clear();
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        auto *item = new NodeItem(m_view, i, m_graph.node(i));
        item->setLabelShown(m_view->labelsReadable());
        m_scene->addItem(item);
        m_nodeItems.push_back(item);
    }
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        const graph::Edge &x = m_graph.edge(e);
        auto *item = new EdgeItem(e, m_nodeItems[size_t(x.a)], m_nodeItems[size_t(x.b)], x.type);
        m_scene->addItem(item);
        m_edgeItems.push_back(item);
    }
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
        if (selected.contains(QString::number(int(m_graph.node(i).type)) + m_graph.node(i).key))
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
    for (int e = 0; e < int(m_edgeItems.size()); ++e) {
        const bool on = m_graph.edgeVisible(e, m_filter);
        m_edgeItems[size_t(e)]->setVisible(on);
        if (on)
            m_edgeItems[size_t(e)]->setWeight(m_graph.weight(e, m_filter));
    }
    const bool window = m_filter.from || m_filter.to;
    m_window->setVisible(window);
    if (window) {
        const auto [lo, hi] = m_graph.timeSpan();
        m_window->topLeft->setCoords(double(m_filter.from ? m_filter.from : lo), 1e12);
        m_window->bottomRight->setCoords(double(m_filter.to ? m_filter.to : hi), -1e12);
        const auto fmt = [](qint64 t) {
            return t ? QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                     : QStringLiteral("…");
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
    std::map<qint64, double> perDay;
    for (const graph::Edge &e : m_graph.edges())
        for (qint64 t : e.times)
            perDay[t - t % 86400 + 43200] += 1;
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
    m_timeline->xAxis->setLabel(perDay.empty()
                                    ? tr("No calls on the chart yet: expand a number to see when it called")
                                    : tr("Calls per day on the chart — drag to choose a time window"));
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
    if (sel.size() == 1) {
        const QSignalBlocker block(m_pin);
        m_pin->setChecked(m_graph.node(sel.front()).pinned);
        const graph::Node &n = m_graph.node(sel.front());
        if (!m_restoring && n.type != NodeType::Aggregate)
            Q_EMIT entitySelected(n.type, n.key);
    }
    updateStatus();
}

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
    for (NodeItem *n : m_nodeItems)
        n->setDimmed(!m_highlightNodes.contains(n->index()));
    for (EdgeItem *e : m_edgeItems)
        e->setDimmed(!m_highlightEdges.contains(e->index()));
    for (int n : std::as_const(m_highlightNodes))
        m_nodeItems[size_t(n)]->setHighlighted(true);
    for (int e : std::as_const(m_highlightEdges))
        m_edgeItems[size_t(e)]->setHighlighted(true);
    m_status->setText(tr("Shortest path: %n step(s).", nullptr, int(path.size()) - 1));
    return true;
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
    for (NodeItem *n : m_nodeItems) {
        n->setDimmed(!m_highlightNodes.contains(n->index()));
        n->setHighlighted(m_highlightNodes.contains(n->index()));
    }
    for (EdgeItem *e : m_edgeItems) {
        e->setDimmed(!m_highlightEdges.contains(e->index()));
        e->setHighlighted(m_highlightEdges.contains(e->index()));
    }
    m_status->setText(
        tr("%n entities connect these two in %1 steps or fewer.", nullptr, int(nodes.size())).arg(maxHops));
    return int(nodes.size());
}

void LinkChartPage::clearHighlight()
{
    for (int n : std::as_const(m_highlightNodes))
        if (size_t(n) < m_nodeItems.size())
            m_nodeItems[size_t(n)]->setHighlighted(false);
    for (int e : std::as_const(m_highlightEdges))
        if (size_t(e) < m_edgeItems.size())
            m_edgeItems[size_t(e)]->setHighlighted(false);
    for (NodeItem *n : m_nodeItems)
        n->setDimmed(false);
    for (EdgeItem *e : m_edgeItems)
        e->setDimmed(false);
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

bool LinkChartPage::exportImage(const QString &path, QString *error)
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (r.isEmpty()) {
        *error = tr("the chart is empty");
        return false;
    }
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    bool ok = true;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(r.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
        svg.setTitle(tr("DialTrace link chart"));
        svg.setDescription(m_case ? m_case->title() : QString());
        QPainter p;
        ok = p.begin(&svg);
        if (ok) {
            m_scene->render(&p, QRectF(QPointF(0, 0), r.size()), r);
            drawLegend(&p, QPointF(10, 10), legend());
            ok = p.end();
        }
    } else {
        // Twice the scene's resolution, bounded so a huge chart stays a reasonable file.
        const double scale = std::min(2.0, 8000.0 / std::max(r.width(), r.height()));
        QImage img((r.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&p, QRectF(QPointF(0, 0), img.size()), r);
        p.resetTransform();
        drawLegend(&p, QPointF(10, 10), legend());
        p.end();
        ok = img.save(path, "PNG");
    }
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
    if (!ok)
        *error = tr("%1: could not be written").arg(path);
    return ok;
}

void LinkChartPage::exportDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Link Chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    m_status->setText(exportImage(target, &error) ? tr("Saved %1").arg(target) : error);
}

bool LinkChartPage::saveState(QString *error)
{
    if (!m_case) {
        *error = tr("no case is open");
        return false;
    }
    if (m_case->db().isReadOnly()) {
        *error = tr("the case is open read-only; the chart is not saved");
        return false;
    }
    return graph::ChartStore::save(m_case->db(), kChartName, m_graph.toJson(m_filter), error);
}

void LinkChartPage::persist()
{
    // Debounced: dragging or filtering writes once when the analyst pauses, not at every step.
    if (m_case && !m_case->db().isReadOnly())
        m_saveTimer->start();
}

void LinkChartPage::flushSave()
{
    if (!m_saveTimer->isActive())
        return;
    m_saveTimer->stop();
    QString error;
    if (m_case && !saveState(&error))
        m_status->setText(tr("The chart could not be saved in the case: %1").arg(error));
}

void LinkChartPage::updateStatus()
{
    if (busy())
        return;
    int edges = 0;
    for (const EdgeItem *e : m_edgeItems)
        edges += e->isVisible();
    m_status->setText(tr("%1 of %2 entities and %3 of %4 links shown; %5 selected.")
                          .arg(visibleNodeCount())
                          .arg(m_graph.nodeCount())
                          .arg(edges)
                          .arg(m_graph.edgeCount())
                          .arg(selectedNodes().size()));
}

} // namespace dt::ui
