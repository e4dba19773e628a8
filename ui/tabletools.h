#pragma once
#include <functional>
#include <QCoreApplication>
#include <QString>

class QMenu;
class QTableView;
class QWidget;

namespace dt::ui {

/**
 * What every table of the workspace offers: copy the selected rows (Ctrl+C, tab-separated with the
 * header, pastes into a spreadsheet), export the table as CSV (UTF-8 with BOM, RFC 4180 quoting, the
 * columns shown, in the order and filter shown), and a column chooser on the header's context menu.
 */
class TableTools
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::TableTools)
public:
    enum Option { SingleSelection = 1, Sortable = 2 };
    /// A table as the workspace shows them: whole rows selected, one line a row, alternating colours,
    /// no row numbers, the last column stretched.
    static QTableView *makeTable(QWidget *parent, const QString &name, int options = 0);
    /// Adds the copy shortcut, the header's column chooser and, unless the view has its own context
    /// menu, a context menu with Copy and Export CSV….
    static void install(QTableView *view);
    /// Appends Copy and Export CSV… to a view's own context menu.
    static void addActions(QMenu *menu, QTableView *view);
    /// The selected rows (all rows when none is selected) of the shown columns, tab-separated.
    static QString selectionAsText(const QTableView *view);
    static bool exportCsv(const QTableView *view, const QString &path, QString *error);
    /// Export CSV…'s work: exportCsv(), then the export recorder told of it.
    static bool exportTable(const QTableView *view, const QString &path, QString *error);
    /// Told of every table exported through Export CSV… (the main window records it in the case's
    /// audit log with the file's SHA-256); returns false with @p error when that failed.
    using ExportRecorder = std::function<bool(const QTableView *view, const QString &path, QString *error)>;
    static void setExportRecorder(ExportRecorder recorder);
    static void setColumnShown(QTableView *view, int column, bool shown);
    /// Beyond this many rows an export would take minutes through the view's model: it is refused.
    static constexpr int kMaxExportRows = 1000000;
};

} // namespace dt::ui
