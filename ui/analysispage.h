#pragma once
#include "analysis/activity.h"
#include "analysis/detection.h"
#include "analysis/findingsmodels.h"

#include <atomic>
#include <memory>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dt {
class CaseFile;
} // namespace dt

namespace dt::ui {

class ActivityCharts;
class AnalysisProcess;

/// Suspects and operators of the latest analysis run; runs the analysis off the GUI thread.
/// Selecting an operator filters the suspects to its numbers; activating a suspect shows its details.
class AnalysisPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPage(QWidget *parent = nullptr);
    ~AnalysisPage() override;
    /// Shows @p cf; its findings come with setFindings() (read off the GUI thread).
    void setCase(CaseFile *cf);
    /// The latest run's findings (null or empty: no run yet); their rows are made on a worker.
    void setFindings(std::shared_ptr<const analysis::Findings> findings);
    /// Shows the findings again (after a language change).
    void reload();
    /// Runs the analysis and stores it off the GUI thread; analysisFinished() tells when it is stored.
    void runAnalysis();
    /// Stops a running analysis; nothing is stored.
    void cancelAnalysis();
    /// Selects the operator @p id (its suspects are then listed); false when the run has no such operator.
    bool selectOperator(const QString &id);
    /// Selects the suspect @p number when the table lists it (under the current operator filter, else
    /// among all suspects); false when the run did not score it.
    bool selectNumber(const QString &number);
    bool isRunning() const;
    /// The run's child process and its store (progress, for a test or a benchmark).
    AnalysisProcess *process() const { return m_process; }
    /// The case is shown but its findings have not come yet.
    bool isLoading() const { return m_loading; }
    /// The charts' figures are being read (off the GUI thread: an operator may have a million calls).
    bool activityLoading() const { return m_activityBusy || m_activityPending; }

    analysis::SuspectsModel *suspectsModel() const { return m_suspects; }
    analysis::OperatorsModel *operatorsModel() const { return m_operators; }
    QSortFilterProxyModel *suspectsProxy() const { return m_proxy; }
    QTableView *operatorsView() const { return m_operatorsView; }
    QTableView *suspectsView() const { return m_suspectsView; }
    ActivityCharts *activityCharts() const { return m_charts; }

Q_SIGNALS:
    void numberActivated(const QString &number);
    /// The analyst picked an operator in the table.
    void operatorChosen(const QString &id);
    void analysisFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void operatorSelected();
    CaseFile *m_case = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelRun = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_operatorsView = nullptr;
    ActivityCharts *m_charts = nullptr;
    QTableView *m_suspectsView = nullptr;
    analysis::SuspectsModel *m_suspects = nullptr;
    analysis::OperatorsModel *m_operators = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AnalysisProcess *m_process = nullptr;
    /// Reads the activity of @p numbers on a worker thread; the latest request wins.
    void loadActivity(const QStringList &numbers, const QString &title);
    QFutureWatcher<analysis::Activity> m_activityWatcher;
    QStringList m_activityNumbers; ///< the request to read once the running one ends
    QString m_activityTitle, m_activityShownTitle;
    bool m_activityPending = false;
    bool m_activityBusy = false; ///< until the result is handled (the future ends before its signal)
    std::atomic_bool m_activityCancel{false};            ///< stops a read whose selection is gone
    int m_activityGeneration = 0, m_activityRunning = 0; ///< a result of an older generation is dropped
    void clearActivity();
    std::shared_ptr<const analysis::Findings> m_findings; ///< those shown (null: none)
    bool m_loading = false;
    /// The models' rows, made on a worker from the findings (an operator's tens of thousands of links).
    struct Prepared
    {
        std::shared_ptr<const analysis::Findings> findings;
        analysis::SuspectsModel::Prepared suspects;
        analysis::OperatorsModel::Prepared operators;
    };
    Prepared m_prepared;
    QFutureWatcher<Prepared> m_prepareWatcher;
    int m_prepareGeneration = 0, m_preparing = 0; ///< the latest findings, those being made
    QString m_runInfo;
};

} // namespace dt::ui
