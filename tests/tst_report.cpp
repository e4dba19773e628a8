// Evidence reports on the sample investigation: the HTML against a golden file (timestamps, keys and
// the analyst normalised), the PDF through pdftotext (figures and Chinese headings), no unmasked
// phone or ID number in a trainer report, the findings section byte for byte across runs, and
// `verify` failing after one byte changes or the manifest is re-signed by someone else.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "ingest/importer.h"
#include "report/previewexcerpt.h"
#include "report/report.h"
#include "report/signing.h"
#include "samplebuild.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::report;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void masking_data();
    void masking();
    void goldenHtml_data();
    void goldenHtml();
    void pdfText();
    void trainerReportHasNoPersonalNumbers_data();
    void trainerReportHasNoPersonalNumbers();
    void findingsSectionIsReproducible();
    void verifyDetectsChanges();
    void cliReportAndVerify();
    void timesInTheCaseZone_data();
    void timesInTheCaseZone();
    void manifestNamesTheLatestRun();
    void previewExcerpt_data();
    void previewExcerpt();
    void previewSplitTables_data();
    void previewSplitTables();

private:
    QString normalised(const QString &html) const;
    QString pdfToText(const QString &pdf);
    QTemporaryDir m_dir;
    QString m_case;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    QJsonObject truth;
    m_case = dttest::buildSampleCase(m_dir.path(), 2026, &truth);
    QVERIFY(!m_case.isEmpty());
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(analysis::Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
}

void TestReport::masking_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("phone");
    QTest::newRow("mobile") << QStringLiteral("+8613812345678") << QStringLiteral("+86138****5678");
    QTest::newRow("landline") << QStringLiteral("+8657187654321") << QStringLiteral("+86571****4321");
    QTest::newRow("service number kept") << QStringLiteral("95566") << QStringLiteral("95566");
    QTest::newRow("400 number") << QStringLiteral("4008123456") << QStringLiteral("400*****56");
    QTest::newRow("foreign") << QStringLiteral("+18305550123") << QStringLiteral("+183****0123");
}

void TestReport::masking()
{
    QFETCH(QString, in);
    QFETCH(QString, phone);
    QCOMPARE(Report::maskPhone(in), phone);
    QCOMPARE(Report::maskIdCard(QStringLiteral("330102199001011234")), QStringLiteral("330102********1234"));
    QCOMPARE(Report::maskName(QString::fromUtf8("张三丰")), QString::fromUtf8("张**"));
}

QString TestReport::normalised(const QString &html) const
{
    QString s = html;
    s.replace(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z")),
              QStringLiteral("TIME"));
    // The run's and the audit entries' times, shown in the case's zone.
    s.replace(
        QRegularExpression(QStringLiteral("(<th[^>]*>(?:Started|Finished|开始|结束)</th><td>)[^<]*(</td>)")),
        QStringLiteral("\\1TIME\\2"));
    s.replace(QRegularExpression(
                  QStringLiteral("(<tr><td>\\d+</td><td>)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(</td>)")),
              QStringLiteral("\\1TIME\\2"));
    // Hashes that depend on times (audit entries) and on the per-machine key.
    s.replace(QRegularExpression(QStringLiteral("<code>[0-9a-f]{16}</code></td></tr>")),
              QStringLiteral("<code>HASH</code></td></tr>"));
    s.replace(QRegularExpression(QStringLiteral("<code>[0-9a-f]{64}</code></td></tr>\\n</table>")),
              QStringLiteral("<code>KEY</code></td></tr>\n</table>"));
    s.replace(QRegularExpression(QStringLiteral("<code>([0-9a-f]{4} ){7}[0-9a-f]{4}</code>")),
              QStringLiteral("<code>FINGERPRINT</code>"));
    // The audit log names the analyst (user@host): not the same on another machine.
    s.replace(QRegularExpression(QStringLiteral("(<tr><td>\\d+</td><td>TIME</td><td>)[^<]*(</td>)")),
              QStringLiteral("\\1ANALYST\\2"));
    s.replace(m_dir.path(), QStringLiteral("TMP"));
    return s;
}

