#include "shortcutlist.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dt::ui {

QString plainActionText(const QString &withMnemonic)
{
    // A translation's mnemonic is its own "(&O)": it goes as a whole.
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^&]\\)"));
    QString text = withMnemonic;
    text.remove(cjkMnemonic);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
                out += text[++i];
            continue;
        }
        out += text[i];
    }
    return out;
}

QString actionKeys(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        if (!k.isEmpty())
            keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

namespace {

QString keysOf(const QAction *a)
{
    return actionKeys(a);
}

QString plain(const QString &text)
{
    return plainActionText(text);
}

bool insideHelpWindow(const QObject *o)
{
    for (; o; o = o->parent())
        if (o->inherits("dt::ui::HelpWindow"))
            return true;
    return false;
}

/// The view an action outside the menus belongs to: every table, or the tab holding its widget.
QString viewOf(const QAction *a)
{
    if (qobject_cast<const QAbstractItemView *>(a->parent()))
        return ShortcutsDialog::tr("Every table");
    for (auto *w = qobject_cast<const QWidget *>(a->parent()); w; w = w->parentWidget()) {
        // A tab's page sits in the tab widget's stack.
        const QWidget *stack = w->parentWidget();
        if (auto *tabs = qobject_cast<const QTabWidget *>(stack ? stack->parentWidget() : nullptr)) {
            const int i = tabs->indexOf(const_cast<QWidget *>(w));
            if (i >= 0)
                return plain(tabs->tabText(i));
        }
    }
    return {};
}

void walkMenu(const QMenu *menu, QList<ShortcutEntry> &out, QSet<const QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        seen.insert(a);
        if (a->menu())
            walkMenu(a->menu(), out, seen);
        else if (!keysOf(a).isEmpty())
            out.append({plain(a->text()), keysOf(a), plain(menu->title())});
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget *root)
{
    QList<ShortcutEntry> out;
    QSet<const QAction *> seen;
    if (!root)
        return out;
    for (const QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        if (insideHelpWindow(bar))
            continue;
        for (QAction *a : bar->actions()) {
            seen.insert(a);
            if (a->menu())
                walkMenu(a->menu(), out, seen);
        }
    }
    QList<ShortcutEntry> views;
    for (const QAction *a : root->findChildren<QAction *>()) {
        if (seen.contains(a) || insideHelpWindow(a) || keysOf(a).isEmpty())
            continue;
        const ShortcutEntry e{plain(a->text()), keysOf(a), viewOf(a)};
        if (!views.contains(e))
            views.append(e);
    }
    std::sort(views.begin(), views.end(), [](const ShortcutEntry &x, const ShortcutEntry &y) {
        return x.where != y.where ? x.where.localeAwareCompare(y.where) < 0
                                  : x.action.localeAwareCompare(y.action) < 0;
    });
    out += views;
    return out;
}

QString shortcutsHtml(const QList<ShortcutEntry> &entries)
{
    QString html = QStringLiteral("<table class=\"keys\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                                  "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(ShortcutsDialog::tr("Action"), ShortcutsDialog::tr("Shortcut"),
                            ShortcutsDialog::tr("Where"));
    for (const ShortcutEntry &e : entries)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(e.action.toHtmlEscaped(), e.keys.toHtmlEscaped(), e.where.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

ShortcutsDialog::ShortcutsDialog(const QWidget *root, QWidget *parent)
    : QDialog(parent)
    , m_root(root)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 480);
    fill();
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    const QList<ShortcutEntry> entries = collectShortcuts(m_root);
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(entries[r].action));
        m_table->setItem(r, 1, new QTableWidgetItem(entries[r].keys));
        m_table->setItem(r, 2, new QTableWidgetItem(entries[r].where));
    }
    m_table->resizeColumnsToContents();
}

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *root)
{
    auto *dialog =
        root->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ShortcutsDialog(root, root);
    else
        dialog->fill(); // an action may have changed since
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // The actions retranslate on the same event: read them once they have.
    if (event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &ShortcutsDialog::fill);
    QDialog::changeEvent(event);
}

} // namespace dt::ui
