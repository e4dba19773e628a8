// The import wizard under the offscreen platform: detection, mapping edits and the live preview,
// the run off the GUI thread with its summary and rejected rows, and cancel leaving the case as it was.
#include "case/casefile.h"
#include "case/rejectedrowsmodel.h"
#include "case/sourcesmodel.h"
#include "case/verifier.h"
#include "casepage.h"
#include "guiutil.h"
#include "importfilespage.h"
#include "importrunpage.h"
#include "importsettingspage.h"
#include "importsummarypage.h"
#include "importwizard.h"
#include "ingest/importpreviewmodel.h"
#include "ingest/mappingmodel.h"
#include "ingest/mappingprofiles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dt;
using namespace dt::ui;
using dt::ingest::Field;

namespace {

// Line 4 has no usable start time: the one row the import must reject.
const QByteArray kCsv = "主叫号码,被叫号码,开始时间,通话时长\n"
                        "13800138000,13900139000,2026-09-01 09:15:32,65\n"
                        "13800138001,02161234567,2026-09-01 10:00:00,120\n"
                        "13800138002,13900139002,not a time,30\n"
                        "13800138003,13900139003,2026-09-02 08:00:00,5\n";

qint64 scalar(CaseFile &cf, const char *sql)
{
    return cf.db().scalar(QString::fromUtf8(sql)).toLongLong();
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mappingEditsBecomeMapSpec_data();
    void mappingEditsBecomeMapSpec();
    void previewFollowsSettings_data();
    void previewFollowsSettings();
    void filesPageTakesDropsAndRemoves();
    void wizardImportsFromMainWindow();
    void failedFileIsReportedOthersImported();
    void cancelLeavesCaseUnchanged_data();
    void cancelLeavesCaseUnchanged();
    void etaFromBytesDone_data();
    void etaFromBytesDone();

private:
    QString newCase(const QString &name);
    QTemporaryDir m_dir;
    QString m_csv;
};

void TestGuiImport::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    m_csv = dttest::writeFile(m_dir.filePath(QStringLiteral("话单.csv")), kCsv);
    QVERIFY(!m_csv.isEmpty());
}

QString TestGuiImport::newCase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto cf = CaseFile::create(path, name, &error);
    if (!cf)
        qWarning("%s", qPrintable(error));
    return cf ? path : QString();
}

void TestGuiImport::mappingEditsBecomeMapSpec_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("callerAfter");
    QTest::addColumn<int>("durationAfter");
    QTest::newRow("caller from the callee column")
        << int(Field::Caller) << 1 << QStringLiteral("caller=2") << 1 << 3;
    QTest::newRow("duration not mapped")
        << int(Field::Duration) << -1 << QStringLiteral("duration=") << 0 << -1;
    QTest::newRow("same column: no edit") << int(Field::Caller) << 0 << QString() << 0 << 3;
}

void TestGuiImport::mappingEditsBecomeMapSpec()
{
    QFETCH(int, field);
    QFETCH(int, column);
    QFETCH(QString, spec);
    QFETCH(int, callerAfter);
    QFETCH(int, durationAfter);
    ingest::Layout layout;
    QString error;
    QVERIFY2(ingest::Importer::sniff(m_csv, {}, &layout, &error), qPrintable(error));
    QCOMPARE(layout.kind, QStringLiteral("calls"));
    ingest::MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLayout(layout, {});
    QCOMPARE(model.rowCount(), int(ingest::MappingModel::fieldsFor(QStringLiteral("calls")).size()));
    // The detected choices with their confidence: exact Chinese header synonyms.
    const int callerRow = 0;
    QCOMPARE(model.index(callerRow, ingest::MappingModel::SourceColumn).data().toString(),
             QStringLiteral("主叫号码"));
    QCOMPARE(model.index(callerRow, ingest::MappingModel::ConfidenceColumn).data(Qt::EditRole).toDouble(),
             1.0);
    QCOMPARE(model.column(Field::Start), 2);
    QCOMPARE(model.column(Field::Imei), -1);

    QSignalSpy edited(&model, &ingest::MappingModel::mappingEdited);
    const int row = int(ingest::MappingModel::fieldsFor(QStringLiteral("calls")).indexOf(Field(field)));
    QVERIFY(model.setData(model.index(row, ingest::MappingModel::SourceColumn), column));
    QCOMPARE(edited.size(), spec.isEmpty() ? 0 : 1);
    QCOMPARE(model.overridesSpec(), spec);
    QVERIFY(!model.setData(model.index(row, ingest::MappingModel::SourceColumn), 99)); // no such column

    // The spec, given back to the sniffer, reproduces the edit.
    ingest::ImportOptions opt;
    opt.map = spec;
    ingest::Layout again;
    QVERIFY2(ingest::Importer::sniff(m_csv, opt, &again, &error), qPrintable(error));
    QCOMPARE(again.mapping.column(Field::Caller), callerAfter);
    QCOMPARE(again.mapping.column(Field::Duration), durationAfter);
}