void TestReport::goldenHtml_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("file");
    for (const char *lang : {"en", "zh"})
        for (const char *audience : {"prosecutor", "trainer", "internal"})
            QTest::addRow("%s %s", lang, audience)
                << QString::fromLatin1(lang) << QString::fromLatin1(audience)
                << (QLatin1String(audience) == QLatin1String("prosecutor")
                        ? QStringLiteral("report_sample_%1.html").arg(QLatin1String(lang))
                        : QStringLiteral("report_sample_%1_%2.html")
                              .arg(QLatin1String(lang), QLatin1String(audience)));
}

void TestReport::goldenHtml()
{
    QFETCH(QString, lang);
    QFETCH(QString, audience);
    QFETCH(QString, file);
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    QVERIFY(cf);
    ReportOptions opt;
    opt.lang = lang;
    opt.audience = audience;
    opt.generatedUtc = QStringLiteral("2026-11-01T00:00:00Z");
    QString html;
    QVERIFY2(Report::html(*cf, opt, QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000"),
                          QString(64, QLatin1Char('0')), &html, &error),
             qPrintable(error));
    const QString got = normalised(html);
    const QString golden = QStringLiteral(DT_TEST_DATA_DIR "/golden/") + file;
    if (qEnvironmentVariableIsSet("DT_UPDATE_GOLDEN")) {
        QVERIFY(!dttest::writeFile(golden, got.toUtf8()).isEmpty());
        QSKIP("golden file rewritten");
    }
    QFile f(golden);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(golden + QStringLiteral(" missing (DT_UPDATE_GOLDEN=1)")));
    const QStringList want = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QStringList have = got.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(want.size(), have.size()); ++i)
        QVERIFY2(want.at(i) == have.at(i), qPrintable(QStringLiteral("line %1 differs:\n want: %2\n have: %3")
                                                          .arg(i + 1)
                                                          .arg(want.at(i).left(300), have.at(i).left(300))));
    QCOMPARE(have.size(), want.size());
    // The key figures are there.
    QVERIFY(got.contains(QStringLiteral("leak_loan_app_users")));
    QVERIFY(got.contains(QStringLiteral("leak_insurance_giveaway → leak_resold_compilation")));
    QVERIFY(got.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
}

QString TestReport::pdfToText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    // Qt's PDF text map names a few shared glyphs by their Kangxi-radical code points (⼆ for 二):
    // compatibility normalisation gives the ideographs back.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

void TestReport::pdfText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY(cf);
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QJsonObject manifest;
    QVERIFY2(Report::write(*cf, pdf, ReportOptions(), &manifest, &error), qPrintable(error));
    const QString text = pdfToText(pdf);
    for (const char *needle : {"证据报告", "二、数据来源及完整性", "四、分析结论", "名单转卖关系", "附录B",
                               "OPR-001", "leak_loan_app_users", "cdr_carrier.csv", "SHA-256"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
    // The source's SHA-256 is printed in full.
    auto reg = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    const QString sha =
        reg->db().scalar(QStringLiteral("SELECT sha256 FROM sources ORDER BY id LIMIT 1")).toString();
    QVERIFY(text.contains(sha));
    // The export is audited with the report's hash.
    QVERIFY(
        reg->db()
            .scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report' ORDER BY seq DESC"))
            .toString()
            .contains(manifest.value(QStringLiteral("report"))
                          .toObject()
                          .value(QStringLiteral("sha256"))
                          .toString()));
}

void TestReport::trainerReportHasNoPersonalNumbers_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("html") << QStringLiteral("trainer.html");
    QTest::newRow("pdf") << QStringLiteral("trainer.pdf");
}

