// The import's times decided from the data (docs/times.md): a column's date order, and a file's
// clock measured against the case's other sources and applied when the evidence is clear.
#include "case/casefile.h"
#include "case/sharedcalls.h"
#include "case/sourceregistry.h"
#include "ingest/importer.h"
#include "sample/samplegenerator.h"
#include "testutil.h"

#include <cmath>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <random>
#include <vector>

using namespace dt;
using namespace dt::ingest;

namespace {

struct Call
{
    qint64 caller, callee, start, duration;
};

/// Calls over @p days days from 2026-09-01 (UTC), parties from a pool of 400 numbers.
std::vector<Call> makeCalls(int count, int days, unsigned seed, qint64 firstParty = 13800000000)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<qint64> party(0, 399), duration(5, 900), at(0, qint64(days) * 86400 - 1);
    const qint64 t0 = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    std::vector<Call> out;
    while (int(out.size()) < count) {
        const qint64 a = party(rng), b = party(rng);
        if (a != b)
            out.push_back(Call{firstParty + a, firstParty + b, t0 + at(rng), duration(rng)});
    }
    std::sort(out.begin(), out.end(), [](const Call &x, const Call &y) { return x.start < y.start; });
    return out;
}

/// A call log with the calls' starts written as wall times of UTC+@p zoneHours, each moved first
/// by @p skew(start).
QByteArray callLog(const std::vector<Call> &calls, int zoneHours, const std::function<qint64(qint64)> &skew)
{
    QByteArray out = "主叫号码,被叫号码,开始时间,通话时长\n";
    for (const Call &c : calls) {
        const QDateTime wall =
            QDateTime::fromSecsSinceEpoch(c.start + skew(c.start) + zoneHours * 3600, Qt::UTC);
        out += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(c.caller)
                   .arg(c.callee)
                   .arg(wall.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(c.duration)
                   .toUtf8();
    }
    return out;
}

} // namespace

class TestImportTimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateOrderFromTheData_data();
    void dateOrderFromTheData();
    void givenDateOrderRejectsWhatDoesNotFit();
    void clockMeasuredAndApplied_data();
    void clockMeasuredAndApplied();
    void samplePbxMergesWithoutAnOffset();
    void sharedCallsPerSourcePair();

private:
    std::unique_ptr<CaseFile> newCase(const QString &name);
    QTemporaryDir m_dir;
};

std::unique_ptr<CaseFile> TestImportTimes::newCase(const QString &name)
{
    QString error;
    auto cf = CaseFile::create(m_dir.filePath(name), name, &error); // Asia/Shanghai, UTC+08:00
    if (!cf)
        qWarning("%s", qPrintable(error));
    return cf;
}

void TestImportTimes::dateOrderFromTheData_data()
{
    QTest::addColumn<QString>("pattern"); // %1 the day of June 2006
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<bool>("warned");
    QTest::newRow("M/D/Y, ten days") << "6/%1/2006" << 10 << "mdy"
                                     << "inferred" << false;
    QTest::newRow("D/M/Y, ten days") << "%1/6/2006" << 10 << "dmy"
                                     << "inferred" << false;
    QTest::newRow("a single date") << "6/%1/2006" << 1 << "dmy"
                                   << "default" << true;
}

