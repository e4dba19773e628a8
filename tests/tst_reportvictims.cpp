// The appendix's "its victims in LIST" tables: for every operator, the first records of its best
// list (by line) whose phone one of the operator's numbers called, as SQL over the calls finds
// them. Several operators of a case dial the same list; the report reads each list once and keeps
// what it learnt of each phone for the next operator, so a phone called by one operator must
// never be counted for another.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/database.h"
#include "report/report.h"
#include "samplebuild.h"

#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::report;

class TestReportVictims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void victimsAsSqlFindsThem_data();
    void victimsAsSqlFindsThem();

private:
    QTemporaryDir m_dir;
    QMap<quint64, QString> m_cases; // by seed
};

void TestReportVictims::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    for (const quint64 seed : {quint64(2026), quint64(7)}) {
        QJsonObject truth;
        const QString path = dttest::buildSampleCase(m_dir.path(), seed, &truth, QStringLiteral("hard"));
        QVERIFY(!path.isEmpty());
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(cf, qPrintable(error));
        QVERIFY2(analysis::Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
        m_cases.insert(seed, path);
    }
}

void TestReportVictims::victimsAsSqlFindsThem_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("maxSupporting");
    for (const quint64 seed : {quint64(2026), quint64(7)})
        for (const int limit : {10, 3, 40})
            QTest::addRow("seed %llu, %d records", seed, limit) << seed << limit;
}

void TestReportVictims::victimsAsSqlFindsThem()
{
    QFETCH(quint64, seed);
    QFETCH(int, maxSupporting);
    QString error;
    auto cf = CaseFile::open(m_cases.value(seed), CaseFile::Access::ReadOnly, &error);
    QVERIFY2(cf, qPrintable(error));
    const analysis::Findings f = analysis::Detector::latestFindings(*cf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ReportOptions opt;
    opt.lang = QStringLiteral("en");
    opt.audience = QStringLiteral("internal");
    opt.maxSupporting = maxSupporting;
    QString html;
    QVERIFY2(Report::html(*cf, opt, QStringLiteral("f"), QString(64, QLatin1Char('0')), &html, &error),
             qPrintable(error));

    QMap<QString, int> operatorsOfList;
    int checked = 0;
    for (const analysis::Operator &o : f.operators) {
        if (o.leaks.empty() || !o.leaks.front().significant)
            continue;
        const QString list = o.leaks.front().source;
        ++operatorsOfList[list];
        // What the report shows: the "file:line" cells of the operator's table.
        const QString title = QStringLiteral("Operator %1: its victims in %2").arg(o.id, list);
        const qsizetype at = html.indexOf(title);
        QVERIFY2(at >= 0, qPrintable(title));
        const qsizetype end = html.indexOf(QLatin1String("</table>"), at);
        const QString table = html.mid(at, end - at);
        QStringList shown;
        static const QRegularExpression cell(QStringLiteral("<tr><td>([^<:]+:\\d+)</td>"));
        for (auto m = cell.globalMatch(table); m.hasNext();)
            shown << m.next().captured(1);

        // What SQL over the calls finds.
        QStringList marks;
        for (qsizetype i = 0; i < o.numbers.size(); ++i)
            marks << QStringLiteral("?");
        Statement s = cf->db().prepare(
            QStringLiteral("SELECT src.file_name || ':' || l.line FROM leak_records l JOIN sources src ON "
                           "src.id = l.source_id WHERE src.name = ? AND l.phone IN (SELECT c.callee FROM calls c "
                           "JOIN numbers n ON n.id = c.caller WHERE n.value IN (%1)) ORDER BY l.line, l.id LIMIT %2")
                .arg(marks.join(QLatin1Char(',')))
                .arg(maxSupporting));
        s.bind(1, list);
        for (qsizetype i = 0; i < o.numbers.size(); ++i)
            s.bind(int(i) + 2, o.numbers.at(i));
        QStringList expected;
        while (s.step())
            expected << s.text(0);
        QVERIFY(s.ok());
        QVERIFY2(!expected.isEmpty(), qPrintable(o.id));
        QCOMPARE(shown, expected);
        ++checked;
    }
    QVERIFY(checked >= 2);
    // The case this guards: one list, the best of more than one operator.
    const QList<int> counts = operatorsOfList.values();
    QVERIFY2(*std::max_element(counts.begin(), counts.end()) >= 2, "no list is dialled by two operators");
}

QTEST_GUILESS_MAIN(TestReportVictims)
#include "tst_reportvictims.moc"
