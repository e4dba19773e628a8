#include "linedensity.h"

#include <algorithm>
#include <cmath>

namespace dt::ui {

LineDensity::LineDensity(QSize size)
    : m_size(size.expandedTo(QSize(0, 0)))
    , m_weight(size_t(m_size.width()) * size_t(m_size.height()), 0)
    , m_color(m_weight.size(), 0)
{}

void LineDensity::add(QPointF a, QPointF b, quint8 color, int weight)
{
    if (m_size.isEmpty())
        return;
    // Liang–Barsky: keep the part of the segment inside [0, w) × [0, h).
    const double w = m_size.width() - 0.5, h = m_size.height() - 0.5;
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const auto clip = [&](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double r = q / p;
        if (p < 0) {
            if (r > t1)
                return false;
            t0 = std::max(t0, r);
        } else {
            if (r < t0)
                return false;
            t1 = std::min(t1, r);
        }
        return true;
    };
    if (!clip(-dx, a.x()) || !clip(dx, w - a.x()) || !clip(-dy, a.y()) || !clip(dy, h - a.y()))
        return;
    const auto fixed = [](double v, int limit) {
        return qint64(std::clamp(v, 0.0, double(limit) - 0.01) * 65536);
    };
    // Fixed point 48.16 from here: no rounding or bounds test inside the loop.
    qint64 x = fixed(a.x() + t0 * dx, m_size.width()), y = fixed(a.y() + t0 * dy, m_size.height());
    const qint64 x1 = fixed(a.x() + t1 * dx, m_size.width()), y1 = fixed(a.y() + t1 * dy, m_size.height());
    const qint64 steps = std::max<qint64>(1, (std::max(std::abs(x1 - x), std::abs(y1 - y)) + 65535) >> 16);
    const qint64 sx = (x1 - x) / steps, sy = (y1 - y) / steps;
    const size_t stride = size_t(m_size.width());
    const auto heavy = quint16(weight);
    for (qint64 i = 0; i <= steps; ++i, x += sx, y += sy) {
        const size_t at = size_t(y >> 16) * stride + size_t(x >> 16);
        const quint32 sum = quint32(m_weight[at]) + heavy;
        m_weight[at] = quint16(std::min<quint32>(sum, 65535));
        if (weight > 1 || !m_color[at])
            m_color[at] = color;
    }
}

QImage LineDensity::image() const
{
    QImage out(m_size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    // Opacity from the weight: one plain link (4) gives about two thirds, a few make it solid.
    quint32 alpha[64];
    for (int n = 0; n < 64; ++n)
        alpha[n] = quint32(std::lround(255 * (1 - std::pow(0.76, n))));
    for (int y = 0; y < m_size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        const size_t row = size_t(y) * size_t(m_size.width());
        for (int x = 0; x < m_size.width(); ++x) {
            const quint32 n = m_weight[row + size_t(x)];
            if (!n)
                continue;
            const quint32 a = alpha[std::min<quint32>(n, 63)];
            const quint8 c = m_color[row + size_t(x)];
            const QRgb rgb = c < m_palette.size() ? m_palette[c] : qRgb(90, 90, 90);
            line[x] = qRgba(int(quint32(qRed(rgb)) * a / 255), int(quint32(qGreen(rgb)) * a / 255),
                            int(quint32(qBlue(rgb)) * a / 255), int(a)); // premultiplied
        }
    }
    return out;
}

} // namespace dt::ui
