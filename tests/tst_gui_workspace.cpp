// The workspace across cases and selections, offscreen: opening another case resets every view,
// the details panel tells a number's verdict, score, reasons and operator, and a single click in
// any table that drives the details panel updates it.
#include "analysis/describe.h"
#include "analysis/detection.h"
#include "analysis/findingsmodels.h"
#include "analysis/numbersmodel.h"
#include "analysis/violationsmodel.h"
#include "analysispage.h"
#include "case/callsmodel.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "numberspage.h"
#include "tabletools.h"
#include "violationspage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace dt;
using namespace dt::ui;

namespace {

QString detailsText(MainWindow &w)
{
    return w.entityPanel()->findChild<QTextBrowser *>(QStringLiteral("detailsView"))->toPlainText();
}

/// The hint over an empty table ("no matches"), or null when the table has none.
QLabel *emptyHint(QTableView *view)
{
    return view->viewport()->findChild<QLabel *>(view->objectName() + QStringLiteral("EmptyHint"));
}

bool hintShown(QTableView *view)
{
    QLabel *hint = emptyHint(view);
    return hint && hint->isVisible() && !hint->text().isEmpty();
}

} // namespace

class TestGuiWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void reopeningAnotherCaseResetsEveryView();
    void detailsTellANumbersVerdict_data();
    void detailsTellANumbersVerdict();
    void violationSelectsOnSingleClick();
    void windowFitsALaptopScreen_data();
    void windowFitsALaptopScreen();

private:
    /// The sample case, opened in @p w, with its latest findings.
    bool openSample(MainWindow &w, analysis::Findings *findings);
    QTemporaryDir m_dir;
};

void TestGuiWorkspace::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestGuiWorkspace::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

bool TestGuiWorkspace::openSample(MainWindow &w, analysis::Findings *findings)
{
    QString error;
    if (!dttest::openSample(w, &error)) {
        qWarning() << error;
        return false;
    }
    *findings = analysis::Detector::latestFindings(*w.currentCase(), &error);
    return !findings->isEmpty();
}

