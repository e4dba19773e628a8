#include "analysisprocess.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "casequery.h"
#include "cliprocess.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>

namespace dt::ui {

AnalysisProcess::AnalysisProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this] {
        const auto [stored, error] = m_watcher.result();
        m_running = false;
        Q_EMIT finished(stored, error);
    });
}

AnalysisProcess::~AnalysisProcess()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void AnalysisProcess::start(CaseFile *cf)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_storing = std::make_shared<std::atomic_bool>(false);
    m_clock.start();
    m_watcher.setFuture(QtConcurrent::run(
        backgroundPool(), [this, cf, cancel = m_cancel, storingFlag = m_storing]() -> QPair<bool, QString> {
            backgroundPriority();
            QTemporaryDir dir;
            if (!dir.isValid())
                return {false, tr("cannot make a temporary folder: %1").arg(dir.errorString())};
            const QString file = dir.filePath(QStringLiteral("run.dtprepared"));
            QString error;
            // This object outlives the worker (its destructor waits): the queued calls reach it or
            // are dropped with it.
            auto onLine = [this](const QByteArray &line) {
                if (line.startsWith("progress ")) {
                    const int percent = line.mid(9).toInt();
                    QMetaObject::invokeMethod(
                        this, [this, percent] { reportProgress(percent); }, Qt::QueuedConnection);
                }
                return true;
            };
            if (!CliProcess::run({QStringLiteral("analyze"), cf->path(), QStringLiteral("--prepare"), file},
                                 onLine, cancel.get(), &error))
                return {false, error};
            if (cancel->load()) // the child ended before it was killed: nothing is stored either
                return {false, QStringLiteral("cancelled")};
            *storingFlag = true;
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT storing(); }, Qt::QueuedConnection);
            analysis::Detector::Prepared run;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return {false, QStringLiteral("%1: %2").arg(file, f.errorString())};
            if (!analysis::Detector::readPrepared(&f, &run, &error))
                return {false, QStringLiteral("%1: %2").arg(file, error)};
            auto writer = cf->openWorker(&error);
            if (!writer)
                return {false, error};
            const bool stored = analysis::Detector::store(*writer, run, &error) > 0;
            return {stored, error};
        }));
}

void AnalysisProcess::cancel()
{
    if (m_cancel && !isStoring())
        *m_cancel = true; // the worker kills the child within a tenth of a second
}

void AnalysisProcess::stop()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void AnalysisProcess::reportProgress(int percent)
{
    // The phases' shares are those of a large case: too early, an estimate says nothing.
    const qint64 elapsed = m_clock.elapsed();
    const qint64 eta = percent >= 5 && percent < 100 ? elapsed * (100 - percent) / percent : -1;
    Q_EMIT progress(percent, eta);
}

} // namespace dt::ui
