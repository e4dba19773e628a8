#include "tabletools.h"

#include "case/callsmodel.h"
#include "columnmemory.h"
#include "printing.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QResizeEvent>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <set>

namespace dt::ui {

namespace {
TableTools::ExportRecorder &recorder()
{
    static TableTools::ExportRecorder r;
    return r;
}

TableTools::MenuExtender &menuExtender()
{
    static TableTools::MenuExtender e;
    return e;
}

TableTools::HeaderProvider &headerProvider()
{
    static TableTools::HeaderProvider h;
    return h;
}

/// The rows of @p m, also those outside the window the calls table shows (which an export or a
/// printout through the view would leave out).
qint64 allRows(const QAbstractItemModel *m)
{
    const auto *calls = qobject_cast<const CallsModel *>(m);
    return calls ? calls->totalRows() : m->rowCount();
}

void printDialog(QTableView *view, bool preview)
{
    if (view->model() && allRows(view->model()) > TableTools::kMaxPrintRows) {
        QMessageBox::information(
            view, TableTools::tr("Print Table"),
            TableTools::tr("%1 rows are more than a printout takes (%2); narrow the table "
                           "first (a number's calls)")
                .arg(allRows(view->model()))
                .arg(TableTools::kMaxPrintRows));
        return;
    }
    const auto paint = [view](QPrinter *printer) { TableTools::printTable(view, printer); };
    const QString title = headerProvider() ? headerProvider()(view).title : view->objectName();
    if (preview)
        Printing::preview(view, title, paint);
    else
        Printing::print(view, title, paint);
}

std::vector<int> shownColumns(const QTableView *view)
{
    std::vector<int> cols;
    const QHeaderView *h = view->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            cols.push_back(logical);
    }
    return cols;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

void exportDialog(QTableView *view)
{
    const QString path = QFileDialog::getSaveFileName(view, TableTools::tr("Export Table as CSV"), QString(),
                                                      TableTools::tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TableTools::exportTable(view, path, &error))
        QMessageBox::warning(view, TableTools::tr("Export Table as CSV"), error);
}
} // namespace

QTableView *TableTools::makeTable(QWidget *parent, const QString &name, int options)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (options & SingleSelection)
        v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setAlternatingRowColors(true);
    v->setSortingEnabled(options & Sortable);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false); // one line a row; full texts are in tooltips and the details panel
    return v;
}

