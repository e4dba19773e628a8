#include "ingest/valueparsers.h"

#include <algorithm>
#include <limits>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace dt::ingest {

namespace {

qint64 wallSeconds(int y, int mo, int d, int h, int mi, int s)
{
    const QDate date(y, mo, d);
    if (!date.isValid() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60)
        return std::numeric_limits<qint64>::min();
    return (date.toJulianDay() - 2440588) * 86400 + h * 3600 + mi * 60 + s; // 2440588 = 1970-01-01
}

bool digitsOnly(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

qint64 utcOffsetAt(const QTimeZone &tz, qint64 utc)
{
    return tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

qint64 utcOfWallTime(const QTimeZone &tz, qint64 wall)
{
    auto offsetAt = [&tz](qint64 utc) { return utcOffsetAt(tz, utc); };
    // The offsets in force 18 h either side (a zone's offset lies within +-14 h, and its clocks
    // change at most once in such a span): an instant is the wall time less an offset that is its own.
    const qint64 before = offsetAt(wall - 18 * 3600), after = offsetAt(wall + 18 * 3600);
    if (before == after)
        return wall - before;
    const qint64 early = wall - before, late = wall - after;
    const bool earlyHolds = offsetAt(early) == before, lateHolds = offsetAt(late) == after;
    if (earlyHolds && lateHolds)
        return std::max(early, late);
    if (lateHolds)
        return late;
    return early; // the wall time holds before the change, or the change skipped it
}

std::optional<qint64> parseLocalTime(QStringView textIn, DayMonthOrder order, bool *hasZone, bool appleEpoch,
                                     bool excel1904)
{
    if (hasZone)
        *hasZone = false;
    const QStringView text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    constexpr qint64 kBad = std::numeric_limits<qint64>::min();
    // Fast path for the commonest form, "yyyy-MM-dd HH:mm:ss" (or with '/'): no regular expression.
    if (text.size() == 19 && (text.at(4) == QLatin1Char('-') || text.at(4) == QLatin1Char('/')) &&
        text.at(7) == text.at(4) && text.at(10) == QLatin1Char(' ') && text.at(13) == QLatin1Char(':') &&
        text.at(16) == QLatin1Char(':')) {
        int v[6];
        const int pos[6] = {0, 5, 8, 11, 14, 17}, len[6] = {4, 2, 2, 2, 2, 2};
        bool ok = true;
        for (int k = 0; k < 6 && ok; ++k) {
            v[k] = 0;
            for (int i = 0; i < len[k]; ++i) {
                const ushort u = text.at(pos[k] + i).unicode();
                ok &= u >= '0' && u <= '9';
                v[k] = v[k] * 10 + (u - '0');
            }
        }
        if (ok) {
            const qint64 r = wallSeconds(v[0], v[1], v[2], v[3], v[4], v[5]);
            return r == kBad ? std::nullopt : std::optional<qint64>(r);
        }
    }
    // Pure numbers: compact timestamps, epochs, Excel serials.
    if (digitsOnly(text)) {
        if (text.size() == 14) { // yyyyMMddHHmmss
            const qint64 v =
                wallSeconds(text.mid(0, 4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt(),
                            text.mid(8, 2).toInt(), text.mid(10, 2).toInt(), text.mid(12, 2).toInt());
            return v == kBad ? std::nullopt : std::optional<qint64>(v);
        }
        const qint64 n = text.toLongLong();
        if (hasZone)
            *hasZone = true; // epochs are UTC
        if (appleEpoch)
            return n + 978307200; // 2001-01-01T00:00:00Z
        if (text.size() == 13)
            return n / 1000;
        if (text.size() == 10 || text.size() == 9)
            return n;
        if (hasZone)
            *hasZone = false;
        return std::nullopt;
    }
    // Apple epoch with fraction (Core Data stores doubles).
    static const QRegularExpression number(QStringLiteral("^\\d+\\.\\d+$"));
    if (number.match(text).hasMatch()) {
        const double v = text.toDouble();
        if (appleEpoch) {
            if (hasZone)
                *hasZone = true;
            return qint64(v) + 978307200;
        }
        if (v > 20000 && v < 80000) { // Excel serial day (1954..2119 or 1958..2123), local wall clock
            const qint64 days = qint64(v);
            const qint64 secs = qint64((v - double(days)) * 86400.0 + 0.5);
            // 1970-01-01 is serial 25569 in the 1900 system (whose serial 0 is 1899-12-30 for every
            // serial past its fictitious 1900-02-29, serial 60) and 24107 in the 1904 system.
            return (days - (excel1904 ? 24107 : 25569)) * 86400 + secs;
        }
        return std::nullopt;
    }
    // ISO 8601 with T (and maybe a zone).
    if (text.contains(QLatin1Char('T')) && text.size() >= 16 && text.at(4) == QLatin1Char('-')) {
        QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text.toString(), Qt::ISODate);
        if (dt.isValid()) {
            if (dt.timeSpec() != Qt::LocalTime) {
                if (hasZone)
                    *hasZone = true;
                return dt.toSecsSinceEpoch();
            }
            const QDate d = dt.date();
            const QTime t = dt.time();
            return wallSeconds(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second());
        }
    }
    // Year first: 2026-09-01 09:15:32, 2026/9/1 9:15, 2026年9月1日 9时15分
    static const QRegularExpression ymd(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ "
        "T]+(\\d{1,2})\\s*[:时点]\\s*(\\d{1,2})\\s*分?(?:\\s*:?\\s*(\\d{1,2})(?:[.,]\\d+)?\\s*秒?)?)?\\s*$"));
    if (const auto m = ymd.match(text); m.hasMatch()) {
        const qint64 v = wallSeconds(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                     m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        return v == kBad ? std::nullopt : std::optional<qint64>(v);
    }
    // Year last: 6/1/2006 0:08, 01-09-2016 06:01:12 (order from the column)
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})(?:[ "
                       "T]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?\\s*(AM|PM|am|pm)?$"));
    if (const auto m = dmy.match(text); m.hasMatch()) {
        int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        if (y < 100)
            y += y < 70 ? 2000 : 1900;
        int day = a, month = b; // without evidence, day first (the common form outside the US)
        if (order == DayMonthOrder::MonthFirst || (order == DayMonthOrder::Unknown && b > 12))
            day = b, month = a;
        int h = m.captured(4).toInt();
        const QStringView ampm = m.capturedView(7);
        if (!ampm.isEmpty()) {
            if ((ampm == QLatin1String("PM") || ampm == QLatin1String("pm")) && h < 12)
                h += 12;
            if ((ampm == QLatin1String("AM") || ampm == QLatin1String("am")) && h == 12)
                h = 0;
        }
        const qint64 v = wallSeconds(y, month, day, h, m.captured(5).toInt(), m.captured(6).toInt());
        return v == kBad ? std::nullopt : std::optional<qint64>(v);
    }
    return std::nullopt;
}

std::optional<qint64> parseDuration(QStringView textIn, bool milliseconds)
{
    // A value beyond 64 bits is "too long" (the largest value), never the 0 an overflowed
    // conversion gives: the caller compares it with the longest call the case can hold.
    constexpr qint64 tooLong = std::numeric_limits<qint64>::max();
    auto number = [](QStringView digits) -> qint64 {
        bool ok = false;
        const qint64 v = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
        return digits.isEmpty() || ok ? v : tooLong;
    };
    auto hms = [&number](QStringView h, QStringView m, QStringView s) -> qint64 {
        const qint64 hours = number(h), minutes = number(m), seconds = number(s);
        constexpr qint64 limit = tooLong / 4;
        if (hours > limit / 3600 || minutes > limit / 60 || seconds > limit)
            return tooLong;
        return hours * 3600 + minutes * 60 + seconds;
    };
    const QStringView text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (digitsOnly(text)) {
        const qint64 v = number(text);
        return v == tooLong ? v : milliseconds ? (v + 500) / 1000 : v;
    }
    static const QRegularExpression decimal(QStringLiteral("^\\d+\\.\\d+$"));
    if (decimal.match(text).hasMatch()) {
        const double v = text.toDouble();
        const double seconds = milliseconds ? v / 1000.0 + 0.5 : v + 0.5;
        return seconds >= 9.2e18 ? tooLong : qint64(seconds);
    }
    static const QRegularExpression hmsRe(QStringLiteral("^(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})$"));
    if (const auto m = hmsRe.match(text); m.hasMatch())
        return hms(m.capturedView(1), m.capturedView(2), m.capturedView(3));
    static const QRegularExpression cn(
        QStringLiteral("^(?:(\\d+)\\s*(?:小时|时))?\\s*(?:(\\d+)\\s*(?:分钟|分))?\\s*(?:(\\d+)\\s*秒)?$"));
    if (const auto m = cn.match(text); m.hasMatch() && m.capturedLength(0) > 0 &&
                                       (m.capturedLength(1) || m.capturedLength(2) || m.capturedLength(3)))
        return hms(m.capturedView(1), m.capturedView(2), m.capturedView(3));
    return std::nullopt;
}

Direction parseDirection(QStringView textIn)
{
    // The spellings of nearly every row of a carrier CDR, compared without building a string.
    if (textIn == QStringView(u"主叫"))
        return Direction::Outgoing;
    if (textIn == QStringView(u"被叫"))
        return Direction::Incoming;
    const QString t = textIn.trimmed().toString().toLower();
    static const QStringList out{QStringLiteral("主叫"),        QStringLiteral("呼出"),
                                 QStringLiteral("1"),           QStringLiteral("out"),
                                 QStringLiteral("outgoing"),    QStringLiteral("mo"),
                                 QStringLiteral("originating"), QStringLiteral("outbound"),
                                 QStringLiteral("拨出"),        QStringLiteral("去电")};
    static const QStringList in{
        QStringLiteral("被叫"),        QStringLiteral("呼入"),     QStringLiteral("2"),
        QStringLiteral("in"),          QStringLiteral("incoming"), QStringLiteral("mt"),
        QStringLiteral("terminating"), QStringLiteral("inbound"),  QStringLiteral("接听"),
        QStringLiteral("来电"),        QStringLiteral("未接")};
    static const QStringList fwd{QStringLiteral("呼转"),    QStringLiteral("3"),  QStringLiteral("forwarded"),
                                 QStringLiteral("forward"), QStringLiteral("cf"), QStringLiteral("呼叫转移")};
    if (out.contains(t))
        return Direction::Outgoing;
    if (in.contains(t))
        return Direction::Incoming;
    if (fwd.contains(t))
        return Direction::Forwarded;
    if (t.contains(QStringLiteral("主叫")) || t.contains(QStringLiteral("呼出")))
        return Direction::Outgoing;
    if (t.contains(QStringLiteral("被叫")) || t.contains(QStringLiteral("呼入")))
        return Direction::Incoming;
    return Direction::Unknown;
}

} // namespace dt::ingest
