// dialtrace-cli: the headless entry point. All commands live in model/cli.
#include "cli/cli.h"
#include "cli/terminalsafe.h"
#include "dt/version.h"

#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Rendering a PDF report needs fonts, hence a GUI application, on no display at all.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> owner(report ? new QGuiApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    QCoreApplication &app = *owner;
    Q_UNUSED(app);
    QCoreApplication::setOrganizationName(QStringLiteral(DT_ORG_NAME));
    QCoreApplication::setApplicationName(QStringLiteral("dialtrace-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DT_VERSION_STRING));
    QTextStream out(stdout);
    // Messages quote the files' values: escaped and bounded before they reach a terminal.
    dt::cli::TerminalSafeDevice errDevice(stderr);
    errDevice.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream err(&errDevice);
    return dt::cli::run(QCoreApplication::arguments(), out, err);
}
