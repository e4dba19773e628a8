#include "analysis/leakmodels.h"

#include <cmath>
#include <QVariantMap>

namespace dt::analysis {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100, 0, 'f', share > 0 && share < 0.01 ? 1 : 0);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

double real(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

} // namespace

// ---- LeakListsModel ------------------------------------------------------------------------------

LeakListsModel::LeakListsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LeakListsModel::setFindings(const QJsonObject &findings)
{
    beginResetModel();
    m_rows = findings.value(QStringLiteral("leak_lists")).toArray();
    m_lineage = findings.value(QStringLiteral("lineage")).toArray();
    m_compilations = findings.value(QStringLiteral("compilations")).toArray();
    endResetModel();
}

int LeakListsModel::rowOf(const QString &source) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (str(m_rows.at(r).toObject(), "source") == source)
            return r;
    return -1;
}

int LeakListsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeakListsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeakListsModel::lineageText(const QJsonObject &list) const
{
    const QString name = str(list, "source");
    QStringList parts;
    for (const auto &v : m_compilations) {
        const QJsonObject c = v.toObject();
        if (str(c, "source") == name)
            parts << tr("compilation of %n list(s), %1 new records", nullptr,
                        int(c.value(QStringLiteral("parents")).toArray().size()))
                         .arg(percent(real(c, "new_share")));
    }
    QStringList parents, children;
    for (const auto &v : m_lineage) {
        const QJsonObject e = v.toObject();
        if (str(e, "child") == name)
            parents << str(e, "parent");
        if (str(e, "parent") == name)
            children << str(e, "child");
    }
    if (parts.isEmpty() && !parents.isEmpty())
        parts << tr("resold from %1").arg(parents.join(QStringLiteral(", ")));
    if (!children.isEmpty())
        parts << tr("resold into %1").arg(children.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        return tr("not linked to another list");
    return parts.join(QStringLiteral("; "));
}

QVariant LeakListsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject l = m_rows.at(index.row()).toObject();
    if (role == SourceRole)
        return str(l, "source");
    const qint64 phones = num(l, "phones");
    const double share = phones > 0 ? double(num(l, "dialled_by_operators")) / double(phones) : 0.0;
    if (role == Qt::ToolTipRole) {
        QStringList fields;
        for (const auto &f : l.value(QStringLiteral("fields")).toArray())
            fields << f.toString();
        return tr("%1 (source %2)\nfields: %3\n%4 full ID numbers\n%5 of its %6 numbers were called by "
                  "operators\n%7")
            .arg(str(l, "source"))
            .arg(num(l, "source_id"))
            .arg(fields.join(QStringLiteral(", ")))
            .arg(num(l, "id_cards"))
            .arg(num(l, "dialled_by_operators"))
            .arg(phones)
            .arg(lineageText(l));
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == List || index.column() == Acquired
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case List:
        return str(l, "source");
    case Acquired:
        return l.value(QStringLiteral("acquired")).isString() ? str(l, "acquired")
                                                              : (display ? tr("unknown") : QString());
    case Records:
        return num(l, "records");
    case Phones:
        return phones;
    case Masked:
        return num(l, "masked_phones");
    case Dialled:
        return num(l, "dialled_by_operators");
    case ShareDialled:
        return display ? QVariant(percent(share)) : QVariant(share);
    default:
        return {};
    }
}

QVariant LeakListsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Phones:
            return tr("Distinct full phone numbers in the list");
        case Masked:
            return tr("Records whose phone number is masked (138****1234)");
        case Dialled:
            return tr("Distinct numbers of the list that an operator of the latest run called");
        case ShareDialled:
            return tr("Numbers called by operators / the list's numbers");
        default:
            return {};
        }
    }
    switch (section) {
    case List:
        return tr("List");
    case Acquired:
        return tr("Acquired");
    case Records:
        return tr("Records");
    case Phones:
        return tr("Phones");
    case Masked:
        return tr("Masked");
    case Dialled:
        return tr("Dialled by operators");
    case ShareDialled:
        return tr("Share dialled");
    default:
        return {};
    }
}

// ---- LeakMatrixModel -----------------------------------------------------------------------------

LeakMatrixModel::LeakMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LeakMatrixModel::setFindings(const QJsonObject &findings)
{
    beginResetModel();
    m_operators = findings.value(QStringLiteral("operators")).toArray();
    m_lists.clear();
    for (const auto &v : findings.value(QStringLiteral("leak_lists")).toArray())
        m_lists << str(v.toObject(), "source");
    m_cells.assign(size_t(m_operators.size()), std::vector<QJsonObject>(size_t(m_lists.size())));
    for (qsizetype r = 0; r < m_operators.size(); ++r) {
        for (const auto &a : m_operators.at(r).toObject().value(QStringLiteral("leaks")).toArray()) {
            const qsizetype c = m_lists.indexOf(str(a.toObject(), "source"));
            if (c >= 0)
                m_cells[size_t(r)][size_t(c)] = a.toObject();
        }
    }
    endResetModel();
}

