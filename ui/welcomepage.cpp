#include "welcomepage.h"

#include "recentcases.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dt::ui {

WelcomePage::WelcomePage(QAction *newCase, QAction *openCase, QAction *openSample, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/dialtrace.svg")).pixmap(72, 72));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.0);
    tf.setBold(true);
    m_title->setFont(tf);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    outer->addLayout(head);
    outer->addSpacing(24);

    auto *buttons = new QHBoxLayout;
    for (QAction *a : {newCase, openCase, openSample}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        b->setIconSize(QSize(40, 40));
        b->setMinimumSize(150, 96);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addSpacing(24);

    m_recentLabel = new QLabel(this);
    QFont rf = m_recentLabel->font();
    rf.setBold(true);
    m_recentLabel->setFont(rf);
    outer->addWidget(m_recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentCases"));
    m_recent->setAlternatingRowColors(true);
    outer->addWidget(m_recent, 1);
    m_emptyRecent = new QLabel(this);
    m_emptyRecent->setEnabled(false);
    outer->addWidget(m_emptyRecent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentCaseActivated(item->data(Qt::UserRole).toString());
    });
    retranslateUi();
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    for (const QString &p : RecentCases::list()) {
        auto *item =
            new QListWidgetItem(QFileInfo(p).completeBaseName() + QStringLiteral("  —  ") + p, m_recent);
        item->setData(Qt::UserRole, p);
        item->setToolTip(p);
    }
    m_emptyRecent->setVisible(m_recent->count() == 0);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("DialTrace call tracing workstation"));
    m_subtitle->setText(
        tr("Load seized call logs and leaked personal-information lists into one case, find the "
           "operators behind unwanted calls, trace which leaked list they dialled, and export "
           "evidence a prosecutor can verify. Works fully offline."));
    m_recentLabel->setText(tr("Recent cases"));
    m_emptyRecent->setText(tr("No recent cases yet. Create a case, or open the sample case to explore."));
}

} // namespace dt::ui
