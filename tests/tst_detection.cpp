// Detection on the sample investigation: suspects F1 and no legitimate number flagged, operators'
// adjusted Rand index, reasons with figures, the analysis run's record; Sichuan's labelled
// fraud subscriber scores above the normal one.
#include "analysis/activity.h"
#include "analysis/detection.h"
#include "analysis/evaluation.h"
#include "analysis/findingsjson.h"
#include "analysis/stringids.h"
#include "case/callstore.h"
#include "case/casefile.h"
#include "case/database.h"
#include "ingest/importer.h"
#include "phone/phonenumber.h"
#include "sample/samplegenerator.h"
#include "samplebuild.h"
#include "testutil.h"

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::analysis;

class TestDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adjustedRandIndex_data();
    void adjustedRandIndex();
    void sampleCase_data();
    void sampleCase();
    void parametersAreRecorded();
    void nightCallsInTheCaseZone_data();
    void nightCallsInTheCaseZone();
    void sichuanFraudAboveNormal();
    void victimOverlapLshMatchesExact();
    void callTableSplitReadMatches();
    void activityAsTheQueriesGive();
    void listTakeover_data();
    void listTakeover();
    void stringIds_data();
    void stringIds();

private:
    QString buildCase(quint64 seed, QJsonObject *truth);
    void analyseBerlinCase();
    /// A case in Europe/Berlin analysed twice: in its zone, and with an older parameter file's fixed
    /// offset (UTC+1, Berlin's winter time). The calls at night of each run, by start (UTC seconds).
    struct BerlinRuns
    {
        QSet<qint64> late, lateAtFixedOffset;
        QJsonObject findings, fixedFindings;
        qint64 calls = 0;
        QList<qint64> starts;
    };
    std::optional<BerlinRuns> m_berlin;
    QTemporaryDir m_dir;
};

void TestDetection::adjustedRandIndex_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<double>("ari");
    const auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *s : l)
            out << QString::fromLatin1(s);
        return out;
    };
    QTest::newRow("identical") << L({"x", "x", "y", "y"}) << L({"1", "1", "2", "2"}) << 1.0;
    QTest::newRow("renamed") << L({"x", "x", "y", "z"}) << L({"b", "b", "a", "c"}) << 1.0;
    // Known value: sklearn's adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714…
    QTest::newRow("split") << L({"0", "0", "1", "1"}) << L({"0", "0", "1", "2"}) << 0.5714285714;
    QTest::newRow("opposite") << L({"0", "0", "1", "1"}) << L({"0", "1", "0", "1"}) << -0.5;
}

void TestDetection::adjustedRandIndex()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(double, ari);
    QVERIFY(std::abs(Evaluation::adjustedRandIndex(QVector<QString>(a.begin(), a.end()),
                                                   QVector<QString>(b.begin(), b.end())) -
                     ari) < 1e-6);
}

QString TestDetection::buildCase(quint64 seed, QJsonObject *truth)
{
    return dttest::buildSampleCase(m_dir.path(), seed, truth);
}

void TestDetection::sampleCase_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 42") << quint64(42);
    QTest::newRow("seed 2026") << quint64(2026);
}

