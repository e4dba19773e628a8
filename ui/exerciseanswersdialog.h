#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dt {
class CaseFile;
}

namespace dt::ui {

/**
 * Exercise answers: the trainee's answers kept in the case (question, entity, value, note, who,
 * when), recorded and removed through ExerciseAnswers like `dialtrace-cli exercise answer`, so each
 * is sealed with the case and written to its audit log. The questions come from the exercise's sheet
 * when the case's files still sit in their pack (ExerciseSheet::sheetFor()); otherwise the trainee
 * types the question's id from the printed sheet.
 */
class ExerciseAnswersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExerciseAnswersDialog(CaseFile *cf, QWidget *parent = nullptr);
    /// Re-reads the answers and the sheet's questions (after the case changed).
    void setCase(CaseFile *cf);
    /// Puts @p entity in the entity field, for the next answer (the views' "Record as answer…").
    void prefill(const QString &entity);
    /// Records the answer the fields describe; false with the reason shown in the dialog.
    bool addAnswer();
    /// Removes the answer in the selected row; false with the reason shown.
    bool removeSelected();

    QComboBox *questionBox() const { return m_question; }
    QLineEdit *entityEdit() const { return m_entity; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *noteEdit() const { return m_note; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    /// The sheet the questions were read from (empty: none found).
    QString sheetPath() const { return m_sheet; }

Q_SIGNALS:
    /// An answer was recorded or removed (the case's audit log grew).
    void answersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void loadQuestions();
    void updateState();
    CaseFile *m_case = nullptr;
    QString m_sheet;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_questionLabel = nullptr, *m_entityLabel = nullptr, *m_valueLabel = nullptr,
           *m_noteLabel = nullptr;
    QComboBox *m_question = nullptr;
    QLineEdit *m_entity = nullptr, *m_value = nullptr, *m_note = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr, *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace dt::ui
