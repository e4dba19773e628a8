#include "analysisprocess.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "casequery.h"
#include "cliprocess.h"

#include <QFile>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>

namespace dt::ui {

AnalysisProcess::AnalysisProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_store, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this] {
        const auto [stored, error] = m_store.result();
        end(stored, error);
    });
}

AnalysisProcess::~AnalysisProcess()
{
    if (m_proc) {
        m_proc->disconnect(this);
        m_proc->kill();
        m_proc->waitForFinished(-1);
    }
    m_store.waitForFinished();
}

void AnalysisProcess::start(CaseFile *cf)
{
    if (m_running)
        return;
    m_case = cf;
    m_running = true;
    m_cancelled = false;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        end(false, tr("cannot make a temporary folder: %1").arg(m_dir->errorString()));
        return;
    }
    m_proc = new QProcess(this);
    m_proc->setProgram(CliProcess::program());
    m_proc->setArguments({QStringLiteral("analyze"), cf->path(), QStringLiteral("--prepare"),
                          m_dir->filePath(QStringLiteral("run.dtprepared"))});
    connect(m_proc, &QProcess::readyReadStandardOutput, this, &AnalysisProcess::readOutput);
    connect(m_proc, &QProcess::finished, this, &AnalysisProcess::computed);
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // the others end with finished()
        const QString error = tr("cannot run %1: %2").arg(m_proc->program(), m_proc->errorString());
        m_proc->deleteLater();
        m_proc = nullptr;
        end(false, error);
    });
    m_clock.start();
    m_proc->start(QIODevice::ReadOnly);
}

void AnalysisProcess::cancel()
{
    if (!m_proc || m_store.isRunning())
        return;
    m_cancelled = true;
    m_proc->kill(); // computed() follows
}

void AnalysisProcess::stop()
{
    if (m_proc) {
        m_cancelled = true;
        m_proc->kill();
        m_proc->waitForFinished(-1); // finished() -> computed() -> end()
    }
    m_store.waitForFinished();
}

void AnalysisProcess::readOutput()
{
    while (m_proc->canReadLine()) {
        const QByteArray line = m_proc->readLine().trimmed();
        if (!line.startsWith("progress "))
            continue;
        const int percent = line.mid(9).toInt();
        const qint64 elapsed = m_clock.elapsed();
        // The phases' shares are those of a large case: too early, an estimate says nothing.
        const qint64 eta = percent >= 5 && percent < 100 ? elapsed * (100 - percent) / percent : -1;
        Q_EMIT progress(percent, eta);
    }
}

void AnalysisProcess::computed()
{
    readOutput();
    const QString said = QString::fromUtf8(m_proc->readAllStandardError()).trimmed();
    const bool ok = m_proc->exitStatus() == QProcess::NormalExit && m_proc->exitCode() == 0;
    const int code = m_proc->exitCode();
    m_proc->deleteLater();
    m_proc = nullptr;
    if (m_cancelled) {
        end(false, QStringLiteral("cancelled"));
        return;
    }
    if (!ok) {
        end(false, !said.isEmpty() ? said : tr("%1 ended with code %2").arg(CliProcess::program()).arg(code));
        return;
    }
    Q_EMIT storing();
    m_store.setFuture(QtConcurrent::run(
        backgroundPool(), [cf = m_case, file = m_dir->filePath(QStringLiteral("run.dtprepared"))] {
            backgroundPriority();
            QString error;
            analysis::Detector::Prepared run;
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return qMakePair(false, QStringLiteral("%1: %2").arg(file, f.errorString()));
            if (!analysis::Detector::readPrepared(&f, &run, &error))
                return qMakePair(false, QStringLiteral("%1: %2").arg(file, error));
            auto writer = cf->openWorker(&error);
            if (!writer)
                return qMakePair(false, error);
            const bool stored = analysis::Detector::store(*writer, run, &error) > 0;
            return qMakePair(stored, error);
        }));
}

void AnalysisProcess::end(bool stored, const QString &error)
{
    m_dir.reset();
    m_running = false;
    Q_EMIT finished(stored, error);
}

} // namespace dt::ui