void TestGuiWorkspace::reopeningAnotherCaseResetsEveryView()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    analysis::Findings f;
    QVERIFY(openSample(w, &f));
    QVERIFY(!f.operators.empty() && !f.violations.empty());
    // Case B: a copy of the sample, taken while no connection holds it.
    const QString a = w.currentCase()->path();
    const QString b = m_dir.filePath(QStringLiteral("b.dtcase"));
    w.closeCase();
    QVERIFY(QFile::copy(a, b));
    QString error;
    QVERIFY2(dttest::openCase(w, a, &error), qPrintable(error));

    // Case A: a filter, a query, a selection and a sort in every view.
    QTabWidget *tabs = w.casePage()->tabs();
    AnalysisPage *analysis = w.analysisPage();
    analysis->operatorsView()->selectRow(0);
    QVERIFY(analysis->suspectsProxy()->rowCount() < analysis->suspectsModel()->rowCount());
    analysis->suspectsView()->selectRow(0);
    ViolationsPage *violations = w.violationsPage();
    violations->violationsView()->sortByColumn(1, Qt::DescendingOrder);
    violations->violationsView()->selectRow(0);
    NumbersPage *numbers = w.numbersPage();
    tabs->setCurrentWidget(numbers);
    QTRY_VERIFY_WITH_TIMEOUT(!numbers->isBuilding() && numbers->model()->rowCount() > 0,
                             dttest::kStateTimeoutMs);
    numbers->verdictFilter()->setCurrentIndex(1);
    numbers->searchBox()->setText(QStringLiteral("no such number"));
    QCOMPARE(numbers->model()->rowCount(), 0);
    QVERIFY(hintShown(numbers->view())); // an empty result says so
    QVERIFY(emptyHint(numbers->view())->text().contains(QStringLiteral("No matches")));
    QVERIFY(w.linkChart()->selectEntity(graph::NodeType::Number, f.operators.front().numbers.first()));
    QVERIFY(!w.linkChart()->selectedNodes().empty());
    tabs->setCurrentWidget(w.casePage()->callsView()->parentWidget());
    const QString number = f.suspects.front().key;
    w.casePage()->callsFilter()->setText(number);
    QTest::keyClick(w.casePage()->callsFilter(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
    QCOMPARE(w.casePage()->callsModel()->numberFilter(), number);
    w.casePage()->callsView()->selectRow(0);
    w.leaksPage()->trailBox()->setText(number);
    QVERIFY(dttest::showEntity(w.entityPanel(), number));
    w.entityPanel()->searchBox()->setText(number);
    w.entityPanel()->noteBox()->setText(QStringLiteral("half-typed note"));

    QVERIFY2(dttest::openCase(w, b, &error), qPrintable(error));
    QCOMPARE(w.currentCase()->path(), b);

    // Every view of case B starts afresh.
    QVERIFY(w.casePage()->callsFilter()->text().isEmpty());
    QVERIFY(w.casePage()->callsModel()->numberFilter().isEmpty());
    QVERIFY(w.entityPanel()->searchBox()->text().isEmpty());
    QVERIFY(w.entityPanel()->noteBox()->text().isEmpty());
    QVERIFY(w.entityPanel()->details().input.isEmpty());
    QVERIFY(w.leaksPage()->trailBox()->text().isEmpty());
    QVERIFY(analysis->operatorsView()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(analysis->suspectsView()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(analysis->suspectsProxy()->rowCount(), analysis->suspectsModel()->rowCount());
    QVERIFY(analysis->suspectsModel()->rowCount() > 0);
    QCOMPARE(violations->violationsView()->horizontalHeader()->sortIndicatorSection(), -1);
    QVERIFY(violations->violationsView()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(w.linkChart()->selectedNodes().empty());
    QCOMPARE(numbers->verdictFilter()->currentIndex(), 0);
    QVERIFY(numbers->searchBox()->text().isEmpty());
    QCOMPARE(numbers->view()->horizontalHeader()->sortIndicatorSection(),
             int(analysis::NumbersModel::CallsOut));
    tabs->setCurrentWidget(numbers);
    QTRY_VERIFY_WITH_TIMEOUT(!numbers->isBuilding() && numbers->model()->rowCount() > 0,
                             dttest::kStateTimeoutMs);
    QCOMPARE(numbers->model()->rowCount(), int(numbers->model()->table()->rows().size()));
    QVERIFY(!hintShown(numbers->view()));

    // The calls table lists every call of B, its columns sized to their header and first row.
    QTableView *calls = w.casePage()->callsView();
    tabs->setCurrentWidget(calls->parentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
    QVERIFY(calls->model()->rowCount() > 0);
    QVERIFY(calls->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!hintShown(calls));
    QHeaderView *header = calls->horizontalHeader();
    const QFontMetrics fm(calls->font());
    for (int c = 0; c + 1 < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int wanted =
            std::min(std::max(header->sectionSizeHint(c),
                              fm.horizontalAdvance(calls->model()->index(0, c).data().toString())),
                     TableTools::kMaxFitWidth);
        QVERIFY2(
            header->sectionSize(c) >= wanted,
            qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(header->sectionSize(c)).arg(wanted)));
    }

    // A number with no call says so over the empty table.
    const QString leakOnly = QStringLiteral("+8613000000000");
    w.casePage()->filterCalls(leakOnly);
    QTRY_VERIFY_WITH_TIMEOUT(!w.casePage()->callsLoading(), dttest::kStateTimeoutMs);
    QCOMPARE(calls->model()->rowCount(), 0);
    QVERIFY(hintShown(calls));
    // Cleared: every call again, columns not crushed.
    w.casePage()->callsFilter()->clear();
    QVERIFY(calls->model()->rowCount() > 0);
    QVERIFY(!hintShown(calls));
    QVERIFY(header->sectionSize(0) >= std::min(header->sectionSizeHint(0), TableTools::kMaxFitWidth));
}

void TestGuiWorkspace::detailsTellANumbersVerdict_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh_CN");
}

void TestGuiWorkspace::detailsTellANumbersVerdict()
{
    QFETCH(QString, language);
    LanguageManager::instance().setLanguage(language);
    const analysis::Language lang = analysis::languageFromCode(language);
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    analysis::Findings f;
    QVERIFY(openSample(w, &f));
    QVERIFY(!f.legitimate.empty());
    // A suspect of an operator: its score, verdict, category, reasons and the operator's id.
    const analysis::Operator &op = f.operators.front();
    const analysis::Suspect *suspect = nullptr;
    for (const analysis::Suspect &s : f.suspects)
        if (op.numbers.contains(s.key) && !s.reasons.isEmpty())
            suspect = &s;
    QVERIFY(suspect);
    QVERIFY(dttest::showEntity(w.entityPanel(), suspect->key));
    QString text = detailsText(w);
    QVERIFY2(text.contains(QString::number(suspect->score, 'f', 2)), qPrintable(text));
    QVERIFY(text.contains(analysis::displayName(analysis::Verdict::Suspect, lang)));
    QVERIFY(text.contains(analysis::displayName(suspect->category, lang)));
    QVERIFY(text.contains(op.id));
    QVERIFY(w.entityPanel()->html().contains(QStringLiteral("dt:") + op.id)); // a link to the operator
    for (const analysis::Reason &r : suspect->reasons) {
        QVERIFY2(text.contains(analysis::describe(r, lang)), qPrintable(analysis::describe(r, lang)));
        if (lang == analysis::Language::Chinese) // no English sentence in Chinese
            QVERIFY(!text.contains(analysis::describe(r, analysis::Language::English)));
    }
    // A legitimate number: its verdict and the reason it was judged so.
    const analysis::Suspect &legit = f.legitimate.front();
    QVERIFY(!legit.reasons.isEmpty());
    QVERIFY(dttest::showEntity(w.entityPanel(), legit.key));
    text = detailsText(w);
    QVERIFY2(text.contains(analysis::displayName(analysis::Verdict::Legitimate, lang)), qPrintable(text));
    QVERIFY(text.contains(analysis::describe(legit.reasons.front(), lang)));
    if (lang == analysis::Language::Chinese)
        QVERIFY(!text.contains(analysis::describe(legit.reasons.front(), analysis::Language::English)));
}

void TestGuiWorkspace::violationSelectsOnSingleClick()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    analysis::Findings f;
    QVERIFY(openSample(w, &f));
    ViolationsPage *page = w.violationsPage();
    w.casePage()->tabs()->setCurrentWidget(page);
    QTableView *view = page->violationsView();
    QVERIFY(view->model()->rowCount() > 1);
    // A single click on a row (no double-click, no Return) shows its number in the details panel;
    // then one on a row of another number.
    const auto numberAt = [view](int row) {
        return view->model()->index(row, 0).data(analysis::ViolationsModel::NumberRole).toString();
    };
    int other = 1;
    while (other < view->model()->rowCount() && numberAt(other) == numberAt(0))
        ++other;
    QVERIFY(other < view->model()->rowCount());
    for (int row : {0, other}) {
        view->scrollTo(view->model()->index(row, 0));
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        const QString number = numberAt(row);
        QVERIFY(!number.isEmpty());
        QVERIFY(dttest::entityShown(w.entityPanel()));
        QTRY_COMPARE_WITH_TIMEOUT(w.entityPanel()->details().key, number, dttest::kStateTimeoutMs);
    }
}

void TestGuiWorkspace::windowFitsALaptopScreen_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("zh") << "zh_CN";
    QTest::newRow("en") << "en";
}

// A 1366x768 laptop is a common analyst's screen: with a case open, every view and the details panel
// shown, the window must be able to fit it (it could not: the case's file line and the charts'
// minimum sizes made it at least 1507x843).
void TestGuiWorkspace::windowFitsALaptopScreen()
{
    QFETCH(QString, lang);
    LanguageManager::instance().setLanguage(lang);
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    analysis::Findings f;
    QVERIFY(openSample(w, &f));
    w.entityPanel()->show();
    QTabWidget *tabs = w.casePage()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        QVERIFY2(
            min.width() <= 1366 && min.height() <= 740, // the screen less a taskbar
            qPrintable(
                QStringLiteral("tab %1: %2x%3").arg(tabs->tabText(i)).arg(min.width()).arg(min.height())));
    }
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiWorkspace)
#include "tst_gui_workspace.moc"
