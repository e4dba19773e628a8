// The case's clock: a stored instant shown in the case's zone with the offset in force at that
// instant (both daylight-saving changes of Berlin and New York, Shanghai, UTC), the local day, hour
// and weekday that rules about local hours use, and where a local date begins.
#include "core/caseclock.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace dt;

class TestCaseClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void labels_data();
    void labels();
    void startOfDay_data();
    void startOfDay();
    void agreesWithTheZoneDatabase_data();
    void agreesWithTheZoneDatabase();
    void unknownZoneShowsUtcAndSaysSo();
    void isoTimes();
};

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}
} // namespace

void TestCaseClock::text_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("labelled");
    QTest::addColumn<int>("hour");
    QTest::addColumn<int>("weekday"); // 0 = Monday
    QTest::addColumn<QString>("date");

    QTest::newRow("Shanghai") << "Asia/Shanghai" << utc("2026-09-01T01:27:44Z") << "2026-09-01 09:27:44"
                              << "2026-09-01 09:27:44 (Asia/Shanghai, UTC+8)" << 9 << 1 << "2026-09-01";
    QTest::newRow("Shanghai, next local day")
        << "Asia/Shanghai" << utc("2026-08-31T16:00:00Z") << "2026-09-01 00:00:00"
        << "2026-09-01 00:00:00 (Asia/Shanghai, UTC+8)" << 0 << 1 << "2026-09-01";
    // Berlin: summer time from 2026-03-29 01:00 UTC (02:00 CET becomes 03:00 CEST) …
    QTest::newRow("Berlin, last second of winter time")
        << "Europe/Berlin" << utc("2026-03-29T00:59:59Z") << "2026-03-29 01:59:59 UTC+1"
        << "2026-03-29 01:59:59 (Europe/Berlin, UTC+1)" << 1 << 6 << "2026-03-29";
    QTest::newRow("Berlin, first second of summer time")
        << "Europe/Berlin" << utc("2026-03-29T01:00:00Z") << "2026-03-29 03:00:00 UTC+2"
        << "2026-03-29 03:00:00 (Europe/Berlin, UTC+2)" << 3 << 6 << "2026-03-29";
    QTest::newRow("Berlin, summer night")
        << "Europe/Berlin" << utc("2026-07-15T20:30:00Z") << "2026-07-15 22:30:00 UTC+2"
        << "2026-07-15 22:30:00 (Europe/Berlin, UTC+2)" << 22 << 2 << "2026-07-15";
    // … until 2026-10-25 01:00 UTC (03:00 CEST becomes 02:00 CET): 02:30 happens twice.
    QTest::newRow("Berlin, 02:30 the first time")
        << "Europe/Berlin" << utc("2026-10-25T00:30:00Z") << "2026-10-25 02:30:00 UTC+2"
        << "2026-10-25 02:30:00 (Europe/Berlin, UTC+2)" << 2 << 6 << "2026-10-25";
    QTest::newRow("Berlin, 02:30 the second time")
        << "Europe/Berlin" << utc("2026-10-25T01:30:00Z") << "2026-10-25 02:30:00 UTC+1"
        << "2026-10-25 02:30:00 (Europe/Berlin, UTC+1)" << 2 << 6 << "2026-10-25";
    QTest::newRow("Berlin, winter") << "Europe/Berlin" << utc("2026-12-31T23:30:00Z")
                                    << "2027-01-01 00:30:00 UTC+1"
                                    << "2027-01-01 00:30:00 (Europe/Berlin, UTC+1)" << 0 << 4 << "2027-01-01";
    QTest::newRow("Berlin, far ahead")
        << "Europe/Berlin" << utc("2150-07-01T10:00:00Z") << "2150-07-01 12:00:00 UTC+2"
        << "2150-07-01 12:00:00 (Europe/Berlin, UTC+2)" << 12 << 2 << "2150-07-01";
    // New York: summer time from 2026-03-08 07:00 UTC to 2026-11-01 06:00 UTC.
    QTest::newRow("New York, before summer time")
        << "America/New_York" << utc("2026-03-08T06:59:59Z") << "2026-03-08 01:59:59 UTC-5"
        << "2026-03-08 01:59:59 (America/New_York, UTC-5)" << 1 << 6 << "2026-03-08";
    QTest::newRow("New York, summer time")
        << "America/New_York" << utc("2026-03-08T07:00:00Z") << "2026-03-08 03:00:00 UTC-4"
        << "2026-03-08 03:00:00 (America/New_York, UTC-4)" << 3 << 6 << "2026-03-08";
    QTest::newRow("New York, evening of the day before in UTC")
        << "America/New_York" << utc("2026-09-01T01:27:44Z") << "2026-08-31 21:27:44 UTC-4"
        << "2026-08-31 21:27:44 (America/New_York, UTC-4)" << 21 << 0 << "2026-08-31";
    QTest::newRow("New York, 01:30 after the clocks go back")
        << "America/New_York" << utc("2026-11-01T06:30:00Z") << "2026-11-01 01:30:00 UTC-5"
        << "2026-11-01 01:30:00 (America/New_York, UTC-5)" << 1 << 6 << "2026-11-01";
    QTest::newRow("UTC") << "UTC" << utc("2026-09-01T01:27:44Z") << "2026-09-01 01:27:44"
                         << "2026-09-01 01:27:44 (UTC)" << 1 << 1 << "2026-09-01";
    QTest::newRow("Kolkata, half hours")
        << "Asia/Kolkata" << utc("2026-09-01T20:00:00Z") << "2026-09-02 01:30:00"
        << "2026-09-02 01:30:00 (Asia/Kolkata, UTC+5:30)" << 1 << 2 << "2026-09-02";
    QTest::newRow("before 1970") << "Asia/Shanghai" << utc("1969-12-31T15:00:00Z") << "1969-12-31 23:00:00"
                                 << "1969-12-31 23:00:00 (Asia/Shanghai, UTC+8)" << 23 << 2 << "1969-12-31";
}

