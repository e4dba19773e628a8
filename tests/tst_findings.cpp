// The typed findings and their one JSON (de)serialiser: the sample's `findings --json` document
// reads into Findings and writes back identical, codes map both ways, and a run stored before
// reasons kept their figures still reads and writes back as it was stored.
#include "analysis/describe.h"
#include "analysis/findings.h"
#include "analysis/findingsjson.h"
#include "analysis/lineagelayers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace dt::analysis;

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentRoundTrip();
    void codesRoundTrip();
    void legacyReasonKeepsItsText();
    void describeReason_data();
    void describeReason();
    void everyCodeHasChineseWords();
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

void TestFindings::describeReason_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("params"); // the reason's `params` as JSON
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("high volume") << int(ReasonCode::HighVolume)
                                 << QStringLiteral(R"({"calls_per_active_day": 109.5, "active_days": 4})")
                                 << QStringLiteral("109.5 outgoing calls per active day over 4 days")
                                 << QStringLiteral("4 个活跃日内平均每日呼出 109.5 次");
    QTest::newRow("whole number per day")
        << int(ReasonCode::HighVolume) << QStringLiteral(R"({"calls_per_active_day": 113, "active_days": 4})")
        << QStringLiteral("113.0 outgoing calls per active day over 4 days")
        << QStringLiteral("4 个活跃日内平均每日呼出 113.0 次");
    QTest::newRow("no callbacks") << int(ReasonCode::NoCallbacks)
                                  << QStringLiteral(R"({"reciprocity": 0.012, "distinct_callees": 344})")
                                  << QStringLiteral("only 1.2% of 344 callees ever called back")
                                  << QStringLiteral("344 个被叫中仅 1.2% 曾回拨");
    QTest::newRow("pacing") << int(ReasonCode::MachinePacing) << QStringLiteral(R"({"gap_cv": 0.15})")
                            << QStringLiteral("gaps between calls vary by only 15% (auto-dialler pacing)")
                            << QStringLiteral("呼叫间隔的波动仅 15%（自动拨号器的节奏）");
    QTest::newRow("one complainant") << int(ReasonCode::Complaints)
                                     << QStringLiteral(R"({"complainants": 1})")
                                     << QStringLiteral("1 complainant") << QStringLiteral("被 1 人投诉");
    QTest::newRow("service number") << int(ReasonCode::ServiceNumberMarketing)
                                    << QStringLiteral(R"({"number_type": "service_400"})")
                                    << QStringLiteral("outbound calling from a 400 number")
                                    << QStringLiteral("使用400 号码对外呼叫");
    // The chance as a reader writes it, never "10^-22.5".
    QTest::newRow("list, small chance")
        << int(ReasonCode::LeakedListCallees)
        << QStringLiteral(R"({"list": "leak_a", "list_callees": 84, "distinct_callees": 173, "lift": 2.9,
                              "log10_p": -22.5})")
        << QStringLiteral(
               "84 of 173 callees are in the leaked list “leak_a”, 2.9 times chance (p ≈ 3.2 × 10⁻²³)")
        << QStringLiteral("173 个被叫中有 84 个在泄露名单“leak_a”中，为随机水平的 2.9 倍（p ≈ 3.2 × 10⁻²³）");
    QTest::newRow("list, chance below a double")
        << int(ReasonCode::LeakedListCallees)
        << QStringLiteral(R"({"list": "leak_b", "list_callees": 384, "distinct_callees": 384, "lift": 4.6,
                              "log10_p": -999})")
        << QStringLiteral("384 of 384 callees are in the leaked list “leak_b”, 4.6 times chance (p < 10⁻³⁰⁰)")
        << QStringLiteral("384 个被叫中有 384 个在泄露名单“leak_b”中，为随机水平的 4.6 倍（p < 10⁻³⁰⁰）");
    QTest::newRow("list, ordinary chance")
        << int(ReasonCode::LeakedListCallees)
        << QStringLiteral(R"({"list": "leak_c", "list_callees": 9, "distinct_callees": 40, "lift": 1.6,
                              "log10_p": -2.3})")
        << QStringLiteral("9 of 40 callees are in the leaked list “leak_c”, 1.6 times chance (p ≈ 0.005)")
        << QStringLiteral("40 个被叫中有 9 个在泄露名单“leak_c”中，为随机水平的 1.6 倍（p ≈ 0.005）");
}

