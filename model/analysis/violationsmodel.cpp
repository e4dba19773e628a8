#include "analysis/violationsmodel.h"

#include <QDateTime>

namespace dt::analysis {

ViolationsModel::ViolationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ViolationsModel::setViolations(std::vector<Violation> violations)
{
    beginResetModel();
    m_rows = std::move(violations);
    endResetModel();
}

void ViolationsModel::setLanguage(Language lang)
{
    m_lang = lang;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ViolationsModel::setClock(const CaseClock &clock)
{
    m_clock = clock;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ViolationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ViolationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViolationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Violation &v = m_rows[size_t(index.row())];
    if (role == NumberRole)
        return v.number;
    if (role == SupportingCallsRole)
        return QVariant::fromValue(v.supportingCalls);
    // The sentence names the complaint's time in the case's local time, as the time columns do.
    Presentation how;
    how.time = [this](qint64 utc) { return m_clock.stamp(utc); };
    if (role == Qt::ToolTipRole)
        return describe(v, m_lang, how);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Rule:
        return role == Qt::EditRole ? code(v.type) : displayName(v.type, m_lang);
    case Number:
        return v.number;
    case Count:
        return v.count;
    case FirstCall: // EditRole: the UTC ISO text, which sorts
        return role == Qt::EditRole
                   ? QDateTime::fromSecsSinceEpoch(v.firstCall, Qt::UTC).toString(Qt::ISODate)
                   : m_clock.text(v.firstCall);
    case LastCall:
        return role == Qt::EditRole ? QDateTime::fromSecsSinceEpoch(v.lastCall, Qt::UTC).toString(Qt::ISODate)
                                    : m_clock.text(v.lastCall);
    case Details:
        return describe(v, m_lang, how);
    default:
        return {};
    }
}

QVariant ViolationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Rule");
    case Number:
        return tr("Number");
    case Count:
        return tr("Calls");
    case FirstCall:
        return tr("First call (%1)").arg(m_clock.label());
    case LastCall:
        return tr("Last call (%1)").arg(m_clock.label());
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace dt::analysis
