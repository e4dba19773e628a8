#include "linkchartitems.h"

#include "graph/palette.h"
#include "linedensity.h"
#include "linkchartlabels.h"

#include <cmath>
#include <map>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <QWheelEvent>

namespace dt::ui {

using graph::EdgeType;
using graph::NodeType;

QString identityOf(const graph::Node &node)
{
    return QString::number(int(node.type)) + QLatin1Char(':') + node.key;
}

QColor nodeColor(NodeType t)
{
    return QColor(graph::nodeRgb(t));
}

QColor edgeColor(EdgeType t)
{
    return QColor(graph::edgeRgb(t));
}

namespace {
/// The outline of a node: each type its own shape, so the chart reads in grey print too.
QPainterPath nodeShape(NodeType t, double r)
{
    QPainterPath p;
    switch (t) {
    case NodeType::Number:
        p.addEllipse(QPointF(0, 0), r, r);
        break;
    case NodeType::Operator: { // hexagon: an organisation
        QPolygonF h;
        for (int i = 0; i < 6; ++i)
            h << QPointF(r * std::cos(M_PI / 3 * i), r * std::sin(M_PI / 3 * i));
        p.addPolygon(h);
        p.closeSubpath();
        break;
    }
    case NodeType::LeakList: // a sheet with a folded corner: a file
        p.moveTo(-r * 0.8, -r);
        p.lineTo(r * 0.4, -r);
        p.lineTo(r * 0.8, -r * 0.6);
        p.lineTo(r * 0.8, r);
        p.lineTo(-r * 0.8, r);
        p.closeSubpath();
        break;
    case NodeType::Person: // head and shoulders
        p.addEllipse(QPointF(0, -r * 0.45), r * 0.45, r * 0.45);
        p.addRoundedRect(QRectF(-r * 0.8, 0.05 * r, r * 1.6, r * 0.95), r * 0.4, r * 0.4);
        break;
    case NodeType::Device: // a handset
        p.addRoundedRect(QRectF(-r * 0.55, -r, r * 1.1, r * 2), r * 0.2, r * 0.2);
        break;
    case NodeType::Cell: { // an antenna's triangle
        QPolygonF tri{QPointF(0, -r), QPointF(r * 0.9, r * 0.8), QPointF(-r * 0.9, r * 0.8)};
        p.addPolygon(tri);
        p.closeSubpath();
        break;
    }
    case NodeType::Aggregate:
        p.addEllipse(QPointF(0, 0), r, r);
        break;
    }
    return p;
}
} // namespace

NodeItem::NodeItem(LinkChartView *view, int index, const graph::Node &node)
    : m_view(view)
    , m_index(index)
    , m_type(node.type)
    , m_identity(identityOf(node))
    , m_label(node.label)
    , m_radius(9 + 4 * std::log10(1 + std::max(0.0, node.volume)))
    , m_pinned(node.pinned)
    , m_expanded(node.expanded)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(1);
    setPos(node.x, node.y);
    setToolTip(node.label);
}

void NodeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void NodeItem::setDimmed(bool on)
{
    if (m_dimmed == on)
        return;
    m_dimmed = on;
    update();
}

void NodeItem::setPinned(bool on)
{
    m_pinned = on;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-m_radius - 4, -m_radius - 4, m_radius * 2 + 8, m_radius * 2 + 8);
}

QPainterPath NodeItem::shape() const
{
    return nodeShape(m_type, m_radius + 2);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor fill = nodeColor(m_type);
    if (m_dimmed)
        fill.setAlpha(60);
    const QColor emphasis = isSelected() ? QColor(0xf1, 0xc4, 0x0f) : QColor(0xe6, 0x7e, 0x22);
    if (lod * m_radius < 3) { // a few pixels across: a square of the type's colour says enough
        painter->setRenderHint(QPainter::Antialiasing, false);
        const double r = std::max(m_radius, (emphasised() ? 3.0 : 1.2) / lod);
        painter->fillRect(QRectF(-r, -r, 2 * r, 2 * r), emphasised() ? emphasis : fill);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    QPen pen(emphasised() ? emphasis : fill.darker(150), emphasised() ? 3.5 : 1.2);
    if (m_type == NodeType::Aggregate)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(m_type == NodeType::Aggregate ? fill.lighter(160) : fill);
    painter->drawPath(nodeShape(m_type, m_radius));
    if (m_pinned) { // a pin's head
        painter->setBrush(QColor(0xe7, 0x4c, 0x3c));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(m_radius * 0.75, -m_radius * 0.75), 3.5, 3.5);
    }
    if (m_expanded && m_type != NodeType::Aggregate) { // a small dot: neighbours are on the chart
        painter->setBrush(Qt::white);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(0, 0), 2.5, 2.5);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_view)
        m_view->nodeMoved(m_index, value.toPointF());
    if (change == ItemSelectedHasChanged && m_view)
        m_view->labelsChanged();
    return QGraphicsItem::itemChange(change, value);
}

