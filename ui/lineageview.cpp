#include "lineageview.h"

#include "analysis/describe.h"
#include "analysis/lineagelayers.h"
#include "core/language.h"
#include "languagemanager.h"

#include <algorithm>
#include <cmath>
#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QPainterPath>
#include <QTextDocument>

namespace dt::ui {

namespace {

constexpr qreal kBoxWidth = 270;
constexpr qreal kColumnGap = 200; // room for the arrows' labels
constexpr qreal kRowGap = 36;
constexpr qreal kPad = 8;

const QColor kInk(0x21, 0x21, 0x21);
const QColor kLinkedFill(0xe3, 0xf2, 0xfd), kLinkedLine(0x15, 0x65, 0xc0);
const QColor kCompilationFill(0xff, 0xf3, 0xe0), kCompilationLine(0xe6, 0x51, 0x00);
const QColor kApartFill(0xf5, 0xf5, 0xf5), kApartLine(0x9e, 0x9e, 0x9e);
const QColor kArrow(0x45, 0x5a, 0x64), kHighlight(0xd8, 0x1b, 0x60);

class ListBox : public QGraphicsRectItem
{
public:
    using QGraphicsRectItem::QGraphicsRectItem;
    int type() const override { return LineageView::ListBoxType; }
};

class Arrow : public QGraphicsPathItem
{
public:
    using QGraphicsPathItem::QGraphicsPathItem;
    int type() const override { return LineageView::ArrowType; }
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString pct(double share)
{
    return QStringLiteral("%1%").arg(share * 100, 0, 'f', 0);
}

QGraphicsTextItem *textItem(const QString &html, qreal width, QGraphicsItem *parent = nullptr)
{
    auto *t = new QGraphicsTextItem(parent);
    t->setDefaultTextColor(kInk);
    t->setTextWidth(width);
    t->setHtml(html);
    return t;
}

} // namespace

LineageView::LineageView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("lineageView"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(Qt::white);
}

void LineageView::setFindings(const analysis::Findings &findings)
{
    m_findings = analysis::Findings();
    m_findings.leakLists = findings.leakLists;
    m_findings.lineage = findings.lineage;
    m_findings.compilations = findings.compilations;
    rebuild();
}

int LineageView::arrowCount() const
{
    int n = 0;
    for (const QGraphicsItem *i : scene()->items())
        n += i->type() == ArrowType;
    return n;
}

int LineageView::listCount() const
{
    return int(m_boxes.size());
}

void LineageView::highlight(const QString &source)
{
    m_highlighted = source;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QPen pen = it.value()->pen();
        const bool on = it.key() == source;
        pen.setWidthF(on ? 3.5 : it.value()->data(1).toReal());
        pen.setColor(on ? kHighlight : it.value()->data(2).value<QColor>());
        it.value()->setPen(pen);
    }
    if (m_boxes.contains(source))
        ensureVisible(m_boxes.value(source), 20, 20);
}

void LineageView::rebuild()
{
    scene()->clear();
    m_boxes.clear();
    const std::vector<analysis::Resale> &edges = m_findings.lineage;
    QHash<QString, const analysis::Compilation *> compilationOf;
    for (const analysis::Compilation &c : m_findings.compilations)
        compilationOf.insert(c.source, &c);
    QHash<QString, const analysis::ListSummary *> listOf;
    for (const analysis::ListSummary &l : m_findings.leakLists)
        listOf.insert(l.source, &l);
    if (m_findings.leakLists.empty()) {
        auto *t = textItem(tr("No leaked lists in the latest analysis."), 400);
        scene()->addItem(t);
        scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
        fit();
        return;
    }
    const analysis::LineageLayers layout = analysis::LineageLayers::of(m_findings.leakLists, edges);
    const int layers = int(layout.columns.size());

    auto makeBox = [&](const QString &name, bool apart) {
        const analysis::ListSummary &l = *listOf.value(name);
        const analysis::Compilation *compilation = compilationOf.value(name);
        const qint64 phones = l.phones;
        const qint64 dialled = l.dialledByOperators;
        QString html = QStringLiteral("<b>%1</b><br/>").arg(esc(name));
        html += !l.acquired.isEmpty() ? tr("acquired %1").arg(l.acquired) : tr("acquisition date unknown");
        html += QStringLiteral("<br/>") +
                tr("%1 records · %2 phones · %3 masked").arg(l.records).arg(phones).arg(l.maskedPhones);
        html += QStringLiteral("<br/>") + tr("dialled by operators: %1 (%2)")
                                              .arg(dialled)
                                              .arg(pct(phones > 0 ? double(dialled) / double(phones) : 0));
        if (compilation) {
            html += QStringLiteral("<br/><b>") +
                    tr("Compilation of %n list(s)", nullptr, int(compilation->parents.size())) +
                    QStringLiteral("</b> · ") +
                    tr("%1 new records (%2)").arg(compilation->newRecords).arg(pct(compilation->newShare));
        }
        auto *box = new ListBox;
        auto *text = textItem(html, kBoxWidth - 2 * kPad, box);
        text->setPos(kPad, kPad / 2);
        const qreal h = text->boundingRect().height() + kPad;
        box->setRect(0, 0, kBoxWidth, h);
        const QColor line = apart ? kApartLine : compilation ? kCompilationLine : kLinkedLine;
        QPen pen(line, compilation ? 2.5 : 1.5);
        if (apart)
            pen.setStyle(Qt::DashLine);
        box->setPen(pen);
        box->setBrush(apart ? kApartFill : compilation ? kCompilationFill : kLinkedFill);
        box->setData(0, name);
        box->setData(1, pen.widthF());
        box->setData(2, line);
        box->setToolTip(name);
        box->setCursor(Qt::PointingHandCursor);
        scene()->addItem(box);
        m_boxes.insert(name, box);
        return box;
    };

    std::vector<qreal> heights(size_t(layers), 0);
    std::vector<std::vector<ListBox *>> boxes(static_cast<size_t>(layers));
    qreal tallest = 0;
    for (int c = 0; c < layers; ++c) {
        for (const QString &name : layout.columns[size_t(c)]) {
            auto *b = static_cast<ListBox *>(makeBox(name, false));
            boxes[size_t(c)].push_back(b);
            heights[size_t(c)] += b->rect().height() + (heights[size_t(c)] > 0 ? kRowGap : 0);
        }
        tallest = std::max(tallest, heights[size_t(c)]);
    }
    for (int c = 0; c < layers; ++c) {
        qreal y = (tallest - heights[size_t(c)]) / 2;
        for (ListBox *b : boxes[size_t(c)]) {
            b->setPos(c * (kBoxWidth + kColumnGap), y);
            y += b->rect().height() + kRowGap;
        }
    }

    // Arrows parent → child with what the resale kept and changed.
    for (const analysis::Resale &e : edges) {
        auto *from = m_boxes.value(e.parent);
        auto *to = m_boxes.value(e.child);
        if (!from || !to)
            continue;
        const QRectF a = from->sceneBoundingRect(), b = to->sceneBoundingRect();
        const QPointF p0(a.right(), a.center().y()), p1(b.left() - 2, b.center().y());
        const qreal dx = (p1.x() - p0.x()) / 2;
        QPainterPath path(p0);
        path.cubicTo(p0 + QPointF(dx, 0), p1 - QPointF(dx, 0), p1);
        auto *arrow = new Arrow(path);
        arrow->setPen(QPen(kArrow, 2));
        arrow->setZValue(-1);
        QPolygonF head;
        head << p1 << p1 + QPointF(-12, -6) << p1 + QPointF(-12, 6);
        auto *tip = new QGraphicsPolygonItem(head, arrow);
        tip->setBrush(kArrow);
        tip->setPen(Qt::NoPen);
        scene()->addItem(arrow);
        QStringList changes;
        for (const QString &t : e.transformations)
            changes << analysis::displayName(analysis::Vocabulary::Transformation, t, interfaceLanguage());
        QString html =
            tr("<b>%1</b> of the child · %2 shared records").arg(pct(e.containment)).arg(e.sharedRecords);
        if (!changes.isEmpty())
            html +=
                QStringLiteral("<br/><i>") + esc(changes.join(QStringLiteral(", "))) + QStringLiteral("</i>");
        auto *label = textItem(html, kColumnGap - 20);
        label->document()->setDefaultTextOption(QTextOption(Qt::AlignCenter));
        label->setTextWidth(kColumnGap - 20);
        const QRectF lr = label->boundingRect();
        // Clear of the curve, on the side away from the child's other parents: above a falling arrow,
        // below a rising one, so converging arrows keep their labels apart and stay visible.
        const bool rising = p1.y() < p0.y() - 1;
        const qreal x = (p0.x() + p1.x()) / 2 - lr.width() / 2;
        auto *back = new QGraphicsRectItem(QRectF(0, 0, lr.width(), lr.height()));
        back->setBrush(QColor(255, 255, 255, 200));
        back->setPen(Qt::NoPen);
        back->setPos(x, rising ? std::max(p0.y(), p1.y()) + 4 : std::min(p0.y(), p1.y()) - lr.height() - 4);
        label->setParentItem(back);
        scene()->addItem(back);
        arrow->setToolTip(tr("%1 → %2: %3 shared records (%4 by phone, %5 masked, %6 by ID number); %7 of "
                             "the parent; lift %8; %9")
                              .arg(e.parent, e.child)
                              .arg(e.sharedRecords)
                              .arg(e.sharedPhones)
                              .arg(e.sharedMasked)
                              .arg(e.sharedIdCards)
                              .arg(pct(e.parentShare))
                              .arg(e.lift, 0, 'f', 2)
                              .arg(analysis::probabilityText(e.log10P)));
    }

    // Lists no resale links, apart below the graph.
    const QStringList &apart = layout.apart;
    if (!apart.isEmpty()) {
        const qreal top = tallest > 0 ? tallest + 2 * kRowGap : 0;
        auto *caption =
            textItem(QStringLiteral("<i>") +
                         (layers > 0 ? tr("Not linked to any other list (no resale found beyond chance):")
                                     : tr("No resale found between the lists:")) +
                         QStringLiteral("</i>"),
                     3 * kBoxWidth);
        caption->setPos(0, top);
        scene()->addItem(caption);
        const qreal y = top + caption->boundingRect().height() + 4;
        const int perRow = std::max(layers, 2);
        qreal rowY = y, rowH = 0;
        for (int i = 0; i < int(apart.size()); ++i) {
            if (i > 0 && i % perRow == 0) {
                rowY += rowH + kRowGap / 2;
                rowH = 0;
            }
            auto *b = makeBox(apart.at(i), true);
            b->setPos((i % perRow) * (kBoxWidth + kColumnGap), rowY);
            rowH = std::max(rowH, b->rect().height());
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-16, -16, 16, 16));
    highlight(m_highlighted);
    fit();
}

void LineageView::fit()
{
    // Shrink to fit, never enlarge past 1:1: small graphs stay readable, large ones stay whole.
    resetTransform();
    const QRectF r = sceneRect();
    const QSize v = viewport()->size();
    if (r.isEmpty() || v.isEmpty())
        return;
    const qreal s = std::min({1.0, v.width() / r.width(), v.height() / r.height()});
    scale(s, s);
    centerOn(r.center());
}

void LineageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void LineageView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *i : items(event->position().toPoint())) {
        while (i && i->type() != ListBoxType)
            i = i->parentItem(); // the box's text
        if (i) {
            highlight(i->data(0).toString());
            Q_EMIT listClicked(i->data(0).toString());
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void LineageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGraphicsView::changeEvent(event);
}

} // namespace dt::ui
