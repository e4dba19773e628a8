// The report's court layout: the Chinese report holds no sentence of English, the PDF's page breaks
// never cut a table row, a table continued on a page repeats its header, and every page carries the
// running header (case, report id) and the footer "n / N".
#include "analysis/detection.h"
#include "case/casefile.h"
#include "report/pagination.h"
#include "report/report.h"
#include "samplebuild.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace dt;
using namespace dt::report;

class TestReportLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noEnglishSentence_data();
    void noEnglishSentence();
    void rowsNeverCut();
    void everyPageHasHeaderAndFooter();

private:
    QString html(const QString &lang);
    QTemporaryDir m_dir;
    QString m_case;
};

void TestReportLayout::initTestCase()
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

QString TestReportLayout::html(const QString &lang)
{
    QString error, out;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly, &error);
    if (!cf)
        return {};
    ReportOptions opt;
    opt.lang = lang;
    opt.generatedUtc = QStringLiteral("2026-11-01T00:00:00Z");
    if (!Report::html(*cf, opt, QStringLiteral("0000"), QString(64, QLatin1Char('0')), &out, &error))
        return {};
    return out;
}

/// Runs of three or more English words in the report's text (codes, file names, hashes and numbers
/// are single tokens with digits, dots, dashes or underscores, and code spans are left out).
static QStringList englishRuns(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style>.*?</style>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("<code>.*?</code>")), QStringLiteral(" | "));
    html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral("\n"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]+$"));
    static const QRegularExpression split(QStringLiteral("[\\s,;:()（），；：、。]+"));
    QStringList runs;
    for (const QString &line : html.split(QLatin1Char('\n'))) {
        QStringList run;
        const QStringList tokens = line.split(split);
        for (qsizetype i = 0; i <= tokens.size(); ++i) {
            if (i < tokens.size() && word.match(tokens.at(i)).hasMatch()) {
                run << tokens.at(i);
                continue;
            }
            if (run.size() >= 3)
                runs << run.join(QLatin1Char(' ')) + QStringLiteral("  in: ") + line.left(160);
            run.clear();
        }
    }
    return runs;
}

void TestReportLayout::noEnglishSentence_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("english");
    QTest::newRow("zh") << QStringLiteral("zh") << false;
    QTest::newRow("en (the check finds English)") << QStringLiteral("en") << true;
}

void TestReportLayout::noEnglishSentence()
{
    QFETCH(QString, lang);
    QFETCH(bool, english);
    const QString doc = html(lang);
    QVERIFY(!doc.isEmpty());
    const QStringList runs = englishRuns(doc);
    if (english)
        QVERIFY(runs.size() > 20);
    else
        QVERIFY2(runs.isEmpty(), qPrintable(runs.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestReportLayout::rowsNeverCut()
{
    const QString doc = html(QStringLiteral("zh"));
    QVERIFY(!doc.isEmpty());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    writer.setResolution(300);
    QTextDocument text;
    Report::layOutForPrint(doc, &text);
    text.documentLayout()->setPaintDevice(&writer);
    text.setTextWidth(writer.width() * 0.85);
    const qreal pageHeight = writer.height() * 0.8;
    const QList<PageSlice> pages = Paginator::paginate(&text, pageHeight);
    const QList<QPair<qreal, qreal>> rows = Paginator::tableRows(&text);
    QVERIFY2(pages.size() > 10, qPrintable(QString::number(pages.size())));
    QVERIFY(rows.size() > 200);
    int continued = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageSlice &page = pages.at(i);
        QVERIFY(page.bottom - page.top + page.header.height() <= pageHeight + 0.5);
        if (i > 0)
            QCOMPARE(page.top, pages.at(i - 1).bottom);
        continued += !page.header.isNull();
        if (i + 1 == pages.size())
            break; // the document's end, not a break
        for (const auto &[top, bottom] : rows)
            QVERIFY2(!(top < page.bottom - 0.5 && bottom > page.bottom + 0.5),
                     qPrintable(QStringLiteral("page %1 ends at %2 inside the row %3..%4")
                                    .arg(i + 1)
                                    .arg(page.bottom)
                                    .arg(top)
                                    .arg(bottom)));
    }
    QVERIFY(continued > 3); // the long appendix tables run over pages, their header row repeated
    QCOMPARE(pages.last().bottom, text.size().height());
}

void TestReportLayout::everyPageHasHeaderAndFooter()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY(cf);
    const QString pdf = m_dir.filePath(QStringLiteral("court.pdf"));
    QJsonObject manifest;
    QVERIFY2(Report::write(*cf, pdf, ReportOptions(), &manifest, &error), qPrintable(error));
    const QString id = manifest.value(QStringLiteral("report_id")).toString();
    QCOMPARE(id.size(), 16);
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(120000));
    // pdftotext ends every page with a form feed. Qt's PDF text map names a few shared glyphs by
    // their Kangxi-radical code points: compatibility normalisation gives the ideographs back.
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput())
                            .normalized(QString::NormalizationForm_KC)
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY(pages.size() > 10);
    const QString findings = manifest.value(QStringLiteral("findings_sha256")).toString().left(16);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        const QString where = QStringLiteral("page %1").arg(i + 1);
        QVERIFY2(page.contains(cf->title()), qPrintable(where));
        QVERIFY2(page.contains(QStringLiteral("报告编号 ") + id), qPrintable(where));
        QVERIFY2(page.contains(findings), qPrintable(where));
        QVERIFY2(
            page.contains(QRegularExpression(QStringLiteral("\\b%1 / %2\\b").arg(i + 1).arg(pages.size()))),
            qPrintable(where));
    }
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the PDF's layout needs fonts
    TestReportLayout t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_reportlayout.moc"
