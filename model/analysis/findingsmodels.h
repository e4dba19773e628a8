#pragma once
#include "analysis/describe.h"
#include "analysis/findings.h"
#include "core/caseclock.h"

#include <memory>
#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>
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

    /// A suspect's reasons in one language, made once per row: sorting or painting thousands of
    /// suspects must not make their sentences again at every call.
    struct Cached
    {
        QString reasons, tooltip;
    };
    /// What setSuspects() makes of a run's suspects, made on any thread (the GUI makes it on a
    /// worker: thousands of suspects) and handed to setPrepared(). The findings are shared, never
    /// copied: immutable, so a worker may read them while the GUI shows them.
    struct Prepared
    {
        std::shared_ptr<const Findings> findings; ///< null: no run
        Language lang = Language::English;        ///< the language of the cache
        QVector<Cached> cache;                    ///< one per suspect of the findings, in order
    };
    /// Makes the rows of @p findings' suspects with their reasons in @p lang; safe on any thread.
    static Prepared prepare(std::shared_ptr<const Findings> findings, Language lang);

    explicit SuspectsModel(QObject *parent = nullptr);
    /// Shows @p findings' suspects (prepare() on this thread).
    void setSuspects(std::shared_ptr<const Findings> findings);
    /// Shows rows prepare() made, on any thread.
    void setPrepared(Prepared prepared);
    /// The language of the categories and reasons (the interface's); the reasons are made again
    /// when it changes.
    void setLanguage(Language lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Prepared m_rows;
};

/// Operators of a run's findings with their members and evidence. Immutable snapshot.
class OperatorsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Numbers, Calls, Victims, FirstCall, LastCall, Evidence, ColumnCount };
    static constexpr int NumbersRole = Qt::UserRole + 1; ///< QStringList of member numbers

    /// One operator's row, made once: an operator has thousands of numbers and tens of thousands
    /// of links.
    struct Cached
    {
        QString id;
        QStringList numbers;
        qint64 calls = 0, victims = 0, firstCall = 0, lastCall = 0;
        std::vector<LinkType> kinds; ///< the kinds of evidence linking its numbers, each once, in order
    };
    /// What setOperators() makes of the operators, made on any thread and handed to setPrepared().
    struct Prepared
    {
        std::vector<Cached> rows;
    };
    /// Makes the rows of @p operators; safe on any thread.
    static Prepared prepare(const std::vector<Operator> &operators);

    explicit OperatorsModel(QObject *parent = nullptr);
    /// Shows @p operators (prepare() on this thread).
    void setOperators(const std::vector<Operator> &operators);
    /// Shows rows prepare() made, on any thread.
    void setPrepared(Prepared prepared);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    /// The language of the evidence kinds (the interface's).
    void setLanguage(Language lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Cached> m_rows;
    CaseClock m_clock;
    Language m_lang = Language::English;
};

} // namespace dt::analysis
