// `dialtrace-cli export CASE --format anx|graphml|gexf|csv --out PATH`: the link chart of the whole
// latest run (or a saved chart) for another tool, recorded in the audit log with each file's SHA-256.
#include "analysis/detection.h"
#include "case/casefile.h"
#include "cli/clicommands.h"
#include "export/exportrunner.h"
#include "export/rungraph.h"
#include "graph/chartstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace dt::cli {

int cmdExport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export a link chart for another tool: i2 Analyst's Notebook (anx), yEd/Gephi/Cytoscape\n"
        "(graphml), Gephi with its timeline (gexf), or spreadsheets (csv: a folder holding\n"
        "nodes.csv and edges.csv). By default the whole latest run:\n"
        "operators, their numbers expanded, the lists they dialled and the lineage. The export\n"
        "and each file's SHA-256 are recorded in the case's audit log when it is writable."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("anx, graphml, gexf or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The file to write (for csv: the folder)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        QStringLiteral("run (default: the whole latest run) or chart (a chart saved "
                       "in the case, as it shows it)."),
        QStringLiteral("SCOPE"), QStringLiteral("run"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral("The saved view for --scope chart (default: the one the case opens on)."),
        QStringLiteral("NAME"));
    const QCommandLineOption hubLimit(
        QStringLiteral("hub-limit"),
        QStringLiteral("--scope run: the most counterparts of a number shown one by one, the rest in one "
                       "aggregate (default %1; 0: all).")
            .arg(exports::RunGraph::kDefaultHubLimit),
        QStringLiteral("N"), QString::number(exports::RunGraph::kDefaultHubLimit));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    for (const auto &o : {format, out, scope, view, hubLimit, json})
        p.addOption(o);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    const exports::ExportWriter *writer = exports::writer(p.value(format));
    if (!writer) {
        io.err << "dialtrace-cli export: --format must be one of "
               << exports::writerNames(QStringLiteral(", ")) << '\n';
        return Usage;
    }
    if (!p.isSet(out)) {
        io.err << "dialtrace-cli export: --out PATH is required\n";
        return Usage;
    }
    const QString sc = p.isSet(view) && !p.isSet(scope) ? QStringLiteral("chart") : p.value(scope);
    if (sc != QLatin1String("run") && sc != QLatin1String("chart")) {
        io.err << "dialtrace-cli export: --scope must be run or chart\n";
        return Usage;
    }
    bool ok = false;
    const int limit = p.value(hubLimit).toInt(&ok);
    if (!ok || limit < 0) {
        io.err << "dialtrace-cli export: --hub-limit must be a non-negative integer\n";
        return Usage;
    }
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadWriteOrReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli export: " << error << '\n';
        return BadInput;
    }
    const auto findings =
        std::make_shared<const analysis::Findings>(analysis::Detector::latestFindings(*cf, &error));
    graph::LinkGraph g;
    graph::GraphFilter filter;
    if (sc == QLatin1String("run")) {
        if (findings->isEmpty()) {
            io.err << "dialtrace-cli export: " << cf->path() << ": " << error << '\n';
            return BadInput;
        }
        if (!exports::RunGraph::build(cf->db(), findings, limit, &g, &error)) {
            io.err << "dialtrace-cli export: " << cf->path() << ": " << error << '\n';
            return BadInput;
        }
    } else {
        const QString name = p.isSet(view) ? p.value(view) : graph::ChartStore::current(cf->db());
        const QJsonObject saved = graph::ChartStore::load(cf->db(), name, &error);
        if (saved.isEmpty()) {
            io.err << "dialtrace-cli export: " << cf->path() << ": no saved chart named '" << name << "'"
                   << (error.isEmpty() ? QString() : QStringLiteral(": ") + error) << '\n';
            return BadInput;
        }
        if (!graph::LinkGraph::fromJson(saved, &g, &filter, &error)) {
            io.err << "dialtrace-cli export: " << cf->path() << ": chart '" << name << "': " << error << '\n';
            return BadInput;
        }
    }
    exports::ExportData data = exports::ExportData::fromGraph(g, filter, &cf->db(), cf->clock());
    data.title = cf->title();
    data.caseId = cf->meta(QStringLiteral("case_id"));
    data.scope = sc;
    data.runId = findings->run.id;
    exports::ExportResult result;
    if (!exports::ExportRunner::write(*writer, data, p.value(out), &result, &error)) {
        io.err << "dialtrace-cli export: " << error << '\n';
        return BadInput;
    }
    if (!cf->isReadOnly() && !exports::ExportRunner::record(*cf, &result, &error)) {
        io.err << "dialtrace-cli export: " << cf->path() << ": " << error << '\n';
        return BadInput;
    }
    if (p.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << "exported " << result.nodes << " entities and " << result.edges << " links (" << sc << ") as "
           << writer->name() << ":\n";
    for (const auto &f : result.files)
        io.out << "  " << f.path << "  " << f.size << " bytes  sha256 " << f.sha256 << '\n';
    if (cf->isReadOnly())
        io.out << "note: the case is read-only (" << cf->readOnlyReason()
               << "); the export is not in its audit log\n";
    return Ok;
}

} // namespace dt::cli
