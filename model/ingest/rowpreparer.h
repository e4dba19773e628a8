#pragma once
#include "ingest/callparser.h"
#include "ingest/leakparser.h"
#include "ingest/leakresolver.h"
#include "ingest/numberresolver.h"
#include "ingest/reader.h"
#include "ingest/rowpipe.h"

#include <atomic>
#include <memory>
#include <optional>

namespace dt::ingest {

/**
 * The reading thread's side of an import. read() streams a file's records from a Reader, decodes
 * their fields, parses call-log and leaked-list rows (a plain delimited line straight from its
 * bytes: CallParser::parseFast(), LeakParser::parseFast()), and with a resolver lent by the writing
 * side numbers them too (a leaked list's rows also made into its tables' rows, a LeakStage a batch),
 * then sends them on a batch at a time through the RowPipe. The resolvers go back to the sink after
 * read() (takeNumberResolver(), takeLeakResolver()).
 */
class RowPreparer
{
public:
    static constexpr qsizetype kBatch = 4096;

    RowPreparer(RowPipe &pipe, const Layout &layout, const ImportOptions &options);
    /// Call logs' rows are parsed here, in @p order; with @p resolver (may be null) their parties are
    /// numbered here too.
    void parseCalls(DayMonthOrder order, std::unique_ptr<NumberResolver> resolver);
    /// Leaked lists' rows are parsed here; with @p resolver (may be null) numbered and staged too.
    void parseLeaks(std::unique_ptr<LeakResolver> resolver);
    /// Reads every record of @p input with @p reader, sends the rows on, and closes the pipe. The
    /// bytes read so far go to @p bytesRead. False with @p error set when the reader fails or the
    /// writing side stopped.
    bool read(const Reader &reader, Input &input, const ReadContext &context, std::atomic<qint64> &bytesRead,
              QString *error);

    std::unique_ptr<NumberResolver> takeNumberResolver() { return std::move(m_numbers); }
    std::unique_ptr<LeakResolver> takeLeakResolver() { return std::move(m_leaks); }

private:
    RowPipe &m_pipe;
    const Layout &m_layout;
    const ImportOptions &m_opt;
    std::optional<CallParser> m_callParser;
    std::optional<LeakParser> m_leakParser;
    std::unique_ptr<NumberResolver> m_numbers; ///< lent by CallSink: calls numbered here
    std::unique_ptr<LeakResolver> m_leaks; ///< lent by LeakSink: leaked lists' rows numbered and staged here
};

} // namespace dt::ingest
