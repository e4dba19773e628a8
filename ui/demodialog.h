#pragma once
#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace dt::ui {

class MainWindow;

/**
 * Demo mode for a trainer's screen: the analysis of the open case stepped through one step at a time
 * (import summary, profiles, detection, operators, lists traced, violations, report), each with a short
 * explanation in the interface's language and the view that shows it brought to the front. Not modal,
 * so the trainer can point at the view and click in it; Back and Next move between the steps.
 */
class DemoDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { ImportSummary, Profiles, Detection, Operators, ListsTraced, Violations, Report, StepCount };
    explicit DemoDialog(MainWindow *window);
    int step() const { return m_step; }
    /// Goes to @p step and shows its view.
    void setStep(int step);
    void next() { setStep(m_step + 1); }
    void back() { setStep(m_step - 1); }
    QString stepTitle(int step) const;
    QString stepText(int step) const;
    QTextBrowser *explanation() const { return m_text; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showView();
    QPointer<MainWindow> m_window;
    int m_step = 0;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_back = nullptr, *m_next = nullptr, *m_openReport = nullptr, *m_close = nullptr;
};

} // namespace dt::ui
