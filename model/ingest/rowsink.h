#pragma once
#include "case/database.h"
#include "case/sharedcalls.h"
#include "ingest/importtypes.h"
#include "ingest/valueparsers.h"

#include <functional>
#include <memory>
#include <QCoreApplication>

namespace dt::ingest {

class LegGrouper;

/**
 * The writing side of an import: a file's rows made into records of the case inside the importer's
 * transaction, counted in the summary, rejected rows kept with their line, reason and bytes. One
 * kind a sink (CallSink, LeakSink, ComplaintSink), each owning its tables' batches (InsertBatch,
 * inserted parents first) and what only the writing thread may touch: SQLite's connection, the
 * call store, the calls seen. The reading thread gets what it may do ahead (a resolver) lent by
 * value while the rows pass, and hands it back (see CallSink::lendResolver()).
 */
class RowSink
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::RowSink)
public:
    enum class Kind { Calls, Leak, Complaints };

    /// The sink for @p layout's kind (calls, leak or complaints).
    static std::unique_ptr<RowSink> make(Database &db, qint64 sourceId, const Layout &layout,
                                         const ImportOptions &options, ImportSummary *summary);
    virtual ~RowSink();
    RowSink(const RowSink &) = delete;
    RowSink &operator=(const RowSink &) = delete;
    Kind kind() const { return m_kind; }

    /// Reads what it needs of the case. @p fileBytes: the file's size, to choose between reading the
    /// case's numbers into memory and looking them up (-1: read them).
    bool prepare(QString *error, qint64 fileBytes = -1);
    /// After prepare(): the case's numbers are in memory, so that the rows look none up in SQL
    /// (then their unique index may be dropped for the rows and made again after them).
    bool numbersInMemory() const { return m_numbersInMemory; }
    /// After prepare(): the numbers the case held.
    qint64 knownNumbers() const { return m_knownNumbers; }
    /// The file's rows, about, from its size and the preview's rows (0 when unknown).
    qint64 estimatedRows(qint64 fileBytes) const;
    /// The order of day and month in the file's dates (decided from the preview's).
    virtual void setDayMonthOrder(DayMonthOrder o) { m_order = o; }
    DayMonthOrder dayMonthOrder() const { return m_order; }
    /// PBX logs with several rows per call: the grouping of the file's rows (first pass done).
    virtual void setLegGrouper(LegGrouper *) {}
    /// Keeps a row as rejected, with @p reason (RejectReason::encode()), counted in the summary under
    /// its kind (RejectReason::kind()). False only on a database error.
    bool reject(qint64 line, const QString &reason, const QByteArray &raw, QString *error);
    /// Frees the dictionaries and other caches (after the last row, before the index builds: a
    /// large import holds hundreds of MB in them). Only distinctNumbers() stays valid.
    virtual void releaseCaches() = 0;
    /// The rows still held in batches into their tables (without this call they never reach them);
    /// for a call log, its last calls into the case and every number's calls listed again (after
    /// the rows), running @p meanwhile while the lists are sorted; other kinds just run @p meanwhile.
    /// False when @p meanwhile is, or with @p error set.
    virtual bool finish(QString *error, const std::function<bool()> &meanwhile) = 0;
    /// The numbers the file named, each once.
    virtual qint64 distinctNumbers() const = 0;
    /// After finish(): the calls this file shares with each other source of the case (call logs).
    virtual bool sharedCalls(QVector<SharedCallCount> *out, QString *) const
    {
        out->clear();
        return true;
    }

protected:
    RowSink(Kind kind, Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
            ImportSummary *summary);
    /// The kind's own preparation, after the case's numbers were counted.
    virtual bool prepareKind(QString *error, qint64 fileBytes) = 0;
    /// Counts an accepted row's time among the summary's first and last.
    void countTime(qint64 utc)
    {
        if (!m_sum->firstTime || utc < m_sum->firstTime)
            m_sum->firstTime = utc;
        m_sum->lastTime = std::max(m_sum->lastTime, utc);
    }

    Database &m_db;
    const qint64 m_source;
    const Layout m_layout;
    const ImportOptions m_opt;
    ImportSummary *const m_sum;

private:
    const Kind m_kind;
    DayMonthOrder m_order = DayMonthOrder::Unknown;
    bool m_numbersInMemory = true;
    qint64 m_knownNumbers = 0; ///< numbers the case held (max id) when prepare() ran
    Statement m_insRejected;
};

} // namespace dt::ingest
