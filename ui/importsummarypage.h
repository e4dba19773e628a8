#pragma once
#include "core/caseclock.h"

#include <QWizardPage>

class QLabel;
class QTableView;
class QTableWidget;

namespace dt {
class RejectedRowsModel;
}

namespace dt::ui {

class ImportWizard;

/// The import wizard's last page: per file what was accepted, rejected (by reason) and merged,
/// and the rejected rows of this import with line, reason and the row as it was in the file.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;
    QTableWidget *summaryTable() const { return m_table; }
    RejectedRowsModel *rejectedModel() const { return m_rejectedModel; }

    enum Column { File, Result, Accepted, Rejected, Duplicates, Numbers, TimeSpan, Details, ColumnCount };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// The case's clock: the summary's times are shown in its zone.
    CaseClock clock() const;

    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLabel *m_rejectedLabel = nullptr;
    QTableView *m_rejectedView = nullptr;
    RejectedRowsModel *m_rejectedModel = nullptr;
};

} // namespace dt::ui
