#pragma once
#include <functional>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <vector>

class QAbstractItemModel;
class QPainter;
class QPrinter;
class QWidget;

namespace dt::ui {

/// What heads every printed page: what is printed, the case it comes from, when.
struct PrintHeader
{
    QString title;
    QString caseTitle;
    QString date; ///< in the case's zone, labelled
};

/**
 * Printing through Qt's print dialog, with a print preview: the link chart (fit to one page or
 * tiled across several), any table (its shown columns and rows, the header row on every page), and
 * a report (laid out as its PDF, report::PrintFlow). Each page carries the header and "page n of m".
 */
class Printing
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::Printing)
public:
    /// Draws one picture onto the printer's pages: @p draw paints the region @p source (in its own
    /// coordinates) into the rectangle it is given. Fit: scaled onto one page. Tiled: @p across
    /// pages wide, as many down as the picture's shape needs, each page one piece at one scale.
    /// Returns the pages printed (0 when the printer cannot be painted on).
    using DrawFn = std::function<void(QPainter *painter, const QRectF &source, const QRectF &target)>;
    static int printPicture(QPrinter *printer, const QRectF &source, int across, const PrintHeader &header,
                            const DrawFn &draw);
    /// Prints @p columns of @p model (all rows, in the model's order) as a table; returns the pages.
    static int printTable(QPrinter *printer, const QAbstractItemModel &model, const std::vector<int> &columns,
                          const PrintHeader &header);
    /// Prints a report's HTML laid out as its PDF is (report::PrintFlow).
    static void printHtml(QPrinter *printer, const QString &html);

    /// Qt's print dialog, then @p paint on the printer chosen. False when cancelled.
    static bool print(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint);
    /// Qt's print preview, painted by @p paint (printing from it prints the same pages).
    static void preview(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint);

    /// The header's height on a page of @p printer (device pixels).
    static double headerHeight(QPrinter *printer);
    /// Draws the header and the page number at the top of the page.
    static void drawHeader(QPainter *painter, const QRectF &page, const PrintHeader &header, int pageNumber,
                           int pages);
};

} // namespace dt::ui