void TestDetection::sampleCase()
{
    QFETCH(quint64, seed);
    QJsonObject truth;
    const QString path = buildCase(seed, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY(Detector::analyzeCase(*cf, {}, &error) > 0);
    const Findings typed = Detector::latestFindings(*cf, &error);
    const QJsonObject e = Evaluation::evaluate(typed, truth);
    const QJsonObject findings = FindingsJson::toJson(typed); // as `findings --json` prints it
    const QJsonObject s = e.value(QStringLiteral("suspects")).toObject();
    const QJsonObject o = e.value(QStringLiteral("operators")).toObject();
    QVERIFY2(s.value(QStringLiteral("f1")).toDouble() >= 0.95, QJsonDocument(e).toJson().constData());
    QVERIFY2(s.value(QStringLiteral("legitimate_flagged")).toArray().isEmpty(),
             QJsonDocument(e).toJson().constData());
    QVERIFY2(o.value(QStringLiteral("adjusted_rand_index")).toDouble() >= 0.9,
             QJsonDocument(e).toJson().constData());
    // Every suspect carries its reasons with figures, and a category.
    for (const auto &v : findings.value(QStringLiteral("suspects")).toArray()) {
        const QJsonObject x = v.toObject();
        QVERIFY(!x.value(QStringLiteral("reasons")).toArray().isEmpty());
        QVERIFY(x.value(QStringLiteral("score")).toDouble() >= 0.5 &&
                x.value(QStringLiteral("score")).toDouble() <= 1.0);
        QVERIFY(x.value(QStringLiteral("profile")).toObject().value(QStringLiteral("calls_out")).toInt() > 0);
    }
    // The storm is recognised as such, and each truth operator's evidence is recorded.
    QSet<QString> storm;
    for (const auto &n : truth.value(QStringLiteral("harassment")).toArray())
        storm.insert(n.toString());
    for (const auto &v : findings.value(QStringLiteral("suspects")).toArray()) {
        const QJsonObject x = v.toObject();
        if (storm.contains(x.value(QStringLiteral("number")).toString()))
            QCOMPARE(x.value(QStringLiteral("category")).toString(), QStringLiteral("harassment_storm"));
    }
    for (const auto &v : findings.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject x = v.toObject();
        if (x.value(QStringLiteral("numbers")).toArray().size() > 1)
            QVERIFY(!x.value(QStringLiteral("evidence")).toArray().isEmpty());
        QVERIFY(x.value(QStringLiteral("victims")).toInt() > 0);
    }
    // Violations of the campaign's rules, each with supporting calls that exist in the case.
    QSet<QString> types;
    for (const auto &v : findings.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject x = v.toObject();
        types.insert(x.value(QStringLiteral("type")).toString());
        QVERIFY(x.value(QStringLiteral("count")).toInt() >=
                x.value(QStringLiteral("supporting_calls")).toArray().size());
        const qint64 firstCall = x.value(QStringLiteral("supporting_calls")).toArray().at(0).toInteger();
        QCOMPARE(
            cf->db()
                .scalar(QStringLiteral(
                            "SELECT n.value FROM calls c JOIN numbers n ON n.id = c.caller WHERE c.id = %1")
                            .arg(firstCall))
                .toString(),
            x.value(QStringLiteral("number")).toString());
    }
    for (const char *type :
         {"call_after_complaint", "outside_permitted_hours", "service_number_marketing", "autodial_volume"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
    // Couriers and the bank's call-back line are high-volume but judged legitimate, with the reason.
    bool sawLegit = false;
    for (const auto &v : findings.value(QStringLiteral("legitimate_high_volume")).toArray())
        sawLegit |= v.toObject().value(QStringLiteral("number")).toString() == QLatin1String("95566");
    QVERIFY(sawLegit);
}

void TestDetection::parametersAreRecorded()
{
    QJsonObject truth;
    const QString path = buildCase(7, &truth);
    QVERIFY(!path.isEmpty());
    const QString params =
        dttest::writeFile(m_dir.filePath(QStringLiteral("p.json")), "{\"volume_per_day\": 1000}");
    QByteArray out, err;
    QCOMPARE(
        dttest::runCli({QStringLiteral("analyze"), path, QStringLiteral("--params"), params}, &out, &err), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("findings"), path, QStringLiteral("--json")}, &out, &err), 0);
    const QJsonObject f = QJsonDocument::fromJson(out).object();
    const QJsonObject run = f.value(QStringLiteral("run")).toObject();
    QCOMPARE(
        run.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("volume_per_day")).toInt(),
        1000);
    QCOMPARE(run.value(QStringLiteral("input_digest")).toString().size(), 64);
    QVERIFY(!run.value(QStringLiteral("tool_version")).toString().isEmpty());
    // With an absurd volume threshold no volume-based reason fires: the storm, the debt pattern and the
    // numbers dialling a leaked list remain; marketing is only flagged on the list's evidence.
    QVERIFY(!f.value(QStringLiteral("suspects")).toArray().isEmpty());
    for (const auto &v : f.value(QStringLiteral("suspects")).toArray()) {
        QSet<QString> codes;
        for (const auto &r : v.toObject().value(QStringLiteral("reasons")).toArray())
            codes.insert(r.toObject().value(QStringLiteral("code")).toString());
        QVERIFY(!codes.contains(QStringLiteral("high_volume")));
        if (v.toObject().value(QStringLiteral("category")).toString() == QLatin1String("autodialer_marketing"))
            QVERIFY(codes.contains(QStringLiteral("leaked_list_callees")));
    }
    // Defaults again: the same case and parameters give the same findings.
    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path}, &out, &err), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("findings"), path, QStringLiteral("--json")}, &out, &err), 0);
    QJsonObject a = QJsonDocument::fromJson(out).object();
    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path}, &out, &err), 0);
    QCOMPARE(dttest::runCli({QStringLiteral("findings"), path, QStringLiteral("--json")}, &out, &err), 0);
    QJsonObject b = QJsonDocument::fromJson(out).object();
    QCOMPARE(a.value(QStringLiteral("suspects")), b.value(QStringLiteral("suspects")));
    QCOMPARE(a.value(QStringLiteral("operators")), b.value(QStringLiteral("operators")));
    // The blocklist for number-marking systems: one row per suspect, highest confidence first, audited.
    const QString csv = m_dir.filePath(QStringLiteral("blocklist.csv"));
    QCOMPARE(
        dttest::runCli({QStringLiteral("findings"), path, QStringLiteral("--blocklist"), csv}, &out, &err),
        0);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = file.readAll().split('\n');
        QCOMPARE(rows.first().trimmed(), QByteArray("number,category,confidence,reasons,analysis_run"));
        QCOMPARE(rows.size() - 2,
                 b.value(QStringLiteral("suspects")).toArray().size()); // header + final newline
        QVERIFY(rows.at(1).split(',').at(2).toDouble() >= rows.at(2).split(',').at(2).toDouble());
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
        QCOMPARE(cf->audit().entries().constLast().action, QStringLiteral("export-blocklist"));
    }
    QCOMPARE(dttest::runCli({QStringLiteral("evaluate"), path, QStringLiteral("--truth"),
                             m_dir.filePath(QStringLiteral("s7/truth.json"))},
                            &out, &err),
             0);
    QVERIFY(QJsonDocument::fromJson(out).object().contains(QStringLiteral("operators")));
    const QString bad =
        dttest::writeFile(m_dir.filePath(QStringLiteral("bad.json")), "{\"no_such_threshold\": 1}");
    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path, QStringLiteral("--params"), bad}, &out, &err),
             1);
    QVERIFY(err.contains("no_such_threshold"));
}

