// The numbers view's table and model (issue 27, triage): every number of the sample case with the
// verdict the latest run gave it, sorted and filtered on its figures.
#include "analysis/detection.h"
#include "analysis/numbersmodel.h"
#include "analysis/numberstable.h"
#include "case/casefile.h"
#include "samplebuild.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::analysis;

class TestNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdictsMatchTheRun();
    void everyCallIsCounted();
    void profilesMatchTheRun();
    void withoutRunEveryNumberIsOrdinary();
    void cancelled();
    void reasonsInTheLanguage();
    void select_data();
    void select();
    void json();
    void model();
    void modelPresets_data();
    void modelPresets();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const Findings> m_findings;
    NumbersTable m_table;
    qint64 m_calls = 0;
};

void TestNumbers::initTestCase()
{
    QJsonObject truth;
    m_path = dttest::buildSampleCase(m_dir.path(), 1, &truth);
    QVERIFY(!m_path.isEmpty());
    QString error;
    auto cf = CaseFile::open(m_path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    m_findings = std::make_shared<const Findings>(Detector::latestFindings(*cf, &error));
    QVERIFY(!m_findings->suspects.empty());
    QVERIFY(!m_findings->legitimate.empty());
    QVERIFY2(NumbersTable::build(cf->db(), m_findings, cf->clock(), &m_table, &error), qPrintable(error));
    m_calls = cf->db().scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    QVERIFY(m_calls > 0);
}

void TestNumbers::verdictsMatchTheRun()
{
    // As many suspects and "high-volume numbers judged legitimate" as the analysis summary says,
    // each listed under its verdict, with its score, reasons and operator.
    QCOMPARE(m_table.count(Verdict::Suspect), qint64(m_findings->suspects.size()));
    QCOMPARE(m_table.count(Verdict::Legitimate), qint64(m_findings->legitimate.size()));
    QCOMPARE(m_table.count(Verdict::Ordinary),
             qint64(m_table.rows().size()) -
                 qint64(m_findings->suspects.size() + m_findings->legitimate.size()));
    QHash<QString, const NumberRow *> byKey;
    for (const NumberRow &r : m_table.rows()) {
        QVERIFY2(!byKey.contains(r.key), qPrintable(r.key)); // each number once
        byKey.insert(r.key, &r);
    }
    for (const Suspect &s : m_findings->suspects) {
        const NumberRow *r = byKey.value(s.key);
        QVERIFY2(r, qPrintable(s.key));
        QCOMPARE(r->verdict, Verdict::Suspect);
        QCOMPARE(r->score, s.score);
        QCOMPARE(NumbersTable::reasons(*r, Language::English).size(), s.reasons.size());
        const Operator *o = m_findings->operatorOf(s.key);
        QCOMPARE(r->operatorId, o ? o->id : QString());
    }
    for (const Suspect &s : m_findings->legitimate) {
        const NumberRow *r = byKey.value(s.key);
        QVERIFY2(r, qPrintable(s.key));
        QCOMPARE(r->verdict, Verdict::Legitimate);
        QVERIFY(!NumbersTable::reasons(*r, Language::English).isEmpty());
    }
    for (const NumberRow &r : m_table.rows())
        if (r.verdict == Verdict::Ordinary)
            QVERIFY(!r.finding && r.score < 0 && NumbersTable::reasons(r, Language::English).isEmpty());
}

void TestNumbers::everyCallIsCounted()
{
    // Every call has its caller's and its callee's row: the table leaves no party out.
    qint64 out = 0, in = 0;
    for (const NumberRow &r : m_table.rows()) {
        out += r.callsOut;
        in += r.callsIn;
        QVERIFY(r.callsOut > 0 || r.callsIn > 0 || r.complainants > 0);
        QVERIFY(r.distinctCallees <= r.callsOut);
        QVERIFY(r.calledBackBy <= r.distinctCallees);
        QVERIFY(r.answeredShare >= 0 && r.answeredShare <= 1);
    }
    QCOMPARE(out, m_calls);
    QCOMPARE(in, m_calls);
}

void TestNumbers::profilesMatchTheRun()
{
    // The figures of a scored number are the ones its reasons were made from.
    for (const auto *list : {&m_findings->suspects, &m_findings->legitimate}) {
        for (const Suspect &s : *list) {
            const auto it = std::find_if(m_table.rows().begin(), m_table.rows().end(),
                                         [&](const NumberRow &r) { return r.key == s.key; });
            QVERIFY(it != m_table.rows().end());
            QCOMPARE(it->callsOut, s.profile.callsOut);
            QCOMPARE(it->callsIn, s.profile.callsIn);
            QCOMPARE(it->distinctCallees, s.profile.distinctCallees);
            QCOMPARE(it->activeDays, s.profile.activeDays);
            QCOMPARE(it->complainants, s.profile.complainants);
            QVERIFY(std::abs(it->answeredShare - s.profile.answeredShare) < 0.0006);
            QVERIFY(std::abs(it->nightShare - s.profile.nightShare) < 0.0006);
        }
    }
}

void TestNumbers::withoutRunEveryNumberIsOrdinary()
{
    QString error;
    auto cf = CaseFile::open(m_path, CaseFile::Access::ReadOnly, &error);
    QVERIFY(cf);
    NumbersTable t;
    QVERIFY2(NumbersTable::build(cf->db(), nullptr, cf->clock(), &t, &error), qPrintable(error));
    QCOMPARE(t.rows().size(), m_table.rows().size());
    QCOMPARE(t.count(Verdict::Ordinary), qint64(t.rows().size()));
    QVERIFY(t.findings() && t.findings()->isEmpty());
}

void TestNumbers::cancelled()
{
    QString error;
    auto cf = CaseFile::open(m_path, CaseFile::Access::ReadOnly, &error);
    QVERIFY(cf);
    std::atomic_bool cancel{true};
    NumbersTable t;
    QList<int> progress;
    QVERIFY(!NumbersTable::build(cf->db(), m_findings, cf->clock(), &t, &error, &cancel,
                                 [&](int done, int) { progress << done; }));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(t.rows().empty());
    // Uncancelled, progress climbs to the end.
    cancel = false;
    progress.clear();
    QVERIFY(NumbersTable::build(cf->db(), m_findings, cf->clock(), &t, &error, &cancel,
                                [&](int done, int) { progress << done; }));
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.last(), 100);
}