void TableTools::install(QTableView *view)
{
    auto *copy = new QAction(tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(selectionAsText(view)); });
    view->addAction(copy);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    ColumnMemory::track(view);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, view, [view, header](const QPoint &pos) {
        QMenu menu(view);
        QAbstractItemModel *m = view->model();
        for (int c = 0; m && c < m->columnCount(); ++c) {
            QAction *a = menu.addAction(m->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            QObject::connect(a, &QAction::toggled, view, [view, c](bool on) {
                setColumnShown(view, c, on);
                ColumnMemory::save(view); // the analyst's choice, kept like a width
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    if (view->contextMenuPolicy() == Qt::CustomContextMenu)
        return; // the view has its own menu; it calls addActions()
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint &pos) {
        QMenu menu(view);
        addActions(&menu, view);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void TableTools::fitColumns(QTableView *view, int rows)
{
    const QAbstractItemModel *m = view->model();
    if (!m)
        return;
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics fm(view->font());
    // The delegate's text margins on both sides, and room for the grid line.
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 6;
    const int n = std::min(m->rowCount(), rows);
    for (int c = 0; c < m->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        int width = header->sectionSizeHint(c);
        for (int r = 0; r < n && width < kMaxFitWidth; ++r)
            width = std::max(width, fm.horizontalAdvance(m->index(r, c).data().toString()) + margin);
        header->resizeSection(c, std::min(width, kMaxFitWidth));
    }
}

namespace {
/// Spreads a table's columns again when its viewport's width changes.
class SpreadWatcher : public QObject
{
public:
    SpreadWatcher(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && !ColumnMemory::isAnalysts(m_view)) {
            const auto *e = static_cast<QResizeEvent *>(event);
            // After the resize is done (a scroll bar may come or go); the watcher dies with the view.
            if (e->size().width() != e->oldSize().width())
                QMetaObject::invokeMethod(this, &SpreadWatcher::spread, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void spread()
    {
        if (!ColumnMemory::isAnalysts(m_view))
            TableTools::spreadColumns(m_view);
    }
    QTableView *m_view;
};
} // namespace

void TableTools::spreadColumns(QTableView *view)
{
    if (!view->property("dtSpread").toBool()) {
        view->setProperty("dtSpread", true);
        new SpreadWatcher(view);
    }
    const QAbstractItemModel *m = view->model();
    QHeaderView *header = view->horizontalHeader();
    if (!m || m->columnCount() == 0)
        return;
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    std::vector<int> want;
    int total = 0;
    for (int c = 0; c < m->columnCount(); ++c) {
        const int w = header->isSectionHidden(c)
                          ? 0
                          : std::max(header->sectionSizeHint(c),
                                     static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c));
        want.push_back(w);
        total += w;
    }
    const int shown = int(std::count_if(want.begin(), want.end(), [](int w) { return w > 0; }));
    const int spare = std::max(0, view->viewport()->width() - total);
    for (int c = 0; c < m->columnCount(); ++c)
        if (want[c] > 0)
            header->resizeSection(c, want[c] + spare / std::max(1, shown));
}

void TableTools::addActions(QMenu *menu, QTableView *view)
{
    menu->addAction(tr("Copy"), view, [view] { QApplication::clipboard()->setText(selectionAsText(view)); });
    menu->addAction(tr("Export CSV…"), view, [view] { exportDialog(view); });
    menu->addAction(tr("Print…"), view, [view] { printDialog(view, false); });
    menu->addAction(tr("Print Preview…"), view, [view] { printDialog(view, true); });
    if (menuExtender())
        menuExtender()(menu, view);
}

void TableTools::setMenuExtender(MenuExtender extender)
{
    menuExtender() = std::move(extender);
}

bool TableTools::exportTable(const QTableView *view, const QString &path, QString *error)
{
    return exportCsv(view, path, error) && (!recorder() || recorder()(view, path, error));
}

int TableTools::printTable(const QTableView *view, QPrinter *printer)
{
    const QAbstractItemModel *m = view->model();
    if (!m || allRows(m) > kMaxPrintRows)
        return 0;
    PrintHeader header;
    if (headerProvider())
        header = headerProvider()(view);
    else
        header.title = view->objectName();
    return Printing::printTable(printer, *m, shownColumns(view), header);
}

void TableTools::setHeaderProvider(HeaderProvider provider)
{
    headerProvider() = std::move(provider);
}

void TableTools::setExportRecorder(ExportRecorder r)
{
    recorder() = std::move(r);
}

void TableTools::setColumnShown(QTableView *view, int column, bool shown)
{
    // Never hide the last column shown: the table would be blank and its header unreachable.
    if (!shown && shownColumns(view).size() <= 1)
        return;
    view->horizontalHeader()->setSectionHidden(column, !shown);
}

QString TableTools::selectionAsText(const QTableView *view)
{
    const QAbstractItemModel *m = view->model();
    if (!m)
        return {};
    const std::vector<int> cols = shownColumns(view);
    std::set<int> rows;
    if (view->selectionModel())
        for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
            rows.insert(i.row());
    if (rows.empty())
        for (int r = 0; r < std::min(m->rowCount(), kMaxExportRows); ++r)
            rows.insert(r);
    QStringList lines;
    QStringList head;
    for (int c : cols)
        head << tsvField(m->headerData(c, Qt::Horizontal).toString());
    lines << head.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c : cols)
            cells << tsvField(m->index(r, c).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TableTools::exportCsv(const QTableView *view, const QString &path, QString *error)
{
    const QAbstractItemModel *m = view->model();
    if (!m) {
        *error = tr("the table is empty");
        return false;
    }
    const qint64 total = allRows(m);
    if (total > kMaxExportRows) {
        *error =
            tr("%1 rows are more than a table export takes (%2); narrow the table first (a number's calls)")
                .arg(total)
                .arg(kMaxExportRows);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    const std::vector<int> cols = shownColumns(view);
    // A BOM, so that spreadsheets open the Chinese text as UTF-8.
    f.write("\xEF\xBB\xBF");
    QStringList head;
    for (int c : cols)
        head << csvField(m->headerData(c, Qt::Horizontal).toString());
    f.write((head.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    std::unique_ptr<QProgressDialog> progress;
    if (m->rowCount() > 20000 && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        progress =
            std::make_unique<QProgressDialog>(tr("Exporting %1 rows…").arg(m->rowCount()), tr("Cancel"), 0,
                                              m->rowCount(), const_cast<QTableView *>(view));
        progress->setWindowModality(Qt::WindowModal);
    }
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c : cols)
            cells << csvField(m->index(r, c).data().toString());
        f.write((cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
        if (progress && r % 2000 == 0) {
            progress->setValue(r);
            if (progress->wasCanceled()) {
                f.cancelWriting();
                *error = tr("export cancelled; nothing was written");
                return false;
            }
        }
    }
    if (!f.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace dt::ui
