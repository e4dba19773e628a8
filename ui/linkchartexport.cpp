// The link chart's Export…: a picture (PNG, SVG) of what it shows, or the chart's data for another
// tool (i2 ANX, GraphML, GEXF, CSV) of what it shows or of the whole latest run. Data exports are
// built off the GUI thread (their own read-only connection), written, hashed and audited.
#include "case/casefile.h"
#include "case/database.h"
#include "export/exportrunner.h"
#include "export/rungraph.h"
#include "linkchartpage.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace dt::ui {

namespace {

struct DataJob
{
    bool ok = false;
    QString error;
    exports::ExportData data;
};

} // namespace

void LinkChartPage::exportDialog(bool wholeRun)
{
    if (!m_case)
        return;
    // The formats, each with its dialog filter; pictures only for what the chart shows.
    QStringList filters, formats;
    if (!wholeRun) {
        filters << tr("PNG image (*.png)") << tr("SVG drawing (*.svg)");
        formats << QStringLiteral("png") << QStringLiteral("svg");
    }
    for (const auto &w : exports::writers()) {
        filters << w->title();
        formats << w->name();
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, wholeRun ? tr("Export the Whole Latest Run") : tr("Export Link Chart"), QString(),
        filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString format = formats.value(std::max<qsizetype>(0, filters.indexOf(filter)));
    const exports::ExportWriter *w = exports::writer(format);
    QString target = path;
    const QString suffix = w ? w->suffix() : format;
    if (!suffix.isEmpty() && QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + suffix;
    QString error;
    const bool ok = exportAs(format, target, wholeRun, &error);
    m_status->setText(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(target)) : error);
}

bool LinkChartPage::exportAs(const QString &format, const QString &path, bool wholeRun, QString *error)
{
    if (!m_case) {
        *error = tr("no case is open");
        return false;
    }
    const exports::ExportWriter *w = exports::writer(format);
    if (!w) {
        if (wholeRun) {
            *error = tr("the whole run is exported as data, not as a picture");
            return false;
        }
        return exportImage(path, error);
    }
    // Built on a worker with its own connection: the whole run expands every operator number and
    // lays the chart out, which takes seconds on a large case.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic_int>(0), total = std::make_shared<std::atomic_int>(0);
    QFutureWatcher<DataJob> watcher;
    watcher.setFuture(
        QtConcurrent::run([casePath = m_case->path(), findings = m_findings, g = m_graph, f = m_filter,
                           clock = m_case->clock(), wholeRun, cancel, done, total]() mutable {
            DataJob j;
            Database db;
            if (!db.open(casePath, Database::OpenMode::ReadOnly)) {
                j.error = db.lastError();
                return j;
            }
            if (wholeRun) {
                f = graph::GraphFilter();
                if (!exports::RunGraph::build(db, findings, exports::RunGraph::kDefaultHubLimit, &g, &j.error,
                                              cancel.get(), [done, total](int x, int n) {
                                                  *done = x;
                                                  *total = n;
                                              }))
                    return j;
            }
            j.data = exports::ExportData::fromGraph(g, f, &db, clock);
            j.ok = true;
            return j;
        }));
    QProgressDialog progress(wholeRun ? tr("Building the whole run's chart…") : tr("Preparing the export…"),
                             tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QTimer tick;
    connect(&tick, &QTimer::timeout, &progress, [&progress, done, total] {
        progress.setMaximum(std::max(0, total->load()));
        progress.setValue(done->load());
    });
    tick.start(100);
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<DataJob>::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    tick.stop();
    progress.reset();
    DataJob j = watcher.result();
    if (!j.ok) {
        *error = j.error;
        return false;
    }
    j.data.title = m_case->title();
    j.data.caseId = m_case->meta(QStringLiteral("case_id"));
    j.data.scope = wholeRun ? QStringLiteral("run") : QStringLiteral("chart");
    j.data.runId = m_findings ? m_findings->run.id : 0;
    exports::ExportResult result;
    if (!exports::ExportRunner::write(*w, j.data, path, &result, error))
        return false;
    if (m_case->isReadOnly())
        return true; // nothing can be recorded in a case opened read-only; the file is written all the same
    return exports::ExportRunner::record(*m_case, &result, error);
}

} // namespace dt::ui
