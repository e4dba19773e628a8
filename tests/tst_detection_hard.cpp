// Detection on the sample generator's hard variant: a human call centre of ordinary mobiles, a
// rotating operator without handset or cell data, two buyers of one list, and legitimate bulk callers
// of the public. Suspects, operators and leak attribution scored against the truth, per kind.
#include "analysis/detection.h"
#include "analysis/evaluation.h"
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

class TestDetectionHard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluationByKind();
    void hardCase_data();
    void hardCase();

private:
    /// The evaluation of a freshly analysed hard-variant case of @p seed (cached per seed).
    QJsonObject evaluated(quint64 seed, QJsonObject *truth = nullptr, Findings *findings = nullptr);
    QTemporaryDir m_dir;
    QHash<quint64, QJsonObject> m_eval, m_truth;
    QHash<quint64, Findings> m_findings;
};

QJsonObject TestDetectionHard::evaluated(quint64 seed, QJsonObject *truth, Findings *findings)
{
    if (!m_eval.contains(seed)) {
        QJsonObject t;
        const QString path = dttest::buildSampleCase(m_dir.path(), seed, &t, QStringLiteral("hard"));
        if (path.isEmpty())
            return {};
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        if (!cf || Detector::analyzeCase(*cf, {}, &error) <= 0) {
            qWarning() << error;
            return {};
        }
        const Findings f = Detector::latestFindings(*cf, &error);
        m_eval.insert(seed, Evaluation::evaluate(f, t));
        m_truth.insert(seed, t);
        m_findings.insert(seed, f);
    }
    if (truth)
        *truth = m_truth.value(seed);
    if (findings)
        *findings = m_findings.value(seed);
    return m_eval.value(seed);
}

void TestDetectionHard::evaluationByKind()
{
    QJsonObject truth;
    const QJsonObject e = evaluated(1, &truth);
    QVERIFY(!e.isEmpty());
    const QJsonObject kinds = e.value(QStringLiteral("kinds")).toObject();
    // Every kind of the truth is counted, with its class and its numbers.
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject k = kinds.value(o.value(QStringLiteral("kind")).toString()).toObject();
        QCOMPARE(k.value(QStringLiteral("class")).toString(), QStringLiteral("suspect"));
        QCOMPARE(k.value(QStringLiteral("numbers")).toInteger(),
                 qint64(o.value(QStringLiteral("numbers")).toArray().size()));
        QCOMPARE(k.value(QStringLiteral("flagged")).toInteger() +
                     k.value(QStringLiteral("missed")).toInteger(),
                 k.value(QStringLiteral("numbers")).toInteger());
    }
    for (const char *legit : {"hospital_reminder", "bank_service_line", "government_hotline",
                              "ridehailing_privacy", "courier", "bank_callback"}) {
        const QJsonObject k = kinds.value(QLatin1String(legit)).toObject();
        QCOMPARE(k.value(QStringLiteral("class")).toString(), QStringLiteral("legitimate"));
        QVERIFY2(k.value(QStringLiteral("numbers")).toInteger() >= 1, legit);
        QVERIFY(!k.contains(QStringLiteral("missed")));
    }
    // The flagged counts agree with the suspects' list.
    qint64 flagged = 0;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        if (it.value().toObject().value(QStringLiteral("class")).toString() == QLatin1String("suspect"))
            flagged += it.value().toObject().value(QStringLiteral("flagged")).toInteger();
    QCOMPARE(
        flagged,
        e.value(QStringLiteral("suspects")).toObject().value(QStringLiteral("true_positives")).toInteger());
}

void TestDetectionHard::hardCase_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
}

void TestDetectionHard::hardCase()
{
    QFETCH(quint64, seed);
    const QJsonObject e = evaluated(seed);
    QVERIFY(!e.isEmpty());
    const QByteArray text = QJsonDocument(e).toJson();
    const QJsonObject s = e.value(QStringLiteral("suspects")).toObject();
    const QJsonObject o = e.value(QStringLiteral("operators")).toObject();
    const QJsonObject l = e.value(QStringLiteral("leaks")).toObject();
    QVERIFY2(s.value(QStringLiteral("f1")).toDouble() >= 0.95, text.constData());
    QVERIFY2(s.value(QStringLiteral("legitimate_flagged")).toArray().isEmpty(), text.constData());
    QVERIFY2(o.value(QStringLiteral("adjusted_rand_index")).toDouble() >= 0.9, text.constData());
    QVERIFY2(l.value(QStringLiteral("wrong")).toArray().isEmpty(), text.constData());
    QVERIFY2(l.value(QStringLiteral("operators_checked")).toInteger() >= 7, text.constData());
}

QTEST_GUILESS_MAIN(TestDetectionHard)
#include "tst_detection_hard.moc"
