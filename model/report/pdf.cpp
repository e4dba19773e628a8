// PDF rendering of a report (QtGui: the only part of model/ that needs it).
#include "report/pagination.h"
#include "report/printflow.h"
#include "report/report.h"

#include <algorithm>
#include <cmath>
#include <QFont>
#include <QImage>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace dt::report {

void Report::layOutForPrint(const QString &html, QTextDocument *doc, bool drawCharts)
{
    // Latin text in DejaVu Sans, Chinese in Noto Sans CJK SC: Qt embeds both (subsets), so the PDF
    // renders on any reader. (Digits set in the CJK font's bold face lose their text mapping in
    // Qt's PDF output, hence the Latin family first.)
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(8);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    // Charts are inline SVG in the HTML; QTextDocument draws images, so each becomes a picture rendered
    // at print resolution (3x) from the same SVG, or less for a chart so large that 3x would not fit
    // kMaxChartPixels, or whose side at 3x would pass kMaxChartSide: the lineage diagram of a case with
    // hundreds of operators is tens of thousands of pixels tall; at 3x one image took 760 MB of the
    // PDF's memory and, past JPEG's 65,535 pixels a side, went into the PDF as no picture at all.
    constexpr double kMaxChartPixels = 24.0 * 1024 * 1024, kMaxChartSide = 65000;
    QString body = html;
    static const QRegularExpression svg(
        QStringLiteral("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"[^>]*>.*?</svg>"),
        QRegularExpression::DotMatchesEverythingOption);
    int n = 0;
    for (QRegularExpressionMatch m = svg.match(body); m.hasMatch(); m = svg.match(body, m.capturedStart())) {
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        const double scale = std::min({3.0, std::sqrt(kMaxChartPixels / std::max(1.0, double(w) * h)),
                                       kMaxChartSide / std::max({1, w, h})});
        // Only to measure: a blank pixel (the <img> below gives the size; the lineage diagram of
        // hundreds of operators takes seconds to draw).
        QImage image = drawCharts ? QImage(std::max(1, int(w * scale)), std::max(1, int(h * scale)),
                                           QImage::Format_RGB32)
                                  : QImage(1, 1, QImage::Format_RGB32);
        image.fill(Qt::white);
        if (drawCharts) {
            QSvgRenderer renderer(m.captured(0).toUtf8());
            QPainter painter(&image);
            renderer.render(&painter, QRectF(0, 0, image.width(), image.height()));
        }
        const QString name = QStringLiteral("chart-%1.png").arg(++n);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
        body.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>").arg(name).arg(w).arg(h));
    }
    doc->setHtml(body);
}

bool Report::renderPdf(const QString &html, const PageFurniture &furniture, QIODevice *out, QString *error,
                       const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const qint64 before = out->pos();
    QPdfWriter writer(out);
    // Landscape: evidence tables are wide. The margins, the running header and the footer are the
    // paginator's (pagination.cpp), the same on every page.
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(furniture.caseTitle);
    writer.setCreator(QStringLiteral("DialTrace"));
    // The painter it ends writes the whole file: nothing is left for ~QPdfWriter.
    const int pages = PrintFlow::print(html, &writer, furniture, progress, cancel);
    if (cancel && cancel->load()) {
        *error = tr("cancelled");
        return false;
    }
    if (pages == 0 || out->pos() == before) {
        *error = tr("the PDF could not be made");
        return false;
    }
    return true;
}

} // namespace dt::report
