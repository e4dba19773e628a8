#include "analysis/numbersmodel.h"

#include "phone/phonenumber.h"

namespace dt::analysis {

NumbersModel::Column NumbersModel::presetColumn(Preset p)
{
    switch (p) {
    case Preset::TopTalkers:
        return CallsOut;
    case Preset::MostCallees:
        return DistinctCallees;
    case Preset::MostComplained:
        return Complainants;
    }
    return CallsOut;
}

NumberSort NumbersModel::sortOf(int column)
{
    switch (column) {
    case Number:
        return NumberSort::Number;
    case Type:
        return NumberSort::Type;
    case Verdict:
        return NumberSort::Verdict;
    case CallsOut:
        return NumberSort::CallsOut;
    case CallsIn:
        return NumberSort::CallsIn;
    case DistinctCallees:
        return NumberSort::DistinctCallees;
    case Answered:
        return NumberSort::AnsweredShare;
    case MeanDuration:
        return NumberSort::MeanDuration;
    case ActiveDays:
        return NumberSort::ActiveDays;
    case Night:
        return NumberSort::NightShare;
    case Complainants:
        return NumberSort::Complaints;
    case CalledBack:
        return NumberSort::CalledBack;
    case Operator:
        return NumberSort::Operator;
    default: // Score, Reasons: the reasons are the score's
        return NumberSort::Score;
    }
}

NumbersModel::NumbersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NumbersModel::setTable(std::shared_ptr<const NumbersTable> table)
{
    beginResetModel();
    m_table = std::move(table);
    rebuild();
    endResetModel();
}

std::vector<int> NumbersModel::select(const NumbersTable &table, const NumberFilter &filter, int column,
                                      Qt::SortOrder order)
{
    return table.select(filter, sortOf(column), order == Qt::DescendingOrder);
}

void NumbersModel::setTable(std::shared_ptr<const NumbersTable> table, const NumberFilter &filter, int column,
                            Qt::SortOrder order, std::vector<int> rows)
{
    beginResetModel();
    m_table = std::move(table);
    m_filter = filter;
    m_sortColumn = column;
    m_order = order;
    m_view = m_table ? std::move(rows) : std::vector<int>();
    endResetModel();
}

void NumbersModel::setFilter(const NumberFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void NumbersModel::setLanguage(Language lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void NumbersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> tableRows;
    tableRows.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        tableRows.push_back(m_view[size_t(i.row())]);
    m_sortColumn = column;
    m_order = order;
    if (m_table)
        NumbersTable::sortIndexes(m_table->rows(), &m_view, sortOf(column), order == Qt::DescendingOrder);
    if (!before.isEmpty()) {
        // Where each table row went: a selection follows its number.
        std::vector<int> at(m_table->rows().size(), -1);
        for (size_t k = 0; k < m_view.size(); ++k)
            at[size_t(m_view[k])] = int(k);
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(at[size_t(tableRows[size_t(k)])], before[k].column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NumbersModel::rebuild()
{
    m_view.clear();
    if (!m_table)
        return;
    m_view = select(*m_table, m_filter, m_sortColumn, m_order);
}

const NumberRow *NumbersModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_view.size())
        return nullptr;
    return &m_table->rows()[size_t(m_view[size_t(row)])];
}

int NumbersModel::rowOf(const QString &key) const
{
    for (size_t k = 0; k < m_view.size(); ++k)
        if (m_table->rows()[size_t(m_view[k])].key == key)
            return int(k);
    return -1;
}

int NumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int NumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NumberRow &r = *rowAt(index.row());
    if (role == NumberRole)
        return r.key;
    if (role == VerdictRole)
        return code(r.verdict);
    if (role == Qt::ToolTipRole)
        return r.finding ? QVariant(NumbersTable::reasons(r, m_lang).join(QLatin1Char('\n'))) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Score && index.column() <= CalledBack
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole)
        return {};
    auto share = [&](double v) -> QVariant {
        if (!display)
            return v;
        return r.callsOut ? QVariant(QString::number(v * 100, 'f', 1) + QLatin1Char('%')) : QVariant();
    };
    switch (index.column()) {
    case Number:
        return r.key;
    case Type:
        return displayName(Vocabulary::NumberType, numberClassName(dt::NumberClass(r.numberClass)), m_lang);
    case Verdict:
        return displayName(r.verdict, m_lang);
    case Score:
        if (!r.finding)
            return {};
        return display ? QVariant(QString::number(r.score, 'f', 2)) : QVariant(r.score);
    case CallsOut:
        return r.callsOut;
    case CallsIn:
        return r.callsIn;
    case DistinctCallees:
        return r.distinctCallees;
    case Answered:
        return share(r.answeredShare);
    case MeanDuration:
        if (!display)
            return r.meanDuration;
        return r.callsOut ? QVariant(QString::number(r.meanDuration, 'f', 1)) : QVariant();
    case ActiveDays:
        return r.activeDays;
    case Night:
        return share(r.nightShare);
    case Complainants:
        return r.complainants;
    case CalledBack:
        return r.calledBackBy;
    case Operator:
        return r.operatorId;
    case Reasons:
        return NumbersTable::reasons(r, m_lang).join(m_lang == Language::Chinese ? QStringLiteral("；")
                                                                                 : QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant NumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Type:
        return tr("Type");
    case Verdict:
        return tr("Verdict");
    case Score:
        return tr("Score");
    case CallsOut:
        return tr("Calls out");
    case CallsIn:
        return tr("Calls in");
    case DistinctCallees:
        return tr("Distinct callees");
    case Answered:
        return tr("Answered");
    case MeanDuration:
        return tr("Mean duration (s)");
    case ActiveDays:
        return tr("Active days");
    case Night:
        return tr("At night");
    case Complainants:
        return tr("Complainants");
    case CalledBack:
        return tr("Called back by");
    case Operator:
        return tr("Operator");
    case Reasons:
        return tr("Reasons");
    default:
        return {};
    }
}

} // namespace dt::analysis
