#pragma once
#include <QTextBrowser>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QAction;
class QToolBar;

namespace dt::ui {

/// The manual's text browser: pages come from the resources, and a page asking for the keyboard
/// shortcuts (`<!--shortcuts-->`) gets the table read from the application's actions at that moment.
class ManualBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ManualBrowser(QWidget *parent = nullptr);
    /// The window whose actions the shortcuts table lists (the main window); none: no table.
    void setShortcutsRoot(const QWidget *root) { m_root = root; }
    QVariant loadResource(int type, const QUrl &name) override;

private:
    const QWidget *m_root = nullptr;
};

/**
 * Help > User Manual (F1): the offline manual compiled into the application (resources/manual), in
 * the interface's language (zh_CN, else English), with a contents list, back and forward, and
 * search in the page. Nothing is read from the network.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    /// @p shortcutsRoot: the window whose actions the manual's shortcuts table lists.
    explicit HelpWindow(const QWidget *shortcutsRoot, QWidget *parent = nullptr);

    /// Shows the manual beside @p mainWindow (one window, reused), at @p page when given.
    static HelpWindow *showFor(QWidget *mainWindow, const QString &page = {});
    /// The manual's pages, in reading order (the same file names in every language).
    static QStringList pages();
    /// The manual's language for the interface language @p uiLanguage: its own when the manual
    /// exists in it, else English.
    static QString manualLanguage(const QString &uiLanguage);
    /// qrc URL of @p page ("scores.html#storm") in @p language.
    static QUrl pageUrl(const QString &language, const QString &page);

    /// Opens @p page ("index.html", "scores.html#storm") in the manual's current language.
    void openPage(const QString &page);
    QString language() const { return m_language; }
    ManualBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *searchBox() const { return m_search; }
    /// Finds @p text in the page from the cursor on (backwards when asked), wrapping round once.
    bool findInPage(const QString &text, bool backwards = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setLanguage(const QString &language);
    void buildContents();
    void syncContents(const QUrl &url);

    QString m_language;
    ManualBrowser *m_browser;
    QTreeWidget *m_contents;
    QToolBar *m_toolbar;
    QLineEdit *m_search;
    QLabel *m_notFound;
    QAction *m_back, *m_forward, *m_home, *m_find, *m_findNext, *m_findPrevious;
};

} // namespace dt::ui
