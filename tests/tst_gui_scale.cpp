// The workspace at the size of real cases, checked on a small one: opening a case reads only the
// first pages of the lazy calls table (column widths come from the header and the first rows, not
// from every call), and the case opens off the GUI thread (the window keeps answering while the
// opening waits, and the opening can be cancelled). How long each step takes on a 10M-call case is
// measured by tests/bench/bench_gui, not here.
#include "analysis/detection.h"
#include "case/callsmodel.h"
#include "case/casefile.h"
#include "casepage.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "openingpage.h"
#include "samplebuild.h"
#include "testutil.h"
#include "welcomepage.h"

#include <atomic>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

using namespace dt;
using namespace dt::ui;

class TestGuiScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openingReadsOnlyTheFirstPages();
    void openingLeavesTheWindowResponsive();
    void openingCanBeCancelled();
    void callsAreShownAWindowAtATime();

private:
    QTemporaryDir m_dir;
    QString m_case;
    QString m_busiest; ///< the number with the most calls
};

void TestGuiScale::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QJsonObject truth;
    m_case = dttest::buildSampleCase(m_dir.path(), 4, &truth);
    QVERIFY(!m_case.isEmpty());
    QString error;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadWrite, &error);
    QVERIFY2(cf, qPrintable(error));
    QVERIFY2(analysis::Detector::analyzeCase(*cf, {}, &error) > 0, qPrintable(error));
    m_busiest = cf->db()
                    .scalar(QStringLiteral("SELECT n.value FROM calls c JOIN numbers n ON n.id = c.caller "
                                           "GROUP BY c.caller ORDER BY count(*) DESC LIMIT 1"))
                    .toString();
    QVERIFY(!m_busiest.isEmpty());
}

void TestGuiScale::openingReadsOnlyTheFirstPages()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(dttest::openCase(w, m_case, &error), qPrintable(error));
    CallsModel *calls = w.casePage()->callsModel();
    QTableView *view = w.casePage()->callsView();
    const int pages = (calls->rowCount() + CallsModel::kPageSize - 1) / CallsModel::kPageSize;
    QVERIFY2(pages >= 20, qPrintable(QString::number(pages)));
    // Opened, with its tables sized: at most the first page read.
    QVERIFY2(calls->pagesRead() <= 1, qPrintable(QString::number(calls->pagesRead())));
    // The Calls tab shown and painted: the rows on screen, still the first page.
    w.casePage()->tabs()->setCurrentWidget(view->parentWidget());
    view->viewport()->repaint();
    QVERIFY(calls->pagesRead() >= 1);
    QVERIFY2(calls->pagesRead() <= 1, qPrintable(QString::number(calls->pagesRead())));
    // Scrolled to the middle: the pages under the rows shown, no more.
    const qint64 before = calls->pagesRead();
    view->scrollTo(calls->index(calls->rowCount() / 2, 0), QAbstractItemView::PositionAtCenter);
    view->viewport()->repaint();
    QVERIFY(calls->pagesRead() > before);
    QVERIFY2(calls->pagesRead() <= before + 2, qPrintable(QString::number(calls->pagesRead())));
    // Narrowed to the busiest number: its calls are listed off the GUI thread, then one page shown.
    const qint64 unfiltered = calls->pagesRead();
    w.casePage()->filterCalls(m_busiest);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
    QVERIFY(calls->rowCount() > 50);
    view->viewport()->repaint();
    QVERIFY2(calls->pagesRead() <= unfiltered + 1, qPrintable(QString::number(calls->pagesRead())));
}

