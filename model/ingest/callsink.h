#pragma once
#include "case/insertbatch.h"
#include "ingest/callparser.h"
#include "ingest/dictionarykeys.h"
#include "ingest/idmap.h"
#include "ingest/leggrouper.h"
#include "ingest/numberresolver.h"
#include "ingest/rowpipe.h"
#include "ingest/rowsink.h"
#include "ingest/seencalls.h"
#include "ingest/sharedcalltally.h"

#include <array>
#include <memory>
#include <QHash>
#include <vector>

namespace dt::callstore {
class Writer;
class CallsByCaller;
} // namespace dt::callstore

namespace dt::ingest {

/**
 * A call log's rows into the case: each call's devices and cells numbered, the same call seen
 * twice stored once (from both parties, in another source after clock correction, as several PBX
 * legs) and linked to every row it came from, the calls appended to the call store. Owns the
 * batches of numbers, devices, cells and call_rows, the store's writer, the calls seen and the
 * dictionaries of devices and cells; the writing thread's alone. Its NumberResolver is lent to the
 * reading thread when it holds the case's numbers in memory (lendResolver()).
 */
class CallSink : public RowSink
{
public:
    CallSink(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
             ImportSummary *summary);
    ~CallSink() override;
    void setDayMonthOrder(DayMonthOrder o) override;
    void setLegGrouper(LegGrouper *g) override { m_legs = g; }
    /// Whether rows may be parsed ahead with a CallParser (all but a PBX log's legs, grouped here).
    bool acceptsParsed() const { return !m_legs; }
    /// The number resolver, for the reading thread to number the parsed rows' parties ahead
    /// (DecodedRow::resolved): when it holds the case's numbers in memory (needs no SQL) and rows
    /// are parsed ahead; else null, and the rows are numbered here. Until giveBack() this sink numbers
    /// nothing itself: every row it gets parsed is resolved, or rejected.
    std::unique_ptr<NumberResolver> lendResolver();
    /// The lent resolver, after the last row.
    void giveBack(std::unique_ptr<NumberResolver> resolver) { m_resolver = std::move(resolver); }

    /// One row, however far the reading thread took it: fields, parsed, or parsed and resolved;
    /// or refused by the reader. False only on a database error (a bad row is rejected, not an
    /// error), which may come from an earlier row: rows are inserted a batch at a time.
    bool add(DecodedRow &row, QString *error);
    /// Asks the processor for the slots add() will look @p row's call and cell up in (rows ahead).
    void prefetch(const DecodedRow &row) const
    {
        if (!row.resolved)
            return;
        const ParsedCall &pc = row.call();
        const ResolvedCall &r = row.callRow().res;
        m_seen.prefetch(CallKey{r.caller, r.callee, pc.utc, pc.duration});
        if (pc.cellLen)
            m_cellIds.prefetch(cellKey(QByteArrayView(pc.cellBytes, pc.cellLen)));
    }
    void beginBatch(LeakStage *) {}
    bool endBatch(QString *) { return true; }

    void releaseCaches() override;
    bool finish(QString *error, const std::function<bool()> &meanwhile) override;
    qint64 distinctNumbers() const override { return m_distinct; }
    bool sharedCalls(QVector<SharedCallCount> *out, QString *error) const override
    {
        return m_shared.count(m_db, m_source, out, error);
    }

protected:
    bool prepareKind(QString *error, qint64 fileBytes) override;

private:
    /// A row of decoded fields: another leg of a PBX call (linked to it), or a call of its own.
    bool addFields(const QStringList &row, qint64 line, const QByteArray &raw, QString *error);
    /// Stores (or merges) one call; @p recordLine is the line the call and its link name (the row's
    /// own unless it stands for a call of several legs); @p callId gets the call (0 when rejected).
    bool storeParsed(const ParsedCall &pc, qint64 line, qint64 recordLine, const QByteArray &raw,
                     qint64 *callId, QString *error);
    bool addResolved(const ParsedCall &pc, const ResolvedCall &r, const std::vector<Created> &created,
                     qint64 line, const QByteArray &raw, QString *error);
    bool storeResolved(const ParsedCall &pc, const ResolvedCall &r, qint64 recordLine, qint64 *callId,
                       QString *error);
    /// Inserts the numbers, devices and cells numbered by the resolver, deviceId() and cellId().
    bool insertCreated(const std::vector<Created> &created, QString *error);
    bool linkRow(qint64 callId, qint64 line, QString *error);
    void loadDevicesAndCells();
    qint64 deviceId(const QString &raw, std::vector<Created> &out);
    /// A call's device: a 15-digit IMEI given as an integer is looked up without a string.
    qint64 callDeviceId(const ParsedCall &pc, std::vector<Created> &out);
    /// A call's cell, numbered in the case's cells (0: none).
    qint64 cellId(const ParsedCall &pc, std::vector<Created> &out);
    void resolveDeviceAndCell(const ParsedCall &pc, ResolvedCall *r, std::vector<Created> &out);
    /// Counts number @p id as named by this file (when its call is stored).
    void touch(qint64 id);
    /// After a row was added to @p rows: inserts every batch when that one is full.
    bool rowHeld(InsertBatch &rows, QString *error);
    /// Inserts the rows of every batch, parents first (foreign keys).
    bool insertHeldRows(QString *error);

    CallParser m_parser;
    LegGrouper *m_legs = nullptr;
    std::unique_ptr<NumberResolver> m_resolver; ///< null while lent to the reading thread
    std::vector<Created> m_created;             ///< what this thread numbered for the row at hand
    // Devices and cells: numbered here, on the writing thread, which has time to spare while the
    // reading thread parses (the numbers are the reading thread's).
    QHash<QString, qint64> m_devices;     ///< IMEI or opaque id -> device id
    QHash<QString, qint64> m_deviceByRaw; ///< the file's own spelling -> device id
    IdMap m_deviceByDigits;               ///< a 15-digit IMEI as spelled, as an integer + 1 -> device id
    /// Cells spelled "LAC-CI" or "CI" in digits (most cells of a carrier CDR) or short with a hex CI,
    /// by an integer made of them (cellKey()) -> the cell's id: no string made or hashed per row.
    IdMap m_cellIds;
    QHash<QByteArray, qint64> m_cellTexts; ///< the other cells
    qint64 m_nextDevice = 1, m_nextCell = 1;
    std::vector<bool> m_touched; ///< by number id: named by this file
    qint64 m_distinct = 0;
    SeenCalls m_seen;
    SharedCallTally m_shared; ///< the case's calls this file's rows merged into
    bool m_otherCalls = false;
    std::unique_ptr<callstore::Writer> m_calls;
    /// The case's calls by caller, for a call log large beside them (else looked up in SQL).
    std::unique_ptr<callstore::CallsByCaller> m_callsByCaller;
    std::unique_ptr<InsertBatch> m_numberRows, m_deviceRows, m_cellRows, m_callRows;
    /// The batches in the order they are inserted: a row after the rows it names.
    std::array<InsertBatch *, 4> batches() const
    {
        return {m_numberRows.get(), m_deviceRows.get(), m_cellRows.get(), m_callRows.get()};
    }
    Statement m_findOther;
};

} // namespace dt::ingest
