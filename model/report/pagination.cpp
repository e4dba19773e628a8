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

/// A stretch of the document a page break must not cut.
struct Span
{
    qreal top = 0, bottom = 0;
    bool heading = false;   ///< keep with what follows
    bool tableHead = false; ///< a table's header row (a heading keeps with the first row after it)
};

/// A table's extent and its header rows' extent.
struct TableBox
{
    qreal top = 0, bottom = 0;
    QRectF header; ///< null without header rows
};

QRectF blockRect(QTextDocument *doc, const QTextBlock &block)
{
    return doc->documentLayout()->blockBoundingRect(block);
}

/// Every line of every block, in document coordinates.
void lineSpans(QTextDocument *doc, QList<Span> *spans)
{
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
            spans->append({origin + line.top(), origin + line.bottom(), heading && i == 0, false});
        }
    }
}

void tables(QTextFrame *frame, QList<QTextTable *> *out)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out->append(table);
        tables(child, out);
    }
}

/// Row r's extent: the rows meet halfway between one's content and the next's, so a break between
/// them cuts neither; the first starts and the last ends with the table's frame.
QList<QPair<qreal, qreal>> rowsOf(QTextDocument *doc, QTextTable *table)
{
    QList<QPair<qreal, qreal>> rows;
    for (int r = 0; r < table->rows(); ++r) {
        qreal top = std::numeric_limits<qreal>::max(), bottom = std::numeric_limits<qreal>::lowest();
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (!cell.isValid() || cell.row() != r || cell.column() != c)
                continue;
            const int last = cell.lastCursorPosition().position();
            for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= last;
                 b = b.next()) {
                const QRectF rect = blockRect(doc, b);
                top = std::min(top, rect.top());
                bottom = std::max(bottom, rect.bottom());
            }
        }
        if (top <= bottom)
            rows.append({top, bottom});
    }
    if (rows.isEmpty())
        return rows;
    for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
        const qreal meet = (rows.at(i).second + rows.at(i + 1).first) / 2;
        rows[i].second = meet;
        rows[i + 1].first = meet;
    }
    const QRectF frame = doc->documentLayout()->frameBoundingRect(table);
    rows.first().first = std::min(rows.first().first, frame.top());
    rows.last().second = std::max(rows.last().second, frame.bottom());
    return rows;
}

} // namespace

QList<QPair<qreal, qreal>> Paginator::tableRows(QTextDocument *doc)
{
    QList<QTextTable *> all;
    tables(doc->rootFrame(), &all);
    QList<QPair<qreal, qreal>> rows;
    for (QTextTable *t : all)
        rows += rowsOf(doc, t);
    return rows;
}

QList<PageSlice> Paginator::paginate(QTextDocument *doc, qreal pageHeight)
{
    const qreal end = doc->size().height(); // lays the whole document out: lines exist after this
    QList<Span> spans;
    lineSpans(doc, &spans);
    QList<TableBox> boxes;
    QList<QTextTable *> all;
    tables(doc->rootFrame(), &all);
    for (QTextTable *t : all) {
        const QList<QPair<qreal, qreal>> rows = rowsOf(doc, t);
        if (rows.isEmpty())
            continue;
        const int headRows = std::min<int>(t->format().headerRowCount(), int(rows.size()));
        TableBox box{rows.first().first, rows.last().second, {}};
        if (headRows > 0 && headRows < rows.size()) {
            const qreal width = doc->textWidth() > 0 ? doc->textWidth() : doc->size().width();
            box.header =
                QRectF(0, rows.first().first, width, rows.at(headRows - 1).second - rows.first().first);
        }
        boxes.append(box);
        for (int i = 0; i < rows.size(); ++i)
            spans.append({rows.at(i).first, rows.at(i).second, false, i < headRows});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
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
            return static_cast<const Span *>(nullptr);
        const Span &s = spans.at(at - reach.begin());
        return s.top < y - 0.5 ? &s : static_cast<const Span *>(nullptr);
    };
    QList<PageSlice> pages;
    qreal pos = 0;
    while (pos < end - 0.5) {
        PageSlice page;
        page.top = pos;
        for (const TableBox &box : boxes)
            if (!box.header.isNull() && pos > box.header.bottom() - 0.5 && pos < box.bottom - 0.5)
                page.header = box.header;
        const qreal room = pageHeight - page.header.height();
        qreal cut = pos + room;
        if (cut >= end) {
            cut = end;
        } else {
            while (const Span *s = inside(cut))
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

int Paginator::print(QTextDocument *doc, QPagedPaintDevice *device, const PageFurniture &furniture)
{
    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal v) { return v / 25.4 * dpi; };
    const QRectF paper(0, 0, device->width(), device->height());
    const QRectF bodyRect = paper.adjusted(mm(15), mm(18), -mm(15), -mm(16));
    doc->documentLayout()->setPaintDevice(device);
    doc->setTextWidth(bodyRect.width());
    const QList<PageSlice> pages = paginate(doc, bodyRect.height());
    QPainter p;
    if (!p.begin(device))
        return 0;
    QFont small = doc->defaultFont();
    small.setPointSizeF(7.5);
    const QFontMetricsF fm(small, device);
    const qreal headerBase = bodyRect.top() - mm(5), footerTop = bodyRect.bottom() + mm(5);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        const PageSlice &page = pages.at(i);
        p.setFont(small);
        p.setPen(QColor(60, 60, 60));
        const QRectF head(bodyRect.left(), headerBase - fm.height(), bodyRect.width(), fm.height());
        p.drawText(head, Qt::AlignLeft | Qt::AlignBottom,
                   fm.elidedText(furniture.caseTitle, Qt::ElideRight, bodyRect.width() * 0.6));
        p.drawText(head, Qt::AlignRight | Qt::AlignBottom, furniture.reportId);
        p.drawLine(QPointF(bodyRect.left(), headerBase + mm(1)),
                   QPointF(bodyRect.right(), headerBase + mm(1)));
        p.drawLine(QPointF(bodyRect.left(), footerTop - mm(1)), QPointF(bodyRect.right(), footerTop - mm(1)));
        const QRectF foot(bodyRect.left(), footerTop, bodyRect.width(), fm.height());
        p.drawText(foot, Qt::AlignLeft | Qt::AlignTop, furniture.footNote);
        p.drawText(foot, Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("%1 / %2").arg(i + 1).arg(pages.size()));
        p.save();
        p.translate(bodyRect.topLeft());
        // A little room either side for the tables' outer borders.
        const qreal wide = bodyRect.width() + mm(2);
        if (!page.header.isNull()) {
            p.save();
            p.translate(0, -page.header.top());
            doc->drawContents(&p, QRectF(-mm(1), page.header.top(), wide, page.header.height()));
            p.restore();
            p.translate(0, page.header.height());
        }
        p.translate(0, -page.top);
        doc->drawContents(&p, QRectF(-mm(1), page.top, wide, page.bottom - page.top));
        p.restore();
    }
    p.end();
    return int(pages.size());
}

} // namespace dt::report
