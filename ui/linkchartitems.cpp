#include "linkchartitems.h"

#include <cmath>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <QWheelEvent>

namespace dt::ui {

using graph::EdgeType;
using graph::NodeType;

QColor nodeColor(NodeType t)
{
    switch (t) {
    case NodeType::Number:
        return QColor(0x2b, 0x6c, 0xb0);
    case NodeType::Operator:
        return QColor(0xc0, 0x39, 0x2b);
    case NodeType::LeakList:
        return QColor(0x8e, 0x44, 0xad);
    case NodeType::Person:
        return QColor(0x27, 0xae, 0x60);
    case NodeType::Device:
        return QColor(0xd3, 0x54, 0x00);
    case NodeType::Cell:
        return QColor(0x16, 0xa0, 0x85);
    case NodeType::Aggregate:
        return QColor(0x7f, 0x8c, 0x8d);
    }
    return Qt::gray;
}

QColor edgeColor(EdgeType t)
{
    switch (t) {
    case EdgeType::Call:
        return QColor(0x5d, 0x7f, 0xa3);
    case EdgeType::Member:
        return QColor(0xc0, 0x39, 0x2b);
    case EdgeType::Leak:
        return QColor(0x8e, 0x44, 0xad);
    case EdgeType::Lineage:
        return QColor(0x6c, 0x34, 0x83);
    case EdgeType::DeviceUse:
        return QColor(0xd3, 0x54, 0x00);
    case EdgeType::CellUse:
        return QColor(0x16, 0xa0, 0x85);
    case EdgeType::Listed:
    case EdgeType::PersonPhone:
        return QColor(0x27, 0xae, 0x60);
    }
    return Qt::gray;
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
    , m_radius(9 + 4 * std::log10(1 + std::max(0.0, node.volume)))
    , m_pinned(node.pinned)
    , m_expanded(node.expanded)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(1);
    setPos(node.x, node.y);
    setToolTip(node.label);
    setCacheMode(DeviceCoordinateCache);
    m_label = new QGraphicsSimpleTextItem(node.label, this);
    m_label->setFlag(ItemIgnoresTransformations);
    m_label->setAcceptedMouseButtons(Qt::NoButton);
    QFont f = m_label->font();
    f.setPointSizeF(8);
    m_label->setFont(f);
    m_label->setBrush(QColor(30, 30, 30));
    m_label->setPos(0, m_radius + 1);
    // Centred under the shape, in screen pixels (the label ignores the view's scale).
    m_label->setTransform(QTransform::fromTranslate(-m_label->boundingRect().width() / 2, 0));
}

void NodeItem::setLabelShown(bool on)
{
    m_labelShown = on;
    updateLabel();
}

void NodeItem::updateLabel()
{
    m_label->setVisible(m_labelShown || isSelected() || m_highlighted);
    m_label->setBrush(m_dimmed ? QColor(160, 160, 160) : QColor(30, 30, 30));
}

void NodeItem::setHighlighted(bool on)
{
    m_highlighted = on;
    updateLabel();
    update();
}

void NodeItem::setDimmed(bool on)
{
    m_dimmed = on;
    updateLabel();
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
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    QPen pen(isSelected()    ? QColor(0xf1, 0xc4, 0x0f)
             : m_highlighted ? QColor(0xe6, 0x7e, 0x22)
                             : fill.darker(150),
             isSelected() || m_highlighted ? 3.5 : 1.2);
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
    if (change == ItemSelectedHasChanged)
        updateLabel();
    return QGraphicsItem::itemChange(change, value);
}

EdgeItem::EdgeItem(int index, NodeItem *a, NodeItem *b, EdgeType type)
    : m_index(index)
    , m_a(a)
    , m_b(b)
    , m_type(type)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
    adjust();
}

void EdgeItem::setWeight(qint64 weight)
{
    m_weight = weight;
    m_width = 1 + std::log10(1 + double(std::max<qint64>(0, weight))) * 1.6;
    adjust();
}

void EdgeItem::setHighlighted(bool on)
{
    m_highlighted = on;
    update();
}

void EdgeItem::setDimmed(bool on)
{
    m_dimmed = on;
    update();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    m_line = QLineF(m_a->pos(), m_b->pos());
}

QRectF EdgeItem::boundingRect() const
{
    const double pad = m_width + 12;
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-pad, -pad, pad, pad);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double len = m_line.length();
    if (len < 1)
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor c = m_highlighted ? QColor(0xe6, 0x7e, 0x22) : edgeColor(m_type);
    c.setAlpha(m_dimmed ? 35 : 170);
    QPen pen(c, m_highlighted ? m_width + 2 : m_width);
    if (m_type == EdgeType::Lineage)
        pen.setStyle(Qt::DashLine);
    else if (m_type == EdgeType::Listed || m_type == EdgeType::CellUse)
        pen.setStyle(Qt::DotLine);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    painter->setPen(pen);
    // Stop at the target's rim so the arrow head shows.
    const QPointF dir = (m_line.p2() - m_line.p1()) / len;
    const QPointF from = m_line.p1() + dir * m_a->radius();
    const QPointF to = m_line.p2() - dir * (m_b->radius() + 2);
    painter->drawLine(from, to);
    const bool directed = m_type == EdgeType::Call || m_type == EdgeType::Lineage || m_type == EdgeType::Leak;
    if (directed && lod > 0.25) {
        const QPointF n(-dir.y(), dir.x());
        const double s = 5 + m_width;
        painter->setBrush(c);
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(
            QPolygonF{to, to - dir * s * 1.6 + n * s * 0.7, to - dir * s * 1.6 - n * s * 0.7});
    }
    if (lod > 0.9 && m_weight > 1 && !m_dimmed) {
        QFont f = painter->font();
        f.setPointSizeF(7);
        painter->setFont(f);
        painter->setPen(QColor(80, 80, 80));
        painter->drawText((from + to) / 2 + QPointF(3, -3), QString::number(m_weight));
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
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xf8));
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
