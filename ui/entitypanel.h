#pragma once
#include "analysis/findings.h"
#include "case/entitydetails.h"

#include <memory>
#include <QDockWidget>

class QLineEdit;
class QTextBrowser;
class QUndoCommand;
class QUndoStack;
class QLabel;

namespace dt {
class CaseFile;
}
namespace dt::analysis {
struct Findings;
}

namespace dt::ui {

class CaseQuery;

/// The details panel: type a number in any spelling, a masked number, an ID number or a name;
/// see what is known offline and everything the case holds about it.
class EntityPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);
    void setCase(CaseFile *cf);
    /// The latest run's findings (read off the GUI thread): a number's verdict, score and operator.
    void setFindings(std::shared_ptr<const analysis::Findings> findings);
    /// Shows the entity's times in the case's zone again (after the analyst changed it).
    void clockChanged();
    /// Looks @p value up off the GUI thread (a busy number's calls, a handset batch's) and shows it
    /// (also what the search box does on Return); entityShown() when it is shown.
    void showEntity(const QString &value);
    /// A lookup is under way.
    bool isBusy() const;
    const EntityDetails &details() const { return m_details; }
    QLineEdit *searchBox() const { return m_search; }
    QString html() const;
    /// Undoable notes go through @p stack (the main window's).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    /// Adds a note to the entity shown (through the undo stack).
    bool annotate(const QString &text);
    /// Tags the entity shown (or takes the tag off), through the undo stack.
    bool tag(const QString &tag, bool on = true);
    QLineEdit *noteBox() const { return m_note; }

Q_SIGNALS:
    void entityShown(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// An operator's finding as the panel shows it: parsed on the worker that looked it up (at 10M
    /// calls its links are tens of thousands: parsing and freeing them blocked the GUI thread for
    /// 100+ ms), cut to the items shown, with the counts of all.
    struct ShownOperator
    {
        analysis::Operator op;
        qsizetype numbers = 0, imeis = 0, evidence = 0;
    };
    static std::shared_ptr<const ShownOperator> shownOperator(const EntityDetails &d);
    static constexpr int kShown = 50; ///< items of a list the panel shows (it says how many more)
    QString renderFinding(const EntityDetails &d) const; ///< an operator's or a leaked list's part
    QString render(const EntityDetails &d) const;
    void push(QUndoCommand *command);
    CaseFile *m_case = nullptr;
    CaseQuery *m_query = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_note = nullptr;
    QUndoStack *m_undo = nullptr;
    QTextBrowser *m_view = nullptr;
    EntityDetails m_details;
    std::shared_ptr<const ShownOperator> m_operator; ///< m_details' operator, when it is one
    std::shared_ptr<const analysis::Findings> m_findings;
};

} // namespace dt::ui
