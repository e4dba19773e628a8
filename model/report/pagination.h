#pragma once
// Court layout of a printed report: page breaks chosen between lines and table rows, never inside
// one, the header row of a table repeated on each page it continues onto, and every page framed by
// a running header (case, report id) and footer ("n / N", the findings' SHA-256).
#include <QList>
#include <QRectF>
#include <QString>

class QFont;
class QPaintDevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace dt::report {

/// One page's share of a document laid out as one long column (document coordinates).
struct PageSlice
{
    qreal top = 0;    ///< first document y on the page
    qreal bottom = 0; ///< first document y on the next page
    QRectF header;    ///< the header row repeated above it (a table continues), or null
};

/// A stretch of a laid-out report (a line, a table row) that a page break must not cut.
struct BreakSpan
{
    qreal top = 0, bottom = 0;
    bool heading = false;   ///< keep with what follows
    bool tableHead = false; ///< a table's header row (a heading keeps with the first row after it)
};

/// A table's extent and its header rows' extent (repeated on each page the table continues onto).
struct TableExtent
{
    qreal top = 0, bottom = 0;
    QRectF header; ///< null without header rows
};

/// What frames every page.
struct PageFurniture
{
    QString caseTitle; ///< left of the running header
    QString reportId;  ///< right of the running header
    QString footNote;  ///< left of the footer (e.g. the findings' SHA-256 prefix)
};

/**
 * Breaks a report into pages (report::PrintFlow lays it out). QTextDocument's own pagination splits
 * a table row whose cells have several lines and repeats no header once a page is printed through
 * print(); evidence read in court must not leave a row's source reference on one page and its time
 * on the next.
 */
class Paginator
{
public:
    /**
     * The pages of a column @p end high (laid out with a text width and no page height) whose
     * unbreakable stretches are @p spans (in any order) and whose tables are @p tables, for pages
     * @p pageHeight high: each ends at a line or table row boundary (a heading stays with what
     * follows it); a page that starts inside a table gets its header rows repeated, and is shorter
     * by them. Only a single line or row taller than a page is cut.
     */
    static QList<PageSlice> paginate(QList<BreakSpan> spans, const QList<TableExtent> &tables, qreal end,
                                     qreal pageHeight);
    /// Every line of @p doc (laid out) as a span, a heading's first line marked to keep with what
    /// follows.
    static QList<BreakSpan> lineSpans(QTextDocument *doc);
    /// Where a page's content goes on @p device: inside the margins, below the running header and
    /// above the footer.
    static QRectF bodyRect(const QPaintDevice *device);
    /// Draws the running header and the footer of page @p page (from 1) of @p pages around the
    /// body, in a small size of @p font.
    static void drawFurniture(QPainter *p, const QPaintDevice *device, const QFont &font,
                              const PageFurniture &furniture, int page, int pages);
};

} // namespace dt::report
