#include "callswindowbar.h"

#include "case/callsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace dt::ui {

CallsWindowBar::CallsWindowBar(CallsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("callsWindowBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("callsWindowPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("callsWindowNext"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("callsWindowLabel"));
    row->addWidget(m_previous);
    row->addWidget(m_label);
    row->addWidget(m_next);
    row->addStretch(1);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallsWindowBar::refresh);
    refresh();
}

void CallsWindowBar::step(int direction)
{
    const qint64 start = m_model->windowStart() + direction * m_model->windowRows();
    if (start >= 0 && start < m_model->totalRows())
        m_model->setWindowStart(start);
}

void CallsWindowBar::refresh()
{
    const qint64 total = m_model->totalRows(), first = m_model->windowStart();
    setVisible(total > m_model->windowRows());
    const QLocale loc;
    m_previous->setText(tr("Previous %1").arg(loc.toString(m_model->windowRows())));
    m_next->setText(tr("Next %1").arg(loc.toString(m_model->windowRows())));
    m_previous->setEnabled(first > 0);
    m_next->setEnabled(first + m_model->windowRows() < total);
    m_label->setText(tr("Calls %1–%2 of %3")
                         .arg(loc.toString(total ? first + 1 : 0), loc.toString(first + m_model->rowCount()),
                              loc.toString(total)));
}

void CallsWindowBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace dt::ui
