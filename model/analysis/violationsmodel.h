#pragma once
#include "analysis/describe.h"
#include "analysis/findings.h"
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <vector>

namespace dt::analysis {

/// The rules of the 2018 campaign broken by flagged numbers (a run's violations): rule, number,
/// count, period, what happened, in the language given. Immutable snapshot.
class ViolationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Number, Count, FirstCall, LastCall, Details, ColumnCount };
    static constexpr int NumberRole = Qt::UserRole + 1;
    static constexpr int SupportingCallsRole = Qt::UserRole + 2; ///< QList<qint64> of call ids

    explicit ViolationsModel(QObject *parent = nullptr);
    void setViolations(std::vector<Violation> violations);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    /// The language of the rules and details (the interface's).
    void setLanguage(Language lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Violation> m_rows;
    CaseClock m_clock;
    Language m_lang = Language::English;
};

} // namespace dt::analysis
