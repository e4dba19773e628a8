#pragma once
#include "analysis/numberstable.h"

#include <memory>
#include <QAbstractTableModel>
#include <vector>

namespace dt::analysis {

/**
 * Every number of a case (a NumbersTable, built off the GUI thread and shared, immutable) as a
 * table: sorted and filtered here, on typed fields, without a proxy (two hundred thousand rows
 * through QVariant comparisons would take seconds). Reasons are made in the language given only
 * for the rows that are painted.
 */
class NumbersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Type,
        Verdict,
        Score,
        CallsOut,
        CallsIn,
        DistinctCallees,
        Answered,
        MeanDuration,
        ActiveDays,
        Night,
        Complainants,
        CalledBack,
        Operator,
        Reasons,
        ColumnCount
    };
    static constexpr int NumberRole = Qt::UserRole + 1;  ///< the number's key
    static constexpr int VerdictRole = Qt::UserRole + 2; ///< the verdict's code

    /// Ready-made orders of the triage: most calls out, most distinct callees, most complainants.
    enum class Preset { TopTalkers, MostCallees, MostComplained };
    /// The column a preset sorts by (descending).
    static Column presetColumn(Preset p);
    /// The sort key of a column (Reasons sorts by score).
    static NumberSort sortOf(int column);

    explicit NumbersModel(QObject *parent = nullptr);
    /// Shows @p table (null: no rows), keeping the filter and the order.
    void setTable(std::shared_ptr<const NumbersTable> table);
    const std::shared_ptr<const NumbersTable> &table() const { return m_table; }
    /// The table rows @p filter keeps, in @p column's @p order: what the model shows, computed
    /// apart (on a worker: ordering a table of a million numbers takes seconds).
    static std::vector<int> select(const NumbersTable &table, const NumberFilter &filter, int column,
                                   Qt::SortOrder order);
    /// Shows @p table with @p rows, select() of it for @p filter, @p column and @p order.
    void setTable(std::shared_ptr<const NumbersTable> table, const NumberFilter &filter, int column,
                  Qt::SortOrder order, std::vector<int> rows);
    /// Lists only the rows @p filter keeps, in the current order.
    void setFilter(const NumberFilter &filter);
    const NumberFilter &filter() const { return m_filter; }
    /// The language of the types, verdicts and reasons (the interface's).
    void setLanguage(Language lang);
    /// The row shown at @p row, or null.
    const NumberRow *rowAt(int row) const;
    /// The view row of the number @p key, or -1 when the filter hides it or the case has no such number.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

private:
    void rebuild();
    std::shared_ptr<const NumbersTable> m_table;
    std::vector<int> m_view; ///< indexes into the table's rows, filtered and ordered
    NumberFilter m_filter;
    int m_sortColumn = CallsOut;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    Language m_lang = Language::English;
};

} // namespace dt::analysis