namespace {
QColor onBackground(const QColor &c, int alpha)
{
    const QColor bg = LinkChartView::kBackground;
    const auto mix = [alpha](int fg, int back) { return (fg * alpha + back * (255 - alpha)) / 255; };
    return QColor(mix(c.red(), bg.red()), mix(c.green(), bg.green()), mix(c.blue(), bg.blue()));
}

double linkWidth(qint64 weight)
{
    return 1 + std::log10(1 + double(std::max<qint64>(0, weight))) * 1.6;
}
} // namespace

EdgeLayer::EdgeLayer(std::vector<NodeItem *> nodes, const std::vector<graph::Edge> &edges)
    : m_nodes(std::move(nodes))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // the exposed rectangle, to cull links against
    setZValue(0);
    m_edges.reserve(edges.size());
    for (const graph::Edge &e : edges) {
        Link l{e.a, e.b, e.type};
        l.width = linkWidth(l.weight);
        m_edges.push_back(l);
    }
    QRectF r;
    for (const NodeItem *n : m_nodes) {
        m_pos.push_back(n->pos());
        r |= QRectF(n->pos(), QSizeF(1, 1));
    }
    m_bounds = r.adjusted(-60, -60, 60, 60);
}

void EdgeLayer::setShown(int e, bool on, qint64 weight)
{
    Link &l = m_edges[size_t(e)];
    l.shown = on;
    if (on && weight != l.weight) {
        l.weight = weight;
        l.width = linkWidth(weight);
    }
}

int EdgeLayer::shownCount() const
{
    return int(std::count_if(m_edges.begin(), m_edges.end(), [](const Link &l) { return l.shown; }));
}

void EdgeLayer::nodeMoved(int index, const QPointF &pos)
{
    m_pos[size_t(index)] = pos;
    if (!m_bounds.adjusted(60, 60, -60, -60).contains(pos)) {
        prepareGeometryChange();
        m_bounds |= QRectF(pos, QSizeF(1, 1)).adjusted(-60, -60, 60, 60);
    }
    update();
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF clip =
        option->exposedRect.isEmpty() ? m_bounds : option->exposedRect.adjusted(-30, -30, 30, 30);
    const auto crossing = [this](const QRectF &r, std::vector<int> *out) {
        size_t n = 0;
        for (size_t e = 0; e < m_edges.size(); ++e) {
            const Link &l = m_edges[e];
            const QPointF a = m_pos[size_t(l.a)], b = m_pos[size_t(l.b)];
            if (l.shown && std::max(a.x(), b.x()) >= r.left() && std::min(a.x(), b.x()) <= r.right() &&
                std::max(a.y(), b.y()) >= r.top() && std::min(a.y(), b.y()) <= r.bottom()) {
                ++n;
                if (out)
                    out->push_back(int(e));
            }
        }
        return n;
    };
    m_inView.clear();
    crossing(clip, &m_inView);
    // Detail is decided for the whole view, not the strip a pan exposes: strips drawn one way
    // beside a picture drawn the other would show seams.
    bool detailed = lod >= kDetailLod;
    if (detailed) {
        const auto *view = widget ? qobject_cast<const QGraphicsView *>(widget->parentWidget()) : nullptr;
        detailed = (view ? crossing(view->mapToScene(view->viewport()->rect()).boundingRect(), nullptr)
                         : m_inView.size()) <= kDetailBudget;
    }
    if (detailed)
        drawDetailed(painter, lod);
    else
        drawBatched(painter, clip, lod);
}

