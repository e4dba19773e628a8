// Times an analyst can swear to: the date order of a column and the offset of a file's clock,
// measured from the data (docs/times.md).
#include "ingest/clockskew.h"
#include "ingest/dateorder.h"

#include <QtTest>
#include <random>
#include <set>

using namespace dt::ingest;

namespace {

// Ten days of calls written d/m or m/d with the year last, several a day, in time order.
QStringList tenDays(bool monthFirst, int month = 6, int days = 10)
{
    QStringList v;
    for (int d = 1; d <= days; ++d) {
        for (const char *time : {"0:08", "9:41", "13:05", "23:52"}) {
            const int a = monthFirst ? month : d, b = monthFirst ? d : month;
            v << QStringLiteral("%1/%2/2006 %3").arg(a).arg(b).arg(QLatin1String(time));
        }
    }
    return v;
}

// Distinct calendar days of the values as the parser reads them under the order decided.
int parsedDays(const QStringList &values, DateOrder o, int *consecutive)
{
    std::set<qint64> days;
    for (const QString &v : values) {
        if (const auto t = parseLocalTime(v, toDayMonthOrder(o)))
            days.insert(*t / 86400);
    }
    *consecutive = days.empty() ? 0 : int(*days.rbegin() - *days.begin() + 1);
    return int(days.size());
}

// A generated CDR (the case) and a PBX-style log of the same calls whose clock is off by
// skew + drift·(t − t0), and optional noise: unrelated calls, duplicates, a few wrong durations.
struct SkewWorld
{
    std::vector<CallTiming> cdr, pbx;
    std::vector<qint64> truth; ///< the true start of each pbx call; -1 for unrelated calls
};

constexpr qint64 kT0 = 1788220800; // 2026-09-01 00:00 UTC

SkewWorld makeWorld(int calls, int days, double skew, double driftPpm, bool noise, quint64 seed = 7)
{
    std::mt19937_64 rng(seed);
    auto uni = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    SkewWorld w;
    for (int i = 0; i < calls; ++i) {
        CallTiming c;
        c.caller = uni(1, 300);                 // the PBX's lines
        c.callee = uni(1000, 1000 + calls * 2); // victims
        c.start = kT0 + uni(0, qint64(days) * 86400 - 1);
        c.duration = uni(0, 9) < 4 ? 0 : uni(1, 600); // many unanswered
        w.cdr.push_back(c);
        CallTiming p = c;
        p.start = c.start + qint64(std::llround(skew + driftPpm * 1e-6 * double(c.start - kT0)));
        w.pbx.push_back(p);
        w.truth.push_back(c.start);
    }
    if (noise) {
        for (int i = 0; i < calls / 10; ++i) { // unrelated calls on both sides
            w.pbx.push_back(
                {uni(1, 300), uni(900000, 999999), kT0 + uni(0, qint64(days) * 86400), uni(0, 300)});
            w.truth.push_back(-1);
            w.cdr.push_back(
                {uni(1, 300), uni(900000, 999999), kT0 + uni(0, qint64(days) * 86400), uni(0, 300)});
        }
        for (int i = 0; i < calls / 20; ++i) { // duplicates on both sides
            const size_t k = size_t(uni(0, calls - 1));
            w.pbx.push_back(w.pbx[k]);
            w.truth.push_back(w.truth[k]);
            w.cdr.push_back(w.cdr[size_t(uni(0, calls - 1))]);
        }
        for (int i = 0; i < calls / 100; ++i) // wrong durations
            w.pbx[size_t(uni(0, calls - 1))].duration += 60;
    }
    return w;
}

} // namespace

class TestTimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateOrder_data();
    void dateOrder();
    void dateOrderNames();
    void clockSkew_data();
    void clockSkew();
    void noiseDoesNotMoveTheEstimate();
    void correctionApplies_data();
    void correctionApplies();
    void skewCancelAndProgress();
};

