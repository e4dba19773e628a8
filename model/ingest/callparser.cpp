#include "ingest/callparser.h"

#include "case/rejectreason.h"
#include "core/text.h"

#include <cstring>
#include <QDate>

namespace dt::ingest {

QString CallParser::value(const QStringList &row, Field f) const
{
    const int c = m_map.column(f);
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

std::optional<qint64> CallParser::utcOf(const QString &text)
{
    bool zoned = false;
    const auto wall = parseLocalTime(text, m_order, &zoned, m_appleEpoch, m_excel1904);
    if (!wall)
        return std::nullopt;
    return zoned ? withOffset(*wall, 0) : utcOfWall(*wall);
}

std::optional<qint64> CallParser::withOffset(qint64 utc, qint64 zoneOffset) const
{
    // A time at the ends of 64 bits (a run of digits read as seconds) is no time: never wrapped.
    qint64 out = 0;
    if (__builtin_sub_overflow(utc, zoneOffset, &out))
        return std::nullopt;
    if (!m_drift)
        return __builtin_add_overflow(out, m_clockOffset, &out) ? std::nullopt : std::optional<qint64>(out);
    // The drift is computed in double: beyond 2^52 s (a hundred million years) no call happened.
    constexpr qint64 kSane = qint64(1) << 52;
    if (out > kSane || out < -kSane)
        return std::nullopt;
    return m_clock.apply(out);
}

std::optional<qint64> CallParser::utcOfWall(qint64 wall)
{
    // Most days have one offset all day long: kept per day, and the last day's at hand (a log's rows
    // come mostly in time order). Around a change of the clocks each time is converted on its own.
    if (wall < std::numeric_limits<qint64>::min() / 2 || wall > std::numeric_limits<qint64>::max() / 2)
        return std::nullopt; // nor are its zone's offsets around it
    const qint64 day = wall >= 0 ? wall / 86400 : -((-wall + 86399) / 86400);
    if (day != m_lastDay) {
        auto it = m_dayOffset.constFind(day);
        if (it == m_dayOffset.constEnd()) {
            // The day's wall times and the 18 h either side utcOfWallTime() looks at.
            const qint64 before = utcOffsetAt(m_tz, day * 86400 - 36 * 3600),
                         after = utcOffsetAt(m_tz, (day + 1) * 86400 + 36 * 3600);
            it = m_dayOffset.insert(day, before == after ? before : kTransitionDay);
        }
        m_lastDay = day;
        m_lastOffset = *it;
    }
    if (m_lastOffset != kTransitionDay)
        return withOffset(wall, m_lastOffset);
    return withOffset(utcOfWallTime(m_tz, wall), 0);
}

namespace {

/// ASCII and nothing parse() would trim away.
bool plainAscii(QByteArrayView v)
{
    if (v.isEmpty())
        return true;
    if (quint8(v.front()) <= ' ' || quint8(v.back()) <= ' ')
        return false;
    char bits = 0;
    for (const char c : v)
        bits = char(bits | c);
    return !(bits & 0x80);
}

QByteArrayView fieldAt(const QByteArrayView *fields, int count, int column)
{
    return column >= 0 && column < count ? fields[column] : QByteArrayView();
}

} // namespace

bool CallParser::parseFast(const QByteArrayView *fields, int count, const Decoder &decode, ParsedCall *out)
{
    if (!m_cols) {
        const Mapping &m = m_map;
        m_cols = Columns{m.column(Field::Local),
                         m.column(Field::Other),
                         m.column(Field::Direction),
                         m.column(Field::Caller),
                         m.column(Field::Callee),
                         m.column(Field::Start),
                         m.column(m.has(Field::DurationMs) ? Field::DurationMs : Field::Duration),
                         m.column(Field::Imei),
                         m.column(Field::Cell),
                         m.column(Field::Lac),
                         m.has(Field::Local) && m.has(Field::Other),
                         m.has(Field::DurationMs),
                         m.has(Field::Disposition)};
    }
    const Columns &c = *m_cols;
    if (c.disposition)
        return false;
    // Every field ASCII, so that decoding would change nothing; a field that is not (a name, a
    // direction) is decoded once here, and only a direction among the values parse() reads may be.
    for (int i = 0; i < count; ++i) {
        char bits = 0;
        for (const char ch : fields[i])
            bits = char(bits | ch);
        if (!(bits & 0x80))
            continue;
        if (i == c.local || i == c.other || i == c.caller || i == c.callee || i == c.start || i == c.imei ||
            i == c.cell || i == c.lac)
            return false;
        if (i != c.direction && i != c.duration) { // a duration's units are read as bytes, or left
            bool repaired = false;
            decode(fields[i].toByteArray(), &repaired);
            if (repaired)
                return false;
        }
    }
    ParsedCall &p = *out;
    p = ParsedCall();
    QByteArrayView callerBytes, calleeBytes;
    if (c.perspective) {
        p.perspective = true;
        const QByteArrayView dirBytes = fieldAt(fields, count, c.direction);
        const Direction *dir = nullptr;
        for (const auto &[bytes, d] : m_directions) {
            if (dirBytes == bytes) {
                dir = &d;
                break;
            }
        }
        if (!dir) {
            bool repaired = false;
            const Direction d = parseDirection(decode(dirBytes.toByteArray(), &repaired).trimmed());
            if (repaired || d == Direction::Unknown)
                return false;              // rejected or repaired: parse() says how
            if (m_directions.size() >= 64) // a column's few spellings, not a junk column's values
                return false;
            m_directions.emplace_back(dirBytes.toByteArray(), d);
            dir = &m_directions.back().second;
        }
        p.localIsCaller = *dir == Direction::Outgoing;
        const QByteArrayView local = fieldAt(fields, count, c.local), other = fieldAt(fields, count, c.other);
        callerBytes = p.localIsCaller ? local : other;
        calleeBytes = p.localIsCaller ? other : local;
    } else {
        callerBytes = fieldAt(fields, count, c.caller);
        calleeBytes = fieldAt(fields, count, c.callee);
    }
    if (callerBytes.isEmpty() || calleeBytes.isEmpty() || !plainAscii(callerBytes) ||
        !plainAscii(calleeBytes))
        return false;
    auto number = [](QByteArrayView b, qint64 *mobile, QString *raw) {
        if (b.size() == 11 && b[0] == '1' && (*mobile = digitsValue(b)) >= 0)
            return;
        *mobile = -1;
        *raw = QString::fromLatin1(b);
    };
    number(callerBytes, &p.callerMobile, &p.callerRaw);
    number(calleeBytes, &p.calleeMobile, &p.calleeRaw);

    bool zoned = false;
    const auto wall = fastWallTime(fieldAt(fields, count, c.start), m_appleEpoch, &zoned);
    if (!wall)
        return false;
    const auto utc = zoned ? withOffset(*wall, 0) : utcOfWall(*wall);
    if (!utc)
        return false;
    p.utc = *utc;

    const QByteArrayView dur = fieldAt(fields, count, c.duration);
    if (!dur.isEmpty()) {
        const auto d = fastDuration(dur, c.ms, m_units);
        if (!d)
            return false; // parse() says why
        p.duration = *d;
    }
    p.answered = p.duration > 0 ? 1 : -1;

    const QByteArrayView imei = fieldAt(fields, count, c.imei);
    if (!plainAscii(imei))
        return false;
    p.imeiDigits = imei.size() == 15 ? digitsValue(imei) : -1;
    if (p.imeiDigits < 0)
        p.imei = QString::fromLatin1(imei);
    const QByteArrayView cell = fieldAt(fields, count, c.cell), lac = fieldAt(fields, count, c.lac);
    if (!plainAscii(cell) || !plainAscii(lac))
        return false;
    if (!cell.isEmpty()) {
        const qsizetype n = lac.isEmpty() ? cell.size() : lac.size() + 1 + cell.size();
        if (n > qsizetype(sizeof p.cellBytes))
            return false;
        char *w = p.cellBytes;
        if (!lac.isEmpty()) {
            memcpy(w, lac.data(), size_t(lac.size()));
            w += lac.size();
            *w++ = '-';
        }
        memcpy(w, cell.data(), size_t(cell.size()));
        p.cellLen = quint8(n);
    }
    return true;
}

void CallParser::parse(const QStringList &row, ParsedCall *out)
{
    ParsedCall &p = *out;
    p = ParsedCall();
    const Mapping &m = m_map;
    if (m.has(Field::Local) && m.has(Field::Other)) {
        p.perspective = true;
        const Direction d = parseDirection(value(row, Field::Direction));
        if (d == Direction::Unknown) {
            p.rejectReason = RejectReason::encode(RejectReason::Code::CallDirectionUnknown,
                                                  {shownValue(value(row, Field::Direction))});
            return;
        }
        p.localIsCaller = d == Direction::Outgoing;
        p.callerRaw = p.localIsCaller ? value(row, Field::Local) : value(row, Field::Other);
        p.calleeRaw = p.localIsCaller ? value(row, Field::Other) : value(row, Field::Local);
    } else {
        p.callerRaw = value(row, Field::Caller);
        p.calleeRaw = value(row, Field::Callee);
    }
    if (p.callerRaw.isEmpty() || p.calleeRaw.isEmpty()) {
        p.rejectReason = RejectReason::encode(p.callerRaw.isEmpty() ? RejectReason::Code::CallerMissing
                                                                    : RejectReason::Code::CalleeMissing);
        return;
    }
    const QString startText = value(row, Field::Start);
    const auto utc = utcOf(startText);
    if (!utc) {
        p.rejectReason = startText.isEmpty() ? RejectReason::encode(RejectReason::Code::StartMissing)
                                             : RejectReason::encode(RejectReason::Code::StartNotTime,
                                                                    {shownValue(startText)});
        return;
    }
    p.utc = *utc;
    const bool ms = m.has(Field::DurationMs);
    const QString durText = value(row, ms ? Field::DurationMs : Field::Duration);
    if (!durText.isEmpty()) {
        const auto d = parseDuration(durText, ms);
        if (!d || *d < 0) {
            p.rejectReason =
                RejectReason::encode(RejectReason::Code::DurationNotDuration, {shownValue(durText)});
            return;
        }
        if (*d > kMaxDuration) { // more than the call store's 32-bit column holds: 136 years
            p.rejectReason = RejectReason::encode(RejectReason::Code::DurationTooLong, {shownValue(durText)});
            return;
        }
        p.duration = *d;
    }
    p.answered = p.duration > 0 ? 1 : -1;
    // An empty disposition says nothing: the duration decides, as without the column.
    if (const QString disp = m.has(Field::Disposition) ? value(row, Field::Disposition).toUpper() : QString();
        !disp.isEmpty()) {
        p.answered = (disp == QLatin1String("ANSWERED") || disp == QLatin1String("NORMAL_CLEARING") ||
                      disp == QLatin1String("1") || disp == QStringLiteral("接通"))
                         ? 1
                         : 0;
    }
    p.imei = value(row, Field::Imei);
    p.cell = value(row, Field::Cell);
    if (!p.cell.isEmpty() && m.has(Field::Lac)) {
        if (const QString lac = value(row, Field::Lac); !lac.isEmpty())
            p.cell = lac + QLatin1Char('-') + p.cell;
    }
}

} // namespace dt::ingest
