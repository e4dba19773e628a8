#include "core/caseclock.h"

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <set>
#include <vector>

namespace dt {

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kJulianDayOf1970 = 2440588;

qint64 utcOf(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// Wall-clock seconds @p l as "yyyy-MM-dd HH:mm:ss" (or less): fixed digits, whatever the locale.
QString wallText(qint64 l, CaseClock::Precision precision)
{
    const qint64 day = floorDiv(l, kDay);
    const qint64 s = l - day * kDay;
    const QDate d = CaseClock::dateOfDay(day);
    QString out = QString::asprintf("%04d-%02d-%02d", d.year(), d.month(), d.day());
    if (precision == CaseClock::Precision::Seconds)
        out += QString::asprintf(" %02d:%02d:%02d", int(s / 3600), int(s / 60 % 60), int(s % 60));
    else if (precision == CaseClock::Precision::Minutes)
        out += QString::asprintf(" %02d:%02d", int(s / 3600), int(s / 60 % 60));
    return out;
}
} // namespace

/// A zone's offsets as a table of transitions, so that the offset of an instant is a comparison (a
/// zone without daylight saving since its last change) or a bisection of a few hundred entries, not
/// a time-zone database lookup: analyses ask it for every call.
struct CaseClock::Table
{
    QString zone;
    QTimeZone tz;
    bool valid = false;
    bool fixed = false;   ///< no change since 2000, none to come
    bool settled = false; ///< the last change listed is the last: its offset holds from then on
    qint64 from = 0;
    int before = 0;          ///< offset before at[0] (or throughout, when there is no transition)
    std::vector<qint64> at;  ///< transitions from 1900 on, ascending
    std::vector<int> offset; ///< offset from at[i] on
    std::vector<int> recent; ///< the distinct offsets since 2000, ascending

