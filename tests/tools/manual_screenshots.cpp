// The user manual's screenshots (resources/manual/LANG/img): the GUI on the sample case, in one
// language, 1600x1000 unless a size is given, each view as an analyst sees it. Not a test: run it when
// the views change,
//   HOME=/home/analyst XDG_DATA_HOME=/home/analyst/.local/share XDG_CONFIG_HOME=/home/analyst/.config
//   QT_QPA_PLATFORM=offscreen build/dev/tests/manual_screenshots zh_CN resources/manual/zh_CN/img
// and for docs/images at the two window sizes analysts have (a laptop's 1366x768 included):
//   … manual_screenshots zh_CN docs/images/zh-1366 1366x768
// (a home of its own: the sample case is made there and its path shows; then compress the PNGs). Dialogs are
// drawn over the window where they would open.
#include "analysis/findingsmodels.h"
#include "analysis/leakmodels.h"
#include "analysis/numbersmodel.h"
#include "analysispage.h"
#include "case/casefile.h"
#include "casepage.h"
#include "dt/version.h"
#include "entitypanel.h"
#include "graph/linkgraph.h"
#include "helpwindow.h"
#include "importwizard.h"
#include "languagemanager.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "numberspage.h"
#include "reportdialog.h"
#include "violationspage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace dt::ui;

namespace {

/// Lets the window's workers (charts, layouts, previews) finish and paint.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(const QPixmap &p, const QString &dir, const char *name)
{
    const QString path = QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png"));
    const bool ok = p.save(path, "PNG", 9);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

/// @p dialog drawn over @p window, centred, as the window manager would place it.
QPixmap over(QWidget *window, QWidget *dialog)
{
    QPixmap shot = window->grab();
    const QPixmap top = dialog->grab();
    QPainter p(&shot);
    p.fillRect(QRect(QPoint(), shot.size()), QColor(0, 0, 0, 60));
    const QPoint at((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 2);
    p.drawPixmap(at, top);
    p.setPen(QColor(90, 90, 90));
    p.drawRect(QRect(at, top.size()).adjusted(-1, -1, 0, 0));
    return shot;
}

void showTab(MainWindow &w, QWidget *page)
{
    w.casePage()->tabs()->setCurrentWidget(page);
    settle(1500);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(DT_ORG_NAME));
    QApplication::setApplicationName(QStringLiteral("DialTrace"));
    const QStringList args = QCoreApplication::arguments();
    const QStringList wh = args.value(3, QStringLiteral("1600x1000")).split(QLatin1Char('x'));
    const int width = wh.value(0).toInt(), height = wh.value(1).toInt();
    if (args.size() < 3 || args.size() > 4 || width < 800 || height < 600) {
        QTextStream(stderr) << "usage: manual_screenshots LANG OUTDIR [WIDTHxHEIGHT]\n";
        return 2;
    }
    const QString lang = args.at(1), out = args.at(2);
    QDir().mkpath(out);
    LanguageManager::instance().setLanguage(lang);

    MainWindow w;
    // At its default minimum width the details panel makes the window 12 px wider than the shots.
    w.entityPanel()->setMinimumWidth(400);
    w.resize(width, height);
    w.show();
    settle(500);
    bool ok = save(w.grab(), out, "welcome");

    QString error;
    if (!w.openSampleCase(&error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    for (int k = 0; k < 3000 && !w.currentCase(); ++k)
        settle(100);
    if (!w.currentCase())
        return 1;
    w.resize(width, height);
    settle(2000);
    const QString files = QFileInfo(w.currentCase()->path()).absolutePath() + QStringLiteral("/files");

    // Suspects and operators: the first operator, its charts and details.
    showTab(w, w.analysisPage());
    w.linkSelection(int(dt::graph::NodeType::Operator), QStringLiteral("OPR-001"));
    settle(3000);
    ok &= save(w.grab(), out, "suspects");

    // A suspect number: its score, reasons and details.
    const QString number = w.analysisPage()
                               ->suspectsProxy()
                               ->index(0, 0)
                               .data(dt::analysis::SuspectsModel::NumberRole)
                               .toString();
    w.analysisPage()->suspectsView()->selectRow(0);
    settle(3000);
    ok &= save(w.grab(), out, "suspect-number");

    showTab(w, w.leaksPage());
    w.leaksPage()->selectList(
        w.leaksPage()->listsModel()->index(0, 0).data(dt::analysis::LeakListsModel::SourceRole).toString());
    settle(2000);
    ok &= save(w.grab(), out, "leaks");

    showTab(w, w.linkChart());
    w.linkSelection(int(dt::graph::NodeType::Operator), QStringLiteral("OPR-001"));
    settle(6000);
    ok &= save(w.grab(), out, "link-chart");

    showTab(w, w.violationsPage());
    w.violationsPage()->violationsView()->selectRow(0);
    settle(1500);
    ok &= save(w.grab(), out, "violations");

    // Every number, top talkers first, the busiest one judged legitimate selected with its reasons.
    showTab(w, w.numbersPage());
    for (int k = 0; k < 600 && w.numbersPage()->isBuilding(); ++k)
        settle(100);
    if (const auto table = w.numbersPage()->model()->table()) {
        const std::vector<int> legit = table->select({int(dt::analysis::Verdict::Legitimate), -1, {}},
                                                     dt::analysis::NumberSort::CallsOut, true, 1);
        if (!legit.empty())
            w.numbersPage()->selectNumber(table->rows()[size_t(legit.front())].key);
    }
    settle(2000);
    ok &= save(w.grab(), out, "numbers");

    // The case's own tabs: calls (following the selected number), then sources after Verify.
    QTabWidget *tabs = w.casePage()->tabs();
    tabs->setCurrentIndex(tabs->indexOf(w.numbersPage()) + 1);
    if (!number.isEmpty())
        w.linkSelection(int(dt::graph::NodeType::Number), number);
    settle(2000);
    ok &= save(w.grab(), out, "calls");
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == QLatin1String("sourcesView"))
            tabs->setCurrentIndex(i);
    w.casePage()->startVerify();
    for (int k = 0; k < 600 && w.casePage()->isVerifying(); ++k)
        settle(100);
    settle(500);
    ok &= save(w.grab(), out, "verify");

    // The import wizard on the sample's carrier CDR, then the report dialog.
    if (ImportWizard *wizard = w.importFiles({files + QStringLiteral("/cdr_carrier.csv")})) {
        wizard->resize(qMin(1280, width - 60), qMin(820, height - 60));
        settle(4000);
        ok &= save(over(&w, wizard), out, "import");
        wizard->reject();
        settle(300);
    }
    {
        ReportDialog dialog(w.currentCase(), &w);
        dialog.setLanguage(lang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh")
                                                                : QStringLiteral("en"));
        dialog.resize(qMin(1300, width - 40), qMin(860, height - 40));
        dialog.show();
        settle(8000);
        ok &= save(over(&w, &dialog), out, "report");
    }
    // The manual itself, on its generated table of shortcuts.
    HelpWindow *help = HelpWindow::showFor(&w, QStringLiteral("shortcuts.html"));
    help->resize(width, height);
    settle(1000);
    ok &= save(help->grab(), out, "help-window");
    return ok ? 0 : 1;
}
