#pragma once
#include <QImage>
#include <QPointF>
#include <vector>

namespace dt::ui {

/**
 * Zoomed-out links as ink: each line adds its colour to the pixels it crosses, and a pixel's
 * opacity grows with how many lines cross it. Thirty thousand hub-to-victim links then read as
 * density, the way a dense chart should at that zoom, and cost a few milliseconds instead of the
 * second QPainter's per-pixel blending of cosmetic lines needs (measured in tests/bench).
 */
class LineDensity
{
public:
    explicit LineDensity(QSize size);
    /// Adds the one-pixel line from @p a to @p b (device pixels), clipped to the image, with
    /// @p weight counts (4 for a plain link, 1 for a dimmed one) of colour number @p color.
    void add(QPointF a, QPointF b, quint8 color, int weight);
    /// The colours that add() numbers.
    void setPalette(std::vector<QRgb> palette) { m_palette = std::move(palette); }
    /// The ink as a premultiplied image; untouched pixels are transparent.
    QImage image() const;
    /// How many weight counts pixel (@p x, @p y) received (tests).
    int weightAt(int x, int y) const { return m_weight[size_t(y) * size_t(m_size.width()) + size_t(x)]; }

private:
    // Three bytes a pixel (a weight and the colour of the last heavy line): a 1600 × 1000 view fits
    // the cache far better than summed colours would, and the lines cross it in random order.
    QSize m_size;
    std::vector<quint16> m_weight;
    std::vector<quint8> m_color;
    std::vector<QRgb> m_palette;
};

} // namespace dt::ui
