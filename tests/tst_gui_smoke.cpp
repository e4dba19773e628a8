// GUI smoke test under the offscreen platform: the welcome page's actions, opening a case lists its
// sources and audit log, verify runs off the GUI thread, the language switches live.
#include "activitycharts.h"
#include "analysis/activity.h"
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "analysis/findingsmodels.h"
#include "analysis/leakmodels.h"
#include "analysis/supportingcallsmodel.h"
#include "analysis/violationsmodel.h"
#include "analysispage.h"
#include "case/annotations.h"
#include "case/auditlogmodel.h"
#include "case/callsmodel.h"
#include "case/casefile.h"
#include "case/complaintsmodel.h"
#include "case/sourcesmodel.h"
#include "casepage.h"
#include "core/sha256.h"
#include "entitypanel.h"
#include "graph/linkgraph.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "leakspage.h"
#include "lineageview.h"
#include "linkchartitems.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "qcustomplotinclude.h"
#include "report/report.h"
#include "reportdialog.h"
#include "tabletools.h"
#include "testutil.h"
#include "timezonedialog.h"
#include "violationspage.h"
#include "welcomepage.h"

#include <numeric>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace dt;
using namespace dt::ui;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeActions();
    void openCaseListsSources();
    void verifyVerdictSaysTrust_data();
    void verifyVerdictSaysTrust();
    void refusesBadCaseWithoutDialog();
    void readOnlyWhenAnotherWriterHolds();
    void sampleCaseOpens();
    void reportDialogPreviewsExportsAndSigns();
    void chartLetsGoOfAClosedCase();
    void leakedListsTab();
    void linkChartTab();
    void notesAndTagsOnCallsAndEntities();
    void tablesCopyExportAndChooseColumns();
    void languageSwitchesLive();
    void oneClockEverywhere();
    void timeZoneDialog();
    void findingsFollowTheInterfaceLanguage();

private:
    QTemporaryDir m_dir;
    QString m_casePath;
};

void TestGuiSmoke::initTestCase()
{
    // A fresh per-run home for settings and the sample case: no state leaks between runs.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    m_casePath = m_dir.filePath(QStringLiteral("gui.dtcase"));
    QString error;
    auto cf = CaseFile::create(m_casePath, QStringLiteral("Smoke case"), &error);
    QVERIFY(cf);
    for (const char *name : {"cdr_13800000000.csv", "leak_insurance.xlsx"}) {
        SourceRequest req;
        req.path = dttest::writeFile(m_dir.filePath(QString::fromLatin1(name)), QByteArray(name) + "\n");
        req.kind = QByteArray(name).startsWith("cdr") ? SourceKind::Calls : SourceKind::Leak;
        QVERIFY(cf->sources().registerSource(req, &error) > 0);
    }
}

void TestGuiSmoke::welcomeActions()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.welcomePage()));
    for (const char *icon : {":/icons/dialtrace.svg", ":/icons/sample-case.svg", ":/i18n/dialtrace_zh_CN.qm"})
        QVERIFY2(QFile::exists(QLatin1String(icon)), icon); // resources of the static library are registered
    for (const char *name : {"actionNewCase", "actionOpenCase", "actionOpenSample"}) {
        auto *a = w.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY(a->isEnabled());
        QVERIFY(!a->text().isEmpty());
        QVERIFY2(!a->icon().isNull(), name);
        auto *button =
            w.welcomePage()->findChild<QToolButton *>(QLatin1String(name) + QStringLiteral("Button"));
        QVERIFY2(button && button->defaultAction() == a, name);
    }
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionCloseCase"))->isEnabled());
}

void TestGuiSmoke::openCaseListsSources()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY2(dttest::openCase(w, m_casePath, &error), qPrintable(error));
    QVERIFY(w.currentCase());
    QVERIFY(!w.currentCase()->isReadOnly());
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.casePage()));
    QVERIFY(w.windowTitle().contains(QStringLiteral("Smoke case")));

    SourcesModel *sources = w.casePage()->sourcesModel();
    QAbstractItemModelTester t1(sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sources->rowCount(), 2);
    QCOMPARE(sources->index(0, SourcesModel::File).data().toString(), QStringLiteral("cdr_13800000000.csv"));
    QCOMPARE(sources->index(1, SourcesModel::Kind).data(Qt::EditRole).toString(), QStringLiteral("leak"));
    QCOMPARE(sources->index(1, SourcesModel::Kind).data().toString(), QStringLiteral("leaked personal data"));
    QCOMPARE(sources->index(0, SourcesModel::Sha256).data().toString(), sha256Hex("cdr_13800000000.csv\n"));
    AuditLogModel *audit = w.casePage()->auditModel();
    QAbstractItemModelTester t2(audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(audit->rowCount(), 3);
    QVERIFY(w.casePage()
                ->findChild<QLabel *>(QStringLiteral("caseCounts"))
                ->text()
                .contains(QStringLiteral("2 sources")));

    QSignalSpy done(w.casePage(), &CasePage::verifyFinished);
    w.findChild<QAction *>(QStringLiteral("actionVerify"))->trigger();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(w.casePage()
                ->findChild<QLabel *>(QStringLiteral("verifyStatus"))
                ->text()
                .startsWith(QStringLiteral("Verified")));

    // The case is remembered on the welcome page after closing.
    w.findChild<QAction *>(QStringLiteral("actionCloseCase"))->trigger();
    QVERIFY(!w.currentCase());
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.welcomePage()));
    QVERIFY(w.welcomePage()->recentList()->count() >= 1);
    QCOMPARE(w.welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(), m_casePath);
}

// The verify row never says "verified" of a case it cannot vouch for: an intact case signed by an
// unknown key, or not signed at all, is intact but not trusted; a broken one says what changed.
void TestGuiSmoke::verifyVerdictSaysTrust_data()
{
    QTest::addColumn<int>("trust");
    QTest::addColumn<bool>("signerTrusted");
    QTest::addColumn<bool>("signed_");
    QTest::addColumn<QString>("starts");
    QTest::addColumn<QString>("contains");
    QTest::newRow("trusted") << int(Trust::Trusted) << true << true << QStringLiteral("Verified and trusted")
                             << QStringLiteral("AB:CD (trusted as lab-3)");
    QTest::newRow("unknown key") << int(Trust::UntrustedKey) << false << true
                                 << QStringLiteral("Intact, but NOT trusted") << QStringLiteral("AB:CD");
    QTest::newRow("unsigned") << int(Trust::UntrustedKey) << false << false
                              << QStringLiteral("Intact, but NOT trusted")
                              << QStringLiteral("nothing in it is signed");
    QTest::newRow("broken") << int(Trust::Broken) << true << true << QStringLiteral("BROKEN")
                            << QStringLiteral("calls: 1 row changed");
}

