#pragma once
#include <functional>
#include <QObject>

class QTextDocument;

namespace dt::ui {

/**
 * Lays a QTextDocument out in pieces, one per turn of the event loop, in place of Qt's lazy layout,
 * whose steps double up to 200,000 characters, each one block of the GUI thread: a long one on
 * a report's tables. The layout's own timer events drive the pieces (each piece is taken instead of
 * one of Qt's steps), so a document laid out again (a new width) is paced the same way; what is
 * shown, scrolled to or found is laid out on demand as before. A piece is at least Qt's current
 * step (1,000 characters when a layout begins, doubled by each step Qt takes itself, e.g. for the
 * first screen) and ends after a whole table: Qt lays a table out in one go. Only public API: an
 * event filter on the document's layout, and QAbstractTextDocumentLayout::blockBoundingRect(), which
 * lays the document out up to that block.
 */
class PacedLayout : public QObject
{
public:
    /// Paces @p doc's layout (a child of the document) in pieces of at least @p chars characters;
    /// @p laidOut is called each time the whole document has been laid out.
    PacedLayout(QTextDocument *doc, int chars, std::function<void()> laidOut);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTextDocument *m_doc;
    int m_chars;
    std::function<void()> m_laidOut;
    int m_done = 0; ///< laid out up to this position since the layout last began again
};

} // namespace dt::ui
