#include "pacedlayout.h"

#include <algorithm>
#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QTextBlock>
#include <QTextDocument>

namespace dt::ui {

PacedLayout::PacedLayout(QTextDocument *doc, int chars, std::function<void()> laidOut)
    : QObject(doc)
    , m_doc(doc)
    , m_chars(std::max(1, chars))
    , m_laidOut(std::move(laidOut))
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    layout->installEventFilter(this);
    // A change of the document or of its width lays it out again from its start (Qt's layout says
    // so with update()): pace that one too.
    connect(layout, &QAbstractTextDocumentLayout::update, this, [this] { m_done = 0; });
}

bool PacedLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Qt's layout advances on its timers (its lazy steps, its size reports): while the document is
    // not yet laid out here, each of their events lays out one more piece instead.
    if (event->type() != QEvent::Timer || m_done >= m_doc->characterCount())
        return QObject::eventFilter(watched, event);
    m_done = std::min(m_done + m_chars, m_doc->characterCount());
    // Up to the end of that block; a table is laid out whole, so the preview's are short.
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const QRectF laid = layout->blockBoundingRect(m_doc->findBlock(m_done - 1));
    // Qt tells the views the size laid out so far on one of the timers taken here: tell them
    // instead, so that the scroll bar grows with the layout (a view reads the size off the layout).
    Q_EMIT layout->documentSizeChanged(QSizeF(m_doc->textWidth(), laid.bottom()));
    if (m_done >= m_doc->characterCount() && m_laidOut)
        m_laidOut();
    return true;
}

} // namespace dt::ui
