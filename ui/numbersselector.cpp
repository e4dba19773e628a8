#include "numbersselector.h"

#include "analysis/numbersmodel.h"
#include "casequery.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dt::ui {

NumbersSelector::NumbersSelector(analysis::NumbersModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<int>>::finished, this, &NumbersSelector::finished);
}

NumbersSelector::~NumbersSelector()
{
    m_watcher.waitForFinished();
}

void NumbersSelector::request(const analysis::NumberFilter &filter, int column, Qt::SortOrder order)
{
    Request r{m_model->table(), filter, column, order, ++m_generation};
    if (!r.table || r.table->rows().size() <= m_syncRows) {
        // What a worker still does is for an older request: dropped when it ends.
        m_waiting = false;
        m_busy = false;
        std::vector<int> rows =
            r.table ? analysis::NumbersModel::select(*r.table, filter, column, order) : std::vector<int>();
        m_model->setTable(r.table, filter, column, order, std::move(rows));
        Q_EMIT applied();
        return;
    }
    m_busy = true;
    m_next = std::move(r);
    if (m_watcher.isRunning()) {
        m_waiting = true;
        return;
    }
    launch();
}

void NumbersSelector::launch()
{
    m_waiting = false;
    m_running = m_next;
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [r = m_running] {
        backgroundPriority();
        return analysis::NumbersModel::select(*r.table, r.filter, r.column, r.order);
    }));
}

void NumbersSelector::finished()
{
    if (m_waiting) {
        launch();
        return;
    }
    if (m_running.generation != m_generation)
        return; // a later request was done at once
    // The table may have been replaced meanwhile (a new build): its rows are asked for again then.
    if (m_running.table == m_model->table())
        m_model->setTable(m_running.table, m_running.filter, m_running.column, m_running.order,
                          m_watcher.result());
    m_running = Request();
    m_busy = false;
    Q_EMIT applied();
}

} // namespace dt::ui
