#include "columnmemory.h"

#include "tabletools.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QTableView>

namespace dt::ui {

namespace {

constexpr const char *kWatched = "dtColumnMemory";
constexpr const char *kAnalysts = "dtAnalystsColumns";

QString countKey(const QString &name)
{
    return ColumnMemory::key(name) + QStringLiteral("Columns");
}

/// Tells the analyst's changes to the header from the program's: a section resized or moved while a
/// mouse button is held on the header (dragging a divider or a column), or a divider double-clicked.
/// The window resizing the stretched last column, a model reset or fitColumns() is not saved.
class HeaderWatcher : public QObject
{
public:
    HeaderWatcher(QTableView *view)
        : QObject(view->horizontalHeader())
        , m_view(view)
    {
        QHeaderView *h = view->horizontalHeader();
        h->viewport()->installEventFilter(this);
        connect(h, &QHeaderView::sectionResized, this, [this] { m_changed = m_changed || m_pressed; });
        connect(h, &QHeaderView::sectionMoved, this, [this] { m_changed = m_changed || m_pressed; });
        connect(h, &QHeaderView::sectionHandleDoubleClicked, this, [this] {
            if (m_view)
                ColumnMemory::save(m_view);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed = true;
            m_changed = false;
        } else if (event->type() == QEvent::MouseButtonRelease) {
            m_pressed = false;
            // After the header's own handling of the release (which ends a column move).
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_changed && m_view)
                        ColumnMemory::save(m_view);
                    m_changed = false;
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QTableView> m_view;
    bool m_pressed = false;
    bool m_changed = false;
};

} // namespace

QString ColumnMemory::key(const QString &name)
{
    return QStringLiteral("tables/") + name;
}

void ColumnMemory::track(QTableView *view)
{
    QHeaderView *h = view->horizontalHeader();
    if (h->property(kWatched).toBool())
        return;
    h->setProperty(kWatched, true);
    new HeaderWatcher(view);
}

void ColumnMemory::save(QTableView *view)
{
    const QAbstractItemModel *m = view->model();
    if (!m || m->columnCount() == 0 || view->objectName().isEmpty())
        return;
    view->setProperty(kAnalysts, true);
    QSettings s;
    s.setValue(key(view->objectName()), view->horizontalHeader()->saveState());
    s.setValue(countKey(view->objectName()), m->columnCount());
}

void ColumnMemory::forget(const QString &name)
{
    QSettings s;
    s.remove(key(name));
    s.remove(countKey(name));
}

bool ColumnMemory::isAnalysts(const QTableView *view)
{
    return view->property(kAnalysts).toBool();
}

bool ColumnMemory::restoreOrFit(QTableView *view)
{
    if (!view->model())
        return false;
    if (restore(view))
        return true;
    TableTools::fitColumns(view);
    return false;
}

bool ColumnMemory::restore(QTableView *view)
{
    const QAbstractItemModel *m = view->model();
    view->setProperty(kAnalysts, false);
    if (!m)
        return false;
    QHeaderView *h = view->horizontalHeader();
    const QSettings s;
    const QByteArray state = s.value(key(view->objectName())).toByteArray();
    // Qt would take a state of fewer sections and pad it; a state for other columns is another table's.
    const bool fits = !state.isEmpty() && m->columnCount() > 0 &&
                      s.value(countKey(view->objectName())).toInt() == m->columnCount();
    if (fits) {
        const int sortColumn = h->sortIndicatorSection();
        const Qt::SortOrder sortOrder = h->sortIndicatorOrder();
        if (h->restoreState(state)) {
            if (h->sortIndicatorSection() != sortColumn || h->sortIndicatorOrder() != sortOrder)
                h->setSortIndicator(sortColumn, sortOrder);
            view->setProperty(kAnalysts, true);
            return true;
        }
    }
    return false;
}

} // namespace dt::ui
