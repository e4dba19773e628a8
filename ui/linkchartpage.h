#pragma once
#include "analysis/findings.h"
#include "chartcaption.h"
#include "graph/linkgraph.h"

#include <atomic>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

class QAction;
class QComboBox;
class QCustomPlot;
class QDialog;
class QHBoxLayout;
class QIODevice;
class QPrinter;
class QCPItemRect;
class QGraphicsScene;
class QLabel;
class QMenu;
class QProgressBar;
class QSpinBox;
class QTimer;
class QToolBar;
class QToolButton;

namespace dt {
class CaseFile;
}

namespace dt::analysis {
class CommonContactsModel;
struct CommonContactsResult;
} // namespace dt::analysis

namespace dt::ui {

class LinkChartView;
class NodeItem;
class EdgeLayer;

/**
 * The link chart: numbers, operators, leaked lists, persons, handsets and cells of the case and
 * how they connect. Starts from the latest run's overview; the analyst expands, collapses, hides,
 * pins, filters by a time window (dragged on the timeline below), minimum weight and node type,
 * finds the shortest path or every connection between two selected entities, and exports PNG or
 * SVG. Expansions and layouts run off the GUI thread (progress, cancel); the state is saved in the
 * case and restored when it is reopened.
 */
class LinkChartPage : public QWidget
{
    Q_OBJECT
public:
    explicit LinkChartPage(QWidget *parent = nullptr);
    ~LinkChartPage() override;

    /// Shows @p cf's saved chart; without one, the overview is built when the findings come.
    void setCase(CaseFile *cf);
    /// The latest run's findings (null: no run yet), what the overview and expansions start from;
    /// shared with the builders on worker threads, never changed.
    void setFindings(std::shared_ptr<const analysis::Findings> findings);
    /// Rebuilds the overview from the latest analysis run (drops the current chart).
    void showOverview();
    /// Expands @p node off the GUI thread (busy() until done).
    void expandNode(int node);
    void collapseNode(int node);
    void setHidden(int node, bool hidden);
    void setPinned(int node, bool pinned);
    void showAllHidden();
    /// Re-runs the force-directed (or layered) layout off the GUI thread.
    void relayout(bool layered = false);
    /// Shows only calls in [from, to) (UTC seconds; 0 = open).
    void setTimeWindow(qint64 from, qint64 to);
    void setMinWeight(qint64 weight);
    void setTypeShown(graph::NodeType type, bool shown);
    /// Highlights the shortest path between two nodes; false when there is none.
    bool highlightPath(int from, int to);
    /// Highlights every connection of at most @p maxHops between two nodes; the number of nodes on them.
    int highlightConnections(int from, int to, int maxHops = 4);
    void clearHighlight();
    /// Common contacts of two or more number or operator @p nodes: found off the GUI thread, put
    /// on the chart with their calls, highlighted and listed (commonContactsModel()). False when the
    /// nodes are not two or more numbers or operators, or the chart is busy.
    bool findCommonContacts(const std::vector<int> &nodes);
    analysis::CommonContactsModel *commonContactsModel() const { return m_commonModel; }
    QDialog *commonContactsDialog() const { return m_commonDialog; }
    /// Puts an entity picked elsewhere on the chart (when the case has it), selects and centres it.
    bool selectEntity(graph::NodeType type, const QString &key);
    bool exportImage(const QString &path, QString *error); ///< .png or .svg by suffix
    /// The band an exported picture carries: the chart, the case, the calls shown, the export time.
    ChartCaption exportCaption() const;
    /// Prints what the chart shows onto @p printer: scaled onto one page (@p across 1), or @p across
    /// pages wide and as many down as needed; each page headed by the title, the case and the date.
    /// Returns the pages printed.
    int printChart(QPrinter *printer, int across = 1);
    /// Exports as @p format ("png", "svg" or an export writer's name: "anx", "graphml", "gexf",
    /// "csv") to @p path: what the chart shows, or with @p wholeRun the whole latest run (data formats
    /// only). Data exports are recorded in the case's audit log with their SHA-256.
    bool exportAs(const QString &format, const QString &path, bool wholeRun, QString *error);
    bool saveState(QString *error);
    /// Zooms to show every visible entity.
    void fitView();
    /// Writes a pending (debounced) save now; the main window calls it before the case closes.
    void flushSave();

    /// Saved views: several named charts per case (entities, places, filters, time window).
    QStringList viewNames() const;
    QString currentView() const { return m_viewName; }
    /// Shows view @p name (the current chart is saved first) and makes it the one the case opens on.
    bool switchView(const QString &name, QString *error);
    /// A new view named @p name, starting from the latest run's overview.
    bool newView(const QString &name, QString *error);
    /// A copy of the current view named @p name, to try a variant; it becomes the one shown.
    bool duplicateView(const QString &name, QString *error);
    bool renameView(const QString &name, QString *error);
    /// Deletes the current view and shows the first remaining one (the last view cannot be deleted).
    bool deleteView(QString *error);

