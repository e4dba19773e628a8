// dialtrace-cli: the headless entry point. All commands live in model/cli.
#include "cli/cli.h"
#include "dt/version.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(DT_ORG_NAME));
    QCoreApplication::setApplicationName(QStringLiteral("dialtrace-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DT_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dt::cli::run(QCoreApplication::arguments(), out, err);
}
