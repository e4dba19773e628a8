#pragma once
// A report laid out for print as one column of pieces: the prose between tables by QTextDocument,
// each a small document of its own, and the tables set row by row here. QTextDocument took minutes
// and over a gigabyte for a report of thousands of tables (its layout and drawing walk every table
// of the document); a table here costs its cells' text, measured once and drawn once.
#include "core/sha256.h"
#include "report/pagination.h"

#include <atomic>
#include <memory>
#include <QList>
#include <QPair>
#include <QString>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace dt::report {

/**
 * The report's HTML (as report::Report makes it) set for print. Tables are the writer's: a
 * `<thead>` row of headers (repeated on every page the table continues onto) or none, rows of
 * `<th>`/`<td>` cells whose text may hold `<b>`, `<code>`, `<sup>` and `<br/>`; a `width="100%"`
 * table spans the page, another is as wide as its content. Rows are never split across pages (only
 * a row taller than a page is cut); a heading keeps with the line or row after it.
 */
class PrintFlow
{
public:
    explicit PrintFlow(const QString &html);
    ~PrintFlow();
    PrintFlow(const PrintFlow &) = delete;
    PrintFlow &operator=(const PrintFlow &) = delete;

    /**
     * Lays the report out @p width wide (device units) for @p device, reporting each piece done to
     * @p progress. False when @p cancel was set.
     */
    bool layOut(QPaintDevice *device, qreal width, const ProgressFn &progress = {},
                const std::atomic_bool *cancel = nullptr);
    /// The laid-out column's height.
    qreal height() const;
    /// Its pages for a body @p pageHeight high (see Paginator::paginate()).
    QList<PageSlice> paginate(qreal pageHeight) const;
    /// The extent of every table row (header rows included), in order.
    QList<QPair<qreal, qreal>> tableRows() const;
    /// Paints the band [@p top, @p bottom) of the column with its top at the painter's origin.
    void paint(QPainter *p, qreal top, qreal bottom) const;

    /**
     * Lays out @p html on @p device and prints it page by page with @p furniture, reporting the
     * pieces laid out and then the pages painted to @p progress (done of total, one scale).
     * Returns the number of pages, 0 when the device cannot be painted on or @p cancel was set.
     */
    static int print(const QString &html, QPagedPaintDevice *device, const PageFurniture &furniture,
                     const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dt::report