void TestGuiImport::previewFollowsSettings_data()
{
    QTest::addColumn<QString>("caseZone");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("firstStart");
    QTest::addColumn<QString>("startHeader");
    QTest::newRow("Beijing time") << QStringLiteral("Asia/Shanghai") << QStringLiteral("Asia/Shanghai")
                                  << qint64(0) << QStringLiteral("2026-09-01 09:15:32")
                                  << QStringLiteral("Start (UTC+8)");
    QTest::newRow("UTC") << QStringLiteral("Asia/Shanghai") << QStringLiteral("UTC") << qint64(0)
                         << QStringLiteral("2026-09-01 17:15:32") << QStringLiteral("Start (UTC+8)");
    QTest::newRow("clock 90 s slow") << QStringLiteral("Asia/Shanghai") << QStringLiteral("Asia/Shanghai")
                                     << qint64(90) << QStringLiteral("2026-09-01 09:17:02")
                                     << QStringLiteral("Start (UTC+8)");
    // Shown in the case's zone, whatever the file's.
    QTest::newRow("Beijing file, Berlin case")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("Asia/Shanghai") << qint64(0)
        << QStringLiteral("2026-09-01 03:15:32 UTC+2") << QStringLiteral("Start (Europe/Berlin)");
    // A file without a zone given is read in the case's.
    QTest::newRow("no zone given, Berlin case")
        << QStringLiteral("Europe/Berlin") << QString() << qint64(0)
        << QStringLiteral("2026-09-01 09:15:32 UTC+2") << QStringLiteral("Start (Europe/Berlin)");
}

void TestGuiImport::previewFollowsSettings()
{
    QFETCH(QString, caseZone);
    QFETCH(QString, timezone);
    QFETCH(qint64, offset);
    QFETCH(QString, firstStart);
    QFETCH(QString, startHeader);
    ingest::ImportOptions opt;
    opt.timezone = timezone;
    opt.clockOffset = offset;
    ingest::Layout layout;
    QString error;
    QVERIFY2(ingest::Importer::sniff(m_csv, opt, &layout, &error), qPrintable(error));
    ingest::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock(CaseClock(caseZone));
    model.setLayout(layout, opt);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), startHeader);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("+8613800138000"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("+862161234567"));
    QCOMPARE(model.index(0, 2).data().toString(), firstStart);
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("65"));
    QCOMPARE(model.problemRows(), 1);
    QVERIFY(model.index(2, 4).data(ingest::ImportPreviewModel::ProblemRole).toBool());
    QVERIFY(model.index(2, 4).data().toString().contains(QStringLiteral("'not a time' is not a time")));
    QVERIFY(!model.index(0, 4).data(ingest::ImportPreviewModel::ProblemRole).toBool());
    model.setMode(ingest::ImportPreviewModel::Mode::Decoded);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("主叫号码"));
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("not a time"));
}

void TestGuiImport::filesPageTakesDropsAndRemoves()
{
    ImportWizard wizard(nullptr);
    wizard.show();
    ImportFilesPage *page = wizard.filesPage();
    QVERIFY(!page->isComplete());
    const QString second = dttest::writeFile(m_dir.filePath(QStringLiteral("second.csv")), kCsv);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_csv), QUrl::fromLocalFile(second), QUrl::fromLocalFile(m_csv)});
    QWidget *target = page->list()->viewport();
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QCOMPARE(wizard.files().size(), 2); // the same file twice is listed once
    QCOMPARE(page->list()->count(), 2);
    QVERIFY(page->isComplete());
    page->list()->setCurrentRow(0);
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("importRemoveFiles"));
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(wizard.files().size(), 1);
    QCOMPARE(wizard.files().at(0).path, QFileInfo(second).absoluteFilePath());
    QCOMPARE(page->list()->count(), 1);
}

