// Saved views of the link chart: several named charts per case, each with its entities, places,
// filters and time window; switch between them, start a new one from the overview, duplicate one to
// try a variant, rename, delete. The case opens on the view shown last.
#include "case/casefile.h"
#include "graph/chartstore.h"
#include "linkchartpage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>

namespace dt::ui {

using graph::ChartStore;

namespace {
enum ViewAction { NewView, DuplicateView, RenameView };
} // namespace

void LinkChartPage::createViewsUi(QHBoxLayout *row)
{
    m_viewLabel = new QLabel(this);
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("chartViews"));
    m_views->setMinimumContentsLength(14);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viewsButton = new QToolButton(this);
    m_viewsButton->setObjectName(QStringLiteral("chartViewsMenu"));
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsMenu = new QMenu(this);
    m_viewNew = m_viewsMenu->addAction(QString(), this, [this] { askView(NewView); });
    m_viewDuplicate = m_viewsMenu->addAction(QString(), this, [this] { askView(DuplicateView); });
    m_viewRename = m_viewsMenu->addAction(QString(), this, [this] { askView(RenameView); });
    m_viewsMenu->addSeparator();
    m_viewDelete = m_viewsMenu->addAction(QString(), this, [this] {
        if (QMessageBox::question(
                this, tr("Delete View"),
                tr("Delete the view \"%1\"? The case keeps its other views.").arg(m_viewName)) !=
            QMessageBox::Yes)
            return;
        QString error;
        if (!deleteView(&error))
            QMessageBox::warning(this, tr("Delete View"), error);
    });
    m_viewsButton->setMenu(m_viewsMenu);
    connect(m_views, &QComboBox::activated, this, [this](int i) {
        QString error;
        if (!switchView(m_views->itemText(i), &error))
            m_status->setText(error);
    });
    row->addWidget(m_viewLabel);
    row->addWidget(m_views);
    row->addWidget(m_viewsButton);
}

void LinkChartPage::retranslateViews()
{
    m_viewLabel->setText(tr("View:"));
    m_views->setToolTip(
        tr("The chart's saved views: each keeps its entities, places, filters and time window"));
    m_viewsButton->setText(tr("Views"));
    m_viewNew->setText(tr("New View…"));
    m_viewNew->setToolTip(tr("A new view, starting from the latest run's overview"));
    m_viewDuplicate->setText(tr("Duplicate View…"));
    m_viewDuplicate->setToolTip(tr("A copy of this view, to try a variant"));
    m_viewRename->setText(tr("Rename View…"));
    m_viewDelete->setText(tr("Delete View"));
}

QStringList LinkChartPage::viewNames() const
{
    if (!m_case)
        return {};
    QStringList names = ChartStore::names(m_case->db());
    if (!names.contains(m_viewName)) // shown, not saved yet (a read-only case, or nothing drawn)
        names << m_viewName;
    return names;
}

void LinkChartPage::updateViewsUi()
{
    const QSignalBlocker block(m_views);
    m_views->clear();
    m_views->addItems(viewNames());
    m_views->setCurrentText(m_viewName);
    const bool writable = m_case && !m_case->db().isReadOnly();
    m_views->setEnabled(m_case != nullptr);
    m_viewsButton->setEnabled(writable);
    m_viewDelete->setEnabled(writable && viewNames().size() > 1);
}

void LinkChartPage::loadView()
{
    clearHighlight();
    m_graph.clear();
    m_filter = graph::GraphFilter();
    updateViewsUi();
    QString error;
    const QJsonObject saved = ChartStore::load(m_case->db(), m_viewName, &error);
    graph::LinkGraph g;
    graph::GraphFilter f;
    if (!saved.isEmpty() && graph::LinkGraph::fromJson(saved, &g, &f, &error)) {
        m_graph = std::move(g);
        m_filter = f;
        rebuildScene(true);
        return;
    }
    rebuildScene();
    if (m_awaitingFindings)
        m_overviewPending = true; // built from them when they come (setFindings())
    else
        showOverview();
}

