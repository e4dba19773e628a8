// The link chart on paper: what it shows, fit to one page or tiled across several, each page headed by
// the title, the case and the date; drawn from the chart's SVG, so lines and text stay sharp.
#include "case/casefile.h"
#include "linkchartitems.h"
#include "linkchartlabels.h"
#include "linkchartpage.h"
#include "printing.h"

#include <QBuffer>
#include <QDateTime>
#include <QGraphicsScene>
#include <QMenu>
#include <QPainter>
#include <QPrinter>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QToolBar>
#include <QToolButton>

namespace dt::ui {

bool LinkChartPage::renderSvg(QIODevice *out, const QRectF &r, const ChartCaption *caption)
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    const qreal band = caption ? ChartCaptionBand::height(*caption, r.width()) : 0;
    const QSizeF size(r.width(), r.height() + band);
    QSvgGenerator svg;
    svg.setOutputDevice(out);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(caption ? caption->title : tr("DialTrace link chart"));
    svg.setDescription(caption ? ChartCaptionBand::lines(*caption).join(QLatin1Char('\n'))
                               : (m_case ? m_case->title() : QString()));
    QPainter p;
    bool ok = p.begin(&svg);
    if (ok) {
        if (caption)
            ChartCaptionBand::draw(&p, QRectF(0, 0, r.width(), band), *caption);
        m_scene->render(&p, QRectF(QPointF(0, band), r.size()), r);
        drawNodeLabels(&p, QTransform::fromTranslate(-r.left(), -r.top() + band), m_scene->items(r), true);
        drawLegend(&p, QPointF(10, 10 + band), legend());
        ok = p.end();
    }
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
    return ok;
}

int LinkChartPage::printChart(QPrinter *printer, int across)
{
    QRectF r;
    for (const NodeItem *n : m_nodeItems)
        if (n->isVisible())
            r |= n->sceneBoundingRect();
    if (r.isEmpty())
        return 0;
    r.adjust(-40, -40, 40, 60);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!renderSvg(&buffer, r))
        return 0;
    QSvgRenderer svg(buffer.data());
    PrintHeader header;
    header.title = tr("Link chart");
    if (m_case && (m_filter.from || m_filter.to)) {
        const CaseClock &clock = m_case->clock();
        header.title +=
            QStringLiteral(" — ") + tr("calls from %1 to %2")
                                        .arg(m_filter.from ? clock.text(m_filter.from) : QStringLiteral("…"),
                                             m_filter.to ? clock.text(m_filter.to) : QStringLiteral("…"));
    }
    header.caseTitle = m_case ? m_case->title() : QString();
    header.date = m_case ? m_case->clock().labelled(QDateTime::currentSecsSinceEpoch())
                         : QDateTime::currentDateTime().toString(Qt::ISODate);
    return Printing::printPicture(printer, r, across, header,
                                  [&svg, &r](QPainter *p, const QRectF &source, const QRectF &target) {
                                      svg.setViewBox(source.translated(-r.topLeft()));
                                      svg.render(p, target);
                                  });
}

void LinkChartPage::printDialog(bool preview)
{
    const int across = m_printTiled->isChecked() ? 2 : 1;
    const auto paint = [this, across](QPrinter *printer) { printChart(printer, across); };
    if (preview)
        Printing::preview(this, tr("Link chart"), paint);
    else
        Printing::print(this, tr("Link chart"), paint);
}

} // namespace dt::ui
