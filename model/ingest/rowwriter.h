#pragma once
#include "case/database.h"
#include "case/insertbatch.h"
#include "ingest/callparser.h"
#include "ingest/dictionarykeys.h"
#include "ingest/fieldmap.h"
#include "ingest/idmap.h"
#include "ingest/importtypes.h"
#include "ingest/leakparser.h"
#include "ingest/leggrouper.h"
#include "ingest/rowpipe.h"
#include "ingest/seencalls.h"
#include "ingest/valueparsers.h"
#include "phone/phonenumber.h"

#include <array>
#include <functional>
#include <memory>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <unordered_map>
#include <vector>

namespace dt::callstore {
class Writer;
class CallsByCaller;
} // namespace dt::callstore

namespace dt::ingest {

/**
 * Turns decoded rows into case records inside the importer's transaction: number and device
 * dictionaries, time zone and clock correction, deduplication, rejected rows.
 */
class RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::RowWriter)
public:
    RowWriter(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
              ImportSummary *summary);
    ~RowWriter();
    /// Reads what it needs of the case. @p fileBytes: the file's size, to choose between reading
    /// the case's numbers into memory and looking them up (-1: read them).
    bool prepare(QString *error, qint64 fileBytes = -1);
    /// A row the reader refused, kept as a rejected row with @p reason.
    bool refuse(qint64 line, const QString &reason, const QByteArray &raw, QString *error)
    {
        return reject(line, reason, raw, error);
    }
    /// One data row. Returns false only on a database error (a bad row is rejected, not an error),
    /// which may come from an earlier row's insert: rows are inserted a batch at a time.
    bool add(const QStringList &row, qint64 line, const QByteArray &raw, QString *error);
    void setDayMonthOrder(DayMonthOrder o)
    {
        m_order = o;
        m_parser.setDayMonthOrder(o);
    }
    DayMonthOrder dayMonthOrder() const { return m_order; }
    /// A call-log row parsed beforehand (CallParser, on the reading thread): no PBX leg grouping.
    bool addParsed(const ParsedCall &call, qint64 line, const QByteArray &raw, QString *error);
    /// Whether rows may be parsed ahead with a CallParser and given to addParsed().
    bool acceptsParsed() const { return m_layout.kind == QLatin1String("calls") && !m_legs; }
    /// Whether parsed rows may also be resolved ahead, on the reading thread (resolve()): the case's
    /// numbers are in memory, so that resolving needs no SQL. The writer then touches none of the
    /// dictionaries until the rows are done.
    bool resolvesAhead() const { return acceptsParsed() && m_numbersInMemory; }
    /// A parsed call's parties, device and cell as ids, numbering the new ones (in @p created, for
    /// addResolved() to insert). Runs on the reading thread when resolvesAhead().
    /// With @p deviceAndCell false those two are left (-1) for resolveDeviceAndCell() on the
    /// writing thread, which has time to spare while the reading thread parses: the dictionaries of
    /// numbers are then the reading thread's alone, those of devices and cells the writer's.
    ResolvedCall resolve(const ParsedCall &pc, std::vector<Created> *created, bool deviceAndCell = true);
    /// A call parsed and resolved beforehand.
    bool addResolved(const ParsedCall &pc, const ResolvedCall &r, const std::vector<Created> &created,
                     qint64 line, const QByteArray &raw, QString *error);
    /// Asks the processor for the slots resolve() will look @p pc's numbers up in (rows ahead).
    void prefetchNumbers(const ParsedCall &pc) const
    {
        if (pc.callerMobile >= 0)
            m_mobileIds.prefetch(pc.callerMobile);
        if (pc.calleeMobile >= 0)
            m_mobileIds.prefetch(pc.calleeMobile);
    }
    /// Asks for the slots addResolved() will look the call up in among the calls seen, and its cell
    /// in the cells (rows ahead).
    void prefetchCall(const ParsedCall &pc, const ResolvedCall &r) const
    {
        m_seen.prefetch(CallKey{r.caller, r.callee, pc.utc, pc.duration});
        if (pc.cellLen)
            m_cellIds.prefetch(numericCell(QByteArrayView(pc.cellBytes, pc.cellLen)));
    }
    /// A leaked-list row parsed beforehand (LeakParser, on the reading thread).
    bool addParsedLeak(const ParsedLeak &leak, qint64 line, const QByteArray &raw, QString *error);
    /// Whether parsed leak rows may also be resolved ahead (resolveLeak() on the reading thread):
    /// the case's numbers are in memory, so that resolving needs no SQL.
    bool resolvesLeaksAhead() const { return acceptsParsedLeak() && m_numbersInMemory; }
    /// A parsed leak row's phone and person as ids, numbering the new ones (flagged in @p r, for
    /// addResolvedLeak() to insert). False only on a database error (numbers looked up in SQL).
    bool resolveLeak(const ParsedLeak &p, ResolvedLeak *r);
    /// A leak row parsed and resolved beforehand.
    bool addResolvedLeak(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, const QByteArray &raw,
                         QString *error);
    /// On the reading thread, after resolveLeak(): the row's new number, new person and record made
    /// into rows of their tables in @p stage (a rejected row: its new number only), so that the
    /// writing thread only inserts them (insertStagedLeaks()) and counts the row (addStagedLeak()).
    void stageLeak(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, LeakStage *stage) const;
    /// An empty stage for a batch of @p rows rows, with the tables' columns.
    std::unique_ptr<LeakStage> newLeakStage(qsizetype rows) const;
    /// A leak row staged on the reading thread: rejected (into rejected_rows) or counted.
    bool addStagedLeak(const ParsedLeak &p, qint64 line, const QByteArray &raw, QString *error);
    /// Inserts a batch's staged rows (after its rows went through addStagedLeak()). Every leak row of
    /// a staged batch must have been staged: a row left to the writer's own path would reach its
    /// table out of order (the pipeline refuses such a batch).
    bool insertStagedLeaks(LeakStage &stage, QString *error);
    /// Asks the processor for the slots resolveLeak() will look @p p up in (rows ahead).
    void prefetchLeak(const ParsedLeak &p) const
    {
        if (p.mobile > 0)
            m_leakMobiles.prefetch(p.mobile);
        if (p.idCode)
            m_personsById.prefetch(p.idCode);
    }
    /// Whether rows may be parsed ahead with a LeakParser and given to addParsedLeak().
    bool acceptsParsedLeak() const { return m_layout.kind == QLatin1String("leak"); }
    /// PBX logs with several rows per call: the grouping of the file's rows (first pass done).
    void setLegGrouper(LegGrouper *g) { m_legs = g; }
    qint64 distinctNumbers() const { return m_distinct; }
    /// After prepare(): the case's numbers are in memory, so that the rows look none up in SQL
    /// (then their unique index may be dropped for the rows and made again after them).
    bool numbersInMemory() const { return m_numbersInMemory; }
    /// After prepare(): the numbers the case held.
    qint64 knownNumbers() const { return m_knownNumbers; }
    /// The file's rows, about, from its size and the preview's rows (0 when unknown).
    qint64 estimatedRows(qint64 fileBytes) const;
    /// Frees the dictionaries and the dedup table (after the last row, before the index build: a 10M-row
    /// import holds hundreds of MB in them). Only distinctNumbers() stays valid.
    void releaseCaches();
    /// The rows still held in batches into their tables (without this call they never reach them);
    /// then a call log's last calls into the case and every number's calls listed again (after the
    /// rows), running @p meanwhile while the lists are sorted (see callstore::Writer::rebuildPostings());
    /// other kinds just run @p meanwhile. False when @p meanwhile is, or with @p error set.
    bool finish(QString *error, const std::function<bool()> &meanwhile);

