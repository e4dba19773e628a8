// The user manual and the keyboard shortcuts: F1 opens the manual in the interface's language,
// every link and image of every page resolves inside the application, both languages have the same
// pages and sections, and the shortcuts list (dialog and manual) is the application's actions.
#include "helpwindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "shortcutlist.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QTreeWidget>

using namespace dt::ui;

namespace {

/// Every anchor name and every (href, image) a loaded page holds.
struct PageRefs
{
    QSet<QString> anchors;
    QStringList links, images;
};

PageRefs refsOf(const QTextDocument *doc)
{
    PageRefs refs;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            for (const QString &name : f.anchorNames())
                refs.anchors.insert(name);
            if (f.isAnchor() && !f.anchorHref().isEmpty())
                refs.links << f.anchorHref();
            if (f.isImageFormat())
                refs.images << f.toImageFormat().name();
        }
    }
    return refs;
}

QString pageText(const QString &language, const QString &page)
{
    QFile f(QStringLiteral(":/manual/%1/%2").arg(language, page));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList sectionIds(const QString &html)
{
    static const QRegularExpression id(QStringLiteral("<h[1-4] id=\"([^\"]+)\""));
    QStringList ids;
    for (auto it = id.globalMatch(html); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

/// The rows of the @p n-th table of @p doc, cells as plain text.
QList<QStringList> tableOf(QTextDocument *doc, int n)
{
    QList<QStringList> rows;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || n-- > 0)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            QStringList row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QTextCursor cur = cell.firstCursorPosition();
                cur.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                row << cur.selectedText().trimmed();
            }
            rows << row;
        }
        break;
    }
    return rows;
}

} // namespace

class TestManual : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void f1OpensTheManual_data();
    void f1OpensTheManual();
    void linksAndImagesResolve_data();
    void linksAndImagesResolve();
    void languagesHaveTheSameSections_data();
    void languagesHaveTheSameSections();
    void trainingPage_data();
    void trainingPage();
    void shortcutsListEveryAction_data();
    void shortcutsListEveryAction();
    void findAndNavigate();
    void followsTheInterfaceLanguage();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestManual::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
}

void TestManual::cleanupTestCase()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestManual::f1OpensTheManual_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("呼叫溯源工作站 用户手册");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("DialTrace User Manual");
}

void TestManual::f1OpensTheManual()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QVERIFY(LanguageManager::instance().setLanguage(language));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(!w.findChild<HelpWindow *>());
    QTest::keyClick(&w, Qt::Key_F1);
    auto *help = w.findChild<HelpWindow *>(QStringLiteral("helpWindow"));
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->language(), language);
    QCOMPARE(help->browser()->source(), HelpWindow::pageUrl(language, QStringLiteral("index.html")));
    QCOMPARE(help->browser()->documentTitle(), title);
    // The contents list every page, by its title, with its sections.
    QCOMPARE(help->contents()->topLevelItemCount(), HelpWindow::pages().size());
    QVERIFY(help->contents()->topLevelItem(2)->childCount() > 3);
    // A section chosen in the contents opens its page there.
    QTreeWidgetItem *section = help->contents()->topLevelItem(2)->child(1);
    Q_EMIT help->contents()->itemClicked(section, 0);
    QCOMPARE(help->browser()->source().fileName(), HelpWindow::pages().at(2));
    QCOMPARE(help->browser()->source().fragment(),
             section->data(0, Qt::UserRole).toString().section(QLatin1Char('#'), 1));
    // Help > User Manual again shows the same window.
    QTest::keyClick(&w, Qt::Key_F1);
    QCOMPARE(w.findChildren<HelpWindow *>().size(), 1);
}

void TestManual::linksAndImagesResolve_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const char *lang : {"zh_CN", "en"})
        for (const QString &page : HelpWindow::pages())
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(lang), page)))
                << QString::fromLatin1(lang) << page;
}

