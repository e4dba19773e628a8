#include "ingest/callsink.h"

#include "case/callstore.h"

#include <QTimeZone>

namespace dt::ingest {

CallSink::CallSink(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
                   ImportSummary *summary)
    : RowSink(Kind::Calls, db, sourceId, layout, options, summary)
    , m_parser(layout.mapping, QTimeZone(options.timezone.toUtf8()), options.clockCorrection(),
               layout.appleEpoch())
{
    m_parser.setExcel1904(layout.excel1904());
}

CallSink::~CallSink() = default;

void CallSink::setDayMonthOrder(DayMonthOrder o)
{
    RowSink::setDayMonthOrder(o);
    m_parser.setDayMonthOrder(o);
}

bool CallSink::prepareKind(QString *error, qint64 fileBytes)
{
    const qint64 rows = estimatedRows(fileBytes);
    // A call log brings a new number about every ten rows at most.
    m_resolver = std::make_unique<NumberResolver>(m_db, m_opt.region);
    if (!m_resolver->load(numbersInMemory(), knownNumbers(), std::min<qint64>(rows, 80'000'000) / 10, error))
        return false;
    m_nextDevice = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM devices")).toLongLong();
    m_nextCell = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM cells")).toLongLong();
    loadDevicesAndCells();
    // New numbers, devices and cells and a call's further rows are inserted a batch at a time
    // (InsertBatch). Nothing looks them up in SQL before finish(): every new entry of a dictionary
    // stays in its memory, and nothing reads the rest during the rows.
    using Columns = std::initializer_list<const char *>;
    m_numberRows = std::make_unique<InsertBatch>(m_db, "numbers", Columns{"id", "value", "e164", "type"});
    m_deviceRows = std::make_unique<InsertBatch>(m_db, "devices", Columns{"id", "imei"});
    m_cellRows = std::make_unique<InsertBatch>(m_db, "cells", Columns{"id", "value"});
    // The same further row twice (a PBX leg met again) is kept once.
    m_callRows = std::make_unique<InsertBatch>(m_db, "call_rows", Columns{"call_id", "source_id", "line"},
                                               4096, InsertBatch::OnConflict::Ignore);
    for (const InsertBatch *b : batches()) {
        if (!b->isValid()) {
            *error = m_db.lastError();
            return false;
        }
    }
    // Room for the file's calls in the table of calls seen, so that it is not rehashed as it grows.
    // A little under the estimate: one growth at the end costs less than a table twice too large.
    m_calls = std::make_unique<callstore::Writer>(m_db);
    if (!m_calls->begin(m_source, error, rows))
        return false;
    m_seen.begin(m_calls->firstId(), [calls = m_calls.get()](qint64 id, const CallKey &k) {
        return calls->appended(id, k.caller, k.callee, k.start, k.duration);
    });
    m_shared.begin(m_calls->firstId());
    m_seen.reserve(size_t(std::min<qint64>(rows * 9 / 10, 20'000'000)));
    // The same call in another source: same parties, start within 3 s, duration within 2 s.
    m_findOther = m_db.prepare(QStringLiteral("SELECT id FROM calls WHERE caller = ? AND start_utc BETWEEN ? "
                                              "AND ? AND callee = ? AND abs(duration - ?) <= 2 "
                                              "AND source_id <> ? LIMIT 1"));
    if (!m_findOther.isValid()) {
        *error = m_db.lastError();
        return false;
    }
    // Only calls of other sources can be the same call seen elsewhere; none, no lookups.
    m_otherCalls =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM calls WHERE source_id <> %1)").arg(m_source))
            .toBool();
    // A call log with many rows beside the case's calls looks them up in memory (CallsByCaller, cheap
    // to load a call and small a call) instead of through the postings (a query a row).
    if (m_otherCalls && rows * 100 >= callstore::extent(m_db).count) {
        m_callsByCaller = std::make_unique<callstore::CallsByCaller>();
        if (!m_callsByCaller->load(m_db, error))
            return false;
    }
    return true;
}

