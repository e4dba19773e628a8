// GUI benchmark: the real main window on a large case, walked as an analyst walks it. Each step is
// an action and the state it leads to (the case's header shown, a tab's rows, the charts drawn, a
// hub expanded…); for each the benchmark prints the wall time until that state, the longest block
// of the GUI thread meanwhile (an event-loop latency probe: a 2 ms timer that measures its own
// lateness, through the state and 150 ms after it, so the paints that follow count too) and the
// process's RSS and peak RSS.
// Targets (issue 32, 10M calls): header shown <= 2 s after start, the Calls tab's first page
// <= 200 ms after it is opened, no block over 100 ms in any step, peak RSS < 1.5 GB.
//
// Usage: bench_gui CASE [--in-place] [--shots DIR] [--skip-analysis] [--skip-report] [--skip-numbers]
//                  [--stacks]
//   CASE is copied to a temporary folder first (the walk adds notes, a run and a report) unless
//   --in-place. Build the 10M-call case with `dialtrace-cli sample DIR --scale large` and imports
//   (docs/benchmarks.md says how). Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "activitycharts.h"
#include "analysis/findingsmodels.h"
#include "analysis/leakmodels.h"
#include "analysis/numbersmodel.h"
#include "analysis/supportingcallsmodel.h"
#include "analysis/violationsmodel.h"
#include "analysispage.h"
#include "case/callsmodel.h"
#include "case/casefile.h"
#include "casepage.h"
#include "entitypanel.h"
#include "graph/linkgraph.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "numberspage.h"
#include "reportdialog.h"
#include "violationspage.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <execinfo.h>
#include <functional>
#include <pthread.h>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <thread>
#include <unistd.h>

using namespace dt;
using namespace dt::ui;

namespace {

QElapsedTimer g_start; // since main() began

/// --stacks: where the GUI thread is when it has not run its event loop for 60 ms (a watchdog
/// thread signals it; the handler prints its stack to stderr). For finding what blocks it.
std::atomic<qint64> g_beat{0};
std::atomic_bool g_watching{false};
void printStack(int)
{
    void *frames[64];
    const int n = backtrace(frames, 64);
    char line[64];
    const int len = std::snprintf(line, sizeof line, "  [stack of the GUI thread, blocked %lld ms]\n",
                                  (g_start.nsecsElapsed() - g_beat.load()) / 1000000);
    (void)!write(2, line, size_t(len));
    backtrace_symbols_fd(frames, n, 2);
}

/// The longest the GUI thread went without running its event loop, from its timer's lateness.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            g_beat = g_start.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last - kIntervalMs * 1000000LL);
            m_last = now;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_worst = 0;
    }
    /// The longest block so far, counting one that is still going on.
    double worstMs() const
    {
        const qint64 current = m_clock.nsecsElapsed() - m_last - kIntervalMs * 1000000LL;
        return double(std::max(m_worst, current)) / 1e6;
    }

private:
    static constexpr int kIntervalMs = 2;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_worst = 0;
};

/// Resident and peak resident memory of this process, MiB.
std::pair<double, double> rss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double now = 0, peak = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                now = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    }
    return {now, peak};
}