void TestImportTimes::dateOrderFromTheData()
{
    QFETCH(QString, pattern);
    QFETCH(int, days);
    QFETCH(QString, order);
    QFETCH(QString, basis);
    QFETCH(bool, warned);
    QByteArray csv = "主叫号码,被叫号码,开始时间,通话时长\n";
    for (int d = 1; d <= days; ++d)
        for (int i = 0; i < 8; ++i)
            csv += QStringLiteral("1380000%1,1390000%2,%3 %4:%5,60\n")
                       .arg(1000 + i)
                       .arg(2000 + d)
                       .arg(pattern.arg(d))
                       .arg(i * 3)
                       .arg(10 + i)
                       .toUtf8();
    auto cf = newCase(QStringLiteral("order-%1-%2.dtcase").arg(days).arg(order));
    QVERIFY(cf);
    ImportSummary sum;
    QString error;
    const QString file =
        dttest::writeFile(m_dir.filePath(QStringLiteral("order-%1-%2.csv").arg(days).arg(order)), csv);
    QVERIFY2(Importer(*cf).importFile(file, {}, &sum, &error), qPrintable(error));
    QCOMPARE(sum.accepted, qint64(8 * days));
    QCOMPARE(sum.dateOrder, order);
    QCOMPARE(sum.dateOrderBasis, basis);
    QCOMPARE(!sum.warnings.isEmpty(), warned);
    // Ten consecutive days: the calls span less than ten days (the wrong reading spans months).
    QVERIFY2(sum.lastTime - sum.firstTime < qint64(days) * 86400,
             qPrintable(QString::number(sum.lastTime - sum.firstTime)));
    const QJsonObject json = sum.toJson();
    QCOMPARE(json.value(QStringLiteral("date_order_basis")).toString(), basis);
    const auto source = cf->sources().byId(sum.sourceId);
    QVERIFY(source);
    QCOMPARE(source->dateOrder, order);
    QCOMPARE(source->dateOrderBasis, basis);
    QVERIFY(source->timesDetail.contains(QStringLiteral("date_order_evidence")));
}

void TestImportTimes::givenDateOrderRejectsWhatDoesNotFit()
{
    // Told M/D/Y, a 13th month is no date: the row is rejected, never read day first.
    const QByteArray csv = "主叫号码,被叫号码,开始时间,通话时长\n"
                           "13800001000,13900001000,6/1/2006 10:00,60\n"
                           "13800001000,13900001000,13/6/2006 10:00,60\n";
    auto cf = newCase(QStringLiteral("given.dtcase"));
    QVERIFY(cf);
    ImportOptions opt;
    opt.dateOrder = QStringLiteral("mdy");
    ImportSummary sum;
    QString error;
    QVERIFY2(Importer(*cf).importFile(dttest::writeFile(m_dir.filePath(QStringLiteral("given.csv")), csv),
                                      opt, &sum, &error),
             qPrintable(error));
    QCOMPARE(sum.dateOrder, QStringLiteral("mdy"));
    QCOMPARE(sum.dateOrderBasis, QStringLiteral("given"));
    QCOMPARE(sum.accepted, qint64(1));
    QCOMPARE(sum.rejected, qint64(1));
    QVERIFY(!sum.warnings.isEmpty()); // the contradicting value is said before the import
}

void TestImportTimes::clockMeasuredAndApplied_data()
{
    QTest::addColumn<int>("zoneHours");   // of the second file's wall times
    QTest::addColumn<qint64>("skew");     // seconds its clock is fast
    QTest::addColumn<double>("driftPpm"); // and gains
    QTest::addColumn<bool>("sameParties");
    QTest::addColumn<QVariant>("given"); // --clock-offset, if any
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<bool>("merged"); // at least 99% of the calls merge
    QTest::newRow("constant +133 s") << 8 << qint64(133) << 0.0 << true << QVariant() << "apply"
                                     << "estimated" << true;
    QTest::newRow("+133 s and 50 ppm over 40 days")
        << 8 << qint64(133) << 50.0 << true << QVariant() << "apply"
        << "estimated" << true;
    QTest::newRow("no overlap") << 8 << qint64(133) << 0.0 << false << QVariant() << "none"
                                << "none" << false;
    QTest::newRow("a UTC file in a +08:00 case")
        << 0 << qint64(0) << 0.0 << true << QVariant() << "zone-mismatch"
        << "none" << false;
    QTest::newRow("--clock-offset 0 skips the measure")
        << 8 << qint64(133) << 0.0 << true << QVariant(0) << ""
        << "given" << false;
}

