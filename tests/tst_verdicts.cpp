// The analyst's verdicts on numbers: recorded with a reason (audited, sealed), applied by the next
// analysis run whatever the number's score, named in the number's reasons, the run's parameters and
// the report, and taken off again.
#include "analysis/describe.h"
#include "analysis/detection.h"
#include "analysis/numberstable.h"
#include "case/casefile.h"
#include "case/verdictoverrides.h"
#include "case/verifier.h"
#include "report/report.h"
#include "samplebuild.h"
#include "testutil.h"

#include <QTest>

using namespace dt;
using namespace dt::analysis;

class TestVerdicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void judgementDecidesTheVerdict_data();
    void judgementDecidesTheVerdict();
    void clearingGivesTheComputedVerdictBack();
    void badJudgementsRefused_data();
    void badJudgementsRefused();
    void auditedAndSealed();
    void reportNamesTheJudgements();
    void commandLine();

private:
    Findings analyse();
    const Suspect *find(const Findings &f, const QString &key, bool *flagged) const;
    QTemporaryDir m_dir;
    QString m_case;
    QString m_legitimate; ///< judged legitimate by the analysis (a bulk caller of the public)
    QString m_suspect;    ///< a suspect of an operator, with violations
};

Findings TestVerdicts::analyse()
{
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    if (!cf || Detector::analyzeCase(*cf, {}, &error) <= 0) {
        qWarning() << error;
        return {};
    }
    return Detector::latestFindings(*cf, &error);
}

const Suspect *TestVerdicts::find(const Findings &f, const QString &key, bool *flagged) const
{
    for (const Suspect &s : f.suspects)
        if (s.key == key) {
            *flagged = true;
            return &s;
        }
    for (const Suspect &s : f.legitimate)
        if (s.key == key) {
            *flagged = false;
            return &s;
        }
    return nullptr;
}

void TestVerdicts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    QJsonObject truth;
    m_case = dttest::buildSampleCase(m_dir.path(), 1, &truth, QStringLiteral("hard"));
    QVERIFY(!m_case.isEmpty());
    const Findings f = analyse();
    QVERIFY(!f.legitimate.empty() && !f.operators.empty() && !f.violations.empty());
    // A legitimate bulk caller of the public, and a suspect both in an operator and in a violation.
    for (const Suspect &s : f.legitimate)
        if (s.legitimate && m_legitimate.isEmpty())
            m_legitimate = s.key;
    for (const Violation &v : f.violations)
        for (const Operator &o : f.operators)
            if (m_suspect.isEmpty() && o.numbers.contains(v.number))
                m_suspect = v.number;
    QVERIFY(!m_legitimate.isEmpty() && !m_suspect.isEmpty());
}

void TestVerdicts::judgementDecidesTheVerdict_data()
{
    QTest::addColumn<bool>("ofSuspect"); // judge the suspect (else the legitimate caller)
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("legitimate caller judged a suspect")
        << false << "suspect" << QStringLiteral("反诈中心核实：冒充医院预约提醒");
    QTest::newRow("suspect judged legitimate")
        << true << "legitimate" << QStringLiteral("the bank's own line");
    // The same verdict as computed: recorded and named, nothing else changes.
    QTest::newRow("suspect confirmed") << true << "suspect" << QStringLiteral("confirmed by the carrier");
}

