#pragma once
#include <optional>
#include <QString>
#include <QStringList>

class QTimeZone;

namespace dt::ingest {

/// Order of day and month in dates like 01/02/2026 (decided for a whole column, not row by row).
enum class DayMonthOrder { Unknown, DayFirst, MonthFirst };

/**
 * Parses a time as written in call logs into seconds since the epoch of the given wall clock
 * (UTC offset applied by the caller): "2026-09-01 09:15:32", "2026/9/1 9:15", "6/1/2006 0:08",
 * "01-09-2016 06:01:12", "20260901091532", ISO 8601 with T and zone, unix seconds or milliseconds,
 * Apple's 2001 epoch (when @p appleEpoch), Excel serial days with a fraction (of the 1904 date
 * system when @p excel1904, else of the 1900 one; only serials from 20000, 1954 in the 1900 system,
 * so that no serial of Excel's nonexistent 1900-02-29 and the days before it, counted one off, is
 * ever read).
 * Returns nullopt when the text is no time. @p hasZone is set when the text carried its own zone.
 */
std::optional<qint64> parseLocalTime(QStringView text, DayMonthOrder order = DayMonthOrder::Unknown,
                                     bool *hasZone = nullptr, bool appleEpoch = false,
                                     bool excel1904 = false);

/**
 * The UTC instant of the wall-clock time @p wall (seconds since 1970-01-01 00:00 of that clock, as
 * parseLocalTime() gives it) in zone @p tz. Around a change of the clocks (summer time): a wall time
 * that happens twice gives the later instant; one that the change skips is read with the offset from
 * before the change (02:30 when 02:00 became 03:00 is 03:30 after it).
 */
qint64 utcOfWallTime(const QTimeZone &tz, qint64 wall);
/// Zone @p tz's offset from UTC (seconds) at the instant @p utc.
qint64 utcOffsetAt(const QTimeZone &tz, qint64 utc);

/// Durations: "125", "125.0", "00:02:05", "2:05", "2分22秒", "1小时2分", "3秒"; @p milliseconds for ms
/// columns.
std::optional<qint64> parseDuration(QStringView text, bool milliseconds = false);

/// Call direction from the perspective of the row's own number.
enum class Direction { Unknown, Outgoing, Incoming, Forwarded };
/// 主叫/被叫/呼转, 呼出/呼入, 1/2/3, out/in, MO/MT, outgoing/incoming, originating/terminating.
Direction parseDirection(QStringView text);

} // namespace dt::ingest