void TestImportTimes::clockMeasuredAndApplied()
{
    QFETCH(int, zoneHours);
    QFETCH(qint64, skew);
    QFETCH(double, driftPpm);
    QFETCH(bool, sameParties);
    QFETCH(QVariant, given);
    QFETCH(QString, decision);
    QFETCH(QString, basis);
    QFETCH(bool, merged);
    const auto calls = makeCalls(400, 40, 7);
    const qint64 t0 = calls.front().start;
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    auto cf = newCase(QStringLiteral("clock-%1.dtcase").arg(qHash(tag)));
    QVERIFY(cf);
    const QString cdr = dttest::writeFile(m_dir.filePath(QStringLiteral("cdr-%1.csv").arg(qHash(tag))),
                                          callLog(calls, 8, [](qint64) { return 0; }));
    const auto pbxCalls = sameParties ? calls : makeCalls(400, 40, 7, 13500000000);
    const QString pbx =
        dttest::writeFile(m_dir.filePath(QStringLiteral("pbx-%1.csv").arg(qHash(tag))),
                          callLog(pbxCalls, zoneHours, [&](qint64 t) {
                              return skew + qint64(std::llround(driftPpm * 1e-6 * double(t - t0)));
                          }));
    Importer imp(*cf);
    ImportSummary a, b;
    QString error;
    QVERIFY2(imp.importFile(cdr, {}, &a, &error), qPrintable(error));
    QCOMPARE(a.clockOffsetBasis, QStringLiteral("none")); // nothing in the case to measure against
    ImportOptions opt;
    if (given.isValid())
        opt.clockOffset = given.toLongLong();
    QVERIFY2(imp.importFile(pbx, opt, &b, &error), qPrintable(error));
    QCOMPARE(b.clockDetail.value(QStringLiteral("clock_offset_decision")).toString(), decision);
    QCOMPARE(b.clockOffsetBasis, basis);
    const auto source = cf->sources().byId(b.sourceId);
    QVERIFY(source);
    QCOMPARE(source->clockOffsetBasis, basis);
    if (merged) {
        QVERIFY2(b.duplicatesMerged >= qint64(std::ceil(0.99 * calls.size())),
                 qPrintable(QString::number(b.duplicatesMerged)));
        QVERIFY2(std::abs(b.clockOffset + skew) <= 1, qPrintable(QString::number(b.clockOffset)));
        QVERIFY(std::abs(b.clockDriftPpm + driftPpm) <= 2);
        QCOMPARE(source->clockOffsetSeconds, b.clockOffset);
        const QJsonObject json = b.toJson();
        QVERIFY(std::abs(json.value(QStringLiteral("clock_offset_estimated_s")).toDouble() + skew) <= 1);
        QVERIFY(json.value(QStringLiteral("clock_offset_support")).toInt() >= 390);
    } else {
        QCOMPARE(b.clockOffset, given.toLongLong());
        QVERIFY2(b.duplicatesMerged < 10, qPrintable(QString::number(b.duplicatesMerged)));
    }
    if (decision == QLatin1String("zone-mismatch")) {
        QCOMPARE(b.warnings.size(), 1);
        QVERIFY2(b.warnings.front().contains(QStringLiteral("UTC+00:00")), qPrintable(b.warnings.front()));
    }
}

void TestImportTimes::samplePbxMergesWithoutAnOffset()
{
    // The sample's PBX clock runs 317 s fast: measured, it merges as it does with the offset given.
    const QString dir = m_dir.filePath(QStringLiteral("sample"));
    QString error;
    sample::SampleOptions so;
    so.seed = 11;
    QVERIFY2(sample::SampleGenerator().generate(dir, so, nullptr, &error), qPrintable(error));
    qint64 merged[2] = {};
    for (int measured = 0; measured < 2; ++measured) {
        auto cf = newCase(QStringLiteral("sample-%1.dtcase").arg(measured));
        QVERIFY(cf);
        Importer imp(*cf);
        ImportSummary cdr, pbx;
        QVERIFY2(imp.importFile(dir + QStringLiteral("/cdr_carrier.csv"), {}, &cdr, &error),
                 qPrintable(error));
        ImportOptions opt;
        if (!measured)
            opt.clockOffset = -317;
        QVERIFY2(imp.importFile(dir + QStringLiteral("/pbx_master.csv"), opt, &pbx, &error),
                 qPrintable(error));
        merged[measured] = pbx.duplicatesMerged;
        if (measured) {
            QCOMPARE(pbx.clockOffsetBasis, QStringLiteral("estimated"));
            QCOMPARE(pbx.clockOffset, qint64(-317));
        }
    }
    QVERIFY(merged[0] > 10);
    QCOMPARE(merged[1], merged[0]);
}