    bool busy() const { return m_watcher.isRunning(); }
    const graph::LinkGraph &graph() const { return m_graph; }
    const graph::GraphFilter &filter() const { return m_filter; }
    LinkChartView *view() const { return m_view; }
    QGraphicsScene *scene() const { return m_scene; }
    std::vector<int> selectedNodes() const;
    int visibleNodeCount() const;
    QList<int> highlightedNodes() const { return m_highlightNodes; }
    QCustomPlot *timeline() const { return m_timeline; }

Q_SIGNALS:
    /// The analyst selected an entity on the chart.
    void entitySelected(graph::NodeType type, const QString &key);
    /// Double-click on a number, or "Details" in the menu: show it in the details panel.
    void entityActivated(graph::NodeType type, const QString &key);
    void workFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Work
    {
        bool ok = false;
        QString error;
        graph::LinkGraph graph;
    };
    void retranslateUi();
    void run(std::function<bool(graph::LinkGraph &, QString *)> job, const QString &what);
    void rebuildScene(bool fit = false);
    void applyFilter();
    void rebuildTimeline();
    void onSelectionChanged();
    void showNodeMenu(int node, QPoint globalPos);
    void exportDialog(bool wholeRun);
    void persist();
    void updateStatus();
    /// Dims everything but m_highlightNodes / m_highlightEdges, which are drawn highlighted.
    void applyHighlight();
    void showCommonContacts(const analysis::CommonContactsResult &r);
    /// The chart's region @p r (scene coordinates) as SVG, labels and legend included, under
    /// @p caption's band when there is one.
    bool renderSvg(QIODevice *out, const QRectF &r, const ChartCaption *caption = nullptr);
    void printDialog(bool preview);
    /// Shows m_viewName's saved state, or the overview when it has none.
    void loadView();
    void updateViewsUi();
    void createViewsUi(QHBoxLayout *row);
    void retranslateViews();
    void askView(int what);
    QVector<QPair<graph::NodeType, QString>> legend() const;

    CaseFile *m_case = nullptr;
    std::shared_ptr<const analysis::Findings> m_findings; ///< the latest run's, shared with the builders
    graph::LinkGraph m_graph;
    graph::GraphFilter m_filter;
    LinkChartView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    std::vector<NodeItem *> m_nodeItems;
    EdgeLayer *m_edges = nullptr; ///< every link, one item
    QList<int> m_highlightNodes, m_highlightEdges;
    QToolBar *m_toolbar = nullptr;
    QAction *m_overview = nullptr, *m_expand = nullptr, *m_collapse = nullptr, *m_hide = nullptr,
            *m_showAll = nullptr, *m_pin = nullptr, *m_layout = nullptr, *m_layered = nullptr,
            *m_path = nullptr, *m_connections = nullptr, *m_common = nullptr, *m_export = nullptr,
            *m_zoomIn = nullptr, *m_zoomOut = nullptr, *m_fit = nullptr, *m_allTime = nullptr;
    QToolButton *m_typesButton = nullptr;
    QMenu *m_typesMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QDialog *m_commonDialog = nullptr;
    QLabel *m_commonLabel = nullptr;
    analysis::CommonContactsModel *m_commonModel = nullptr;
    QAction *m_exportShown = nullptr, *m_exportRun = nullptr;
    QAction *m_print = nullptr, *m_printPreview = nullptr, *m_printTiled = nullptr;
    QMenu *m_printMenu = nullptr;
    QString m_viewName;
    QLabel *m_viewLabel = nullptr;
    QComboBox *m_views = nullptr;
    QToolButton *m_viewsButton = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QAction *m_viewNew = nullptr, *m_viewDuplicate = nullptr, *m_viewRename = nullptr,
            *m_viewDelete = nullptr;
    QList<QAction *> m_typeActions;
    QLabel *m_minWeightLabel = nullptr;
    QSpinBox *m_minWeight = nullptr;
    QCustomPlot *m_timeline = nullptr;
    QCPItemRect *m_window = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_windowLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer *m_saveTimer = nullptr;
    QFutureWatcher<Work> m_watcher;
    std::atomic_bool m_cancelFlag{false};
    std::atomic_int m_done{0}, m_total{0};
    QElapsedTimer m_clock;
    QString m_working;
    bool m_restoring = false;
    bool m_fitPending = false;
    bool m_overviewPending = false;
    bool m_awaitingFindings = false; ///< a case is shown, its findings not handed over yet
};

} // namespace dt::ui