namespace {
// Local times of a Berlin case's calls: summer (UTC+2) and winter (UTC+1), with the instant each is and
// whether it falls outside the permitted 08:00–21:00 in Berlin, and in UTC+1 all year round.
struct BerlinCall
{
    const char *local, *utc;
    bool late, lateAtUtcPlus1;
};
const BerlinCall kBerlinCalls[] = {
    {"2026-07-15 21:30:00", "2026-07-15T19:30:00Z", true, false},  // summer evening: UTC+1 says 20:30
    {"2026-07-16 08:30:00", "2026-07-16T06:30:00Z", false, true},  // summer morning: UTC+1 says 07:30
    {"2026-07-16 22:30:00", "2026-07-16T20:30:00Z", true, true},   // summer night
    {"2026-01-15 07:30:00", "2026-01-15T06:30:00Z", true, true},   // winter morning
    {"2026-01-15 20:30:00", "2026-01-15T19:30:00Z", false, false}, // winter evening
    {"2026-03-29 07:59:00", "2026-03-29T05:59:00Z", true, true},   // the day the clocks go forward
    {"2026-03-29 20:59:00", "2026-03-29T18:59:00Z", false, false},
    {"2026-10-25 08:00:00", "2026-10-25T07:00:00Z", false, false}, // the day they go back
    {"2026-10-25 03:30:00", "2026-10-25T02:30:00Z", true, true},   // … at 03:00 (UTC+1 again)
};
} // namespace

