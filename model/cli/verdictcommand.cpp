// `dialtrace-cli verdict CASE [NUMBER --set suspect|legitimate --reason TEXT | NUMBER --clear] [--json]`:
// the analyst's verdicts on numbers, applied by the next analysis run.
#include "case/casefile.h"
#include "case/verdictoverrides.h"
#include "cli/clicommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dt::cli {

int cmdVerdict(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The analyst's verdicts on numbers: a legitimate bulk caller the analysis flagged, or a suspect it\n"
        "judged legitimate, corrected with a reason (audited). The next `analyze` applies them: the "
        "number's\n"
        "verdict is the analyst's whatever its score, and the run and the report name every one.\n"
        "Without NUMBER: list the recorded verdicts."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Record a verdict: suspect or legitimate."),
                                 QStringLiteral("VERDICT"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (required with --set)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   QStringLiteral("Take the analyst's verdict off."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOptions({set, reason, clear, json});
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("A number in any spelling."),
                            QStringLiteral("[NUMBER]"));
    if (const int rc = parseOrExit(p, args, io, 1, 2); rc >= 0)
        return rc;
    const bool writing = p.isSet(set) || p.isSet(clear);
    const bool hasNumber = p.positionalArguments().size() == 2;
    if (writing != hasNumber || (p.isSet(set) && p.isSet(clear)) || (p.isSet(reason) && !p.isSet(set))) {
        io.err << "dialtrace-cli verdict: give NUMBER with either --set VERDICT --reason TEXT or --clear, "
                  "or neither to list\n";
        return Usage;
    }
    if (p.isSet(set) && p.value(set) != QLatin1String("suspect") &&
        p.value(set) != QLatin1String("legitimate")) {
        io.err << "dialtrace-cli verdict: --set takes suspect or legitimate, not '" << p.value(set) << "'\n";
        return Usage;
    }
    if (p.isSet(set) && p.value(reason).trimmed().isEmpty()) {
        io.err << "dialtrace-cli verdict: --set needs --reason TEXT (why the analysis is wrong about it)\n";
        return Usage;
    }
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0),
                             writing ? CaseFile::Access::ReadWrite : CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli verdict: " << error << '\n';
        return BadInput;
    }
    if (writing) {
        const QString number = p.positionalArguments().at(1);
        const bool ok = p.isSet(set)
                            ? VerdictOverrides::set(*cf, number, p.value(set), p.value(reason), &error)
                            : VerdictOverrides::clear(*cf, number, &error);
        if (!ok) {
            io.err << "dialtrace-cli verdict: " << cf->path() << ": " << error << '\n';
            return BadInput;
        }
        if (!p.isSet(json)) {
            io.out << (p.isSet(set) ? "recorded" : "cleared")
                   << "; run `dialtrace-cli analyze` to apply it to the findings\n";
            return Ok;
        }
    }
    const QVector<VerdictOverride> all = VerdictOverrides::all(cf->db());
    if (p.isSet(json)) {
        QJsonArray a;
        for (const VerdictOverride &v : all)
            a.append(QJsonObject{{QStringLiteral("number"), v.number},
                                 {QStringLiteral("verdict"), v.verdict},
                                 {QStringLiteral("reason"), v.reason},
                                 {QStringLiteral("analyst"), v.author},
                                 {QStringLiteral("recorded"), v.createdUtc}});
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("verdicts"), a}}).toJson());
        return Ok;
    }
    io.out << all.size() << " verdict(s) of the analyst\n";
    for (const VerdictOverride &v : all)
        io.out << "  " << v.number.leftJustified(16) << ' ' << v.verdict.leftJustified(10) << ' ' << v.author
               << ", " << v.createdUtc << ": " << v.reason << '\n';
    return Ok;
}

} // namespace dt::cli
