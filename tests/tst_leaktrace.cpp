// Leak tracing on the sample investigation: each operator's true list ranks first and is
// significant, the storm has no list, masked records count as partial evidence, every true resale
// edge is found with its direction and transformations, the decoy touches nothing, the compilation's
// new records are counted; the chance model (hypergeometric tail) against exact values.
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/leaktrace.h"
#include "case/casefile.h"
#include "samplebuild.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::analysis;

class TestLeakTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hypergeometric_data();
    void hypergeometric();
    void sampleCase_data();
    void sampleCase();
    void cliPrintsLeaksAndLineage();

private:
    QTemporaryDir m_dir;
};

void TestLeakTrace::hypergeometric_data()
{
    QTest::addColumn<qint64>("N");
    QTest::addColumn<qint64>("K");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("k");
    QTest::addColumn<double>("log10p");
    // Exact values: log10 of sum(C(K,i) C(N-K,n-i), i >= k) / C(N,n) with Python's integers.
    QTest::newRow("above the mean") << 50LL << 10LL << 10LL << 5LL << -1.7416147565012547;
    QTest::newRow("at the mean") << 50LL << 10LL << 10LL << 2LL << -0.1862257981979969;
    QTest::newRow("far tail") << 1000LL << 100LL << 50LL << 20LL << -8.195152838857119;
    QTest::newRow("all drawn") << 20LL << 5LL << 5LL << 5LL << -4.19044375970669;
    QTest::newRow("every victim in the list")
        << 100000LL << 20000LL << 1500LL << 1500LL << -1068.5947110537063;
    QTest::newRow("half and half") << 60LL << 30LL << 30LL << 15LL << -0.22060037020832546;
    QTest::newRow("nothing observed") << 10LL << 3LL << 4LL << 0LL << 0.0;
    QTest::newRow("chance level") << 5000LL << 800LL << 300LL << 48LL << -0.2790765757673059;
}

void TestLeakTrace::hypergeometric()
{
    QFETCH(qint64, N);
    QFETCH(qint64, K);
    QFETCH(qint64, n);
    QFETCH(qint64, k);
    QFETCH(double, log10p);
    const double got = LeakTrace::hypergeometricLog10Upper(N, K, n, k);
    QVERIFY2(std::abs(got - log10p) < 1e-6 * std::max(1.0, std::abs(log10p)),
             qPrintable(QStringLiteral("%1 instead of %2").arg(got, 0, 'g', 12).arg(log10p, 0, 'g', 12)));
}

void TestLeakTrace::sampleCase_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 42") << quint64(42);
    QTest::newRow("seed 2026") << quint64(2026);
}

