#pragma once
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dt::ui {

/// The analyst's verdict on one number: suspect, legitimate, or as the analysis computes it (the
/// recorded verdict taken off); a reason is required for a verdict. The next analysis run applies it.
class VerdictDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p current / @p reason: the verdict recorded now ("suspect", "legitimate" or empty) and its reason.
    VerdictDialog(const QString &number, const QString &computed, const QString &current,
                  const QString &reason, QWidget *parent = nullptr);
    /// "suspect", "legitimate", or empty for "as computed".
    QString verdict() const;
    QString reason() const;
    QComboBox *verdictBox() const { return m_verdict; }
    QPlainTextEdit *reasonBox() const { return m_reason; }

private:
    void updateState();
    QComboBox *m_verdict = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dt::ui
