#pragma once
#include "analysis/numberstable.h"

#include <QFutureWatcher>
#include <QObject>
#include <vector>

namespace dt::analysis {
class NumbersModel;
}

namespace dt::ui {

/**
 * Filters and orders the numbers view's table: a small table at once, a large one on a worker
 * (ordering the 1.3M numbers of a 10M-call case took seconds of the GUI thread), the model
 * keeping the rows it shows until the worker's are ready. The latest request wins.
 */
class NumbersSelector : public QObject
{
    Q_OBJECT
public:
    /// Tables of more rows than this are filtered and ordered on a worker.
    static constexpr size_t kSyncRows = 100000;

    explicit NumbersSelector(analysis::NumbersModel *model, QObject *parent = nullptr);
    ~NumbersSelector() override;
    /// Lowers the size from which the work is done on a worker (tests: a small case's table).
    void setSyncRows(size_t rows) { m_syncRows = rows; }
    /// Shows the model's table filtered by @p filter, in @p column's @p order; applied() when shown.
    void request(const analysis::NumberFilter &filter, int column, Qt::SortOrder order);
    /// A request is being worked on.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The rows last asked for are shown.
    void applied();

private:
    struct Request
    {
        std::shared_ptr<const analysis::NumbersTable> table;
        analysis::NumberFilter filter;
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        quint64 generation = 0;
    };
    void launch();
    void finished();
    analysis::NumbersModel *m_model;
    QFutureWatcher<std::vector<int>> m_watcher;
    Request m_running, m_next;
    bool m_waiting = false; ///< m_next is launched when the running one ends
    bool m_busy = false;
    quint64 m_generation = 0;
    size_t m_syncRows = kSyncRows;
};

} // namespace dt::ui