void TestNumbers::reasonsInTheLanguage()
{
    const NumberRow *r = nullptr;
    for (const NumberRow &x : m_table.rows())
        if (x.verdict == Verdict::Suspect)
            r = &x;
    QVERIFY(r);
    const QStringList en = NumbersTable::reasons(*r, Language::English);
    const QStringList zh = NumbersTable::reasons(*r, Language::Chinese);
    QCOMPARE(zh.size(), en.size());
    QVERIFY(en != zh);
    QCOMPARE(en.first(), describe(r->finding->reasons.first(), Language::English));
    QVERIFY(zh.first().contains(QRegularExpression(QStringLiteral("\\d")))); // with its figures
}

void TestNumbers::select_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("all by calls out") << -1 << QString() << "calls_out" << true;
    QTest::newRow("legitimate by callees") << int(Verdict::Legitimate) << QString() << "callees" << true;
    QTest::newRow("suspects by score, ascending") << int(Verdict::Suspect) << QString() << "score" << false;
    QTest::newRow("text +86138 by complaints") << -1 << QStringLiteral("+86138") << "complaints" << true;
    QTest::newRow("operator OPR-001 by number") << -1 << QStringLiteral("opr-001") << "number" << false;
}

void TestNumbers::select()
{
    QFETCH(int, verdict);
    QFETCH(QString, text);
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    NumberSort key;
    QVERIFY(fromCode(sort, &key));
    QCOMPARE(code(key), sort);
    NumberFilter f;
    f.verdict = verdict;
    f.text = text;
    const std::vector<int> rows = m_table.select(f, key, descending);
    QVERIFY(!rows.empty());
    qint64 expected = 0;
    for (const NumberRow &r : m_table.rows())
        expected += NumbersTable::matches(r, f);
    QCOMPARE(qint64(rows.size()), expected);
    auto value = [&](const NumberRow &r) -> double {
        switch (key) {
        case NumberSort::CallsOut:
            return double(r.callsOut);
        case NumberSort::DistinctCallees:
            return double(r.distinctCallees);
        case NumberSort::Score:
            return r.score;
        case NumberSort::Complaints:
            return double(r.complainants);
        default:
            return 0;
        }
    };
    for (size_t k = 0; k < rows.size(); ++k) {
        const NumberRow &r = m_table.rows()[size_t(rows[k])];
        if (verdict >= 0)
            QCOMPARE(int(r.verdict), verdict);
        if (!text.isEmpty())
            QVERIFY(r.key.contains(text, Qt::CaseInsensitive) ||
                    r.operatorId.contains(text, Qt::CaseInsensitive));
        if (k == 0)
            continue;
        const NumberRow &prev = m_table.rows()[size_t(rows[k - 1])];
        if (key == NumberSort::Number)
            QVERIFY(prev.key < r.key);
        else
            QVERIFY2(descending ? value(prev) >= value(r) : value(prev) <= value(r), qPrintable(r.key));
    }
    QCOMPARE(m_table.select(f, key, descending, 2).size(), std::min<size_t>(2, rows.size()));
}

