#pragma once
// Shared by the call store's two sources (callstore.cpp, callpostings.cpp); not for other modules.

#include <limits>
#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;

namespace dt::callstore {

constexpr qint64 kMaxU32 = std::numeric_limits<quint32>::max();
/// The store's messages, in their translation context ("dt::callstore").
QString tr(const char *text);
/// Whether @p table of the database @p schema ("main", or an attached one's name) has @p column:
/// call_blocks.sparse_columns and call_postings.starts_from (schema 11) are not there yet while a case
/// is upgraded through versions 8 to 10, whose migrations already read and write the store.
bool hasColumn(sqlite3 *db, const QByteArray &schema, const char *table, const char *column);

} // namespace dt::callstore