void TestTimes::dateOrder_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QStringList>("otherSources"); // first and last day, ISO
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<int>("days"); // distinct days as parsed under the order; -1: not checked
    QTest::addColumn<int>("contradicting");
    QTest::addColumn<bool>("closeCall");
    QTest::addColumn<QString>("reasonHas");
    const QStringList none;

    QTest::newRow("ten days M/D/Y") << tenDays(true) << QString() << none << "mdy"
                                    << "inferred" << 10 << 0 << false
                                    << "Under M/D/Y the dates are 10 consecutive day";
    QTest::newRow("ten days D/M/Y") << tenDays(false) << QString() << none << "dmy"
                                    << "inferred" << 10 << 0 << false
                                    << "spread over 274 days (2006-01-06 to 2006-10-06)";
    QTest::newRow("a single date") << QStringList{QStringLiteral("6/1/2006 0:08"),
                                                  QStringLiteral("6/1/2006 9:00")}
                                   << QString() << none << "dmy"
                                   << "default" << 1 << 0 << true
                                   << "A single date cannot tell the order; the default D/M/Y is kept";
    QTest::newRow("two days: too close")
        << QStringList{QStringLiteral("6/1/2006"), QStringLiteral("6/2/2006")} << QString() << none << "dmy"
        << "default" << 2 << 0 << true << "Neither reading is clearly more plausible";
    QTest::newRow("two days, other sources in June")
        << QStringList{QStringLiteral("6/1/2006"), QStringLiteral("6/2/2006")} << QString()
        << QStringList{QStringLiteral("2006-05-20"), QStringLiteral("2006-06-30")} << "mdy"
        << "inferred" << 2 << 0 << true << "100% of the dates under M/D/Y, 0% under D/M/Y";
    // Sparse but in time order under D/M/Y only: the gaps alone (3.5) would not decide.
    QTest::newRow("sorted sparse D/M/Y")
        << QStringList{QStringLiteral("3/1/2006"), QStringLiteral("5/2/2006"), QStringLiteral("11/3/2006"),
                       QStringLiteral("2/4/2006"), QStringLiteral("7/5/2006"), QStringLiteral("1/6/2006")}
        << QString() << none << "dmy"
        << "inferred" << 6 << 0 << true << "in date order under D/M/Y (0 steps back) but not under M/D/Y (2)";
    QTest::newRow("a 13th day: D/M/Y")
        << QStringList{QStringLiteral("01/06/2006 09:00"), QStringLiteral("13/06/2006 10:00"),
                       QStringLiteral("02/06/2006 11:00")}
        << QString() << none << "dmy"
        << "unambiguous" << 3 << 0 << false << "\"13/06/2006 10:00\" is no date under M/D/Y";
    QTest::newRow("a 13th day: M/D/Y")
        << QStringList{QStringLiteral("06/01/2006 09:00"), QStringLiteral("06/13/2006 10:00 PM")} << QString()
        << none << "mdy"
        << "unambiguous" << 2 << 0 << false << "fit only M/D/Y (e.g. \"06/13/2006 10:00 PM\"";
    QTest::newRow("mixed orders") << QStringList{QStringLiteral("13/06/2006"), QStringLiteral("14/06/2006"),
                                                 QStringLiteral("06/15/2006")}
                                  << QString() << none << "dmy"
                                  << "inferred" << 2 << 1 << true
                                  << "2 values fit only D/M/Y and 1 only M/D/Y";
    QTest::newRow("year first") << QStringList{QStringLiteral("2026-09-01 09:15:32"),
                                               QStringLiteral("2026/9/2 9:15")}
                                << QString() << none << "ymd"
                                << "unambiguous" << 2 << 0 << false << "year first";
    QTest::newRow("reads the same") << QStringList{QStringLiteral("5/5/2006 10:00")} << QString() << none
                                    << "dmy"
                                    << "default" << 1 << 0 << false << "reads the same in both orders";
    QTest::newRow("no dates") << QStringList{QStringLiteral("hello")} << QString() << none << "dmy"
                              << "default" << 0 << 0 << false << "No value reads as a date";
    QTest::newRow("given, contradicted")
        << QStringList{QStringLiteral("13/06/2006"), QStringLiteral("01/06/2006")} << "mdy" << none << "mdy"
        << "given" << 1 << 1 << false << "are no date under it and will be rejected (e.g. \"13/06/2006\")";
    QTest::newRow("given against inferred") << tenDays(true) << "dmy" << none << "dmy"
                                            << "given" << 10 << 0 << false << "The data alone say M/D/Y";
}

