// The charts at the window sizes analysts have (1366x768 and 1600x1000), offscreen: the lag chart's
// key never runs past the chart, the leak matrix's headers are as wide as the lists' names need.
#include "activitycharts.h"
#include "guiutil.h"
#include "languagemanager.h"
#include "leakspage.h"
#include "qcustomplotinclude.h"

#include <QHeaderView>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

class TestGuiCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void lagKeysFitTheChart_data();
    void lagKeysFitTheChart();
    void matrixHeadersFitAtLaptopSize_data();
    void matrixHeadersFitAtLaptopSize();

private:
    QTemporaryDir m_dir;
};

void TestGuiCharts::initTestCase()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
}

void TestGuiCharts::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestGuiCharts::lagKeysFitTheChart_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("width");
    // The lag chart's width in the analysis page at 1366x768 and 1600x1000, and a narrow one.
    for (const char *lang : {"zh_CN", "en"})
        for (int width : {440, 620, 260})
            // newRow with a built tag: GCC's -O3 format check misreads addRow("%s") over this list.
            QTest::newRow(QByteArray(QByteArray(lang) + ' ' + QByteArray::number(width)).constData())
                << QString::fromLatin1(lang) << width;
}

void TestGuiCharts::lagKeysFitTheChart()
{
    QFETCH(QString, lang);
    QFETCH(int, width);
    LanguageManager::instance().setLanguage(lang);
    analysis::Activity a;
    a.calls = 100;
    for (const char *name : {"leak_resold_compilation", "leak_insurance_giveaway", "leak_loan_app_users",
                             "leak_education_parents_of_the_eastern_district"})
        a.leakLags.append(
            {QString::fromLatin1(name), QStringLiteral("2026-06-01"), QVector<double>(150, 40.0)});
    ActivityCharts charts;
    charts.resize(width, 700);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    charts.setActivity(a, QStringLiteral("OPR-001"));
    QCustomPlot *lag = charts.lagPlot();
    lag->replot();
    QCPLegend *legend = lag->legend;
    QCOMPARE(legend->itemCount(), ActivityCharts::kLagLists);
    QVERIFY(legend->rowCount() <= 2); // the bars keep their height
    for (int i = 0; i < legend->itemCount(); ++i) {
        QCPAbstractLegendItem *item = legend->item(i);
        const QRect r = item->outerRect();
        // Never cut: the key's text and icon in its cell, the cell in the chart.
        QVERIFY2(item->minimumOuterSizeHint().width() <= r.width(),
                 qPrintable(QStringLiteral("key %1: %2 > %3")
                                .arg(i)
                                .arg(item->minimumOuterSizeHint().width())
                                .arg(r.width())));
        QVERIFY2(r.left() >= 0 && r.right() <= lag->width(), qPrintable(QString::number(i)));
    }
    // The names are there, in full where the width allows (a 440 px chart of four Chinese keys
    // shortens the longest in the middle).
    auto *first = static_cast<QCPPlottableLegendItem *>(legend->item(0));
    QVERIFY(first->plottable()->name().contains(width >= 620 ? QStringLiteral("leak_resold_compilation")
                                                             : QStringLiteral("leak_")));
}

void TestGuiCharts::matrixHeadersFitAtLaptopSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestGuiCharts::matrixHeadersFitAtLaptopSize()
{
    QFETCH(QSize, size);
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    MainWindow w;
    w.resize(size);
    w.show();
    QString error;
    QVERIFY2(dttest::openSample(w, &error), qPrintable(error));
    w.entityPanel()->show();
    w.casePage()->tabs()->setCurrentWidget(w.leaksPage());
    auto *matrix = w.leaksPage()->findChild<QTableView *>(QStringLiteral("leakMatrixView"));
    QVERIFY(matrix);
    QTRY_VERIFY(matrix->isVisible() && matrix->model()->columnCount() >= 5);
    QHeaderView *header = matrix->horizontalHeader();
    // Each list's name needs its longest piece (wrapped after underscores) on a line of its own.
    for (int c = 0; c < matrix->model()->columnCount(); ++c)
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(matrix->model()->headerData(c, Qt::Horizontal).toString())
                                .arg(header->sectionSize(c))
                                .arg(header->sectionSizeHint(c))));
    // More than one operator's row is in sight.
    QVERIFY(matrix->rowAt(matrix->viewport()->height() - 1) != 0);
}

QTEST_MAIN(TestGuiCharts)
#include "tst_gui_charts.moc"
