#include "linkchartpage.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/database.h"
#include "casequery.h"
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
    m_common = action("chartCommonContacts");
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
    m_exportMenu = new QMenu(this);
    m_exportShown = m_exportMenu->addAction(QString());
    m_exportShown->setObjectName(QStringLiteral("chartExportShown"));
    m_exportRun = m_exportMenu->addAction(QString());
    m_exportRun->setObjectName(QStringLiteral("chartExportRun"));
    m_export->setMenu(m_exportMenu);
    if (auto *b = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(m_export)))
        b->setPopupMode(QToolButton::MenuButtonPopup);
    m_print = action("chartPrint");
    m_printMenu = new QMenu(this);
    m_printPreview = m_printMenu->addAction(QString());
    m_printPreview->setObjectName(QStringLiteral("chartPrintPreview"));
    m_printTiled = m_printMenu->addAction(QString());
    m_printTiled->setObjectName(QStringLiteral("chartPrintTiled"));
    m_printTiled->setCheckable(true);
    m_print->setMenu(m_printMenu);
    if (auto *b = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(m_print)))
        b->setPopupMode(QToolButton::MenuButtonPopup);
    layout->addWidget(m_toolbar);

    m_scene = new QGraphicsScene(this);
    // No BSP tree: building it over tens of thousands of nodes blocks the GUI thread on the first
    // frame after a rebuild, and a linear walk over the items is as fast for every frame
    // (bench_workspace measures both).
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
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
    createViewsUi(statusRow);
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
    connect(m_common, &QAction::triggered, this, [this] { findCommonContacts(selectedNodes()); });
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(m_fit, &QAction::triggered, this, &LinkChartPage::fitView);
    connect(m_export, &QAction::triggered, this, [this] { exportDialog(false); });
    connect(m_exportShown, &QAction::triggered, this, [this] { exportDialog(false); });
    connect(m_exportRun, &QAction::triggered, this, [this] { exportDialog(true); });
    connect(m_print, &QAction::triggered, this, [this] { printDialog(false); });
    connect(m_printPreview, &QAction::triggered, this, [this] { printDialog(true); });
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
        m_edges->nodeMoved(i, p);
        m_view->labelsChanged();
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
    m_common->setText(tr("Common contacts"));
    m_common->setToolTip(tr("The numbers two or more selected numbers or operators all called or were called "
                            "by (Ctrl+click to select)"));
    m_typesButton->setText(tr("Types"));
    for (int t = 0; t < m_typeActions.size(); ++t)
        m_typeActions[t]->setText(typeLabel(NodeType(t)));
    m_minWeightLabel->setText(tr(" Min. calls "));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_fit->setText(tr("Fit"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as a picture (PNG, SVG) or for i2 Analyst's Notebook, Gephi, "
                            "yEd or a spreadsheet"));
    retranslateViews();
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print what the chart shows, headed by the case and the date"));
    m_printPreview->setText(tr("Print Preview…"));
    m_printTiled->setText(tr("Tile Across Pages (Two Wide)"));
    m_exportShown->setText(tr("What the Chart Shows…"));
    m_exportRun->setText(tr("The Whole Latest Run…"));
    m_exportRun->setToolTip(tr("Every operator of the latest analysis with its numbers expanded, for i2 "
                               "Analyst's Notebook, Gephi, yEd or a spreadsheet"));
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
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [job, g = m_graph]() mutable {
        backgroundPriority();
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
    std::shared_ptr<const analysis::Findings> findings;
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
}

void LinkChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        QTimer::singleShot(0, this, &LinkChartPage::fitView);
}

void LinkChartPage::updateStatus()
{
    if (busy())
        return;
    const int edges = m_edges ? m_edges->shownCount() : 0;
    m_status->setText(tr("%1 of %2 entities and %3 of %4 links shown; %5 selected.")
                          .arg(visibleNodeCount())
                          .arg(m_graph.nodeCount())
                          .arg(edges)
                          .arg(m_graph.edgeCount())
                          .arg(selectedNodes().size()));
}

} // namespace dt::ui
