#include "ingest/rowwriter.h"

#include "case/callstore.h"
#include "ingest/dictionarykeys.h"

#include <QDateTime>

namespace dt::ingest {

RowWriter::~RowWriter() = default;

RowWriter::RowWriter(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
                     ImportSummary *summary)
    : m_db(db)
    , m_source(sourceId)
    , m_layout(layout)
    , m_opt(options)
    , m_sum(summary)
    , m_phones(options.region)
    , m_tz(options.timezone.toUtf8())
    , m_parser(layout.mapping, m_tz, options.clockOffset, layout.appleEpoch())
{}

bool RowWriter::prepare(QString *error, qint64 fileBytes)
{
    if (!m_tz.isValid()) {
        *error = tr("--timezone: unknown time zone '%1' (e.g. Asia/Shanghai, UTC)").arg(m_opt.timezone);
        return false;
    }
    // The case's numbers are read into memory when the file may well touch most of them; a small
    // file in a big case looks its numbers up one by one instead (a leak list after a large CDR).
    const qint64 known = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM numbers")).toLongLong();
    m_numbersInMemory = fileBytes < 0 || known <= fileBytes / 64;
    const bool leak = m_layout.kind == QLatin1String("leak");
    if (m_numbersInMemory && !leak) { // a leaked list reads them its own way (prepareLeak())
        // As numberId() keeps them: mainland mobiles by their digits, with their class.
        // (A mobile's key is read as bytes: no string made for most of a big case's numbers.) Room for
        // them and for a call log's new ones, about one every ten rows, so that the table is not
        // rehashed as it fills.
        m_mobileIds.reserve(size_t(known + std::min<qint64>(estimatedRows(fileBytes), 80'000'000) / 10));
        Statement all = m_db.prepare(QStringLiteral("SELECT value, id, type FROM numbers"));
        IdMap::Loader mobiles(m_mobileIds);
        while (all.step()) {
            if (const qint64 mobile = mobileOfKey(all.utf8(0)); mobile > 0)
                mobiles.add(mobile, (all.int64(1) << 8) | (all.int64(2) & 0xff));
            else
                m_numbers.insert(all.text(0), all.int64(1));
        }
    }
    m_knownNumbers = known;
    m_nextNumber = known + 1;
    m_nextDevice = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM devices")).toLongLong();
    m_nextCell = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM cells")).toLongLong();
    if (m_layout.kind == QLatin1String("calls")) {
        loadDevices(); // here, not on first use: rows may be resolved on the reading thread
        Statement cells = m_db.prepare(QStringLiteral("SELECT id, value FROM cells"));
        while (cells.step()) {
            const QByteArrayView v = cells.utf8(1);
            if (const qint64 key = numericCell(v); key > 0)
                m_cellIds.insert(key, cells.int64(0));
            else
                m_cellTexts.insert(v.toByteArray(), cells.int64(0));
        }
    }
    m_findNumber = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    for (int c : m_layout.mapping.columns) {
        if (c >= 0) {
            if (c >= m_mapped.size())
                m_mapped.resize(c + 1);
            m_mapped[c] = true;
        }
    }
    if (leak && !prepareLeak(fileBytes)) {
        *error = m_db.lastError();
        return false;
    }
    // New numbers, devices and cells, leaked lists' persons and records, complaints and a call's
    // further rows are inserted a batch at a time (InsertBatch). Nothing looks them up in SQL before
    // finish(): every new entry of a dictionary stays in its memory, and nothing reads the rest during
    // the rows.
    using Columns = std::initializer_list<const char *>;
    m_numberRows = std::make_unique<InsertBatch>(m_db, "numbers", Columns{"id", "value", "e164", "type"});
    m_deviceRows = std::make_unique<InsertBatch>(m_db, "devices", Columns{"id", "imei"});
    m_cellRows = std::make_unique<InsertBatch>(m_db, "cells", Columns{"id", "value"});
    m_personRows = std::make_unique<InsertBatch>(m_db, "persons", Columns{"id", "id_card", "name", "phone"});
    m_leakRows = std::make_unique<InsertBatch>(m_db, "leak_records",
                                               Columns{"source_id", "line", "phone", "phone_pattern", "name",
                                                       "id_card", "address", "extra", "person"});
    m_complaintRows = std::make_unique<InsertBatch>(
        m_db, "complaints",
        Columns{"source_id", "line", "reported", "complainant", "time_utc", "category", "text"});
    // The same further row twice (a PBX leg met again) is kept once.
    m_callRows = std::make_unique<InsertBatch>(m_db, "call_rows", Columns{"call_id", "source_id", "line"},
                                               4096, InsertBatch::OnConflict::Ignore);
    for (const auto *rows : batches()) {
        if (!(*rows)->isValid()) {
            *error = m_db.lastError();
            return false;
        }
    }
    m_touchWhenStored = m_layout.kind == QLatin1String("calls");
    if (m_layout.kind == QLatin1String("calls")) {
        // Room for the file's calls in the table of calls seen, so that it is not rehashed as it grows
        // (at 10M rows the last rehash alone moved 5M entries). A little under the estimate: one
        // growth at the end costs less than a table twice too large.
        m_calls = std::make_unique<callstore::Writer>(m_db);
        if (!m_calls->begin(m_source, error, estimatedRows(fileBytes)))
            return false;
        m_seen.begin(m_calls->firstId(), [calls = m_calls.get()](qint64 id, const CallKey &k) {
            return calls->appended(id, k.caller, k.callee, k.start, k.duration);
        });
        m_seen.reserve(size_t(std::min<qint64>(estimatedRows(fileBytes) * 9 / 10, 20'000'000)));
    }
    // The same call in another source: same parties, start within 3 s, duration within 2 s.
    m_findOther = m_db.prepare(QStringLiteral("SELECT id FROM calls WHERE caller = ? AND start_utc BETWEEN ? "
                                              "AND ? AND callee = ? AND abs(duration - ?) <= 2 "
                                              "AND source_id <> ? LIMIT 1"));
    // Only calls of other sources can be the same call seen elsewhere; none, no lookups.
    m_otherCalls =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM calls WHERE source_id <> %1)").arg(m_source))
            .toBool();
    // A call log with many rows beside the case's calls looks them up in memory (CallsByCaller:
    // about 0.1 µs a call to load, 20 bytes a call) instead of through the postings (10 µs a row).
    if (m_otherCalls && m_layout.kind == QLatin1String("calls") &&
        estimatedRows(fileBytes) * 100 >= callstore::extent(m_db).count) {
        m_callsByCaller = std::make_unique<callstore::CallsByCaller>();
        if (!m_callsByCaller->load(m_db, error))
            return false;
    }
    m_insRejected = m_db.prepare(
        QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason, raw) VALUES(?,?,?,?)"));
    for (const Statement *s : {&m_findNumber, &m_findOther, &m_insRejected}) {
        if (!s->isValid()) {
            *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

QString RowWriter::value(const QStringList &row, Field f) const
{
    const int c = m_layout.mapping.column(f);
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

bool RowWriter::reject(qint64 line, const QString &reason, const QByteArray &raw, QString *error)
{
    ++m_sum->rejected;
    ++m_sum->rejectedByReason[reason];
    m_insRejected.reset();
    m_insRejected.bind(1, m_source).bind(2, line).bind(3, reason).bindBlob(4, raw);
    if (!m_insRejected.exec()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

bool RowWriter::rowHeld(InsertBatch &rows, QString *error)
{
    return !rows.endRowHeld() || insertHeldRows(error);
}

bool RowWriter::insertHeldRows(QString *error)
{
    // Every table's rows at once, those named before those naming them (batches()' order): with
    // foreign keys on (an import inside a caller's transaction) a record must not reach its table
    // before the number and person it names, though each table's batch fills at its own pace.
    for (const auto *rows : batches()) {
        if (*rows && !(*rows)->flush(error))
            return false;
    }
    return true;
}

bool RowWriter::finish(QString *error, const std::function<bool()> &meanwhile)
{
    if (!insertHeldRows(error))
        return false;
    return m_calls ? m_calls->finish(error, meanwhile) : meanwhile();
}

bool RowWriter::add(const QStringList &row, qint64 line, const QByteArray &raw, QString *error)
{
    if (m_layout.kind == QLatin1String("calls"))
        return addCall(row, line, raw, error);
    if (m_layout.kind == QLatin1String("leak"))
        return addLeak(row, line, raw, error);
    return addComplaint(row, line, raw, error);
}

void RowWriter::releaseCaches()
{
    m_seen.clear();
    m_numbers = {};
    m_mobileIds.clear();
    m_cellIds.clear();
    m_cellTexts = {};
    m_devices = {};
    m_deviceByRaw = {};
    m_deviceByDigits.clear();
    m_callsByCaller.reset();
    m_leakMobiles.clear();
    m_personsById.clear();
    m_personsByNamePhone.clear();
    std::vector<bool>().swap(m_touched);
}

bool RowWriter::linkRow(qint64 callId, qint64 line, QString *error)
{
    m_callRows->add(callId).add(m_source).add(line);
    return rowHeld(*m_callRows, error);
}

bool RowWriter::addCall(const QStringList &row, qint64 line, const QByteArray &raw, QString *error)
{
    LegGrouper::Call *call = m_legs ? m_legs->callOf(row) : nullptr;
    if (!call) {
        qint64 id = 0;
        return storeCall(row, line, line, raw, &id, error);
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
    if (!storeCall(m_legs->asStored(row, *call), line, call->line, raw, &call->callId, error))
        return false;
    return !call->callId || line == call->line || linkRow(call->callId, line, error);
}

bool RowWriter::storeCall(const QStringList &row, qint64 line, qint64 recordLine, const QByteArray &raw,
                          qint64 *callId, QString *error)
{
    ParsedCall pc;
    m_parser.parse(row, &pc);
    return storeParsed(pc, line, recordLine, raw, callId, error);
}

bool RowWriter::addParsed(const ParsedCall &pc, qint64 line, const QByteArray &raw, QString *error)
{
    qint64 id = 0;
    return storeParsed(pc, line, line, raw, &id, error);
}

bool RowWriter::storeParsed(const ParsedCall &pc, qint64 line, qint64 recordLine, const QByteArray &raw,
                            qint64 *callId, QString *error)
{
    *callId = 0;
    if (!pc.rejectReason.isEmpty())
        return reject(line, pc.rejectReason, raw, error);
    const ResolvedCall r = resolve(pc, &m_created);
    const bool ok = insertCreated(m_created, error);
    m_created.clear();
    return ok && storeResolved(pc, r, recordLine, callId, error);
}

bool RowWriter::addResolved(const ParsedCall &pc, const ResolvedCall &r, const std::vector<Created> &created,
                            qint64 line, const QByteArray &raw, QString *error)
{
    if (!pc.rejectReason.isEmpty())
        return reject(line, pc.rejectReason, raw, error);
    qint64 id = 0;
    if (r.device >= 0)
        return insertCreated(created, error) && storeResolved(pc, r, line, &id, error);
    ResolvedCall whole = r;
    resolveDeviceAndCell(pc, &whole);
    const bool ok = insertCreated(created, error) && insertCreated(m_createdHere, error);
    m_createdHere.clear();
    return ok && storeResolved(pc, whole, line, &id, error);
}

bool RowWriter::storeResolved(const ParsedCall &pc, const ResolvedCall &r, qint64 recordLine, qint64 *callId,
                              QString *error)
{
    *callId = 0;
    const qint64 caller = r.caller, callee = r.callee, device = r.device, cell = r.cell;
    const bool sideIsCaller = r.sideIsCaller;
    if (caller < 0 || callee < 0) {
        *error = m_db.lastError();
        return false;
    }
    if (m_touchWhenStored) {
        touchStored(caller);
        touchStored(callee);
    }
    const std::optional<qint64> utc = pc.utc;
    const qint64 duration = pc.duration;
    const int answered = pc.answered;

    const CallKey key{caller, callee, *utc, duration};
    qint64 existing = m_seen.find(key);
    const bool seenHere = existing != 0;
    if (!seenHere) {
        m_findOther.reset();
        if (m_callsByCaller) {
            existing = m_callsByCaller->find(caller, callee, *utc - 3, *utc + 3, duration);
        } else if (m_otherCalls) {
            m_findOther.bind(1, caller)
                .bind(2, *utc - 3)
                .bind(3, *utc + 3)
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
        // A call of another source is not put among this import's calls: this file's other rows of
        // it find it again where this one did (the same key, the same lookup).
        *callId = existing;
        return true;
    }
    callstore::Writer::Call c;
    c.caller = caller;
    c.callee = callee;
    c.start = *utc;
    c.duration = duration;
    c.answered = answered;
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
    if (!m_sum->firstTime || *utc < m_sum->firstTime)
        m_sum->firstTime = *utc;
    m_sum->lastTime = std::max(m_sum->lastTime, *utc);
    return true;
}

qint64 RowWriter::estimatedRows(qint64 fileBytes) const
{
    if (fileBytes <= 0 || m_layout.preview.isEmpty())
        return 0;
    qint64 previewBytes = 0; // the preview's rows as they were in the file, about
    for (const QStringList &r : m_layout.preview)
        for (const QString &f : r)
            previewBytes += f.toUtf8().size() + 1;
    return fileBytes / std::max<qint64>(16, previewBytes / m_layout.preview.size());
}

bool RowWriter::prepareLeak(qint64 fileBytes)
{
    m_leakParser = std::make_unique<LeakParser>(m_layout, m_opt.region);
    // A leak list adds about a number and two person keys per row (and the case's numbers are read in
    // when they are in memory): room for them up front, so the dictionaries are not rehashed as they grow.
    const qint64 rows = std::min<qint64>(estimatedRows(fileBytes), 8'000'000);
    if (const qint64 mobiles = rows + (m_numbersInMemory ? m_knownNumbers : 0); mobiles > 0)
        m_leakMobiles.reserve(size_t(mobiles));
    if (rows > 0) {
        m_personsById.reserve(size_t(rows));
        m_personsByNamePhone.reserve(size_t(rows));
    }
    if (m_numbersInMemory) {
        Statement all = m_db.prepare(QStringLiteral("SELECT value, id FROM numbers"));
        IdMap::Loader mobiles(m_leakMobiles);
        while (all.step()) {
            if (const qint64 mobile = mobileOfKey(all.utf8(0)); mobile > 0)
                mobiles.add(mobile, all.int64(1));
            else
                m_numbers.insert(all.text(0), all.int64(1));
        }
        mobiles.flush();
        if (!all.ok())
            return false;
    }
    // Later rows win, as they did when persons were keyed by text. An ID number that is no valid
    // one's spelling (LeakParser::idCode() 0) can never equal a valid one: not needed.
    m_nextPerson = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM persons")).toLongLong();
    Statement people = m_db.prepare(QStringLiteral("SELECT id, id_card, name, phone FROM persons"));
    while (people.step()) {
        if (const qint64 code = people.isNull(1) ? 0 : LeakParser::idCode(people.utf8(1)))
            m_personsById.insert(code, people.int64(0));
        if (!people.isNull(2) && !people.isNull(3))
            m_personsByNamePhone.insert(people.int64(3), people.utf8(2).toByteArray(), people.int64(0), true);
    }
    return people.ok();
}

bool RowWriter::leakNumberId(const ParsedLeak &p, ResolvedLeak *r)
{
    const bool mobile = p.mobile > 0;
    qint64 id = 0;
    if (mobile)
        id = m_leakMobiles.value(p.mobile);
    else if (auto it = m_numbers.constFind(p.phoneKey); it != m_numbers.constEnd())
        id = *it;
    if (!id && !m_numbersInMemory) {
        m_findNumber.reset();
        m_findNumber.bind(1, p.key());
        if (m_findNumber.step())
            id = m_findNumber.int64(0);
        else if (!m_findNumber.ok())
            return false;
    }
    if (!id) {
        id = m_nextNumber++;
        r->newNumber = true;
    }
    if (r->newNumber || !m_numbersInMemory) {
        if (mobile)
            m_leakMobiles.insert(p.mobile, id);
        else
            m_numbers.insert(p.phoneKey, id);
    }
    touch(id);
    r->number = id;
    return true;
}

void RowWriter::leakPersonId(const ParsedLeak &p, ResolvedLeak *r)
{
    // One person across lists: the full ID number decides; without it, the same name and phone.
    const qint64 phone = r->phone();
    const bool byId = p.idCode != 0, byNamePhone = !p.name.isEmpty() && phone > 0;
    qint64 id = 0;
    if (byId)
        id = m_personsById.value(p.idCode);
    if (!id && byNamePhone)
        id = m_personsByNamePhone.value(phone, p.name);
    if (!id) {
        if (!byId && !byNamePhone)
            return; // nothing to recognise this person by again
        id = m_nextPerson++;
        r->newPerson = true;
    }
    if (byId)
        m_personsById.insert(p.idCode, id);
    if (byNamePhone)
        m_personsByNamePhone.insert(phone, p.name, id, false);
    r->person = id;
}

bool RowWriter::resolveLeak(const ParsedLeak &p, ResolvedLeak *r)
{
    *r = ResolvedLeak();
    r->junk = p.phoneClass == NumberClass::Junk;
    // A phone is recorded even when junk, or when the row is rejected: as every number a file names.
    if (p.hasPhone() && !leakNumberId(p, r))
        return false;
    if (p.rejectReason.isEmpty())
        leakPersonId(p, r);
    return true;
}

bool RowWriter::addLeak(const QStringList &row, qint64 line, const QByteArray &raw, QString *error)
{
    ParsedLeak p;
    m_leakParser->parse(row, &p);
    return addParsedLeak(p, line, raw, error);
}

bool RowWriter::addParsedLeak(const ParsedLeak &p, qint64 line, const QByteArray &raw, QString *error)
{
    ResolvedLeak r;
    if (!resolveLeak(p, &r)) {
        *error = m_db.lastError();
        return false;
    }
    return addResolvedLeak(p, r, line, raw, error);
}

void RowWriter::appendLeak(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, RowBuffer &numbers,
                           RowBuffer &persons, RowBuffer &records) const
{
    if (r.newNumber) {
        // The key as UTF-8 without a QString where parseFast() gave only the mobile: "+86" and its
        // digits, its own E.164 form.
        char digits[24];
        QByteArray other, e164;
        QByteArrayView key;
        if (p.phoneKey.isEmpty()) {
            key = QByteArrayView(digits, qsnprintf(digits, sizeof digits, "+86%lld", p.mobile));
        } else {
            key = other = p.phoneKey.toUtf8();
            e164 = p.phoneKey.section(QLatin1Char(';'), 0, 0).toUtf8();
        }
        numbers.add(r.number).add(key);
        if (!key.startsWith('+'))
            numbers.addNull();
        else
            numbers.add(p.phoneKey.isEmpty() ? key : QByteArrayView(e164));
        numbers.add(int(p.phoneClass));
    }
    if (!p.rejectReason.isEmpty())
        return; // the row goes to rejected_rows (its number, if any, is still recorded)
    const qint64 phone = r.phone();
    if (r.newPerson) {
        persons.add(r.person);
        if (p.idCode)
            persons.addText(p.idCard);
        else
            persons.addNull();
        persons.addText(p.name).addId(phone);
    }
    records.add(m_source).add(line).addId(phone);
    records.addText(p.pattern).addText(p.name).addText(p.idCard).addText(p.address).addText(p.extra);
    records.addId(r.person);
}

bool RowWriter::addResolvedLeak(const ParsedLeak &p, const ResolvedLeak &r, qint64 line,
                                const QByteArray &raw, QString *error)
{
    // Inserted by the batches (InsertBatch: one statement a few thousand rows, not one a row).
    appendLeak(p, r, line, m_numberRows->rows(), m_personRows->rows(), m_leakRows->rows());
    const bool full = m_numberRows->endRowHeld() || m_personRows->endRowHeld() || m_leakRows->endRowHeld();
    if (full && !insertHeldRows(error))
        return false;
    return addStagedLeak(p, line, raw, error);
}

std::unique_ptr<LeakStage> RowWriter::newLeakStage(qsizetype rows) const
{
    auto stage = std::make_unique<LeakStage>(LeakStage{RowBuffer(m_numberRows->columns()),
                                                       RowBuffer(m_personRows->columns()),
                                                       RowBuffer(m_leakRows->columns())});
    stage->records.reserve(size_t(rows) * size_t(m_leakRows->columns())); // about a record a row
    return stage;
}

void RowWriter::stageLeak(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, LeakStage *stage) const
{
    appendLeak(p, r, line, stage->numbers, stage->persons, stage->records);
}

bool RowWriter::addStagedLeak(const ParsedLeak &p, qint64 line, const QByteArray &raw, QString *error)
{
    if (!p.rejectReason.isEmpty())
        return reject(line, p.rejectReason, raw, error);
    ++m_sum->accepted;
    return true;
}

bool RowWriter::insertStagedLeaks(LeakStage &stage, QString *error)
{
    // After the rows held here (none while rows are staged), parents first, as insertHeldRows().
    return insertHeldRows(error) && m_numberRows->insert(stage.numbers, error) &&
           m_personRows->insert(stage.persons, error) && m_leakRows->insert(stage.records, error);
}

bool RowWriter::addComplaint(const QStringList &row, qint64 line, const QByteArray &raw, QString *error)
{
    const QString reportedRaw = value(row, Field::Reported);
    if (reportedRaw.isEmpty())
        return reject(line, tr("no reported number"), raw, error);
    NumberClass cls;
    const qint64 reported = numberId(reportedRaw, &cls);
    const QString complainantRaw = value(row, Field::Complainant);
    const qint64 complainant = complainantRaw.isEmpty() ? 0 : numberId(complainantRaw, nullptr);
    if (reported < 0 || complainant < 0) {
        *error = m_db.lastError();
        return false;
    }
    const bool inserted = insertCreated(m_created, error);
    m_created.clear();
    if (!inserted)
        return false;
    std::optional<qint64> t;
    if (const QString timeText = value(row, Field::Start); !timeText.isEmpty()) {
        t = m_parser.utcOf(timeText);
        if (!t)
            return reject(line, tr("time '%1' is not a time").arg(timeText), raw, error);
    }
    m_complaintRows->add(m_source).add(line).add(reported).addId(complainant);
    if (t)
        m_complaintRows->add(*t);
    else
        m_complaintRows->addNull();
    const QString cat = value(row, Field::Category), text = value(row, Field::Text);
    m_complaintRows->addText(cat.toUtf8()).addText(text.toUtf8());
    if (!rowHeld(*m_complaintRows, error))
        return false;
    ++m_sum->accepted;
    if (t) {
        if (!m_sum->firstTime || *t < m_sum->firstTime)
            m_sum->firstTime = *t;
        m_sum->lastTime = std::max(m_sum->lastTime, *t);
    }
    return true;
}

} // namespace dt::ingest