private:
    bool reject(qint64 line, const QString &reason, const QByteArray &raw, QString *error);
    qint64 numberId(const QString &raw, NumberClass *cls, const QString &subscriber = {},
                    QString *keyOut = nullptr);
    qint64 deviceId(const QString &raw, std::vector<Created> &out);
    void loadDevices();
    /// A call's party: a plain mobile given as an integer is looked up without a string.
    qint64 partyId(qint64 mobile, const QString &raw, const QString &subscriber, QString *keyOut);
    /// A call's device: a 15-digit IMEI given as an integer is looked up without a string.
    qint64 callDeviceId(const ParsedCall &pc, std::vector<Created> &out);
    /// A call's cell, numbered in the case's cells (0: none).
    qint64 cellId(const ParsedCall &pc, std::vector<Created> &out);
    /// A call resolved ahead without them: its device and cell (listed in m_createdHere when new).
    void resolveDeviceAndCell(const ParsedCall &pc, ResolvedCall *r);
    bool addCall(const QStringList &row, qint64 line, const QByteArray &raw, QString *error);
    /// Stores (or merges) one call; @p recordLine is the line the call and its link name (the row's
    /// own unless it stands for a call of several legs); @p callId gets the call (0 when rejected).
    bool storeCall(const QStringList &row, qint64 line, qint64 recordLine, const QByteArray &raw,
                   qint64 *callId, QString *error);
    bool storeParsed(const ParsedCall &pc, qint64 line, qint64 recordLine, const QByteArray &raw,
                     qint64 *callId, QString *error);
    bool storeResolved(const ParsedCall &pc, const ResolvedCall &r, qint64 recordLine, qint64 *callId,
                       QString *error);
    /// Inserts the numbers, devices and cells numbered by numberId(), deviceId() and cellId().
    bool insertCreated(const std::vector<Created> &created, QString *error);
    bool linkRow(qint64 callId, qint64 line, QString *error);
    bool addLeak(const QStringList &row, qint64 line, const QByteArray &raw, QString *error);
    /// A resolved leak row as rows of numbers, persons and leak_records (see stageLeak()).
    void appendLeak(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, RowBuffer &numbers,
                    RowBuffer &persons, RowBuffer &records) const;
    // Leaked lists: their own dictionaries, keyed by integers where the values allow.
    bool prepareLeak(qint64 fileBytes);
    bool leakNumberId(const ParsedLeak &p, ResolvedLeak *r);
    void leakPersonId(const ParsedLeak &p, ResolvedLeak *r);
    bool addComplaint(const QStringList &row, qint64 line, const QByteArray &raw, QString *error);
    QString value(const QStringList &row, Field f) const;

    Database &m_db;
    qint64 m_source;
    Layout m_layout;
    ImportOptions m_opt;
    ImportSummary *m_sum;
    PhoneClassifier m_phones;
    QTimeZone m_tz;
    DayMonthOrder m_order = DayMonthOrder::Unknown;
    LegGrouper *m_legs = nullptr;
    QHash<QString, qint64> m_numbers, m_devices;
    QHash<QString, qint64> m_deviceByRaw; ///< the file's own spelling -> device id
    IdMap m_deviceByDigits;               ///< a 15-digit IMEI as spelled, as an integer + 1 -> device id
    /// Counts number @p id as seen in this file (unless m_touchWhenStored: then storeResolved() does).
    void touch(qint64 id);
    void touchStored(qint64 id);
    std::vector<bool> m_touched; ///< by number id: seen in this file
    /// A call log's numbers are counted as seen when its call is stored (storeResolved(), on the
    /// writing thread) rather than where they are numbered (on the reading thread, the busier one).
    bool m_touchWhenStored = false;
    qint64 m_distinct = 0;
    /// Plain 11-digit mainland mobiles (most numbers of any call log), as an integer -> number id:
    /// no normalisation, no string hashing when a number comes again.
    IdMap m_mobileIds; ///< mobile -> number id << 8 | its NumberClass (never 0)
    /// Cells spelled "LAC-CI" or "CI" in digits (most cells of a carrier CDR), by an integer made of
    /// them -> the cell's id: no string hashed per row.
    IdMap m_cellIds;
    QHash<QByteArray, qint64> m_cellTexts; ///< the other cells
    qint64 m_knownNumbers = 0;             ///< numbers the case held (max id) when prepare() ran
    /// New numbers, devices and cells get the next ids (as SQLite would give them): numberId(),
    /// deviceId() and cellId() list them in m_created, and the writer inserts them.
    qint64 m_nextNumber = 1, m_nextDevice = 1, m_nextCell = 1, m_nextPerson = 1;
    std::vector<Created> m_created;
    std::vector<Created> m_createdHere; ///< devices and cells numbered on the writing thread
    bool m_otherCalls = false;
    CallParser m_parser;
    bool m_numbersInMemory = true, m_devicesLoaded = false;
    QVector<bool> m_mapped; ///< by column: mapped to a field
    SeenCalls m_seen;
    /// Leaked lists: the numbers whose key is a +86 mobile by its 11 digits (the others in
    /// m_numbers); persons by their ID number (LeakParser::idCode) and by name and phone.
    std::unique_ptr<LeakParser> m_leakParser;
    IdMap m_leakMobiles, m_personsById;
    NamePhoneMap m_personsByNamePhone;
    std::unique_ptr<callstore::Writer> m_calls; ///< a call log's calls
    /// The case's calls by caller, for a call log large beside them (else looked up in SQL).
    std::unique_ptr<callstore::CallsByCaller> m_callsByCaller;
    /// New numbers, devices and cells, a leaked list's persons and records, complaints and the further
    /// rows of calls, inserted a batch at a time: all of them whenever one is full, and by finish().
    std::unique_ptr<InsertBatch> m_numberRows, m_deviceRows, m_cellRows, m_personRows, m_leakRows,
        m_complaintRows, m_callRows;
    /// The batches in the order they are inserted: a row after the rows it names (foreign keys).
    std::array<std::unique_ptr<InsertBatch> *, 7> batches()
    {
        return {&m_numberRows, &m_deviceRows,    &m_cellRows, &m_personRows,
                &m_leakRows,   &m_complaintRows, &m_callRows};
    }
    /// After a row was added to @p rows: inserts every batch when that one is full.
    bool rowHeld(InsertBatch &rows, QString *error);
    /// Inserts the rows of every batch, in batches()' order.
    bool insertHeldRows(QString *error);
    Statement m_findNumber, m_findOther, m_insRejected;
};

} // namespace dt::ingest