void TestGuiSmoke::verifyVerdictSaysTrust()
{
    QFETCH(int, trust);
    QFETCH(bool, signerTrusted);
    QFETCH(bool, signed_);
    QFETCH(QString, starts);
    QFETCH(QString, contains);
    VerifyResult r;
    r.trust = Trust(trust);
    r.ok = r.trust != Trust::Broken;
    r.checks.push_back(
        {QStringLiteral("seal"), r.ok, r.ok ? QString() : QStringLiteral("calls: 1 row changed")});
    if (signed_) {
        CaseSigner s;
        s.fingerprint = QStringLiteral("AB:CD");
        s.trusted = signerTrusted;
        s.trustedAs = signerTrusted ? QStringLiteral("lab-3") : QString();
        r.signers.push_back(s);
    }
    const QString text = CasePage::verifyVerdict(r);
    QVERIFY2(text.startsWith(starts), qPrintable(text));
    QVERIFY2(text.contains(contains), qPrintable(text));
    QVERIFY2(!text.startsWith(QStringLiteral("Verified")) || r.trust == Trust::Trusted, qPrintable(text));
}

void TestGuiSmoke::refusesBadCaseWithoutDialog()
{
    MainWindow w;
    w.show();
    const QString bad =
        dttest::writeFile(m_dir.filePath(QStringLiteral("bad.dtcase")), QByteArray(4096, 'x'));
    QString error;
    QVERIFY(!dttest::openCase(w, bad, &error));
    QVERIFY(error.contains(QStringLiteral("bad.dtcase")));
    QCOMPARE(w.lastError(), error);
    QVERIFY(!w.currentCase());
}

