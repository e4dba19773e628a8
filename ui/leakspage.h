#pragma once
#include "analysis/findings.h"
#include "analysis/victimtrail.h"

#include <memory>
#include <optional>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace dt {
class CaseFile;
namespace analysis {
class LeakListsModel;
class LeakMatrixModel;
} // namespace analysis
} // namespace dt

namespace dt::ui {

class LineageView;
class CaseQuery;

/// The leaked lists of the latest analysis run: what each holds and how much of it was dialled, which
/// operator dialled which list (attribution matrix), how the lists were resold (lineage graph), and a
/// victim's trail through them. Selecting a list shows it in the graph; selecting a matrix cell tells
/// operatorSelected(); a traced or clicked number goes to numberActivated().
class LeaksPage : public QWidget
{
    Q_OBJECT
public:
    explicit LeaksPage(QWidget *parent = nullptr);
    /// Shows @p cf; its findings come with setFindings() (read off the GUI thread).
    void setCase(CaseFile *cf);
    /// The latest run's findings (null or empty: no run yet).
    void setFindings(std::shared_ptr<const analysis::Findings> findings);
    /// Shows the findings again (on a language change).
    void reload();
    /// Traces @p value (a number, masked number, ID number or name) off the GUI thread (a name may
    /// be in thousands of records) and shows its trail; isTracing() until it is shown.
    void showTrail(const QString &value);
    bool isTracing() const;
    /// The case is shown but its findings have not come yet.
    bool isLoading() const { return m_loading; }
    /// Selects the list @p source in the table (and the lineage graph); false when the run has none.
    bool selectList(const QString &source);

    analysis::LeakListsModel *listsModel() const { return m_lists; }
    analysis::LeakMatrixModel *matrixModel() const { return m_matrix; }
    QTableView *listsView() const { return m_listsView; }
    QTableView *matrixView() const { return m_matrixView; }
    LineageView *lineageView() const { return m_lineage; }
    QLineEdit *trailBox() const { return m_trailBox; }
    /// The last trail shown, unset when none or when the value was refused.
    const std::optional<analysis::VictimTrailResult> &trail() const { return m_trail; }
    QString trailText() const;

Q_SIGNALS:
    void operatorSelected(const QString &operatorId);
    /// The analyst picked a list (in the table or the lineage graph).
    void listSelected(const QString &source);
    /// A number to show in the details panel: the traced victim's, or one clicked in the trail.
    void numberActivated(const QString &number);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void renderTrail();
    CaseFile *m_case = nullptr;
    /// Those shown, shared with the other pages (never null: empty before a run).
    std::shared_ptr<const analysis::Findings> m_findings = std::make_shared<const analysis::Findings>();
    bool m_loading = false;
    CaseQuery *m_trailQuery = nullptr;
    std::optional<analysis::VictimTrailResult> m_trail;
    QString m_trailError;
    QLabel *m_status = nullptr;
    QGroupBox *m_listsBox = nullptr, *m_matrixBox = nullptr, *m_lineageBox = nullptr, *m_trailGroup = nullptr;
    QTableView *m_listsView = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_legend = nullptr;
    LineageView *m_lineage = nullptr;
    QLineEdit *m_trailBox = nullptr;
    QPushButton *m_trailButton = nullptr;
    QTextBrowser *m_trailView = nullptr;
    QSplitter *m_top = nullptr, *m_bottom = nullptr, *m_split = nullptr;
    bool m_sized = false;
    analysis::LeakListsModel *m_lists = nullptr;
    analysis::LeakMatrixModel *m_matrix = nullptr;
};

} // namespace dt::ui
