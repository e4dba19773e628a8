#pragma once
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <QVector>

namespace dt {

class Database;

/// The complaints of the case (12321 reports and the like): who reported which number, when, why,
/// and the source file and line each came from. Sortable through a proxy (EditRole gives raw values).
class ComplaintsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Reported, Complainant, Category, Text, Source, ColumnCount };
    static constexpr int kMaxRows = 200000; ///< shown at once; the total is always reported

    struct Row
    {
        qint64 time = 0, line = 0;
        QString reported, complainant, category, text, file;
    };
    /// What setDatabase() shows, read through @p db (which may be a worker thread's connection: the
    /// GUI reads it off its thread and hands it to setSnapshot()).
    struct Snapshot
    {
        QVector<Row> rows;
        qint64 total = 0;
    };
    static Snapshot read(Database &db);

    explicit ComplaintsModel(QObject *parent = nullptr);
    /// Shows the complaints of @p db (nullptr: none), read on this thread.
    void setDatabase(Database *db);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    void setSnapshot(Snapshot snapshot);
    qint64 total() const { return m_total; }
    /// The reported number in @p row (for linking the selection).
    QString reported(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows[row].reported : QString();
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
    qint64 m_total = 0;
    CaseClock m_clock;
};

} // namespace dt
