#pragma once
#include <QString>

class QTableView;

namespace dt::ui {

/**
 * The column widths, order and hidden columns the analyst gave a table, kept across cases and
 * restarts (QSettings, under the table's object name). Saved when the analyst resizes, moves or
 * hides a column, never for the widths the program chose; restored when the table's rows are
 * (re)loaded. A saved state made for another set of columns (a version with a column more or less,
 * a leak matrix of other lists) is ignored: the table gets its default widths instead.
 */
class ColumnMemory
{
public:
    /// Watches the table's header for the analyst's changes and saves them (TableTools::install()).
    static void track(QTableView *view);
    /// Restores the saved state when it fits the model's columns (true); otherwise sizes the columns
    /// from the header and the first rows (TableTools::fitColumns(), never paging a lazy model).
    /// The sort order shown is kept as it is: a case's order is the page's to set.
    static bool restoreOrFit(QTableView *view);
    /// Restores the saved state when it fits the model's columns; false (nothing changed) otherwise.
    static bool restore(QTableView *view);
    /// True once the table's widths are the analyst's (restored or changed by them): the program's
    /// own sizing (TableTools::spreadColumns() on a resize) leaves them alone.
    static bool isAnalysts(const QTableView *view);
    /// Saves the header's state now (the column chooser calls it; track() for the mouse).
    static void save(QTableView *view);
    /// Forgets the saved state of the table named @p name (back to the default widths).
    static void forget(const QString &name);
    /// The settings key of a table's state.
    static QString key(const QString &name);
};

} // namespace dt::ui
