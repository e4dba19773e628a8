#pragma once
#include "graph/linkgraph.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsView>

namespace dt::ui {

class LinkChartView;

/// Colour of a node type, shared by the chart, its legend and its exports.
QColor nodeColor(graph::NodeType t);
QColor edgeColor(graph::EdgeType t);
/// A node's entity as one string (its type and key), the same in every graph that holds it.
QString identityOf(const graph::Node &node);

/// One entity on the chart: a shape and colour by type, sized by volume. Its label is not an item
/// of its own: the view draws the labels that fit (see linkchartlabels.h), so 20,000 nodes stay
/// 20,000 items and zoomed-out frames skip text altogether.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(LinkChartView *view, int index, const graph::Node &node);
    int type() const override { return Type; }
    int index() const { return m_index; }
    /// The entity it shows (type and key): the chart's selection is kept by it across a new graph,
    /// whose indexes need not match the old one's.
    const QString &identity() const { return m_identity; }
    double radius() const { return m_radius; }
    const QString &label() const { return m_label; }
    /// The label's width in @p fm, measured once per font size on the device (labels are laid out
    /// again on every frame; an exported image measures at its own resolution).
    double labelWidth(const QFontMetricsF &fm) const
    {
        if (m_labelWidth < 0 || m_labelWidthAt != fm.height()) {
            m_labelWidth = fm.horizontalAdvance(m_label);
            m_labelWidthAt = fm.height();
        }
        return m_labelWidth;
    }
    /// Selected or highlighted: its label is drawn at any zoom.
    bool emphasised() const { return isSelected() || m_highlighted; }
    bool dimmed() const { return m_dimmed; }
    void setHighlighted(bool on);
    void setDimmed(bool on);
    void setPinned(bool on);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    LinkChartView *m_view;
    int m_index;
    graph::NodeType m_type;
    QString m_identity;
    QString m_label;
    mutable double m_labelWidth = -1, m_labelWidthAt = -1;
    double m_radius;
    bool m_highlighted = false, m_dimmed = false, m_pinned = false, m_expanded = false;
};

/// Every link of the chart in one item. Thirty thousand line items made each frame walk (and the
/// scene index store) thirty thousand rectangles, most as wide as the chart; one layer culls the
/// links against the exposed area itself and, zoomed out, draws them in a few batched calls.
class EdgeLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    /// @p nodes: the chart's node items by index; the links follow their positions.
    EdgeLayer(std::vector<NodeItem *> nodes, const std::vector<graph::Edge> &edges);
    int type() const override { return Type; }
    int count() const { return int(m_edges.size()); }
    /// Shown or hidden by the chart's filter, with the weight counted inside it.
    void setShown(int e, bool on, qint64 weight);
    bool shown(int e) const { return m_edges[size_t(e)].shown; }
    int shownCount() const;
    void setHighlighted(int e, bool on) { m_edges[size_t(e)].highlighted = on; }
    bool highlighted(int e) const { return m_edges[size_t(e)].highlighted; }
    void setDimmed(int e, bool on) { m_edges[size_t(e)].dimmed = on; }
    /// After node @p index moved to @p pos: its links follow, the layer's extent may grow.
    void nodeMoved(int index, const QPointF &pos);
    QRectF boundingRect() const override { return m_bounds; }
    /// Nothing to hit: clicks and the rubber band go through to the nodes and the background.
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Below this level of detail, or with more links in view than the budget, links are drawn as
    /// one-pixel ink without arrows (LineDensity); above, each with its width, arrow and count.
    static constexpr double kDetailLod = 0.4;
    static constexpr size_t kDetailBudget = 2500;

private:
    struct Link
    {
        int a, b;
        graph::EdgeType type;
        qint64 weight = 1;
        double width = 1;
        bool shown = true, highlighted = false, dimmed = false;
    };
    void drawBatched(QPainter *painter, const QRectF &clip, double lod);
    void drawDetailed(QPainter *painter, double lod);
    std::vector<NodeItem *> m_nodes;
    std::vector<QPointF> m_pos; ///< the nodes' positions, read on every frame for every link
    std::vector<Link> m_edges;
    std::vector<int> m_inView; ///< scratch: the links crossing the area being painted
    QRectF m_bounds;
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
    static constexpr QColor kBackground{0xfb, 0xfb, 0xf8};
    /// The key drawn in the view's corner: the node types on the chart, named.
    void setLegend(const QVector<QPair<graph::NodeType, QString>> &entries)
    {
        m_legend = entries;
        viewport()->update();
    }
    /// Called by a node item when the analyst dragged it.
    void nodeMoved(int index, const QPointF &pos) { Q_EMIT moved(index, pos); }
    /// Labels live in the view's foreground: a change of selection or highlight redraws them.
    void labelsChanged() { viewport()->update(); }
    /// The highlighted nodes, whose labels show at any zoom.
    void setMarked(QVector<NodeItem *> nodes)
    {
        m_marked = std::move(nodes);
        labelsChanged();
    }

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
    QVector<NodeItem *> m_marked;
};

} // namespace dt::ui
