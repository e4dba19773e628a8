#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dt::ui {

/// Shown while a case opens off the GUI thread: which file, what is being done (an upgrade of a big
/// case's schema takes up to a minute), how far, the time it has taken, and Cancel.
class OpeningPage : public QWidget
{
    Q_OBJECT
public:
    explicit OpeningPage(QWidget *parent = nullptr);
    /// Starts showing the opening of @p path.
    void start(const QString &path);
    /// What is being done; @p total 0 when it cannot tell how far it is.
    void setStep(const QString &step, int done, int total);
    QString step() const;
    QString path() const { return m_path; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString m_path;
    QLabel *m_title = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace dt::ui