void TestCaseClock::text()
{
    QFETCH(QString, zone);
    QFETCH(qint64, instant);
    QFETCH(QString, text);
    QFETCH(QString, labelled);
    QFETCH(int, hour);
    QFETCH(int, weekday);
    QFETCH(QString, date);
    const CaseClock clock(zone);
    QVERIFY(clock.isValid());
    QCOMPARE(clock.text(instant), text);
    QCOMPARE(clock.labelled(instant), labelled);
    QCOMPARE(clock.hourOfDay(instant), hour);
    QCOMPARE(clock.weekday(instant), weekday);
    QCOMPARE(clock.date(instant).toString(Qt::ISODate), date);
    QCOMPARE(CaseClock::dateOfDay(clock.localDay(instant)).toString(Qt::ISODate), date);
    // stamp() always names the offset; it agrees with text() on the wall-clock time.
    QVERIFY(clock.stamp(instant).startsWith(text.left(19)));
    QVERIFY(clock.stamp(instant).endsWith(CaseClock::offsetName(clock.offsetAt(instant))));
    QCOMPARE(clock.text(instant, CaseClock::Precision::Minutes), text.left(16) + text.mid(19));
    QCOMPARE(clock.text(instant, CaseClock::Precision::Date), text.left(10) + text.mid(19));
    // The offset is the time-zone database's for that instant.
    QCOMPARE(clock.offsetAt(instant),
             QTimeZone(zone.toUtf8()).offsetFromUtc(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC)));
}

void TestCaseClock::labels_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("fixed");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("description");
    QTest::newRow("Shanghai") << "Asia/Shanghai" << true << "UTC+8"
                              << "Asia/Shanghai (UTC+8)";
    QTest::newRow("Berlin") << "Europe/Berlin" << false << "Europe/Berlin"
                            << "Europe/Berlin (UTC+1 / UTC+2)";
    QTest::newRow("New York") << "America/New_York" << false << "America/New_York"
                              << "America/New_York (UTC-5 / UTC-4)";
    QTest::newRow("UTC") << "UTC" << true << "UTC"
                         << "UTC";
    QTest::newRow("Kolkata") << "Asia/Kolkata" << true << "UTC+5:30"
                             << "Asia/Kolkata (UTC+5:30)";
    QTest::newRow("fixed offset") << "UTC+08:00" << true << "UTC+8"
                                  << "UTC+08:00 (UTC+8)";
}

void TestCaseClock::labels()
{
    QFETCH(QString, zone);
    QFETCH(bool, fixed);
    QFETCH(QString, label);
    QFETCH(QString, description);
    const CaseClock clock(zone);
    QVERIFY(CaseClock::isKnownZone(zone));
    QCOMPARE(clock.zone(), zone);
    QCOMPARE(clock.isFixed(), fixed);
    QCOMPARE(clock.label(), label);
    QCOMPARE(clock.description(), description);
}

void TestCaseClock::startOfDay_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("start");
    QTest::newRow("Shanghai") << "Asia/Shanghai" << QDate(2026, 9, 1) << utc("2026-08-31T16:00:00Z");
    QTest::newRow("Berlin, spring forward")
        << "Europe/Berlin" << QDate(2026, 3, 29) << utc("2026-03-28T23:00:00Z");
    QTest::newRow("Berlin, summer") << "Europe/Berlin" << QDate(2026, 7, 20) << utc("2026-07-19T22:00:00Z");
    QTest::newRow("Berlin, fall back")
        << "Europe/Berlin" << QDate(2026, 10, 25) << utc("2026-10-24T22:00:00Z");
    QTest::newRow("Berlin, day after")
        << "Europe/Berlin" << QDate(2026, 10, 26) << utc("2026-10-25T23:00:00Z");
    QTest::newRow("New York") << "America/New_York" << QDate(2026, 7, 20) << utc("2026-07-20T04:00:00Z");
    // São Paulo moved its clocks forward at midnight (2018-11-04 00:00 became 01:00): the day began at 01:00.
    QTest::newRow("midnight in a gap")
        << "America/Sao_Paulo" << QDate(2018, 11, 4) << utc("2018-11-04T03:00:00Z");
    QTest::newRow("UTC") << "UTC" << QDate(2026, 9, 1) << utc("2026-09-01T00:00:00Z");
}