bool LinkChartPage::switchView(const QString &name, QString *error)
{
    if (!m_case || busy()) {
        *error = tr("the chart is busy");
        return false;
    }
    if (name == m_viewName)
        return true;
    flushSave();
    if (!m_case->db().isReadOnly() && !ChartStore::setCurrent(m_case->db(), name, error))
        return false;
    m_viewName = name;
    loadView();
    return true;
}

bool LinkChartPage::newView(const QString &name, QString *error)
{
    if (!m_case || m_case->db().isReadOnly() || busy()) {
        *error = tr("views can only be made in a case open for writing, when the chart is not busy");
        return false;
    }
    if (name.trimmed().isEmpty() || ChartStore::names(m_case->db()).contains(name)) {
        *error = tr("a view named '%1' exists already").arg(name);
        return false;
    }
    flushSave();
    // Saved empty at once, so the view exists (and is current) before its overview is built.
    if (!ChartStore::save(m_case->db(), name, graph::LinkGraph().toJson(graph::GraphFilter()), error) ||
        !ChartStore::setCurrent(m_case->db(), name, error))
        return false;
    m_viewName = name;
    clearHighlight();
    m_graph.clear();
    m_filter = graph::GraphFilter();
    rebuildScene();
    updateViewsUi();
    showOverview();
    return true;
}

bool LinkChartPage::duplicateView(const QString &name, QString *error)
{
    if (!m_case || m_case->db().isReadOnly() || busy()) {
        *error = tr("views can only be made in a case open for writing, when the chart is not busy");
        return false;
    }
    // The copy is of the chart as it is now, saved or not.
    if (!saveState(error) || !ChartStore::duplicate(m_case->db(), m_viewName, name, error) ||
        !ChartStore::setCurrent(m_case->db(), name, error))
        return false;
    m_viewName = name;
    updateViewsUi();
    m_status->setText(tr("Now showing \"%1\", a copy to try a variant on.").arg(name));
    return true;
}

bool LinkChartPage::renameView(const QString &name, QString *error)
{
    if (!m_case || m_case->db().isReadOnly()) {
        *error = tr("the case is open read-only");
        return false;
    }
    flushSave();
    if (!ChartStore::names(m_case->db()).contains(m_viewName) && !saveState(error))
        return false;
    if (!ChartStore::rename(m_case->db(), m_viewName, name, error))
        return false;
    m_viewName = name;
    updateViewsUi();
    return true;
}

bool LinkChartPage::deleteView(QString *error)
{
    if (!m_case || m_case->db().isReadOnly() || busy()) {
        *error = tr("the case is open read-only");
        return false;
    }
    if (viewNames().size() <= 1) {
        *error = tr("the chart's last view cannot be deleted");
        return false;
    }
    m_saveTimer->stop(); // nothing of the deleted view is written back
    if (!ChartStore::remove(m_case->db(), m_viewName, error))
        return false;
    m_viewName = ChartStore::current(m_case->db());
    loadView();
    return true;
}

void LinkChartPage::askView(int what)
{
    if (!m_case)
        return;
    const QString title = what == NewView         ? tr("New View")
                          : what == DuplicateView ? tr("Duplicate View")
                                                  : tr("Rename View");
    const QString suggestion = what == RenameView ? m_viewName
                               : what == NewView  ? ChartStore::freeName(m_case->db(), tr("View"))
                                                  : ChartStore::freeName(m_case->db(), m_viewName);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("Name of the view:"), QLineEdit::Normal, suggestion, &ok)
            .trimmed();
    if (!ok || name.isEmpty() || (what == RenameView && name == m_viewName))
        return;
    QString error;
    const bool done = what == NewView         ? newView(name, &error)
                      : what == DuplicateView ? duplicateView(name, &error)
                                              : renameView(name, &error);
    if (!done)
        QMessageBox::warning(this, title, error);
}

} // namespace dt::ui
