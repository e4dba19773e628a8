// The link chart page: what it keeps and gives out: the state saved in the case, PNG and SVG exports.
#include "case/casefile.h"
#include "graph/chartstore.h"
#include "graph/linkgraphbuilder.h"
#include "linkchartitems.h"
#include "linkchartlabels.h"
#include "linkchartpage.h"
#include "qcustomplotinclude.h"

#include <map>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSpinBox>
#include <QTimer>

namespace dt::ui {

using graph::EdgeType;
using graph::GraphFilter;
using graph::LinkGraph;
using graph::LinkGraphBuilder;
using graph::NodeType;

void LinkChartPage::setCase(CaseFile *cf)
{
    m_cancelFlag = true;
    m_watcher.waitForFinished();
    flushSave();
    m_case = cf;
    {
        // Nothing of the last case stays selected, and its items go with its graph: until the
        // new case's chart is built (off the GUI thread) they would name nodes m_graph no longer has.
        const QSignalBlocker block(m_scene);
        m_scene->clearSelection();
    }
    m_graph.clear();
    m_filter = GraphFilter();
    m_findings.reset();
    m_overviewPending = false;
    clearHighlight();
    rebuildScene();
    onSelectionChanged();
    if (!cf)
        return;
    m_awaitingFindings = true; // the window reads them off the GUI thread and hands them over
    m_viewName = graph::ChartStore::current(cf->db());
    loadView();
}

void LinkChartPage::setFindings(std::shared_ptr<const analysis::Findings> findings)
{
    // The new run's findings: the analyst's chart is kept, only an empty one starts from them.
    m_findings = std::move(findings);
    m_awaitingFindings = false;
    if (m_case && (m_overviewPending || m_graph.nodeCount() == 0)) {
        m_overviewPending = false;
        showOverview();
    }
}

ChartCaption LinkChartPage::exportCaption() const
{
    return ChartCaptionBand::make(tr("Link chart"), m_case ? m_case->title() : QString(),
                                  m_case ? m_case->clock() : CaseClock(), m_filter.from, m_filter.to);
}

bool LinkChartPage::exportImage(const QString &path, QString *error)
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (r.isEmpty()) {
        *error = tr("the chart is empty");
        return false;
    }
    const ChartCaption caption = exportCaption();
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    bool ok = true;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly) && renderSvg(&file, r, &caption);
    } else {
        // Twice the scene's resolution, bounded so a huge chart stays a reasonable file.
        const double scale = std::min(2.0, 8000.0 / std::max(r.width(), r.height()));
        const qreal band = ChartCaptionBand::height(caption, r.width());
        QImage img((QSizeF(r.width(), r.height() + band) * scale).toSize(),
                   QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        ChartCaptionBand::draw(&p, QRectF(0, 0, r.width(), band), caption);
        p.resetTransform();
        m_scene->render(&p, QRectF(0, band * scale, r.width() * scale, r.height() * scale), r);
        QTransform toImage;
        toImage.scale(scale, scale);
        toImage.translate(-r.left(), -r.top() + band);
        drawNodeLabels(&p, toImage, m_scene->items(r), true);
        drawLegend(&p, QPointF(10, 10 + band * scale), legend());
        p.end();
        ok = img.save(path, "PNG");
    }
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
    if (!ok)
        *error = tr("%1: could not be written").arg(path);
    return ok;
}

bool LinkChartPage::saveState(QString *error)
{
    if (!m_case) {
        *error = tr("no case is open");
        return false;
    }
    if (m_case->db().isReadOnly()) {
        *error = tr("the case is open read-only; the chart is not saved");
        return false;
    }
    return graph::ChartStore::save(m_case->db(), m_viewName, m_graph.toJson(m_filter), error);
}

void LinkChartPage::persist()
{
    // Debounced: dragging or filtering writes once when the analyst pauses, not at every step.
    if (m_case && !m_case->db().isReadOnly())
        m_saveTimer->start();
}

void LinkChartPage::flushSave()
{
    if (!m_saveTimer->isActive())
        return;
    m_saveTimer->stop();
    QString error;
    if (m_case && !saveState(&error))
        m_status->setText(tr("The chart could not be saved in the case: %1").arg(error));
}

} // namespace dt::ui