void TestManual::linksAndImagesResolve()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    QVERIFY2(!pageText(language, page).isEmpty(), "the page is in the resources");
    ManualBrowser browser;
    const QUrl url = HelpWindow::pageUrl(language, page);
    browser.setSource(url);
    QVERIFY(!browser.documentTitle().isEmpty());
    const PageRefs refs = refsOf(browser.document());
    for (const QString &href : refs.links) {
        const QUrl target = url.resolved(QUrl(href));
        QVERIFY2(target.scheme() == QLatin1String("qrc"),
                 qPrintable(href + QStringLiteral(": not inside the manual")));
        QVERIFY2(QFile::exists(QLatin1Char(':') + target.path()),
                 qPrintable(href + QStringLiteral(": no such page")));
        if (target.hasFragment()) {
            ManualBrowser other;
            other.setSource(target.adjusted(QUrl::RemoveFragment));
            QVERIFY2(refsOf(other.document()).anchors.contains(target.fragment()),
                     qPrintable(href + QStringLiteral(": no such section")));
        }
    }
    for (const QString &image : refs.images) {
        const QUrl target = url.resolved(QUrl(image));
        QImage img(QLatin1Char(':') + target.path());
        QVERIFY2(!img.isNull(), qPrintable(image + QStringLiteral(": no such image")));
    }
    // Every section heading is an anchor the contents can open.
    for (const QString &id : sectionIds(pageText(language, page)))
        QVERIFY2(refs.anchors.contains(id), qPrintable(id + QStringLiteral(": heading without its anchor")));
}

void TestManual::languagesHaveTheSameSections_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &page : HelpWindow::pages())
        QTest::newRow(qPrintable(page)) << page;
}

void TestManual::languagesHaveTheSameSections()
{
    QFETCH(QString, page);
    const QString zh = pageText(QStringLiteral("zh_CN"), page), en = pageText(QStringLiteral("en"), page);
    QCOMPARE(sectionIds(zh), sectionIds(en));
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    QStringList zhImages, enImages;
    for (auto it = image.globalMatch(zh); it.hasNext();)
        zhImages << it.next().captured(1);
    for (auto it = image.globalMatch(en); it.hasNext();)
        enImages << it.next().captured(1);
    QCOMPARE(zhImages, enImages);
    // The Chinese manual is Chinese: its text, outside tags, holds more Han characters than Latin letters.
    QString text = zh;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    qsizetype han = 0, latin = 0;
    for (QChar c : text) {
        han += c.script() == QChar::Script_Han;
        latin += c.isLetter() && c.script() == QChar::Script_Latin;
    }
    QVERIFY2(han > latin, qPrintable(QStringLiteral("%1 Han, %2 Latin letters").arg(han).arg(latin)));
}

void TestManual::trainingPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

/// The trainers' walk-through is a page of the manual in both languages, opened from the index, with
/// a section for each step and its screenshots in the manual's resources.
void TestManual::trainingPage()
{
    QFETCH(QString, language);
    const QString page = QStringLiteral("training.html");
    QVERIFY(HelpWindow::pages().contains(page));
    QVERIFY2(!pageText(language, page).isEmpty(), "the page is in the resources");
    ManualBrowser index;
    index.setSource(HelpWindow::pageUrl(language, QStringLiteral("index.html")));
    QVERIFY(refsOf(index.document()).links.contains(page));
    ManualBrowser browser;
    browser.setSource(HelpWindow::pageUrl(language, page));
    const PageRefs refs = refsOf(browser.document());
    for (const char *section : {"make-pack", "pack", "answering", "scoring", "demo", "passphrase"})
        QVERIFY2(refs.anchors.contains(QLatin1String(section)), section);
    for (const char *name : {"training-sheet", "training-record", "training-answers", "training-score"}) {
        const QString image = QStringLiteral("img/%1.png").arg(QLatin1String(name));
        QVERIFY2(refs.images.contains(image), qPrintable(image + QStringLiteral(": not shown")));
        const QImage img(QStringLiteral(":/manual/%1/%2").arg(language, image));
        QVERIFY2(!img.isNull(), qPrintable(image + QStringLiteral(": not in the resources")));
    }
}

