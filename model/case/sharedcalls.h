#pragma once
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QtGlobal>
#include <QVector>

namespace dt {

struct SourceRecord;

/// How many calls a source records that another source records too (the same call, merged into one).
struct SharedCallCount
{
    qint64 sourceId = 0; ///< the other source
    qint64 calls = 0;    ///< distinct calls both record
    QString source;      ///< the other source's name, for display (not stored)
};

/// The key of a source's times_detail that holds its SharedCallCount list, counted when it was
/// imported against the sources before it (a later source's import counts its own pairs).
inline constexpr char kSharedCallsKey[] = "shared_calls";

/// @p counts as stored: [{"source_id": 1, "calls": 19800}, ...], by source id.
QJsonArray sharedCallsToJson(const QVector<SharedCallCount> &counts);

/**
 * Every source pair's shared calls, both ways: for each source id, the other sources it shares
 * calls with and how many. Read from each source's times_detail (sources imported before the
 * count existed have none and appear only as the other side of a later source's count).
 */
QMap<qint64, QMap<qint64, qint64>> sharedCallsBySource(const QVector<SourceRecord> &sources);

} // namespace dt