void TestReport::trainerReportHasNoPersonalNumbers()
{
    QFETCH(QString, file);
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY(cf);
    const QString path = m_dir.filePath(file);
    for (const QString &audience : {QStringLiteral("trainer"), QStringLiteral("internal")}) {
        ReportOptions opt;
        opt.audience = audience;
        opt.lang = QStringLiteral("en");
        QVERIFY2(Report::write(*cf, path, opt, nullptr, &error), qPrintable(error));
        QString text;
        if (file.endsWith(QLatin1String(".pdf"))) {
            text = pdfToText(path);
            if (text.isEmpty())
                QSKIP("pdftotext (poppler-utils) is not installed");
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll());
        }
        static const QRegularExpression phone(
            QStringLiteral("(?<![0-9A-Za-z*])(\\+?86)?1[3-9]\\d{9}(?![0-9A-Za-z*])"));
        static const QRegularExpression idCard(
            QStringLiteral("(?<![0-9A-Za-z*])\\d{17}[0-9Xx](?![0-9A-Za-z*])"));
        const QRegularExpressionMatch p = phone.match(text), id = idCard.match(text);
        if (audience == QLatin1String("trainer")) {
            QVERIFY2(!p.hasMatch(), qPrintable(QStringLiteral("unmasked number ") + p.captured()));
            QVERIFY2(!id.hasMatch(), qPrintable(QStringLiteral("unmasked ID number ") + id.captured()));
        } else {
            QVERIFY2(p.hasMatch(), "the scan must find numbers in an internal report, or it proves nothing");
        }
    }
}

void TestReport::findingsSectionIsReproducible()
{
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY(cf);
    ReportOptions opt;
    QString a, b;
    QVERIFY(Report::html(*cf, opt, QString(), QString(), &a, &error));
    // A new run with the same parameters, a report made later: the same findings, byte for byte.
    QVERIFY(analysis::Detector::analyzeCase(*cf, {}, &error) > 0);
    opt.generatedUtc = QStringLiteral("2030-01-01T00:00:00Z");
    QVERIFY(Report::html(*cf, opt, QString(), QString(), &b, &error));
    QVERIFY(a != b);
    const QByteArray fa = Report::findingsSection(a.toUtf8()), fb = Report::findingsSection(b.toUtf8());
    QVERIFY(fa.size() > 1000);
    QCOMPARE(fa, fb);
}