void TestTimes::dateOrder()
{
    QFETCH(QStringList, values);
    QFETCH(QString, given);
    QFETCH(QStringList, otherSources);
    QFETCH(QString, order);
    QFETCH(QString, basis);
    QFETCH(int, days);
    QFETCH(int, contradicting);
    QFETCH(bool, closeCall);
    QFETCH(QString, reasonHas);
    DateOrderHints hints;
    if (!given.isEmpty())
        hints.given = dateOrderFromName(given);
    if (!otherSources.isEmpty())
        hints.otherDays =
            std::make_pair(QDate::fromString(otherSources.at(0), Qt::ISODate).toJulianDay() - 2440588,
                           QDate::fromString(otherSources.at(1), Qt::ISODate).toJulianDay() - 2440588);
    const DateOrderResult r = detectDateOrder(values, hints);
    QCOMPARE(dateOrderName(r.order), order);
    QCOMPARE(dateOrderBasisName(r.basis), basis);
    QCOMPARE(r.contradicting, contradicting);
    QCOMPARE(r.closeCall, closeCall);
    QVERIFY2(r.reason().contains(reasonHas), qPrintable(r.reason()));
    const QJsonObject j = r.toJson();
    QCOMPARE(j.value(QStringLiteral("date_order")).toString(), order);
    QCOMPARE(j.value(QStringLiteral("date_order_basis")).toString(), basis);
    // What the parser makes of the column under the order decided: the dates the analyst will see.
    int span = 0;
    QCOMPARE(parsedDays(values, r.order, &span), days);
    if (basis == QLatin1String("inferred") && days == 10)
        QCOMPARE(span, 10); // ten consecutive days, not the same day of ten months
}

void TestTimes::dateOrderNames()
{
    for (DateOrder o : {DateOrder::Ymd, DateOrder::Dmy, DateOrder::Mdy})
        QCOMPARE(dateOrderFromName(dateOrderName(o)), std::optional<DateOrder>(o));
    QCOMPARE(dateOrderFromName(u"MDY"), std::optional<DateOrder>(DateOrder::Mdy));
    QVERIFY(!dateOrderFromName(u"dym"));
    QCOMPARE(toDayMonthOrder(DateOrder::Mdy), DayMonthOrder::MonthFirst);
    QCOMPARE(toDayMonthOrder(DateOrder::Dmy), DayMonthOrder::DayFirst);
}

void TestTimes::clockSkew_data()
{
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("skew");     // the PBX clock's lead at t0, seconds
    QTest::addColumn<double>("driftPpm"); // its gain, ppm
    QTest::addColumn<qint64>("shift");    // the whole file moved by this much more (no overlap)
    QTest::addColumn<bool>("otherParties");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("reasonHas");

    QTest::newRow("+133 s") << 5000 << 10 << 133.0 << 0.0 << qint64(0) << false << "apply"
                            << "start 133 s later in the file than in the case";
    QTest::newRow("-133 s") << 5000 << 10 << -133.0 << 0.0 << qint64(0) << false << "apply"
                            << "the file's clock is slow";
    QTest::newRow("+133 s, 50 ppm over 40 days")
        << 20000 << 40 << 133.0 << 50.0 << qint64(0) << false << "apply"
        << "changes by 50.0 ppm";
    QTest::newRow("-20 s, -30 ppm over 40 days")
        << 20000 << 40 << -20.0 << -30.0 << qint64(0) << false << "apply"
        << "changes by -30.0 ppm";
    QTest::newRow("clocks agree") << 2000 << 5 << 0.0 << 0.0 << qint64(0) << false << "apply"
                                  << "agree";
    QTest::newRow("UTC file in a +08:00 case")
        << 3000 << 10 << -8 * 3600.0 << 0.0 << qint64(0) << false << "zone-mismatch"
        << "UTC+00:00 rather than UTC+08:00";
    QTest::newRow("UTC file, also 40 s fast")
        << 3000 << 10 << -8 * 3600.0 + 40 << 0.0 << qint64(0) << false << "zone-mismatch"
        << "8 h minus 40 s";
    QTest::newRow("no overlap") << 2000 << 10 << 133.0 << 0.0 << qint64(40 * 86400) << false << "none"
                                << "No call of the case lies within the file's period";
    QTest::newRow("same period, other parties") << 2000 << 10 << 133.0 << 0.0 << qint64(0) << true << "none"
                                                << "none has the same parties and duration";
    QTest::newRow("ten calls: weak") << 10 << 1 << 133.0 << 0.0 << qint64(0) << false << "weak"
                                     << "Too few pairs";
}

