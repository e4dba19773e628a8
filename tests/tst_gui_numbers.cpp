// The Numbers (号码) page on the sample case, offscreen: every number listed with its verdict, the
// filters and presets, and a click showing a number's details here and in the details panel.
#include "analysis/numbersmodel.h"
#include "case/verdictoverrides.h"
#include "entitypanel.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "numberspage.h"
#include "numbersselector.h"
#include "verdictdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace dt;
using namespace dt::ui;
using analysis::NumbersModel;

class TestGuiNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageListsEveryNumber();
    void analystJudgesANumber();
    void largeTableIsOrderedOnAWorker();
    void rowsAreThoseComputedInProcess();

private:
    QTemporaryDir m_dir;
};

void TestGuiNumbers::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestGuiNumbers::pageListsEveryNumber()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    NumbersPage *page = w.numbersPage();
    QVERIFY(page);
    QTabWidget *tabs = w.casePage()->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Numbers"));
    // Nothing is profiled until the page is shown.
    QVERIFY(!page->isBuilding());
    QCOMPARE(page->model()->rowCount(), 0);
    tabs->setCurrentWidget(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding() && page->model()->rowCount() > 0, 60000);
    const auto table = page->model()->table();
    QVERIFY(table);
    const analysis::Findings &f = *table->findings();
    QVERIFY(!f.isEmpty());
    QCOMPARE(page->model()->rowCount(), int(table->rows().size()));
    // The status line says what the page holds once it holds it, not "Profiling…" still.
    const QLabel *status = page->findChild<QLabel *>(QStringLiteral("numbersStatus"));
    QVERIFY(status);
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->text().startsWith(QString::number(table->rows().size()) + QStringLiteral(" numbers: ")),
        qPrintable(status->text()), dttest::kStateTimeoutMs);
    // Top talkers first by default.
    QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), int(NumbersModel::CallsOut));
    QVERIFY(page->model()->index(0, NumbersModel::CallsOut).data(Qt::EditRole).toLongLong() >=
            page->model()->index(1, NumbersModel::CallsOut).data(Qt::EditRole).toLongLong());
    // The verdict filter lists exactly the run's legitimate numbers.
    page->verdictFilter()->setCurrentIndex(
        page->verdictFilter()->findData(int(analysis::Verdict::Legitimate)));
    QCOMPARE(page->model()->rowCount(), int(f.legitimate.size()));
    // A preset orders by complainants.
    page->verdictFilter()->setCurrentIndex(0);
    page->applyPreset(int(NumbersModel::Preset::MostComplained));
    QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), int(NumbersModel::Complainants));
    // A click on the top suspect shows its verdict, score, operator and reasons, and the details panel
    // follows.
    page->verdictFilter()->setCurrentIndex(page->verdictFilter()->findData(int(analysis::Verdict::Suspect)));
    QCOMPARE(page->model()->rowCount(), int(f.suspects.size()));
    const QModelIndex first = page->model()->index(0, NumbersModel::Number);
    const QString number = first.data().toString();
    const analysis::NumberRow *row = page->model()->rowAt(0);
    QVERIFY(row && row->finding);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->visualRect(first).center());
    const QString details = page->details()->toPlainText();
    QVERIFY2(details.contains(number), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("suspect")));
    QVERIFY(details.contains(QString::number(row->score, 'f', 2)));
    if (!row->operatorId.isEmpty())
        QVERIFY(details.contains(row->operatorId));
    QVERIFY(details.contains(analysis::describe(row->finding->reasons.first(), analysis::Language::English)));
    QVERIFY(dttest::entityShown(w.entityPanel()));
    QCOMPARE(w.entityPanel()->details().key, number);
    // The text filter.
    page->searchBox()->setText(number);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->details()->toPlainText().contains(number)); // still selected
    // In Chinese: the tab, the verdicts and the reasons.
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("号码")); // LanguageChange is posted
    QCOMPARE(page->model()->index(0, NumbersModel::Verdict).data().toString(), QStringLiteral("可疑"));
    QVERIFY(page->details()->toPlainText().contains(
        analysis::describe(row->finding->reasons.first(), analysis::Language::Chinese)));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Numbers"));
}

