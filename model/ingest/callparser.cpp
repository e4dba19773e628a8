#include "ingest/callparser.h"

#include <QDateTime>

namespace dt::ingest {

QString CallParser::value(const QStringList &row, Field f) const
{
    const int c = m_map.column(f);
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

std::optional<qint64> CallParser::utcOf(const QString &text)
{
    bool zoned = false;
    const auto wall = parseLocalTime(text, m_order, &zoned, m_appleEpoch);
    if (!wall)
        return std::nullopt;
    qint64 utc = *wall;
    if (!zoned) {
        const qint64 day = *wall / 86400;
        auto it = m_dayOffset.constFind(day);
        if (it == m_dayOffset.constEnd())
            it = m_dayOffset.insert(
                day, m_tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(day * 86400 + 43200, Qt::UTC)));
        utc -= *it;
    }
    return utc + m_clockOffset;
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
            p.rejectReason = tr("unknown call direction '%1'").arg(value(row, Field::Direction));
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
        p.rejectReason = p.callerRaw.isEmpty() ? tr("no caller number") : tr("no callee number");
        return;
    }
    const QString startText = value(row, Field::Start);
    const auto utc = utcOf(startText);
    if (!utc) {
        p.rejectReason =
            startText.isEmpty() ? tr("no start time") : tr("start time '%1' is not a time").arg(startText);
        return;
    }
    p.utc = *utc;
    const bool ms = m.has(Field::DurationMs);
    const QString durText = value(row, ms ? Field::DurationMs : Field::Duration);
    if (!durText.isEmpty()) {
        const auto d = parseDuration(durText, ms);
        if (!d || *d < 0) {
            p.rejectReason = tr("duration '%1' is not a duration").arg(durText);
            return;
        }
        p.duration = *d;
    }
    p.answered = p.duration > 0 ? 1 : -1;
    if (m.has(Field::Disposition)) {
        const QString disp = value(row, Field::Disposition).toUpper();
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
