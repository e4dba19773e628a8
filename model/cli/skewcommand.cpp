// `dialtrace-cli skew CASE SOURCE [--json]`: a call log's clock against the case's other sources.
#include "case/casefile.h"
#include "cli/clicommands.h"
#include "ingest/sourceclock.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace dt::cli {

int cmdSkew(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measure the clock of SOURCE (a call log in the case, by id or name) against the calls the case's\n"
        "other sources record: the offset and drift, how many calls support it, how tight they are, and\n"
        "what its import applied (docs/times.md). The original file is read again when it is still where\n"
        "it was imported from with the same SHA-256; the case is not changed."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("The source: its id or name."));
    if (const int rc = parseOrExit(p, args, io, 2, 2); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    QString error;
    auto cf = CaseFile::open(pos.at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli skew: " << error << '\n';
        return BadInput;
    }
    ingest::SourceClock clock;
    if (!ingest::measureSourceClock(*cf, pos.at(1), &clock, &error)) {
        io.err << "dialtrace-cli skew: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(clock.toJson()).toJson(QJsonDocument::Indented));
    else
        io.out << clock.text();
    return Ok;
}

} // namespace dt::cli
