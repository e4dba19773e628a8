#pragma once
#include "analysis/describe.h"
#include "analysis/findings.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace dt::analysis {

/// The leaked lists of a run's findings (with their lineage and compilations):
/// what each list holds, how much of it the operators dialled; its place in the resale lineage in the
/// tooltip. Immutable snapshot.
class LeakListsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { List, Acquired, Records, Phones, Masked, Dialled, ShareDialled, ColumnCount };
    static constexpr int SourceRole = Qt::UserRole + 1; ///< the list's source name

    explicit LeakListsModel(QObject *parent = nullptr);
    void setFindings(const Findings &findings);
    /// The language of the lists' field names (the interface's).
    void setLanguage(Language lang) { m_lang = lang; }
    /// Row of the list named @p source, -1 when absent.
    int rowOf(const QString &source) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString lineageText(const ListSummary &list) const;
    std::vector<ListSummary> m_rows;
    std::vector<Resale> m_lineage;
    std::vector<Compilation> m_compilations;
    Language m_lang = Language::English;
};

/// Operators (rows) × leaked lists (columns) of a run's findings: how well each list explains each
/// operator's victims. A cell shows the victims in the list (+ masked matches) over the share of the
/// operator's victims; a cell without an attribution holds no list victim. Immutable snapshot.
/// The view colours cells by StrengthRole (this library has no GUI types).
class LeakMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int OperatorRole = Qt::UserRole + 1;    ///< operator id (any cell, vertical header)
    static constexpr int SourceRole = Qt::UserRole + 2;      ///< list name (any cell, horizontal header)
    static constexpr int SignificantRole = Qt::UserRole + 3; ///< bool; invalid without an attribution
    /// share_of_victims (0..1) when significant, -1 when not significant, invalid without an attribution.
    static constexpr int StrengthRole = Qt::UserRole + 4;
    static constexpr int AttributionRole = Qt::UserRole + 5; ///< the attribution as a QVariantMap

    explicit LeakMatrixModel(QObject *parent = nullptr);
    void setFindings(const Findings &findings);
    int rowOf(const QString &operatorId) const;
    int columnOf(const QString &source) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The tooltip of one attribution: p-value, lift, unique victims, lags, dialling order.
    static QString describe(const QString &operatorId, const ListAttribution &attribution);

private:
    struct Row
    {
        QString id;
        qsizetype numbers = 0;
        qint64 victims = 0;
    };
    struct Cell
    {
        bool attributed = false; ///< false: none of the operator's victims is in the list
        ListAttribution a;
    };
    std::vector<Row> m_operators;
    QStringList m_lists;
    std::vector<std::vector<Cell>> m_cells; ///< [operator][list]
};

} // namespace dt::analysis
