#pragma once
#include "ingest/csvparser.h"
#include "ingest/importtypes.h"

#include <memory>

namespace dt::ingest {

class LegGrouper;

/**
 * A table's layout from its first rows, for the readers of tables (delimited text, spreadsheets):
 * PBX and switch logs by the shape of their rows, else a header row, else the values' look. Layout
 * details it sets (Layout::details): kChannelColumn, kUniqueIdColumn and kLinkedIdColumn for an
 * Asterisk log, whose calls span several rows.
 */
namespace tablelayout {

constexpr const char *kChannelColumn = "channelColumn";
constexpr const char *kUniqueIdColumn = "uniqueIdColumn";
constexpr const char *kLinkedIdColumn = "linkedIdColumn";

/// Fills @p l's format variant (for a PBX or switch log), kind, header, headers and mapping from
/// l->preview (the first rows, decoded and trimmed; a header row is taken out of it).
/// @p plainFormat: the format when the rows have no known shape.
void guess(Layout *l, const QString &plainFormat);

/// What a mapping says a file holds: calls, leak, complaints, or "" when it cannot tell.
QString kindFromMapping(const Mapping &m);

/// The grouper of an Asterisk log's legs (a first pass over the rows finds each call's), else null.
std::unique_ptr<LegGrouper> legGrouper(const Layout &l);

/// Records decoded as text in @p encoding (trimmed when @p trim), for Layout::preview.
QVector<QStringList> decoded(const QVector<Record> &records, const QString &encoding, bool trim);

} // namespace tablelayout

} // namespace dt::ingest
