// The link chart's drawing at scale: labels that never overlap, links drawn as ink when zoomed out
// or too many, in detail when zoomed in, hidden and highlighted links honoured, labels only where
// they can be read. Under the offscreen platform.
#include "graph/linkgraph.h"
#include "linedensity.h"
#include "linkchartitems.h"
#include "linkchartlabels.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QTest>

using namespace dt;
using namespace dt::ui;
using graph::EdgeType;
using graph::NodeType;

class TestLinkChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeLabels_data();
    void placeLabels();
    void lineDensity_data();
    void lineDensity();
    void inkHasTheLinksColour();
    void linksDrawnHiddenAndHighlighted_data();
    void linksDrawnHiddenAndHighlighted();
    void labelsOnlyWhenReadable();
};

Q_DECLARE_METATYPE(std::vector<dt::ui::LabelCandidate>)

void TestLinkChartView::placeLabels_data()
{
    QTest::addColumn<std::vector<LabelCandidate>>("candidates");
    QTest::addColumn<QList<int>>("placed");
    const auto at = [](double x, double y, double priority) {
        return LabelCandidate{QRectF(x, y, 40, 10), priority};
    };
    QTest::newRow("apart: all, most important first")
        << std::vector{at(0, 0, 1), at(100, 0, 5), at(0, 50, 3)} << QList<int>{1, 2, 0};
    QTest::newRow("overlapping: the less important goes")
        << std::vector{at(0, 0, 1), at(20, 5, 2)} << QList<int>{1};
    QTest::newRow("equal importance: the first stays")
        << std::vector{at(0, 0, 1), at(20, 5, 1)} << QList<int>{0};
    // b overlaps a and c, a and c do not overlap: with b least important both a and c show.
    QTest::newRow("chain, weak middle")
        << std::vector{at(0, 0, 3), at(30, 0, 1), at(60, 0, 2)} << QList<int>{0, 2};
    QTest::newRow("chain, strong middle")
        << std::vector{at(0, 0, 1), at(30, 0, 3), at(60, 0, 2)} << QList<int>{1};
    QTest::newRow("across grid cells, negative coordinates")
        << std::vector{at(-70, -30, 2), at(-45, -25, 1), at(200, 200, 0)} << QList<int>{0, 2};
    QTest::newRow("touching edges are not overlapping")
        << std::vector{at(0, 0, 1), at(40, 0, 1)} << QList<int>{0, 1};
}

void TestLinkChartView::placeLabels()
{
    QFETCH(std::vector<LabelCandidate>, candidates);
    QFETCH(QList<int>, placed);
    const std::vector<int> got = dt::ui::placeLabels(candidates);
    QCOMPARE(QList<int>(got.begin(), got.end()), placed);
}

void TestLinkChartView::lineDensity_data()
{
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<QList<QPoint>>("inked");
    QTest::newRow("horizontal") << QPointF(2, 5) << QPointF(6, 5)
                                << QList<QPoint>{{2, 5}, {3, 5}, {4, 5}, {5, 5}, {6, 5}};
    QTest::newRow("diagonal") << QPointF(1, 1) << QPointF(4, 4)
                              << QList<QPoint>{{1, 1}, {2, 2}, {3, 3}, {4, 4}};
    QTest::newRow("clipped on the left")
        << QPointF(-30, 3) << QPointF(2, 3) << QList<QPoint>{{0, 3}, {1, 3}, {2, 3}};
    QTest::newRow("clipped on both sides, vertical")
        << QPointF(7, -100) << QPointF(7, 100)
        << QList<QPoint>{{7, 0}, {7, 1}, {7, 2}, {7, 3}, {7, 4}, {7, 5}, {7, 6}, {7, 7}};
    QTest::newRow("wholly outside") << QPointF(-5, -5) << QPointF(-1, 20) << QList<QPoint>{};
    QTest::newRow("a point") << QPointF(3.4, 3.6) << QPointF(3.4, 3.6) << QList<QPoint>{{3, 3}};
}

void TestLinkChartView::lineDensity()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(QList<QPoint>, inked);
    LineDensity ink(QSize(10, 8));
    ink.add(a, b, 0, 4);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 10; ++x)
            QVERIFY2(
                (ink.weightAt(x, y) > 0) == inked.contains(QPoint(x, y)),
                qPrintable(QStringLiteral("pixel %1,%2 weight %3").arg(x).arg(y).arg(ink.weightAt(x, y))));
}

void TestLinkChartView::inkHasTheLinksColour()
{
    LineDensity ink(QSize(20, 4));
    ink.setPalette({qRgb(200, 0, 0), qRgb(0, 0, 200)});
    ink.add(QPointF(0, 1), QPointF(19, 1), 0, 4);
    ink.add(QPointF(0, 2), QPointF(19, 2), 1, 1); // dimmed: faint
    for (int k = 0; k < 10; ++k)                  // many links: solid
        ink.add(QPointF(0, 3), QPointF(19, 3), 1, 4);
    const QImage image = ink.image().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(qAlpha(image.pixel(5, 0)), 0);
    const QRgb one = image.pixel(5, 1), dim = image.pixel(5, 2), many = image.pixel(5, 3);
    QVERIFY(qRed(one) > 190 && qGreen(one) < 10 && qBlue(one) < 10);
    QVERIFY(qAlpha(one) > 120 && qAlpha(one) < 220);
    QVERIFY(qBlue(dim) > 190 && qAlpha(dim) < qAlpha(one));
    QVERIFY(qBlue(many) > 190 && qAlpha(many) > 250);
}

