#include "ingest/fastvalues.h"

#include <cstring>
#include <QDate>
#include <QStringEncoder>

namespace dt::ingest {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads between @p minDigits and @p maxDigits digits at @p p (advanced past them); -1 when fewer.
qint64 readDigits(const char *&p, const char *e, int minDigits, int maxDigits)
{
    qint64 v = 0;
    int n = 0;
    while (p < e && n < maxDigits && isDigit(*p)) {
        v = v * 10 + (*p++ - '0');
        ++n;
    }
    return n >= minDigits ? v : -1;
}

std::optional<qint64> wallOf(qint64 y, qint64 mo, qint64 d, qint64 h, qint64 mi, qint64 s)
{
    if (h > 23 || mi > 59 || s > 60)
        return std::nullopt; // parseLocalTime() rejects it
    // A log's rows come mostly in time order, many a day: the last valid date's day is kept (per
    // thread, as each thread parses its own file). y, mo and d are at most 4, 2 and 2 digits.
    thread_local qint64 lastDate = -1, lastDay = 0;
    const qint64 date = (y * 100 + mo) * 100 + d;
    if (date != lastDate) {
        const QDate q{int(y), int(mo), int(d)};
        if (!q.isValid())
            return std::nullopt;
        lastDay = q.toJulianDay() - 2440588; // 2440588 = 1970-01-01
        lastDate = date;
    }
    return lastDay * 86400 + h * 3600 + mi * 60 + s;
}

bool startsWith(const char *p, const char *e, const QByteArray &word)
{
    return !word.isEmpty() && e - p >= word.size() && memcmp(p, word.constData(), size_t(word.size())) == 0;
}

} // namespace

DurationUnits DurationUnits::forEncoding(const QString &encoding)
{
    DurationUnits u;
    if (encoding == QLatin1String("ISO-8859-1"))
        return u;
    QStringEncoder enc(encoding == QLatin1String("GB18030") ? "GB18030" : "UTF-8");
    if (!enc.isValid())
        return u;
    auto bytes = [&enc](const char16_t *s) -> QByteArray {
        QByteArray b = enc.encode(QStringView(s));
        return enc.hasError() ? QByteArray() : b;
    };
    u.hours = bytes(u"小时");
    u.hour = bytes(u"时");
    u.minutes = bytes(u"分钟");
    u.minute = bytes(u"分");
    u.second = bytes(u"秒");
    return u;
}

std::optional<qint64> fastWallTime(QByteArrayView text, bool appleEpoch, bool *zoned)
{
    *zoned = false;
    const char *p = text.data(), *const e = p + text.size();
    if (p == e || !isDigit(*p))
        return std::nullopt;
    // "yyyy-MM-dd HH:mm:ss", the commonest, first.
    if (text.size() == 19 && (p[4] == '-' || p[4] == '/') && p[7] == p[4] && p[10] == ' ' && p[13] == ':' &&
        p[16] == ':') {
        const char *q = p;
        const qint64 y = readDigits(q, p + 4, 4, 4);
        q = p + 5;
        const qint64 mo = readDigits(q, p + 7, 2, 2);
        q = p + 8;
        const qint64 d = readDigits(q, p + 10, 2, 2);
        q = p + 11;
        const qint64 h = readDigits(q, p + 13, 2, 2);
        q = p + 14;
        const qint64 mi = readDigits(q, p + 16, 2, 2);
        q = p + 17;
        const qint64 s = readDigits(q, e, 2, 2);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0)
            return wallOf(y, mo, d, h, mi, s);
        return std::nullopt;
    }
    const char *q = p;
    while (q < e && isDigit(*q))
        ++q;
    if (q == e) { // digits only: a compact time or an epoch
        if (appleEpoch)
            return std::nullopt;
        const auto n = text.size();
        if (n == 14) {
            auto at = [p](int from, int len) {
                qint64 v = 0;
                for (int i = from; i < from + len; ++i)
                    v = v * 10 + (p[i] - '0');
                return v;
            };
            return wallOf(at(0, 4), at(4, 2), at(6, 2), at(8, 2), at(10, 2), at(12, 2));
        }
        if (n != 13 && n != 10 && n != 9)
            return std::nullopt;
        q = p;
        const qint64 v = readDigits(q, e, 1, 13);
        *zoned = true; // epochs are UTC
        return n == 13 ? v / 1000 : v;
    }
    // Year first: yyyy-M-d[ H:m[:s[.fff]]], separators '-', '/' or '.'.
    if (q - p != 4)
        return std::nullopt;
    auto separator = [](char c) { return c == '-' || c == '/' || c == '.'; };
    const qint64 y = readDigits(p, e, 4, 4);
    if (p == e || !separator(*p++))
        return std::nullopt;
    const qint64 mo = readDigits(p, e, 1, 2);
    if (mo < 0 || p == e || !separator(*p++))
        return std::nullopt;
    const qint64 d = readDigits(p, e, 1, 2);
    if (d < 0)
        return std::nullopt;
    if (p == e)
        return wallOf(y, mo, d, 0, 0, 0);
    if (*p != ' ')
        return std::nullopt;
    while (p < e && *p == ' ')
        ++p;
    const qint64 h = readDigits(p, e, 1, 2);
    if (h < 0 || p == e || *p++ != ':')
        return std::nullopt;
    const qint64 mi = readDigits(p, e, 1, 2);
    if (mi < 0)
        return std::nullopt;
    qint64 s = 0;
    if (p < e) {
        if (*p++ != ':')
            return std::nullopt;
        s = readDigits(p, e, 1, 2);
        if (s < 0)
            return std::nullopt;
        if (p < e) { // a fraction of a second, dropped
            if (*p != '.' && *p != ',')
                return std::nullopt;
            if (++p == e)
                return std::nullopt;
            while (p < e && isDigit(*p))
                ++p;
            if (p != e)
                return std::nullopt;
        }
    }
    return wallOf(y, mo, d, h, mi, s);
}