void TestDetection::analyseBerlinCase()
{
    // One auto-dialler number calls a new person each time, at the times above and at midday on
    // each of those days (so that it is scored); nobody calls back.
    QByteArray csv = "caller,callee,start,duration\n";
    QStringList days;
    int callee = 0;
    auto add = [&](const QByteArray &when) {
        csv += "17012345678,138" + QByteArray::number(10000000 + ++callee) + ',' + when + ",0\n";
    };
    for (const BerlinCall &c : kBerlinCalls) {
        add(c.local);
        const QString day = QString::fromLatin1(c.local).left(10);
        if (!days.contains(day)) {
            days << day;
            for (int k = 0; k < 5; ++k)
                add(day.toLatin1() + " 12:0" + QByteArray::number(k) + ":00");
        }
    }
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("berlin.csv")), csv);
    QString error;
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("berlin.dtcase")), QStringLiteral("berlin"),
                               &error, QStringLiteral("Europe/Berlin"));
    QVERIFY2(cf, qPrintable(error));
    ingest::Importer importer(*cf); // no --timezone: the file's times are the case's local times
    QVERIFY2(importer.importFile(file, {}, nullptr, &error), qPrintable(error));
    QCOMPARE(cf->sources().list().first().timezone, QStringLiteral("Europe/Berlin"));
    BerlinRuns runs;
    const QJsonObject scoreAll{{QStringLiteral("flag_score"), 0.0}, {QStringLiteral("min_calls"), 1}};
    QVERIFY2(Detector::analyzeCase(*cf, scoreAll, &error) > 0, qPrintable(error));
    runs.findings = FindingsJson::toJson(Detector::latestFindings(*cf, &error));
    QJsonObject fixed = scoreAll;
    fixed.insert(QStringLiteral("timezone_offset"), 3600); // an older parameter file's way of saying UTC+1
    QVERIFY2(Detector::analyzeCase(*cf, fixed, &error) > 0, qPrintable(error));
    runs.fixedFindings = FindingsJson::toJson(Detector::latestFindings(*cf, &error));
    auto lateStarts = [&cf](const QJsonObject &f) {
        QSet<qint64> out;
        for (const auto &v : f.value(QStringLiteral("violations")).toArray()) {
            if (v.toObject().value(QStringLiteral("type")).toString() !=
                QLatin1String("outside_permitted_hours"))
                continue;
            for (const auto &id : v.toObject().value(QStringLiteral("supporting_calls")).toArray()) {
                Statement st = cf->db().prepare(QStringLiteral("SELECT start_utc FROM calls WHERE id = ?"));
                st.bind(1, id.toInteger());
                if (st.step())
                    out.insert(st.int64(0));
            }
        }
        return out;
    };
    runs.late = lateStarts(runs.findings);
    runs.lateAtFixedOffset = lateStarts(runs.fixedFindings);
    Statement all = cf->db().prepare(QStringLiteral("SELECT start_utc FROM calls"));
    while (all.step())
        runs.starts << all.int64(0);
    runs.calls = runs.starts.size();
    m_berlin = runs;
}

void TestDetection::nightCallsInTheCaseZone_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<bool>("late");
    QTest::addColumn<bool>("lateAtUtcPlus1");
    for (const BerlinCall &c : kBerlinCalls)
        QTest::newRow(c.local)
            << QString::fromLatin1(c.local)
            << QDateTime::fromString(QString::fromLatin1(c.utc), Qt::ISODate).toSecsSinceEpoch() << c.late
            << c.lateAtUtcPlus1;
}

