#include "ingest/leaksink.h"

namespace dt::ingest {

LeakSink::LeakSink(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
                   ImportSummary *summary)
    : RowSink(Kind::Leak, db, sourceId, layout, options, summary)
{}

LeakSink::~LeakSink() = default;

bool LeakSink::prepareKind(QString *error, qint64 fileBytes)
{
    m_parser = std::make_unique<LeakParser>(m_layout, m_opt.region);
    m_resolver = std::make_unique<LeakResolver>(m_db, m_source);
    if (!m_resolver->load(numbersInMemory(), knownNumbers(),
                          std::min<qint64>(estimatedRows(fileBytes), 8'000'000))) {
        *error = m_db.lastError();
        return false;
    }
    // Numbers, persons and records are inserted a batch at a time (InsertBatch).
    using Columns = std::initializer_list<const char *>;
    m_numberRows = std::make_unique<InsertBatch>(m_db, "numbers", Columns{"id", "value", "e164", "type"});
    m_personRows = std::make_unique<InsertBatch>(m_db, "persons", Columns{"id", "id_card", "name", "phone"});
    m_leakRows = std::make_unique<InsertBatch>(m_db, "leak_records",
                                               Columns{"source_id", "line", "phone", "phone_pattern", "name",
                                                       "id_card", "address", "extra", "person"});
    for (const InsertBatch *b : batches()) {
        if (!b->isValid()) {
            *error = m_db.lastError();
            return false;
        }
    }
    Q_ASSERT(m_numberRows->columns() == LeakResolver::kNumberColumns &&
             m_personRows->columns() == LeakResolver::kPersonColumns &&
             m_leakRows->columns() == LeakResolver::kRecordColumns);
    return true;
}

std::unique_ptr<LeakResolver> LeakSink::lendResolver(bool digestAhead)
{
    if (!m_resolver || !m_resolver->inMemory())
        return nullptr;
    // The writing thread, SQLite's, is the busier one on a delimited list: the reading one digests
    // the rows it stages for the seal too, and the writing one only inserts them.
    if (digestAhead)
        m_resolver->digestWith(m_numberRows->sealPlan(), m_personRows->sealPlan(), m_leakRows->sealPlan());
    return std::move(m_resolver);
}

void LeakSink::giveBack(std::unique_ptr<LeakResolver> resolver)
{
    std::array<seal::Digested, 3> last;
    resolver->finishDigests(&last);
    m_numberRows->adoptDigested(last[0]);
    m_personRows->adoptDigested(last[1]);
    m_leakRows->adoptDigested(last[2]);
    m_resolver = std::move(resolver);
}

void LeakSink::releaseCaches()
{
    if (m_resolver)
        m_resolver->clear();
}

bool LeakSink::insertHeldRows(QString *error)
{
    // Every table's rows at once, those named before those naming them (batches()' order): with
    // foreign keys on (an import inside a caller's transaction) a record must not reach its table
    // before the number and person it names, though each table's batch fills at its own pace.
    for (InsertBatch *rows : batches()) {
        if (!rows->flush(error))
            return false;
    }
    return true;
}

bool LeakSink::finish(QString *error, const std::function<bool()> &meanwhile)
{
    return insertHeldRows(error) && meanwhile();
}

bool LeakSink::add(DecodedRow &r, QString *error)
{
    if (r.refused)
        return reject(r.line, r.fields.value(0), r.raw, error);
    if (m_stage) {
        // With a stage every row was numbered and staged ahead (no SQL: it cannot fail). A row
        // numbered here would reach its table out of order.
        if (!r.leakResolved) {
            *error =
                RowSink::tr("line %1: a row was not resolved ahead (internal error); the case is unchanged")
                    .arg(r.line);
            return false;
        }
        return addStaged(r.leakRow().leak, r.line, r.raw, error);
    }
    if (!m_resolver) {
        // Never: a lent resolver numbers every row ahead, each batch with a stage.
        *error = RowSink::tr("line %1: a row was not resolved ahead (internal error); the case is unchanged")
                     .arg(r.line);
        return false;
    }
    if (r.leakResolved)
        return addResolved(r.leakRow().leak, r.leakRow().res, r.line, r.raw, error);
    ParsedLeak parsed;
    const ParsedLeak *p = &parsed;
    if (r.leakParsed)
        p = &r.leakRow().leak;
    else
        m_parser->parse(r.fields, &parsed);
    ResolvedLeak res;
    if (!m_resolver->resolve(*p, &res)) {
        *error = m_db.lastError();
        return false;
    }
    return addResolved(*p, res, r.line, r.raw, error);
}

bool LeakSink::addResolved(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, const QByteArray &raw,
                           QString *error)
{
    m_resolver->append(p, r, line, m_numberRows->rows(), m_personRows->rows(), m_leakRows->rows());
    const bool full = m_numberRows->endRowHeld() || m_personRows->endRowHeld() || m_leakRows->endRowHeld();
    if (full && !insertHeldRows(error))
        return false;
    return addStaged(p, line, raw, error);
}

bool LeakSink::addStaged(const ParsedLeak &p, qint64 line, const QByteArray &raw, QString *error)
{
    if (!p.rejectReason.isEmpty())
        return reject(line, p.rejectReason, raw, error);
    ++m_sum->accepted;
    return true;
}

bool LeakSink::endBatch(QString *error)
{
    if (!m_stage)
        return true;
    LeakStage &stage = *m_stage;
    m_stage = nullptr;
    // After the rows held here (none while rows are staged), parents first, as insertHeldRows().
    // Digested ahead, or here as they are inserted.
    const bool ahead = stage.digested;
    return insertHeldRows(error) &&
           m_numberRows->insert(stage.numbers, ahead ? &stage.digests[0] : nullptr, error) &&
           m_personRows->insert(stage.persons, ahead ? &stage.digests[1] : nullptr, error) &&
           m_leakRows->insert(stage.records, ahead ? &stage.digests[2] : nullptr, error);
}

} // namespace dt::ingest