void TestGuiSmoke::readOnlyWhenAnotherWriterHolds()
{
    QString error;
    auto writer = CaseFile::open(m_casePath, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(writer, qPrintable(error));
    MainWindow w;
    w.show();
    // Same process: QLockFile sees its own live PID and refuses the second writer.
    QVERIFY2(dttest::openCase(w, m_casePath, &error), qPrintable(error));
    QVERIFY(w.currentCase()->isReadOnly());
    QCOMPARE(w.casePage()->sourcesModel()->rowCount(), 2);
}

void TestGuiSmoke::sampleCaseOpens()
{
    MainWindow w;
    w.show();
    QString error;
    QSignalSpy ready(&w, &MainWindow::sampleCaseReady);
    QVERIFY2(w.openSampleCase(&error), qPrintable(error));
    QVERIFY(!w.currentCase()); // built off the GUI thread
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.first().first().toBool(), true);
    QVERIFY(w.currentCase());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLoadingFindings(), dttest::kStateTimeoutMs);
    QVERIFY(w.currentCase()->title().contains(QStringLiteral("Sample")));
    // The sample investigation's files are generated beside the case and imported as its sources.
    SourcesModel *sources = w.casePage()->sourcesModel();
    QCOMPARE(sources->rowCount(), 8);
    QCOMPARE(sources->index(0, SourcesModel::File).data().toString(), QStringLiteral("cdr_carrier.csv"));
    QCOMPARE(sources->index(1, SourcesModel::ClockOffset).data().toInt(), -317);
    QStringList kinds;
    for (int r = 0; r < sources->rowCount(); ++r)
        kinds << sources->index(r, SourcesModel::Kind).data(Qt::EditRole).toString();
    QCOMPARE(kinds.count(QStringLiteral("leak")), 5);
    QVERIFY(sources->index(0, SourcesModel::Accepted).data().toLongLong() > 10000);
    QVERIFY(w.currentCase()->counts().calls > 10000);
    QVERIFY(w.casePage()
                ->findChild<QLabel *>(QStringLiteral("caseCounts"))
                ->text()
                .contains(QStringLiteral("leak records")));
    // The details panel finds a number typed in another spelling, with its calls, leaks and complaints.
    {
        const QJsonObject truth =
            dttest::readTruth(QFileInfo(w.currentCase()->path()).absolutePath() + QStringLiteral("/files"));
        QVERIFY(!truth.isEmpty());
        const QString op = dttest::truthOperatorNumber(truth);
        const QString spelled = QStringLiteral("0086 ") + op.mid(3, 3) + QLatin1Char('-') + op.mid(6, 4) +
                                QLatin1Char('-') + op.mid(10);
        EntityPanel *panel = w.entityPanel();
        QVERIFY(panel->isVisible());
        panel->searchBox()->setText(spelled);
        QTest::keyClick(panel->searchBox(), Qt::Key_Return);
        QVERIFY(dttest::entityShown(panel));
        QCOMPARE(panel->details().key, op);
        // The calls tab narrows to the same number, typed in the same other spelling.
        w.casePage()->filterCalls(spelled);
        QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
        QCOMPARE(w.casePage()->callsModel()->numberFilter(), op);
        QVERIFY(w.casePage()->callsModel()->rowCount() > 50);
        w.casePage()->filterCalls(QString());
        QVERIFY(w.casePage()->callsModel()->rowCount() > 10000);
        // A note on the number, undone and redone: the case follows, and the audit log keeps all three steps.
        {
            const qint64 audit = w.currentCase()->audit().count();
            const QString kind = panel->details().kind;
            QVERIFY(panel->annotate(QStringLiteral("SIM box seized 2026-09-12")));
            QCOMPARE(Annotations::of(w.currentCase()->db(), kind, op).size(), 1);
            QVERIFY(panel->html().contains(QStringLiteral("SIM box seized")));
            QVERIFY(w.undoStack()->canUndo());
            w.undoStack()->undo();
            QCOMPARE(Annotations::of(w.currentCase()->db(), kind, op).size(), 0);
            QVERIFY(!panel->html().contains(QStringLiteral("SIM box seized")));
            w.undoStack()->redo();
            QCOMPARE(Annotations::of(w.currentCase()->db(), kind, op).size(), 1);
            QCOMPARE(w.currentCase()->audit().count(), audit + 3);
            QVERIFY(!panel->annotate(QStringLiteral("   "))); // nothing to note
        }
        QVERIFY(panel->details().inCase);
        QVERIFY(panel->details().callsOut > 50);
        QVERIFY(panel->details().offline.value(QStringLiteral("type")).toString() ==
                QLatin1String("virtual_mobile"));
        QVERIFY(panel->html().contains(op));
        // A masked number lists the case's numbers that fit it.
        const QString victimPhone = [&] {
            Statement st = w.currentCase()->db().prepare(
                QStringLiteral("SELECT n.value FROM leak_records l JOIN numbers n ON n.id = l.phone WHERE "
                               "n.value LIKE '+861%' LIMIT 1"));
            return st.step() ? st.text(0) : QString();
        }();
        QVERIFY(!victimPhone.isEmpty());
        QVERIFY(
            dttest::showEntity(panel, victimPhone.mid(3, 3) + QStringLiteral("****") + victimPhone.right(4)));
        QCOMPARE(panel->details().kind, QStringLiteral("masked_phone"));
        QVERIFY(panel->details().candidates.contains(victimPhone));
        QVERIFY(dttest::showEntity(panel, victimPhone));
        QVERIFY(!panel->details().leaks.isEmpty());
        // An IMEI lists the case's handsets of the same model batch (TAC), with the numbers that used them.
        const QString imei = w.currentCase()
                                 ->db()
                                 .scalar(QStringLiteral("SELECT d.imei FROM devices d JOIN calls c ON "
                                                        "c.device = d.id JOIN numbers n ON n.id = c.caller "
                                                        "WHERE n.value = '%1' LIMIT 1")
                                             .arg(op))
                                 .toString();
        QVERIFY(!imei.isEmpty());
        QVERIFY(dttest::showEntity(panel, imei));
        QCOMPARE(panel->details().kind, QStringLiteral("imei"));
        QVERIFY(panel->details().sameTac.size() >= 1);
        QVERIFY(panel->details().sameTac.join(QLatin1Char(' ')).contains(op));
        // An ID number finds its leak records.
        const QString id = w.currentCase()
                               ->db()
                               .scalar(QStringLiteral(
                                   "SELECT id_card FROM leak_records WHERE id_card NOT LIKE '%*%' LIMIT 1"))
                               .toString();
        QVERIFY(dttest::showEntity(panel, id));
        QCOMPARE(panel->details().kind, QStringLiteral("id_card"));
        QVERIFY(!panel->details().leaks.isEmpty());
    }
    // The sample case opens on its findings: suspects and the operators behind them.
    {
        AnalysisPage *page = w.analysisPage();
        QCOMPARE(w.casePage()->tabs()->currentWidget(), static_cast<QWidget *>(page));
        QAbstractItemModelTester t3(page->suspectsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(page->operatorsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page->suspectsModel()->rowCount() >= 15);
        QCOMPARE(page->operatorsModel()->rowCount(), 5);
        // Selecting an operator narrows the suspects to its numbers.
        const QStringList members =
            page->operatorsModel()->index(0, 0).data(analysis::OperatorsModel::NumbersRole).toStringList();
        page->operatorsView()->selectRow(0);
        QCOMPARE(page->suspectsProxy()->rowCount(), members.size());
        // … and shows the operator in the details panel: its numbers, handsets and the links between them.
        QVERIFY(dttest::entityShown(w.entityPanel()));
        {
            const EntityDetails &d = w.entityPanel()->details();
            QCOMPARE(d.kind, QStringLiteral("operator"));
            QCOMPARE(d.key, page->operatorsModel()->index(0, analysis::OperatorsModel::Id).data().toString());
            QVERIFY(d.runId > 0);
            const QString html = w.entityPanel()->html();
            for (const QString &m : members)
                QVERIFY2(html.contains(m), qPrintable(m));
            QVERIFY(html.contains(QStringLiteral("Why these numbers are one operator")));
        }
        // The charts follow the selection: the operator's calls per day, by hour, by weekday, by duration,
        // read off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!page->activityLoading(), dttest::kStateTimeoutMs);
        {
            const analysis::Activity &act = page->activityCharts()->activity();
            QCOMPARE(act.calls, page->operatorsModel()
                                    ->index(0, analysis::OperatorsModel::Calls)
                                    .data(Qt::EditRole)
                                    .toLongLong());
            auto sum = [](const QVector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };
            QCOMPARE(sum(act.perDay), double(act.calls));
            QCOMPARE(sum(act.perHour), double(act.calls));
            QCOMPARE(sum(act.heat), double(act.calls));
            QCOMPARE(sum(act.durationBins), double(act.calls));
            QCOMPARE(page->activityCharts()->perDayPlot()->plottableCount(), 1);
            // The heatmap's colours have their scale: 0 to the busiest hour × weekday cell.
            QVERIFY(page->activityCharts()->heatScale());
            QCOMPARE(page->activityCharts()->heatScale()->dataRange().upper,
                     std::max(1.0, *std::max_element(act.heat.begin(), act.heat.end())));
            // The lag chart: every victim a list holds in full (victims_in_leak of the run's findings),
            // each counted once, with the list's acquisition date.
            const QJsonObject findings =
                analysis::FindingsJson::toJson(analysis::Detector::latestFindings(*w.currentCase(), &error));
            const QString opId =
                page->operatorsModel()->index(0, analysis::OperatorsModel::Id).data().toString();
            QMap<QString, qint64> inLeak;
            for (const QJsonValue &o : findings.value(QStringLiteral("operators")).toArray())
                if (o.toObject().value(QStringLiteral("id")).toString() == opId)
                    for (const QJsonValue &l : o.toObject().value(QStringLiteral("leaks")).toArray())
                        inLeak.insert(l.toObject().value(QStringLiteral("source")).toString(),
                                      l.toObject().value(QStringLiteral("victims_in_leak")).toInteger());
            QVERIFY(!act.leakLags.isEmpty());
            for (const analysis::Activity::LeakLag &lag : act.leakLags) {
                QVERIFY2(inLeak.contains(lag.list), qPrintable(lag.list));
                QCOMPARE(qint64(lag.days.size()), inLeak.value(lag.list));
                QVERIFY(QDate::fromString(lag.acquired, Qt::ISODate).isValid());
            }
            QCOMPARE(page->activityCharts()->lagPlot()->plottableCount(),
                     std::min<int>(ActivityCharts::kLagLists, int(act.leakLags.size())));
            QCOMPARE(page->activityCharts()->title(),
                     page->operatorsModel()->index(0, analysis::OperatorsModel::Id).data().toString());
        }
        // Choosing a suspect shows its details.
        const QModelIndex first = page->suspectsProxy()->index(0, 0);
        page->suspectsView()->setCurrentIndex(first);
        QVERIFY(dttest::entityShown(w.entityPanel()));
        QCOMPARE(w.entityPanel()->details().key, first.data(analysis::SuspectsModel::NumberRole).toString());
        // Running the analysis again happens off the GUI thread and adds a run.
        const qint64 runsBefore = w.currentCase()->counts().analysisRuns;
        QSignalSpy done(page, &AnalysisPage::analysisFinished);
        page->runAnalysis();
        QVERIFY(page->isRunning() || done.count() == 1);
        QVERIFY(done.count() == 1 || done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(w.currentCase()->counts().analysisRuns, runsBefore + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLoadingFindings() && !page->isLoading(), dttest::kStateTimeoutMs);
        QCOMPARE(page->operatorsModel()->rowCount(), 5);
    }
    // The Violations tab: each rule broken, its supporting calls when selected, and the blocklist export.
    {
        ViolationsPage *vp = w.violationsPage();
        const int tab = w.casePage()->tabs()->indexOf(vp);
        QVERIFY(tab >= 0);
        QCOMPARE(w.casePage()->tabs()->tabText(tab), QStringLiteral("Violations"));
        QAbstractItemModelTester t5(vp->violationsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(vp->supportingCallsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString err;
        const QJsonArray violations =
            analysis::FindingsJson::toJson(analysis::Detector::latestFindings(*w.currentCase(), &err))
                .value(QStringLiteral("violations"))
                .toArray();
        QVERIFY(!violations.isEmpty());
        QCOMPARE(vp->violationsModel()->rowCount(), int(violations.size()));
        vp->violationsView()->selectRow(0);
        const QModelIndex row = vp->violationsView()->model()->index(0, 0);
        const auto ids = row.data(analysis::ViolationsModel::SupportingCallsRole).value<QList<qint64>>();
        QVERIFY(!ids.isEmpty());
        QCOMPARE(vp->supportingCallsModel()->rowCount(), int(ids.size()));
        QCOMPARE(
            vp->supportingCallsModel()->index(0, analysis::SupportingCallsModel::Caller).data().toString(),
            row.data(analysis::ViolationsModel::NumberRole).toString());
        const QString csv = m_dir.filePath(QStringLiteral("blocklist.csv"));
        QVERIFY2(vp->writeBlocklist(csv, &err), qPrintable(err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("number,category,confidence,reasons,analysis_run"));
        QCOMPARE(w.currentCase()->audit().entries().constLast().action, QStringLiteral("export-blocklist"));
    }
    // Opening it again reuses the same case.
    const QString path = w.currentCase()->path();
    w.closeCase();
    QVERIFY(dttest::openSample(w, &error)); // exists now: no build
    QVERIFY(w.currentCase());
    QCOMPARE(w.currentCase()->path(), path);
    QCOMPARE(w.casePage()->sourcesModel()->rowCount(), 8);
}

void TestGuiSmoke::reportDialogPreviewsExportsAndSigns()
{
    MainWindow w;
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    QVERIFY(w.currentCase());
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    ReportDialog dialog(w.currentCase(), &w);
    dialog.show();
    QSignalSpy previewed(&dialog, &ReportDialog::previewReady);
    QVERIFY(previewed.count() > 0 || previewed.wait(60000));
    // The preview is the report itself, in Chinese for a prosecutor by default.
    QVERIFY(dialog.preview()->toPlainText().contains(QString::fromUtf8("四、分析结论")));
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("OPR-001")));
    previewed.clear();
    dialog.setLanguage(QStringLiteral("en"));
    QVERIFY(previewed.wait(60000));
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("4. Findings")));
    const qint64 auditBefore = w.currentCase()->audit().count();
    const QString out = m_dir.filePath(QStringLiteral("gui-report.html"));
    dialog.setOutputPath(out);
    QSignalSpy exported(&dialog, &ReportDialog::exported);
    QVERIFY(dialog.exportReport(true)); // written off the GUI thread
    QVERIFY(dialog.isExporting());
    QVERIFY(!dialog.exportReport(true)); // one at a time
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().first().toString(), out);
    QVERIFY(report::Report::verify(out).ok);
    QCOMPARE(w.currentCase()->audit().count(), auditBefore + 1);
}

