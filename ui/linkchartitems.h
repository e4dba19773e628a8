#pragma once
#include "graph/linkgraph.h"

#include <QGraphicsItem>
#include <QGraphicsView>

namespace dt::ui {

class LinkChartView;

/// Colour of a node type, shared by the chart, its legend and its exports.
QColor nodeColor(graph::NodeType t);
QColor edgeColor(graph::EdgeType t);

/// One entity on the chart: a shape and colour by type, sized by volume, its label drawn only when
/// the view is zoomed in enough to read it (level of detail keeps 20,000 nodes smooth).
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(LinkChartView *view, int index, const graph::Node &node);
    int index() const { return m_index; }
    double radius() const { return m_radius; }
    void setHighlighted(bool on);
    void setDimmed(bool on);
    void setPinned(bool on);
    /// Labels keep their size on screen; the view turns them off when zoomed out too far to read them.
    void setLabelShown(bool on);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateLabel();
    LinkChartView *m_view;
    int m_index;
    graph::NodeType m_type;
    QGraphicsSimpleTextItem *m_label = nullptr;
    bool m_labelShown = true;
    double m_radius;
    bool m_highlighted = false, m_dimmed = false, m_pinned = false, m_expanded = false;
};

/// A relation between two entities: width by weight, arrow for directed kinds, dashed for resale.
class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(int index, NodeItem *a, NodeItem *b, graph::EdgeType type);
    int index() const { return m_index; }
    void setWeight(qint64 weight);
    void setHighlighted(bool on);
    void setDimmed(bool on);
    /// Follows the end nodes after one of them moved.
    void adjust();
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    NodeItem *m_a, *m_b;
    graph::EdgeType m_type;
    qint64 m_weight = 1;
    double m_width = 1;
    QLineF m_line;
    bool m_highlighted = false, m_dimmed = false;
};

/// Draws the key of node types (shape and colour, then the name) at @p topLeft.
void drawLegend(QPainter *painter, QPointF topLeft, const QVector<QPair<graph::NodeType, QString>> &entries);

/// The chart's view: wheel zoom around the cursor, drag to pan, rubber band with Shift.
class LinkChartView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit LinkChartView(QWidget *parent = nullptr);
    void zoomBy(double factor);
    /// Whether node labels are readable at the current zoom (level of detail).
    bool labelsReadable() const { return transform().m11() >= kLabelScale; }
    static constexpr double kLabelScale = 0.3;
    /// The key drawn in the view's corner: the node types on the chart, named.
    void setLegend(const QVector<QPair<graph::NodeType, QString>> &entries)
    {
        m_legend = entries;
        viewport()->update();
    }
    /// Called by a node item when the analyst dragged it.
    void nodeMoved(int index, const QPointF &pos) { Q_EMIT moved(index, pos); }

Q_SIGNALS:
    void moved(int index, QPointF pos);
    void nodeActivated(int index);
    void contextMenuForNode(int index, QPoint globalPos);
    /// The zoom crossed the level at which labels can be read.
    void labelsReadableChanged(bool readable);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void checkLabels();
    bool m_labelsReadable = true;
    QVector<QPair<graph::NodeType, QString>> m_legend;
};

} // namespace dt::ui