void TestGuiImport::wizardImportsFromMainWindow()
{
    const QString path = newCase(QStringLiteral("wizard.dtcase"));
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.show();
    QString error;
    QVERIFY2(dttest::openCase(w, path, &error), qPrintable(error));
    QAction *action = w.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

    // Dropping the file on the window opens the wizard on its settings page.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    auto *wizard = w.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->files().size(), 1);
    QCOMPARE(wizard->filesPage()->list()->count(), 1);
    QCOMPARE(wizard->currentId(), int(ImportWizard::SettingsPageId));
    ImportSettingsPage *page = wizard->settingsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSniffing(), dttest::kStateTimeoutMs);
    QVERIFY2(page->sniffError().isEmpty(), qPrintable(page->sniffError()));
    QCOMPARE(page->layout().kind, QStringLiteral("calls"));
    QCOMPARE(page->layout().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(page->mappingModel()->column(Field::Callee), 1);
    ingest::ImportPreviewModel *preview = page->previewModel();
    QAbstractItemModelTester t1(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(page->mappingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("+8613800138000"));
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("+8613900139000"));

    // Swap caller and callee in the mapping table: the preview is parsed again.
    ingest::MappingModel *mapping = page->mappingModel();
    QVERIFY(mapping->setData(mapping->index(0, ingest::MappingModel::SourceColumn), 1));
    QVERIFY(mapping->setData(mapping->index(1, ingest::MappingModel::SourceColumn), 0));
    QVERIFY(page->isSniffing());
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, 0).data().toString(), QStringLiteral("+8613900139000"),
                              dttest::kStateTimeoutMs);
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("+8613800138000"));
    QCOMPARE(mapping->index(0, ingest::MappingModel::ConfidenceColumn).data().toString(),
             QStringLiteral("set by you"));
    QCOMPARE(wizard->files().at(0).effectiveOptions().map, QStringLiteral("caller=2,callee=1"));

    // The same through the table's combo: duration not mapped, then back to its column.
    auto *view = page->findChild<QTableView *>(QStringLiteral("importMappingView"));
    QVERIFY(view);
    const int durationRow =
        int(ingest::MappingModel::fieldsFor(QStringLiteral("calls")).indexOf(Field::Duration));
    auto *combo = qobject_cast<QComboBox *>(
        view->indexWidget(mapping->index(durationRow, ingest::MappingModel::SourceColumn)));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5); // not mapped + 4 columns
    QCOMPARE(combo->currentText(), QStringLiteral("通话时长"));
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    QCOMPARE(mapping->column(Field::Duration), -1);
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, 3).data().toString(), QString(), dttest::kStateTimeoutMs);
    combo = qobject_cast<QComboBox *>(
        view->indexWidget(mapping->index(durationRow, ingest::MappingModel::SourceColumn)));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 0);
    combo->setCurrentIndex(4);
    Q_EMIT combo->activated(4);
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, 3).data().toString(), QStringLiteral("65"),
                              dttest::kStateTimeoutMs);

    // A settings change re-sniffs too: the clock offset moves the parsed times.
    page->clockOffsetSpin()->setValue(60);
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, 2).data().toString(), QStringLiteral("2026-09-01 09:16:32"),
                              dttest::kStateTimeoutMs);
    page->clockOffsetSpin()->setValue(0);
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, 2).data().toString(), QStringLiteral("2026-09-01 09:15:32"),
                              dttest::kStateTimeoutMs);

    // The mapping as a profile in the case, offered for the next file.
    QVERIFY2(page->saveProfile(QStringLiteral("swapped"), &error), qPrintable(error));
    const auto profile = ingest::MappingProfiles::load(w.currentCase()->db(), QStringLiteral("swapped"));
    QVERIFY(profile);
    QVERIFY(profile->map.contains(QStringLiteral("caller=被叫号码")));
    QVERIFY(profile->map.contains(QStringLiteral("callee=主叫号码")));
    QVERIFY(page->profileCombo()->findData(QStringLiteral("swapped")) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSniffing(), dttest::kStateTimeoutMs);
    QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("+8613900139000"));

    const qint64 rejectedBefore = w.casePage()->rejectedModel()->total();
    QCOMPARE(rejectedBefore, 0);
    wizard->next(); // Import
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPageId), dttest::kStateTimeoutMs);

    const ImportFileResult &r = wizard->results().at(0);
    QCOMPARE(int(r.state), int(ImportFileResult::State::Imported));
    QCOMPARE(r.summary.accepted, 3);
    QCOMPARE(r.summary.rejected, 1);
    QTableWidget *table = wizard->summaryPage()->summaryTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ImportSummaryPage::Accepted)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(0, ImportSummaryPage::Rejected)->text(), QStringLiteral("1"));
    QVERIFY(table->item(0, ImportSummaryPage::Details)->text().contains(QStringLiteral("not a time")));
    RejectedRowsModel *rejected = wizard->summaryPage()->rejectedModel();
    QAbstractItemModelTester t3(rejected, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->index(0, RejectedRowsModel::Line).data().toLongLong(), 4);
    QVERIFY(
        rejected->index(0, RejectedRowsModel::Raw).data().toString().contains(QStringLiteral("not a time")));

    // In the case, seen through the window's own connection, and the case page refreshed.
    CaseFile &cf = *w.currentCase();
    QCOMPARE(scalar(cf, "SELECT count(*) FROM calls"), 3);
    QCOMPARE(scalar(cf, "SELECT line FROM rejected_rows"), 4);
    QCOMPARE(cf.db()
                 .scalar(QStringLiteral("SELECT n.value FROM calls c JOIN numbers n ON n.id = c.caller "
                                        "WHERE c.line = 2"))
                 .toString(),
             QStringLiteral("+8613900139000")); // the swapped mapping was imported
    QCOMPARE(w.casePage()->sourcesModel()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->isLoading(),
                             dttest::kStateTimeoutMs); // its rejected rows are read off the GUI thread
    QCOMPARE(w.casePage()->rejectedModel()->total(), 1);
    QVERIFY(CaseVerifier::verify(path).ok);
    wizard->accept();
}