void TestReport::verifyDetectsChanges()
{
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY(cf);
    const QString path = m_dir.filePath(QStringLiteral("verify.html"));
    QVERIFY(Report::write(*cf, path, ReportOptions(), nullptr, &error));
    QVERIFY(Report::verify(path).ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.size() / 2;
    bytes[at] = char(bytes[at] ^ 0x01);
    f.seek(0);
    f.write(bytes);
    f.close();
    const ReportVerdict changed = Report::verify(path);
    QVERIFY(!changed.ok);
    QVERIFY(!changed.checks.at(1).ok);
    // Re-hashing the changed report into the manifest breaks the signature instead.
    QFile m(Report::manifestPath(path));
    QVERIFY(m.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(m.readAll()).object();
    m.close();
    QJsonObject r = manifest.value(QStringLiteral("report")).toObject();
    r.insert(QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    manifest.insert(QStringLiteral("report"), r);
    QVERIFY(!dttest::writeFile(Report::manifestPath(path), QJsonDocument(manifest).toJson()).isEmpty());
    const ReportVerdict forged = Report::verify(path);
    QVERIFY(!forged.ok);
    auto checkNamed = [&forged](const char *name) {
        for (const auto &c : forged.checks)
            if (c.name == QLatin1String(name))
                return c.ok;
        return false;
    };
    QVERIFY(checkNamed("sha256"));
    QVERIFY(!checkNamed("signature"));
}

void TestReport::timesInTheCaseZone_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("startHeader");
    QTest::addColumn<QString>("auditHeader");
    QTest::newRow("en") << "en"
                        << "Start (Europe/Berlin)"
                        << "Time (Europe/Berlin)";
    QTest::newRow("zh") << "zh"
                        << "开始时间（Europe/Berlin）"
                        << "时间（Europe/Berlin）";
}

void TestReport::timesInTheCaseZone()
{
    // A case in Europe/Berlin: an auto-dialler calling at night in summer and in winter. The report
    // shows each call at Berlin's time that day, with the offset in force, and names the zone.
    QFETCH(QString, lang);
    QFETCH(QString, startHeader);
    QFETCH(QString, auditHeader);
    const QString path = m_dir.filePath(QStringLiteral("berlin-%1.dtcase").arg(lang));
    QByteArray csv = "caller,callee,start,duration\n";
    for (int k = 0; k < 40; ++k) // summer nights and winter nights
        csv += "17012345678,1381000" + QByteArray::number(1000 + k) + ',' +
               (k < 20 ? "2026-07-1" + QByteArray::number(k / 4) + " 22:3" + QByteArray::number(k % 4) + ":00"
                       : "2026-01-1" + QByteArray::number(k / 4 - 5) + " 06:3" + QByteArray::number(k % 4) +
                             ":00") +
               ",0\n";
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("berlin-%1.csv").arg(lang)), csv);
    QString error;
    auto cf = CaseFile::create(path, QStringLiteral("berlin"), &error, QStringLiteral("Europe/Berlin"));
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(ingest::Importer(*cf).importFile(file, {}, nullptr, &error), qPrintable(error));
    QVERIFY2(analysis::Detector::analyzeCase(
                 *cf, QJsonObject{{QStringLiteral("flag_score"), 0.0}, {QStringLiteral("min_calls"), 1}},
                 &error) > 0,
             qPrintable(error));
    ReportOptions opt;
    opt.lang = lang;
    opt.audience = QStringLiteral("internal");
    opt.maxSupporting = 50; // every night call listed
    QString html;
    QVERIFY2(Report::html(*cf, opt, QStringLiteral("f"), QString(64, QLatin1Char('0')), &html, &error),
             qPrintable(error));
    QVERIFY(html.contains(QStringLiteral("Europe/Berlin (UTC+1 / UTC+2)")));
    QVERIFY2(html.contains(QStringLiteral(">%1</th>").arg(startHeader)), qPrintable(startHeader));
    QVERIFY2(html.contains(QStringLiteral(">%1</th>").arg(auditHeader)), qPrintable(auditHeader));
    // The supporting calls of the night-time violation, at Berlin's local time.
    QVERIFY(html.contains(QStringLiteral("<td>2026-07-10 22:30:00 UTC+2</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>2026-01-10 06:30:00 UTC+1</td>")));
    // Nothing in another zone's time, and the run's times labelled too.
    QVERIFY(!html.contains(QStringLiteral("UTC+8")));
    // (The audit log's details are its entries' JSON as recorded and hashed, in UTC.)
    const QString shown = html.left(html.indexOf(QStringLiteral("id=\"audit\"")));
    QVERIFY(!shown.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\dZ"))));
}

void TestReport::cliReportAndVerify()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.html"));
    QByteArray o, e;
    QCOMPARE(dttest::runCli({QStringLiteral("report"), m_case, QStringLiteral("--out"), out,
                             QStringLiteral("--lang"), QStringLiteral("fr")},
                            &o, &e),
             2);
    QVERIFY(e.contains("unknown language"));
    QCOMPARE(dttest::runCli({QStringLiteral("report"), m_case, QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("x.docx"))},
                            &o, &e),
             1);
    QCOMPARE(dttest::runCli({QStringLiteral("report"), m_case, QStringLiteral("--out"), out,
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--audience"),
                             QStringLiteral("trainer")},
                            &o, &e),
             0);
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), out}, &o, &e), 0);
    QVERIFY(o.contains("verified"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::Append));
    f.write(" ");
    f.close();
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), out, QStringLiteral("--json")}, &o, &e), 1);
    QCOMPARE(QJsonDocument::fromJson(o).object().value(QStringLiteral("ok")).toBool(true), false);
    // The case itself still verifies (the report exports are audited entries of the chain).
    QCOMPARE(dttest::runCli({QStringLiteral("verify"), m_case}, &o, &e), 0);
}

