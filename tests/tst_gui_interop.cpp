// Working with other tools from the GUI, under the offscreen platform: the link chart's exports (what
// it shows, the whole run) and the tables' CSV exports recorded in the audit log.
#include "analysis/commoncontacts.h"
#include "analysis/detection.h"
#include "analysispage.h"
#include "case/auditlog.h"
#include "case/casefile.h"
#include "chartcaption.h"
#include "core/sha256.h"
#include "languagemanager.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "printing.h"
#include "reportdialog.h"
#include "tabletools.h"
#include "testutil.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

namespace {
/// A printer that writes a PDF, as "Print to File" does.
std::unique_ptr<QPrinter> pdfPrinter(const QString &path)
{
    auto p = std::make_unique<QPrinter>(QPrinter::HighResolution);
    p->setOutputFormat(QPrinter::PdfFormat);
    p->setOutputFileName(path);
    p->setPageOrientation(QPageLayout::Landscape);
    return p;
}

/// The text of a PDF (pdftotext, poppler-utils), or a null string without it.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's page count, from its page objects.
int pdfPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString pdf = QString::fromLatin1(f.readAll());
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    return int(pdf.count(page));
}

QJsonObject lastAudit(CaseFile *cf, QString *action = nullptr)
{
    const auto e = cf->audit().entries().last();
    if (action)
        *action = e.action;
    return QJsonDocument::fromJson(e.details.toUtf8()).object();
}
} // namespace

class TestGuiInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    LinkChartPage *chart() { return m_window->linkChart(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
        LanguageManager::instance().setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::sampleCaseReady);
        QString error;
        QVERIFY2(m_window->openSampleCase(&error), qPrintable(error));
        QVERIFY(ready.wait(120000));
        QVERIFY(m_window->currentCase());
        QTRY_VERIFY_WITH_TIMEOUT(!chart()->busy() && chart()->graph().nodeCount() > 0,
                                 dttest::kStateTimeoutMs);
    }
    void cleanupTestCase() { m_window.reset(); }

    void chartExportsWhatItShows_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("anx") << QStringLiteral("anx") << QStringLiteral("chart.anx");
        QTest::newRow("graphml") << QStringLiteral("graphml") << QStringLiteral("chart.graphml");
        QTest::newRow("gexf") << QStringLiteral("gexf") << QStringLiteral("chart.gexf");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("chart-csv");
    }
    void chartExportsWhatItShows()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        QString error;
        QVERIFY2(chart()->exportAs(format, path, false, &error), qPrintable(error));
        QString action;
        const QJsonObject audit = lastAudit(m_window->currentCase(), &action);
        QCOMPARE(action, QStringLiteral("export"));
        QCOMPARE(audit.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(audit.value(QStringLiteral("scope")).toString(), QStringLiteral("chart"));
        QCOMPARE(audit.value(QStringLiteral("nodes")).toInt(), chart()->visibleNodeCount());
        for (const QJsonValue &f : audit.value(QStringLiteral("files")).toArray())
            QCOMPARE(f.toObject().value(QStringLiteral("sha256")).toString(),
                     sha256OfFile(f.toObject().value(QStringLiteral("file")).toString(), &error));
    }

    void chartExportsTheWholeRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("run.graphml"));
        QString error;
        QVERIFY2(chart()->exportAs(QStringLiteral("graphml"), path, true, &error), qPrintable(error));
        const QJsonObject audit = lastAudit(m_window->currentCase());
        QCOMPARE(audit.value(QStringLiteral("scope")).toString(), QStringLiteral("run"));
        // Every operator number expanded: far more than the overview the chart starts from.
        QVERIFY(audit.value(QStringLiteral("nodes")).toInt() > chart()->visibleNodeCount());
        const qint64 entries = m_window->currentCase()->audit().count();
        QVERIFY(!chart()->exportAs(QStringLiteral("png"), m_dir.filePath(QStringLiteral("run.png")), true,
                                   &error));
        QCOMPARE(m_window->currentCase()->audit().count(), entries);
    }

    /// An exported picture carries a band above the chart: the chart's title, the case, the calls
    /// shown and the export's date and time in the case's zone.
    void chartPicturesCarryACaption()
    {
        QString error;
        const ChartCaption caption = chart()->exportCaption();
        QCOMPARE(caption.caseTitle, m_window->currentCase()->title());
        QVERIFY(!caption.window.isEmpty());
        QVERIFY2(caption.exported.contains(m_window->currentCase()->clock().zone()),
                 qPrintable(caption.exported));
        const QStringList lines = ChartCaptionBand::lines(caption);
        QCOMPARE(lines.size(), 4);
        // The SVG holds the band's text.
        const QString svgPath = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(chart()->exportAs(QStringLiteral("svg"), svgPath, false, &error), qPrintable(error));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        for (const QString &l : lines)
            QVERIFY2(text.contains(l.toHtmlEscaped()), qPrintable(l));
        // The PNG is taller than the chart's region by the band, at the export's scale.
        const QString pngPath = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(chart()->exportAs(QStringLiteral("png"), pngPath, false, &error), qPrintable(error));
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        const QRectF r = chart()->scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30);
        const qreal band = ChartCaptionBand::height(caption, r.width());
        QVERIFY(band > 40);
        const qreal scale = png.width() / r.width();
        QVERIFY2(qAbs(png.height() - (r.height() + band) * scale) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(png.height()).arg((r.height() + band) * scale)));
    }

    void commonContactsOfTwoOperators()
    {
        // The two operators with the most victims: the sample's lists overlap, so they share victims.
        std::vector<int> ops;
        const graph::LinkGraph &g = chart()->graph();
        for (int i = 0; i < g.nodeCount(); ++i)
            if (g.node(i).type == graph::NodeType::Operator)
                ops.push_back(i);
        std::sort(ops.begin(), ops.end(), [&g](int a, int b) { return g.node(a).volume > g.node(b).volume; });
        QVERIFY(ops.size() >= 2);
        ops.resize(2);
        const QStringList keys{g.node(ops[0]).key, g.node(ops[1]).key};
        QVERIFY(!chart()->findCommonContacts({ops[0]}));
        QVERIFY(chart()->findCommonContacts(ops));
        // The worker stops being busy before its result reaches the GUI thread: wait for the answer.
        QTRY_VERIFY_WITH_TIMEOUT(chart()->commonContactsDialog() &&
                                     chart()->commonContactsDialog()->isVisible(),
                                 dttest::kStateTimeoutMs);
        // The same answer as the model gives.
        QString error;
        CaseFile *cf = m_window->currentCase();
        std::vector<analysis::ContactParty> parties;
        QVERIFY(analysis::CommonContacts::resolve(cf->db(), analysis::Detector::latestFindings(*cf, &error),
                                                  keys, &parties, &error));
        analysis::CommonContactsResult expected;
        QVERIFY(analysis::CommonContacts::find(cf->db(), parties, &expected, &error));
        QVERIFY(!expected.contacts.empty());
        analysis::CommonContactsModel *model = chart()->commonContactsModel();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), int(expected.contacts.size()));
        QVERIFY(chart()->commonContactsDialog()->isVisible());
        // Each contact is on the chart, highlighted with the two operators.
        const QList<int> marked = chart()->highlightedNodes();
        for (const auto &c : expected.contacts) {
            const int n = chart()->graph().find(graph::NodeType::Number, c.number);
            QVERIFY2(n >= 0 && marked.contains(n), qPrintable(c.number));
        }
        QVERIFY(marked.contains(chart()->graph().find(graph::NodeType::Operator, keys[0])));
        chart()->commonContactsDialog()->hide();
    }

    void chartPrintsToPdf_data()
    {
        QTest::addColumn<int>("across");
        QTest::newRow("fit to one page") << 1;
        QTest::newRow("tiled two wide") << 2;
    }
    void chartPrintsToPdf()
    {
        QFETCH(int, across);
        const QString path = m_dir.filePath(QStringLiteral("chart-%1.pdf").arg(across));
        int pages = 0;
        {
            auto printer = pdfPrinter(path);
            pages = chart()->printChart(printer.get(), across);
        }
        if (across == 1)
            QCOMPARE(pages, 1);
        else
            QVERIFY(pages >= 2 && pages % across == 0);
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed: the header's text is not checked");
        QVERIFY2(text.contains(QStringLiteral("Link chart")), qPrintable(text.left(400)));
        QVERIFY(text.contains(m_window->currentCase()->title()));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Asia/Shanghai")));
    }

    void printPreviewShowsThePages()
    {
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog dialog(&printer, m_window.get());
        int painted = 0;
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, &painted](QPrinter *p) { painted = chart()->printChart(p, 2); });
        dialog.open();
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(painted >= 2, dttest::kStateTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(preview->pageCount(), painted, dttest::kStateTimeoutMs);
        dialog.close();
    }

    /// A long cell wraps on paper, whole, its row on one page; the header row heads every page.
    void tablesWrapLongCells()
    {
        QStandardItemModel model(150, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Number"), QStringLiteral("Calls"), QStringLiteral("Remarks")});
        QStringList words;
        for (int i = 0; i < 80; ++i)
            words << QStringLiteral("remark%1").arg(i, 3, 10, QLatin1Char('0'));
        for (int r = 0; r < model.rowCount(); ++r) {
            model.setItem(r, 0,
                          new QStandardItem(QStringLiteral("+86138%1").arg(r, 8, 10, QLatin1Char('0'))));
            model.setItem(r, 1, new QStandardItem(QString::number(r * 7)));
            model.setItem(
                r, 2, new QStandardItem(r == 60 ? words.join(QLatin1Char(' ')) : QStringLiteral("short")));
        }
        const QString path = m_dir.filePath(QStringLiteral("long-cells.pdf"));
        PrintHeader header;
        header.title = QStringLiteral("Numbers");
        header.caseTitle = QStringLiteral("Wrap test");
        header.date = QStringLiteral("2026-12-07 12:00");
        int pages = 0;
        {
            auto printer = pdfPrinter(path);
            pages = Printing::printTable(printer.get(), model, {0, 1, 2}, header);
        }
        QVERIFY(pages >= 2);
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text.left(2000)));
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        int holding = 0;
        for (const QString &page : pageTexts) {
            QVERIFY(page.contains(QStringLiteral("Remarks"))); // the header row, repeated
            int here = 0;
            for (const QString &w : words)
                here += page.contains(w);
            QVERIFY2(here == 0 || here == int(words.size()), "the long row is split across pages");
            holding += here > 0;
        }
        QCOMPARE(holding, 1);
    }

    void tablesAndReportsPrint()
    {
        QTableView *suspects = m_window->analysisPage()->suspectsView();
        QTRY_VERIFY_WITH_TIMEOUT(suspects->model()->rowCount() > 0, dttest::kStateTimeoutMs);
        const QString tablePdf = m_dir.filePath(QStringLiteral("suspects.pdf"));
        int pages = 0;
        {
            auto printer = pdfPrinter(tablePdf);
            pages = TableTools::printTable(suspects, printer.get());
        }
        QVERIFY(pages >= 1);
        QCOMPARE(pdfPages(tablePdf), pages);
        const QString text = pdfText(tablePdf);
        if (!text.isNull()) {
            QVERIFY2(text.contains(QStringLiteral("Suspects")), qPrintable(text.left(300)));
            QVERIFY(text.contains(suspects->model()->index(0, 0).data().toString()));
        }
        ReportDialog dialog(m_window->currentCase(), m_window.get());
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        const QString reportPdf = m_dir.filePath(QStringLiteral("report-print.pdf"));
        {
            auto printer = pdfPrinter(reportPdf);
            QVERIFY(dialog.printReport(printer.get()));
        }
        QVERIFY(pdfPages(reportPdf) >= 2);
        const QString report = pdfText(reportPdf);
        if (!report.isNull())
            QVERIFY(report.contains(QStringLiteral("OPR-001")));
    }

    void savedViewsKeepTheirOwnCharts()
    {
        LinkChartPage *c = chart();
        QString error;
        const QString first = c->currentView();
        const QJsonObject firstState = c->graph().toJson(c->filter());
        QVERIFY2(c->newView(QStringLiteral("Leads"), &error), qPrintable(error));
        QVERIFY(!c->newView(QStringLiteral("Leads"), &error)); // names are unique
        QTRY_VERIFY_WITH_TIMEOUT(!c->busy() && c->graph().nodeCount() > 0, dttest::kStateTimeoutMs);
        const qint64 day = 1788220800; // 2026-09-01: a window inside the sample's calls
        c->setTimeWindow(day, day + 2 * 86400);
        c->setHidden(0, true);
        // A variant: the copy starts as the view was, and changes alone.
        QVERIFY2(c->duplicateView(QStringLiteral("Leads 2"), &error), qPrintable(error));
        QCOMPARE(c->currentView(), QStringLiteral("Leads 2"));
        QCOMPARE(c->filter().from, day);
        QVERIFY(c->graph().node(0).hidden);
        c->setTimeWindow(0, 0);
        c->setHidden(0, false);
        QVERIFY2(c->switchView(QStringLiteral("Leads"), &error), qPrintable(error));
        QCOMPARE(c->filter().from, day);
        QVERIFY(c->graph().node(0).hidden);
        QVERIFY2(c->switchView(QStringLiteral("Leads 2"), &error), qPrintable(error));
        QCOMPARE(c->filter().from, qint64(0));
        QVERIFY(!c->graph().node(0).hidden);
        QVERIFY2(c->switchView(first, &error), qPrintable(error));
        QCOMPARE(c->graph().toJson(c->filter()), firstState);
        QCOMPARE(c->viewNames(), (QStringList{first, QStringLiteral("Leads"), QStringLiteral("Leads 2")}));
        // The case opens on the view shown last.
        QVERIFY(c->switchView(QStringLiteral("Leads 2"), &error));
        c->setCase(m_window->currentCase());
        QTRY_VERIFY_WITH_TIMEOUT(!c->busy(), dttest::kStateTimeoutMs);
        QCOMPARE(c->currentView(), QStringLiteral("Leads 2"));
        QCOMPARE(c->filter().from, qint64(0));
        // Deleting it shows the first view again.
        QVERIFY2(c->deleteView(&error), qPrintable(error));
        QCOMPARE(c->currentView(), first);
        QCOMPARE(c->viewNames().size(), 2);
        QVERIFY(c->switchView(first, &error));
    }

    void tableExportsAreRecorded()
    {
        QTableView *suspects = m_window->analysisPage()->suspectsView();
        const QString path = m_dir.filePath(QStringLiteral("suspects.csv"));
        QString error;
        QVERIFY2(TableTools::exportTable(suspects, path, &error), qPrintable(error));
        QString action;
        const QJsonObject audit = lastAudit(m_window->currentCase(), &action);
        QCOMPARE(action, QStringLiteral("export"));
        QCOMPARE(audit.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("table:") + suspects->objectName());
        const QJsonObject f = audit.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(f.value(QStringLiteral("sha256")).toString(), sha256OfFile(path, &error));
        QVERIFY(m_window->currentCase()->audit().verify().ok);
    }
};

QTEST_MAIN(TestGuiInterop)
#include "tst_gui_interop.moc"