std::unique_ptr<NumberResolver> CallSink::lendResolver()
{
    if (!acceptsParsed() || !m_resolver || !m_resolver->inMemory())
        return nullptr;
    return std::move(m_resolver);
}

void CallSink::releaseCaches()
{
    m_seen.clear();
    if (m_resolver)
        m_resolver->clear();
    m_cellIds.clear();
    m_cellTexts = {};
    m_devices = {};
    m_deviceByRaw = {};
    m_deviceByDigits.clear();
    m_callsByCaller.reset();
    std::vector<bool>().swap(m_touched);
}

bool CallSink::rowHeld(InsertBatch &rows, QString *error)
{
    return !rows.endRowHeld() || insertHeldRows(error);
}

bool CallSink::insertHeldRows(QString *error)
{
    // Every table's rows at once, those named before those naming them (batches()' order): with
    // foreign keys on (an import inside a caller's transaction) a row must not reach its table
    // before the rows it names, though each table's batch fills at its own pace.
    for (InsertBatch *rows : batches()) {
        if (!rows->flush(error))
            return false;
    }
    return true;
}

bool CallSink::finish(QString *error, const std::function<bool()> &meanwhile)
{
    return insertHeldRows(error) && m_calls->finish(error, meanwhile);
}

void CallSink::touch(qint64 id)
{
    if (size_t(id) >= m_touched.size())
        m_touched.resize(std::max(size_t(id) + 1, m_touched.size() * 2));
    if (!m_touched[size_t(id)]) {
        m_touched[size_t(id)] = true;
        ++m_distinct;
    }
}

bool CallSink::linkRow(qint64 callId, qint64 line, QString *error)
{
    m_callRows->add(callId).add(m_source).add(line);
    return rowHeld(*m_callRows, error);
}

bool CallSink::add(DecodedRow &r, QString *error)
{
    if (r.refused)
        return reject(r.line, r.fields.value(0), r.raw, error);
    if (r.resolved)
        return addResolved(r.call(), r.callRow().res, r.callRow().created, r.line, r.raw, error);
    if (r.parsed) {
        qint64 id = 0;
        return storeParsed(r.call(), r.line, r.line, r.raw, &id, error);
    }
    return addFields(r.fields, r.line, r.raw, error);
}

bool CallSink::addFields(const QStringList &row, qint64 line, const QByteArray &raw, QString *error)
{
    LegGrouper::Call *call = m_legs ? m_legs->callOf(row) : nullptr;
    ParsedCall pc;
    if (!call) {
        m_parser.parse(row, &pc);
        qint64 id = 0;
        return storeParsed(pc, line, line, raw, &id, error);
    }
    if (call->callId) {
        // Another leg of a PBX call already stored: provenance only.
        ++m_sum->legsGrouped;
        ++m_sum->duplicatesMerged;
        ++m_sum->accepted;
        // The winning leg's line is the call's own row (in calls), wherever the leg came in the file.
        return line == call->line || linkRow(call->callId, line, error);
    }
    // The call's first leg in the file stores the call as its legs make it, under the winning leg's line.
    m_parser.parse(m_legs->asStored(row, *call), &pc);
    if (!storeParsed(pc, line, call->line, raw, &call->callId, error))
        return false;
    return !call->callId || line == call->line || linkRow(call->callId, line, error);
}

bool CallSink::storeParsed(const ParsedCall &pc, qint64 line, qint64 recordLine, const QByteArray &raw,
                           qint64 *callId, QString *error)
{
    *callId = 0;
    if (!pc.rejectReason.isEmpty())
        return reject(line, pc.rejectReason, raw, error);
    if (!m_resolver) {
        // Never: a lent resolver numbers every parsed row ahead but those rejected (above).
        *error = RowSink::tr("line %1: a call was not numbered ahead (internal error); the case is unchanged")
                     .arg(line);
        return false;
    }
    ResolvedCall r;
    m_resolver->resolveParties(pc, &r, m_created);
    resolveDeviceAndCell(pc, &r, m_created);
    const bool ok = insertCreated(m_created, error);
    m_created.clear();
    return ok && storeResolved(pc, r, recordLine, callId, error);
}