void TestGuiImport::failedFileIsReportedOthersImported()
{
    const QString path = newCase(QStringLiteral("failed.dtcase"));
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    ingest::ImportSummary first;
    QVERIFY2(ingest::Importer(*cf).importFile(m_csv, {}, &first, &error), qPrintable(error));
    const QString other = dttest::writeFile(m_dir.filePath(QStringLiteral("other.csv")),
                                            "主叫号码,被叫号码,开始时间,通话时长\n"
                                            "13700137000,13600136000,2026-09-03 11:00:00,42\n");
    // The second file is already in the case: it fails, naming itself; the first is imported.
    ImportWizard wizard(cf.get(), {other, m_csv});
    QCOMPARE(wizard.files().size(), 2);
    wizard.show();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.settingsPage()->isSniffing(), dttest::kStateTimeoutMs);
    QCOMPARE(wizard.settingsPage()->fileCombo()->count(), 2);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), dttest::kStateTimeoutMs);
    QCOMPARE(int(wizard.results().at(0).state), int(ImportFileResult::State::Imported));
    QCOMPARE(wizard.results().at(0).summary.accepted, 1);
    QCOMPARE(int(wizard.results().at(1).state), int(ImportFileResult::State::Failed));
    QVERIFY2(wizard.results().at(1).error.contains(QStringLiteral("话单.csv")),
             qPrintable(wizard.results().at(1).error));
    QTableWidget *table = wizard.summaryPage()->summaryTable();
    QCOMPARE(table->item(1, ImportSummaryPage::Details)->text(), wizard.results().at(1).error);
    QVERIFY(wizard.runPage()->log()->toPlainText().contains(wizard.results().at(1).error));
    QCOMPARE(scalar(*cf, "SELECT count(*) FROM sources"), 2);
    QCOMPARE(scalar(*cf, "SELECT count(*) FROM calls"), 4);
}

void TestGuiImport::cancelLeavesCaseUnchanged_data()
{
    QTest::addColumn<bool>("afterFirstRows");
    QTest::newRow("right after the start") << false;
    QTest::newRow("after rows were written") << true; // inside the import's transaction
}

