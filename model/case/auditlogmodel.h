#pragma once
#include "case/auditlog.h"
#include "core/caseclock.h"

#include <QAbstractTableModel>

namespace dt {

/// Read-only table of the audit log. Holds an immutable snapshot; newest entries last.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Details, Hash, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);
    void setEntries(QVector<AuditEntry> entries);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
    CaseClock m_clock;
};

} // namespace dt
