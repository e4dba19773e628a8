// What the main window records of exports made from the workspace's tables, and what heads their
// printouts.
#include "case/casefile.h"
#include "export/exportrunner.h"
#include "mainwindow.h"
#include "printing.h"

#include <QDateTime>
#include <QTableView>
#include <QTabWidget>

namespace dt::ui {

bool MainWindow::recordTableExport(const QTableView *view, const QString &path, QString *error)
{
    if (!m_case || m_case->isReadOnly())
        return true;
    exports::ExportResult result;
    result.format = QStringLiteral("csv");
    result.scope = QStringLiteral("table:") + view->objectName();
    result.target = path;
    exports::WrittenFile file;
    if (!exports::ExportRunner::hashFile(path, &file, error))
        return false;
    result.files.push_back(file);
    return exports::ExportRunner::record(*m_case, &result, error);
}

PrintHeader MainWindow::tablePrintHeader(const QTableView *view) const
{
    PrintHeader h;
    // The title: the tabs the table sits in, outermost first ("Leaked lists — Lineage"), and the
    // dialog it is shown in.
    QStringList where;
    for (const QWidget *w = view; w && w->parentWidget(); w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<const QTabWidget *>(w->parentWidget()->parentWidget())) {
            const int i = tabs->indexOf(const_cast<QWidget *>(w));
            if (i >= 0)
                where.prepend(tabs->tabText(i)
                                  .replace(QLatin1String("&&"), QStringLiteral("\x01"))
                                  .remove(QLatin1Char('&'))
                                  .replace(QLatin1Char('\x01'), QLatin1Char('&')));
        }
        if (w->isWindow() && w != this && !w->windowTitle().isEmpty())
            where.prepend(w->windowTitle());
    }
    h.title = where.isEmpty() ? view->objectName() : where.join(QStringLiteral(" — "));
    if (m_case) {
        h.caseTitle = m_case->title();
        h.date = m_case->clock().labelled(QDateTime::currentSecsSinceEpoch());
    }
    return h;
}

} // namespace dt::ui
