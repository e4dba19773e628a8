#pragma once
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVector>

namespace dt {
class Database;
}

namespace dt::analysis {

/// The calls supporting one finding (call ids), each with the source file and line it came from.
/// Read once when the ids are set (at most a finding's supporting calls). Immutable snapshot.
class SupportingCallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Start, Caller, Callee, Duration, Origin, ColumnCount };

    explicit SupportingCallsModel(QObject *parent = nullptr);
    /// Reads the calls @p ids from @p db (nullptr or no ids: empty), in the order given.
    void setCalls(Database *db, const QList<qint64> &ids);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0, start = 0, duration = 0;
        QString caller, callee, origin;
    };
    QVector<Row> m_rows;
    CaseClock m_clock;
};

} // namespace dt::analysis
