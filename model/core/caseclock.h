#pragma once
#include <memory>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dt {

/**
 * The case's clock: the one place where a stored instant (UTC seconds) becomes a local time.
 *
 * A case has one time zone (an IANA name, default Asia/Shanghai). Everything shown to a reader (the
 * GUI, reports, the command line's text) and every rule about local hours (calls at night, hour-of-day
 * and weekday profiles, days since a list was acquired) goes through a clock built from that zone,
 * so one call is shown at one local time everywhere. The offset applied is the one in force at the
 * instant itself, so summer and winter times of a zone with daylight saving are both right. JSON
 * stays in UTC (ISO 8601 with Z) and never passes through here.
 *
 * Cheap to copy (the zone's offsets are shared) and safe to use from several threads at once.
 */
class CaseClock
{
    Q_DECLARE_TR_FUNCTIONS(dt::CaseClock)
public:
    /// How much of an instant text() shows.
    enum class Precision { Seconds, Minutes, Date };

    /// The zone of a case that names none: the zone every case was shown in before zones were chosen.
    static QString defaultZone();
    /// True when @p zone names a time zone this workstation knows (IANA name such as Europe/Berlin, or UTC).
    static bool isKnownZone(const QString &zone);
    /// The instant of an ISO 8601 time ("2026-09-01T01:27:44Z"); 0 when @p iso is empty or no time.
    static qint64 instantOf(const QString &iso);
    /// "UTC+2", "UTC+5:30", "UTC-4", "UTC" for an offset in seconds east of UTC.
    static QString offsetName(int offsetSeconds);
    /// The name of the zone that is always @p offsetSeconds east of UTC ("UTC+05:30"), for settings
    /// that gave a zone as an offset.
    static QString fixedOffsetZone(int offsetSeconds);

    /// A clock in @p zone. An unknown zone gives a clock that is not valid and shows UTC, saying so.
    explicit CaseClock(const QString &zone = defaultZone());

    bool isValid() const;
    /// The zone's name as given (e.g. "Asia/Shanghai").
    QString zone() const;
    /// True when the zone's offset has not changed since 2000 and will not change (no daylight saving):
    /// then a time needs no offset beside it and a column header can name the offset.
    bool isFixed() const;

    /// Seconds east of UTC in force at @p utc.
    int offsetAt(qint64 utc) const { return utc >= m_settledFrom ? m_settledOffset : lookUpOffset(utc); }
    /// Wall-clock seconds of @p utc (the local time read as if it were UTC), for day and hour arithmetic.
    qint64 local(qint64 utc) const { return utc + offsetAt(utc); }
    /// The local day of @p utc: days since 1970-01-01 in the zone's calendar.
    qint64 localDay(qint64 utc) const;
    /// The local hour of @p utc, 0–23.
    int hourOfDay(qint64 utc) const;
    /// The local weekday of @p utc, 0 = Monday … 6 = Sunday.
    int weekday(qint64 utc) const;
    /// The local date of @p utc.
    QDate date(qint64 utc) const;
    /// The instant the local date @p d begins (its midnight, or the first instant after a gap).
    qint64 startOfDay(const QDate &d) const;
    /// The date of local day number @p day (as localDay() gives).
    static QDate dateOfDay(qint64 day);

    /// The local time as a table cell under a header carrying label(): "2026-09-01 09:27:44"; in a zone
    /// whose offset changes, with the offset in force ("2026-10-25 02:30:00 UTC+1"), since an hour
    /// repeats when the clocks go back.
    QString text(qint64 utc, Precision precision = Precision::Seconds) const;
    /// The local time with the offset in force, for running text: "2026-07-15 22:30:00 UTC+2".
    QString stamp(qint64 utc, Precision precision = Precision::Seconds) const;
    /// The local time with the zone and offset: "2026-07-15 22:30:00 (Europe/Berlin, UTC+2)".
    QString labelled(qint64 utc) const;
    /// text() of an ISO 8601 time; @p iso itself when it is no time, empty for empty.
    QString textOfIso(const QString &iso, Precision precision = Precision::Seconds) const;
    /// stamp() of an ISO 8601 time; @p iso itself when it is no time, empty for empty.
    QString stampOfIso(const QString &iso, Precision precision = Precision::Seconds) const;

    /// The short label for a column header or an axis: the offset of a fixed zone ("UTC+5:30" for
    /// Asia/Kolkata), else the zone's name ("Europe/Berlin").
    QString label() const;
    /// The zone with its offsets, for a report's or a dialog's description: "Asia/Kolkata (UTC+5:30)",
    /// "Europe/Berlin (UTC+1 / UTC+2)".
    QString description() const;

    struct Table;

private:
    int lookUpOffset(qint64 utc) const;
    std::shared_ptr<const Table> m_table;
    // Since its last change of offset (Asia/Shanghai: 1991) a zone's offset is one number: the
    // analyses' per-call question is then answered inline.
    qint64 m_settledFrom = 0;
    int m_settledOffset = 0;
};

} // namespace dt
