#pragma once
#include "core/caseclock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <vector>

namespace dt {

class Database;

/**
 * The case's calls for a table view, however many: rows are read a page at a time (256) when the
 * view asks for them and kept in a small cache of pages, so the first screen shows at once on a
 * case of tens of millions of calls. Row r is call id (first id + r) when the ids are dense (they
 * are: calls are only ever appended); with a number filter, row r is the r-th of the number's call
 * ids (callsOf(), read from its postings: the GUI reads them on a worker thread and hands them to
 * setNumberCalls(), as a busy number has millions).
 *
 * A view keeps an entry per row of its model (QHeaderView's sections, rebuilt at every reset), so
 * the model shows a window of at most windowRows() rows, from windowStart(): a case of tens of
 * millions of calls costs the view what a million costs. totalRows() counts them all.
 */
class CallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Start, Caller, Callee, Duration, Answered, Imei, Cell, Source, Notes, ColumnCount };
    static constexpr int kPageSize = 256;
    /// Rows shown at once by default (a view's header: 8 bytes a row).
    static constexpr qint64 kWindowRows = 1000000;

    explicit CallsModel(QObject *parent = nullptr);
    /// Shows the calls of @p db (nullptr: none). The database must outlive the model or be reset.
    void setDatabase(Database *db);
    /// Shows times in @p clock's zone (the case's), relabelling the time columns.
    void setClock(const CaseClock &clock);
    /// Only the calls to or from @p numberKey (a stored number, e.g. "+8613812345678"); empty: all.
    /// Reads the number's call ids on this thread: see setNumberCalls().
    void setNumberFilter(const QString &numberKey);
    /**
     * The ids of the calls to or from @p numberKey (made, then received, each in order of start time
     * then id, merged by start time then id; a call to itself once), through @p db, which may be
     * another thread's connection. Empty when the case has no such number (@p found false).
     */
    static std::vector<qint64> callsOf(Database &db, const QString &numberKey, bool *found = nullptr,
                                       QString *error = nullptr);
    /// Shows the calls @p ids (callsOf()) as those of @p numberKey.
    void setNumberCalls(const QString &numberKey, std::vector<qint64> ids);
    /// Shows no rows, filtered to @p numberKey, until setNumberCalls() brings its calls.
    void setLoading(const QString &numberKey);
    bool isLoading() const { return m_loading; }
    QString numberFilter() const { return m_filter; }
    /// Pages read from the case so far (each kPageSize rows at most).
    qint64 pagesRead() const { return m_pagesRead; }
    /// Every call shown, or every call of the number filtered to, in all windows.
    qint64 totalRows() const { return m_rows; }
    /// The first row of the window shown (0 after every change of calls or filter).
    qint64 windowStart() const { return m_windowStart; }
    qint64 windowRows() const { return m_windowRows; }
    /// Shows the window of rows from @p first (clamped to the calls there are) on.
    void setWindowStart(qint64 first);
    /// Shows at most @p rows rows at once (at least one page); from the first row.
    void setWindowRows(qint64 rows);
    /// The call id shown in @p row (0 when there is none).
    qint64 callId(int row) const;
    /// Re-reads the notes and tags column (after a note or tag on a call changed).
    void refreshNotes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0, start = 0, duration = 0;
        int answered = -1;
        QString caller, callee, imei, cell, source, notes;
    };
    const QVector<Row> &page(qint64 index) const;
    const Row *rowAt(int row) const;
    void reload();
    Database *m_db = nullptr;
    CaseClock m_clock;
    QString m_filter;
    std::vector<qint64> m_ids; ///< with a filter: the number's calls, in the order shown
    qint64 m_rows = 0, m_firstId = 0;
    qint64 m_windowStart = 0, m_windowRows = kWindowRows;
    bool m_dense = true;
    bool m_loading = false;
    mutable QHash<qint64, QVector<Row>> m_pages;
    mutable QList<qint64> m_lru;
    mutable qint64 m_pagesRead = 0;
};

} // namespace dt