void TestNumbers::json()
{
    const std::vector<int> top = m_table.select({int(Verdict::Suspect), -1, {}}, NumberSort::Score, true, 1);
    QCOMPARE(top.size(), size_t(1));
    const NumberRow &r = m_table.rows()[size_t(top.front())];
    const QJsonObject o = NumbersTable::toJson(r);
    QCOMPARE(o.value(QStringLiteral("number")).toString(), r.key);
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("suspect"));
    QCOMPARE(o.value(QStringLiteral("calls_out")).toInteger(), r.callsOut);
    QCOMPARE(o.value(QStringLiteral("category")).toString(), code(r.finding->category));
    QCOMPARE(o.value(QStringLiteral("reasons")).toArray().size(), r.finding->reasons.size());
    const NumberRow *ordinary = nullptr;
    for (const NumberRow &x : m_table.rows())
        if (x.verdict == Verdict::Ordinary)
            ordinary = &x;
    QVERIFY(ordinary);
    const QJsonObject p = NumbersTable::toJson(*ordinary);
    QVERIFY(p.value(QStringLiteral("score")).isNull());
    QVERIFY(p.value(QStringLiteral("reasons")).toArray().isEmpty());
}

void TestNumbers::model()
{
    NumbersModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 0);
    auto table = std::make_shared<const NumbersTable>(m_table);
    m.setTable(table);
    QCOMPARE(m.rowCount(), int(m_table.rows().size()));
    // Legitimate only: the numbers the analysis judged legitimate, each once.
    m.setFilter({int(Verdict::Legitimate), -1, {}});
    QCOMPARE(m.rowCount(), int(m_findings->legitimate.size()));
    QSet<QString> shown;
    for (int k = 0; k < m.rowCount(); ++k)
        shown.insert(m.index(k, 0).data(NumbersModel::NumberRole).toString());
    for (const Suspect &s : m_findings->legitimate)
        QVERIFY(shown.contains(s.key));
    QCOMPARE(m.index(0, NumbersModel::Verdict).data(NumbersModel::VerdictRole).toString(),
             QStringLiteral("legitimate"));
    QVERIFY(!m.index(0, NumbersModel::Reasons).data().toString().isEmpty());
    // A selected row follows its number through a sort.
    m.setFilter({});
    m.sort(NumbersModel::CallsOut, Qt::DescendingOrder);
    const QPersistentModelIndex top = m.index(0, 0);
    const QString topKey = top.data().toString();
    m.sort(NumbersModel::CallsOut, Qt::AscendingOrder);
    QCOMPARE(top.row(), m.rowCount() - 1);
    QCOMPARE(top.data().toString(), topKey);
    QCOMPARE(m.rowOf(topKey), top.row());
    // Chinese verdicts and reasons.
    m.setFilter({int(Verdict::Suspect), -1, {}});
    m.setLanguage(Language::Chinese);
    QCOMPARE(m.index(0, NumbersModel::Verdict).data().toString(), QStringLiteral("可疑"));
    QCOMPARE(m.index(0, NumbersModel::Reasons).data().toString(),
             NumbersTable::reasons(*m.rowAt(0), Language::Chinese).join(QStringLiteral("；")));
    m.setTable(nullptr);
    QCOMPARE(m.rowCount(), 0);
}

void TestNumbers::modelPresets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("column");
    QTest::newRow("top talkers") << int(NumbersModel::Preset::TopTalkers) << int(NumbersModel::CallsOut);
    QTest::newRow("most callees") << int(NumbersModel::Preset::MostCallees)
                                  << int(NumbersModel::DistinctCallees);
    QTest::newRow("most complained about")
        << int(NumbersModel::Preset::MostComplained) << int(NumbersModel::Complainants);
}

void TestNumbers::modelPresets()
{
    QFETCH(int, preset);
    QFETCH(int, column);
    QCOMPARE(int(NumbersModel::presetColumn(NumbersModel::Preset(preset))), column);
    NumbersModel m;
    m.setTable(std::make_shared<const NumbersTable>(m_table));
    m.sort(column, Qt::DescendingOrder);
    // The first row holds the largest figure of the case.
    qint64 most = 0;
    for (const NumberRow &r : m_table.rows())
        most = std::max(most, column == NumbersModel::CallsOut          ? r.callsOut
                              : column == NumbersModel::DistinctCallees ? r.distinctCallees
                                                                        : r.complainants);
    QVERIFY(most > 0);
    QCOMPARE(m.index(0, column).data(Qt::EditRole).toLongLong(), most);
}

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
