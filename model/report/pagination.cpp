#include "report/pagination.h"

#include <algorithm>
#include <limits>
#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <vector>

namespace dt::report {

namespace {

QRectF blockRect(QTextDocument *doc, const QTextBlock &block)
{
    return doc->documentLayout()->blockBoundingRect(block);
}

} // namespace

QList<BreakSpan> Paginator::lineSpans(QTextDocument *doc)
{
    QList<BreakSpan> spans;
    // The report's body text is 10 pt at most, its headings 11 pt and up.
    const qreal bodySize = std::max<qreal>(doc->defaultFont().pointSizeF(), 10.5);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const QRectF r = blockRect(doc, b);
        const qreal origin = r.top() - layout->boundingRect().top();
        // Qt's HTML import does not always give <h1>..<h6> a heading level: a block outside a table
        // that starts in bold type larger than body text is a heading too.
        const QTextCharFormat first = b.begin().atEnd() ? b.charFormat() : b.begin().fragment().charFormat();
        const bool heading = b.blockFormat().headingLevel() > 0 ||
                             (first.fontWeight() >= QFont::Bold && first.fontPointSize() > bodySize &&
                              !qobject_cast<QTextTable *>(doc->frameAt(b.position())));
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QRectF line = layout->lineAt(i).rect();
            spans.append({origin + line.top(), origin + line.bottom(), heading && i == 0, false});
        }
    }
    return spans;
}

QList<PageSlice> Paginator::paginate(QList<BreakSpan> spans, const QList<TableExtent> &boxes, qreal end,
                                     qreal pageHeight)
{
    std::sort(spans.begin(), spans.end(), [](const BreakSpan &a, const BreakSpan &b) {
        return a.top < b.top || (a.top == b.top && a.bottom > b.bottom);
    });
    // A heading keeps with the first line or body row after it; a header row with the row after it.
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (!spans.at(i).heading && !spans.at(i).tableHead)
            continue;
        for (qsizetype j = i + 1; j < spans.size(); ++j) {
            if (spans.at(j).top >= spans.at(i).bottom - 0.5 && !spans.at(j).tableHead) {
                spans[i].bottom = std::max(spans.at(i).bottom, spans.at(j).bottom);
                break;
            }
        }
    }
    // The first span (in the order above) that a cut at y would split. Looked up by bisection over
    // the spans' furthest bottom so far: a scan of every span for every cut was quadratic in a report
    // of thousands of pages. The first span reaching past y is the only candidate: those after it
    // start no higher.
    std::vector<qreal> reach(size_t(spans.size()));
    for (qsizetype i = 0; i < spans.size(); ++i)
        reach[size_t(i)] = i == 0 ? spans.at(i).bottom : std::max(reach[size_t(i) - 1], spans.at(i).bottom);
    auto inside = [&spans, &reach](qreal y) {
        const auto at =
            std::partition_point(reach.begin(), reach.end(), [y](qreal r) { return r <= y + 0.5; });
        if (at == reach.end())
            return static_cast<const BreakSpan *>(nullptr);
        const BreakSpan &s = spans.at(at - reach.begin());
        return s.top < y - 0.5 ? &s : static_cast<const BreakSpan *>(nullptr);
    };
    QList<PageSlice> pages;
    qreal pos = 0;
    while (pos < end - 0.5) {
        PageSlice page;
        page.top = pos;
        for (const TableExtent &box : boxes)
            if (!box.header.isNull() && pos > box.header.bottom() - 0.5 && pos < box.bottom - 0.5)
                page.header = box.header;
        const qreal room = pageHeight - page.header.height();
        qreal cut = pos + room;
        if (cut >= end) {
            cut = end;
        } else {
            while (const BreakSpan *s = inside(cut))
                cut = s->top;
            if (cut <= pos + 0.5) // one line or row taller than a page: cut it where the page ends
                cut = pos + room;
        }
        page.bottom = cut;
        pages.append(page);
        pos = cut;
    }
    return pages;
}

QRectF Paginator::bodyRect(const QPaintDevice *device)
{
    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal v) { return v / 25.4 * dpi; };
    return QRectF(0, 0, device->width(), device->height()).adjusted(mm(15), mm(18), -mm(15), -mm(16));
}

void Paginator::drawFurniture(QPainter *p, const QPaintDevice *device, const QFont &font,
                              const PageFurniture &furniture, int page, int pages)
{
    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal v) { return v / 25.4 * dpi; };
    const QRectF body = bodyRect(device);
    QFont small = font;
    small.setPointSizeF(7.5);
    const QFontMetricsF fm(small, device);
    const qreal headerBase = body.top() - mm(5), footerTop = body.bottom() + mm(5);
    p->save();
    p->setFont(small);
    p->setPen(QColor(60, 60, 60));
    const QRectF head(body.left(), headerBase - fm.height(), body.width(), fm.height());
    p->drawText(head, Qt::AlignLeft | Qt::AlignBottom,
                fm.elidedText(furniture.caseTitle, Qt::ElideRight, body.width() * 0.6));
    p->drawText(head, Qt::AlignRight | Qt::AlignBottom, furniture.reportId);
    p->drawLine(QPointF(body.left(), headerBase + mm(1)), QPointF(body.right(), headerBase + mm(1)));
    p->drawLine(QPointF(body.left(), footerTop - mm(1)), QPointF(body.right(), footerTop - mm(1)));
    const QRectF foot(body.left(), footerTop, body.width(), fm.height());
    p->drawText(foot, Qt::AlignLeft | Qt::AlignTop, furniture.footNote);
    p->drawText(foot, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1 / %2").arg(page).arg(pages));
    p->restore();
}

} // namespace dt::report