void TestFindings::describeReason()
{
    QFETCH(int, code);
    QFETCH(QString, params);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const QJsonObject stored{{QStringLiteral("code"), dt::analysis::code(ReasonCode(code))},
                             {QStringLiteral("weight"), 0.2},
                             {QStringLiteral("params"), QJsonDocument::fromJson(params.toUtf8()).object()}};
    QJsonObject suspect{{QStringLiteral("reasons"), QJsonArray{stored}}};
    const Suspect s = FindingsJson::suspectFromJson(suspect);
    QCOMPARE(describe(s.reasons.front(), Language::English), english);
    QCOMPARE(describe(s.reasons.front(), Language::Chinese), chinese);
    // The stored JSON carries the English sentence and the figures it was made from.
    const QJsonObject written =
        FindingsJson::toJson(s).value(QStringLiteral("reasons")).toArray().at(0).toObject();
    QCOMPARE(written.value(QStringLiteral("text")).toString(), english);
    QCOMPARE(written.value(QStringLiteral("params")).toObject(),
             stored.value(QStringLiteral("params")).toObject());
}

void TestFindings::everyCodeHasChineseWords()
{
    // A display name or sentence in Chinese is Chinese: no English word in it (codes, numbers and
    // proper names such as IMEI and Jaccard aside).
    static const QRegularExpression englishWord(
        QStringLiteral("\\b(?!IMEI\\b|Jaccard\\b|PBX\\b)[A-Za-z]{3,}\\b"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    auto chinese = [&](const QString &s) {
        QVERIFY2(s.contains(han) && !s.contains(englishWord), qPrintable(s));
    };
    for (int i = 0; i <= int(Category::PossibleFraud); ++i)
        chinese(displayName(Category(i), Language::Chinese));
    for (int i = 0; i <= int(ReasonCode::LegitimatePattern); ++i) {
        chinese(displayName(ReasonCode(i), Language::Chinese));
        Reason r;
        r.code = ReasonCode(i);
        r.figures.set(Figure::NumberType, QStringLiteral("service_95"));
        chinese(describe(r, Language::Chinese));
    }
    for (int i = 0; i <= int(LinkType::ListTakeover); ++i) {
        chinese(displayName(LinkType(i), Language::Chinese));
        EvidenceLink l;
        l.type = LinkType(i);
        l.imei = QStringLiteral("867531049699552");
        l.cell = QStringLiteral("28672-40617");
        const QString figures = describeFigures(l, Language::Chinese);
        QVERIFY2(!figures.contains(englishWord), qPrintable(figures));
    }
    for (int i = 0; i <= int(ViolationType::AutodialVolume); ++i) {
        chinese(displayName(ViolationType(i), Language::Chinese));
        Violation v;
        v.type = ViolationType(i);
        v.figures.set(Figure::NumberType, QStringLiteral("service_96"));
        chinese(describe(v, Language::Chinese));
    }
    for (const char *t : {"mobile", "virtual_mobile", "data_only", "landline", "local_no_area_code",
                          "short_group", "service_95", "service_96", "service_400", "service_800", "sms_port",
                          "short_public", "international", "opaque", "email", "junk"})
        chinese(displayName(Vocabulary::NumberType, QLatin1String(t), Language::Chinese));
    for (const char *t : {"callable", "unreliable", "not_callable", "unknown"})
        chinese(displayName(Vocabulary::Callability, QLatin1String(t), Language::Chinese));
    for (const char *t :
         {"masking", "unmasking", "dropped:id_card", "renamed:city (所在城市 → 城市)", "header_added"})
        chinese(displayName(Vocabulary::Transformation, QString::fromUtf8(t), Language::Chinese));
    for (const char *t : {"information_loss", "dates", "size"})
        chinese(displayName(Vocabulary::DirectionBasis, QLatin1String(t), Language::Chinese));
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
