#pragma once
#include "case/insertbatch.h"
#include "ingest/leakparser.h"
#include "ingest/leakresolver.h"
#include "ingest/rowpipe.h"
#include "ingest/rowsink.h"

#include <array>
#include <memory>

namespace dt::ingest {

/**
 * A leaked list's rows into the case: its numbers (junk ones too), persons and leak records. Owns
 * the batches of numbers, persons and leak_records; the writing thread's alone. Its LeakResolver is
 * lent to the reading thread when it holds the case's numbers in memory (lendResolver()): that
 * thread then also makes each batch's rows of the three tables (a LeakStage), which this sink only
 * inserts (endBatch()).
 */
class LeakSink : public RowSink
{
public:
    LeakSink(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
             ImportSummary *summary);
    ~LeakSink() override;
    /// The resolver, for the reading thread to number the rows' phones and persons and stage their
    /// rows ahead, when it holds the case's numbers in memory (needs no SQL); else null, and the
    /// rows are numbered here. Until giveBack() every row this sink gets parsed is staged.
    /// @p digestAhead: that thread digests the staged rows for the seal too (when it has time to
    /// spare: a delimited file's; a workbook's reader is the busier thread already).
    std::unique_ptr<LeakResolver> lendResolver(bool digestAhead = true);
    /// The lent resolver, after the last row (its digests' last chunks to the seal's journal).
    void giveBack(std::unique_ptr<LeakResolver> resolver);

    /// A batch of rows begins; @p stage: their rows made ahead (null when the rows are numbered here).
    void beginBatch(LeakStage *stage) { m_stage = stage; }
    /// One row, parsed (and numbered, or staged) or not; or refused by the reader. False only on
    /// a database error (a bad row is rejected, not an error).
    bool add(DecodedRow &row, QString *error);
    /// The batch's staged rows into their tables, after its rows went through add().
    bool endBatch(QString *error);
    void prefetch(const DecodedRow &) const {}

    void releaseCaches() override;
    bool finish(QString *error, const std::function<bool()> &meanwhile) override;
    qint64 distinctNumbers() const override { return m_resolver ? m_resolver->distinctNumbers() : 0; }

protected:
    bool prepareKind(QString *error, qint64 fileBytes) override;

private:
    /// A row parsed and numbered: its rows into this sink's batches, and counted.
    bool addResolved(const ParsedLeak &p, const ResolvedLeak &r, qint64 line, const QByteArray &raw,
                     QString *error);
    /// A row numbered and made into rows ahead: rejected, or counted.
    bool addStaged(const ParsedLeak &p, qint64 line, const QByteArray &raw, QString *error);
    bool insertHeldRows(QString *error);

    std::unique_ptr<LeakResolver> m_resolver; ///< null while lent to the reading thread
    std::unique_ptr<LeakParser> m_parser;     ///< rows that come as fields
    LeakStage *m_stage = nullptr;             ///< the batch's rows made ahead, if any
    std::unique_ptr<InsertBatch> m_numberRows, m_personRows, m_leakRows;
    /// The batches in the order they are inserted: a row after the rows it names.
    std::array<InsertBatch *, 3> batches() const
    {
        return {m_numberRows.get(), m_personRows.get(), m_leakRows.get()};
    }
};

} // namespace dt::ingest