void TestGuiImport::cancelLeavesCaseUnchanged()
{
    QFETCH(bool, afterFirstRows);
    const QString path = newCase(QStringLiteral("cancel-%1.dtcase").arg(afterFirstRows));
    QVERIFY(!path.isEmpty());
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QByteArray big = "主叫号码,被叫号码,开始时间,通话时长\n";
    big.reserve(600000 * 48);
    for (int i = 0; i < 600000; ++i)
        big += "1380" + QByteArray::number(1000000 + i) + ",1390" + QByteArray::number(2000000 + i % 5000) +
               ",2026-09-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') +
               " 10:" + QByteArray::number(10 + i % 50) + ":00," + QByteArray::number(i % 300) + '\n';
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("big.csv")), big);
    // A case that already holds a source: cancel must leave it exactly so.
    ingest::ImportSummary first;
    QVERIFY2(ingest::Importer(*cf).importFile(m_csv, {}, &first, &error), qPrintable(error));
    const qint64 callsBefore = scalar(*cf, "SELECT count(*) FROM calls");
    const qint64 numbersBefore = scalar(*cf, "SELECT count(*) FROM numbers");
    const qint64 auditBefore = scalar(*cf, "SELECT count(*) FROM audit_log");
    QVERIFY(!file.isEmpty());

    // The worker is held at a known point until Cancel was clicked, so the import can never
    // finish first however fast or loaded the machine is.
    std::atomic_bool held{false}, released{false};
    ImportRunPage::progressHookForTests() = [&](qint64 done, qint64) {
        if (afterFirstRows && done <= 0)
            return;
        held = true;
        while (!released)
            QThread::msleep(2);
    };
    const auto unhook = qScopeGuard([&] {
        released = true;
        ImportRunPage::progressHookForTests() = nullptr;
    });

    ImportWizard wizard(cf.get(), {file, m_csv});
    wizard.show();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.settingsPage()->isSniffing(), dttest::kStateTimeoutMs);
    QVERIFY2(wizard.settingsPage()->sniffError().isEmpty(), qPrintable(wizard.settingsPage()->sniffError()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QVERIFY(wizard.runPage()->isRunning());
    QVERIFY(wizard.runPage()->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(held, dttest::kStateTimeoutMs);
    if (afterFirstRows) { // the first rows written always show on the bars
        QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->fileBar()->maximum() > 0, dttest::kStateTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->overallBar()->value() > 0, dttest::kStateTimeoutMs);
    }
    QTest::mouseClick(wizard.runPage()->cancelButton(), Qt::LeftButton);
    released = true;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), dttest::kStateTimeoutMs);
    QCOMPARE(int(wizard.results().at(0).state), int(ImportFileResult::State::Cancelled));
    QCOMPARE(int(wizard.results().at(1).state), int(ImportFileResult::State::NotRun)); // never started
    QCOMPARE(wizard.summaryPage()->rejectedModel()->rowCount(), 0);

    QCOMPARE(scalar(*cf, "SELECT count(*) FROM calls"), callsBefore);
    QCOMPARE(scalar(*cf, "SELECT count(*) FROM sources"), 1);
    QCOMPARE(scalar(*cf, "SELECT count(*) FROM numbers"), numbersBefore);
    QCOMPARE(scalar(*cf, "SELECT count(*) FROM rejected_rows"), 1);
    QCOMPARE(scalar(*cf, "SELECT count(*) FROM audit_log"), auditBefore);
    const VerifyResult v = CaseVerifier::verify(path);
    QVERIFY2(v.ok, qPrintable(QString::fromUtf8(QJsonDocument(v.toJson()).toJson())));
}

void TestGuiImport::etaFromBytesDone_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too early") << qint64(999) << qint64(1000) << qint64(4000) << QString();
    QTest::newRow("nothing done") << qint64(5000) << qint64(0) << qint64(4000) << QString();
    QTest::newRow("a quarter in 2 s")
        << qint64(2000) << qint64(1000) << qint64(4000) << QStringLiteral("About 6 s left (500 bytes/s)");
    QTest::newRow("minutes") << qint64(2000) << qint64(1000) << qint64(1000 + 500 * 125)
                             << QStringLiteral("About 2 min 5 s left (500 bytes/s)");
}

void TestGuiImport::etaFromBytesDone()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(QString, expected);
    QCOMPARE(ImportRunPage::etaText(elapsedMs, done, total), expected);
}

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
