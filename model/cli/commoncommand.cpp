// `dialtrace-cli common CASE N1 N2 … [--json]`: the numbers two or more numbers or operators all
// called or were called by.
#include "analysis/commoncontacts.h"
#include "analysis/detection.h"
#include "case/casefile.h"
#include "cli/clicommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace dt::cli {

int cmdCommon(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Common contacts: the numbers that every one of two or more numbers (in any spelling) or operators\n"
        "of the latest run (OPR-002, standing for all its numbers) called or was called by, with the calls\n"
        "each had with them, most calls first."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("Two or more numbers or operator ids."),
                            QStringLiteral("VALUE VALUE [VALUE...]"));
    if (const int rc = parseOrExit(p, args, io, 3, -1); rc >= 0)
        return rc;
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli common: " << error << '\n';
        return BadInput;
    }
    QString noRun;
    const analysis::Findings findings =
        analysis::Detector::latestFindings(*cf, &noRun); // empty before any analysis
    std::vector<analysis::ContactParty> parties;
    if (!analysis::CommonContacts::resolve(cf->db(), findings, p.positionalArguments().mid(1), &parties,
                                           &error)) {
        io.err << "dialtrace-cli common: " << cf->path() << ": " << error << '\n';
        return BadInput;
    }
    analysis::CommonContactsResult r;
    if (!analysis::CommonContacts::find(cf->db(), parties, &r, &error)) {
        io.err << "dialtrace-cli common: " << cf->path() << ": " << error << '\n';
        return BadInput;
    }
    r.runId = findings.run.id;
    if (p.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (size_t k = 0; k < r.parties.size(); ++k)
        io.out << "party " << k + 1 << ": " << r.parties[k].input << " (" << r.parties[k].kind << ": "
               << r.parties[k].numbers.join(QStringLiteral(", ")) << ")\n";
    io.out << r.contacts.size() << " common contact(s)\n";
    for (const auto &c : r.contacts) {
        io.out << "  " << c.number.leftJustified(16) << ' ' << c.calls << " call(s), "
               << cf->clock().stamp(c.first) << " .. " << cf->clock().stamp(c.last) << ';';
        for (size_t k = 0; k < c.byParty.size(); ++k)
            io.out << " party " << k + 1 << ": " << c.byParty[k].out << " out, " << c.byParty[k].in << " in"
                   << (k + 1 < c.byParty.size() ? "," : "");
        io.out << '\n';
    }
    return Ok;
}

} // namespace dt::cli