void TestGuiScale::openingLeavesTheWindowResponsive()
{
    // Another program holds the case (a writer inside its transaction): the opening waits for it
    // inside SQLite, on a worker thread, while the window shows what it is doing and answers.
    Database holder;
    QVERIFY(holder.open(m_case, Database::OpenMode::ReadWrite));
    QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const int poolThreads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const auto restore =
        qScopeGuard([poolThreads] { QThreadPool::globalInstance()->setMaxThreadCount(poolThreads); });
    MainWindow w;
    w.show();
    QSignalSpy opened(&w, &MainWindow::caseOpened);
    QString error;
    QVERIFY2(w.openCase(m_case, &error), qPrintable(error));
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.openingPage()));
    QVERIFY(w.windowTitle().contains(QFileInfo(m_case).fileName()));
    bool answered = false;
    QTimer::singleShot(0, &w, [&answered] { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, dttest::kStateTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w.openingPage()->step().isEmpty(), dttest::kStateTimeoutMs);
    QVERIFY(w.isOpening()); // still waiting for the other writer
    // Qt's raster engine splits large fills over the global thread pool and the GUI thread waits
    // for them: the waiting opening holds none of its threads (here only one), so they still run.
    std::atomic_bool ran{false};
    QThreadPool::globalInstance()->start([&ran] { ran = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ran.load(), dttest::kStateTimeoutMs);
    QVERIFY(w.isOpening());
    QVERIFY(opened.isEmpty());
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY_WITH_TIMEOUT(w.currentCase(), dttest::kStateTimeoutMs);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.casePage()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLoadingFindings(), dttest::kStateTimeoutMs);
    QVERIFY(w.casePage()->callsModel()->rowCount() > 1000);
}

void TestGuiScale::openingCanBeCancelled()
{
    Database holder;
    QVERIFY(holder.open(m_case, Database::OpenMode::ReadWrite));
    QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    MainWindow w;
    w.show();
    QSignalSpy failed(&w, &MainWindow::caseOpenFailed);
    QString error;
    QVERIFY2(w.openCase(m_case, &error), qPrintable(error));
    QVERIFY(w.isOpening());
    QTest::mouseClick(w.openingPage()->cancelButton(), Qt::LeftButton);
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isOpening(), dttest::kStateTimeoutMs);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!w.currentCase());
    QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), static_cast<QWidget *>(w.welcomePage()));
    // The case was left as it was: it opens.
    QVERIFY2(dttest::openCase(w, m_case, &error), qPrintable(error));
}

void TestGuiScale::callsAreShownAWindowAtATime()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(dttest::openCase(w, m_case, &error), qPrintable(error));
    CallsModel *calls = w.casePage()->callsModel();
    QTableView *view = w.casePage()->callsView();
    w.casePage()->tabs()->setCurrentWidget(view->parentWidget());
    auto *bar = w.casePage()->findChild<QWidget *>(QStringLiteral("callsWindowBar"));
    auto *previous = bar->findChild<QToolButton *>(QStringLiteral("callsWindowPrevious"));
    auto *next = bar->findChild<QToolButton *>(QStringLiteral("callsWindowNext"));
    auto *label = bar->findChild<QLabel *>(QStringLiteral("callsWindowLabel"));
    const qint64 total = calls->totalRows();
    QVERIFY(total > 2500);
    QVERIFY(!bar->isVisible()); // every call fits in one window
    // Windows of 1,000 calls: the table holds 1,000 rows, the bar says which and moves on.
    calls->setWindowRows(1000);
    QVERIFY(bar->isVisible());
    QCOMPARE(view->model()->rowCount(), 1000);
    const qint64 first = calls->callId(0);
    const QLocale loc;
    const auto shown = [&loc, total](qint64 from, qint64 to) {
        return QStringLiteral("Calls %1–%2 of %3")
            .arg(loc.toString(from), loc.toString(to), loc.toString(total));
    };
    QCOMPARE(label->text(), shown(1, 1000));
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(calls->callId(0), first + 1000);
    QCOMPARE(label->text(), shown(1001, 2000));
    QVERIFY(previous->isEnabled());
    while (next->isEnabled())
        QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(calls->callId(view->model()->rowCount() - 1), first + total - 1); // the last call
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1000);
    // A number's calls start at their first window.
    w.casePage()->filterCalls(m_busiest);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
    QCOMPARE(calls->windowStart(), 0);
    QVERIFY(!previous->isEnabled());
}

QTEST_MAIN(TestGuiScale)
#include "tst_gui_scale.moc"