int LeakMatrixModel::rowOf(const QString &operatorId) const
{
    for (int r = 0; r < int(m_operators.size()); ++r)
        if (str(m_operators.at(r).toObject(), "id") == operatorId)
            return r;
    return -1;
}

int LeakMatrixModel::columnOf(const QString &source) const
{
    return int(m_lists.indexOf(source));
}

int LeakMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int LeakMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

QString LeakMatrixModel::describe(const QString &operatorId, const QJsonObject &a)
{
    const double p = real(a, "p_value");
    const QString pText = p > 0 ? QString::number(p, 'g', 3)
                                : tr("below 1e-300 (log10 p = %1)").arg(real(a, "log10_p"), 0, 'f', 1);
    QString text =
        tr("%1 → %2: rank %3, %4")
            .arg(operatorId, str(a, "source"))
            .arg(num(a, "rank"))
            .arg(a.value(QStringLiteral("significant")).toBool() ? tr("significant") : tr("not significant"));
    text += QLatin1Char('\n') +
            tr("%1 of the operator's victims are in the list (+%2 masked matches): %3 of its victims, %4 of "
               "the list")
                .arg(num(a, "victims_in_leak"))
                .arg(num(a, "masked_matches"))
                .arg(percent(real(a, "share_of_victims")), percent(real(a, "share_of_leak")));
    text += QLatin1Char('\n') + tr("p-value %1 · lift %2 · %3 victims only this list explains")
                                    .arg(pText)
                                    .arg(real(a, "lift"), 0, 'f', 2)
                                    .arg(num(a, "unique"));
    if (real(a, "lag_days_median") >= 0)
        text += QLatin1Char('\n') +
                tr("first calls a median %1 days after the list was acquired (%2 to %3); %4 victims called "
                   "before it")
                    .arg(real(a, "lag_days_median"), 0, 'f', 1)
                    .arg(real(a, "lag_days_p10"), 0, 'f', 1)
                    .arg(real(a, "lag_days_p90"), 0, 'f', 1)
                    .arg(num(a, "called_before_acquired"));
    else
        text += QLatin1Char('\n') + tr("no acquisition date: time precedence unknown");
    text += QLatin1Char('\n') + tr("dialling order against list order: ρ = %1%2")
                                    .arg(real(a, "order_correlation"), 0, 'f', 2)
                                    .arg(a.value(QStringLiteral("dialled_in_list_order")).toBool()
                                             ? tr(" (dialled in list order)")
                                             : QString());
    return text;
}

QVariant LeakMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString op = str(m_operators.at(index.row()).toObject(), "id");
    if (role == OperatorRole)
        return op;
    if (role == SourceRole)
        return m_lists.at(index.column());
    const QJsonObject &a = m_cells[size_t(index.row())][size_t(index.column())];
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (a.isEmpty())
        return role == Qt::ToolTipRole
                   ? QVariant(tr("%1 called none of the numbers of %2").arg(op, m_lists.at(index.column())))
                   : QVariant();
    const bool significant = a.value(QStringLiteral("significant")).toBool();
    switch (role) {
    case Qt::DisplayRole: {
        const qint64 masked = num(a, "masked_matches");
        QString text = QString::number(num(a, "victims_in_leak"));
        if (masked > 0)
            text += QStringLiteral(" (+%1)").arg(masked);
        return QString(text + QLatin1Char('\n') + percent(real(a, "share_of_victims")));
    }
    case Qt::EditRole:
        return num(a, "victims_in_leak");
    case Qt::ToolTipRole:
        return describe(op, a);
    case SignificantRole:
        return significant;
    case StrengthRole:
        return significant ? real(a, "share_of_victims") : -1.0;
    case AttributionRole:
        return a.toVariantMap();
    default:
        return {};
    }
}

QVariant LeakMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(m_lists.size()))
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SourceRole)
            return m_lists.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= int(m_operators.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const QJsonObject o = m_operators.at(section).toObject();
    if (role == Qt::DisplayRole || role == OperatorRole)
        return str(o, "id");
    if (role == Qt::ToolTipRole)
        return tr("%1: %n number(s), %2 victims", nullptr,
                  int(o.value(QStringLiteral("numbers")).toArray().size()))
            .arg(str(o, "id"))
            .arg(num(o, "victims"));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace dt::analysis
