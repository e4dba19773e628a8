// `dialtrace-cli devices CASE VALUE [--json]`: the handsets a number used over time, or the numbers
// (SIMs) used in a handset.
#include "case/casefile.h"
#include "case/devicetimeline.h"
#include "cli/clicommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace dt::cli {

int cmdDevices(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Handset and SIM changes: for a number (in any spelling), the handsets (IMEI) it called from or\n"
        "was called on, and for an IMEI, the numbers used in that handset; each with its first and last\n"
        "call, the calls and the sources they came from, in order of first call."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("A number or an IMEI."));
    if (const int rc = parseOrExit(p, args, io, 2, 2); rc >= 0)
        return rc;
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli devices: " << error << '\n';
        return BadInput;
    }
    DeviceTimeline t;
    if (!DeviceTimelines::lookup(cf->db(), p.positionalArguments().at(1), &t, &error)) {
        io.err << "dialtrace-cli devices: " << cf->path() << ": " << error << '\n';
        return BadInput;
    }
    if (p.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const bool imei = t.kind == QLatin1String("imei");
    io.out << (imei ? "handset " : "number ") << t.key << ": " << t.uses.size()
           << (imei ? " number(s) used in it" : " handset(s)") << " (" << cf->clock().label() << ")\n";
    for (const DeviceUse &u : t.uses)
        io.out << "  " << u.value.leftJustified(imei ? 16 : 15) << ' ' << cf->clock().text(u.first) << " .. "
               << cf->clock().text(u.last) << ", " << u.calls << " call(s), "
               << u.sources.join(QStringLiteral(", ")) << '\n';
    return Ok;
}

} // namespace dt::cli
