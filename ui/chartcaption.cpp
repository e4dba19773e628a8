#include "chartcaption.h"

#include "core/caseclock.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace dt::ui {

namespace {

constexpr qreal kMargin = 10;
constexpr qreal kGap = 4;

QFont lineFont(bool title)
{
    QFont f;
    f.setPixelSize(title ? 18 : 13); // pixels: the same size in a PNG, an SVG and on screen
    f.setBold(title);
    return f;
}

constexpr int kFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

qreal lineHeight(const QString &text, bool title, qreal width)
{
    const QFontMetricsF fm(lineFont(title));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), kFlags, text).height();
}

} // namespace

ChartCaption ChartCaptionBand::make(const QString &title, const QString &caseTitle, const CaseClock &clock,
                                    qint64 from, qint64 to)
{
    ChartCaption c;
    c.title = title;
    c.caseTitle = caseTitle;
    if (from || to)
        c.window = tr("%1 to %2")
                       .arg(from ? clock.stamp(from, CaseClock::Precision::Minutes) : tr("the first call"),
                            to ? clock.stamp(to, CaseClock::Precision::Minutes) : tr("the last call"));
    else
        c.window = tr("all calls of the case");
    c.exported = clock.labelled(QDateTime::currentSecsSinceEpoch());
    return c;
}

QStringList ChartCaptionBand::lines(const ChartCaption &c)
{
    QStringList out{c.title};
    if (!c.caseTitle.isEmpty())
        out << tr("Case: %1").arg(c.caseTitle);
    if (!c.window.isEmpty())
        out << tr("Calls shown: %1").arg(c.window);
    if (!c.exported.isEmpty())
        out << tr("Exported: %1").arg(c.exported);
    return out;
}

qreal ChartCaptionBand::height(const ChartCaption &c, qreal width)
{
    const qreal w = std::max<qreal>(width - 2 * kMargin, 50);
    qreal h = 2 * kMargin;
    const QStringList l = lines(c);
    for (int i = 0; i < l.size(); ++i)
        h += lineHeight(l.at(i), i == 0, w) + (i ? kGap : 0);
    return std::ceil(h);
}

void ChartCaptionBand::draw(QPainter *painter, const QRectF &band, const ChartCaption &c)
{
    painter->save();
    painter->fillRect(band, QColor(0xf5, 0xf5, 0xf5));
    painter->setPen(QColor(0x21, 0x21, 0x21));
    const qreal w = std::max<qreal>(band.width() - 2 * kMargin, 50);
    qreal y = band.top() + kMargin;
    const QStringList l = lines(c);
    for (int i = 0; i < l.size(); ++i) {
        painter->setFont(lineFont(i == 0));
        const qreal h = lineHeight(l.at(i), i == 0, w);
        painter->drawText(QRectF(band.left() + kMargin, y, w, h), kFlags, l.at(i));
        y += h + kGap;
    }
    painter->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1));
    painter->drawLine(QPointF(band.left(), band.bottom() - 0.5), QPointF(band.right(), band.bottom() - 0.5));
    painter->restore();
}

} // namespace dt::ui