void TestManual::shortcutsListEveryAction_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestManual::shortcutsListEveryAction()
{
    QFETCH(QString, language);
    QVERIFY(LanguageManager::instance().setLanguage(language));
    MainWindow w;
    w.show();
    QApplication::processEvents();
    // Help > Keyboard Shortcuts lists every action of the window that has a shortcut, with its keys.
    auto *open = w.findChild<QAction *>(QStringLiteral("actionShortcuts"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = w.findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    QSet<QPair<QString, QString>> listed;
    for (int r = 0; r < table->rowCount(); ++r)
        listed.insert({table->item(r, 0)->text(), table->item(r, 1)->text()});
    int withShortcut = 0;
    for (const QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->parent()->inherits("dt::ui::HelpWindow"))
            continue;
        ++withShortcut;
        const QString text = plainActionText(a->text());
        QVERIFY2(!text.isEmpty(),
                 qPrintable(a->objectName() + QStringLiteral(": a shortcut without a name")));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                             [&](const QPair<QString, QString> &p) {
                                 return p.first == text &&
                                        p.second.split(QStringLiteral(", ")).contains(keys);
                             }),
                 qPrintable(text + QStringLiteral(" (") + keys + QStringLiteral(") is not listed")));
    }
    QVERIFY(withShortcut >= 10); // New, Open, Close, Quit, Undo, Redo, Import, Find, Report, Manual, …
    QVERIFY(listed.contains(
        {language == QLatin1String("en") ? QStringLiteral("User Manual") : QStringLiteral("用户手册"),
         QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)}));
    // The manual's shortcuts page shows the same table, row for row.
    HelpWindow *help = HelpWindow::showFor(&w, QStringLiteral("shortcuts.html"));
    const QList<QStringList> rows = tableOf(help->browser()->document(), 0);
    QCOMPARE(rows.size(), table->rowCount() + 1); // and its header
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < 3; ++c)
            QCOMPARE(rows.at(r + 1).at(c), table->item(r, c)->text());
    // And the manual window's own keys, from its actions.
    const QList<QStringList> own = tableOf(help->browser()->document(), 1);
    int helpKeys = 0;
    for (const QAction *a : help->actions()) {
        if (actionKeys(a).isEmpty())
            continue;
        ++helpKeys;
        QVERIFY2(own.contains(
                     QStringList{plainActionText(a->text()), actionKeys(a), HelpWindow::tr("User manual")}),
                 qPrintable(a->text()));
    }
    QCOMPARE(own.size(), helpKeys + 1);
    QVERIFY(helpKeys >= 4); // back, forward, find, find next, find previous
}

void TestManual::findAndNavigate()
{
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    QWidget root;
    HelpWindow help(&root);
    help.openPage(QStringLiteral("scores.html"));
    QVERIFY(help.findInPage(QStringLiteral("reciprocity")));
    QVERIFY(help.browser()->textCursor().selectedText().compare(QStringLiteral("reciprocity"),
                                                                Qt::CaseInsensitive) == 0);
    QVERIFY(!help.findInPage(QStringLiteral("no such words anywhere")));
    // A link followed, then Back and Forward.
    help.openPage(QStringLiteral("operators.html"));
    QVERIFY(help.browser()->isBackwardAvailable());
    help.browser()->backward();
    QCOMPARE(help.browser()->source().fileName(), QStringLiteral("scores.html"));
    help.browser()->forward();
    QCOMPARE(help.browser()->source().fileName(), QStringLiteral("operators.html"));
}

void TestManual::followsTheInterfaceLanguage()
{
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    QWidget root;
    HelpWindow help(&root);
    help.show();
    help.openPage(QStringLiteral("leaks.html#lineage"));
    QCOMPARE(help.language(), QStringLiteral("en"));
    // Switched in Settings > Language while open: the same page, in the new language.
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(help.language(), QStringLiteral("zh_CN"));
    QCOMPARE(help.browser()->source(),
             HelpWindow::pageUrl(QStringLiteral("zh_CN"), QStringLiteral("leaks.html#lineage")));
    QCOMPARE(help.browser()->documentTitle(), QStringLiteral("泄露名单溯源"));
    QCOMPARE(help.contents()->topLevelItem(0)->text(0), QStringLiteral("呼叫溯源工作站 用户手册"));
}

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
