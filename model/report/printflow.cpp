#include "report/printflow.h"

#include "report/printcells.h"
#include "report/report.h"

#include <algorithm>
#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextLayout>
#include <vector>

namespace dt::report {

using detail::attribute;
using detail::Cell;
using detail::CellFonts;
using detail::parseCell;

namespace {

struct Table
{
    int columns = 0;
    int headerRows = 0;
    bool fullWidth = false;
    std::vector<Cell> cells; ///< row by row; a short row is padded with empty cells
    std::vector<qreal> colX; ///< left edge of each column, then the right edge of the last
    std::vector<qreal> rowY; ///< top of each row, then the bottom of the last (relative to the table)
    int rows() const { return columns ? int(cells.size()) / columns : 0; }
};

/// A piece of the column: prose (a range of the HTML, laid out by QTextDocument) or a table.
struct Piece
{
    qsizetype from = 0, to = 0; ///< prose: its HTML
    int table = -1;             ///< index in tables, or -1 for prose
    qreal top = 0, bottom = 0;
};

qreal scaleOf(const QPaintDevice *device)
{
    return device->logicalDpiY() / 96.0; // the HTML's pixels (cellpadding, borders) at 96 dpi
}

} // namespace

struct PrintFlow::Impl
{
    QString html, css;
    QPaintDevice *device = nullptr;
    qreal width = 0;
    CellFonts fonts;
    qreal padding = 0, border = 0, lineHeight = 0, ascent = 0, gap = 0;
    std::vector<Piece> pieces;
    std::vector<Table> tables;
    QList<BreakSpan> spans;
    QList<TableExtent> extents;
    qreal end = 0;
    // The prose piece last laid out for painting: pages are painted in order.
    mutable std::unique_ptr<QTextDocument> prose;
    mutable int proseIndex = -1;

    void split();
    void parseTable(qsizetype from, qsizetype to);
    /// A prose piece as a document of its own; @p toPaint: its charts drawn, else only measured.
    std::unique_ptr<QTextDocument> proseDocument(const Piece &piece, bool toPaint) const;
    void probeFonts();
    void layOutTable(Table &t);
    QFont fontOf(const Cell &c) const { return c.head ? fonts.th : fonts.td; }
    void paintTable(QPainter *p, const Piece &piece, qreal top, qreal bottom) const;
};

namespace {

/// A laid-out QTextLayout of a cell's text @p width wide (lines stacked from 0).
void layOutText(QTextLayout &layout, qreal width, qreal *height)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (height)
        *height = y;
}

} // namespace

void PrintFlow::Impl::split()
{
    qsizetype pos = 0;
    while (pos < html.size()) {
        while (pos < html.size() && html.at(pos).isSpace())
            ++pos;
        if (pos >= html.size())
            break;
        const qsizetype at = html.indexOf(QLatin1String("<table"), pos);
        const qsizetype close = at < 0 ? -1 : html.indexOf(QLatin1String("</table>"), at);
        if (close < 0) {
            pieces.push_back({pos, html.size(), -1});
            break;
        }
        if (!QStringView(html).mid(pos, at - pos).trimmed().isEmpty())
            pieces.push_back({pos, at, -1});
        parseTable(at, close);
        pieces.push_back({at, close + 8, int(tables.size()) - 1});
        pos = close + 8;
    }
}

void PrintFlow::Impl::parseTable(qsizetype from, qsizetype to)
{
    Table t;
    const QStringView body = QStringView(html).mid(from, to - from);
    const qsizetype tagEnd = body.indexOf(QLatin1Char('>'));
    t.fullWidth = attribute(body.left(tagEnd), QLatin1String("width")) == QLatin1String("100%");
    const qsizetype headEnd = body.indexOf(QLatin1String("</thead>"));
    QList<QList<Cell>> rows;
    for (qsizetype r = body.indexOf(QLatin1String("<tr"), tagEnd); r >= 0;
         r = body.indexOf(QLatin1String("<tr"), r + 3)) {
        const qsizetype rowEnd = body.indexOf(QLatin1String("</tr>"), r);
        if (rowEnd < 0)
            break;
        if (headEnd > r)
            ++t.headerRows;
        QList<Cell> row;
        for (qsizetype c = body.indexOf(QLatin1Char('<'), r + 3); c >= 0 && c < rowEnd;
             c = body.indexOf(QLatin1Char('<'), c + 1)) {
            const bool th = body.mid(c, 3) == QLatin1String("<th");
            if (!th && body.mid(c, 3) != QLatin1String("<td"))
                continue;
            const qsizetype open = body.indexOf(QLatin1Char('>'), c);
            const qsizetype close = body.indexOf(th ? QLatin1String("</th>") : QLatin1String("</td>"), open);
            if (open < 0 || close < 0 || close > rowEnd)
                break;
            Cell cell;
            cell.head = th;
            parseCell(body.mid(open + 1, close - open - 1), fonts, &cell);
            row.append(std::move(cell));
            c = close;
        }
        t.columns = std::max(t.columns, int(row.size()));
        rows.append(std::move(row));
        r = rowEnd;
    }
    for (QList<Cell> &row : rows) {
        for (Cell &c : row)
            t.cells.push_back(std::move(c));
        for (qsizetype i = row.size(); i < t.columns; ++i)
            t.cells.push_back(Cell{});
    }
    tables.push_back(std::move(t));
}

