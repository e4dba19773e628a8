// The typed findings and their one JSON (de)serialiser: the sample's `findings --json` document
// reads into Findings and writes back identical, codes map both ways, and a run stored before
// reasons kept their figures still reads and writes back as it was stored.
#include "analysis/findings.h"
#include "analysis/findingsjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dt::analysis;

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentRoundTrip();
    void codesRoundTrip();
    void legacyReasonKeepsItsText();
};

void TestFindings::documentRoundTrip()
{
    QFile f(QStringLiteral(DT_TEST_DATA_DIR "/golden/cli_findings.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!doc.isEmpty());
    const Findings typed = FindingsJson::fromJson(doc);
    QCOMPARE(typed.suspects.size(), size_t(doc.value(QStringLiteral("suspects")).toArray().size()));
    QVERIFY(!typed.operators.empty());
    QVERIFY(!typed.operators.front().evidence.empty());
    QVERIFY(!typed.lineage.empty());
    const QJsonObject again = FindingsJson::toJson(typed);
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it)
        QVERIFY2(again.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(again, doc);
}

void TestFindings::codesRoundTrip()
{
    for (int i = 0; i <= int(ReasonCode::LegitimatePattern); ++i) {
        ReasonCode c = ReasonCode::HighVolume;
        QVERIFY(fromCode(code(ReasonCode(i)), &c));
        QCOMPARE(int(c), i);
    }
    for (int i = 0; i <= int(LinkType::ListTakeover); ++i) {
        LinkType t = LinkType::SharedDevice;
        QVERIFY(fromCode(code(LinkType(i)), &t));
        QCOMPARE(int(t), i);
    }
    for (int i = 0; i <= int(ViolationType::AutodialVolume); ++i) {
        ViolationType t = ViolationType::CallAfterComplaint;
        QVERIFY(fromCode(code(ViolationType(i)), &t));
        QCOMPARE(int(t), i);
    }
    for (int i = 0; i <= int(Category::PossibleFraud); ++i) {
        Category c = Category::AutodialerMarketing;
        QVERIFY(fromCode(code(Category(i)), &c));
        QCOMPARE(int(c), i);
    }
    for (int i = 0; i <= int(Figure::PermittedToHour); ++i) {
        Figure x = Figure::MaxPerCalleeDay;
        QVERIFY(fromCode(code(Figure(i)), &x));
        QCOMPARE(int(x), i);
    }
    Category untouched = Category::DebtCollection;
    QVERIFY(!fromCode(QStringLiteral("no_such_category"), &untouched));
    QCOMPARE(untouched, Category::DebtCollection);
}

void TestFindings::legacyReasonKeepsItsText()
{
    const QJsonObject stored{
        {QStringLiteral("number"), QStringLiteral("+8617065073288")},
        {QStringLiteral("score"), 0.82},
        {QStringLiteral("category"), QStringLiteral("autodialer_marketing")},
        {QStringLiteral("legitimate"), false},
        {QStringLiteral("reasons"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("high_volume")},
                                {QStringLiteral("text"), QStringLiteral("an old sentence, 109.5 a day")},
                                {QStringLiteral("weight"), 0.35}}}},
        {QStringLiteral("profile"), FindingsJson::toJson(Profile())}};
    const Suspect s = FindingsJson::suspectFromJson(stored);
    QCOMPARE(s.reasons.size(), 1);
    QCOMPARE(s.reasons.front().code, ReasonCode::HighVolume);
    QCOMPARE(s.reasons.front().legacyText, QStringLiteral("an old sentence, 109.5 a day"));
    QCOMPARE(FindingsJson::toJson(s), stored);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