std::optional<qint64> fastDuration(QByteArrayView text, bool milliseconds, const DurationUnits &units)
{
    const char *p = text.data(), *const e = p + text.size();
    if (p == e || !isDigit(*p))
        return std::nullopt;
    // Each part at most 18 digits (no overflow), and no part past the longest call.
    auto sum = [](qint64 h, qint64 m, qint64 s) -> std::optional<qint64> {
        if (h > kMaxDuration || m > kMaxDuration || s > kMaxDuration)
            return std::nullopt;
        const qint64 v = h * 3600 + m * 60 + s;
        return v > kMaxDuration ? std::nullopt : std::optional<qint64>(v);
    };
    const qint64 first = readDigits(p, e, 1, 18);
    const qsizetype firstDigits = p - text.data();
    if (p == e) {
        const qint64 v = milliseconds ? (first + 500) / 1000 : first;
        return v > kMaxDuration ? std::nullopt : std::optional<qint64>(v);
    }
    if (isDigit(*p))
        return std::nullopt; // more than 18 digits
    if (*p == ':') {         // [H:]M:SS, its last two parts of one or two digits
        qint64 parts[3] = {first, 0, 0};
        int n = 1;
        while (p < e && n < 3) {
            if (*p++ != ':')
                return std::nullopt;
            parts[n] = readDigits(p, e, 1, 2);
            if (parts[n++] < 0)
                return std::nullopt;
        }
        if (p != e || n == 1 || (n == 2 && firstDigits > 2))
            return std::nullopt;
        return n == 3 ? sum(parts[0], parts[1], parts[2]) : sum(0, parts[0], parts[1]);
    }
    // 1小时2分3秒, 2分钟, 3秒: each part digits and its unit, in that order.
    qint64 value = first, h = 0, m = 0, s = 0;
    int stage = 0; // 0: hours may come, 1: minutes, 2: seconds, 3: done
    for (;;) {
        if (stage == 0 && (startsWith(p, e, units.hours) || startsWith(p, e, units.hour))) {
            p += startsWith(p, e, units.hours) ? units.hours.size() : units.hour.size();
            h = value;
            stage = 1;
        } else if (stage <= 1 && (startsWith(p, e, units.minutes) || startsWith(p, e, units.minute))) {
            p += startsWith(p, e, units.minutes) ? units.minutes.size() : units.minute.size();
            m = value;
            stage = 2;
        } else if (stage <= 2 && startsWith(p, e, units.second)) {
            p += units.second.size();
            s = value;
            stage = 3;
        } else {
            return std::nullopt;
        }
        if (p == e)
            return sum(h, m, s);
        if (stage == 3)
            return std::nullopt;
        value = readDigits(p, e, 1, 18);
        if (value < 0 || p == e || isDigit(*p))
            return std::nullopt;
    }
}

} // namespace dt::ingest