void PrintFlow::Impl::probeFonts()
{
    // The prose's default font (Report::layOutForPrint()), bold in header cells; code in a
    // monospace face at the style's 8 pt. Made here, not taken from a QTextDocument's formats:
    // text drawn with those came out wider than QFontMetricsF measured it.
    QTextDocument probe;
    Report::layOutForPrint(QString(), &probe);
    fonts.td = probe.defaultFont();
    fonts.th = fonts.td;
    fonts.th.setBold(true);
    fonts.code = fonts.td;
    fonts.code.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans CJK SC")});
    fonts.code.setPointSizeF(std::min<qreal>(8, fonts.td.pointSizeF()));
}

std::unique_ptr<QTextDocument> PrintFlow::Impl::proseDocument(const Piece &piece, bool toPaint) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(css);
    Report::layOutForPrint(html.mid(piece.from, piece.to - piece.from), doc.get(), toPaint);
    doc->documentLayout()->setPaintDevice(device);
    doc->setTextWidth(width);
    return doc;
}

void PrintFlow::Impl::layOutTable(Table &t)
{
    const int cols = t.columns, rows = t.rows();
    std::vector<qreal> most(size_t(cols), 0), least(size_t(cols), 0);
    const QFontMetricsF tdMetrics(fonts.td, device), thMetrics(fonts.th, device);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            Cell &cell = t.cells[size_t(r * cols + c)];
            if (cell.text.isEmpty())
                continue;
            if (cell.simple) {
                cell.natural = (cell.head ? thMetrics : tdMetrics).horizontalAdvance(cell.text);
            } else {
                QTextLayout layout(cell.text, fontOf(cell), device);
                layout.setFormats(cell.formats);
                QTextOption option;
                option.setWrapMode(QTextOption::ManualWrap);
                layout.setTextOption(option);
                layout.beginLayout();
                // A line is laid out by its width: one wider than any page, broken only at <br/>.
                for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                    line.setLineWidth(1e7);
                    cell.natural = std::max(cell.natural, line.naturalTextWidth());
                }
                layout.endLayout();
            }
            most[size_t(c)] = std::max(most[size_t(c)], cell.natural);
        }
    }
    const qreal extra = 2 * padding + border;
    qreal sumMost = 0;
    for (qreal &m : most)
        sumMost += (m += extra);
    std::vector<qreal> widths = most;
    const qreal room = width - border;
    if (sumMost > room) {
        // Too wide for the page: every column gets its widest unbreakable word, the rest of the
        // page goes to the columns in proportion to how much more they would take.
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const Cell &cell = t.cells[size_t(r * cols + c)];
                const QFontMetricsF &fm = cell.head ? thMetrics : tdMetrics;
                QTextBoundaryFinder words(QTextBoundaryFinder::Line, cell.text);
                qsizetype from = 0;
                for (qsizetype at = words.toNextBoundary(); at >= 0; at = words.toNextBoundary()) {
                    least[size_t(c)] = std::max(
                        least[size_t(c)], fm.horizontalAdvance(cell.text.mid(from, at - from).trimmed()));
                    from = at;
                }
            }
        }
        qreal sumLeast = 0, slack = 0;
        for (int c = 0; c < cols; ++c) {
            least[size_t(c)] = std::min(least[size_t(c)] + extra, most[size_t(c)]);
            sumLeast += least[size_t(c)];
            slack += most[size_t(c)] - least[size_t(c)];
        }
        for (int c = 0; c < cols; ++c) {
            widths[size_t(c)] =
                sumLeast >= room
                    ? least[size_t(c)] * room / sumLeast
                    : least[size_t(c)] + (room - sumLeast) * (most[size_t(c)] - least[size_t(c)]) / slack;
        }
    } else if (t.fullWidth && sumMost > 0) {
        for (qreal &w : widths)
            w *= room / sumMost;
    }
    t.colX.assign(size_t(cols) + 1, 0);
    for (int c = 0; c < cols; ++c)
        t.colX[size_t(c) + 1] = t.colX[size_t(c)] + widths[size_t(c)];
    t.rowY.assign(size_t(rows) + 1, 0);
    for (int r = 0; r < rows; ++r) {
        qreal tallest = lineHeight;
        for (int c = 0; c < cols; ++c) {
            Cell &cell = t.cells[size_t(r * cols + c)];
            const qreal inner = widths[size_t(c)] - extra;
            if (cell.simple && cell.natural <= inner + 0.01)
                continue;
            cell.simple = false; // wraps: drawn through a QTextLayout as measured here
            QTextLayout layout(cell.text, fontOf(cell), device);
            layout.setFormats(cell.formats);
            qreal h = 0;
            layOutText(layout, inner, &h);
            tallest = std::max(tallest, h);
        }
        t.rowY[size_t(r) + 1] = t.rowY[size_t(r)] + tallest + extra;
    }
}

