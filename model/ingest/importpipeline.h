#pragma once
#include "ingest/importtypes.h"
#include "ingest/reader.h"

namespace dt::ingest {

class RowSink;

/**
 * Imports the records @p reader streams from @p input into @p sink with two threads: this one
 * writes the rows to the case (the sink is only ever touched here) while a second one reads,
 * decodes, parses and, with the resolver the sink lends it, numbers them ahead (RowPreparer); a
 * bounded queue between them (RowPipe). The lent resolver goes back to the sink after the rows.
 */
bool pipelineRows(const Reader &reader, Input &input, const Layout &layout, const ImportOptions &options,
                  RowSink &sink, ImportSummary *summary, const ReadContext &context, QString *error);

} // namespace dt::ingest
