#include "cli/cli.h"

#include "cli/clicommands.h"
#include "dt/version.h"

namespace dt::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = {
        {QStringLiteral("new"), QStringLiteral("create an empty case file"), &cmdNew},
        {QStringLiteral("info"), QStringLiteral("describe a case: title, schema, sources, counts"), &cmdInfo},
        {QStringLiteral("timezone"), QStringLiteral("print or change the case's time zone"), &cmdTimezone},
        {QStringLiteral("skew"), QStringLiteral("a call log's clock measured against the other sources"),
         &cmdSkew},
        {QStringLiteral("verify"),
         QStringLiteral("check a case's seal, integrity and audit chain, or a report's signature"),
         &cmdVerify},
        {QStringLiteral("keys"), QStringLiteral("signing keys: this workstation's, trusted ones, a case's"),
         &cmdKeys},
        {QStringLiteral("import"), QStringLiteral("import call logs, leaked lists and complaints"),
         &cmdImport},
        {QStringLiteral("analyze"), QStringLiteral("score numbers and group them into operators"),
         &cmdAnalyze},
        {QStringLiteral("findings"), QStringLiteral("print the latest analysis's findings"), &cmdFindings},
        {QStringLiteral("numbers"),
         QStringLiteral("every number: profile, type, score, verdict and reasons"), &cmdNumbers},
        {QStringLiteral("verdict"),
         QStringLiteral("the analyst's verdict on a number (suspect / legitimate), with a reason"), &cmdVerdict},
        {QStringLiteral("evaluate"), QStringLiteral("score findings against a sample's ground truth"),
         &cmdEvaluate},
        {QStringLiteral("report"), QStringLiteral("write a signed evidence report (PDF or HTML)"),
         &cmdReport},
        {QStringLiteral("common"),
         QStringLiteral("the numbers two or more numbers or operators all called or were called by"),
         &cmdCommon},
        {QStringLiteral("devices"),
         QStringLiteral("the handsets a number used over time, or the numbers used in a handset"),
         &cmdDevices},
        {QStringLiteral("export"),
         QStringLiteral("write a link chart for i2 ANB, Gephi, yEd or spreadsheets"), &cmdExport},
        {QStringLiteral("lookup"), QStringLiteral("what is known offline about a number, ID card or IMEI"),
         &cmdLookup},
        {QStringLiteral("trail"), QStringLiteral("a victim's leaked records, operator calls and complaints"),
         &cmdTrail},
        {QStringLiteral("sample"), QStringLiteral("write a synthetic investigation with ground truth"),
         &cmdSample},
        {QStringLiteral("exercise"),
         QStringLiteral("training: exercise packs with sealed answer keys, trainees' answers, scores"),
         &cmdExercise},
    };
    return all;
}

namespace {

void printHelp(QTextStream &out)
{
    out << "DialTrace " << DT_VERSION_STRING << " - call tracing workstation, command line\n\n"
        << "Usage: dialtrace-cli COMMAND [OPTIONS] [ARGS]\n"
        << "       dialtrace-cli COMMAND --help\n\n"
        << "Commands:\n";
    for (const auto &c : commands())
        out << "  " << c.name.leftJustified(10) << c.summary << '\n';
    out << "\nExit status: 0 success, 1 bad input (message on stderr, case unchanged), 2 usage error.\n"
        << "JSON output is a stable interface, documented in docs/cli.md.\n";
}

} // namespace

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() < 2) {
        printHelp(err);
        return Usage;
    }
    const QString &name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printHelp(out);
        return Ok;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "dialtrace-cli " << DT_VERSION_STRING << '\n';
        return Ok;
    }
    for (const auto &c : commands()) {
        if (c.name == name) {
            Io io{out, err};
            const int rc = c.run(args.mid(1), io);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "dialtrace-cli: unknown command '" << name << "'\n\n";
    printHelp(err);
    return Usage;
}

} // namespace dt::cli
