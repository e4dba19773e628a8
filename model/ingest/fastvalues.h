#pragma once
#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dt::ingest {

/// The longest duration a call can have in the case (seconds; the call store keeps 32 bits).
constexpr qint64 kMaxDuration = 0xFFFFFFFFLL;

/// The bytes of the duration units parseDuration() reads (小时, 时, 分钟, 分, 秒) in one file's field
/// encoding; empty where the encoding cannot spell them.
struct DurationUnits
{
    QByteArray hours, hour, minutes, minute, second;
    /// As FieldDecoder decodes the fields of @p encoding: GB18030, ISO-8859-1, or else UTF-8.
    static DurationUnits forEncoding(const QString &encoding);
};

/**
 * A start time's bytes as wall-clock seconds, exactly as parseLocalTime() reads the same text, for
 * the forms call logs commonly use: year first with '-', '/' or '.', padded or not, with or without
 * seconds (and a fraction of them), or no time at all; "yyyyMMddHHmmss"; Unix seconds (9 or 10
 * digits) or milliseconds (13), which set @p zoned (they are UTC). nullopt for any other text,
 * invalid dates included: parseLocalTime() decides those. @p appleEpoch: digits are left to it.
 */
std::optional<qint64> fastWallTime(QByteArrayView text, bool appleEpoch, bool *zoned);

/**
 * A duration's bytes in seconds, exactly as parseDuration() reads the same text decoded, for the
 * forms call logs commonly use: whole seconds (milliseconds when @p milliseconds), "H:MM:SS",
 * "M:SS", and 小时/时, 分钟/分 and 秒 after digits (in @p units' bytes), with no spaces. nullopt for
 * any other text and for a duration past kMaxDuration: parseDuration() decides those.
 */
std::optional<qint64> fastDuration(QByteArrayView text, bool milliseconds, const DurationUnits &units);

} // namespace dt::ingest