void TestVerdicts::judgementDecidesTheVerdict()
{
    QFETCH(bool, ofSuspect);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    const QString key = ofSuspect ? m_suspect : m_legitimate;
    // Any spelling of the number: the national form here.
    const QString typed = key.startsWith(QLatin1String("+86")) ? key.mid(3) : key;
    QString error;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        QVERIFY2(VerdictOverrides::set(*cf, typed, verdict, reason, &error), qPrintable(error));
    }
    const Findings f = analyse();
    bool flagged = false;
    const Suspect *s = find(f, key, &flagged);
    QVERIFY(s);
    const bool wantSuspect = verdict == QLatin1String("suspect");
    QCOMPARE(flagged, wantSuspect);
    QCOMPARE(s->analystVerdict, wantSuspect ? AnalystVerdict::Suspect : AnalystVerdict::Legitimate);
    // The reason names the judgement, the analyst's words and who; the other reasons stay.
    QVERIFY(s->reasons.size() >= 2);
    const Reason &r = s->reasons.last();
    QCOMPARE(r.code, ReasonCode::AnalystJudgement);
    QCOMPARE(r.figures.text(Figure::Note), reason);
    QVERIFY(!r.figures.text(Figure::Analyst).isEmpty());
    QVERIFY(describe(r, Language::Chinese)
                .contains(wantSuspect ? QStringLiteral("嫌疑") : QStringLiteral("合法")));
    QVERIFY(describe(r, Language::Chinese).contains(reason));
    // The run records what it rested on.
    const QJsonObject judged = f.run.parameters.value(QStringLiteral("analyst_verdicts")).toObject();
    QCOMPARE(judged.value(key).toObject().value(QStringLiteral("verdict")).toString(), verdict);
    // A legitimate number is in no operator and breaks no rule; a suspect joins the numbers view's suspects.
    bool inOperator = false, inViolation = false;
    for (const Operator &o : f.operators)
        inOperator = inOperator || o.numbers.contains(key);
    for (const Violation &v : f.violations)
        inViolation = inViolation || v.number == key;
    if (!wantSuspect) {
        QVERIFY(!inOperator);
        QVERIFY(!inViolation);
    }
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    NumbersTable table;
    QVERIFY2(NumbersTable::build(cf->db(), std::make_shared<Findings>(f), cf->clock(), &table, &error),
             qPrintable(error));
    bool seen = false;
    for (const NumberRow &row : table.rows())
        if (row.key == key) {
            seen = true;
            QCOMPARE(row.verdict, wantSuspect ? Verdict::Suspect : Verdict::Legitimate);
        }
    QVERIFY(seen);
    cf.reset();
    auto rw = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(VerdictOverrides::clear(*rw, key, &error), qPrintable(error));
}

void TestVerdicts::clearingGivesTheComputedVerdictBack()
{
    QString error;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(
            VerdictOverrides::set(*cf, m_legitimate, QStringLiteral("suspect"), QStringLiteral("x"), &error),
            qPrintable(error));
        QVERIFY2(VerdictOverrides::clear(*cf, m_legitimate, &error), qPrintable(error));
        QVERIFY(VerdictOverrides::all(cf->db()).isEmpty());
        // Nothing left to clear: said so.
        QVERIFY(!VerdictOverrides::clear(*cf, m_legitimate, &error));
        QVERIFY(error.contains(m_legitimate));
    }
    const Findings f = analyse();
    bool flagged = true;
    const Suspect *s = find(f, m_legitimate, &flagged);
    QVERIFY(s);
    QVERIFY(!flagged);
    QCOMPARE(s->analystVerdict, AnalystVerdict::None);
    QVERIFY(!f.run.parameters.contains(QStringLiteral("analyst_verdicts")));
}

void TestVerdicts::badJudgementsRefused_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("no reason") << QString() << "suspect"
                               << "  "
                               << "reason";
    QTest::newRow("not a verdict") << QString() << "maybe"
                                   << "r"
                                   << "not a verdict";
    QTest::newRow("not in the case") << "13900000000"
                                     << "suspect"
                                     << "r"
                                     << "no number";
}

void TestVerdicts::badJudgementsRefused()
{
    QFETCH(QString, number);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    QFETCH(QString, phrase);
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    const qint64 audited = cf->audit().entries().size();
    QVERIFY(!VerdictOverrides::set(*cf, number.isEmpty() ? m_suspect : number, verdict, reason, &error));
    QVERIFY2(error.contains(phrase), qPrintable(error));
    QVERIFY(VerdictOverrides::all(cf->db()).isEmpty());
    QCOMPARE(cf->audit().entries().size(), audited);
}

