#include "mainwindow.h"

#include "analysis/detection.h"
#include "analysispage.h"
#include "case/casefile.h"
#include "casepage.h"
#include "casequery.h"
#include "dt/version.h"
#include "entitypanel.h"
#include "helpwindow.h"
#include "importwizard.h"
#include "languagemanager.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "numberspage.h"
#include "openingpage.h"
#include "printing.h"
#include "recentcases.h"
#include "reportdialog.h"
#include "sample/samplecase.h"
#include "shortcutlist.h"
#include "tabletools.h"
#include "trainingmenu.h"
#include "timezonedialog.h"
#include "violationspage.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>

namespace dt::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // files dropped on the window open the import wizard
    m_undoStack = new QUndoStack(this);
    createActions();
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_newCase, m_openCase, m_openSample, m_stack);
    m_openingPage = new OpeningPage(m_stack);
    m_casePage = new CasePage(m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_openingPage);
    m_stack->addWidget(m_casePage);
    m_findingsQuery = new CaseQuery(this);
    connect(m_openingPage, &OpeningPage::cancelRequested, this, &MainWindow::cancelOpening);
    connect(&m_openWatcher, &QFutureWatcher<Opening>::finished, this, [this] {
        const Opening o = m_openWatcher.result();
        m_opening = false;
        opened(std::unique_ptr<CaseFile>(o.cf), o.error, o.counts);
    });
    setCentralWidget(m_stack);
    m_analysisPage = new AnalysisPage(m_casePage);
    m_casePage->tabs()->insertTab(0, m_analysisPage, QString());
    m_leaksPage = new LeaksPage(m_casePage);
    m_casePage->tabs()->insertTab(1, m_leaksPage, QString());
    m_linkChart = new LinkChartPage(m_casePage);
    m_casePage->tabs()->insertTab(2, m_linkChart, QString());
    m_violationsPage = new ViolationsPage(m_casePage);
    m_casePage->tabs()->insertTab(3, m_violationsPage, QString());
    m_numbersPage = new NumbersPage(m_casePage);
    m_casePage->tabs()->insertTab(4, m_numbersPage, QString());
    m_entityPanel = new EntityPanel(this);
    m_entityPanel->setUndoStack(m_undoStack);
    m_casePage->setUndoStack(m_undoStack);
    m_entityPanel->setMinimumWidth(420);
    addDockWidget(Qt::RightDockWidgetArea, m_entityPanel);
    m_entityPanel->hide();
    connect(m_welcome, &WelcomePage::recentCaseActivated, this, [this](const QString &p) { openCase(p); });
    using graph::NodeType;
    connect(m_analysisPage, &AnalysisPage::numberActivated, this,
            [this](const QString &n) { linkSelection(int(NodeType::Number), n); });
    connect(m_analysisPage, &AnalysisPage::operatorChosen, this,
            [this](const QString &id) { linkSelection(int(NodeType::Operator), id); });
    connect(m_leaksPage, &LeaksPage::listSelected, this,
            [this](const QString &s) { linkSelection(int(NodeType::LeakList), s); });
    connect(m_linkChart, &LinkChartPage::entitySelected, this,
            [this](NodeType t, const QString &k) { linkSelection(int(t), k); });
    connect(m_entityPanel, &EntityPanel::entityShown, this, [this](const QString &key) {
        const EntityDetails &d = m_entityPanel->details();
        if (!d.inCase)
            return;
        if (d.kind == QLatin1String("phone"))
            linkSelection(int(NodeType::Number), key);
        else if (d.kind == QLatin1String("operator"))
            linkSelection(int(NodeType::Operator), key);
        else if (d.kind == QLatin1String("leak_list"))
            linkSelection(int(NodeType::LeakList), key);
    });
    connect(m_linkChart, &LinkChartPage::entityActivated, this, [this](NodeType t, const QString &k) {
        if (t == NodeType::Number || t == NodeType::Device)
            findEntity(k);
    });
    connect(m_analysisPage, &AnalysisPage::analysisFinished, this, [this](bool ok) {
        m_casePage->refresh();
        if (ok)
            loadFindings(); // the new run's; the analyst's chart is kept
    });
    connect(m_violationsPage, &ViolationsPage::numberActivated, this,
            [this](const QString &n) { linkSelection(int(NodeType::Number), n); });
    connect(m_numbersPage, &NumbersPage::numberActivated, this,
            [this](const QString &n) { linkSelection(int(NodeType::Number), n); });
    connect(m_casePage, &CasePage::numberChosen, this,
            [this](const QString &n) { linkSelection(int(NodeType::Number), n); });
    connect(m_leaksPage, &LeaksPage::operatorSelected, this,
            [this](const QString &id) { linkSelection(int(NodeType::Operator), id); });
    connect(m_leaksPage, &LeaksPage::numberActivated, this,
            [this](const QString &n) { linkSelection(int(NodeType::Number), n); });
    // Copy, CSV export and a column chooser on every table of the workspace.
    for (QTableView *table : m_casePage->findChildren<QTableView *>())
        TableTools::install(table);
    TableTools::setExportRecorder(
        [w = QPointer<MainWindow>(this)](const QTableView *v, const QString &p, QString *e) {
            return !w || w->recordTableExport(v, p, e);
        });
    TableTools::setHeaderProvider([w = QPointer<MainWindow>(this)](const QTableView *v) {
        return w ? w->tablePrintHeader(v) : PrintHeader{v->objectName(), {}, {}};
    });
    createMenus();
    m_caseStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_caseStatus);

    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    retranslateUi();
    updateState();
}