void EdgeLayer::drawBatched(QPainter *painter, const QRectF &clip, double lod)
{
    const QColor hot(0xe6, 0x7e, 0x22);
    QVector<QLineF> highlighted;
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster) {
        // Pixels: the links as ink in one image (see LineDensity), the highlighted drawn over it.
        const QTransform toDevice = painter->worldTransform();
        const double dpr = painter->device()->devicePixelRatioF();
        const QRect area = toDevice.mapRect(clip).toAlignedRect() &
                           QRect(0, 0, painter->device()->width(), painter->device()->height());
        if (area.isEmpty())
            return;
        LineDensity ink(area.size() * dpr);
        std::vector<QRgb> palette;
        for (int t = 0; t < graph::kEdgeTypeCount; ++t)
            palette.push_back(edgeColor(EdgeType(t)).rgb());
        ink.setPalette(std::move(palette));
        const QPointF origin = area.topLeft();
        for (int e : m_inView) {
            const Link &l = m_edges[size_t(e)];
            const QPointF a = m_pos[size_t(l.a)], b = m_pos[size_t(l.b)];
            if (l.highlighted) {
                highlighted.push_back(QLineF(a, b));
                continue;
            }
            ink.add((toDevice.map(a) - origin) * dpr, (toDevice.map(b) - origin) * dpr,
                    edgeColor(l.type).rgb(), l.dimmed ? 1 : 4);
        }
        QImage image = ink.image();
        image.setDevicePixelRatio(dpr);
        painter->save();
        painter->resetTransform();
        painter->drawImage(origin, image);
        painter->restore();
    } else {
        // Vectors (SVG, print): one drawLines per colour and state.
        std::map<std::pair<int, int>, QVector<QLineF>> batches; // (dimmed, type) → lines
        for (int e : m_inView) {
            const Link &l = m_edges[size_t(e)];
            const QPointF a = m_pos[size_t(l.a)], b = m_pos[size_t(l.b)];
            if (l.highlighted)
                highlighted.push_back(QLineF(a, b));
            else
                batches[{l.dimmed ? 0 : 1, int(l.type)}].push_back(QLineF(a, b));
        }
        for (const auto &[key, lines] : batches) {
            QColor c = edgeColor(EdgeType(key.second));
            c.setAlpha(key.first ? 170 : 35);
            QPen pen(c, 1);
            pen.setCosmetic(true);
            painter->setPen(pen);
            painter->drawLines(lines);
        }
    }
    QPen pen(hot, std::clamp(3 * lod, 2.0, 4.0));
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLines(highlighted);
}

void EdgeLayer::drawDetailed(QPainter *painter, double lod)
{
    QFont font = painter->font();
    font.setPointSizeF(7);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int pass = 0; pass < 3; ++pass) { // dimmed, plain, highlighted: the highlighted on top
        for (int e : m_inView) {
            const Link &l = m_edges[size_t(e)];
            if ((l.highlighted ? 2 : l.dimmed ? 0 : 1) != pass)
                continue;
            const NodeItem *na = m_nodes[size_t(l.a)], *nb = m_nodes[size_t(l.b)];
            const QPointF a = m_pos[size_t(l.a)], b = m_pos[size_t(l.b)];
            const QLineF line(a, b);
            const double len = line.length();
            if (len < 1)
                continue;
            // Opaque, blended with the background beforehand: QPainter strokes translucent wide
            // antialiased lines several times slower (tests/bench).
            const QColor c =
                onBackground(l.highlighted ? QColor(0xe6, 0x7e, 0x22) : edgeColor(l.type), l.highlighted ? 255
                                                                                           : l.dimmed    ? 35
                                                                                                      : 170);
            const double width = l.highlighted ? l.width + 2 : l.width;
            QPen pen(c, width);
            if (l.type == EdgeType::Lineage)
                pen.setStyle(Qt::DashLine);
            else if (l.type == EdgeType::Listed || l.type == EdgeType::CellUse)
                pen.setStyle(Qt::DotLine);
            painter->setPen(pen);
            // Stop at the target's rim so the arrow head shows.
            const QPointF dir = (line.p2() - line.p1()) / len;
            const QPointF from = line.p1() + dir * na->radius();
            const QPointF to = line.p2() - dir * (nb->radius() + 2);
            painter->drawLine(from, to);
            const bool directed =
                l.type == EdgeType::Call || l.type == EdgeType::Lineage || l.type == EdgeType::Leak;
            if (directed) {
                const QPointF n(-dir.y(), dir.x());
                const double s = 5 + width;
                painter->setBrush(c);
                painter->setPen(Qt::NoPen);
                painter->drawPolygon(
                    QPolygonF{to, to - dir * s * 1.6 + n * s * 0.7, to - dir * s * 1.6 - n * s * 0.7});
            }
            if (lod > 0.9 && l.weight > 1 && !l.dimmed) {
                painter->setFont(font);
                painter->setPen(QColor(80, 80, 80));
                painter->drawText((from + to) / 2 + QPointF(3, -3), QString::number(l.weight));
            }
        }
    }
}

