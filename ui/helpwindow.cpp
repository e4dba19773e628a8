#include "helpwindow.h"

#include "languagemanager.h"
#include "shortcutlist.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

QString readPage(const QString &language, const QString &page)
{
    QFile f(QStringLiteral(":/manual/%1/%2").arg(language, page));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString stripTags(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    return html.replace(QStringLiteral("&amp;"), QStringLiteral("&")).simplified();
}

} // namespace

ManualBrowser::ManualBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setOpenLinks(true);
}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    QVariant data = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::HtmlResource || !m_root)
        return data;
    QString html = QString::fromUtf8(data.toByteArray());
    if (!html.contains(QLatin1String("<!--shortcuts-->")) &&
        !html.contains(QLatin1String("<!--manual-shortcuts-->")))
        return data;
    html.replace(QLatin1String("<!--shortcuts-->"), shortcutsHtml(collectShortcuts(m_root)));
    // The manual window's own keys, from its actions (when it is in one).
    QList<ShortcutEntry> own;
    if (const auto *help = qobject_cast<const HelpWindow *>(window())) {
        for (const QAction *a : help->actions())
            if (!actionKeys(a).isEmpty())
                own.append({plainActionText(a->text()), actionKeys(a), HelpWindow::tr("User manual")});
    }
    html.replace(QLatin1String("<!--manual-shortcuts-->"), shortcutsHtml(own));
    return html;
}

HelpWindow::HelpWindow(const QWidget *shortcutsRoot, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new ManualBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_toolbar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_notFound(new QLabel(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setShortcutsRoot(shortcutsRoot);
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_contents->header()->hide();
    m_search->setObjectName(QStringLiteral("manualSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);

    auto action = [this](const char *name, QKeySequence::StandardKey key) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        addAction(a);
        return a;
    };
    m_back = action("manualBack", QKeySequence::Back);
    m_forward = action("manualForward", QKeySequence::Forward);
    m_home = action("manualHome", QKeySequence::UnknownKey);
    m_find = action("manualFind", QKeySequence::Find);
    m_findNext = action("manualFindNext", QKeySequence::FindNext);
    m_findPrevious = action("manualFindPrevious", QKeySequence::FindPrevious);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_toolbar->addAction(m_back);
    m_toolbar->addAction(m_forward);
    m_toolbar->addAction(m_home);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_search);
    m_toolbar->addAction(m_findPrevious);
    m_toolbar->addAction(m_findNext);
    m_toolbar->addWidget(m_notFound);

    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_home, &QAction::triggered, this, [this] { openPage(QStringLiteral("index.html")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::syncContents);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInPage(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_notFound, &QLabel::clear);
    connect(m_findNext, &QAction::triggered, this, [this] { findInPage(m_search->text()); });
    connect(m_findPrevious, &QAction::triggered, this, [this] { findInPage(m_search->text(), true); });
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openPage(item->data(0, Qt::UserRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { openPage(item->data(0, Qt::UserRole).toString()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter);
    resize(1100, 760);
    retranslateUi();
    setLanguage(manualLanguage(LanguageManager::instance().effectiveLanguage()));
}

HelpWindow *HelpWindow::showFor(QWidget *mainWindow, const QString &page)
{
    auto *w = mainWindow->findChild<HelpWindow *>(QStringLiteral("helpWindow"), Qt::FindDirectChildrenOnly);
    if (!w)
        w = new HelpWindow(mainWindow, mainWindow);
    if (!page.isEmpty())
        w->openPage(page);
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

QStringList HelpWindow::pages()
{
    return {QStringLiteral("index.html"),    QStringLiteral("walkthrough.html"),
            QStringLiteral("scores.html"),   QStringLiteral("operators.html"),
            QStringLiteral("leaks.html"),    QStringLiteral("violations.html"),
            QStringLiteral("times.html"),    QStringLiteral("integrity.html"),
            QStringLiteral("training.html"), QStringLiteral("shortcuts.html")};
}

QString HelpWindow::manualLanguage(const QString &uiLanguage)
{
    if (!uiLanguage.isEmpty() && QFile::exists(QStringLiteral(":/manual/%1/index.html").arg(uiLanguage)))
        return uiLanguage;
    return QStringLiteral("en");
}

QUrl HelpWindow::pageUrl(const QString &language, const QString &page)
{
    return QUrl(QStringLiteral("qrc:/manual/%1/%2").arg(language, page));
}

void HelpWindow::openPage(const QString &page)
{
    m_browser->setSource(pageUrl(m_language, page));
}

void HelpWindow::setLanguage(const QString &language)
{
    // The same page in the other language (file names are the same in every language).
    const QUrl now = m_browser->source();
    QString page = now.isEmpty() ? QStringLiteral("index.html") : now.fileName();
    if (now.hasFragment())
        page += QLatin1Char('#') + now.fragment();
    m_language = language;
    buildContents();
    m_browser->clearHistory();
    openPage(page);
}

void HelpWindow::buildContents()
{
    // The contents are the pages' titles and their sections (h2 with an id), read from the pages.
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression section(QStringLiteral("<h2 id=\"([^\"]+)\">(.*?)</h2>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    m_contents->clear();
    for (const QString &page : pages()) {
        const QString html = readPage(m_language, page);
        auto *item = new QTreeWidgetItem(m_contents, {stripTags(title.match(html).captured(1))});
        item->setData(0, Qt::UserRole, page);
        for (auto it = section.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            auto *child = new QTreeWidgetItem(item, {stripTags(m.captured(2))});
            child->setData(0, Qt::UserRole, QString(page + QLatin1Char('#') + m.captured(1)));
        }
    }
}

void HelpWindow::syncContents(const QUrl &url)
{
    const QString page = url.fileName();
    setWindowTitle(tr("DialTrace User Manual") + QStringLiteral(" — ") + m_browser->documentTitle());
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_contents->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() != page)
            continue;
        QTreeWidgetItem *current = item;
        const QString target = QString(page + QLatin1Char('#') + url.fragment());
        for (int c = 0; url.hasFragment() && c < item->childCount(); ++c)
            if (item->child(c)->data(0, Qt::UserRole).toString() == target)
                current = item->child(c);
        const QSignalBlocker block(m_contents);
        item->setExpanded(true);
        m_contents->setCurrentItem(current);
        return;
    }
}

bool HelpWindow::findInPage(const QString &text, bool backwards)
{
    m_notFound->clear();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Round once from the other end of the page.
    QTextCursor from(m_browser->document());
    from.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor kept = m_browser->textCursor();
    m_browser->setTextCursor(from);
    if (m_browser->find(text, flags))
        return true;
    m_browser->setTextCursor(kept);
    m_notFound->setText(tr("Not found"));
    return false;
}

void HelpWindow::retranslateUi()
{
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_home->setText(tr("Contents"));
    m_find->setText(tr("Find in Page"));
    m_findNext->setText(tr("Find Next"));
    m_findPrevious->setText(tr("Find Previous"));
    m_search->setPlaceholderText(tr("Find in this page"));
    setWindowTitle(tr("DialTrace User Manual"));
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The language manager names the new language once its translators are in: read it then.
        QTimer::singleShot(0, this, [this] {
            const QString language = manualLanguage(LanguageManager::instance().effectiveLanguage());
            if (language != m_language)
                setLanguage(language);
        });
    }
    QWidget::changeEvent(event);
}

} // namespace dt::ui
