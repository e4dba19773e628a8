// The report's court layout: the Chinese report holds no sentence of English, the PDF's page breaks
// never cut a table row, a table continued on a page repeats its header, and every page carries the
// running header (case, report id) and the footer "n / N".
#include "analysis/detection.h"
#include "case/casefile.h"
#include "englishtext.h"
#include "report/pagination.h"
#include "report/printcells.h"
#include "report/printflow.h"
#include "report/report.h"
#include "samplebuild.h"

#include <algorithm>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QGuiApplication>
#include <QImage>
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
    void everySupportingRecordPrinted();
    void cellText_data();
    void cellText();
    void cancelledExportLeavesNothing();
    void chartsRasterBounded_data();
    void chartsRasterBounded();

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
    const QStringList runs = dttest::englishRuns(dttest::htmlText(doc));
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
    PrintFlow flow(doc);
    QVERIFY(flow.layOut(&writer, writer.width() * 0.85));
    const qreal pageHeight = writer.height() * 0.8;
    const QList<PageSlice> pages = flow.paginate(pageHeight);
    const QList<QPair<qreal, qreal>> rows = flow.tableRows();
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
    QCOMPARE(pages.last().bottom, flow.height());
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

/// Every "file:line" reference in @p text, sorted (a multiset).
static QStringList sourceRefs(const QString &text)
{
    static const QRegularExpression ref(QStringLiteral("[A-Za-z0-9_.-]+\\.(?:csv|txt|xlsx|tsv):\\d+"));
    QStringList refs;
    for (QRegularExpressionMatchIterator it = ref.globalMatch(text); it.hasNext();)
        refs << it.next().captured();
    refs.sort();
    return refs;
}

void TestReportLayout::everySupportingRecordPrinted()
{
    // The tables are set by the report's own layout, not QTextDocument's: every source reference
    // of the HTML is in the PDF, as often.
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString doc = html(QStringLiteral("zh"));
    QVERIFY(!doc.isEmpty());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(Report::renderPdf(doc, PageFurniture{}, &buffer, &error), qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("refs.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess p;
    p.start(tool, {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(120000));
    const QStringList inHtml = sourceRefs(doc),
                      inPdf = sourceRefs(QString::fromUtf8(p.readAllStandardOutput()));
    QVERIFY(inHtml.size() > 200);
    QCOMPARE(inPdf, inHtml);
}

void TestReportLayout::cellText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("formatted");
    QTest::newRow("plain") << QStringLiteral("cdr_carrier.csv:12") << QStringLiteral("cdr_carrier.csv:12")
                           << QStringList();
    QTest::newRow("entities") << QStringLiteral("p &lt; 10 &amp; &quot;a&quot; &#39;b&#39;")
                              << QStringLiteral("p < 10 & \"a\" 'b'") << QStringList();
    QTest::newRow("white space collapsed")
        << QStringLiteral("  a \n\t b  ") << QStringLiteral("a b") << QStringList();
    QTest::newRow("line break") << QStringLiteral("a<br/>b")
                                << QStringLiteral("a") + QChar::LineSeparator + QStringLiteral("b")
                                << QStringList();
    QTest::newRow("superscript and code")
        << QStringLiteral("4.4 × 10<sup>-39</sup> <code>ab12</code>") << QStringLiteral("4.4 × 10-39 ab12")
        << QStringList{QStringLiteral("-39"), QStringLiteral("ab12")};
    QTest::newRow("bold") << QStringLiteral("<b>OPR-001</b>：2") << QStringLiteral("OPR-001：2")
                          << QStringList{QStringLiteral("OPR-001")};
}

void TestReportLayout::cellText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QStringList, formatted);
    detail::Cell cell;
    detail::parseCell(html, detail::CellFonts{}, &cell);
    QCOMPARE(cell.text, text);
    QStringList runs;
    for (const QTextLayout::FormatRange &f : cell.formats)
        runs << cell.text.mid(f.start, f.length);
    QCOMPARE(runs, formatted);
}

void TestReportLayout::cancelledExportLeavesNothing()
{
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    const qint64 audited = cf->audit().count();
    const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    std::atomic_bool cancel = false;
    qint64 lastDone = 0, lastTotal = 0;
    // Cancelled halfway through the PDF, as the dialog's Cancel button does from another thread.
    const auto progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        if (done * 2 >= total)
            cancel = true;
    };
    QJsonObject manifest;
    QVERIFY(!Report::write(*cf, pdf, ReportOptions(), QString(), &manifest, &error, progress, &cancel));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(lastTotal > 0 && lastDone < lastTotal);
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!QFile::exists(Report::manifestPath(pdf)));
    QCOMPARE(cf->audit().count(), audited);
    // Not cancelled: written whole, progress to the end, and it verifies.
    cancel = false;
    const auto count = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    QVERIFY2(Report::write(*cf, pdf, ReportOptions(), QString(), &manifest, &error, count, &cancel),
             qPrintable(error));
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(Report::verify(pdf).ok);
    QCOMPARE(cf->audit().count(), audited + 1);
}

void TestReportLayout::chartsRasterBounded_data()
{
    // A chart's CSS size, and the picture the PDF gets of it: 3x for print, or as much as fits
    // 24 Mpx and 65,000 pixels a side (JPEG's limit is 65,535) for a chart that big (the lineage
    // diagram of hundreds of operators), same shape.
    QTest::addColumn<int>("w");
    QTest::addColumn<int>("h");
    QTest::addColumn<int>("scaledW");
    QTest::addColumn<int>("scaledH");
    QTest::newRow("a day's calls chart") << 640 << 200 << 1920 << 600;
    QTest::newRow("just under the limit") << 1000 << 2796 << 3000 << 8388;
    QTest::newRow("461 operators' lineage") << 900 << 18500 << 1106 << 22744;
    QTest::newRow("a line") << 20000 << 1 << 60000 << 3;
    QTest::newRow("4,000 operators' lineage") << 100 << 300000 << 21 << 65000;
}

void TestReportLayout::chartsRasterBounded()
{
    QFETCH(int, w);
    QFETCH(int, h);
    QFETCH(int, scaledW);
    QFETCH(int, scaledH);
    const QString html = QStringLiteral("<p>before</p><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                        "height=\"%2\"><rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" "
                                        "fill=\"black\"/></svg><p>after</p>")
                             .arg(w)
                             .arg(h);
    QTextDocument doc;
    Report::layOutForPrint(html, &doc);
    const QImage image =
        doc.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-1.png"))).value<QImage>();
    QCOMPARE(image.size(), QSize(scaledW, scaledH));
    QVERIFY(double(image.width()) * image.height() <= 24.0 * 1024 * 1024);
    QVERIFY(std::max(image.width(), image.height()) <= 65000);
    // Drawn to the picture's edges (the SVG scaled, not cut): its far corner is the chart's black.
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), QColor(Qt::black));
    QVERIFY(doc.toPlainText().contains(QLatin1String("after")));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the PDF's layout needs fonts
    TestReportLayout t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_reportlayout.moc"
