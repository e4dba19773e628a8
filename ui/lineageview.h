#pragma once
#include "analysis/findings.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsRectItem;

namespace dt::ui {

/// The resale lineage of the leaked lists as a graph: lists as boxes in layers (parents left, children
/// right, by the longest chain of resales), arrows parent → child labelled with containment, shared
/// records and what the reseller changed; compilations marked; lists linked to no other shown apart.
class LineageView : public QGraphicsView
{
    Q_OBJECT
public:
    /// Graphics item types, so tests and tools can count what is drawn.
    enum ItemType { ListBoxType = 65536 + 1, ArrowType = 65536 + 2 };

    explicit LineageView(QWidget *parent = nullptr);
    /// Draws the leaked lists, lineage and compilations of a run's findings.
    void setFindings(const analysis::Findings &findings);
    int arrowCount() const;
    int listCount() const;
    /// Frames the box of @p source (empty: none).
    void highlight(const QString &source);

Q_SIGNALS:
    void listClicked(const QString &source);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fit();
    analysis::Findings m_findings; ///< the lists, lineage and compilations only
    QHash<QString, QGraphicsRectItem *> m_boxes;
    QString m_highlighted;
};

} // namespace dt::ui