void TestReport::manifestNamesTheLatestRun()
{
    // The manifest names the run the report's findings come from (read without its findings).
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(analysis::Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    const analysis::RunInfo latest = analysis::Detector::latestFindings(*cf, &error).run;
    QVERIFY(latest.id > 0);
    const analysis::RunInfo run = analysis::Detector::latestRun(*cf, &error);
    QCOMPARE(run.id, latest.id);
    QCOMPARE(run.inputDigest, latest.inputDigest);
    QCOMPARE(run.toolVersion, latest.toolVersion);
    QCOMPARE(run.parameters, latest.parameters);
    QJsonObject manifest;
    QVERIFY2(
        Report::write(*cf, m_dir.filePath(QStringLiteral("run.html")), ReportOptions(), &manifest, &error),
        qPrintable(error));
    const QJsonObject c = manifest.value(QStringLiteral("case")).toObject();
    QCOMPARE(qint64(c.value(QStringLiteral("analysis_run")).toDouble()), latest.id);
    QCOMPARE(c.value(QStringLiteral("input_digest")).toString(), latest.inputDigest);
    // A case never analysed: no run, and an error saying so.
    auto empty =
        CaseFile::create(m_dir.filePath(QStringLiteral("empty.dtcase")), QStringLiteral("empty"), &error);
    QVERIFY2(empty, qPrintable(error));
    QString none;
    QCOMPARE(analysis::Detector::latestRun(*empty, &none).id, qint64(0));
    QVERIFY(none.contains(QStringLiteral("no analysis yet")));
}

void TestReport::previewExcerpt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("share"); // the budget, as a share of the report's size
    // newRow, not addRow("%s"): at -O3 GCC takes addRow's "%s" argument for a null one (-Werror).
    for (const QString &file :
         {QStringLiteral("report_sample_en.html"), QStringLiteral("report_sample_zh_internal.html")})
        for (const double share : {0.0, 0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0})
            QTest::newRow(qPrintable(file + QLatin1Char(' ') + QString::number(share))) << file << share;
}