/// Runs the event loop until @p done holds or @p timeoutMs passed; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct Walk
{
    LatencyProbe probe;
    QWidget *window = nullptr;
    QString shots;
    int failures = 0, over = 0;

    void header()
    {
        std::printf("%-46s %10s %12s %9s %9s  %s\n", "step", "wall ms", "max block ms", "RSS MiB", "peak MiB",
                    "note");
    }
    /// Does @p action, waits for @p done; @p sinceStart: wall time counted from main().
    bool step(const char *name, const std::function<void()> &action, const std::function<bool()> &done,
              int timeoutMs = 60000, bool sinceStart = false, const QString &note = {})
    {
        waitUntil([] { return false; }, 50); // settle what the previous step left behind
        probe.reset();
        QElapsedTimer t;
        t.start();
        if (action)
            action();
        const bool ok = waitUntil(done, timeoutMs);
        const double wall =
            sinceStart ? double(g_start.nsecsElapsed()) / 1e6 : double(t.nsecsElapsed()) / 1e6;
        waitUntil([] { return false; }, 150); // the paints that show it
        const double block = probe.worstMs();
        const auto [now, peak] = rss();
        QString text = note;
        if (!ok) {
            ++failures;
            text = QStringLiteral("TIMED OUT ") + text;
        }
        if (block > 100)
            ++over;
        std::printf("%-46s %10.0f %12.1f %9.0f %9.0f  %s\n", name, wall, block, now, peak, qPrintable(text));
        if (!shots.isEmpty() && window) {
            static int n = 0;
            window->grab().save(
                QDir(shots).filePath(QStringLiteral("%1-%2.png")
                                         .arg(++n, 2, 10, QLatin1Char('0'))
                                         .arg(QString::fromLatin1(name)
                                                  .section(QLatin1Char(':'), 0, 0)
                                                  .simplified()
                                                  .replace(QLatin1Char(' '), QLatin1Char('-')))));
        }
        return ok;
    }
};

QString otherSpelling(const QString &e164)
{
    // +8613812345678 -> "0086 138-1234-5678"
    if (!e164.startsWith(QLatin1String("+86")) || e164.size() != 14)
        return e164;
    return QStringLiteral("0086 ") + e164.mid(3, 3) + QLatin1Char('-') + e164.mid(6, 4) + QLatin1Char('-') +
           e164.mid(10);
}

} // namespace

