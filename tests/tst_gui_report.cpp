// The report dialog's preview and export run off the GUI thread with a progress bar and a Cancel
// that works: a cancelled export leaves neither the report nor its manifest, nor an audit entry;
// otherwise the export completes and verifies. A report bigger than the preview's budget is previewed
// in part, with a note saying so, and exported whole; a long table is previewed as several short ones
// (laid out in pieces) and exported whole.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "report/previewexcerpt.h"
#include "report/report.h"
#include "reportdialog.h"
#include "samplebuild.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>

using namespace dt;
using namespace dt::ui;

class TestGuiReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;

    static int printButtonsEnabled(const ReportDialog &dialog)
    {
        int n = 0;
        for (const QPushButton *b : dialog.findChildren<QPushButton *>())
            n += b->text().startsWith(QLatin1String("Print")) && b->isEnabled();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
        QJsonObject truth;
        const QString path = dttest::buildSampleCase(m_dir.path(), 2026, &truth);
        QVERIFY(!path.isEmpty());
        QString error;
        m_case = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        QVERIFY2(m_case, qPrintable(error));
        QVERIFY2(analysis::Detector::analyzeCase(*m_case, {}, &error) > 0, qPrintable(error));
    }

    void cancelledPreviewShowsNothing()
    {
        ReportDialog dialog(m_case.get());
        dialog.show();
        QSignalSpy cancelled(&dialog, &ReportDialog::previewCancelled);
        QVERIFY(dialog.isBuildingPreview()); // started by the dialog, off the GUI thread
        QVERIFY(dialog.cancelButton()->isVisible());
        QVERIFY(dialog.progressBar()->isVisible());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(60000));
        QVERIFY(dialog.previewHtml().isEmpty());
        QVERIFY(!dialog.exportReport(true)); // nothing to export until a preview is built
        QVERIFY(!dialog.cancelButton()->isVisible());
    }

    void cancelledExportLeavesNoFile()
    {
        ReportDialog dialog(m_case.get());
        dialog.show();
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        const qint64 audited = m_case->audit().count();
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.setOutputPath(pdf);
        QSignalSpy cancelled(&dialog, &ReportDialog::exportCancelled);
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        QVERIFY(dialog.exportReport(true));
        QVERIFY(dialog.isExporting());
        QVERIFY(dialog.cancelButton()->isVisible());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(report::Report::manifestPath(pdf)));
        QCOMPARE(m_case->audit().count(), audited);
        QVERIFY(!dialog.cancelButton()->isVisible());
    }

    void exportCompletesAndVerifies()
    {
        ReportDialog dialog(m_case.get());
        dialog.show();
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        const qint64 audited = m_case->audit().count();
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        dialog.setOutputPath(pdf);
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        QVERIFY(dialog.exportReport(true));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0 || !dialog.isExporting(), 60000);
        QVERIFY(exported.wait(60000) || exported.count() == 1);
        QVERIFY(report::Report::verify(pdf).ok);
        QCOMPARE(m_case->audit().count(), audited + 1);
    }

    void bigReportPreviewedInPartExportedWhole()
    {
        // The sample's report stands for a big case's: a budget of a few pages' HTML.
        const qsizetype budget = ReportDialog::previewBudget();
        const auto restore = qScopeGuard([budget] { ReportDialog::setPreviewBudget(budget); });
        ReportDialog::setPreviewBudget(12000);
        ReportDialog dialog(m_case.get());
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        // The report's last row (the glossary's) and its audit-log appendix.
        const QString lastRow = QStringLiteral("a fingerprint of a file: any change to it changes the value");
        const QString audit = QStringLiteral("Appendix B. Audit log");
        const QString note = QStringLiteral("The preview shows only the first part of the report");
        const QString shown = dialog.preview()->toPlainText();
        QVERIFY(shown.contains(note));
        QVERIFY(shown.contains(QStringLiteral("DialTrace evidence report")));
        QVERIFY(!shown.contains(lastRow));
        QVERIFY(!shown.contains(audit));
        bool noted = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            noted = noted || label->text().contains(note);
        QVERIFY(noted);
        // Printing would lay the whole report out on the GUI thread: it is printed from its PDF.
        QCOMPARE(printButtonsEnabled(dialog), 0);
        // The part shown is the report's beginning, cut after a whole row or between blocks.
        const QString part = dialog.previewHtml();
        QCOMPARE(part.count(QLatin1String("<table")), part.count(QLatin1String("</table>")));
        QCOMPARE(part.count(QLatin1String("<tr")), part.count(QLatin1String("</tr>")));

        const QString html = m_dir.filePath(QStringLiteral("whole.html"));
        dialog.setOutputPath(html);
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        QVERIFY(dialog.exportReport(true));
        QVERIFY(exported.wait(60000) || exported.count() == 1);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        QVERIFY(written.contains(lastRow));
        QVERIFY(written.contains(audit));
        QVERIFY(!written.contains(note));
        QCOMPARE(written, dialog.reportHtml());
        QVERIFY(report::Report::verify(html).ok);
    }

    void longTablesPreviewedInPartsExportedWhole()
    {
        // The sample's tables stand for a big case's (hundreds of rows): at most 5 rows a table.
        const int rows = ReportDialog::previewTableRows();
        const auto restore = qScopeGuard([rows] { ReportDialog::setPreviewTableRows(rows); });
        ReportDialog::setPreviewTableRows(5);
        ReportDialog dialog(m_case.get());
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QSignalSpy laidOut(&dialog, &ReportDialog::previewLaidOut);
        QVERIFY(ready.wait(60000));
        QVERIFY(laidOut.count() > 0 || laidOut.wait(60000));
        // Every table of the preview's document holds at most 5 rows besides its header rows, and
        // together they hold every row of the report's tables.
        const QString whole = dialog.reportHtml();
        const qsizetype reportRows =
            whole.count(QLatin1String("<tr")) - whole.count(QLatin1String("<thead>"));
        const qsizetype reportTables = whole.count(QLatin1String("<table"));
        qsizetype shownRows = 0, shownTables = 0;
        QTextDocument *doc = dialog.preview()->document();
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            const auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const int header = table->format().headerRowCount();
            QVERIFY2(table->rows() - header <= 5, qPrintable(QString::number(table->rows())));
            shownRows += table->rows() - header;
            ++shownTables;
        }
        QCOMPARE(shownRows, reportRows);
        QVERIFY(shownTables > reportTables);
        // Laid out to its end, in pieces: the scroll bar spans the whole document.
        const QScrollBar *bar = dialog.preview()->verticalScrollBar();
        QTRY_COMPARE(bar->maximum(), qRound(doc->size().height()) - dialog.preview()->viewport()->height());
        // The export writes the report's tables whole.
        const QString html = m_dir.filePath(QStringLiteral("tables.html"));
        dialog.setOutputPath(html);
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        QVERIFY(dialog.exportReport(true));
        QVERIFY(exported.wait(60000) || exported.count() == 1);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        QCOMPARE(written, whole);
        QCOMPARE(written.count(QLatin1String("<table")), reportTables);
        QVERIFY(report::Report::verify(html).ok);
    }

    void smallReportPreviewedWhole()
    {
        ReportDialog dialog(m_case.get());
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        const QString shown = dialog.preview()->toPlainText();
        QVERIFY(
            shown.contains(QStringLiteral("a fingerprint of a file: any change to it changes the value")));
        QVERIFY(!shown.contains(QStringLiteral("The preview shows only the first part of the report")));
        // The whole report, its long tables shown in parts.
        QVERIFY(!dialog.isPreviewPartial());
        QCOMPARE(dialog.previewHtml(),
                 report::PreviewExcerpt::splitTables(dialog.reportHtml(), ReportDialog::previewTableRows()));
        QCOMPARE(printButtonsEnabled(dialog), 2);
    }
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"