void TestTimes::clockSkew()
{
    QFETCH(int, calls);
    QFETCH(int, days);
    QFETCH(double, skew);
    QFETCH(double, driftPpm);
    QFETCH(qint64, shift);
    QFETCH(bool, otherParties);
    QFETCH(QString, decision);
    QFETCH(QString, reasonHas);
    SkewWorld w = makeWorld(calls, days, skew, driftPpm, false);
    for (CallTiming &c : w.pbx) {
        c.start += shift;
        if (otherParties)
            c.callee += 10'000'000;
    }
    SkewOptions opt;
    opt.assumedUtcOffset = 8 * 3600;
    const auto e = estimateClockSkew(w.pbx, w.cdr, opt);
    QVERIFY(e);
    QVERIFY2(SkewEstimate::decisionName(e->decision) == decision, qPrintable(e->reason()));
    QVERIFY2(e->reason().contains(reasonHas), qPrintable(e->reason()));
    if (decision != QLatin1String("apply") && decision != QLatin1String("zone-mismatch"))
        return;
    // The estimate, at its reference, within 1 s of the truth; the drift within 2 ppm.
    const double lead = skew + driftPpm * 1e-6 * double(e->correction.reference - kT0);
    QVERIFY2(std::abs(e->correction.offsetSeconds + lead) <= 1.0, qPrintable(e->reason()));
    QVERIFY2(std::abs(e->correction.driftPpm + driftPpm) <= 2.0, qPrintable(e->reason()));
    QCOMPARE(e->driftDetected, driftPpm != 0);
    if (decision == QLatin1String("zone-mismatch"))
        QCOMPARE(e->zoneSeconds, qint64(8 * 3600));
    // At least 99% of the PBX's calls now start where the CDR has them (the merge allows 3 s).
    int merged = 0;
    for (size_t i = 0; i < w.pbx.size(); ++i)
        merged += std::abs(e->correction.apply(w.pbx[i].start) - w.truth[i]) <= 2;
    QVERIFY2(merged * 100 >= int(w.pbx.size()) * 99,
             qPrintable(QStringLiteral("%1 of %2").arg(merged).arg(w.pbx.size())));
    QVERIFY(double(e->support) >= 0.99 * double(w.pbx.size()));
    QCOMPARE(e->toJson().value(QStringLiteral("clock_offset_estimated_s")).toInteger(),
             e->correction.at(e->correction.reference));
}

void TestTimes::noiseDoesNotMoveTheEstimate()
{
    // 10% unrelated calls, 5% duplicates on both sides, 1% wrong durations.
    for (double drift : {0.0, 50.0}) {
        const SkewWorld clean = makeWorld(20000, 40, 133, drift, false);
        const SkewWorld noisy = makeWorld(20000, 40, 133, drift, true);
        const auto a = estimateClockSkew(clean.pbx, clean.cdr), b = estimateClockSkew(noisy.pbx, noisy.cdr);
        QVERIFY(a && b);
        QCOMPARE(b->decision, SkewEstimate::Decision::Apply);
        for (qint64 t : {kT0, kT0 + 20 * 86400, kT0 + 40 * 86400})
            QVERIFY2(std::abs(a->correction.at(t) - b->correction.at(t)) <= 1, qPrintable(b->reason()));
        QVERIFY(b->sharpness >= 0.95);
    }
}

void TestTimes::correctionApplies_data()
{
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("driftPpm");
    QTest::addColumn<qint64>("after"); // seconds after the reference
    QTest::addColumn<qint64>("correction");
    QTest::newRow("constant") << -133.0 << 0.0 << qint64(86400) << qint64(-133);
    QTest::newRow("at the reference") << -133.0 << -50.0 << qint64(0) << qint64(-133);
    QTest::newRow("a day later") << -133.0 << -50.0 << qint64(86400) << qint64(-137);        // 4.32 s more
    QTest::newRow("40 days later") << -133.0 << -50.0 << qint64(40 * 86400) << qint64(-306); // 172.8 s more
    QTest::newRow("before the reference") << -133.0 << -50.0 << qint64(-86400) << qint64(-129);
    QTest::newRow("half a second rounds away") << 0.5 << 0.0 << qint64(0) << qint64(1);
}

void TestTimes::correctionApplies()
{
    QFETCH(double, offset);
    QFETCH(double, driftPpm);
    QFETCH(qint64, after);
    QFETCH(qint64, correction);
    const ClockCorrection c{offset, driftPpm, kT0};
    QCOMPARE(c.at(kT0 + after), correction);
    QCOMPARE(c.apply(kT0 + after), kT0 + after + correction);
}

void TestTimes::skewCancelAndProgress()
{
    const SkewWorld w = makeWorld(3000, 5, 60, 0, false);
    std::atomic_bool cancel{true};
    QVERIFY(!estimateClockSkew(w.pbx, w.cdr, {}, {}, &cancel));
    qint64 last = -1, total = 0;
    const auto e = estimateClockSkew(w.pbx, w.cdr, {}, [&](qint64 done, qint64 t) {
        QVERIFY(done >= last);
        last = done;
        total = t;
    });
    QVERIFY(e);
    QCOMPARE(last, total);
}

QTEST_GUILESS_MAIN(TestTimes)
#include "tst_times.moc"