bool CallSink::addResolved(const ParsedCall &pc, const ResolvedCall &r, const std::vector<Created> &created,
                           qint64 line, const QByteArray &raw, QString *error)
{
    if (!pc.rejectReason.isEmpty())
        return reject(line, pc.rejectReason, raw, error);
    qint64 id = 0;
    ResolvedCall whole = r;
    resolveDeviceAndCell(pc, &whole, m_created);
    const bool ok = insertCreated(created, error) && insertCreated(m_created, error);
    m_created.clear();
    return ok && storeResolved(pc, whole, line, &id, error);
}

bool CallSink::storeResolved(const ParsedCall &pc, const ResolvedCall &r, qint64 recordLine, qint64 *callId,
                             QString *error)
{
    *callId = 0;
    const qint64 caller = r.caller, callee = r.callee, device = r.device, cell = r.cell;
    const bool sideIsCaller = r.sideIsCaller;
    if (caller < 0 || callee < 0) {
        *error = m_db.lastError();
        return false;
    }
    touch(caller);
    touch(callee);
    const qint64 utc = pc.utc, duration = pc.duration;
    const CallKey key{caller, callee, utc, duration};
    qint64 existing = m_seen.find(key);
    if (!existing) {
        m_findOther.reset();
        if (m_callsByCaller) {
            existing = m_callsByCaller->find(caller, callee, utc - 3, utc + 3, duration);
        } else if (m_otherCalls) {
            m_findOther.bind(1, caller)
                .bind(2, utc - 3)
                .bind(3, utc + 3)
                .bind(4, callee)
                .bind(5, duration)
                .bind(6, m_source);
            if (m_findOther.step())
                existing = m_findOther.int64(0);
            else if (!m_findOther.ok()) {
                *error = m_db.lastError();
                return false;
            }
        }
    }
    if (existing) {
        if (!m_calls->fill(existing, sideIsCaller, std::max<qint64>(device, 0), quint32(cell), error) ||
            !linkRow(existing, recordLine, error))
            return false;
        ++m_sum->duplicatesMerged;
        ++m_sum->accepted;
        m_shared.mark(existing);
        // A call of another source is not put among this import's calls: this file's other rows of
        // it find it again where this one did (the same key, the same lookup).
        *callId = existing;
        return true;
    }
    callstore::Writer::Call c;
    c.caller = caller;
    c.callee = callee;
    c.start = utc;
    c.duration = duration;
    c.answered = pc.answered;
    c.line = recordLine;
    (sideIsCaller ? c.device : c.calleeDevice) = std::max<qint64>(device, 0);
    (sideIsCaller ? c.cell : c.calleeCell) = quint32(cell);
    const qint64 id = m_calls->append(c, error);
    if (id < 0)
        return false;
    // Its own row is its (source_id, line) here: call_links gives it with the rows merged into it.
    m_seen.insertNew(key, id); // find() above did not have it
    *callId = id;
    ++m_sum->accepted;
    countTime(utc);
    return true;
}

bool CallSink::insertCreated(const std::vector<Created> &created, QString *error)
{
    for (const Created &c : created) {
        InsertBatch &rows = c.kind == Created::Number   ? *m_numberRows
                            : c.kind == Created::Device ? *m_deviceRows
                                                        : *m_cellRows;
        rows.add(c.id).add(c.value);
        if (c.kind == Created::Number) {
            if (c.e164.isEmpty())
                rows.addNull();
            else
                rows.add(c.e164);
            rows.add(c.type);
        }
        if (!rowHeld(rows, error))
            return false;
    }
    return true;
}

} // namespace dt::ingest
