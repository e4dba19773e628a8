// dialtrace-cli report: an evidence report (HTML or PDF) with its signed manifest.
#include "case/casefile.h"
#include "cli/clicommands.h"
#include "report/report.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace dt::cli {

int cmdReport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Write an evidence report (HTML or PDF, by the file's extension) and its signed manifest\n"
        "(FILE.manifest.json). The export is recorded in the case's audit log when the case is writable."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The report file (.pdf, .html)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh (default) or en."),
                                  QStringLiteral("LANG"), QStringLiteral("zh"));
    const QCommandLineOption audience(QStringLiteral("audience"),
                                      QStringLiteral("prosecutor (default), trainer or internal."),
                                      QStringLiteral("WHO"), QStringLiteral("prosecutor"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the manifest as JSON."));
    p.addOption(out);
    p.addOption(lang);
    p.addOption(audience);
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    if (!p.isSet(out)) {
        io.err << "dialtrace-cli report: --out FILE is required\n";
        return Usage;
    }
    report::ReportOptions opt;
    opt.lang = p.value(lang);
    opt.audience = p.value(audience);
    QString error;
    if (!report::Report::validOptions(opt, &error)) {
        io.err << "dialtrace-cli report: " << error << '\n';
        return Usage;
    }
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadWriteOrReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli report: " << error << '\n';
        return BadInput;
    }
    QJsonObject manifest;
    if (!report::Report::write(*cf, p.value(out), opt, &manifest, &error)) {
        io.err << "dialtrace-cli report: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    } else {
        const QJsonObject r = manifest.value(QStringLiteral("report")).toObject();
        io.out << "report " << p.value(out) << " (" << r.value(QStringLiteral("size")).toInteger()
               << " bytes, SHA-256 " << r.value(QStringLiteral("sha256")).toString() << ")\n"
               << "manifest " << report::Report::manifestPath(p.value(out)) << ", signed by workstation key "
               << manifest.value(QStringLiteral("signer"))
                      .toObject()
                      .value(QStringLiteral("fingerprint"))
                      .toString()
               << '\n';
        if (cf->isReadOnly())
            io.out << "note: the case is read-only (" << cf->readOnlyReason()
                   << "); the export is not in its audit log\n";
    }
    return Ok;
}

} // namespace dt::cli