void TestGuiSmoke::chartLetsGoOfAClosedCase()
{
    // A node selected on the chart, then the case closed or the chart started again: the chart
    // shows the graph it has (none, or the new one's), nothing of the old one stays selected. (The
    // old items outliving their graph was a use after free under ASan.)
    QString error;
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    LinkChartPage *chart = w.linkChart();
    w.casePage()->tabs()->setCurrentWidget(chart);
    QTRY_VERIFY_WITH_TIMEOUT(!chart->busy() && chart->graph().nodeCount() > 0, dttest::kStateTimeoutMs);
    const QString op0 = w.analysisPage()->operatorsModel()->index(0, 0).data().toString();
    QVERIFY(w.analysisPage()->selectOperator(op0));
    QCOMPARE(chart->selectedNodes().size(), size_t(1));
    // The details panel looks the operator up off the GUI thread; its answer selects it everywhere.
    QTRY_VERIFY_WITH_TIMEOUT(!w.entityPanel()->isBusy(), dttest::kStateTimeoutMs);

    // Started again without its saved state: until the new overview is built, the chart is empty.
    w.currentCase()->db().exec(QStringLiteral("DELETE FROM chart_states"));
    chart->setCase(w.currentCase());
    QCOMPARE(chart->scene()->items().size(), chart->graph().nodeCount() + 1);
    QVERIFY(chart->selectedNodes().empty());
    // The overview is built from the findings, which the window reads for every page after opening.
    chart->setFindings(std::make_shared<const analysis::Findings>(
        analysis::Detector::latestFindings(*w.currentCase(), &error)));
    QTRY_VERIFY_WITH_TIMEOUT(!chart->busy() && chart->graph().nodeCount() > 0, dttest::kStateTimeoutMs);
    QCOMPARE(chart->scene()->items().size(), chart->graph().nodeCount() + 1);
    QVERIFY(chart->selectedNodes().empty());

    QVERIFY(chart->selectEntity(graph::NodeType::Operator, op0));
    QCOMPARE(chart->selectedNodes().size(), size_t(1));
    w.closeCase();
    QCOMPARE(chart->graph().nodeCount(), 0);
    QCOMPARE(chart->scene()->items().size(), 1); // the (empty) layer of links
    QVERIFY(chart->selectedNodes().empty());
}