void TestGuiNumbers::analystJudgesANumber()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    NumbersPage *page = w.numbersPage();
    w.casePage()->tabs()->setCurrentWidget(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding() && page->model()->rowCount() > 0, 60000);
    QVERIFY(!page->judgeButton()->isEnabled()); // nothing selected
    // A legitimate bulk caller the analyst knows to be a call centre.
    page->verdictFilter()->setCurrentIndex(
        page->verdictFilter()->findData(int(analysis::Verdict::Legitimate)));
    QVERIFY(page->model()->rowCount() > 0);
    const QModelIndex first = page->model()->index(0, NumbersModel::Number);
    const QString number = first.data().toString();
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->visualRect(first).center());
    QVERIFY(page->judgeButton()->isEnabled());
    bool okWithoutReason = true;
    QTimer::singleShot(0, this, [&] {
        auto *d = qobject_cast<VerdictDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        QVERIFY(d->windowTitle().contains(number));
        d->verdictBox()->setCurrentIndex(d->verdictBox()->findData(QStringLiteral("suspect")));
        QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okWithoutReason = ok->isEnabled(); // a verdict needs a reason
        d->reasonBox()->setPlainText(QStringLiteral("the carrier confirms a call centre"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    page->judgeButton()->click();
    QVERIFY(!okWithoutReason);
    const QVector<VerdictOverride> all = VerdictOverrides::all(w.currentCase()->db());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().number, number);
    QCOMPARE(all.first().verdict, QStringLiteral("suspect"));
    QCOMPARE(all.first().reason, QStringLiteral("the carrier confirms a call centre"));
    QCOMPARE(w.currentCase()->audit().entries().last().action, QStringLiteral("verdict"));
    // Said in the details until a run applies it.
    QVERIFY2(page->details()->toPlainText().contains(QStringLiteral("the carrier confirms a call centre")),
             qPrintable(page->details()->toPlainText()));
}

void TestGuiNumbers::largeTableIsOrderedOnAWorker()
{
    // A table of a million numbers is filtered and ordered on a worker: the sample case's, made to
    // count as large. The rows shown stay until the new ones are ready, then are the same as at once.
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    NumbersPage *page = w.numbersPage();
    page->selector()->setSyncRows(0);
    NumbersModel *m = page->model();
    w.casePage()->tabs()->setCurrentWidget(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding() && m->rowCount() > 0, 60000);
    const auto table = m->table();
    const auto rowsOf = [m] {
        QStringList keys;
        for (int r = 0; r < m->rowCount(); ++r)
            keys << m->rowAt(r)->key;
        return keys;
    };
    const auto expected = [&table](const analysis::NumberFilter &f, int column) {
        QStringList keys;
        for (int i : NumbersModel::select(*table, f, column, Qt::DescendingOrder))
            keys << table->rows()[size_t(i)].key;
        return keys;
    };
    QCOMPARE(rowsOf(), expected({}, NumbersModel::CallsOut));
    // The number looked at stays selected through a new order.
    page->view()->selectRow(3);
    const QString looked = m->rowAt(3)->key;
    page->view()->horizontalHeader()->setSortIndicator(NumbersModel::Complainants, Qt::DescendingOrder);
    QVERIFY(page->isBuilding());
    QCOMPARE(m->sortColumn(), int(NumbersModel::CallsOut)); // the old order until the new one is ready
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding(), 60000);
    QCOMPARE(m->sortColumn(), int(NumbersModel::Complainants));
    QCOMPARE(rowsOf(), expected({}, NumbersModel::Complainants));
    QCOMPARE(m->rowAt(page->view()->currentIndex().row())->key, looked);
    // Filters too; two asked at once: the last one shows.
    page->verdictFilter()->setCurrentIndex(
        page->verdictFilter()->findData(int(analysis::Verdict::Legitimate)));
    page->verdictFilter()->setCurrentIndex(page->verdictFilter()->findData(int(analysis::Verdict::Suspect)));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding(), 60000);
    analysis::NumberFilter suspects;
    suspects.verdict = int(analysis::Verdict::Suspect);
    QCOMPARE(rowsOf(), expected(suspects, NumbersModel::Complainants));
    QCOMPARE(m->rowCount(), int(table->findings()->suspects.size()));
}

void TestGuiNumbers::rowsAreThoseComputedInProcess()
{
    // The page's rows come from a dialtrace-cli process (the call table and its index never sit in
    // the GUI's memory): the very figures and judgements a table built in this process has.
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    NumbersPage *page = w.numbersPage();
    w.casePage()->tabs()->setCurrentWidget(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding() && page->model()->rowCount() > 0, 60000);
    const auto shown = page->model()->table();
    QVERIFY(shown);
    analysis::NumbersTable here;
    QVERIFY2(analysis::NumbersTable::build(w.currentCase()->db(), shown->findings(), w.currentCase()->clock(),
                                           &here, &error),
             qPrintable(error));
    QCOMPARE(shown->rows().size(), here.rows().size());
    for (size_t k = 0; k < here.rows().size(); ++k) {
        const analysis::NumberRow &a = shown->rows()[k], &b = here.rows()[k];
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.numberClass, b.numberClass);
        QCOMPARE(a.callsOut, b.callsOut);
        QCOMPARE(a.callsIn, b.callsIn);
        QCOMPARE(a.distinctCallees, b.distinctCallees);
        QVERIFY(a.answeredShare == b.answeredShare); // exactly (QCOMPARE of doubles is fuzzy)
        QVERIFY(a.meanDuration == b.meanDuration);
        QCOMPARE(a.activeDays, b.activeDays);
        QVERIFY(a.nightShare == b.nightShare);
        QCOMPARE(a.complainants, b.complainants);
        QCOMPARE(a.calledBackBy, b.calledBackBy);
        QCOMPARE(a.verdict, b.verdict);
        QVERIFY(a.score == b.score);
        QCOMPARE(a.finding, b.finding); // the same findings' suspect
        QCOMPARE(a.operatorId, b.operatorId);
    }
    // The view shows them: the first row's figures are the table's.
    const analysis::NumberRow *first = page->model()->rowAt(0);
    QVERIFY(first);
    QCOMPARE(page->model()->index(0, NumbersModel::Number).data().toString().isEmpty(), false);
    QCOMPARE(page->model()->index(0, NumbersModel::CallsOut).data(Qt::EditRole).toLongLong(),
             first->callsOut);
}

QTEST_MAIN(TestGuiNumbers)
#include "tst_gui_numbers.moc"
