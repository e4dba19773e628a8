// PDF rendering of a report (QtGui: the only part of model/ that needs it).
#include "report/report.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace dt::report {

bool Report::renderPdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    // Landscape: evidence tables are wide. QTextDocument::print() adds its own 2 cm margins and page numbers.
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("DialTrace"));
    QTextDocument doc;
    // Latin text in DejaVu Sans, Chinese in Noto Sans CJK SC: Qt embeds both (subsets), so the PDF
    // renders on any reader. (Digits set in the CJK font's bold face lose their text mapping in
    // Qt's PDF output, hence the Latin family first.)
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(8);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.print(&writer);
    if (!QFile::exists(path) || QFileInfo(path).size() == 0) {
        *error = tr("%1: the PDF could not be written").arg(path);
        return false;
    }
    return true;
}

} // namespace dt::report