void TestGuiSmoke::leakedListsTab()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error)); // built by sampleCaseOpens
    QVERIFY(w.currentCase());
    LeaksPage *page = w.leaksPage();
    QTabWidget *tabs = w.casePage()->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Leaked lists"));
    tabs->setCurrentWidget(page);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAbstractItemModelTester t1(page->listsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(page->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The sample's five lists, every operator of the run against them, the two resale edges.
    QCOMPARE(page->listsModel()->rowCount(), 5);
    QVERIFY(page->listsModel()->rowOf(QStringLiteral("leak_resold_compilation")) >= 0);
    QCOMPARE(page->matrixModel()->columnCount(), 5);
    QCOMPARE(page->matrixModel()->rowCount(), w.analysisPage()->operatorsModel()->rowCount());
    QCOMPARE(page->matrixModel()->rowCount(), 5);
    int significant = 0;
    for (int r = 0; r < page->matrixModel()->rowCount(); ++r)
        for (int c = 0; c < page->matrixModel()->columnCount(); ++c)
            significant +=
                page->matrixModel()->index(r, c).data(analysis::LeakMatrixModel::StrengthRole).toDouble() > 0;
    QVERIFY(significant >= 4);
    QCOMPARE(page->lineageView()->arrowCount(), 2);
    QCOMPARE(page->lineageView()->listCount(), 5);
    // Choosing a cell selects its operator on the analysis page.
    page->matrixView()->setCurrentIndex(page->matrixModel()->index(2, 0));
    const QModelIndexList selected = w.analysisPage()->operatorsView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), page->matrixModel()->headerData(2, Qt::Vertical).toString());

    // The trail of a loan-list member the loan auto-dialler called shows that list, first called after it.
    const QJsonObject op1 = dttest::truthOperator(
        dttest::readTruth(QFileInfo(w.currentCase()->path()).absolutePath() + QStringLiteral("/files")));
    QCOMPARE(op1.value(QStringLiteral("leak")).toString(), QStringLiteral("leak_loan_app_users"));
    Statement st = w.currentCase()->db().prepare(
        QStringLiteral("SELECT v.value FROM leak_records l JOIN sources s ON s.id = l.source_id JOIN numbers "
                       "v ON v.id = l.phone "
                       "JOIN calls c ON c.callee = l.phone JOIN numbers o ON o.id = c.caller "
                       "WHERE s.name = 'leak_loan_app_users' AND o.value = ? ORDER BY l.line LIMIT 1"));
    st.bind(1, op1.value(QStringLiteral("numbers")).toArray().at(0).toString());
    QVERIFY(st.step());
    const QString victim = st.text(0);
    page->trailBox()->setText(victim.mid(3, 3) + QLatin1Char('-') + victim.mid(6, 4) + QLatin1Char('-') +
                              victim.mid(10));
    QTest::keyClick(page->trailBox(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isTracing(), dttest::kStateTimeoutMs);
    QVERIFY(page->trail());
    QCOMPARE(page->trail()->numbers, QStringList{victim});
    bool loan = false;
    for (const analysis::TrailLeak &l : page->trail()->leaks)
        loan |= l.source == QLatin1String("leak_loan_app_users") && l.firstOperatorCall &&
                l.firstOperatorCall->calledAfterAcquired.value_or(false);
    QVERIFY(loan);
    QVERIFY(page->trailText().contains(QStringLiteral("leak_loan_app_users")));
    QVERIFY(page->trailText().contains(QStringLiteral("days after the list was acquired")));
    QVERIFY(!page->trail()->calls.empty());
    QVERIFY(dttest::entityShown(w.entityPanel()));
    QCOMPARE(w.entityPanel()->details().key, victim); // the traced number's details beside the trail
    // A value that is nothing traceable says so, without a dialog.
    page->showTrail(QStringLiteral("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isTracing(), dttest::kStateTimeoutMs);
    QVERIFY(!page->trail());
    QVERIFY(page->trailText().contains(QStringLiteral("not a phone number")));
    // Closing the case empties the page.
    w.closeCase();
    QCOMPARE(page->listsModel()->rowCount(), 0);
    QCOMPARE(page->lineageView()->arrowCount(), 0);
}

void TestGuiSmoke::linkChartTab()
{
    using graph::EdgeType;
    using graph::NodeType;
    QString error;
    int nodesBefore = 0;
    graph::GraphFilter filterBefore;
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY2(dttest::openSample(w, &error), qPrintable(error)); // built by sampleCaseOpens
        QVERIFY(w.currentCase());
        // A case without a saved chart starts from the latest run's overview, built off the GUI thread.
        w.currentCase()->db().exec(QStringLiteral("DELETE FROM chart_states"));
        LinkChartPage *chart = w.linkChart();
        chart->setCase(w.currentCase());
        chart->setFindings(std::make_shared<const analysis::Findings>(
            analysis::Detector::latestFindings(*w.currentCase(), &error)));
        QTabWidget *tabs = w.casePage()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(chart)), QStringLiteral("Link chart"));
        tabs->setCurrentWidget(chart);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->busy() && chart->graph().nodeCount() > 0, dttest::kStateTimeoutMs);
        const graph::LinkGraph &g = chart->graph();
        int operators = 0, lineage = 0;
        for (const auto &n : g.nodes())
            operators += n.type == NodeType::Operator;
        for (const auto &e : g.edges())
            lineage += e.type == EdgeType::Lineage;
        QCOMPARE(operators, w.analysisPage()->operatorsModel()->rowCount());
        QCOMPARE(lineage, 2);
        QCOMPARE(chart->visibleNodeCount(), g.nodeCount());
        // One item per node and one layer for every link (labels are drawn by the view).
        QCOMPARE(chart->scene()->items().size(), g.nodeCount() + 1);
        const auto edgeLayer = [chart] {
            for (QGraphicsItem *i : chart->scene()->items())
                if (auto *l = qgraphicsitem_cast<EdgeLayer *>(i))
                    return l;
            return static_cast<EdgeLayer *>(nullptr);
        };
        const EdgeLayer *links = edgeLayer();
        QVERIFY(links);
        QCOMPARE(links->count(), g.edgeCount());
        QCOMPARE(links->shownCount(), g.edgeCount());

        // Selection is one across the views: an operator picked in the table is picked on the chart …
        const QString op0 = w.analysisPage()->operatorsModel()->index(0, 0).data().toString();
        QVERIFY(w.analysisPage()->selectOperator(op0));
        QCOMPARE(chart->selectedNodes().size(), size_t(1));
        QCOMPARE(g.node(chart->selectedNodes().front()).key, op0);
        // … and one picked on the chart is picked in the table.
        const QString op1 = w.analysisPage()->operatorsModel()->index(1, 0).data().toString();
        const int op1Node = g.find(NodeType::Operator, op1);
        QVERIFY(op1Node >= 0);
        chart->scene()->clearSelection();
        for (QGraphicsItem *i : chart->scene()->items())
            if (auto *n = dynamic_cast<NodeItem *>(i); n && n->index() == op1Node)
                n->setSelected(true);
        const QModelIndexList sel = w.analysisPage()->operatorsView()->selectionModel()->selectedRows();
        QCOMPARE(sel.size(), 1);
        QCOMPARE(sel.first().data().toString(), op1);

        // Expanding the busiest operator's first number brings its victims (a hub: aggregated), handset,
        // lists.
        const QJsonObject truthOp = dttest::truthOperator(
            dttest::readTruth(QFileInfo(w.currentCase()->path()).absolutePath() + QStringLiteral("/files")));
        const QString number = truthOp.value(QStringLiteral("numbers")).toArray().at(0).toString();
        const int numberNode = g.find(NodeType::Number, number);
        QVERIFY2(numberNode >= 0, qPrintable(number));
        const int before = g.nodeCount();
        QSignalSpy done(chart, &LinkChartPage::workFinished);
        chart->expandNode(numberNode);
        QVERIFY(chart->busy() || done.count() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, dttest::kStateTimeoutMs);
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(chart->graph().nodeCount() > before);
        QVERIFY(chart->graph().node(chart->graph().find(NodeType::Number, number)).expanded);
        bool aggregate = false, device = false;
        for (const auto &n : chart->graph().nodes()) {
            aggregate = aggregate || n.type == NodeType::Aggregate;
            device = device || n.type == NodeType::Device;
        }
        QVERIFY(aggregate);
        QVERIFY(device);

        // Filter by time: a window over the first hour counts only that hour's calls on each link; a
        // window after the last call hides the victims (and their aggregate) reached only by calls.
        const auto [lo, hi] = chart->graph().timeSpan();
        QVERIFY(hi > lo + 86400);
        const int allVisible = chart->visibleNodeCount();
        chart->setTimeWindow(lo, lo + 3600);
        for (int e = 0; e < chart->graph().edgeCount(); ++e) {
            const graph::Edge &x = chart->graph().edge(e);
            if (x.type != EdgeType::Call)
                continue;
            const qint64 inside =
                std::count_if(x.times.begin(), x.times.end(), [lo = lo](qint64 t) { return t < lo + 3600; });
            QCOMPARE(chart->graph().weight(e, chart->filter()), inside);
        }
        chart->setTimeWindow(hi + 1, hi + 2);
        QVERIFY(chart->visibleNodeCount() < allVisible);
        QVERIFY(edgeLayer()->shownCount() < chart->graph().edgeCount());
        chart->setTimeWindow(0, 0);
        QCOMPARE(chart->visibleNodeCount(), allVisible);
        chart->setTypeShown(NodeType::Device, false);
        QVERIFY(chart->visibleNodeCount() < allVisible);
        chart->setTypeShown(NodeType::Device, true);

        // A number typed in another spelling in the details panel is selected on the chart.
        const QString spelled = QStringLiteral("0086 ") + number.mid(3, 3) + QLatin1Char(' ') +
                                number.mid(6, 4) + QLatin1Char(' ') + number.mid(10);
        w.entityPanel()->searchBox()->setText(spelled);
        QTest::keyClick(w.entityPanel()->searchBox(), Qt::Key_Return);
        QVERIFY(dttest::entityShown(w.entityPanel()));
        QCOMPARE(chart->selectedNodes().size(), size_t(1));
        QCOMPARE(chart->graph().node(chart->selectedNodes().front()).key, number);
        QCOMPARE(w.casePage()->callsModel()->numberFilter(), number);

        // The shortest path between two numbers of one operator runs through the operator.
        const QString second = truthOp.value(QStringLiteral("numbers")).toArray().at(1).toString();
        const int a = chart->graph().find(NodeType::Number, number),
                  b = chart->graph().find(NodeType::Number, second);
        QVERIFY(b >= 0);
        QVERIFY(chart->highlightPath(a, b));
        QCOMPARE(chart->highlightedNodes().size(), 3);
        int highlightedLinks = 0;
        for (int e = 0; e < edgeLayer()->count(); ++e)
            highlightedLinks += edgeLayer()->highlighted(e);
        QCOMPARE(highlightedLinks, 2);
        QVERIFY(chart->highlightConnections(a, b) >= 3);
        chart->clearHighlight();

        // Hide and pin, then export both formats.
        chart->setHidden(b, true);
        QCOMPARE(chart->graph().nodeVisible(b, chart->filter()), false);
        chart->setPinned(a, true);
        QTemporaryDir out;
        QVERIFY2(chart->exportImage(out.filePath(QStringLiteral("chart.png")), &error), qPrintable(error));
        QVERIFY2(chart->exportImage(out.filePath(QStringLiteral("chart.svg")), &error), qPrintable(error));
        const QImage png(out.filePath(QStringLiteral("chart.png")));
        QVERIFY(png.width() > 300 && png.height() > 300);
        QFile svg(out.filePath(QStringLiteral("chart.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains(op0.toUtf8()) || svgText.contains("<path"));

        // The chart is saved in the case with its filter and comes back when the case is reopened.
        chart->setMinWeight(2);
        chart->flushSave();
        nodesBefore = chart->graph().nodeCount();
        filterBefore = chart->filter();
        w.closeCase();
        QCOMPARE(chart->graph().nodeCount(), 0);
        QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
        QVERIFY(!chart->busy());
        QCOMPARE(chart->graph().nodeCount(), nodesBefore);
        QVERIFY(chart->filter() == filterBefore);
        QVERIFY(chart->graph().node(chart->graph().find(NodeType::Number, second)).hidden);
        QVERIFY(chart->graph().node(chart->graph().find(NodeType::Number, number)).pinned);
        // Collapsing the number removes what its expansion brought in.
        chart->collapseNode(chart->graph().find(NodeType::Number, number));
        QVERIFY(chart->graph().nodeCount() < nodesBefore);
        chart->showOverview();
        QTRY_VERIFY_WITH_TIMEOUT(!chart->busy(), dttest::kStateTimeoutMs);
        QCOMPARE(chart->graph().nodeCount(), before);
    }
}

void TestGuiSmoke::notesAndTagsOnCallsAndEntities()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    QVERIFY(w.currentCase());
    CallsModel *calls = w.casePage()->callsModel();
    QAbstractItemModelTester tester(calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = calls->callId(3);
    QVERIFY(id > 0);
    QCOMPARE(calls->index(3, CallsModel::Id).data().toLongLong(), id);
    QCOMPARE(calls->index(3, CallsModel::Notes).data().toString(), QString());
    const qint64 audit = w.currentCase()->audit().count();
    // A note and a tag on a call show in the calls table; undo takes each back, redo returns it.
    QVERIFY(w.casePage()->annotateCall(id, QStringLiteral("caller ID spoofed")));
    QCOMPARE(calls->index(3, CallsModel::Notes).data().toString(), QStringLiteral("caller ID spoofed"));
    QVERIFY(w.casePage()->tagCall(id, QStringLiteral("evidence")));
    QCOMPARE(calls->index(3, CallsModel::Notes).data().toString(),
             QStringLiteral("caller ID spoofed #evidence"));
    QCOMPARE(calls->index(4, CallsModel::Notes).data().toString(), QString());
    w.undoStack()->undo();
    QCOMPARE(calls->index(3, CallsModel::Notes).data().toString(), QStringLiteral("caller ID spoofed"));
    w.undoStack()->undo();
    QCOMPARE(calls->index(3, CallsModel::Notes).data().toString(), QString());
    w.undoStack()->redo();
    QCOMPARE(calls->index(3, CallsModel::Notes).data().toString(), QStringLiteral("caller ID spoofed"));
    QCOMPARE(w.currentCase()->audit().count(), audit + 5); // note, tag, untag, note removed, note again
    // A tag on a number from the details panel: "#word" in the note box.
    EntityPanel *panel = w.entityPanel();
    const QString number = calls->index(3, CallsModel::Caller).data().toString();
    QVERIFY(dttest::showEntity(panel, number));
    panel->noteBox()->setText(QStringLiteral("#SIM-box"));
    QTest::keyClick(panel->noteBox(), Qt::Key_Return);
    QCOMPARE(Annotations::tags(w.currentCase()->db(), panel->details().kind, number),
             QStringList{QStringLiteral("SIM-box")});
    QVERIFY(panel->html().contains(QStringLiteral("#SIM-box")));
    QVERIFY(panel->noteBox()->text().isEmpty());
    // Tagging it again changes nothing and leaves nothing to undo that would take the tag off.
    const int steps = w.undoStack()->count();
    QVERIFY(panel->tag(QStringLiteral("SIM-box")));
    QCOMPARE(w.undoStack()->count(), steps);
    w.undoStack()->undo();
    QVERIFY(Annotations::tags(w.currentCase()->db(), panel->details().kind, number).isEmpty());
    QVERIFY(!panel->html().contains(QStringLiteral("#SIM-box")));
    w.undoStack()->redo();
    QVERIFY(panel->tag(QStringLiteral("SIM-box"), false)); // the × beside the tag
    QVERIFY(Annotations::tags(w.currentCase()->db(), panel->details().kind, number).isEmpty());

    // An operator picked in its table takes notes and tags too, kept with its analysis run (another run
    // may number its operators differently).
    Database &db = w.currentCase()->db();
    const QString opId =
        w.analysisPage()->operatorsModel()->index(1, analysis::OperatorsModel::Id).data().toString();
    QVERIFY(w.analysisPage()->selectOperator(opId));
    QVERIFY(dttest::entityShown(panel));
    QCOMPARE(panel->details().kind, QStringLiteral("operator"));
    QCOMPARE(panel->details().key, opId);
    const QString opKey = QStringLiteral("run%1/%2").arg(panel->details().runId).arg(opId);
    panel->noteBox()->setText(QStringLiteral("#reviewed"));
    QTest::keyClick(panel->noteBox(), Qt::Key_Return);
    panel->noteBox()->setText(QStringLiteral("same SIM box as case 2025-17"));
    QTest::keyClick(panel->noteBox(), Qt::Key_Return);
    QCOMPARE(Annotations::tags(db, QStringLiteral("operator"), opKey),
             QStringList{QStringLiteral("reviewed")});
    QCOMPARE(Annotations::of(db, QStringLiteral("operator"), opKey).size(), 1);
    QVERIFY(panel->html().contains(QStringLiteral("same SIM box as case 2025-17")));
    w.undoStack()->undo();
    QVERIFY(Annotations::of(db, QStringLiteral("operator"), opKey).isEmpty());
    QVERIFY(!panel->html().contains(QStringLiteral("same SIM box")));
    w.undoStack()->undo();
    QVERIFY(Annotations::tags(db, QStringLiteral("operator"), opKey).isEmpty());
    // Typed in the search box, the operator is selected in its table.
    const QString opId0 =
        w.analysisPage()->operatorsModel()->index(0, analysis::OperatorsModel::Id).data().toString();
    panel->searchBox()->setText(opId0);
    QTest::keyClick(panel->searchBox(), Qt::Key_Return);
    QVERIFY(dttest::entityShown(panel));
    QCOMPARE(w.analysisPage()->operatorsView()->selectionModel()->selectedRows().value(0).data().toString(),
             opId0);
    // A leaked list picked on its tab: its file, digest and acquisition date; tagged like any entity.
    QVERIFY(w.leaksPage()->selectList(QStringLiteral("leak_loan_app_users")));
    QVERIFY(dttest::entityShown(panel));
    QCOMPARE(panel->details().kind, QStringLiteral("leak_list"));
    const QString sha =
        db.scalar(QStringLiteral("SELECT sha256 FROM sources WHERE name = 'leak_loan_app_users'")).toString();
    QCOMPARE(sha.size(), 64);
    QVERIFY(panel->html().contains(sha));
    QVERIFY(panel->tag(QStringLiteral("bought-2026-07")));
    QCOMPARE(Annotations::tags(db, QStringLiteral("leak_list"), QStringLiteral("leak_loan_app_users")),
             QStringList{QStringLiteral("bought-2026-07")});
    // Something that names neither is not taken for one.
    QVERIFY(dttest::showEntity(panel, QStringLiteral("OPR-999")));
    QVERIFY(!panel->details().inCase);
}

void TestGuiSmoke::tablesCopyExportAndChooseColumns()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    auto *sources = w.casePage()->findChild<QTableView *>(QStringLiteral("sourcesView"));
    QVERIFY(sources);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sources.csv"));
    QVERIFY2(TableTools::exportCsv(sources, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    f.close();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + sources->model()->rowCount());
    QVERIFY(lines.first().contains("SHA-256"));
    QVERIFY(csv.contains(sources->model()->index(0, SourcesModel::Sha256).data().toString().toUtf8()));
    // Hiding a column takes it out of the export and the copy; the last shown column cannot be hidden.
    TableTools::setColumnShown(sources, SourcesModel::Sha256, false);
    QVERIFY(sources->horizontalHeader()->isSectionHidden(SourcesModel::Sha256));
    QVERIFY2(TableTools::exportCsv(sources, path, &error), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("SHA-256"));
    for (int c = 0; c < sources->model()->columnCount(); ++c)
        TableTools::setColumnShown(sources, c, false);
    QCOMPARE(sources->horizontalHeader()->count() - sources->horizontalHeader()->hiddenSectionCount(), 1);
    // Copy: the selected suspect with the header, tab-separated.
    QTableView *suspects = w.analysisPage()->suspectsView();
    suspects->selectRow(0);
    const QStringList copied = TableTools::selectionAsText(suspects).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(copied.size(), 2);
    QVERIFY(copied.first().startsWith(QStringLiteral("Number\t")));
    QVERIFY(copied.at(1).startsWith(suspects->model()->index(0, 0).data().toString() + QLatin1Char('\t')));
    // The complaints tab: every complaint of the sample, sortable; choosing one selects the reported number.
    ComplaintsModel *complaints = w.casePage()->complaintsModel();
    QAbstractItemModelTester tester(complaints, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(complaints->rowCount(), 30);
    QCOMPARE(complaints->total(), 30);
    QVERIFY(complaints->index(0, ComplaintsModel::Source)
                .data()
                .toString()
                .startsWith(QStringLiteral("complaints_12321")));
    QTableView *cv = w.casePage()->complaintsView();
    cv->setCurrentIndex(cv->model()->index(2, 0));
    const QString reported = cv->model()->index(2, ComplaintsModel::Reported).data().toString();
    QVERIFY(dttest::entityShown(w.entityPanel()));
    QCOMPARE(w.entityPanel()->details().key, reported);
    QCOMPARE(w.casePage()->callsModel()->numberFilter(), reported);
    // Every table of the workspace has the copy shortcut.
    for (QTableView *t : w.casePage()->findChildren<QTableView *>())
        QVERIFY2(!t->actions().isEmpty(), qPrintable(t->objectName()));
}

void TestGuiSmoke::languageSwitchesLive()
{
    MainWindow w;
    w.show();
    QMenu *file = w.menuBar()->actions().first()->menu();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    w.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    QCOMPARE(LanguageManager::instance().effectiveLanguage(), QStringLiteral("zh_CN"));
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), QStringLiteral("文件(&F)"),
                              dttest::kStateTimeoutMs); // LanguageChange is posted
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("actionOpenSample"))->text(),
             QStringLiteral("打开示例案件(&S)"));
    QCOMPARE(w.welcomePage()->findChild<QLabel *>(QStringLiteral("welcomeTitle"))->text(),
             QStringLiteral("DialTrace 呼叫溯源工作站"));
    w.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(file->title(), QStringLiteral("&File"), dttest::kStateTimeoutMs);
}