// A big report's preview is its beginning, cut between blocks or after a whole table row (a table
// cut short is closed), with the note at its top and its end; a report within the budget is whole.
void TestReport::previewExcerpt()
{
    QFETCH(QString, file);
    QFETCH(double, share);
    QFile f(QStringLiteral(DT_TEST_DATA_DIR "/golden/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    const qsizetype budget = qsizetype(double(html.size()) * share);
    const QString note = QStringLiteral("<p><b>NOTE</b></p>\n");
    qsizetype noteShown = -1, noteTotal = -1;
    const PreviewExcerpt::Result r = PreviewExcerpt::cut(html, budget, [&](qsizetype shown, qsizetype total) {
        noteShown = shown;
        noteTotal = total;
        return note;
    });
    QCOMPARE(r.total, html.size());
    if (share >= 1.0) {
        QVERIFY(!r.partial);
        QCOMPARE(r.html, html);
        return;
    }
    QVERIFY(r.partial);
    QCOMPARE(noteShown, r.shown);
    QCOMPARE(noteTotal, html.size());
    const qsizetype body = html.indexOf(QLatin1String("<body>\n")) + 7;
    QVERIFY(r.shown > body);
    QVERIFY(r.shown < html.size());
    // The head, the note, the report's beginning, what closes a table cut short, the note, the end.
    QVERIFY(r.html.startsWith(html.left(body) + note));
    QVERIFY(r.html.endsWith(note + QStringLiteral("</body>\n</html>\n")));
    const QString part = html.mid(body, r.shown - body);
    const QString rest = r.html.mid(body + note.size());
    QVERIFY(rest.startsWith(part));
    const QString closing = rest.mid(part.size(), rest.size() - part.size() - note.size() - 16);
    QVERIFY2(closing.isEmpty() || closing == QLatin1String("</tbody></table>\n") ||
                 closing == QLatin1String("</table>\n"),
             qPrintable(closing));
    // Cut after a row or at a block's edge, never in a tag; as near the budget as a boundary allows.
    if (closing.isEmpty())
        QVERIFY2(part.endsWith(QLatin1String("</table>\n")) ||
                     html.mid(r.shown).startsWith(QLatin1String("<h")) ||
                     html.mid(r.shown).startsWith(QLatin1String("<table")),
                 qPrintable(html.mid(r.shown - 40, 80)));
    else
        QVERIFY(part.endsWith(QLatin1String("</tr>\n")));
    QCOMPARE(r.html.count(QLatin1String("<table")), r.html.count(QLatin1String("</table>")));
    QCOMPARE(r.html.count(QLatin1String("<tr")), r.html.count(QLatin1String("</tr>")));
    if (budget > body + 2000) // a boundary comes every few hundred characters of the sample's report
        QVERIFY2(r.shown <= budget && r.shown > budget - 2000, qPrintable(QString::number(r.shown)));
}

void TestReport::previewSplitTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    for (const QString &file :
         {QStringLiteral("report_sample_en.html"), QStringLiteral("report_sample_zh_internal.html")})
        for (const int rows : {1, 3, 10, 34, 1000})
            QTest::newRow(qPrintable(file + QLatin1Char(' ') + QString::number(rows))) << file << rows;
}

// The rows of a report's table bodies, in order (a <thead>'s rows left out).
static QStringList bodyRows(const QString &html)
{
    QStringList rows;
    static const QRegularExpression head(QStringLiteral("<thead>.*?</thead>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression row(QStringLiteral("<tr[ >].*?</tr>"),
                                        QRegularExpression::DotMatchesEverythingOption);
    QString bodies = html;
    bodies.remove(head);
    for (auto it = row.globalMatch(bodies); it.hasNext();)
        rows << it.next().captured();
    return rows;
}

// A preview shows a long table as several of at most so many rows, each opened as the original (its
// header repeated), every row kept in order and nothing else changed; short tables stay as they are.
void TestReport::previewSplitTables()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFile f(QStringLiteral(DT_TEST_DATA_DIR "/golden/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    const QString split = PreviewExcerpt::splitTables(html, rows);
    const QStringList before = bodyRows(html);
    QCOMPARE(bodyRows(split), before);
    static const QRegularExpression table(QStringLiteral("<table[^>]*>.*?</table>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int longest = 0, tables = 0;
    for (auto it = table.globalMatch(split); it.hasNext();) {
        const QString t = it.next().captured();
        const int n = int(bodyRows(t).size());
        longest = std::max(longest, n);
        ++tables;
        QVERIFY2(n <= rows, qPrintable(t.left(200)));
        QVERIFY(n > 0);
        QCOMPARE(t.count(QLatin1String("<thead>")), t.count(QLatin1String("</thead>")));
    }
    QCOMPARE(split.count(QLatin1String("<table")), split.count(QLatin1String("</table>")));
    const int original = int(html.count(QLatin1String("<table")));
    if (rows >= 34) { // the sample's longest table body has 34 rows
        QCOMPARE(split, html);
        return;
    }
    QVERIFY(tables > original);
    QCOMPARE(longest, rows);
    // Outside the tables nothing changed.
    QString outside = split, outsideBefore = html;
    outside.remove(table);
    outsideBefore.remove(table);
    QCOMPARE(outside.simplified(), outsideBefore.simplified());
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
