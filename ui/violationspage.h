#pragma once
#include "analysis/findings.h"

#include <memory>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dt {
class CaseFile;
namespace analysis {
class ViolationsModel;
class SupportingCallsModel;
} // namespace analysis
} // namespace dt

namespace dt::ui {

/// The rules broken by the latest run's suspects (rule, number, count, period), the calls behind the
/// selected one, and the suspects exported as a blocklist for number-marking systems.
class ViolationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ViolationsPage(QWidget *parent = nullptr);
    /// Shows @p cf; its findings come with setFindings() (read off the GUI thread).
    void setCase(CaseFile *cf);
    /// The latest run's findings (null or empty: no run yet).
    void setFindings(std::shared_ptr<const analysis::Findings> findings);
    /// Shows the findings again.
    void reload();
    /// Shows the times in the case's zone again (after the analyst changed it), keeping the selection.
    void clockChanged();
    /// The case is shown but its findings have not come yet.
    bool isLoading() const { return m_loading; }
    /// Writes the blocklist CSV (Detector::blocklistCsv) to @p path through QSaveFile and records the
    /// export in the audit log when the case is writable. The "Export Blocklist…" button asks for the path.
    bool writeBlocklist(const QString &path, QString *error);

    analysis::ViolationsModel *violationsModel() const { return m_violations; }
    analysis::SupportingCallsModel *supportingCallsModel() const { return m_calls; }
    QTableView *violationsView() const { return m_violationsView; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void numberActivated(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void violationSelected();
    void exportBlocklist();
    CaseFile *m_case = nullptr;
    /// Those shown, shared with the other pages (never null: empty before a run).
    std::shared_ptr<const analysis::Findings> m_findings = std::make_shared<const analysis::Findings>();
    bool m_loading = false;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_violationsView = nullptr;
    QTableView *m_callsView = nullptr;
    analysis::ViolationsModel *m_violations = nullptr;
    analysis::SupportingCallsModel *m_calls = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_message;
};

} // namespace dt::ui
