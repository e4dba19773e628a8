#include "analysis/leakmodels.h"

#include "analysis/findingsjson.h"

#include <cmath>
#include <QVariantMap>

namespace dt::analysis {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100, 0, 'f', share > 0 && share < 0.01 ? 1 : 0);
}

} // namespace

// ---- LeakListsModel ------------------------------------------------------------------------------

LeakListsModel::LeakListsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LeakListsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_rows = findings.leakLists;
    m_lineage = findings.lineage;
    m_compilations = findings.compilations;
    endResetModel();
}

int LeakListsModel::rowOf(const QString &source) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows[size_t(r)].source == source)
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

QString LeakListsModel::lineageText(const ListSummary &list) const
{
    const QString &name = list.source;
    QStringList parts;
    for (const Compilation &c : m_compilations) {
        if (c.source == name)
            parts << tr("compilation of %n list(s), %1 new records", nullptr, int(c.parents.size()))
                         .arg(percent(c.newShare));
    }
    QStringList parents, children;
    for (const Resale &e : m_lineage) {
        if (e.child == name)
            parents << e.parent;
        if (e.parent == name)
            children << e.child;
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
    const ListSummary &l = m_rows[size_t(index.row())];
    if (role == SourceRole)
        return l.source;
    const qint64 phones = l.phones;
    const double share = phones > 0 ? double(l.dialledByOperators) / double(phones) : 0.0;
    if (role == Qt::ToolTipRole) {
        QStringList fields;
        for (const QString &f : l.fields)
            fields << displayName(Vocabulary::LeakField, f, m_lang);
        return tr("%1 (source %2)\nfields: %3\n%4 full ID numbers\n%5 of its %6 numbers were called by "
                  "operators\n%7")
            .arg(l.source)
            .arg(l.sourceId)
            .arg(fields.join(QStringLiteral(", ")))
            .arg(l.idCards)
            .arg(l.dialledByOperators)
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
        return l.source;
    case Acquired:
        return !l.acquired.isEmpty() ? l.acquired : (display ? tr("unknown") : QString());
    case Records:
        return l.records;
    case Phones:
        return phones;
    case Masked:
        return l.maskedPhones;
    case Dialled:
        return l.dialledByOperators;
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

void LeakMatrixModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_operators.clear();
    m_lists.clear();
    for (const ListSummary &l : findings.leakLists)
        m_lists << l.source;
    m_cells.assign(findings.operators.size(), std::vector<Cell>(size_t(m_lists.size())));
    for (size_t r = 0; r < findings.operators.size(); ++r) {
        const Operator &o = findings.operators[r];
        m_operators.push_back({o.id, o.numbers.size(), o.victims});
        for (const ListAttribution &a : o.leaks) {
            const qsizetype c = m_lists.indexOf(a.source);
            if (c >= 0)
                m_cells[r][size_t(c)] = {true, a};
        }
    }
    endResetModel();
}

int LeakMatrixModel::rowOf(const QString &operatorId) const
{
    for (int r = 0; r < int(m_operators.size()); ++r)
        if (m_operators[size_t(r)].id == operatorId)
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

QString LeakMatrixModel::describe(const QString &operatorId, const ListAttribution &a)
{
    QString text = tr("%1 → %2: rank %3, %4")
                       .arg(operatorId, a.source)
                       .arg(a.rank)
                       .arg(a.significant ? tr("significant") : tr("not significant"));
    text += QLatin1Char('\n') +
            tr("%1 of the operator's victims are in the list (+%2 masked matches): %3 of its victims, %4 of "
               "the list")
                .arg(a.victimsInLeak)
                .arg(a.maskedMatches)
                .arg(percent(a.shareOfVictims), percent(a.shareOfLeak));
    text += QLatin1Char('\n') + tr("%1 · lift %2 · %3 victims only this list explains")
                                    .arg(probabilityText(a.log10P))
                                    .arg(a.lift, 0, 'f', 2)
                                    .arg(a.unique);
    if (a.hasLags && a.lagDaysMedian >= 0)
        text += QLatin1Char('\n') +
                tr("first calls a median %1 days after the list was acquired (%2 to %3); %4 victims called "
                   "before it")
                    .arg(a.lagDaysMedian, 0, 'f', 1)
                    .arg(a.lagDaysP10, 0, 'f', 1)
                    .arg(a.lagDaysP90, 0, 'f', 1)
                    .arg(a.calledBeforeAcquired);
    else
        text += QLatin1Char('\n') + tr("no acquisition date: time precedence unknown");
    text += QLatin1Char('\n') + tr("dialling order against list order: ρ = %1%2")
                                    .arg(a.orderCorrelation, 0, 'f', 2)
                                    .arg(a.dialledInListOrder ? tr(" (dialled in list order)") : QString());
    return text;
}

QVariant LeakMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &op = m_operators[size_t(index.row())].id;
    if (role == OperatorRole)
        return op;
    if (role == SourceRole)
        return m_lists.at(index.column());
    const Cell &cell = m_cells[size_t(index.row())][size_t(index.column())];
    const ListAttribution &a = cell.a;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (!cell.attributed)
        return role == Qt::ToolTipRole
                   ? QVariant(tr("%1 called none of the numbers of %2").arg(op, m_lists.at(index.column())))
                   : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QString::number(a.victimsInLeak);
        if (a.maskedMatches > 0)
            text += QStringLiteral(" (+%1)").arg(a.maskedMatches);
        return QString(text + QLatin1Char('\n') + percent(a.shareOfVictims));
    }
    case Qt::EditRole:
        return a.victimsInLeak;
    case Qt::ToolTipRole:
        return describe(op, a);
    case SignificantRole:
        return a.significant;
    case StrengthRole:
        return a.significant ? a.shareOfVictims : -1.0;
    case AttributionRole:
        return FindingsJson::toJson(a).toVariantMap();
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
    const Row &o = m_operators[size_t(section)];
    if (role == Qt::DisplayRole || role == OperatorRole)
        return o.id;
    if (role == Qt::ToolTipRole)
        return tr("%1: %n number(s), %2 victims", nullptr, int(o.numbers)).arg(o.id).arg(o.victims);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace dt::analysis
