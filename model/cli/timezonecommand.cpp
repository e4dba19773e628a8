// `dialtrace-cli timezone CASE [ZONE]`: the case's time zone, printed or changed (audited).
#include "case/casefile.h"
#include "cli/clicommands.h"

#include <QCommandLineParser>

namespace dt::cli {

int cmdTimezone(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Print the case's time zone, or change it to ZONE (an IANA name such as Asia/Shanghai, "
        "Europe/Berlin\n"
        "or UTC). Times are stored in UTC: the zone decides how they are shown (GUI, reports, text output)\n"
        "and where local hours and days fall for analyses run after the change. The change is audited."));
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("ZONE"), QStringLiteral("The new time zone."),
                            QStringLiteral("[ZONE]"));
    if (const int rc = parseOrExit(p, args, io, 1, 2); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    QString error;
    auto cf = CaseFile::open(
        pos.at(0), pos.size() > 1 ? CaseFile::Access::ReadWrite : CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli timezone: " << error << '\n';
        return BadInput;
    }
    if (pos.size() == 1) {
        io.out << cf->clock().description() << '\n';
        return Ok;
    }
    const QString old = cf->clock().description();
    if (!cf->setTimeZone(pos.at(1), &error)) {
        io.err << "dialtrace-cli timezone: " << cf->path() << ": " << error << '\n';
        return BadInput;
    }
    io.out << "time zone of " << cf->path() << ": " << old << " -> " << cf->clock().description() << '\n';
    return Ok;
}

} // namespace dt::cli
