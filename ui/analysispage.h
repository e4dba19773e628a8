#pragma once
#include "analysis/detection.h"

#include <atomic>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dt {
class CaseFile;
namespace analysis {
class SuspectsModel;
class OperatorsModel;
} // namespace analysis
} // namespace dt

namespace dt::ui {

class ActivityCharts;

/// Suspects and operators of the latest analysis run; runs the analysis off the GUI thread.
/// Selecting an operator filters the suspects to its numbers; activating a suspect shows its details.
class AnalysisPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPage(QWidget *parent = nullptr);
    ~AnalysisPage() override;
    void setCase(CaseFile *cf);
    void reload();
    void runAnalysis();
    /// Selects the operator @p id (its suspects are then listed); false when the run has no such operator.
    bool selectOperator(const QString &id);
    /// Selects the suspect @p number when the table lists it (under the current operator filter, else
    /// among all suspects); false when the run did not score it.
    bool selectNumber(const QString &number);
    bool isRunning() const { return m_watcher.isRunning(); }

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
    QLabel *m_status = nullptr;
    QTableView *m_operatorsView = nullptr;
    ActivityCharts *m_charts = nullptr;
    QTableView *m_suspectsView = nullptr;
    analysis::SuspectsModel *m_suspects = nullptr;
    analysis::OperatorsModel *m_operators = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QFutureWatcher<QPair<bool, QString>> m_watcher;
    analysis::Detector::Result m_result;
    std::atomic_bool m_cancel{false};
    QString m_runInfo;
};

} // namespace dt::ui
