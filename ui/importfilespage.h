#pragma once
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace dt::ui {

class ImportWizard;

/// The import wizard's first page: the files to import (add, remove, drag and drop).
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilesPage(ImportWizard *wizard);

    QListWidget *list() const { return m_list; }
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void browse();
    void removeSelected();

    ImportWizard *m_wizard;
    QLabel *m_hint = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace dt::ui
