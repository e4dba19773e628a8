#pragma once
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QStringList>
#include <QVector>

namespace dt::analysis {

/// Suspect numbers of a findings document (`findings --json`), with their reasons. Immutable snapshot.
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

    /// What a view asks for most, made once per row: sorting or painting thousands of suspects
    /// must not parse their JSON again at every call.
    struct Cached
    {
        QString number;
        double score = 0;
        QString reasons, tooltip;
    };
    /// What setSuspects() makes of the suspects, made on any thread (the GUI makes it on a worker:
    /// thousands of suspects) and handed to setPrepared().
    struct Prepared
    {
        QJsonArray rows;
        QVector<Cached> cache;
    };
    static Prepared prepare(QJsonArray suspects);

    explicit SuspectsModel(QObject *parent = nullptr);
    void setSuspects(QJsonArray suspects);
    void setPrepared(Prepared prepared);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_rows;
    QVector<Cached> m_cache;
};

/// Operators of a findings document with their members and evidence. Immutable snapshot.
class OperatorsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Numbers, Calls, Victims, FirstCall, LastCall, Evidence, ColumnCount };
    static constexpr int NumbersRole = Qt::UserRole + 1; ///< QStringList of member numbers

    /// Made once per row: an operator has thousands of numbers and tens of thousands of links.
    struct Cached
    {
        QStringList numbers;
        QString evidenceKinds;
    };
    /// What setOperators() makes of the operators, made on any thread and handed to setPrepared().
    struct Prepared
    {
        QJsonArray rows;
        QVector<Cached> cache;
    };
    static Prepared prepare(QJsonArray operators);

    explicit OperatorsModel(QObject *parent = nullptr);
    void setOperators(QJsonArray operators);
    void setPrepared(Prepared prepared);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_rows;
    CaseClock m_clock;
    QVector<Cached> m_cache;
};

} // namespace dt::analysis
