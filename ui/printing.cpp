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
    QPainter p;
    if (!p.begin(printer) || columns.empty())
        return 0;
    const QRectF page = pageRect(printer);
    const QRectF body = page.adjusted(0, headerHeight(printer), 0, 0);
    const QFont font = headerFont(printer, 7.5), bold = headerFont(printer, 7.5, true);
    const QFontMetricsF fm(font, printer), bm(bold, printer);
    const double pad = fm.averageCharWidth() * 0.6, rowH = fm.height() + pad;
    // Column widths from the header and the first rows' texts. When they do not fit, the widest are
    // narrowed to one common cap (short columns, numbers and times, keep their whole width).
    std::vector<double> widths;
    const int sample = std::min(model.rowCount(), 200);
    for (int c : columns) {
        double w = bm.horizontalAdvance(model.headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < sample; ++r)
            w = std::max(w, fm.horizontalAdvance(model.index(r, c).data().toString()));
        widths.push_back(w + 2 * pad);
    }
    const auto sumCapped = [&widths](double cap) {
        double sum = 0;
        for (double w : widths)
            sum += std::min(w, cap);
        return sum;
    };
    if (sumCapped(1e12) > body.width()) {
        double lo = 0, hi = body.width();
        for (int k = 0; k < 40; ++k) {
            const double mid = (lo + hi) / 2;
            (sumCapped(mid) > body.width() ? hi : lo) = mid;
        }
        for (double &w : widths)
            w = std::min(w, lo);
    }
    const int perPage = std::max(1, int((body.height() - rowH) / rowH));
    const int pages = std::max(1, int(std::ceil(double(model.rowCount()) / perPage)));
    auto cells = [&](double y, const std::function<QString(int)> &text, const QFont &f, const QColor &fill) {
        double x = body.left();
        p.setFont(f);
        const QFontMetricsF m(f, printer);
        for (size_t k = 0; k < columns.size(); ++k) {
            const QRectF cell(x, y, widths[k], rowH);
            if (fill.isValid())
                p.fillRect(cell, fill);
            p.drawText(cell.adjusted(pad, 0, -pad, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       m.elidedText(text(columns[k]), Qt::ElideRight, cell.width() - 2 * pad));
            x += widths[k];
        }
    };
    for (int pg = 0; pg < pages; ++pg) {
        if (pg > 0)
            printer->newPage();
        drawHeader(&p, page, header, pg + 1, pages);
        double y = body.top();
        p.setPen(QColor(20, 20, 20));
        cells(
            y, [&model](int c) { return model.headerData(c, Qt::Horizontal).toString(); }, bold,
            QColor(225, 230, 236));
        y += rowH;
        for (int r = pg * perPage; r < std::min(model.rowCount(), (pg + 1) * perPage); ++r) {
            cells(
                y, [&model, r](int c) { return model.index(r, c).data().toString(); }, font,
                r % 2 ? QColor(245, 245, 245) : QColor());
            y += rowH;
        }
    }
    p.end();
    return pages;
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
