#pragma once
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;
class QAction;

namespace dt::ui {

/// The first page: new case, open case, open the sample case, recent cases.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(QAction *newCase, QAction *openCase, QAction *openSample, QWidget *parent = nullptr);
    void refreshRecent();
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void recentCaseActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_emptyRecent = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace dt::ui
