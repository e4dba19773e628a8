#include "openingpage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dt::ui {

OpeningPage::OpeningPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("openingPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("openingTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("openingStep"));
    m_step->setAlignment(Qt::AlignCenter);
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("openingProgress"));
    m_bar->setMaximumWidth(480);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("openingCancel"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_bar, 3);
    row->addWidget(m_cancel);
    row->addStretch(1);
    outer->addWidget(m_title);
    outer->addWidget(m_step);
    outer->addLayout(row);
    outer->addStretch(3);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested();
    });
    retranslateUi();
}

void OpeningPage::start(const QString &path)
{
    m_path = path;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0); // busy until a step says how far it is
    m_step->clear();
    retranslateUi();
}

void OpeningPage::setStep(const QString &step, int done, int total)
{
    m_step->setText(step);
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    } else {
        m_bar->setRange(0, 0);
    }
}

QString OpeningPage::step() const
{
    return m_step->text();
}

void OpeningPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OpeningPage::retranslateUi()
{
    m_title->setText(tr("Opening %1").arg(QDir::toNativeSeparators(QFileInfo(m_path).fileName())));
    m_title->setToolTip(QDir::toNativeSeparators(m_path));
    m_cancel->setText(tr("Cancel"));
}

} // namespace dt::ui