void TestImportTimes::sharedCallsPerSourcePair()
{
    // A CDR of 300 calls; a PBX log whose clock runs 133 s fast records calls 0-199 (one of them
    // twice) and 50 calls of its own (one of them twice); a switch log records calls 100-299. Each
    // shared call is stored once and counted once per pair, the third pair through the PBX's rows.
    const auto calls = makeCalls(300, 10, 5);
    const auto own = makeCalls(50, 10, 6, 13500000000);
    std::vector<Call> pbx(calls.begin(), calls.begin() + 200);
    pbx.insert(pbx.end(), own.begin(), own.end());
    pbx.push_back(calls[7]);
    pbx.push_back(own[3]);
    std::sort(pbx.begin(), pbx.end(), [](const Call &x, const Call &y) { return x.start < y.start; });
    const std::vector<Call> sw(calls.begin() + 100, calls.end());
    auto cf = newCase(QStringLiteral("shared.dtcase"));
    QVERIFY(cf);
    auto none = [](qint64) { return qint64(0); };
    Importer imp(*cf);
    ImportSummary a, b, c;
    QString error;
    QVERIFY2(imp.importFile(
                 dttest::writeFile(m_dir.filePath(QStringLiteral("shared-cdr.csv")), callLog(calls, 8, none)),
                 {}, &a, &error),
             qPrintable(error));
    QVERIFY(a.sharedCalls.isEmpty());
    QVERIFY2(imp.importFile(dttest::writeFile(m_dir.filePath(QStringLiteral("shared-pbx.csv")),
                                              callLog(pbx, 8, [](qint64) { return qint64(133); })),
                            {}, &b, &error),
             qPrintable(error));
    QCOMPARE(b.clockOffsetBasis, QStringLiteral("estimated"));
    QCOMPARE(b.sharedCalls.size(), 1);
    QCOMPARE(b.sharedCalls.front().sourceId, a.sourceId);
    QCOMPARE(b.sharedCalls.front().calls, qint64(200));
    QCOMPARE(b.sharedCalls.front().source, a.source);
    QVERIFY2(imp.importFile(
                 dttest::writeFile(m_dir.filePath(QStringLiteral("shared-switch.csv")), callLog(sw, 8, none)),
                 {}, &c, &error),
             qPrintable(error));
    QCOMPARE(c.sharedCalls.size(), 2);
    QCOMPARE(c.sharedCalls.at(0).sourceId, a.sourceId);
    QCOMPARE(c.sharedCalls.at(0).calls, qint64(200));
    QCOMPARE(c.sharedCalls.at(1).sourceId, b.sourceId);
    QCOMPARE(c.sharedCalls.at(1).calls, qint64(100));
    // In the summary's JSON and the sources' provenance, both ways.
    const QJsonArray json = c.toJson().value(QStringLiteral("shared_calls")).toArray();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("calls")).toInt(), 100);
    const auto pairs = sharedCallsBySource(cf->sources().list());
    QCOMPARE(pairs.value(a.sourceId).value(b.sourceId), qint64(200));
    QCOMPARE(pairs.value(b.sourceId).value(a.sourceId), qint64(200));
    QCOMPARE(pairs.value(b.sourceId).value(c.sourceId), qint64(100));
    QCOMPARE(pairs.value(a.sourceId).value(c.sourceId), qint64(200));
    // Never counted twice: the case holds the 300 calls and the PBX's 50 once each.
    QCOMPARE(cf->counts().calls, qint64(350));
}

QTEST_GUILESS_MAIN(TestImportTimes)
#include "tst_importtimes.moc"
