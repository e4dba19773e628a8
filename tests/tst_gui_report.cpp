// The report dialog's preview and export run off the GUI thread with a progress bar and a Cancel
// that works: a cancelled export leaves neither the report nor its manifest, nor an audit entry;
// otherwise the export completes and verifies.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "report/report.h"
#include "reportdialog.h"
#include "samplebuild.h"

#include <QApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

class TestGuiReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;

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
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"