void TestDetection::nightCallsInTheCaseZone()
{
    QFETCH(QString, local);
    QFETCH(qint64, utc);
    QFETCH(bool, late);
    QFETCH(bool, lateAtUtcPlus1);
    if (!m_berlin) {
        analyseBerlinCase();
        if (QTest::currentTestFailed())
            return;
    }
    const BerlinRuns &r = *m_berlin;
    // Imported in the case's zone: the local time became the instant it was in Berlin.
    QVERIFY2(r.starts.contains(utc), qPrintable(local));
    // Outside the permitted hours by Berlin's clock that day, whatever its offset.
    QCOMPARE(r.late.contains(utc), late);
    // A fixed offset gets summer or winter wrong (this is why the zone is a name, not an offset).
    QCOMPARE(r.lateAtFixedOffset.contains(utc), lateAtUtcPlus1);
    // Each run records the zone it counted in.
    auto zoneOf = [](const QJsonObject &f) {
        return f.value(QStringLiteral("run"))
            .toObject()
            .value(QStringLiteral("parameters"))
            .toObject()
            .value(QStringLiteral("timezone"))
            .toString();
    };
    QCOMPARE(zoneOf(r.findings), QStringLiteral("Europe/Berlin"));
    QCOMPARE(zoneOf(r.fixedFindings), QStringLiteral("UTC+01:00"));
    // The profile's share of late calls is counted the same way.
    qint64 lateCalls = 0;
    for (const BerlinCall &c : kBerlinCalls)
        lateCalls += c.late;
    const QJsonObject suspect = r.findings.value(QStringLiteral("suspects")).toArray().first().toObject();
    QCOMPARE(
        suspect.value(QStringLiteral("profile")).toObject().value(QStringLiteral("late_share")).toDouble(),
        std::round(double(lateCalls) / double(r.calls) * 1000.0) / 1000.0);
}

void TestDetection::sichuanFraudAboveNormal()
{
    const QString root = QStringLiteral(DT_FIXTURES_DIR) + QStringLiteral("/real/sichuan_fraud/");
    if (!QDir(root).exists())
        QSKIP("../shared/fixtures is absent");
    QString error;
    auto cf =
        CaseFile::create(m_dir.filePath(QStringLiteral("sichuan.dtcase")), QStringLiteral("sichuan"), &error);
    ingest::Importer imp(*cf);
    QVERIFY(imp.importFile(root + QStringLiteral("fake_1.csv"), {}, nullptr, &error));
    QVERIFY(imp.importFile(root + QStringLiteral("white_1.csv"), {}, nullptr, &error));
    auto subscriber = [&](const char *file) {
        QFile f(root + QLatin1String(file));
        f.open(QIODevice::ReadOnly);
        f.readLine();
        return QString::fromUtf8(f.readLine()).section(QLatin1Char(','), 0, 0).toLower();
    };
    const QString fake = subscriber("fake_1.csv"), white = subscriber("white_1.csv");
    CallTable t;
    QVERIFY(t.load(cf->db(), &error));
    ComplaintIndex c;
    Detector d(QJsonObject{{QStringLiteral("flag_score"), 0.0}, {QStringLiteral("min_calls"), 1}});
    QVERIFY(d.run(t, c, &error));
    double fakeScore = -1, whiteScore = -1;
    for (const Suspect &s : d.suspects()) {
        if (s.key == fake)
            fakeScore = s.score;
        if (s.key == white)
            whiteScore = s.score;
    }
    QVERIFY(fakeScore >= 0 && whiteScore >= 0);
    QVERIFY2(fakeScore > whiteScore,
             qPrintable(QStringLiteral("fake %1 vs white %2").arg(fakeScore).arg(whiteScore)));
}

