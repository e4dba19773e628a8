#pragma once
#include "analysis/findings.h"
#include "analysis/numberstable.h"

#include <atomic>
#include <memory>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace dt {
class CaseFile;
namespace analysis {
class NumbersModel;
}
} // namespace dt

namespace dt::ui {

class NumbersSelector;

/// Every number of the case (号码): its profile, type, verdict, score and reasons, for triage when a
/// run flags nothing. The table is built off the GUI thread (with progress and Cancel) when the page
/// is first shown after the case or its findings changed; a click on a row shows its details.
class NumbersPage : public QWidget
{
    Q_OBJECT
public:
    explicit NumbersPage(QWidget *parent = nullptr);
    ~NumbersPage() override;
    /// Shows @p cf (null: none); its findings come with setFindings().
    void setCase(CaseFile *cf);
    /// The latest run's findings (null or empty: no run yet; every number is then ordinary).
    void setFindings(std::shared_ptr<const analysis::Findings> findings);
    /// From the start of a build until its table is shown (its result reaches the page through the
    /// event loop after the worker ends), and while the rows of a filter or order asked for are
    /// being selected on a worker (a large table).
    bool isBuilding() const;
    /// Stops a build; the table shown stays as it was.
    void cancelBuild();
    /// Lists the numbers in a preset's order (descending).
    void applyPreset(int preset);
    /// Selects the row of @p number (clearing the filters if they hide it); false when not in the case.
    bool selectNumber(const QString &number);

    analysis::NumbersModel *model() const { return m_model; }
    NumbersSelector *selector() const { return m_selector; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *verdictFilter() const { return m_verdict; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *judgeButton() const { return m_judge; }
    /// Asks for the analyst's verdict on the selected number (VerdictDialog) and records it in the case.
    void judgeSelected();

Q_SIGNALS:
    /// The analyst picked a number (the details panel and the other views follow it).
    void numberActivated(const QString &number);
    /// A build ended (shown, failed or cancelled).
    void built();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void startBuild();
    void buildFinished();
    void applyFilter();
    void showDetails();
    void fillTypes();
    void retranslateUi();
    CaseFile *m_case = nullptr;
    std::shared_ptr<const analysis::Findings> m_findings;
    bool m_stale = false; ///< the table does not show the case's latest findings yet
    bool m_building = false;
    bool m_pending = false; ///< a build waits for the running (cancelled) one to end
    QString m_error;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_presetLabel = nullptr;
    QPushButton *m_presets[3] = {};
    QPushButton *m_judge = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    analysis::NumbersModel *m_model = nullptr;
    NumbersSelector *m_selector = nullptr;
    QString m_keep; ///< the number looked at, selected again when new rows are shown
    struct Built
    {
        std::shared_ptr<const analysis::NumbersTable> table; ///< null on failure
        QString error;
    };
    QFutureWatcher<Built> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic_int> m_done; ///< the running build's progress, 0..100
    QTimer m_progressTimer;                  ///< shows it a few times a second (never per call)
};

} // namespace dt::ui
