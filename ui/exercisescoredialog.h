#pragma once
#include "training/exercisescore.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace dt::ui {

/**
 * The trainer's score: a trainee's case scored against the exercise's sealed answer key, opened with
 * the trainer's passphrase. Shows each question's percent, the total, and every mistake with the
 * evidence the trainee could have used: the text `dialtrace-cli exercise score` prints, in the
 * interface's language. Opening the key (Argon2id) and scoring run off the GUI thread.
 */
class ExerciseScoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExerciseScoreDialog(const QString &casePath, QWidget *parent = nullptr);
    ~ExerciseScoreDialog() override;
    /// Scores with the fields' case, key and passphrase; the result (or the error) shows when done.
    void score();
    /// True from Score until its result is shown (not only while the worker runs: its result
    /// reaches the dialog through the event loop after the worker ends).
    bool isScoring() const { return m_scoring; }

    QLineEdit *caseEdit() const { return m_casePath; }
    QLineEdit *keyEdit() const { return m_keyPath; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QTableWidget *questionsTable() const { return m_table; }
    QPlainTextEdit *feedback() const { return m_feedback; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *totalLabel() const { return m_total; }

    /// What one scoring gave (public for the worker's lambda).
    struct Result
    {
        QString error;
        QStringList warnings;
        training::ExerciseScore score;
        QString text; ///< ExerciseScore::toText() in the interface's language
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult(const Result &r);
    QLabel *m_intro = nullptr, *m_caseLabel = nullptr, *m_keyLabel = nullptr, *m_passLabel = nullptr;
    QLineEdit *m_casePath = nullptr, *m_keyPath = nullptr, *m_passphrase = nullptr;
    QPushButton *m_browseCase = nullptr, *m_browseKey = nullptr, *m_score = nullptr, *m_close = nullptr;
    QLabel *m_status = nullptr, *m_total = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QFutureWatcher<Result> m_watcher;
    bool m_scoring = false;
    bool m_passphraseFromEnvironment = false;
};

} // namespace dt::ui
