#pragma once
#include "case/insertbatch.h"
#include "ingest/callparser.h"
#include "ingest/numberresolver.h"
#include "ingest/rowpipe.h"
#include "ingest/rowsink.h"

#include <array>
#include <memory>
#include <vector>

namespace dt::ingest {

/**
 * A complaints file's rows into the case: the reported number and the complainant's, the time,
 * the category and the text. Rows come as decoded fields and are numbered here, on the writing
 * thread (a complaints file is small); owns its NumberResolver and the batches of numbers and
 * complaints.
 */
class ComplaintSink : public RowSink
{
public:
    ComplaintSink(Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
                  ImportSummary *summary);
    ~ComplaintSink() override;
    void setDayMonthOrder(DayMonthOrder o) override;

    void beginBatch(LeakStage *) {}
    /// One row of decoded fields, or refused by the reader. False only on a database error.
    bool add(DecodedRow &row, QString *error);
    bool endBatch(QString *) { return true; }
    void prefetch(const DecodedRow &) const {}

    void releaseCaches() override;
    bool finish(QString *error, const std::function<bool()> &meanwhile) override;
    qint64 distinctNumbers() const override { return m_distinct; }

protected:
    bool prepareKind(QString *error, qint64 fileBytes) override;

private:
    QString value(const QStringList &row, Field f) const;
    void touch(qint64 id);
    bool insertHeldRows(QString *error);

    CallParser m_parser; ///< for the times
    std::unique_ptr<NumberResolver> m_resolver;
    std::vector<Created> m_created;
    std::vector<bool> m_touched; ///< by number id: named by this file
    qint64 m_distinct = 0;
    std::unique_ptr<InsertBatch> m_numberRows, m_complaintRows;
    std::array<InsertBatch *, 2> batches() const { return {m_numberRows.get(), m_complaintRows.get()}; }
};

} // namespace dt::ingest
