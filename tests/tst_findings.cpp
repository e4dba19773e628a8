// The typed findings and their one JSON (de)serialiser: the sample's `findings --json` document
// reads into Findings and writes back identical, codes map both ways, and a run stored before
// reasons kept their figures still reads and writes back as it was stored.
#include "analysis/findings.h"
#include "analysis/findingsjson.h"
#include "analysis/lineagelayers.h"

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
    void lineageLayers_data();
    void lineageLayers();
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

void TestFindings::lineageLayers_data()
{
    // Lists as "name@acquired" (in the findings' order), edges as "parent>child"; the expected
    // columns joined by '|', lists in a column by ',', and the lists apart.
    QTest::addColumn<QStringList>("lists");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("apart");
    QTest::newRow("no resale") << QStringList{QStringLiteral("a@2026-01-01"), QStringLiteral("b@")}
                               << QStringList() << QString() << QStringLiteral("a,b");
    QTest::newRow("chain") << QStringList{QStringLiteral("c@"), QStringLiteral("b@"), QStringLiteral("a@")}
                           << QStringList{QStringLiteral("a>b"), QStringLiteral("b>c")}
                           << QStringLiteral("a|b|c") << QString();
    // The longest chain decides: c is resold from a directly and through b.
    QTest::newRow("longest chain") << QStringList{QStringLiteral("a@"), QStringLiteral("b@"),
                                                  QStringLiteral("c@")}
                                   << QStringList{QStringLiteral("a>c"), QStringLiteral("a>b"),
                                                  QStringLiteral("b>c")}
                                   << QStringLiteral("a|b|c") << QString();
    // Roots by acquisition date then name; children after their parents' rows; d stands apart.
    QTest::newRow("compilation") << QStringList{QStringLiteral("y@2026-06-15"),
                                                QStringLiteral("x@2026-07-20"),
                                                QStringLiteral("d@2026-01-01"),
                                                QStringLiteral("k@2026-08-20"),
                                                QStringLiteral("j@2026-08-01")}
                                 << QStringList{QStringLiteral("x>j"), QStringLiteral("y>k"),
                                                QStringLiteral("x>k")}
                                 << QStringLiteral("y,x|k,j") << QStringLiteral("d");
}

void TestFindings::lineageLayers()
{
    QFETCH(QStringList, lists);
    QFETCH(QStringList, edges);
    QFETCH(QString, columns);
    QFETCH(QString, apart);
    std::vector<ListSummary> summaries;
    for (const QString &l : lists) {
        ListSummary s;
        s.source = l.section(QLatin1Char('@'), 0, 0);
        s.acquired = l.section(QLatin1Char('@'), 1);
        summaries.push_back(s);
    }
    std::vector<Resale> lineage;
    for (const QString &e : edges) {
        Resale r;
        r.parent = e.section(QLatin1Char('>'), 0, 0);
        r.child = e.section(QLatin1Char('>'), 1);
        lineage.push_back(r);
    }
    const LineageLayers layout = LineageLayers::of(summaries, lineage);
    QStringList got;
    for (const QStringList &c : layout.columns)
        got << c.join(QLatin1Char(','));
    QCOMPARE(got.join(QLatin1Char('|')), columns);
    QCOMPARE(layout.apart.join(QLatin1Char(',')), apart);
    for (size_t c = 0; c < layout.columns.size(); ++c)
        for (const QString &l : layout.columns[c])
            QCOMPARE(layout.columnOf(l), int(c));
    for (const QString &l : layout.apart)
        QCOMPARE(layout.columnOf(l), -1);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