namespace {
/// A chart of three nodes in a row and two links: a → b (call), b → c (membership).
struct SmallChart
{
    LinkChartView view;
    QGraphicsScene scene;
    std::vector<NodeItem *> nodes;
    EdgeLayer *links = nullptr;
    explicit SmallChart(bool withLabels = false)
    {
        graph::LinkGraph g;
        for (int i = 0; i < 3; ++i) {
            graph::Node n;
            n.type = i == 2 ? NodeType::Operator : NodeType::Number;
            n.key = QString::number(i);
            n.label = withLabels ? QStringLiteral("MMMMMMMM%1").arg(i) : QString();
            n.x = i * 400;
            g.addNode(n);
        }
        graph::Edge e;
        e.a = 0;
        e.b = 1;
        e.type = EdgeType::Call;
        g.addEdge(e);
        e.a = 1;
        e.b = 2;
        e.type = EdgeType::Member;
        g.addEdge(e);
        for (int i = 0; i < 3; ++i) {
            nodes.push_back(new NodeItem(&view, i, g.node(i)));
            scene.addItem(nodes.back());
        }
        links = new EdgeLayer(nodes, g.edges());
        scene.addItem(links);
        view.setScene(&scene);
        view.resize(1000, 400);
        view.show();
    }
    /// The viewport as drawn at @p scale, centred on node b.
    QImage frame(double scale)
    {
        view.setTransform(QTransform::fromScale(scale, scale));
        view.centerOn(nodes[1]);
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32);
    }
    /// The colour on screen halfway along link a → b, or b → c.
    QRgb middle(const QImage &img, int link) const
    {
        const QPointF mid = (nodes[size_t(link)]->pos() + nodes[size_t(link) + 1]->pos()) / 2;
        return img.pixel(view.mapFromScene(mid));
    }
};
bool isBackground(QRgb c)
{
    return qAbs(qRed(c) - LinkChartView::kBackground.red()) < 4 &&
           qAbs(qGreen(c) - LinkChartView::kBackground.green()) < 4 &&
           qAbs(qBlue(c) - LinkChartView::kBackground.blue()) < 4;
}
} // namespace

void TestLinkChartView::linksDrawnHiddenAndHighlighted_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("zoomed out: ink") << 0.3;
    QTest::newRow("zoomed in: in detail") << 1.0;
}

void TestLinkChartView::linksDrawnHiddenAndHighlighted()
{
    QFETCH(double, scale);
    SmallChart chart;
    QImage img = chart.frame(scale);
    QVERIFY(!isBackground(chart.middle(img, 0)));
    QVERIFY(!isBackground(chart.middle(img, 1)));
    QVERIFY(isBackground(img.pixel(chart.view.mapFromScene(QPointF(200, 150))))); // off the links
    chart.links->setShown(0, false, 0);
    chart.links->update();
    QCOMPARE(chart.links->shownCount(), 1);
    img = chart.frame(scale);
    QVERIFY(isBackground(chart.middle(img, 0)));
    QVERIFY(!isBackground(chart.middle(img, 1)));
    chart.links->setShown(0, true, 5);
    chart.links->setHighlighted(1, true);
    chart.links->update();
    img = chart.frame(scale);
    const QRgb hot = chart.middle(img, 1);
    QVERIFY2(qRed(hot) > 200 && qGreen(hot) > 90 && qGreen(hot) < 160 && qBlue(hot) < 90,
             qPrintable(QColor(hot).name()));
    QVERIFY(!isBackground(chart.middle(img, 0)));
}

void TestLinkChartView::labelsOnlyWhenReadable()
{
    SmallChart chart(true);
    const auto darkBelow = [&](const QImage &img, int node) {
        // The label sits just under the node; count dark text pixels in a box there.
        const QPoint at = chart.view.mapFromScene(chart.nodes[size_t(node)]->pos());
        const int below = int(chart.nodes[size_t(node)]->radius() * chart.view.transform().m11()) + 2;
        int dark = 0;
        for (int y = at.y() + below; y < at.y() + below + 12; ++y)
            for (int x = at.x() - 40; x < at.x() + 40; ++x)
                if (QRect(QPoint(0, 0), img.size()).contains(x, y) && qGray(img.pixel(x, y)) < 90)
                    ++dark;
        return dark;
    };
    QImage img = chart.frame(1.0);
    QVERIFY(chart.view.labelsReadable());
    QVERIFY(darkBelow(img, 1) > 20);
    img = chart.frame(0.2);
    QVERIFY(!chart.view.labelsReadable());
    QCOMPARE(darkBelow(img, 1), 0);
    chart.nodes[1]->setSelected(true); // the selected one is labelled at any zoom
    img = chart.frame(0.2);
    QVERIFY(darkBelow(img, 1) > 20);
    QCOMPARE(darkBelow(img, 0), 0);
}

QTEST_MAIN(TestLinkChartView)
#include "tst_linkchart_view.moc"
