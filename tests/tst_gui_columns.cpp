// The column widths the analyst gives a table, offscreen: a column dragged wider stays so in a new
// window (a restart) and after opening another case, and a saved state made for other columns is
// ignored for the default widths.
#include "columnmemory.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "tabletools.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

namespace {

/// The table named @p name, its tab made current so that it is shown and laid out.
QTableView *showTable(MainWindow &w, const QString &name)
{
    auto *view = w.findChild<QTableView *>(name);
    if (!view)
        return nullptr;
    QTabWidget *tabs = w.casePage()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == view || tabs->widget(i)->isAncestorOf(view))
            tabs->setCurrentIndex(i);
    return QTest::qWaitForWindowExposed(view->window()) && view->isVisible() ? view : nullptr;
}

/// Drags the divider at the right of @p column by @p dx pixels with the mouse, as the analyst does.
void dragDivider(QHeaderView *header, int column, int dx)
{
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
    const int y = header->height() / 2;
    QWidget *vp = header->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(x, y));
    QTest::mouseMove(vp, QPoint(x + dx / 2, y));
    QTest::mouseMove(vp, QPoint(x + dx, y));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(x + dx, y));
}

} // namespace

class TestGuiColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void widthRestoredInANewWindow_data();
    void widthRestoredInANewWindow();
    void stateForOtherColumnsIgnored();

private:
    QTemporaryDir m_dir;
};

void TestGuiColumns::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestGuiColumns::init()
{
    QSettings().remove(QStringLiteral("tables"));
}

void TestGuiColumns::widthRestoredInANewWindow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("column");
    QTest::newRow("suspects") << "suspectsView" << 0;
    QTest::newRow("operators") << "operatorsView" << 1;
    QTest::newRow("leak lists") << "leakListsView" << 0;
    QTest::newRow("violations") << "violationsView" << 0;
    QTest::newRow("numbers") << "numbersView" << 1;
    QTest::newRow("calls (lazy)") << "callsView" << 0;
    QTest::newRow("sources") << "sourcesView" << 0;
    QTest::newRow("audit log") << "auditView" << 1;
}

void TestGuiColumns::widthRestoredInANewWindow()
{
    QFETCH(QString, table);
    QFETCH(int, column);
    int width = 0;
    QString path;
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QString error;
        QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
        path = w.currentCase()->path();
        QTableView *view = showTable(w, table);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model() && view->model()->rowCount() > 0, dttest::kStateTimeoutMs);
        QHeaderView *header = view->horizontalHeader();
        const int before = header->sectionSize(column);
        dragDivider(header, column, 90);
        width = header->sectionSize(column);
        QVERIFY2(width > before + 40, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(width)));
        QTRY_VERIFY(QSettings().contains(ColumnMemory::key(table)));

        // Another case opened in the same window: its rows get the analyst's width, not the defaults.
        w.closeCase();
        QVERIFY2(dttest::openCase(w, path, &error), qPrintable(error));
        view = showTable(w, table);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model() && view->model()->rowCount() > 0, dttest::kStateTimeoutMs);
        QCOMPARE(view->horizontalHeader()->sectionSize(column), width);
    }
    // A restart: a new window on the case.
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openCase(w, path, &error), qPrintable(error));
    QTableView *view = showTable(w, table);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model() && view->model()->rowCount() > 0, dttest::kStateTimeoutMs);
    QCOMPARE(view->horizontalHeader()->sectionSize(column), width);
}

void TestGuiColumns::stateForOtherColumnsIgnored()
{
    // A state made for three columns, the first hidden and the second very wide: Qt itself would
    // take it for a table of more columns and pad it.
    QStandardItemModel other(1, 3);
    QTableView otherView;
    otherView.setModel(&other);
    otherView.horizontalHeader()->resizeSection(1, 777);
    otherView.horizontalHeader()->hideSection(0);
    const QString table = QStringLiteral("suspectsView");
    {
        QSettings s;
        s.setValue(ColumnMemory::key(table), otherView.horizontalHeader()->saveState());
        s.setValue(ColumnMemory::key(table) + QStringLiteral("Columns"), 3);
    }
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    QTableView *view = showTable(w, table);
    QVERIFY(view);
    QVERIFY(view->model()->columnCount() > 3);
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(!header->isSectionHidden(0));
    QVERIFY(header->sectionSize(1) != 777);
    // The default widths: every column at least as wide as its header's text (fitColumns()).
    for (int c = 0; c + 1 < view->model()->columnCount(); ++c)
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c) ||
                     header->sectionSize(c) == TableTools::kMaxFitWidth,
                 qPrintable(QString::number(c)));
}

QTEST_MAIN(TestGuiColumns)
#include "tst_gui_columns.moc"