void TestVerdicts::auditedAndSealed()
{
    QString error;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(VerdictOverrides::set(*cf, m_legitimate, QStringLiteral("suspect"),
                                       QStringLiteral("seen at the scene"), &error),
                 qPrintable(error));
        const AuditEntry last = cf->audit().entries().last();
        QCOMPARE(last.action, QStringLiteral("verdict"));
        QVERIFY(last.details.contains(QStringLiteral("seen at the scene")));
        QVERIFY(last.details.contains(m_legitimate));
    }
    QVERIFY(CaseVerifier::verify(m_case).ok);
    const QString copy = m_dir.filePath(QStringLiteral("tampered.dtcase"));
    QVERIFY(QFile::copy(m_case, copy));
    {
        Database db; // the sqlite3 shell's view
        QVERIFY(db.open(copy, Database::OpenMode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("UPDATE verdict_overrides SET verdict = 'legitimate'")));
    }
    const VerifyResult r = CaseVerifier::verify(copy);
    QVERIFY(!r.ok);
    QVERIFY2(r.changes.join(QLatin1Char('\n')).contains(QStringLiteral("verdict_overrides")),
             qPrintable(r.changes.join(QLatin1Char('\n'))));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(VerdictOverrides::clear(*cf, m_legitimate, &error), qPrintable(error));
    QCOMPARE(cf->audit().entries().last().action, QStringLiteral("clear-verdict"));
}

void TestVerdicts::reportNamesTheJudgements()
{
    QString error;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(VerdictOverrides::set(*cf, m_legitimate, QStringLiteral("suspect"),
                                       QStringLiteral("冒充医院"), &error),
                 qPrintable(error));
    }
    analyse();
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    for (const QString &lang : {QStringLiteral("zh"), QStringLiteral("en")}) {
        report::ReportOptions opt;
        opt.lang = lang;
        opt.audience = QStringLiteral("internal");
        QString html;
        QVERIFY2(report::Report::html(*cf, opt, QStringLiteral("fp"), QStringLiteral("00"), &html, &error),
                 qPrintable(error));
        const bool zh = lang == QLatin1String("zh");
        QVERIFY(html.contains(zh ? QStringLiteral("分析员判定") : QStringLiteral("The analyst")));
        QVERIFY(html.contains(zh ? QStringLiteral("嫌疑号码") : QStringLiteral("suspect")));
        QVERIFY(html.contains(QStringLiteral("冒充医院")));
        // The audit appendix names the action in the reader's language, never its code.
        const QString audit = html.mid(html.indexOf(QStringLiteral("id=\"audit\"")));
        QVERIFY(audit.contains(zh ? QStringLiteral("<td>记录分析员判定</td>")
                                  : QStringLiteral("verdict recorded</td>")));
        QVERIFY(!audit.contains(QStringLiteral("<td>verdict</td>")));
    }
    cf.reset();
    auto rw = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(VerdictOverrides::clear(*rw, m_legitimate, &error), qPrintable(error));
}

void TestVerdicts::commandLine()
{
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("verdict"), m_case, m_suspect, QStringLiteral("--set"),
                             QStringLiteral("legitimate"), QStringLiteral("--reason"),
                             QStringLiteral("bank line")},
                            &out, &err),
             0);
    QCOMPARE(dttest::runCli({QStringLiteral("verdict"), m_case, QStringLiteral("--json")}, &out, &err), 0);
    const QJsonArray all = QJsonDocument::fromJson(out).object().value(QStringLiteral("verdicts")).toArray();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("number")).toString(), m_suspect);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("bank line"));
    // Usage errors: a verdict without a reason, a word that is no verdict.
    QCOMPARE(dttest::runCli({QStringLiteral("verdict"), m_case, m_suspect, QStringLiteral("--set"),
                             QStringLiteral("suspect")},
                            &out, &err),
             2);
    QCOMPARE(dttest::runCli({QStringLiteral("verdict"), m_case, m_suspect, QStringLiteral("--set"),
                             QStringLiteral("maybe"), QStringLiteral("--reason"), QStringLiteral("r")},
                            &out, &err),
             2);
    QCOMPARE(
        dttest::runCli({QStringLiteral("verdict"), m_case, m_suspect, QStringLiteral("--clear")}, &out, &err),
        0);
    QCOMPARE(
        dttest::runCli({QStringLiteral("verdict"), m_case, m_suspect, QStringLiteral("--clear")}, &out, &err),
        1);
}

QTEST_GUILESS_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