void drawLegend(QPainter *painter, QPointF topLeft, const QVector<QPair<NodeType, QString>> &entries)
{
    if (entries.isEmpty())
        return;
    painter->save();
    QFont f = painter->font();
    f.setPointSizeF(8.5);
    painter->setFont(f);
    const QFontMetricsF fm(f);
    double w = 0;
    for (const auto &e : entries)
        w = std::max(w, fm.horizontalAdvance(e.second));
    const double row = std::max(18.0, fm.height() + 4);
    const QRectF box(topLeft, QSizeF(w + 40, row * entries.size() + 8));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(200, 200, 200));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 4, 4);
    for (int i = 0; i < entries.size(); ++i) {
        const QPointF c(box.left() + 16, box.top() + 4 + row * (i + 0.5));
        painter->save();
        painter->translate(c);
        painter->setPen(QPen(nodeColor(entries[i].first).darker(150), 1));
        painter->setBrush(nodeColor(entries[i].first));
        painter->drawPath(nodeShape(entries[i].first, 6.5));
        painter->restore();
        painter->setPen(QColor(40, 40, 40));
        painter->drawText(QRectF(box.left() + 30, c.y() - row / 2, w + 8, row),
                          Qt::AlignVCenter | Qt::AlignLeft, entries[i].second);
    }
    painter->restore();
}

void LinkChartView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    if (scene()) {
        // Zoomed out, only the selected and highlighted have labels: no need to visit every node.
        QList<QGraphicsItem *> items = scene()->selectedItems();
        if (labelsReadable())
            items = scene()->items(mapToScene(viewport()->rect()).boundingRect(),
                                   Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
        else
            for (NodeItem *n : std::as_const(m_marked))
                items.push_back(n);
        drawNodeLabels(painter, viewportTransform(), items, labelsReadable());
    }
    drawLegend(painter, QPointF(8, 8), m_legend);
    painter->restore();
}

LinkChartView::LinkChartView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("linkChartView"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(kBackground);
}

void LinkChartView::zoomBy(double factor)
{
    const double s = transform().m11() * factor;
    if (s < 0.01 || s > 8)
        return;
    scale(factor, factor);
    checkLabels();
}

void LinkChartView::checkLabels()
{
    if (labelsReadable() != m_labelsReadable) {
        m_labelsReadable = labelsReadable();
        Q_EMIT labelsReadableChanged(m_labelsReadable);
    }
}

void LinkChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    checkLabels();
}

void LinkChartView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void LinkChartView::mousePressEvent(QMouseEvent *event)
{
    // Shift drags a selection band; otherwise an empty spot pans.
    setDragMode(event->modifiers() & Qt::ShiftModifier ? QGraphicsView::RubberBandDrag
                                                       : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void LinkChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (auto *n = dynamic_cast<NodeItem *>(itemAt(event->pos()))) {
        Q_EMIT nodeActivated(n->index());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void LinkChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (auto *n = dynamic_cast<NodeItem *>(itemAt(event->pos()))) {
        if (!n->isSelected()) {
            scene()->clearSelection();
            n->setSelected(true);
        }
        Q_EMIT contextMenuForNode(n->index(), event->globalPos());
        event->accept();
    }
}

void LinkChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(0.8);
    else
        QGraphicsView::keyPressEvent(event);
}

} // namespace dt::ui
