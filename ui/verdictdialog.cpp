#include "verdictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dt::ui {

VerdictDialog::VerdictDialog(const QString &number, const QString &computed, const QString &current,
                             const QString &reason, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("verdictDialog"));
    setWindowTitle(tr("The Analyst's Verdict on %1").arg(number));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The analysis judged %1 <b>%2</b>. A verdict of yours replaces it at the next "
                      "analysis run, whatever the score; the run, the numbers view and the report "
                      "name it with your reason, and the audit log keeps it.")
                       .arg(number.toHtmlEscaped(), computed.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictChoice"));
    m_verdict->addItem(tr("Suspect"), QStringLiteral("suspect"));
    m_verdict->addItem(tr("Legitimate"), QStringLiteral("legitimate"));
    m_verdict->addItem(tr("As the analysis computes it (no verdict of mine)"), QString());
    const int at = m_verdict->findData(current);
    m_verdict->setCurrentIndex(at >= 0 ? at : 2);
    m_reason = new QPlainTextEdit(reason, this);
    m_reason->setObjectName(QStringLiteral("verdictReason"));
    m_reason->setPlaceholderText(tr("Why: what you know that the analysis does not (a check with the "
                                    "carrier, the owner, a statement…)"));
    m_reason->setTabChangesFocus(true);
    form->addRow(tr("Verdict:"), m_verdict);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &VerdictDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &VerdictDialog::updateState);
    updateState();
}

QString VerdictDialog::verdict() const
{
    return m_verdict->currentData().toString();
}

QString VerdictDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void VerdictDialog::updateState()
{
    // A verdict without a reason is refused by the case: say so here, before OK.
    m_reason->setEnabled(!verdict().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(verdict().isEmpty() || !reason().isEmpty());
}

} // namespace dt::ui