void TestCaseClock::startOfDay()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(qint64, start);
    const CaseClock clock(zone);
    QCOMPARE(clock.startOfDay(date), start);
    QCOMPARE(clock.date(start), date);
    QVERIFY(clock.date(start - 1) < date);
}

void TestCaseClock::agreesWithTheZoneDatabase_data()
{
    QTest::addColumn<QString>("zone");
    for (const char *z : {"Asia/Shanghai", "Europe/Berlin", "America/New_York", "America/Sao_Paulo",
                          "Australia/Lord_Howe", "Europe/Moscow", "Africa/Casablanca", "Pacific/Apia", "UTC"})
        QTest::newRow(z) << QString::fromLatin1(z);
}

void TestCaseClock::agreesWithTheZoneDatabase()
{
    // Every offset, from 1950 to 2045 in steps that fall on every hour and minute, as the
    // time-zone database gives it (the clock's table must not drift from it, before or after 2037).
    QFETCH(QString, zone);
    const CaseClock clock(zone);
    const QTimeZone tz(zone.toUtf8());
    for (qint64 t = utc("1950-01-01T00:00:00Z"); t < utc("2045-01-01T00:00:00Z"); t += 7 * 3600 + 13 * 60 + 7)
        QCOMPARE(clock.offsetAt(t), tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)));
}

void TestCaseClock::unknownZoneShowsUtcAndSaysSo()
{
    const CaseClock clock(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!clock.isValid());
    QVERIFY(!CaseClock::isKnownZone(QStringLiteral("Mars/Olympus_Mons")));
    QVERIFY(!CaseClock::isKnownZone(QStringLiteral("Nowhere"))); // a POSIX rule to the zone backend
    QVERIFY(!CaseClock::isKnownZone(QString()));
    QVERIFY(!CaseClock(QStringLiteral("Nowhere")).isValid());
    QCOMPARE(clock.label(), QStringLiteral("UTC"));
    QVERIFY(clock.description().contains(QStringLiteral("Mars/Olympus_Mons")));
    QCOMPARE(clock.text(utc("2026-09-01T01:27:44Z")), QStringLiteral("2026-09-01 01:27:44"));
    QVERIFY(clock.labelled(utc("2026-09-01T01:27:44Z")).contains(QStringLiteral("Mars/Olympus_Mons")));
}

void TestCaseClock::isoTimes()
{
    const CaseClock clock(QStringLiteral("Asia/Shanghai"));
    QCOMPARE(CaseClock::instantOf(QStringLiteral("2026-09-01T01:27:44Z")), utc("2026-09-01T01:27:44Z"));
    QCOMPARE(CaseClock::instantOf(QStringLiteral("2026-09-01T01:27:44.123Z")), utc("2026-09-01T01:27:44Z"));
    QCOMPARE(clock.textOfIso(QStringLiteral("2026-09-01T01:27:44Z")), QStringLiteral("2026-09-01 09:27:44"));
    QCOMPARE(clock.stampOfIso(QStringLiteral("2026-09-01T01:27:44Z"), CaseClock::Precision::Minutes),
             QStringLiteral("2026-09-01 09:27 UTC+8"));
    QCOMPARE(clock.textOfIso(QString()), QString());
    // An offset given in seconds (older analysis parameters) names a zone of that fixed offset.
    QCOMPARE(CaseClock::fixedOffsetZone(28800), QStringLiteral("UTC+08:00"));
    QCOMPARE(CaseClock::fixedOffsetZone(-16200), QStringLiteral("UTC-04:30"));
    QCOMPARE(CaseClock::fixedOffsetZone(0), QStringLiteral("UTC"));
    QVERIFY(CaseClock(CaseClock::fixedOffsetZone(3600)).isValid());
    QCOMPARE(CaseClock(CaseClock::fixedOffsetZone(-16200)).offsetAt(utc("2026-07-01T00:00:00Z")), -16200);
    QCOMPARE(clock.textOfIso(QStringLiteral("not a time")), QStringLiteral("not a time"));
}

QTEST_GUILESS_MAIN(TestCaseClock)
#include "tst_caseclock.moc"