MainWindow::~MainWindow()
{
    m_sampleCancel = true;
    m_sampleWatcher.waitForFinished();
    if (m_opening) { // not handled yet: nobody else will take the case it opened
        m_openCancel = true;
        m_openWatcher.waitForFinished();
        delete m_openWatcher.result().cf; // opened for a window that is going away
    }
    m_findingsQuery->waitForDone();
    // The pages refer to the case (the chart saves itself into it): close it while they still exist.
    closeCase();
    // Pages signal selection changes while they are torn down; nothing should be linked by then.
    m_linking = true;
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &icon, QKeySequence key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        if (!icon.isEmpty())
            a->setIcon(
                QIcon::fromTheme(icon, QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg"))));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_newCase = make("actionNewCase", QStringLiteral("document-new"), QKeySequence::New);
    m_openCase = make("actionOpenCase", QStringLiteral("document-open"), QKeySequence::Open);
    m_openSample = make("actionOpenSample", QStringLiteral("sample-case"));
    m_closeCase = make("actionCloseCase", QString(), QKeySequence::Close);
    m_quit = make("actionQuit", QString(), QKeySequence::Quit);
    m_verify = make("actionVerify", QString());
    m_report = make("actionReport", QString());
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_timeZone = make("actionTimeZone", QString());
    m_import = make("actionImport", QString());
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_about = make("actionAbout", QString());
    m_find = make("actionFind", QString(), QKeySequence::Find);
    m_aboutQt = make("actionAboutQt", QString());
    m_manual = make("actionManual", QString(), QKeySequence::HelpContents);
    m_shortcuts = make("actionShortcuts", QString());
    connect(m_newCase, &QAction::triggered, this, &MainWindow::onNewCase);
    connect(m_openCase, &QAction::triggered, this, &MainWindow::onOpenCase);
    connect(m_openSample, &QAction::triggered, this, [this] { openSampleCase(); });
    connect(m_closeCase, &QAction::triggered, this, &MainWindow::closeCase);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_verify, &QAction::triggered, this, [this] { m_casePage->startVerify(); });
    connect(m_report, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_import, &QAction::triggered, this, [this] { importFiles(); });
    connect(m_timeZone, &QAction::triggered, this, &MainWindow::onTimeZone);
    connect(m_about, &QAction::triggered, this, &MainWindow::onAbout);
    connect(m_find, &QAction::triggered, this, [this] {
        m_entityPanel->show();
        m_entityPanel->raise();
        m_entityPanel->searchBox()->setFocus();
        m_entityPanel->searchBox()->selectAll();
    });
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_manual, &QAction::triggered, this, [this] { HelpWindow::showFor(this); });
    connect(m_shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog::showFor(this); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newCase);
    m_fileMenu->addAction(m_openCase);
    m_fileMenu->addAction(m_openSample);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeCase);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->addAction(m_import);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_find);
    m_caseMenu->addAction(m_verify);
    m_caseMenu->addAction(m_report);
    m_caseMenu->addAction(m_timeZone);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_entityPanel->toggleViewAction());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QString saved = LanguageManager::instance().savedCode();
    for (const QString &code : LanguageManager::availableCodes()) {
        auto *a = m_languageMenu->addAction(QString());
        a->setObjectName(QStringLiteral("actionLanguage_") + code);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == saved);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [code] { LanguageManager::instance().setLanguage(code); });
    }

    menuBar()->addMenu(new TrainingMenu(this));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manual);
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_caseMenu->setTitle(tr("&Case"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_viewMenu->setTitle(tr("&View"));
    m_casePage->tabs()->setTabText(m_casePage->tabs()->indexOf(m_analysisPage), tr("Suspects && operators"));
    m_casePage->tabs()->setTabText(m_casePage->tabs()->indexOf(m_leaksPage), tr("Leaked lists"));
    m_casePage->tabs()->setTabText(m_casePage->tabs()->indexOf(m_linkChart), tr("Link chart"));
    m_casePage->tabs()->setTabText(m_casePage->tabs()->indexOf(m_violationsPage), tr("Violations"));
    m_casePage->tabs()->setTabText(m_casePage->tabs()->indexOf(m_numbersPage), tr("Numbers"));
    m_find->setText(tr("&Find Number, ID or Name…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_newCase->setText(tr("&New Case…"));
    m_newCase->setStatusTip(tr("Create an empty case file"));
    m_openCase->setText(tr("&Open Case…"));
    m_openCase->setStatusTip(tr("Open an existing case file"));
    m_openSample->setText(tr("Open &Sample Case"));
    m_openSample->setStatusTip(tr("Open the synthetic demo investigation"));
    m_closeCase->setText(tr("&Close Case"));
    m_quit->setText(tr("&Quit"));
    m_verify->setText(tr("&Verify Integrity"));
    m_report->setText(tr("Export Evidence &Report…"));
    m_timeZone->setText(tr("&Time Zone…"));
    m_timeZone->setStatusTip(tr("The zone the case's times are shown and local hours counted in"));
    m_import->setText(tr("&Import Files…"));
    m_import->setStatusTip(tr("Import call logs, leaked lists or complaints into the case"));
    m_about->setText(tr("&About DialTrace"));
    m_aboutQt->setText(tr("About &Qt"));
    m_manual->setText(tr("User &Manual"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    for (QAction *a : m_languageGroup->actions()) {
        const QString code = a->data().toString();
        if (code == QLatin1String("system"))
            a->setText(tr("System language"));
        else if (code == QLatin1String("en"))
            a->setText(QStringLiteral("English"));
        else
            a->setText(QStringLiteral("简体中文"));
    }
    updateState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentCases::list();
    for (const QString &p : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(p).fileName());
        a->setToolTip(p);
        connect(a, &QAction::triggered, this, [this, p] { openCase(p); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::updateState()
{
    const bool open = m_case != nullptr;
    m_closeCase->setEnabled(open);
    m_verify->setEnabled(open);
    m_report->setEnabled(open);
    m_import->setEnabled(open && !m_case->isReadOnly());
    m_timeZone->setEnabled(open && !m_case->isReadOnly());
    m_find->setEnabled(open);
    m_caseMenu->setEnabled(open);
    m_stack->setCurrentWidget(open          ? static_cast<QWidget *>(m_casePage)
                              : isOpening() ? static_cast<QWidget *>(m_openingPage)
                                            : m_welcome);
    if (open) {
        setWindowTitle(QStringLiteral("%1 — DialTrace").arg(m_case->title()));
        m_caseStatus->setText(m_case->isReadOnly() ? tr("%1 (read-only)").arg(m_case->path())
                                                   : m_case->path());
    } else {
        setWindowTitle(isOpening()
                           ? QStringLiteral("%1 — DialTrace").arg(QFileInfo(m_openingPage->path()).fileName())
                           : QStringLiteral("DialTrace"));
        m_caseStatus->clear();
    }
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    // Tests and headless runs must not block on a modal box.
    if (isVisible() && QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, tr("DialTrace"), message);
}

bool MainWindow::openCase(const QString &path, QString *error)
{
    if (isOpening()) {
        const QString err = tr("%1 is still being opened").arg(m_openingPage->path());
        if (error)
            *error = err;
        return false;
    }
    closeCase();
    m_openCancel = false;
    m_opening = true;
    m_openingPage->start(path);
    // Opening may upgrade the schema (up to a minute at 10M calls): off the GUI thread, which only
    // hears how far it is.
    QPointer<OpeningPage> page(m_openingPage);
    auto progress = [page](const QString &step, int done, int total) {
        QMetaObject::invokeMethod(
            page,
            [page, step, done, total] {
                if (page)
                    page->setStep(step, done, total);
            },
            Qt::QueuedConnection);
    };
    m_openWatcher.setFuture(QtConcurrent::run(backgroundPool(), [this, path, progress] {
        backgroundPriority();
        Opening o;
        o.cf = CaseFile::open(path, CaseFile::Access::ReadWriteOrReadOnly, &o.error, progress, &m_openCancel)
                   .release();
        if (o.cf) {
            progress(tr("Counting the calls and records"), 0, 0);
            o.counts = o.cf->counts(); // a page per block of calls: here rather than on the GUI thread
        }
        return o;
    }));
    updateState();
    return true;
}

void MainWindow::cancelOpening()
{
    if (isOpening())
        m_openCancel = true;
}

void MainWindow::opened(std::unique_ptr<CaseFile> cf, const QString &error, const CaseCounts &counts)
{
    const bool sample = std::exchange(m_sampleOpening, false);
    if (!cf || m_openCancel) {
        cf.reset();
        m_lastError = error;
        updateState();
        if (m_openCancel)
            statusBar()->showMessage(tr("Opening cancelled"), 10000);
        else
            showError(error);
        Q_EMIT caseOpenFailed(error);
        if (sample)
            Q_EMIT sampleCaseReady(false);
        return;
    }
    m_case = std::move(cf);
    RecentCases::add(m_case->path());
    m_welcome->refreshRecent();
    m_casePage->setCase(m_case.get(), counts);
    m_undoStack->clear(); // commands refer to the case they were made on
    m_entityPanel->setCase(m_case.get());
    m_entityPanel->show();
    m_analysisPage->setCase(m_case.get());
    m_leaksPage->setCase(m_case.get());
    m_linkChart->setCase(m_case.get());
    m_violationsPage->setCase(m_case.get());
    m_numbersPage->setCase(m_case.get());
    m_casePage->tabs()->setCurrentWidget(m_analysisPage);
    updateState();
    if (m_case->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(m_case->readOnlyReason()), 15000);
    Q_EMIT caseOpened();
    if (sample)
        Q_EMIT sampleCaseReady(true);
    loadFindings();
}

bool MainWindow::isLoadingFindings() const
{
    return m_findingsQuery->isBusy() || (m_case && (m_analysisPage->isLoading() || m_leaksPage->isLoading() ||
                                                    m_violationsPage->isLoading()));
}

void MainWindow::loadFindings()
{
    if (!m_case)
        return;
    // Tens of megabytes on a 10M-call case: read on a worker, then shared, immutable, by the pages.
    m_findingsQuery->start(m_case->path(), [this](CaseFile *cf, const QString &) -> std::function<void()> {
        QString error;
        std::shared_ptr<const analysis::Findings> findings =
            cf ? std::make_shared<const analysis::Findings>(analysis::Detector::latestFindings(*cf, &error))
               : nullptr;
        return [this, findings] {
            m_analysisPage->setFindings(findings);
            m_leaksPage->setFindings(findings);
            m_linkChart->setFindings(findings);
            m_violationsPage->setFindings(findings);
            m_numbersPage->setFindings(findings);
            m_entityPanel->setFindings(findings);
            Q_EMIT findingsLoaded();
        };
    });
}

void MainWindow::findEntity(const QString &value)
{
    m_entityPanel->show();
    m_entityPanel->searchBox()->setText(value);
    m_entityPanel->showEntity(value);
}

void MainWindow::linkSelection(int type, const QString &key)
{
    if (m_linking || key.isEmpty())
        return;
    m_linking = true;
    QObject *origin = sender();
    switch (graph::NodeType(type)) {
    case graph::NodeType::Number:
        if (origin != m_entityPanel)
            findEntity(key);
        if (origin != m_analysisPage)
            m_analysisPage->selectNumber(key);
        m_casePage->filterCalls(key);
        break;
    case graph::NodeType::Operator:
        if (origin != m_entityPanel)
            findEntity(key);
        if (origin != m_analysisPage)
            m_analysisPage->selectOperator(key);
        break;
    case graph::NodeType::LeakList:
        if (origin != m_entityPanel)
            findEntity(key);
        if (origin != m_leaksPage)
            m_leaksPage->selectList(key);
        break;
    case graph::NodeType::Device:
        findEntity(key);
        break;
    default:
        break;
    }
    if (origin != m_linkChart)
        m_linkChart->selectEntity(graph::NodeType(type), key);
    m_linking = false;
}

void MainWindow::closeCase()
{
    m_findingsQuery->cancel();
    if (!m_case)
        return;
    m_casePage->setCase(nullptr);
    m_undoStack->clear();
    m_entityPanel->setCase(nullptr);
    m_analysisPage->setCase(nullptr);
    m_leaksPage->setCase(nullptr);
    m_linkChart->setCase(nullptr);
    m_violationsPage->setCase(nullptr);
    m_numbersPage->setCase(nullptr);
    m_case->close();
    m_case.reset();
    m_welcome->refreshRecent();
    updateState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sampleWatcher.isRunning()) {
        m_sampleCancel = true; // the build rolls back; nothing half-made is left behind
        m_sampleWatcher.waitForFinished();
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    closeCase();
    event->accept();
}

} // namespace dt::ui