PrintFlow::PrintFlow(const QString &html)
    : d(std::make_unique<Impl>())
{
    d->html = html;
}

PrintFlow::~PrintFlow() = default;

bool PrintFlow::layOut(QPaintDevice *device, qreal width, const ProgressFn &progress,
                       const std::atomic_bool *cancel)
{
    d->device = device;
    d->width = width;
    d->pieces.clear();
    d->tables.clear();
    d->spans.clear();
    d->extents.clear();
    d->proseIndex = -1;
    d->prose.reset();
    // The report's own <style>: each prose piece is laid out with it.
    const qsizetype styleAt = d->html.indexOf(QLatin1String("<style>"));
    const qsizetype styleEnd = styleAt < 0 ? -1 : d->html.indexOf(QLatin1String("</style>"), styleAt);
    if (styleEnd > styleAt)
        d->css = d->html.mid(styleAt + 7, styleEnd - styleAt - 7);
    d->probeFonts();
    const qreal scale = scaleOf(device);
    d->padding = 3 * scale;
    d->border = 1 * scale;
    d->gap = 5 * scale;
    const QFontMetricsF latin(d->fonts.td, device);
    QFont cjk = d->fonts.td;
    cjk.setFamilies({QStringLiteral("Noto Sans CJK SC")});
    const QFontMetricsF chinese(cjk, device);
    d->ascent = std::max(latin.ascent(), chinese.ascent());
    d->lineHeight = d->ascent + std::max(latin.descent(), chinese.descent());
    d->split();
    qreal y = 0;
    const qsizetype total = qsizetype(d->pieces.size());
    for (qsizetype i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return false;
        Piece &piece = d->pieces[size_t(i)];
        if (piece.table < 0) {
            const std::unique_ptr<QTextDocument> doc = d->proseDocument(piece, false);
            // A heading's top margin (the style's 1.2-1.5 em) is lost at the top of a document of
            // its own: given here, so a section does not start against the table before it.
            const QStringView start = QStringView(d->html).mid(piece.from, 4);
            if (i > 0 && start.startsWith(QLatin1String("<h")))
                y += (start.at(2) == QLatin1Char('3') ? 8 : 14) * scale;
            piece.top = y;
            const QList<BreakSpan> lines = Paginator::lineSpans(doc.get());
            for (const BreakSpan &s : lines)
                d->spans.append({s.top + y, s.bottom + y, s.heading, false});
            y += doc->size().height();
        } else {
            Table &t = d->tables[size_t(piece.table)];
            d->layOutTable(t);
            y += d->gap;
            piece.top = y;
            const int rows = t.rows();
            for (int r = 0; r < rows; ++r)
                d->spans.append({y + t.rowY[size_t(r)], y + t.rowY[size_t(r) + 1], false, r < t.headerRows});
            TableExtent extent{y, y + t.rowY.back(), {}};
            if (t.headerRows > 0 && t.headerRows < rows)
                extent.header = QRectF(0, y, t.colX.back(), t.rowY[size_t(t.headerRows)]);
            d->extents.append(extent);
            y += t.rowY.back() + d->gap;
        }
        piece.bottom = y;
        if (progress)
            progress(i + 1, total);
    }
    d->end = y;
    return true;
}

qreal PrintFlow::height() const
{
    return d->end;
}

QList<PageSlice> PrintFlow::paginate(qreal pageHeight) const
{
    return Paginator::paginate(d->spans, d->extents, d->end, pageHeight);
}

QList<QPair<qreal, qreal>> PrintFlow::tableRows() const
{
    QList<QPair<qreal, qreal>> rows;
    for (const Piece &piece : d->pieces) {
        if (piece.table < 0)
            continue;
        const Table &t = d->tables[size_t(piece.table)];
        for (int r = 0; r < t.rows(); ++r)
            rows.append({piece.top + t.rowY[size_t(r)], piece.top + t.rowY[size_t(r) + 1]});
    }
    return rows;
}

