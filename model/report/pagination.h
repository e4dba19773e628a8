#pragma once
// Court layout of a printed report: page breaks chosen between lines and table rows, never inside
// one, the header row of a table repeated on each page it continues onto, and every page framed by
// a running header (case, report id) and footer ("n / N", the findings' SHA-256).
#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dt::report {

/// One page's share of a document laid out as one long column (document coordinates).
struct PageSlice
{
    qreal top = 0;    ///< first document y on the page
    qreal bottom = 0; ///< first document y on the next page
    QRectF header;    ///< the header row repeated above it (a table continues), or null
};

/// What frames every page.
struct PageFurniture
{
    QString caseTitle; ///< left of the running header
    QString reportId;  ///< right of the running header
    QString footNote;  ///< left of the footer (e.g. the findings' SHA-256 prefix)
};

/**
 * Breaks a report into pages. QTextDocument's own pagination splits a table row whose cells have
 * several lines and repeats no header once a page is printed through print(); evidence read in
 * court must not leave a row's source reference on one page and its time on the next.
 */
class Paginator
{
public:
    /**
     * The pages of @p doc (laid out with a text width and no page height) for pages @p pageHeight
     * high: each ends at a line or table row boundary (a heading stays with what follows it); a
     * page that starts inside a table gets its header rows repeated, and is shorter by them. Only a
     * single line or row taller than a page is cut.
     */
    static QList<PageSlice> paginate(QTextDocument *doc, qreal pageHeight);
    /// The vertical extent of every table row of @p doc (header rows included), in document order.
    static QList<QPair<qreal, qreal>> tableRows(QTextDocument *doc);
    /// Lays @p doc out for @p device and paints it there page by page, with @p furniture on each
    /// page. Returns the number of pages (0 when the device cannot be painted on).
    static int print(QTextDocument *doc, QPagedPaintDevice *device, const PageFurniture &furniture);
};

} // namespace dt::report
