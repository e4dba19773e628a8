#pragma once
#include "case/casefile.h"

#include <atomic>
#include <memory>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPair>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTableView;
class QUndoStack;
class QStackedWidget;

namespace dt::ui {

class WelcomePage;
class OpeningPage;
class CaseQuery;
class CasePage;
class EntityPanel;
class AnalysisPage;
class LeaksPage;
class LinkChartPage;
class ImportWizard;
class ViolationsPage;
class NumbersPage;
struct PrintHeader;

/// The main window: a welcome page until a case is open, then the case pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens @p path (read-write, falling back to read-only when another process writes it) off the
     * GUI thread: the window shows what is being done (an old schema's upgrade takes up to a minute
     * on a big case) with Cancel, then the case; the latest run's findings follow. Returns false
     * with @p error set only when another case is still being opened; how the opening ends is told
     * by caseOpened() or caseOpenFailed() (whose reason is also shown in the status bar).
     */
    bool openCase(const QString &path, QString *error = nullptr);
    /// Creates a case in time zone @p timeZone (empty: Asia/Shanghai), then opens it.
    bool createCase(const QString &path, const QString &title, QString *error = nullptr,
                    const QString &timeZone = {});
    /// Case > Time Zone: changes the case's zone (audited) and shows every view's times in it.
    bool setCaseTimeZone(const QString &zone, QString *error = nullptr);
    /// A case is being opened (until caseOpened() or caseOpenFailed()).
    bool isOpening() const { return m_opening; }
    /// Stops an opening under way (an upgrade rolls back its running step).
    void cancelOpening();
    /// The latest analysis run's findings are being read for the pages, or a page is still making
    /// its rows of them (after opening, a run or an import).
    bool isLoadingFindings() const;
    /// Opens the sample case; the first time it is built off the GUI thread (progress, cancel),
    /// and sampleCaseReady() tells when it is open.
    bool openSampleCase(QString *error = nullptr);
    void closeCase();
    /// Case > Export Evidence Report: the report dialog (preview, export, sign).
    void exportReport();
    /// Case > Import Files (or files dropped on the window): the import wizard, on the settings
    /// page when @p files are given. Returns nullptr when no writable case is open.
    ImportWizard *importFiles(const QStringList &files = {});

    /// A table of the workspace exported as CSV: its file hashed and recorded in the case's audit
    /// log (nothing to record when no case is open or it is read-only).
    bool recordTableExport(const QTableView *view, const QString &path, QString *error);
    /// The header of a table's printed pages: the tab (and dialog) it is shown in, the case, the date.
    PrintHeader tablePrintHeader(const QTableView *view) const;

    CaseFile *currentCase() const { return m_case.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    WelcomePage *welcomePage() const { return m_welcome; }
    OpeningPage *openingPage() const { return m_openingPage; }
    CasePage *casePage() const { return m_casePage; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    AnalysisPage *analysisPage() const { return m_analysisPage; }
    LeaksPage *leaksPage() const { return m_leaksPage; }
    LinkChartPage *linkChart() const { return m_linkChart; }
    ViolationsPage *violationsPage() const { return m_violationsPage; }
    NumbersPage *numbersPage() const { return m_numbersPage; }
    QString lastError() const { return m_lastError; }

    /// Shows @p value in the details panel.
    void findEntity(const QString &value);
    /// One selection for every view: the entity picked in one (a table, the chart, the details
    /// panel) is selected in all the others that show it, without echoing back to where it came from.
    void linkSelection(int type, const QString &key);

Q_SIGNALS:
    void sampleCaseReady(bool ok);
    void caseOpened();
    void caseOpenFailed(const QString &error);
    /// The pages show the latest analysis run's findings (read off the GUI thread).
    void findingsLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildRecentMenu();
    void showError(const QString &message);
    void updateState();
    void onNewCase();
    void onOpenCase();
    void onAbout();
    void onTimeZone();
    void opened(std::unique_ptr<CaseFile> cf, const QString &error, const CaseCounts &counts);
    /// Reads the latest run's findings off the GUI thread and hands them to every page.
    void loadFindings();

    std::unique_ptr<CaseFile> m_case;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    OpeningPage *m_openingPage = nullptr;
    /// The opening's result: the case (owned by whoever takes it) or why it failed.
    struct Opening
    {
        CaseFile *cf = nullptr;
        QString error;
        CaseCounts counts; ///< read with the opening, for the case's header
    };
    QFutureWatcher<Opening> m_openWatcher;
    std::atomic_bool m_openCancel{false};
    bool m_opening = false; ///< until the opening's result is handled (the future ends before its signal)
    bool m_sampleOpening = false; ///< sampleCaseReady() is due when the opening ends
    CaseQuery *m_findingsQuery = nullptr;
    CasePage *m_casePage = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    AnalysisPage *m_analysisPage = nullptr;
    LeaksPage *m_leaksPage = nullptr;
    LinkChartPage *m_linkChart = nullptr;
    bool m_linking = false;
    ViolationsPage *m_violationsPage = nullptr;
    NumbersPage *m_numbersPage = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_find = nullptr;
    QLabel *m_caseStatus = nullptr;
    QString m_lastError;
    QFutureWatcher<QPair<QString, QString>> m_sampleWatcher;
    std::atomic_bool m_sampleCancel{false};

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newCase = nullptr;
    QAction *m_openCase = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_closeCase = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_report = nullptr;
    QAction *m_timeZone = nullptr;
    QAction *m_import = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_manual = nullptr;
    QAction *m_shortcuts = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace dt::ui
