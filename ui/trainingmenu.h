#pragma once
#include <QMenu>
#include <QPointer>

class QTableView;

namespace dt::ui {

class DemoDialog;
class MainWindow;

/**
 * The Training menu: the trainee's Exercise Answers, the trainer's Score an Exercise and Demo Mode
 * (docs/training.md). It also puts "Record as answer…" on the context menu of every table whose row
 * is an entity an answer can name: a number, a leaked list, a call.
 */
class TrainingMenu : public QMenu
{
    Q_OBJECT
public:
    explicit TrainingMenu(MainWindow *window);
    /// The entity an answer would name for @p view's current row: a number (E.164), a list's source
    /// name, or "call:ID"; empty when the row is none of these.
    static QString answerEntity(const QTableView *view);
    /// Opens the answers of the open case (modal), the entity field holding @p entity.
    void recordAnswer(const QString &entity = {});
    /// Opens the score dialog (modal), the open case preselected.
    void scoreExercise();
    /// Shows the demo of the open case (not modal), at its first step.
    DemoDialog *startDemo();

    QAction *answersAction() const { return m_answers; }
    QAction *scoreAction() const { return m_score; }
    QAction *demoAction() const { return m_demo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    QPointer<MainWindow> m_window;
    QPointer<DemoDialog> m_demoDialog;
    QAction *m_answers = nullptr, *m_score = nullptr, *m_demo = nullptr;
};

} // namespace dt::ui
