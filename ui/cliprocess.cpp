#include "cliprocess.h"

#include <QDir>
#include <QProcess>

namespace dt::ui {

QString CliProcess::program()
{
    const QString set = qEnvironmentVariable("DIALTRACE_CLI");
    if (!set.isEmpty())
        return set;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dialtrace-cli"));
}

bool CliProcess::run(const QStringList &args, const std::function<bool(const QByteArray &line)> &onLine,
                     const std::atomic_bool *cancel, QString *error)
{
    QProcess proc;
    proc.setProgram(program());
    proc.setArguments(args);
    proc.start(QIODevice::ReadOnly);
    if (!proc.waitForStarted(-1)) {
        *error = tr("cannot run %1: %2").arg(proc.program(), proc.errorString());
        return false;
    }
    auto stop = [&proc] {
        proc.kill();
        proc.waitForFinished(-1);
    };
    for (;;) {
        while (proc.canReadLine()) {
            QByteArray line = proc.readLine();
            line.chop(1);
            if (!onLine(line)) {
                stop();
                return false;
            }
        }
        if (cancel && cancel->load()) {
            stop();
            *error = QStringLiteral("cancelled");
            return false;
        }
        if (proc.state() == QProcess::NotRunning)
            break;
        proc.waitForReadyRead(100); // also wakes when it ends; a cancel is seen within 0.1 s
    }
    const QByteArray rest = proc.readAll();
    if (!rest.isEmpty() && !onLine(rest))
        return false;
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        const QString said = QString::fromUtf8(proc.readAllStandardError()).trimmed();
        *error =
            !said.isEmpty() ? said : tr("%1 ended with code %2").arg(proc.program()).arg(proc.exitCode());
        return false;
    }
    return true;
}

} // namespace dt::ui
