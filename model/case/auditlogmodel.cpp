#include "case/auditlogmodel.h"

namespace dt {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(QVector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditLogModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Hash)
            return tr("hash %1\nprevious %2").arg(e.hash, e.prevHash);
        if (index.column() == Details)
            return e.details;
        if (index.column() == Time)
            return e.timeUtc; // as hashed into the chain
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return m_clock.textOfIso(e.timeUtc);
    case Actor:
        return e.actor;
    case Action:
        return e.action;
    case Details:
        return e.details;
    case Hash:
        return e.hash.left(16);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time (%1)").arg(m_clock.label());
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Details:
        return tr("Details");
    case Hash:
        return tr("Hash");
    default:
        return {};
    }
}

} // namespace dt
