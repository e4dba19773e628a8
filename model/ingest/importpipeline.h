#pragma once
#include "ingest/importtypes.h"
#include "ingest/reader.h"

#include <atomic>

namespace dt::ingest {

class RowWriter;

/// Imports the records @p reader streams from @p input with two threads: this one writes them to
/// the case while a second one reads, parses and decodes the file ahead of it (a bounded queue
/// between them). A record the reader refuses becomes a rejected row in its place.
bool pipelineRows(const Reader &reader, Input &input, const Layout &layout, const ImportOptions &opt,
                  RowWriter &writer, ImportSummary *sum, const ReadContext &context, QString *error);

} // namespace dt::ingest