    explicit Table(const QString &name)
        : zone(name)
        , tz(name.toUtf8())
        , valid(CaseClock::isKnownZone(name))
    {
        from = utcOf(1900);
        if (!valid) {
            fixed = settled = true;
            recent = {0};
            return;
        }
        const auto fromDt = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        before = tz.offsetFromUtc(fromDt);
        // Qt lists the transitions the zone's file spells out (to 2037); later ones follow a rule
        // that only offsetFromUtc() applies. Past the last one listed, the offset is looked up.
        for (const QTimeZone::OffsetData &d :
             tz.transitions(fromDt, QDateTime::fromSecsSinceEpoch(utcOf(2200), Qt::UTC))) {
            const qint64 t = d.atUtc.toSecsSinceEpoch();
            if (t < from || (!at.empty() && t <= at.back()))
                continue;
            if ((offset.empty() ? before : offset.back()) == d.offsetFromUtc)
                continue; // a change of name or of the daylight flag alone moves no clock
            at.push_back(t);
            offset.push_back(d.offsetFromUtc);
        }
        // Settled: two years after the last change the clocks still show its offset, so it holds.
        const qint64 last = at.empty() ? from : at.back();
        const int lastOffset = at.empty() ? before : offset.back();
        settled = true;
        for (int k = 1; k <= 24 && settled; ++k)
            settled = slow(last + k * 31 * kDay) == lastOffset;
        const qint64 y2000 = utcOf(2000);
        fixed = settled && last < y2000;
        std::set<int> seen;
        for (int y = 2000; y <= 2040; ++y)
            for (const int month : {1, 7})
                seen.insert(offsetAt(QDateTime(QDate(y, month, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
        recent.assign(seen.begin(), seen.end());
    }

    int offsetAt(qint64 utc) const
    {
        if (utc < from)
            return slow(utc);
        if (at.empty() || utc >= at.back())
            return settled ? (at.empty() ? before : offset.back()) : slow(utc);
        const auto it = std::upper_bound(at.begin(), at.end(), utc);
        return it == at.begin() ? before : offset[size_t(it - at.begin()) - 1];
    }

    int slow(qint64 utc) const
    {
        return valid ? tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)) : 0;
    }
};

namespace {
std::shared_ptr<const CaseClock::Table> tableOf(const QString &zone)
{
    // Building a table reads the zone's transitions since 1900 (about a millisecond); a
    // workstation sees a handful of zones, so each is built once.
    static std::mutex lock;
    static std::map<QString, std::shared_ptr<const CaseClock::Table>> tables;
    std::lock_guard<std::mutex> guard(lock);
    auto &t = tables[zone];
    if (!t)
        t = std::make_shared<const CaseClock::Table>(zone);
    return t;
}
} // namespace

QString CaseClock::defaultZone()
{
    return QStringLiteral("Asia/Shanghai");
}

bool CaseClock::isKnownZone(const QString &zone)
{
    // The system's time-zone backend takes any word as a POSIX rule ("Nowhere" is a zone at UTC):
    // only names of the zone database (listed, or Area/Location with a file) and UTC offsets count.
    const QByteArray id = zone.toUtf8();
    static const QRegularExpression offset(QStringLiteral("^UTC[+-]\\d\\d:\\d\\d$"));
    return !id.isEmpty() && QTimeZone(id).isValid() &&
           (QTimeZone::isTimeZoneIdAvailable(id) || zone.contains(QLatin1Char('/')) ||
            offset.match(zone).hasMatch());
}

qint64 CaseClock::instantOf(const QString &iso)
{
    if (iso.isEmpty())
        return 0;
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QString CaseClock::offsetName(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int a = std::abs(offsetSeconds) / 60;
    QString s = QStringLiteral("UTC") + QLatin1Char(offsetSeconds < 0 ? '-' : '+') + QString::number(a / 60);
    if (a % 60)
        s += QStringLiteral(":%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return s;
}

CaseClock::CaseClock(const QString &zone)
    : m_table(tableOf(zone))
{
    m_settledFrom = !m_table->settled     ? std::numeric_limits<qint64>::max()
                    : m_table->at.empty() ? m_table->from
                                          : m_table->at.back();
    m_settledOffset = m_table->at.empty() ? m_table->before : m_table->offset.back();
}

QString CaseClock::fixedOffsetZone(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(QLatin1Char(offsetSeconds < 0 ? '-' : '+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool CaseClock::isValid() const
{
    return m_table->valid;
}

QString CaseClock::zone() const
{
    return m_table->zone;
}

bool CaseClock::isFixed() const
{
    return m_table->fixed;
}

int CaseClock::lookUpOffset(qint64 utc) const
{
    return m_table->offsetAt(utc);
}

qint64 CaseClock::localDay(qint64 utc) const
{
    return floorDiv(local(utc), kDay);
}

int CaseClock::hourOfDay(qint64 utc) const
{
    const qint64 l = local(utc);
    return int((l - floorDiv(l, kDay) * kDay) / 3600);
}

int CaseClock::weekday(qint64 utc) const
{
    return int(((localDay(utc) + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
}

QDate CaseClock::dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + kJulianDayOf1970);
}

QDate CaseClock::date(qint64 utc) const
{
    return dateOfDay(localDay(utc));
}

qint64 CaseClock::startOfDay(const QDate &d) const
{
    const qint64 wall = (d.toJulianDay() - kJulianDayOf1970) * kDay;
    // The offsets in force a day either side: midnight is wall - offset for one of them, the earlier
    // when the clocks went back over midnight.
    qint64 best = 0;
    bool found = false;
    for (const int o : {offsetAt(wall - kDay), offsetAt(wall + kDay), offsetAt(wall)}) {
        const qint64 u = wall - o;
        if (local(u) == wall && (!found || u < best)) {
            best = u;
            found = true;
        }
    }
    if (found)
        return best;
    // Midnight fell in a gap (the clocks went forward over it): the day starts at the first instant
    // whose local time is past midnight.
    qint64 lo = wall - 2 * kDay, hi = wall + 2 * kDay;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (local(mid) >= wall)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

QString CaseClock::text(qint64 utc, Precision precision) const
{
    return m_table->fixed ? wallText(local(utc), precision) : stamp(utc, precision);
}

QString CaseClock::stamp(qint64 utc, Precision precision) const
{
    const int off = offsetAt(utc);
    return wallText(utc + off, precision) + QLatin1Char(' ') + offsetName(off);
}

QString CaseClock::labelled(qint64 utc) const
{
    const int off = offsetAt(utc);
    const QString wall = wallText(utc + off, Precision::Seconds);
    if (!m_table->valid || m_table->zone == offsetName(off))
        return wall + QStringLiteral(" (") + description() + QLatin1Char(')');
    return wall + QStringLiteral(" (") + m_table->zone + QStringLiteral(", ") + offsetName(off) +
           QLatin1Char(')');
}

QString CaseClock::textOfIso(const QString &iso, Precision precision) const
{
    const qint64 t = instantOf(iso);
    return t ? text(t, precision) : iso;
}

QString CaseClock::stampOfIso(const QString &iso, Precision precision) const
{
    const qint64 t = instantOf(iso);
    return t ? stamp(t, precision) : iso;
}

QString CaseClock::label() const
{
    if (!m_table->valid)
        return QStringLiteral("UTC");
    return m_table->fixed ? offsetName(m_table->recent.front()) : m_table->zone;
}

QString CaseClock::description() const
{
    if (!m_table->valid)
        return m_table->zone.isEmpty() ? QStringLiteral("UTC")
                                       : tr("UTC (unknown time zone '%1')").arg(m_table->zone);
    QStringList offsets;
    for (int o : m_table->recent)
        offsets << offsetName(o);
    const QString list = offsets.join(QStringLiteral(" / "));
    return list == m_table->zone ? list : m_table->zone + QStringLiteral(" (") + list + QLatin1Char(')');
}

} // namespace dt
