#pragma once
#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QTableWidget;

namespace dt::ui {

/// One keyboard shortcut of the application, as the user sees it.
struct ShortcutEntry
{
    QString action; ///< the action's text, without mnemonics ("Open Case…")
    QString keys;   ///< every key sequence of the action, in the platform's notation ("Ctrl+O")
    QString where;  ///< the menu or view it belongs to ("File", "Link chart", "Every table")
    bool operator==(const ShortcutEntry &o) const
    {
        return action == o.action && keys == o.keys && where == o.where;
    }
};

/// An action's text as a list shows it: "&Open Case…" → "Open Case…", "打开案件(&O)…" → "打开案件…";
/// "&&" is a literal ampersand.
QString plainActionText(const QString &withMnemonic);

/// Every key sequence of @p action in the platform's notation, comma-separated ("F3, Ctrl+G").
QString actionKeys(const QAction *action);

/// Every action under @p root that has a shortcut, read from the actions themselves so that the list
/// cannot fall behind the code: the menu bar's first (menu order), then the views' (per view, by name).
/// An action shown in several places (each table's Copy) is listed once. The help window's own keys
/// are not the workspace's and are left out.
QList<ShortcutEntry> collectShortcuts(const QWidget *root);

/// The same list as an HTML table, for the user manual.
QString shortcutsHtml(const QList<ShortcutEntry> &entries);

/// Help > Keyboard Shortcuts: the list of collectShortcuts(), in the interface's language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *root, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// Opens the dialog for @p root (one at a time, not modal).
    static ShortcutsDialog *showFor(QWidget *root);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    const QWidget *m_root;
    QTableWidget *m_table;
};

} // namespace dt::ui
