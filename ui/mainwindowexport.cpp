// What the main window records of exports made from the workspace's tables.
#include "case/casefile.h"
#include "export/exportrunner.h"
#include "mainwindow.h"

#include <QTableView>

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

} // namespace dt::ui
