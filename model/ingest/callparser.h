#pragma once
#include "ingest/clockskew.h"
#include "ingest/fastvalues.h"
#include "ingest/fieldmap.h"
#include "ingest/valueparsers.h"

#include <functional>
#include <limits>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>
#include <utility>
#include <vector>

namespace dt::ingest {

/// One call-log row's values, parsed (what does not need the case): parties as spelled, time, duration.
/// Unsigned decimal of at most 18 digits (no overflow), else -1.
inline qint64 digitsValue(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 18)
        return -1;
    qint64 n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

struct ParsedCall
{
    QString rejectReason; ///< not empty: the row is rejected for this reason (RejectReason::encode())
    QString callerRaw, calleeRaw, imei, cell;
    bool localIsCaller = true, perspective = false;
    qint64 utc = 0, duration = 0;
    int answered = -1; ///< 1, 0, or -1 unknown
    // Filled by CallParser::parseFast() instead of the strings above, so that the commonest values
    // cost no allocation on either thread. The strings they stand for are rebuilt by the accessors.
    qint64 callerMobile = -1, calleeMobile = -1; ///< a plain 11-digit number "1…" (then *Raw is empty)
    qint64 imeiDigits = -1;                      ///< a 15-digit IMEI (then imei is empty)
    quint8 cellLen = 0;                          ///< the cell's ASCII bytes in cellBytes (then cell is empty)
    char cellBytes[31] = {};

    QString caller() const { return callerMobile >= 0 ? QString::number(callerMobile) : callerRaw; }
    QString callee() const { return calleeMobile >= 0 ? QString::number(calleeMobile) : calleeRaw; }
    QString imeiText() const
    {
        return imeiDigits >= 0 ? QStringLiteral("%1").arg(imeiDigits, 15, 10, QLatin1Char('0')) : imei;
    }
    QString cellText() const { return cellLen ? QString::fromLatin1(cellBytes, cellLen) : cell; }
    bool hasCell() const { return cellLen || !cell.isEmpty(); }
};

/**
 * Parses call-log rows under one file's mapping, time zone and clock offset. Needs no database, so
 * that an import can parse on the thread that reads the file. Not shared between threads (one
 * instance each: it caches the zone's offset per day).
 */
class CallParser
{
public:
    CallParser(const Mapping &mapping, const QTimeZone &tz, const ClockCorrection &clock, bool appleEpoch)
        : m_map(mapping)
        , m_tz(tz)
        , m_clockOffset(clock.at(clock.reference))
        , m_clock(clock)
        , m_drift(clock.driftPpm != 0)
        , m_appleEpoch(appleEpoch)
    {}
    void setDayMonthOrder(DayMonthOrder o) { m_order = o; }
    /// Serial day numbers count from 1904-01-01 (a workbook's 1904 date system), not 1899-12-30.
    void setExcel1904(bool on) { m_excel1904 = on; }
    /// The encoding of the fields parseFast() is given (Reader::fieldEncoding()): how it spells
    /// durations' units. Without it, parseFast() leaves durations with units to parse().
    void setFieldEncoding(const QString &encoding) { m_units = DurationUnits::forEncoding(encoding); }
    /// Local wall-clock text -> UTC seconds (zone, clock offset), nullopt when not a time.
    std::optional<qint64> utcOf(const QString &text);
    void parse(const QStringList &row, ParsedCall *out);
    /// Decodes one field's bytes in the file's encoding; sets @p repaired when bytes were invalid.
    using Decoder = std::function<QString(const QByteArray &, bool *repaired)>;
    /**
     * Parses a row straight from its fields' bytes when its values are in the forms call logs
     * commonly use: every value ASCII and untrimmed (but a direction, looked up once per spelling
     * through @p decode, and a duration's units), times as fastWallTime() reads them, durations as
     * fastDuration() does, no disposition.
     * Gives exactly what parse() gives for the decoded row. Returns false, for the caller to decode
     * the row and call parse(), for any other row (rejects included).
     */
    bool parseFast(const QByteArrayView *fields, int count, const Decoder &decode, ParsedCall *out);

private:
    QString value(const QStringList &row, Field f) const;
    std::optional<qint64> utcOfWall(qint64 wall);
    /// @p utc - @p zoneOffset on the file's clock, corrected (a constant offset costs one addition);
    /// nullopt when beyond 64 bits.
    std::optional<qint64> withOffset(qint64 utc, qint64 zoneOffset) const;
    Mapping m_map;
    QTimeZone m_tz;
    qint64 m_clockOffset;
    ClockCorrection m_clock;
    bool m_drift;
    bool m_appleEpoch;
    bool m_excel1904 = false;
    DayMonthOrder m_order = DayMonthOrder::Unknown;
    static constexpr qint64 kTransitionDay = std::numeric_limits<qint64>::min();
    QHash<qint64, qint64> m_dayOffset; ///< local day -> UTC offset, or kTransitionDay
    qint64 m_lastDay = std::numeric_limits<qint64>::min(), m_lastOffset = 0;
    /// parseFast(): a direction column's few spellings (bytes) and their meaning, searched in order:
    /// two or three entries, cheaper to compare than to hash.
    std::vector<std::pair<QByteArray, Direction>> m_directions;
    struct Columns
    {
        int local, other, direction, caller, callee, start, duration, imei, cell, lac;
        bool perspective, ms, disposition;
    };
    std::optional<Columns> m_cols; ///< parseFast(): the mapping's columns, looked up once
    DurationUnits m_units;         ///< parseFast(): the units of durations, in the fields' encoding
};

} // namespace dt::ingest
