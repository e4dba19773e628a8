#pragma once
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

namespace dt {
class CaseFile;
}

namespace dt::ui {

class WelcomePage;
class CasePage;
class EntityPanel;
class AnalysisPage;
class LeaksPage;
class LinkChartPage;
class ImportWizard;
class ViolationsPage;
struct PrintHeader;

/// The main window: a welcome page until a case is open, then the case pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path (read-write, falling back to read-only when another process writes it).
    /// On failure shows the reason in the status bar and returns false with @p error set.
    bool openCase(const QString &path, QString *error = nullptr);
    /// Creates a case in time zone @p timeZone (empty: Asia/Shanghai), then opens it.
    bool createCase(const QString &path, const QString &title, QString *error = nullptr,
                    const QString &timeZone = {});
    /// Case > Time Zone: changes the case's zone (audited) and shows every view's times in it.
    bool setCaseTimeZone(const QString &zone, QString *error = nullptr);
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
    CasePage *casePage() const { return m_casePage; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    AnalysisPage *analysisPage() const { return m_analysisPage; }
    LeaksPage *leaksPage() const { return m_leaksPage; }
    LinkChartPage *linkChart() const { return m_linkChart; }
    ViolationsPage *violationsPage() const { return m_violationsPage; }
    QString lastError() const { return m_lastError; }

    /// Shows @p value in the details panel.
    void findEntity(const QString &value);
    /// One selection for every view: the entity picked in one (a table, the chart, the details
    /// panel) is selected in all the others that show it, without echoing back to where it came from.
    void linkSelection(int type, const QString &key);

Q_SIGNALS:
    void sampleCaseReady(bool ok);
    void caseOpened();

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

    std::unique_ptr<CaseFile> m_case;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    CasePage *m_casePage = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    AnalysisPage *m_analysisPage = nullptr;
    LeaksPage *m_leaksPage = nullptr;
    LinkChartPage *m_linkChart = nullptr;
    bool m_linking = false;
    ViolationsPage *m_violationsPage = nullptr;
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
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace dt::ui
