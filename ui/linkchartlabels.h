#pragma once
#include <QList>
#include <QRectF>
#include <vector>

class QGraphicsItem;
class QPainter;
class QTransform;

namespace dt::ui {

/// A label that could be drawn: where, in device pixels, and how much it matters.
struct LabelCandidate
{
    QRectF rect;
    double priority = 0;
};

/**
 * Picks the labels to draw: the most important first, each only where it overlaps none already
 * picked, so a dense cluster shows the labels of its hubs instead of an unreadable smear.
 * Returns indices into @p candidates, most important first; ties keep the candidates' order.
 */
std::vector<int> placeLabels(const std::vector<LabelCandidate> &candidates);

/**
 * Draws the labels of the node items among @p items at a fixed size on screen: @p toDevice maps
 * scene to the painter's (untransformed) device coordinates. With @p readable false only the
 * selected and highlighted nodes get theirs. Used by the view's foreground and by the exports.
 */
void drawNodeLabels(QPainter *painter, const QTransform &toDevice, const QList<QGraphicsItem *> &items,
                    bool readable);

} // namespace dt::ui
