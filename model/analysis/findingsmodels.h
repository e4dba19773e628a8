#pragma once
#include "analysis/describe.h"
#include "analysis/findings.h"
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <vector>

namespace dt::analysis {

/// Suspect numbers of a run's findings, with their reasons in the language given. Immutable snapshot.
class SuspectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Score,
        Category,
        CallsOut,
        PerDay,
        Answered,
        Reciprocity,
        Complainants,
        Reasons,
        ColumnCount
    };
    static constexpr int NumberRole = Qt::UserRole + 1;

    explicit SuspectsModel(QObject *parent = nullptr);
    void setSuspects(std::vector<Suspect> suspects);
    /// The language of the categories and reasons (the interface's).
    void setLanguage(Language lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Suspect> m_rows;
    Language m_lang = Language::English;
};

/// Operators of a run's findings with their members and evidence. Immutable snapshot.
class OperatorsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Numbers, Calls, Victims, FirstCall, LastCall, Evidence, ColumnCount };
    static constexpr int NumbersRole = Qt::UserRole + 1; ///< QStringList of member numbers

    explicit OperatorsModel(QObject *parent = nullptr);
    void setOperators(const std::vector<Operator> &operators);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    /// The language of the evidence kinds (the interface's).
    void setLanguage(Language lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QStringList numbers;
        qint64 calls = 0, victims = 0, firstCall = 0, lastCall = 0;
        std::vector<LinkType> kinds; ///< the kinds of evidence linking its numbers, each once, in order
    };
    std::vector<Row> m_rows;
    CaseClock m_clock;
    Language m_lang = Language::English;
};

} // namespace dt::analysis
