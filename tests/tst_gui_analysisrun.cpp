// The analysis run of the GUI in a dialtrace-cli process (so that the detector's peak is never in
// the GUI's memory), offscreen: what it stores is what an in-process run computes; its progress
// comes from the child; a cancel kills the child and leaves the case as it was.
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysispage.h"
#include "analysisprocess.h"
#include "case/casefile.h"
#include "case/verifier.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

class TestGuiAnalysisRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void childRunIsStored();
    void cancelLeavesTheCaseAsItWas();

private:
    QTemporaryDir m_dir;
};

namespace {

/// The findings without what differs from one run to the next (its id, times and tool version).
QByteArray findingsOf(analysis::Findings f)
{
    f.run.id = 0;
    f.run.startedUtc.clear();
    f.run.finishedUtc.clear();
    return QJsonDocument(analysis::FindingsJson::toJson(f)).toJson(QJsonDocument::Compact);
}

} // namespace

void TestGuiAnalysisRun::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestGuiAnalysisRun::childRunIsStored()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    AnalysisPage *page = w.analysisPage();
    const qint64 runsBefore = w.currentCase()->counts().analysisRuns;
    QSignalSpy progress(page->process(), &AnalysisProcess::progress);
    QSignalSpy done(page, &AnalysisPage::analysisFinished);
    page->runAnalysis();
    QVERIFY(page->isRunning());
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(!progress.isEmpty()); // read from the child's output
    QCOMPARE(progress.last().first().toInt(), 100);
    QCOMPARE(w.currentCase()->counts().analysisRuns, runsBefore + 1);
    // What the child computed is what this process computes from the same calls.
    analysis::Detector::Result here;
    QVERIFY2(analysis::Detector::compute(w.currentCase()->db(), {}, &here, &error), qPrintable(error));
    const analysis::Findings stored = analysis::Detector::latestFindings(*w.currentCase(), &error);
    QVERIFY2(stored.run.id > 0, qPrintable(error));
    QCOMPARE(findingsOf(stored), findingsOf(here.findings));
    QCOMPARE(stored.run.inputDigest, here.findings.run.inputDigest);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLoadingFindings() && !page->isLoading(), dttest::kStateTimeoutMs);
    QVERIFY(CaseVerifier::verify(w.currentCase()->path()).ok);
}

void TestGuiAnalysisRun::cancelLeavesTheCaseAsItWas()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    AnalysisPage *page = w.analysisPage();
    const CaseCounts before = w.currentCase()->counts();
    // Cancelled as soon as the child reports that it is computing.
    connect(
        page->process(), &AnalysisProcess::progress, page, [page] { page->cancelAnalysis(); },
        Qt::SingleShotConnection);
    QSignalSpy done(page, &AnalysisPage::analysisFinished);
    page->runAnalysis();
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!page->isRunning());
    const CaseCounts after = w.currentCase()->counts();
    QCOMPARE(after.analysisRuns, before.analysisRuns);
    QCOMPARE(after.findings, before.findings);
    QCOMPARE(after.auditEntries, before.auditEntries);
    const VerifyResult v = CaseVerifier::verify(w.currentCase()->path());
    QVERIFY2(v.ok, QJsonDocument(v.toJson()).toJson().constData());
    // The next run goes through.
    done.clear();
    page->runAnalysis();
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(w.currentCase()->counts().analysisRuns, before.analysisRuns + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLoadingFindings() && !page->isLoading(), dttest::kStateTimeoutMs);
}

QTEST_MAIN(TestGuiAnalysisRun)
#include "tst_gui_analysisrun.moc"
