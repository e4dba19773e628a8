#pragma once

struct sqlite3;

namespace dt::callstore {

/**
 * Registers the module `dt_calls` on @p db: the virtual table `calls` (schema 8) shows the call
 * store's blocks as the rows of the former calls table (id, caller, callee, start_utc, duration,
 * answered, device, cell, source_id, line, callee_device, callee_cell). It answers `id = ?` and
 * id ranges from the blocks, `caller = ?` and `callee = ?` (with a start_utc range, in order of
 * start_utc then id) from the postings, and anything else by reading all blocks in id order.
 * Read-only: imports write through callstore::Writer. Every connection to a case registers it.
 */
bool registerModule(sqlite3 *db);

} // namespace dt::callstore