void PrintFlow::Impl::paintTable(QPainter *p, const Piece &piece, qreal top, qreal bottom) const
{
    const Table &t = tables[size_t(piece.table)];
    const int cols = t.columns, rows = t.rows();
    // The rows that show in the band: by bisection, a table may run over many pages.
    const auto first = std::upper_bound(t.rowY.begin(), t.rowY.end(), top - piece.top + 0.5);
    const int from = std::max(0, int(first - t.rowY.begin()) - 1);
    const QPen grid(QColor(0x99, 0x99, 0x99), border);
    const QColor shade(0xe8, 0xec, 0xf2);
    for (int r = from; r < rows; ++r) {
        const qreal y = piece.top + t.rowY[size_t(r)] - top;
        const qreal h = t.rowY[size_t(r) + 1] - t.rowY[size_t(r)];
        if (y > bottom - top - 0.5)
            break;
        for (int c = 0; c < cols; ++c) {
            const Cell &cell = t.cells[size_t(r * cols + c)];
            const QRectF box(t.colX[size_t(c)], y, t.colX[size_t(c) + 1] - t.colX[size_t(c)], h);
            if (cell.head)
                p->fillRect(box, shade);
            p->setPen(grid);
            p->setBrush(Qt::NoBrush);
            p->drawRect(box);
            if (cell.text.isEmpty())
                continue;
            const QPointF at(box.left() + padding + border / 2, box.top() + padding + border / 2);
            p->setPen(QColor(0x11, 0x11, 0x11));
            if (cell.simple) {
                p->setFont(fontOf(cell));
                p->drawText(QPointF(at.x(), at.y() + ascent), cell.text);
            } else {
                QTextLayout layout(cell.text, fontOf(cell), device);
                layout.setFormats(cell.formats);
                layOutText(layout, box.width() - 2 * padding - border, nullptr);
                layout.draw(p, at);
            }
        }
    }
}

void PrintFlow::paint(QPainter *p, qreal top, qreal bottom) const
{
    // The first piece reaching into the band, by bisection: a report has thousands of pieces.
    auto it = std::upper_bound(d->pieces.begin(), d->pieces.end(), top + 0.5,
                               [](qreal y, const Piece &piece) { return y < piece.bottom; });
    const qreal margin = d->border * 3;
    for (; it != d->pieces.end() && it->top < bottom - 0.5; ++it) {
        const Piece &piece = *it;
        p->save();
        p->setClipRect(QRectF(-margin, 0, d->width + 2 * margin, bottom - top));
        if (piece.table >= 0) {
            d->paintTable(p, piece, top, bottom);
        } else {
            const int index = int(it - d->pieces.begin());
            if (d->proseIndex != index) {
                d->prose = d->proseDocument(piece, true);
                d->proseIndex = index;
            }
            const qreal from = std::max(top, piece.top) - piece.top;
            const qreal to = std::min(bottom, piece.bottom) - piece.top;
            p->translate(0, piece.top - top);
            d->prose->drawContents(p, QRectF(-margin, from, d->width + 2 * margin, to - from));
        }
        p->restore();
    }
}

int PrintFlow::print(const QString &html, QPagedPaintDevice *device, const PageFurniture &furniture,
                     const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QRectF body = Paginator::bodyRect(device);
    PrintFlow flow(html);
    // One scale for both steps: the pieces laid out, then the pages painted (about as long).
    qint64 laidOut = 0;
    const bool done = flow.layOut(
        device, body.width(),
        [&](qint64 n, qint64 total) {
            laidOut = total;
            if (progress)
                progress(n, 2 * total);
        },
        cancel);
    if (!done)
        return 0;
    const QList<PageSlice> pages = flow.paginate(body.height());
    QPainter p;
    if (!p.begin(device))
        return 0;
    for (int i = 0; i < pages.size(); ++i) {
        if (cancel && cancel->load()) {
            p.end();
            return 0;
        }
        if (i > 0)
            device->newPage();
        const PageSlice &page = pages.at(i);
        Paginator::drawFurniture(&p, device, flow.d->fonts.td, furniture, i + 1, int(pages.size()));
        p.save();
        p.translate(body.topLeft());
        if (!page.header.isNull()) {
            flow.paint(&p, page.header.top(), page.header.bottom());
            p.translate(0, page.header.height());
        }
        flow.paint(&p, page.top, page.bottom);
        p.restore();
        if (progress)
            progress(laidOut + (i + 1) * laidOut / pages.size(), 2 * laidOut);
    }
    p.end();
    return int(pages.size());
}

} // namespace dt::report