void TestGuiSmoke::oneClockEverywhere()
{
    // The Calls tab and a violation's supporting calls show the same call at the same local time,
    // both labelled with the zone; changing the case's zone shows both in the new one, and is audited.
    MainWindow w;
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    QVERIFY(w.currentCase());
    ViolationsPage *vp = w.violationsPage();
    QAbstractItemModel *rules = vp->violationsView()->model();
    int late = -1;
    for (int r = 0; r < rules->rowCount() && late < 0; ++r)
        if (rules->index(r, analysis::ViolationsModel::Rule).data(Qt::EditRole).toString() ==
            QLatin1String("outside_permitted_hours"))
            late = r;
    QVERIFY(late >= 0);
    vp->violationsView()->selectRow(late);
    const QString number = rules->index(late, 0).data(analysis::ViolationsModel::NumberRole).toString();
    analysis::SupportingCallsModel *support = vp->supportingCallsModel();
    QVERIFY(support->rowCount() > 0);
    const qint64 callId = support->index(0, analysis::SupportingCallsModel::Id).data().toLongLong();
    CallsModel *calls = w.casePage()->callsModel();
    w.casePage()->filterCalls(number);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(),
                             dttest::kStateTimeoutMs); // the number's calls are listed off the GUI thread
    auto startInCallsTab = [&]() -> QString {
        for (int r = 0; r < calls->rowCount(); ++r)
            if (calls->callId(r) == callId)
                return calls->index(r, CallsModel::Start).data().toString();
        return QString();
    };
    auto startInViolations = [&] {
        return support->index(0, analysis::SupportingCallsModel::Start).data().toString();
    };
    auto header = [](QAbstractItemModel *m, int column) {
        return m->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(startInViolations(), startInCallsTab());
    QCOMPARE(header(support, analysis::SupportingCallsModel::Start), QStringLiteral("Start (UTC+8)"));
    QCOMPARE(header(calls, CallsModel::Start), QStringLiteral("Start (UTC+8)"));
    // A call outside the permitted hours is shown outside them (not at 13:03 in UTC).
    const int hour = startInViolations().mid(11, 2).toInt();
    QVERIFY2(hour < 8 || hour >= 21, qPrintable(startInViolations()));
    const qint64 utc =
        support->index(0, analysis::SupportingCallsModel::Start).data(Qt::EditRole).toLongLong();
    QCOMPARE(startInViolations(), CaseClock(QStringLiteral("Asia/Shanghai")).text(utc));

    // In Chinese the label reads as Chinese.
    w.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(header(calls, CallsModel::Start), QStringLiteral("开始时间（UTC+8）"),
                              dttest::kStateTimeoutMs);
    QCOMPARE(header(support, analysis::SupportingCallsModel::Start), QStringLiteral("开始时间（UTC+8）"));
    w.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(header(calls, CallsModel::Start), QStringLiteral("Start (UTC+8)"),
                              dttest::kStateTimeoutMs);

    // Case → Time Zone: every view again, in Berlin's summer time; the selection stays.
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionTimeZone"))->isEnabled());
    QVERIFY2(w.setCaseTimeZone(QStringLiteral("Europe/Berlin"), &error), qPrintable(error));
    w.casePage()->filterCalls(number);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
    QCOMPARE(header(support, analysis::SupportingCallsModel::Start), QStringLiteral("Start (Europe/Berlin)"));
    QCOMPARE(header(calls, CallsModel::Start), QStringLiteral("Start (Europe/Berlin)"));
    QCOMPARE(support->index(0, analysis::SupportingCallsModel::Id).data().toLongLong(), callId);
    QCOMPARE(startInViolations(), CaseClock(QStringLiteral("Europe/Berlin")).text(utc));
    QVERIFY(startInViolations().endsWith(QStringLiteral(" UTC+2"))); // September: summer time
    QCOMPARE(startInCallsTab(), startInViolations());
    QCOMPARE(header(w.analysisPage()->operatorsModel(), analysis::OperatorsModel::FirstCall),
             QStringLiteral("First call (Europe/Berlin)"));
    QCOMPARE(header(w.casePage()->complaintsModel(), ComplaintsModel::Time),
             QStringLiteral("Time (Europe/Berlin)"));
    AuditLogModel *audit = w.casePage()->auditModel();
    QCOMPARE(header(audit, AuditLogModel::Time), QStringLiteral("Time (Europe/Berlin)"));
    QCOMPARE(audit->index(audit->rowCount() - 1, AuditLogModel::Action).data().toString(),
             QStringLiteral("set-timezone"));
    w.findEntity(number);
    QVERIFY(dttest::entityShown(w.entityPanel()));
    QVERIFY2(w.entityPanel()->html().contains(QStringLiteral(" UTC+2")), qPrintable(w.entityPanel()->html()));
    QVERIFY(!w.entityPanel()->html().contains(QStringLiteral("UTC+8")));
    // Back to the sample's own zone for the tests after this one.
    QVERIFY2(w.setCaseTimeZone(QStringLiteral("Asia/Shanghai"), &error), qPrintable(error));
    QCOMPARE(startInViolations(), CaseClock(QStringLiteral("Asia/Shanghai")).text(utc));
}

