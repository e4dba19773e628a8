// dialtrace: the GUI entry point. Usage: dialtrace [CASE] [--sample] [--find VALUE] [--import FILE]
#include "dt/version.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(DT_ORG_NAME));
    QApplication::setApplicationName(QStringLiteral("DialTrace"));
    QApplication::setApplicationVersion(QStringLiteral(DT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("dialtrace"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialtrace.svg")));
    dt::ui::LanguageManager::instance().applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DialTrace call tracing workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("Open the bundled sample case."));
    parser.addOption(sample);
    const QCommandLineOption find(QStringLiteral("find"),
                                  QStringLiteral("Show the details of a number, ID number or name."),
                                  QStringLiteral("VALUE"));
    parser.addOption(find);
    // For screenshots and scripted checks (docs/cli.md): the import wizard on FILE once the case is open.
    QCommandLineOption import(QStringLiteral("import"), QStringLiteral("Open the import wizard on FILE."),
                              QStringLiteral("FILE"));
    import.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(import);
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("A case file (*.dtcase) to open."));
    parser.process(app);

    dt::ui::MainWindow window;
    window.show();
    if (parser.isSet(find)) {
        const QString value = parser.value(find);
        QObject::connect(&window, &dt::ui::MainWindow::caseOpened, &window,
                         [&window, value] { window.findEntity(value); });
    }
    if (parser.isSet(import)) {
        const QString file = parser.value(import);
        QObject::connect(&window, &dt::ui::MainWindow::caseOpened, &window,
                         [&window, file] { window.importFiles({file}); });
    }
    if (parser.isSet(sample))
        window.openSampleCase();
    else if (!parser.positionalArguments().isEmpty())
        window.openCase(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
