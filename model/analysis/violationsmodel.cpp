#include "analysis/violationsmodel.h"

#include <QJsonObject>

namespace dt::analysis {

ViolationsModel::ViolationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ViolationsModel::setViolations(QJsonArray violations)
{
    beginResetModel();
    m_rows = std::move(violations);
    endResetModel();
}

QString ViolationsModel::ruleText(const QString &type)
{
    if (type == QLatin1String("call_after_complaint"))
        return tr("calls after a complaint");
    if (type == QLatin1String("outside_permitted_hours"))
        return tr("calls outside permitted hours");
    if (type == QLatin1String("service_number_marketing"))
        return tr("marketing from a 95/96/400 number");
    if (type == QLatin1String("autodial_volume"))
        return tr("auto-dialling volume");
    return type;
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
    const QJsonObject v = m_rows.at(index.row()).toObject();
    if (role == NumberRole)
        return v.value(QStringLiteral("number")).toString();
    if (role == SupportingCallsRole) {
        QList<qint64> ids;
        for (const auto &id : v.value(QStringLiteral("supporting_calls")).toArray())
            ids << id.toInteger();
        return QVariant::fromValue(ids);
    }
    // The stored text names the complaint's time in UTC: said again with the case's local time.
    const QString text =
        v.contains(QStringLiteral("complained_utc"))
            ? tr("%1 calls to %2 after they complained on %3")
                  .arg(v.value(QStringLiteral("count")).toInteger())
                  .arg(v.value(QStringLiteral("complainant")).toString(),
                       m_clock.stampOfIso(v.value(QStringLiteral("complained_utc")).toString()))
            : v.value(QStringLiteral("text")).toString();
    if (role == Qt::ToolTipRole)
        return text;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Rule:
        return role == Qt::EditRole ? v.value(QStringLiteral("type")).toString()
                                    : ruleText(v.value(QStringLiteral("type")).toString());
    case Number:
        return v.value(QStringLiteral("number")).toString();
    case Count:
        return v.value(QStringLiteral("count")).toInteger();
    case FirstCall: // EditRole: the UTC ISO text, which sorts
        return role == Qt::EditRole ? v.value(QStringLiteral("first_call")).toString()
                                    : m_clock.textOfIso(v.value(QStringLiteral("first_call")).toString());
    case LastCall:
        return role == Qt::EditRole ? v.value(QStringLiteral("last_call")).toString()
                                    : m_clock.textOfIso(v.value(QStringLiteral("last_call")).toString());
    case Details:
        return text;
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