void TestGuiSmoke::timeZoneDialog()
{
    // Case → Time Zone… and New Case: any zone the workstation knows, with what it means; no other.
    const qint64 firstCall = QDateTime(QDate(2026, 9, 1), QTime(1, 27, 44), Qt::UTC).toSecsSinceEpoch();
    TimeZoneDialog d(QStringLiteral("Asia/Shanghai"), firstCall);
    auto *combo = d.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *about = d.findChild<QLabel *>(QStringLiteral("timeZoneAbout"));
    auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(d.zone(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(about->text().contains(QStringLiteral("2026-09-01 09:27:44 (Asia/Shanghai, UTC+8)")));
    combo->setCurrentText(QStringLiteral("Europe/Berlin"));
    QVERIFY(ok->isEnabled());
    QVERIFY(about->text().contains(QStringLiteral("Europe/Berlin (UTC+1 / UTC+2)")));
    QVERIFY(about->text().contains(QStringLiteral("2026-09-01 03:27:44 (Europe/Berlin, UTC+2)")));
    combo->setCurrentText(QStringLiteral("Nowhere"));
    QVERIFY(!ok->isEnabled());
}

void TestGuiSmoke::findingsFollowTheInterfaceLanguage()
{
    // Reasons, categories, evidence, violations and number types are codes with figures, put into
    // words in the interface's language when shown.
    MainWindow w;
    w.show();
    QString error;
    QSignalSpy ready(&w, &MainWindow::sampleCaseReady);
    QVERIFY2(w.openSampleCase(&error), qPrintable(error)); // at once when sampleCaseOpens built it
    if (!w.currentCase())
        QVERIFY(ready.wait(60000));
    QVERIFY(w.currentCase());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLoadingFindings(),
                             dttest::kStateTimeoutMs); // read and prepared off the GUI thread
    AnalysisPage *page = w.analysisPage();
    QVERIFY(page->suspectsModel()->rowCount() > 0);
    auto column = [](const QAbstractItemModel *m, int c) {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, c).data().toString();
        return out.join(QLatin1Char('\n'));
    };
    using S = analysis::SuspectsModel;
    QVERIFY(
        column(page->suspectsModel(), S::Reasons).contains(QStringLiteral("outgoing calls per active day")));
    w.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        column(page->suspectsModel(), S::Reasons).contains(QStringLiteral("平均每日呼出")),
        dttest::kStateTimeoutMs);
    QVERIFY(!column(page->suspectsModel(), S::Reasons).contains(QStringLiteral("outgoing calls")));
    QVERIFY(column(page->suspectsModel(), S::Category).contains(QStringLiteral("自动拨号")));
    QVERIFY(
        column(page->operatorsModel(), analysis::OperatorsModel::Evidence).contains(QStringLiteral("同一")));
    const QString violations =
        column(w.violationsPage()->violationsModel(), analysis::ViolationsModel::Details) +
        column(w.violationsPage()->violationsModel(), analysis::ViolationsModel::Rule);
    QVERIFY2(violations.contains(QStringLiteral("投诉后")), qPrintable(violations));
    QVERIFY(!violations.contains(QStringLiteral("calls per active day")));
    // The details panel: an operator's links and a suspect number's type in Chinese.
    w.entityPanel()->showEntity(QStringLiteral("OPR-003"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.entityPanel()->isBusy(),
                             dttest::kStateTimeoutMs); // looked up off the GUI thread
    QVERIFY(w.entityPanel()->html().contains(QStringLiteral("同一终端")));
    w.entityPanel()->showEntity(page->suspectsModel()->index(0, S::Number).data().toString());
    QTRY_VERIFY_WITH_TIMEOUT(!w.entityPanel()->isBusy(), dttest::kStateTimeoutMs);
    QVERIFY2(w.entityPanel()->html().contains(QStringLiteral("虚拟运营商号码")),
             qPrintable(w.entityPanel()->html()));
    w.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        column(page->suspectsModel(), S::Reasons).contains(QStringLiteral("outgoing calls per active day")),
        dttest::kStateTimeoutMs);
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
