#include "linkchartlabels.h"

#include "linkchartitems.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

namespace dt::ui {

std::vector<int> placeLabels(const std::vector<LabelCandidate> &candidates)
{
    std::vector<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return candidates[size_t(a)].priority > candidates[size_t(b)].priority;
    });
    // A grid of 48-pixel cells, each listing the placed labels over it: a test touches a few cells.
    constexpr double kCell = 48;
    QHash<quint64, std::vector<int>> grid;
    const auto cells = [&](const QRectF &r, auto &&visit) {
        const auto x0 = qint64(std::floor(r.left() / kCell)), x1 = qint64(std::floor(r.right() / kCell));
        const auto y0 = qint64(std::floor(r.top() / kCell)), y1 = qint64(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (!visit(quint64(quint32(x)) << 32 | quint32(y)))
                    return false;
        return true;
    };
    std::vector<int> placed;
    for (int i : order) {
        const QRectF &r = candidates[size_t(i)].rect;
        const bool free = cells(r, [&](quint64 key) {
            const auto it = grid.constFind(key);
            if (it == grid.cend())
                return true;
            return std::none_of(it->begin(), it->end(),
                                [&](int j) { return candidates[size_t(j)].rect.intersects(r); });
        });
        if (!free)
            continue;
        cells(r, [&](quint64 key) {
            grid[key].push_back(i);
            return true;
        });
        placed.push_back(i);
    }
    return placed;
}

void drawNodeLabels(QPainter *painter, const QTransform &toDevice, const QList<QGraphicsItem *> &items,
                    bool readable)
{
    QFont font = painter->font();
    font.setPointSizeF(8);
    // Measured on the painter's device: an exported image has its own resolution, and a label
    // measured at the screen's would be cut by drawText's rectangle.
    const QFontMetricsF fm(font, painter->device());
    const double scale = std::sqrt(std::abs(toDevice.determinant()));
    std::vector<const NodeItem *> nodes;
    std::vector<LabelCandidate> candidates;
    for (QGraphicsItem *item : items) {
        const auto *n = qgraphicsitem_cast<const NodeItem *>(item);
        if (!n || !n->isVisible() || n->label().isEmpty() || !(readable || n->emphasised()))
            continue;
        const QPointF at = toDevice.map(n->scenePos());
        const double w = n->labelWidth(fm) + 4, h = fm.height();
        nodes.push_back(n);
        candidates.push_back({QRectF(at.x() - w / 2, at.y() + n->radius() * scale + 1, w, h),
                              (n->emphasised() ? 1e6 : 0) + (n->dimmed() ? 0 : 1e3) + n->radius()});
    }
    painter->save();
    painter->setFont(font);
    for (int i : placeLabels(candidates)) {
        const QRectF &r = candidates[size_t(i)].rect;
        painter->fillRect(r, QColor(255, 255, 255, 170)); // readable over the links beneath
        painter->setPen(nodes[size_t(i)]->dimmed() ? QColor(160, 160, 160) : QColor(30, 30, 30));
        painter->drawText(r, Qt::AlignHCenter | Qt::AlignTop, nodes[size_t(i)]->label());
    }
    painter->restore();
}

} // namespace dt::ui
