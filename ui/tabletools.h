#pragma once
#include <functional>
#include <QCoreApplication>
#include <QString>

class QMenu;
class QPrinter;
class QTableView;
class QWidget;

namespace dt::ui {

struct PrintHeader;

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
    /// Adds the copy shortcut, the header's column chooser, the memory of the analyst's column widths
    /// (ColumnMemory) and, unless the view has its own context
    /// menu, a context menu with Copy, Export CSV…, Print… and Print Preview….
    static void install(QTableView *view);
    /// Appends Copy, Export CSV…, Print… and Print Preview… to a view's own context menu.
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
    /// Prints the table's shown columns and every row, in the order shown, the header row on each
    /// page, headed by the page header; returns the pages (0 when more rows than kMaxPrintRows).
    static int printTable(const QTableView *view, QPrinter *printer);
    /// Supplies the printed pages' header for a table (the main window: its tab, the case, the date).
    using HeaderProvider = std::function<PrintHeader(const QTableView *view)>;
    static void setHeaderProvider(HeaderProvider provider);
    /// Appends actions of its own to every table's context menu, after addActions()' (the training
    /// menu's "Record as answer…" on the row under the mouse, the view's current row).
    using MenuExtender = std::function<void(QMenu *menu, QTableView *view)>;
    static void setMenuExtender(MenuExtender extender);
    /// Beyond this many rows a printout is refused: narrow the table first.
    static constexpr int kMaxPrintRows = 20000;
    static void setColumnShown(QTableView *view, int column, bool shown);
    /// Sizes the columns to their header and the first @p rows rows, never more: the view's own
    /// resizeColumnsToContents() may ask a lazy model for every row (a case's 10M calls).
    static void fitColumns(QTableView *view, int rows = kFitRows);
    static constexpr int kFitRows = 64;
    /// For a small table that should fill its width (the leak matrix): each column as wide as its
    /// header and cells need, the spare width shared evenly, again whenever the table is resized
    /// (unless the analyst sized the columns, ColumnMemory); beyond the width, a scroll bar.
    static void spreadColumns(QTableView *view);
    /// No column is made wider than this by fitColumns() (reasons and notes are long; tooltips show all).
    static constexpr int kMaxFitWidth = 420;
    /// Beyond this many rows an export would take minutes through the view's model: it is refused.
    static constexpr int kMaxExportRows = 1000000;
};

} // namespace dt::ui
