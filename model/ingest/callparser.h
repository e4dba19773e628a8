#pragma once
#include "ingest/fieldmap.h"
#include "ingest/valueparsers.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace dt::ingest {

/// One call-log row's values, parsed (what does not need the case): parties as spelled, time, duration.
struct ParsedCall
{
    QString rejectReason; ///< not empty: the row is rejected for this reason
    QString callerRaw, calleeRaw, imei, cell;
    bool localIsCaller = true, perspective = false;
    qint64 utc = 0, duration = 0;
    int answered = -1; ///< 1, 0, or -1 unknown
};

/**
 * Parses call-log rows under one file's mapping, time zone and clock offset. Needs no database, so
 * that an import can parse on the thread that reads the file. Not shared between threads (one
 * instance each: it caches the zone's offset per day).
 */
class CallParser
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::RowWriter) // the reject reasons are RowWriter's translations
public:
    CallParser(const Mapping &mapping, const QTimeZone &tz, qint64 clockOffset, bool appleEpoch)
        : m_map(mapping)
        , m_tz(tz)
        , m_clockOffset(clockOffset)
        , m_appleEpoch(appleEpoch)
    {}
    void setDayMonthOrder(DayMonthOrder o) { m_order = o; }
    /// Local wall-clock text -> UTC seconds (zone, clock offset), nullopt when not a time.
    std::optional<qint64> utcOf(const QString &text);
    void parse(const QStringList &row, ParsedCall *out);

private:
    QString value(const QStringList &row, Field f) const;
    Mapping m_map;
    QTimeZone m_tz;
    qint64 m_clockOffset;
    bool m_appleEpoch;
    DayMonthOrder m_order = DayMonthOrder::Unknown;
    QHash<qint64, qint64> m_dayOffset; ///< local day -> UTC offset
};

} // namespace dt::ingest