int main(int argc, char **argv)
{
    g_start.start();
    // Warnings go to stderr, one line each, cut short (a bad pattern can be megabytes).
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) {
        std::fprintf(stderr, "  [qt] %s\n", qPrintable(msg.left(160)));
    });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("DIALTRACE_CLI"))
        qputenv("DIALTRACE_CLI", DT_CLI_PATH);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DialTraceBench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    QString source, shots;
    bool inPlace = false, analysis = true, report = true, stacks = false, numbers = true;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--in-place"))
            inPlace = true;
        else if (args[i] == QLatin1String("--shots") && i + 1 < args.size())
            shots = args[++i];
        else if (args[i] == QLatin1String("--skip-analysis"))
            analysis = false;
        else if (args[i] == QLatin1String("--skip-report"))
            report = false;
        else if (args[i] == QLatin1String("--skip-numbers"))
            numbers = false;
        else if (args[i] == QLatin1String("--stacks"))
            stacks = true;
        else
            source = args[i];
    }
    if (source.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_gui CASE [--in-place] [--shots DIR] [--skip-analysis] [--skip-report] "
                     "[--skip-numbers] [--stacks]\n");
        return 2;
    }
    QTemporaryDir tmp;
    QString path = source;
    if (!inPlace) {
        path = tmp.filePath(QFileInfo(source).fileName());
        QElapsedTimer t;
        t.start();
        if (!QFile::copy(source, path)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
            return 1;
        }
        std::printf("copied the case to %s (%.1f s, not counted)\n", qPrintable(path), t.elapsed() / 1000.0);
        g_start.restart(); // the start of the run is after the copy
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(tmp.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(tmp.filePath(QStringLiteral("data"))));
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(tmp.filePath(QStringLiteral("keys"))));
    if (!shots.isEmpty())
        QDir().mkpath(shots);

    std::thread watchdog;
    if (stacks) {
        std::signal(SIGUSR1, printStack);
        g_watching = true;
        watchdog = std::thread([gui = pthread_self()] {
            qint64 signalled = 0;
            while (g_watching) {
                usleep(5000);
                const qint64 beat = g_beat, now = g_start.nsecsElapsed();
                if (beat && now - beat > 60000000 && now - signalled > 25000000) {
                    signalled = now; // every 25 ms while it lasts
                    pthread_kill(gui, SIGUSR1);
                }
            }
        });
    }
    Walk walk;
    walk.shots = shots;
    walk.header();
    MainWindow w;
    walk.window = &w;
    CasePage *casePage = w.casePage();
    QTabWidget *tabs = casePage->tabs();
    auto *title = casePage->findChild<QLabel *>(QStringLiteral("caseTitle"));
    auto *counts = casePage->findChild<QLabel *>(QStringLiteral("caseCounts"));
    walk.step(
        "start: window with the case's header",
        [&] {
            w.resize(1600, 1000);
            w.show();
            w.openCase(path);
        },
        [&] {
            return w.currentCase() && !title->text().isEmpty() && !counts->text().isEmpty() && w.isVisible();
        },
        120000, true, QStringLiteral("since main()"));
    if (!w.currentCase()) {
        std::fprintf(stderr, "the case did not open: %s\n", qPrintable(w.lastError()));
        return 1;
    }
    walk.step(
        "findings on every page", nullptr, [&] { return !w.isLoadingFindings(); }, 120000, true,
        QStringLiteral("since main()"));

    AnalysisPage *ap = w.analysisPage();
    const auto tab = [&](const char *name, QWidget *page, const std::function<bool()> &done) {
        walk.step(
            name, [&] { tabs->setCurrentWidget(page); }, done);
    };
    tab("tab: suspects & operators", ap, [&] { return !ap->isLoading(); });
    tab("tab: leaked lists", w.leaksPage(), [&] { return !w.leaksPage()->isLoading(); });
    tab("tab: link chart", w.linkChart(),
        [&] { return !w.linkChart()->busy() && w.linkChart()->graph().nodeCount() > 0; });
    tab("tab: violations", w.violationsPage(), [&] { return !w.violationsPage()->isLoading(); });
    CallsModel *calls = casePage->callsModel();
    QTableView *callsView = casePage->callsView();
    {
        const qint64 before = calls->pagesRead();
        walk.step(
            "tab: calls (first page shown)", [&] { tabs->setCurrentWidget(callsView->parentWidget()); },
            [&] { return calls->pagesRead() > before || (calls->rowCount() > 0 && before > 0); }, 60000,
            false, QStringLiteral("%1 calls").arg(calls->rowCount()));
    }
    for (const char *name : {"complaintsView", "sourcesView", "rejectedView", "auditView"}) {
        auto *view = casePage->findChild<QTableView *>(QLatin1String(name));
        const QByteArray step = "tab: " + QByteArray(name).replace("View", "");
        walk.step(
            step.constData(), [&] { tabs->setCurrentWidget(view); }, [view] { return view->isVisible(); });
    }

    // The biggest operator (by calls): its charts.
    auto *ops = ap->operatorsModel();
    int biggest = -1;
    qint64 most = -1;
    for (int r = 0; r < ops->rowCount(); ++r) {
        const qint64 c = ops->index(r, analysis::OperatorsModel::Calls).data(Qt::EditRole).toLongLong();
        if (c > most)
            most = c, biggest = r;
    }
    QString opId, hub;
    if (biggest >= 0) {
        opId = ops->index(biggest, analysis::OperatorsModel::Id).data().toString();
        tabs->setCurrentWidget(ap);
        walk.step(
            "biggest operator selected, charts drawn", [&] { ap->selectOperator(opId); },
            [&] {
                return !ap->activityLoading() && ap->activityCharts()->activity().calls > 0 &&
                       !w.entityPanel()->isBusy();
            },
            120000, false,
            QStringLiteral("%1, %2 calls, %3 suspects shown")
                .arg(opId)
                .arg(most)
                .arg(ap->suspectsProxy()->rowCount()));
        // Its busiest number: the hub.
        qint64 hubCalls = -1;
        for (int r = 0; r < ap->suspectsProxy()->rowCount(); ++r) {
            const QModelIndex i = ap->suspectsProxy()->index(r, analysis::SuspectsModel::CallsOut);
            if (i.data(Qt::EditRole).toLongLong() > hubCalls) {
                hubCalls = i.data(Qt::EditRole).toLongLong();
                hub = i.data(analysis::SuspectsModel::NumberRole).toString();
            }
        }
    }
    LinkChartPage *chart = w.linkChart();
    if (!hub.isEmpty()) {
        tabs->setCurrentWidget(chart);
        walk.step(
            "link chart: the operator's hub expanded",
            [&] {
                chart->selectEntity(graph::NodeType::Number, hub);
                const int n = chart->graph().find(graph::NodeType::Number, hub);
                if (n >= 0)
                    chart->expandNode(n);
            },
            [&] {
                const int n = chart->graph().find(graph::NodeType::Number, hub);
                return !chart->busy() && n >= 0 && chart->graph().node(n).expanded;
            },
            120000, false, QStringLiteral("%1; %2 nodes").arg(hub).arg(chart->graph().nodeCount()));
        const QString spelled = otherSpelling(hub);
        EntityPanel *panel = w.entityPanel();
        walk.step(
            "number searched in another spelling",
            [&] {
                panel->searchBox()->setText(spelled);
                panel->showEntity(spelled);
            },
            [&] { return !panel->isBusy() && panel->details().key == hub; }, 60000, false, spelled);
        walk.step(
            "calls tab filtered to it",
            [&] {
                tabs->setCurrentWidget(callsView->parentWidget());
                casePage->filterCalls(spelled);
            },
            [&] { return !casePage->callsLoading() && calls->rowCount() > 0; }, 60000, false,
            QStringLiteral("%1 calls").arg(calls->rowCount()));
    }
    {
        casePage->filterCalls(QString());
        const qint64 before = calls->pagesRead();
        walk.step(
            "calls scrolled to the middle",
            [&] {
                tabs->setCurrentWidget(callsView->parentWidget());
                callsView->scrollTo(calls->index(calls->rowCount() / 2, 0),
                                    QAbstractItemView::PositionAtCenter);
            },
            [&] { return calls->pagesRead() > before; }, 60000, false,
            QStringLiteral("row %1 of %2").arg(calls->rowCount() / 2).arg(calls->rowCount()));
    }
    if (numbers) {
        NumbersPage *np = w.numbersPage();
        analysis::NumbersModel *nm = np->model();
        walk.step(
            "tab: numbers (table built)", [&] { tabs->setCurrentWidget(np); },
            [&] { return !np->isBuilding() && nm->rowCount() > 0; }, 600000);
        walk.step(
            "numbers view sorted (by score)",
            [&] {
                np->view()->horizontalHeader()->setSortIndicator(analysis::NumbersModel::Score,
                                                                 Qt::DescendingOrder);
            },
            [&] { return !np->isBuilding() && nm->sortColumn() == analysis::NumbersModel::Score; }, 60000,
            false, QStringLiteral("%1 numbers").arg(nm->rowCount()));
    }

    ViolationsPage *vp = w.violationsPage();
    {
        tabs->setCurrentWidget(vp);
        QAbstractItemModel *vm = vp->violationsView()->model();
        int row = -1, longest = -1;
        for (int r = 0; r < vm->rowCount(); ++r) {
            const int n = int(vm->index(r, 0)
                                  .data(analysis::ViolationsModel::SupportingCallsRole)
                                  .value<QList<qint64>>()
                                  .size());
            if (n > longest)
                longest = n, row = r;
        }
        if (row >= 0)
            walk.step(
                "violation's supporting calls", [&] { vp->violationsView()->selectRow(row); },
                [&] { return vp->supportingCallsModel()->rowCount() == longest; }, 60000, false,
                QStringLiteral("%1 calls of %2 violations").arg(longest).arg(vm->rowCount()));
    }
    LeaksPage *lp = w.leaksPage();
    {
        tabs->setCurrentWidget(lp);
        walk.step(
            "leak matrix: a cell chosen",
            [&] { lp->matrixView()->setCurrentIndex(lp->matrixModel()->index(0, 0)); },
            [&] { return !w.entityPanel()->isBusy() && !ap->activityLoading(); }, 60000, false,
            QStringLiteral("%1 x %2")
                .arg(lp->matrixModel()->rowCount())
                .arg(lp->matrixModel()->columnCount()));
        if (!hub.isEmpty()) {
            // A victim of the hub: the first number its calls reached.
            QString victim;
            {
                casePage->filterCalls(hub);
                waitUntil([&] { return !casePage->callsLoading(); }, 60000);
                for (int r = 0; r < std::min(calls->rowCount(), 50) && victim.isEmpty(); ++r)
                    if (calls->index(r, CallsModel::Caller).data().toString() == hub)
                        victim = calls->index(r, CallsModel::Callee).data().toString();
            }
            walk.step(
                "victim trail", [&] { lp->showTrail(otherSpelling(victim)); },
                [&] { return !lp->isTracing(); }, 60000, false, victim);
        }
    }
    {
        EntityPanel *panel = w.entityPanel();
        const QString text = QStringLiteral("bench note %1").arg(QDateTime::currentMSecsSinceEpoch());
        walk.step(
            "note added", [&] { panel->annotate(text); }, [&] { return panel->html().contains(text); });
        walk.step(
            "note undone", [&] { w.undoStack()->undo(); }, [&] { return !panel->html().contains(text); });
    }
    if (analysis) {
        bool finished = false;
        QObject::connect(ap, &AnalysisPage::analysisFinished, &w, [&finished] { finished = true; });
        tabs->setCurrentWidget(ap);
        walk.step(
            "analysis run (stored, findings shown)", [&] { ap->runAnalysis(); },
            [&] { return finished && !w.isLoadingFindings() && !ap->isLoading(); }, 600000);
    }
    if (report) {
        ReportDialog dialog(w.currentCase(), &w);
        bool previewed = false, laidOut = false, exported = false;
        QObject::connect(&dialog, &ReportDialog::previewReady, &w, [&previewed] { previewed = true; });
        QObject::connect(&dialog, &ReportDialog::previewLaidOut, &w, [&laidOut] { laidOut = true; });
        QObject::connect(&dialog, &ReportDialog::exported, &w, [&exported] { exported = true; });
        // Until the preview is laid out to its end (in pieces, the GUI live between them).
        walk.step(
            "report: dialog with its preview", [&] { dialog.show(); }, [&] { return previewed && laidOut; },
            1800000);
        // What an analyst does with the preview next: to its end (which lays all of it out), then a
        // word found in it.
        walk.step(
            "report: preview to its end, a word found",
            [&] {
                QTextBrowser *preview = dialog.preview();
                preview->moveCursor(QTextCursor::End);
                preview->ensureCursorVisible();
                preview->moveCursor(QTextCursor::Start);
                preview->find(QStringLiteral("SHA-256"));
            },
            [] { return true; });
        const QString out = tmp.filePath(QStringLiteral("report.pdf"));
        dialog.setOutputPath(out);
        walk.step(
            "report: exported and signed", [&] { dialog.exportReport(true); },
            [&] { return exported && QFileInfo::exists(out); }, 1800000);
    }
    const auto [now, peak] = rss();
    std::printf("peak RSS %.0f MiB (target < 1536); steps over 100 ms of GUI block: %d; timed out: %d\n",
                peak, walk.over, walk.failures);
    Q_UNUSED(now);
    g_watching = false;
    if (watchdog.joinable())
        watchdog.join();
    return walk.failures ? 1 : 0;
}