void TestLeakTrace::sampleCase()
{
    QFETCH(quint64, seed);
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(m_dir.path(), seed, &truth);
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    const QJsonObject f = FindingsJson::toJson(Detector::latestFindings(*cf, &error));
    const QByteArray dump = QJsonDocument(f).toJson();
    const QString decoy = truth.value(QStringLiteral("decoy_leaks")).toArray().first().toString();

    // Each truth operator: every detected operator made of its numbers (with enough victims to
    // say anything) puts the true list first, significant and before any call to it.
    QHash<QString, QJsonObject> truthOf;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray())
        for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
            truthOf.insert(n.toString(), v.toObject());
    int checked = 0;
    for (const auto &v : f.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject op = v.toObject();
        const QJsonObject t = truthOf.value(op.value(QStringLiteral("numbers")).toArray().first().toString());
        if (t.isEmpty())
            continue;
        const QJsonArray leaks = op.value(QStringLiteral("leaks")).toArray();
        const QJsonObject best = leaks.isEmpty() ? QJsonObject() : leaks.first().toObject();
        if (t.value(QStringLiteral("leak")).isNull()) {
            // The storm rings one person: no list explains it.
            for (const auto &l : leaks)
                QVERIFY2(!l.toObject().value(QStringLiteral("significant")).toBool(), dump.constData());
            continue;
        }
        if (op.value(QStringLiteral("victims")).toInt() < 50)
            continue;
        ++checked;
        QVERIFY2(best.value(QStringLiteral("source")).toString() ==
                     t.value(QStringLiteral("leak")).toString(),
                 qPrintable(op.value(QStringLiteral("id")).toString() + QStringLiteral(": ") +
                            QString::fromUtf8(QJsonDocument(leaks).toJson())));
        QVERIFY(best.value(QStringLiteral("significant")).toBool());
        QCOMPARE(best.value(QStringLiteral("rank")).toInt(), 1);
        QVERIFY(best.value(QStringLiteral("p_value")).toDouble() < 1e-6);
        QVERIFY(best.value(QStringLiteral("lift")).toDouble() > 1.5);
        QCOMPARE(best.value(QStringLiteral("called_before_acquired")).toInt(), 0);
        QVERIFY(best.value(QStringLiteral("lag_days_median")).toDouble() > 0);
        const QString kind = t.value(QStringLiteral("kind")).toString();
        // The auto-dialler and the agency work through their lists in file order; the telemarketer shuffles.
        if (kind == QLatin1String("loan_autodialer") || kind == QLatin1String("realestate_pbx"))
            QVERIFY2(best.value(QStringLiteral("dialled_in_list_order")).toBool(), dump.constData());
        if (kind == QLatin1String("insurance_telemarketing"))
            QVERIFY(!best.value(QStringLiteral("dialled_in_list_order")).toBool());
        // The debt collector's compilation masks 30 % of its phones: masked records are partial evidence.
        if (kind == QLatin1String("debt_collection")) {
            QVERIFY(best.value(QStringLiteral("masked_matches")).toInt() > 0);
            QVERIFY(best.value(QStringLiteral("unique")).toInt() > 0);
        }
        for (const auto &l : leaks)
            if (l.toObject().value(QStringLiteral("source")).toString() == decoy)
                QVERIFY(!l.toObject().value(QStringLiteral("significant")).toBool());
    }
    QVERIFY2(checked >= 4, dump.constData());

    // Lineage: every true edge, right way round, with what the reseller did; nothing touches the decoy.
    const QJsonArray lineage = f.value(QStringLiteral("lineage")).toArray();
    const QJsonArray trueEdges = truth.value(QStringLiteral("lineage")).toArray();
    QCOMPARE(lineage.size(), trueEdges.size());
    for (const auto &te : trueEdges) {
        bool found = false;
        for (const auto &e : lineage) {
            const QJsonObject x = e.toObject();
            if (x.value(QStringLiteral("parent")) == te.toObject().value(QStringLiteral("parent")) &&
                x.value(QStringLiteral("child")) == te.toObject().value(QStringLiteral("child"))) {
                found = true;
                const QJsonArray tr = x.value(QStringLiteral("transformations")).toArray();
                QVERIFY(tr.contains(QStringLiteral("masking")));
                QVERIFY(tr.contains(QStringLiteral("dropped:id_card")));
                // Reformatted: the loan list had no header, the insurance list called the phone 手机号码.
                const QString parent = x.value(QStringLiteral("parent")).toString();
                if (parent == QLatin1String("leak_loan_app_users"))
                    QVERIFY2(tr.contains(QStringLiteral("header_added")), dump.constData());
                if (parent == QLatin1String("leak_insurance_giveaway"))
                    QVERIFY2(tr.contains(QString::fromUtf8("renamed:phone (手机号码 → 电话)")),
                             dump.constData());
                // The edge holds at least the records truly copied (chance adds a few more).
                const qint64 copied = te.toObject().value(QStringLiteral("records")).toInteger();
                QVERIFY(x.value(QStringLiteral("shared_records")).toInteger() >= copied * 95 / 100);
                QVERIFY(x.value(QStringLiteral("containment")).toDouble() > 0.3);
            }
        }
        QVERIFY2(found, dump.constData());
    }
    for (const auto &e : lineage) {
        QVERIFY(e.toObject().value(QStringLiteral("parent")).toString() != decoy);
        QVERIFY(e.toObject().value(QStringLiteral("child")).toString() != decoy);
    }
    // The compilation is recognised, with its new records.
    const QJsonArray comps = f.value(QStringLiteral("compilations")).toArray();
    QCOMPARE(comps.size(), 1);
    QCOMPARE(comps.first().toObject().value(QStringLiteral("parents")).toArray().size(), 2);
    const double fresh = comps.first().toObject().value(QStringLiteral("new_records")).toDouble();
    const double trueFresh = truth.value(QStringLiteral("compilation_new_records")).toDouble();
    QVERIFY2(std::abs(fresh - trueFresh) <= std::max(3.0, trueFresh * 0.1),
             qPrintable(QStringLiteral("%1 new records, truth %2").arg(fresh).arg(trueFresh)));

    // The same case gives the same leak findings, byte for byte.
    QVERIFY(Detector::analyzeCase(*cf, {}, &error) > 0);
    const QJsonObject again = FindingsJson::toJson(Detector::latestFindings(*cf, &error));
    for (const char *key : {"operators", "lineage", "compilations", "leak_lists"})
        QCOMPARE(QJsonDocument(again.value(QLatin1String(key)).toArray()).toJson(),
                 QJsonDocument(f.value(QLatin1String(key)).toArray()).toJson());
}

void TestLeakTrace::cliPrintsLeaksAndLineage()
{
    QJsonObject truth;
    const QString path = dttest::buildSampleCase(m_dir.path(), 7, &truth);
    QVERIFY(!path.isEmpty());
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path}, &out, &err), 0);
    QVERIFY2(out.contains("lineage"), out.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("findings"), path, QStringLiteral("--json")}, &out, &err), 0);
    const QJsonObject f = QJsonDocument::fromJson(out).object();
    QVERIFY(!f.value(QStringLiteral("lineage")).toArray().isEmpty());
    const QJsonObject leak = f.value(QStringLiteral("operators"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("leaks"))
                                 .toArray()
                                 .first()
                                 .toObject();
    for (const char *key : {"source", "victims_in_leak", "share_of_victims", "share_of_leak", "unique",
                            "p_value", "lag_days_median"})
        QVERIFY2(leak.contains(QLatin1String(key)), key);
    const QJsonObject edge = f.value(QStringLiteral("lineage")).toArray().first().toObject();
    for (const char *key : {"parent", "child", "containment", "shared_records"})
        QVERIFY2(edge.contains(QLatin1String(key)), key);
}

QTEST_GUILESS_MAIN(TestLeakTrace)
#include "tst_leaktrace.moc"
