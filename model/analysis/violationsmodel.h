#pragma once
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace dt::analysis {

/// The rules of the 2018 campaign broken by flagged numbers (`findings --json` "violations"): rule,
/// number, count, period. Immutable snapshot.
class ViolationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Number, Count, FirstCall, LastCall, Details, ColumnCount };
    static constexpr int NumberRole = Qt::UserRole + 1;
    static constexpr int SupportingCallsRole = Qt::UserRole + 2; ///< QList<qint64> of call ids

    explicit ViolationsModel(QObject *parent = nullptr);
    void setViolations(QJsonArray violations);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    /// The rule's name in the interface language (e.g. "calls after a complaint").
    static QString ruleText(const QString &type);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_rows;
    CaseClock m_clock;
};

} // namespace dt::analysis