namespace {
/// The victim_overlap links of a run's operators, as "a|b" pairs.
QSet<QString> overlapPairs(const Detector &d)
{
    QSet<QString> out;
    for (const Operator &o : d.operators())
        for (const Evidence &e : o.evidence)
            for (const EvidenceLink &l : e.links)
                if (l.type == LinkType::VictimOverlap)
                    out.insert(e.a + QLatin1Char('|') + e.b);
    return out;
}
} // namespace

void TestDetection::victimOverlapLshMatchesExact()
{
    // The sample has too few suspects for MinHash/LSH by default; forced, it must find exactly the
    // pairs (and so the operators) the exact Jaccard over candidate pairs finds.
    QJsonObject truth;
    const QString path = buildCase(11, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    CallTable t;
    QVERIFY(t.load(cf->db(), &error));
    ComplaintIndex c;
    Detector exact;
    QVERIFY(exact.run(t, c, &error));
    Detector lsh(QJsonObject{{QStringLiteral("victim_lsh_min_numbers"), 0}});
    QVERIFY(lsh.run(t, c, &error));
    const QSet<QString> a = overlapPairs(exact), b = overlapPairs(lsh);
    QVERIFY(a.size() >= 5);
    QCOMPARE(b, a);
    QCOMPARE(lsh.operators().size(), exact.operators().size());
    for (size_t k = 0; k < exact.operators().size(); ++k)
        QCOMPARE(lsh.operators()[k].numbers, exact.operators()[k].numbers);
}

void TestDetection::activityAsTheQueriesGive()
{
    // The activity charts read an operator's calls from the call store's postings and blocks; what
    // they count is what the plain queries over the calls table give: calls by local hour and
    // duration bin, and for each dated list the first call to each of its victims.
    QTemporaryDir dir;
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(dir.path(), 11, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    Database &db = cf->db();
    for (const QJsonValue &op : truth.value(QStringLiteral("operators")).toArray()) {
        QStringList numbers;
        for (const QJsonValue &n : op.toObject().value(QStringLiteral("numbers")).toArray())
            numbers << n.toString();
        const Activity a = Activity::of(db, numbers, CaseClock(QStringLiteral("Asia/Shanghai")));
        const QString in = QStringLiteral("(SELECT id FROM numbers WHERE value IN ('%1'))")
                               .arg(numbers.join(QStringLiteral("','")));
        QCOMPARE(a.calls,
                 db.scalar(QStringLiteral("SELECT count(*) FROM calls WHERE caller IN ") + in).toLongLong());
        QVERIFY(a.calls > 0);
        Statement hours =
            db.prepare(QStringLiteral("SELECT (start_utc + 28800) % 86400 / 3600, count(*) FROM calls "
                                      "WHERE caller IN %1 GROUP BY 1")
                           .arg(in));
        QVector<double> perHour(24, 0.0);
        while (hours.step())
            perHour[int(hours.int64(0))] = double(hours.int64(1));
        QCOMPARE(a.perHour, perHour);
        QCOMPARE(
            db.scalar(
                  QStringLiteral("SELECT count(*) FROM calls WHERE caller IN %1 AND duration > 300").arg(in))
                .toDouble(),
            a.durationBins.last());
        Statement lags = db.prepare(
            QStringLiteral(
                "WITH firsts(callee, first) AS (SELECT callee, min(start_utc) FROM calls WHERE caller IN %1 "
                "AND callee "
                "NOT IN %1 GROUP BY callee) SELECT s.name, count(DISTINCT f.callee) FROM firsts f JOIN "
                "leak_records r "
                "ON r.phone = f.callee JOIN sources s ON s.id = r.source_id WHERE s.kind = 'leak' AND "
                "coalesce(s.acquired, '') <> '' GROUP BY s.id")
                .arg(in));
        QMap<QString, qint64> want, got;
        while (lags.step())
            want.insert(lags.text(0), lags.int64(1));
        for (const Activity::LeakLag &l : a.leakLags)
            got.insert(l.list, l.days.size());
        QCOMPARE(got, want);
    }
}

void TestDetection::callTableSplitReadMatches()
{
    // Read by two connections in two id ranges, the calls are the same columns with the same digest
    // as read in one go; inside an open transaction (whose writes another connection cannot see)
    // it reads in one go and sees them.
    QJsonObject truth;
    const QString path = buildCase(13, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    CallTable one, two;
    one.splitMinCalls = std::numeric_limits<qint64>::max();
    two.splitMinCalls = 0;
    QVERIFY(one.load(cf->db(), &error));
    QVERIFY(two.load(cf->db(), &error));
    QVERIFY(one.size() > 1000);
    QCOMPARE(two.size(), one.size());
    QVERIFY(two.caller == one.caller && two.callee == one.callee && two.start == one.start &&
            two.id == one.id && two.cell == one.cell && two.device == one.device &&
            two.source == one.source && two.duration == one.duration && two.answered == one.answered);
    QCOMPARE(two.cells, one.cells);
    QCOMPARE(two.digest, one.digest);
    Transaction tx(cf->db());
    {
        // One more call (a copy of the last, a minute later) written as an import writes it.
        Statement last =
            cf->db().prepare(QStringLiteral("SELECT caller, callee, start_utc, duration, source_id, line "
                                            "FROM calls ORDER BY id DESC LIMIT 1"));
        QVERIFY(last.step());
        callstore::Writer w(cf->db());
        QVERIFY2(w.begin(last.int64(4), &error), qPrintable(error));
        callstore::Writer::Call c;
        c.caller = last.int64(0);
        c.callee = last.int64(1);
        c.start = last.int64(2) + 60;
        c.duration = last.int64(3);
        c.line = last.int64(5);
        QVERIFY(w.append(c, &error) > 0);
        QVERIFY2(w.finish(&error), qPrintable(error));
    }
    CallTable inTx;
    inTx.splitMinCalls = 0;
    QVERIFY(inTx.load(cf->db(), &error));
    QCOMPARE(inTx.size(), one.size() + 1);
    QVERIFY(inTx.digest != one.digest);
}

void TestDetection::listTakeover_data()
{
    QTest::addColumn<int>("order");     // B's calls to A's victims: 1 A's order, -1 reversed
    QTest::addColumn<qint64>("gap");    // seconds from A's last call to B's first
    QTest::addColumn<bool>("takeover"); // expected: a list_takeover link from A to B
    QTest::newRow("continues A's list") << 1 << qint64(20 * 3600) << true;
    QTest::newRow("reversed order") << -1 << qint64(20 * 3600) << false;
    QTest::newRow("while A still calls") << 1 << qint64(-3600) << false;
    QTest::newRow("gap too long") << 1 << qint64(10 * 86400) << false;
}

void TestDetection::listTakeover()
{
    QFETCH(int, order);
    QFETCH(qint64, gap);
    QFETCH(bool, takeover);
    // A dials 200 victims over two days and goes silent; B then dials 60 of them (in A's order, or
    // reversed) and 100 new ones. Victim overlap is 0.2 and there are too few days for shifts, so
    // only the takeover can link them.
    CallTable t;
    const int victims = 200, fresh = 100, shared = 60;
    const int numbers = 3 + victims + fresh;
    t.numberKey.assign(size_t(numbers), QString());
    t.numberType.assign(size_t(numbers), int(NumberClass::Mobile));
    for (int n = 1; n < numbers; ++n)
        t.numberKey[size_t(n)] = QStringLiteral("+86139%1").arg(n * 7919, 8, 10, QLatin1Char('0'));
    t.sourceFormat = {QString(), QStringLiteral("carrier-cdr")};
    t.deviceImei = {QString()};
    auto call = [&](qint32 from, qint32 to, qint64 when) {
        t.caller.push_back(from);
        t.callee.push_back(to);
        t.start.push_back(when);
        t.duration.push_back(0);
        t.answered.push_back(0);
        t.device.push_back(0);
        t.cell.push_back(0);
        t.source.push_back(1);
        t.id.push_back(qint64(t.caller.size()));
    };
    const qint64 day0 = 1788220800; // 2026-09-01T00:00:00Z: 08:00 in China
    qint64 last = 0;
    for (int k = 0; k < victims; ++k) {
        last = day0 + (k / 100) * 86400 + 3600 + (k % 100) * 60;
        call(1, 3 + k, last);
    }
    const qint64 first = last + gap;
    for (int k = 0; k < shared + fresh; ++k) {
        const qint32 to = k < shared ? 3 + (order > 0 ? k : shared - 1 - k) : 3 + victims + (k - shared);
        call(2, to, first + (k / 80) * 86400 + k % 80 * 60);
    }
    ComplaintIndex c;
    Detector d;
    QString error;
    QVERIFY(d.run(t, c, &error));
    QCOMPARE(d.suspects().size(), size_t(2)); // both flagged
    QJsonObject found;
    for (const Operator &o : d.operators())
        for (const Evidence &e : o.evidence)
            for (const EvidenceLink &l : e.links)
                if (l.type == LinkType::ListTakeover)
                    found = FindingsJson::toJson(l);
    QCOMPARE(!found.isEmpty(), takeover);
    QCOMPARE(d.operators().size(), size_t(takeover ? 1 : 2));
    if (takeover) {
        QCOMPARE(found.value(QStringLiteral("from")).toString(), t.numberKey[1]);
        QCOMPARE(found.value(QStringLiteral("to")).toString(), t.numberKey[2]);
        QCOMPARE(found.value(QStringLiteral("shared_victims")).toInt(), shared);
        QCOMPARE(found.value(QStringLiteral("rank_correlation")).toDouble(), 1.0);
        QCOMPARE(found.value(QStringLiteral("gap_hours")).toDouble(), 20.0);
        QCOMPARE(found.value(QStringLiteral("silent_from")).toString(),
                 QDateTime::fromSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODate));
    }
}

void TestDetection::stringIds_data()
{
    // Each row: strings looked up in turn (the first byte list is split at '|'), and how many
    // more generated cell names follow them (enough to make the table grow several times).
    QTest::addColumn<QByteArray>("strings");
    QTest::addColumn<int>("generated");
    QTest::newRow("repeats") << QByteArray("22009-34146|22010-19059|22009-34146|22010-19059") << 0;
    QTest::newRow("lengths around a word")
        << QByteArray("1234567|12345678|123456789|1234567|12345678|123456789|a|b|a") << 0;
    QTest::newRow("trailing zero bytes differ") << QByteArray("x|x\0|x\0\0|x\0|x", 13) << 0;
    QTest::newRow("long names") << QByteArray(
                                       "cell-with-a-rather-long-name-0001|cell-with-a-rather-long-name-0002|"
                                       "cell-with-a-rather-long-name-0001")
                                << 0;
    QTest::newRow("growth") << QByteArray("first") << 5000;
}

void TestDetection::stringIds()
{
    QFETCH(QByteArray, strings);
    QFETCH(int, generated);
    std::vector<std::string> input;
    for (const QByteArray &part : strings.split('|'))
        input.emplace_back(part.constData(), size_t(part.size()));
    // Generated names: each appears three times (7919 is prime to the count), interleaved.
    for (int k = 0; k < 3 * generated; ++k)
        input.push_back(QStringLiteral("cell-%1").arg((k * 7919) % generated).toStdString());
    StringIds ids;
    std::map<std::string, int> expected; // first-seen numbering, the reference
    for (const std::string &s : input) {
        const auto it = expected.emplace(s, int(expected.size()) + 1).first;
        QCOMPARE(ids.idOf(s.data(), s.size()), it->second);
    }
    QCOMPARE(ids.size(), expected.size());
    for (const auto &[s, id] : expected)
        QCOMPARE(ids.name(id), s);
}

QTEST_GUILESS_MAIN(TestDetection)
#include "tst_detection.moc"
