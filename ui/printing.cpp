#include "printing.h"

#include "report/printflow.h"
#include "report/report.h"

#include <cmath>
#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>

namespace dt::ui {

namespace {

QRectF pageRect(QPrinter *printer)
{
    return QRectF(QPointF(0, 0), printer->pageRect(QPrinter::DevicePixel).size());
}

QFont headerFont(QPaintDevice *device, double points, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(points);
    f.setBold(bold);
    Q_UNUSED(device)
    return f;
}

} // namespace

double Printing::headerHeight(QPrinter *printer)
{
    const QFontMetricsF big(headerFont(printer, 11, true), printer), small(headerFont(printer, 8), printer);
    return big.height() + small.height() * 1.6 + printer->resolution() / 10.0;
}

void Printing::drawHeader(QPainter *painter, const QRectF &page, const PrintHeader &header, int pageNumber,
                          int pages)
{
    QPaintDevice *device = painter->device();
    const QFont big = headerFont(device, 11, true), small = headerFont(device, 8);
    const QFontMetricsF bm(big, device), sm(small, device);
    painter->save();
    painter->setPen(QColor(20, 20, 20));
    painter->setFont(big);
    painter->drawText(QRectF(page.left(), page.top(), page.width(), bm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      bm.elidedText(header.title, Qt::ElideRight, page.width() * 0.75));
    painter->setFont(small);
    const QString number = tr("Page %1 of %2").arg(pageNumber).arg(pages);
    painter->drawText(QRectF(page.left(), page.top(), page.width(), bm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, number);
    const double y = page.top() + bm.height();
    painter->setPen(QColor(90, 90, 90));
    painter->drawText(QRectF(page.left(), y, page.width(), sm.height() * 1.3),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Case: %1").arg(header.caseTitle));
    painter->drawText(QRectF(page.left(), y, page.width(), sm.height() * 1.3),
                      Qt::AlignRight | Qt::AlignVCenter, tr("Printed %1 · DialTrace").arg(header.date));
    const double line = y + sm.height() * 1.45;
    painter->setPen(QPen(QColor(150, 150, 150), std::max(1.0, device->logicalDpiX() / 150.0)));
    painter->drawLine(QPointF(page.left(), line), QPointF(page.right(), line));
    painter->restore();
}

int Printing::printPicture(QPrinter *printer, const QRectF &source, int across, const PrintHeader &header,
                           const DrawFn &draw)
{
    if (source.isEmpty())
        return 0;
    QPainter p;
    if (!p.begin(printer))
        return 0;
    const QRectF page = pageRect(printer);
    const QRectF body = page.adjusted(0, headerHeight(printer), 0, 0);
    if (across <= 1) {
        const double s = std::min(body.width() / source.width(), body.height() / source.height());
        const QSizeF size = source.size() * s;
        const QRectF target(body.left() + (body.width() - size.width()) / 2, body.top(), size.width(),
                            size.height());
        drawHeader(&p, page, header, 1, 1);
        draw(&p, source, target);
        p.end();
        return 1;
    }
    // Tiled: the picture as wide as `across` pages; each page shows one piece of it at that scale.
    const double s = across * body.width() / source.width();
    const QSizeF piece(body.width() / s, body.height() / s);
    const int down = std::max(1, int(std::ceil(source.height() / piece.height() - 1e-9)));
    const int pages = across * down;
    int n = 0;
    for (int r = 0; r < down; ++r) {
        for (int c = 0; c < across; ++c) {
            if (n > 0)
                printer->newPage();
            ++n;
            drawHeader(&p, page, header, n, pages);
            const QRectF part(source.left() + c * piece.width(), source.top() + r * piece.height(),
                              piece.width(), piece.height());
            p.save();
            p.setClipRect(body);
            draw(&p, part, body);
            p.restore();
        }
    }
    p.end();
    return pages;
}

int Printing::printTable(QPrinter *printer, const QAbstractItemModel &model, const std::vector<int> &columns,
                         const PrintHeader &header)
{
    if (columns.empty())
        return 0;
    // Set as a report's table (report::PrintFlow): long cells wrap rather than being cut short, a
    // row's height is its tallest cell's, a row is never split across pages and the header row is
    // repeated on every page.
    const auto cell = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    };
    QString html = QStringLiteral("<table width=\"100%\"><thead><tr>");
    for (int c : columns)
        html += QStringLiteral("<th>") + cell(model.headerData(c, Qt::Horizontal).toString()) +
                QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c : columns)
            html +=
                QStringLiteral("<td>") + cell(model.index(r, c).data().toString()) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    report::PageFurniture furniture;
    furniture.caseTitle = tr("Case: %1").arg(header.caseTitle);
    furniture.reportId = header.title;
    furniture.footNote = tr("Printed %1 · DialTrace").arg(header.date);
    return report::PrintFlow::print(html, printer, furniture);
}

void Printing::printHtml(QPrinter *printer, const QString &html)
{
    // As the PDF is laid out: rows never split, headers repeated, "n / N" on every page.
    report::PrintFlow::print(html, printer, report::PageFurniture{});
}

bool Printing::print(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageOrientation(QPageLayout::Landscape); // charts and evidence tables are wide
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paint(&printer);
    return true;
}

void Printing::preview(QWidget *parent, const QString &title, const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter *p) { paint(p); });
    dialog.exec();
}

} // namespace dt::ui
