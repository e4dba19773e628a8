#pragma once
#include "case/casefile.h"
#include "case/verifier.h"

#include <optional>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoCommand;
class QUndoStack;

namespace dt {
class CaseFile;
class SourcesModel;
class AuditLogModel;
class CallsModel;
class RejectedRowsModel;
class ComplaintsModel;
} // namespace dt

namespace dt::ui {

class CaseQuery;
class EmptyHint;

/// The open case: header, sources with their hashes and counts, the audit log, integrity check.
/// Later capabilities (import, workspace, reports) add their tabs to tabs().
class CasePage : public QWidget
{
    Q_OBJECT
public:
    explicit CasePage(QWidget *parent = nullptr);
    ~CasePage() override;

    /// Shows @p cf (not owned; nullptr clears the page); @p counts, when the opening read them, show
    /// at once.
    void setCase(CaseFile *cf, const std::optional<CaseCounts> &counts = std::nullopt);
    /// Re-reads sources and the audit log from the case, and off the GUI thread its counts (every
    /// block of calls), complaints and rejected rows (up to hundreds of thousands); isLoading() until then.
    void refresh();
    bool isLoading() const;
    /// Runs `verify` off the GUI thread on its own read-only connection.
    void startVerify();

    QTabWidget *tabs() const { return m_tabs; }
    CallsModel *callsModel() const { return m_callsModel; }
    RejectedRowsModel *rejectedModel() const { return m_rejectedModel; }
    ComplaintsModel *complaintsModel() const { return m_complaintsModel; }
    QTableView *complaintsView() const { return m_complaintsView; }
    QLineEdit *callsFilter() const { return m_callsFilter; }
    /// Shows the calls to and from @p value (any spelling of a number); empty: all calls. A number's
    /// calls are listed off the GUI thread (a call centre's line has millions): callsLoading() until then.
    void filterCalls(const QString &value);
    bool callsLoading() const;
    QTableView *callsView() const { return m_callsView; }
    SourcesModel *sourcesModel() const { return m_sourcesModel; }
    AuditLogModel *auditModel() const { return m_auditModel; }
    bool isVerifying() const { return m_verifyWatcher.isRunning(); }
    /// What the verify row says of @p r: trusted (and by whom), intact but signed by keys not
    /// trusted here (their fingerprints), or broken (what changed).
    static QString verifyVerdict(const VerifyResult &r);
    /// Notes and tags on calls go through @p stack (the main window's), so Edit → Undo takes them back.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    /// Adds a note to call @p callId (a row of the calls table); false when the case is read-only.
    bool annotateCall(qint64 callId, const QString &text);
    bool tagCall(qint64 callId, const QString &tag, bool on = true);

Q_SIGNALS:
    void verifyFinished(bool ok);
    /// The analyst chose a row naming a number (a complaint's reported number).
    void numberChosen(const QString &number);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void showVerifyResult(const VerifyResult &r);
    void push(QUndoCommand *command);
    void callsMenu(const QPoint &pos);
    void fitCallsColumns();

    CaseFile *m_case = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_verifyStatus = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_sourcesView = nullptr;
    QTableView *m_auditView = nullptr;
    QWidget *m_callsPage = nullptr;
    QTableView *m_callsView = nullptr;
    QLineEdit *m_callsFilter = nullptr;
    QLabel *m_callsStatus = nullptr;
    EmptyHint *m_callsHint = nullptr;
    CallsModel *m_callsModel = nullptr;
    CaseQuery *m_callsQuery = nullptr;
    CaseQuery *m_listsQuery = nullptr; ///< counts, complaints, rejected rows
    std::optional<CaseCounts> m_caseCounts;
    bool m_listsLoaded = false;
    QTableView *m_rejectedView = nullptr;
    RejectedRowsModel *m_rejectedModel = nullptr;
    QTableView *m_complaintsView = nullptr;
    ComplaintsModel *m_complaintsModel = nullptr;
    SourcesModel *m_sourcesModel = nullptr;
    AuditLogModel *m_auditModel = nullptr;
    QFutureWatcher<VerifyResult> m_verifyWatcher;
};

} // namespace dt::ui
