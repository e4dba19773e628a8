#include "emptyhint.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QTableView>

namespace dt::ui {

EmptyHint::EmptyHint(QTableView *view, TextProvider text)
    : QLabel(view->viewport())
    , m_table(view)
    , m_text(std::move(text))
{
    setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the table's own menu and clicks stay reachable
    setStyleSheet(QStringLiteral("color: #616161; font-style: italic; background: transparent;"));
    view->viewport()->installEventFilter(this);
    hide();
}

EmptyHint *EmptyHint::install(QTableView *view, TextProvider text)
{
    auto *hint = new EmptyHint(view, std::move(text));
    hint->watchModel();
    return hint;
}

void EmptyHint::watchModel()
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = m_table->model();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::refresh);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::refresh);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::refresh);
    }
    refresh();
}

void EmptyHint::refresh()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    const QString text = empty && m_text ? m_text() : QString();
    setText(text);
    setVisible(!text.isEmpty());
    if (isVisible())
        place();
}

void EmptyHint::place()
{
    setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    raise();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace dt::ui
