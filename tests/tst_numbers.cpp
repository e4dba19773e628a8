// The numbers view's table and model (issue 27, triage): every number of the sample case with the
// verdict the latest run gave it, sorted and filtered on its figures.
#include "analysis/detection.h"
#include "analysis/numbersmodel.h"
#include "analysis/numberstable.h"
#include "case/casefile.h"
#include "samplebuild.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
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
    void rowLinesReadBackExactly_data();
    void rowLinesReadBackExactly();
    void malformedRowLinesAreRefused_data();
    void malformedRowLinesAreRefused();
    void workerRowsMakeTheSameTable();

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

namespace {

/// Whether two tables list the same numbers with the same figures and judgements, in the same order.
bool sameRows(const std::vector<NumberRow> &a, const std::vector<NumberRow> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 rows, not %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (size_t k = 0; k < a.size(); ++k) {
        const NumberRow &x = a[k], &y = b[k];
        // Exact equality, doubles included: the worker's figures must be the very same values.
        const bool same = x.key == y.key && x.numberClass == y.numberClass && x.callsOut == y.callsOut &&
                          x.callsIn == y.callsIn && x.distinctCallees == y.distinctCallees &&
                          x.answeredShare == y.answeredShare && x.meanDuration == y.meanDuration &&
                          x.activeDays == y.activeDays && x.nightShare == y.nightShare &&
                          x.complainants == y.complainants && x.calledBackBy == y.calledBackBy &&
                          x.verdict == y.verdict && x.score == y.score && !x.finding == !y.finding &&
                          (!x.finding || x.finding->key == y.finding->key) && x.operatorId == y.operatorId;
        if (!same) {
            *why = QStringLiteral("row %1: %2 differs from %3").arg(k).arg(x.key, y.key);
            return false;
        }
    }
    return true;
}

} // namespace

void TestNumbers::rowLinesReadBackExactly_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("share");
    QTest::newRow("E.164") << QStringLiteral("+8613800138000") << 1.0 / 3;
    QTest::newRow("tab, percent, newline") << QStringLiteral("a\tb%c\nd") << 0.1;
    QTest::newRow("e-mail in Chinese") << QStringLiteral("张三@例子.中国") << 2.0 / 7;
    QTest::newRow("tiny share") << QStringLiteral("95588") << 1e-300;
    QTest::newRow("whole") << QStringLiteral("12345") << 1.0;
}

void TestNumbers::rowLinesReadBackExactly()
{
    QFETCH(QString, key);
    QFETCH(double, share);
    NumberRow r;
    r.key = key;
    r.numberClass = 3;
    r.callsOut = 12345678901;
    r.callsIn = 7;
    r.distinctCallees = 5;
    r.answeredShare = share;
    r.meanDuration = share * 97.3;
    r.activeDays = 9;
    r.nightShare = 1 - share;
    r.complainants = 2;
    r.calledBackBy = 1;
    const QByteArray line = NumbersTable::rowLine(r);
    QVERIFY(!line.contains('\n'));
    NumberRow back;
    QVERIFY2(NumbersTable::fromRowLine(line, &back), line.constData());
    QString why;
    QVERIFY2(sameRows({r}, {back}, &why), qPrintable(why));
}

void TestNumbers::malformedRowLinesAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a progress line") << QByteArray("progress 40");
    QTest::newRow("a field short") << QByteArray("%2B861\t0\t1\t2\t3\t0.5\t10\t1\t0\t0");
    QTest::newRow("a field more") << QByteArray("%2B861\t0\t1\t2\t3\t0.5\t10\t1\t0\t0\t0\t0");
    QTest::newRow("a count not a number") << QByteArray("%2B861\t0\tx\t2\t3\t0.5\t10\t1\t0\t0\t0");
    QTest::newRow("no key") << QByteArray("\t0\t1\t2\t3\t0.5\t10\t1\t0\t0\t0");
}

void TestNumbers::malformedRowLinesAreRefused()
{
    QFETCH(QByteArray, line);
    NumberRow r;
    QVERIFY(!NumbersTable::fromRowLine(line, &r));
}

void TestNumbers::workerRowsMakeTheSameTable()
{
    // What the GUI does: `numbers --rows` in a dialtrace-cli process, its lines judged here with the
    // findings; the same table as build() in this process.
    QProcess cli;
    cli.start(QStringLiteral(DT_CLI_PATH), {QStringLiteral("numbers"), m_path, QStringLiteral("--rows")});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    std::vector<NumberRow> rows;
    qint64 count = -1;
    int progress = -1;
    const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("progress ")) {
            QVERIFY(rows.empty() && count < 0); // progress comes before the rows
            progress = line.mid(9).toInt();
        } else if (line.startsWith("count ")) {
            count = line.mid(6).toLongLong();
        } else {
            NumberRow r;
            QVERIFY2(NumbersTable::fromRowLine(line, &r), line.constData());
            rows.push_back(std::move(r));
        }
    }
    QCOMPARE(progress, 100);
    QCOMPARE(count, qint64(rows.size()));
    const NumbersTable judged = NumbersTable::fromRows(std::move(rows), m_findings);
    QString why;
    QVERIFY2(sameRows(judged.rows(), m_table.rows(), &why), qPrintable(why));
    QCOMPARE(judged.count(Verdict::Suspect), qint64(m_findings->suspects.size()));
}

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
