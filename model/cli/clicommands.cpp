#include "cli/clicommands.h"

#include "analysis/describe.h"
#include "analysis/detection.h"
#include "analysis/evaluation.h"
#include "analysis/findingsjson.h"
#include "analysis/victimtrail.h"
#include "analysis/victimtrailjson.h"
#include "case/casefile.h"
#include "case/sharedcalls.h"
#include "case/sourceregistry.h"
#include "case/verifier.h"
#include "core/sha256.h"
#include "dt/version.h"
#include "phone/lookup.h"
#include "report/report.h"
#include "sample/samplegenerator.h"

#include <cmath>
#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dt::cli {

int parseOrExit(QCommandLineParser &parser, const QStringList &args, Io &io, int minPositional,
                int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << "dialtrace-cli " << args.value(0) << ": " << parser.errorText() << "\n\n"
               << parser.helpText();
        return Usage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return Ok;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        io.err << "dialtrace-cli " << args.value(0) << ": wrong number of arguments\n\n" << parser.helpText();
        return Usage;
    }
    return -1;
}

namespace {

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QJsonObject sourceJson(const SourceRecord &s, const QMap<qint64, qint64> &shared,
                       const QVector<SourceRecord> &all)
{
    QJsonArray sharedCalls;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        QString name;
        for (const SourceRecord &o : all)
            if (o.id == it.key())
                name = o.name;
        sharedCalls.append(QJsonObject{{QStringLiteral("source_id"), it.key()},
                                       {QStringLiteral("source"), name},
                                       {QStringLiteral("calls"), it.value()}});
    }
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("file"), s.fileName},
                  {QStringLiteral("sha256"), s.sha256},
                  {QStringLiteral("size"), s.size},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("format"), s.format},
                  {QStringLiteral("encoding"), s.encoding},
                  {QStringLiteral("timezone"), s.timezone},
                  {QStringLiteral("clock_offset"), s.clockOffsetSeconds},
                  {QStringLiteral("clock_offset_basis"), s.clockOffsetBasis},
                  {QStringLiteral("clock_drift_ppm"), s.clockDriftPpm},
                  {QStringLiteral("date_order"), s.dateOrder},
                  {QStringLiteral("date_order_basis"), s.dateOrderBasis},
                  {QStringLiteral("acquired"), s.acquired.isEmpty() ? QJsonValue() : QJsonValue(s.acquired)},
                  {QStringLiteral("rows_accepted"), s.rowsAccepted},
                  {QStringLiteral("rows_rejected"), s.rowsRejected},
                  {QStringLiteral("duplicates_merged"), s.duplicatesMerged},
                  {QStringLiteral("shared_calls"), sharedCalls},
                  {QStringLiteral("analyst"), s.analyst},
                  {QStringLiteral("registered_utc"), s.registeredUtc}};
    const QJsonValue dateSystem =
        QJsonDocument::fromJson(s.timesDetail.toUtf8()).object().value(QLatin1String(kExcelDateSystemKey));
    if (!dateSystem.isUndefined())
        o.insert(QLatin1String(kExcelDateSystemKey), dateSystem);
    return o;
}

} // namespace

int cmdNew(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create an empty case file (refuses to overwrite)."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Case title."),
                                   QStringLiteral("T"));
    const QCommandLineOption zone(QStringLiteral("timezone"),
                                  QStringLiteral("The case's time zone: where its times are shown and local "
                                                 "hours counted (IANA name, default Asia/Shanghai)."),
                                  QStringLiteral("ZONE"), CaseClock::defaultZone());
    p.addOption(title);
    p.addOption(zone);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file to create (*.dtcase)."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    const QString path = p.positionalArguments().at(0);
    const QString t = p.isSet(title) ? p.value(title) : QFileInfo(path).completeBaseName();
    QString error;
    auto cf = CaseFile::create(path, t, &error, p.value(zone));
    if (!cf) {
        io.err << "dialtrace-cli new: " << error << '\n';
        return BadInput;
    }
    io.out << "created " << cf->path() << " (\"" << t << "\", schema " << cf->schemaVersion()
           << ", time zone " << cf->clock().description() << ")\n";
    return Ok;
}

int cmdInfo(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Describe a case: title, schema, sources with hashes, counts."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli info: " << error << '\n';
        return BadInput;
    }
    const CaseCounts c = cf->counts();
    const auto sources = cf->sources().list();
    if (p.isSet(json)) {
        QJsonArray src;
        const auto shared = sharedCallsBySource(sources);
        for (const auto &s : sources)
            src.append(sourceJson(s, shared.value(s.id), sources));
        printJson(io.out,
                  QJsonObject{{QStringLiteral("path"), cf->path()},
                              {QStringLiteral("title"), cf->title()},
                              {QStringLiteral("case_id"), cf->meta(QStringLiteral("case_id"))},
                              {QStringLiteral("created_utc"), cf->meta(QStringLiteral("created_utc"))},
                              {QStringLiteral("created_with"), cf->meta(QStringLiteral("created_with"))},
                              {QStringLiteral("timezone"), cf->timeZone()},
                              {QStringLiteral("schema_version"), cf->schemaVersion()},
                              {QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)},
                              {QStringLiteral("sources"), src},
                              {QStringLiteral("counts"),
                               QJsonObject{{QStringLiteral("sources"), c.sources},
                                           {QStringLiteral("numbers"), c.numbers},
                                           {QStringLiteral("calls"), c.calls},
                                           {QStringLiteral("leak_records"), c.leakRecords},
                                           {QStringLiteral("complaints"), c.complaints},
                                           {QStringLiteral("rejected_rows"), c.rejectedRows},
                                           {QStringLiteral("analysis_runs"), c.analysisRuns},
                                           {QStringLiteral("findings"), c.findings},
                                           {QStringLiteral("annotations"), c.annotations},
                                           {QStringLiteral("audit_entries"), c.auditEntries}}}});
        return Ok;
    }
    io.out << "Case:     " << cf->title() << '\n'
           << "File:     " << cf->path() << '\n'
           << "Created:  " << cf->clock().stampOfIso(cf->meta(QStringLiteral("created_utc")))
           << " with DialTrace " << cf->meta(QStringLiteral("created_with")) << '\n'
           << "Zone:     " << cf->clock().description() << '\n'
           << "Schema:   " << cf->schemaVersion() << '\n'
           << "Contents: " << c.sources << " sources, " << c.calls << " calls, " << c.numbers << " numbers, "
           << c.leakRecords << " leak records, " << c.complaints << " complaints, " << c.rejectedRows
           << " rejected rows, " << c.analysisRuns << " analysis runs, " << c.auditEntries
           << " audit entries\n";
    for (const auto &s : sources)
        io.out << "  #" << s.id << ' ' << s.kind.leftJustified(11) << s.name << "  " << s.fileName << "  "
               << s.size << " bytes  sha256 " << s.sha256 << "  accepted " << s.rowsAccepted << ", rejected "
               << s.rowsRejected << '\n';
    return Ok;
}

int cmdAnalyze(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Profile every number, score call-centre, robocall and harassment behaviour with reasons, group\n"
        "numbers into operators. Stored as an analysis run (parameters, tool version, input digest)."));
    const QCommandLineOption params(QStringLiteral("params"),
                                    QStringLiteral("JSON file of thresholds overriding the defaults."),
                                    QStringLiteral("FILE"));
    p.addOption(params);
    const QCommandLineOption timings(QStringLiteral("timings"),
                                     QStringLiteral("Print each phase's wall time on stderr."));
    p.addOption(timings);
    const QCommandLineOption prepare(
        QStringLiteral("prepare"),
        QStringLiteral("For the GUI's worker: compute the run from a read-only view of the case and write\n"
                       "it to FILE (the GUI stores it), printing `progress N` lines (0..100)."),
        QStringLiteral("FILE"));
    p.addOption(prepare);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    QJsonObject overrides;
    if (p.isSet(params)) {
        QFile f(p.value(params));
        QJsonParseError pe;
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "dialtrace-cli analyze: " << p.value(params) << ": cannot open: " << f.errorString()
                   << '\n';
            return BadInput;
        }
        overrides = QJsonDocument::fromJson(f.readAll(), &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            io.err << "dialtrace-cli analyze: " << p.value(params)
                   << ": not a JSON object: " << pe.errorString() << '\n';
            return BadInput;
        }
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            // timezone_offset: an older parameter file's fixed offset (seconds east of UTC) for the zone.
            if (!analysis::Detector::defaultParameters().contains(it.key()) &&
                it.key() != QLatin1String("timezone_offset")) {
                io.err << "dialtrace-cli analyze: " << p.value(params) << ": unknown parameter '" << it.key()
                       << "'\n";
                return BadInput;
            }
        }
    }
    QString error;
    if (p.isSet(prepare)) {
        // The GUI holds the case's writer lock: the run is computed from a read-only view and handed
        // to it as a file; the case is never written here.
        auto ro = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
        analysis::Detector::Result result;
        auto progress = [&io](int percent) {
            io.out << "progress " << percent << '\n';
            io.out.flush(); // the GUI shows it while the run goes on
        };
        if (!ro || !analysis::Detector::compute(ro->db(), overrides, &result, &error, nullptr, progress)) {
            io.err << "dialtrace-cli analyze: " << error << '\n';
            return BadInput;
        }
        QSaveFile out(p.value(prepare));
        if (!out.open(QIODevice::WriteOnly) ||
            !analysis::Detector::writePrepared(analysis::Detector::prepare(result), &out, &error) ||
            !out.commit()) {
            io.err << "dialtrace-cli analyze: " << p.value(prepare) << ": "
                   << (error.isEmpty() ? out.errorString() : error) << '\n';
            return BadInput;
        }
        return Ok;
    }
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadWrite, &error);
    if (!cf) {
        io.err << "dialtrace-cli analyze: " << error << '\n';
        return BadInput;
    }
    QList<QPair<QString, qint64>> phaseMs;
    analysis::Detector::Result result;
    const qint64 run = analysis::Detector::analyzeCase(*cf, overrides, &error, &phaseMs, &result);
    if (!run) {
        io.err << "dialtrace-cli analyze: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(timings)) {
        qint64 total = 0;
        for (const auto &ph : std::as_const(phaseMs)) {
            io.err << "timing: " << ph.first << ": " << ph.second << " ms\n";
            total += ph.second;
        }
        io.err << "timing: total: " << total << " ms\n";
    }
    // The summary comes from what was stored, as `findings` reads it back.
    const analysis::Findings &f = result.findings;
    io.out << "analysis run " << run << ": " << f.suspects.size() << " suspect numbers in "
           << f.operators.size() << " operators; " << f.legitimate.size()
           << " high-volume numbers judged legitimate\n";
    for (const analysis::Operator &o : f.operators) {
        io.out << "  " << o.id << ": " << o.numbers.size() << " numbers, " << o.calls << " calls, "
               << o.victims << " victims";
        if (!o.leaks.empty() && o.leaks.front().significant) {
            const analysis::ListAttribution &best = o.leaks.front();
            // A chance below what a double holds is stored as 0 with its log10: never print "p = 0".
            const QString chance =
                best.pValue > 0 ? QStringLiteral("p = %1").arg(best.pValue, 0, 'g', 2)
                                : QStringLiteral("p < 1e-300, log10 p = %1").arg(best.log10P, 0, 'f', 1);
            io.out << "; dialled " << best.source << " (" << best.victimsInLeak << " victims in it, +"
                   << best.maskedMatches << " masked matches, " << chance << ")";
        }
        io.out << '\n';
    }
    for (const analysis::Resale &e : f.lineage)
        io.out << "  lineage: " << e.parent << " -> " << e.child << ", " << e.sharedRecords
               << " records shared, " << qRound(e.containment * 100) << " % of the child ("
               << e.transformations.join(QStringLiteral(", ")) << ")\n";
    return Ok;
}

int cmdFindings(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the findings of the latest analysis run."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    const QCommandLineOption blocklist(
        QStringLiteral("blocklist"),
        QStringLiteral("Also write the suspect numbers as CSV for number-marking systems."),
        QStringLiteral("FILE.csv"));
    p.addOption(json);
    p.addOption(blocklist);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    QString error;
    // An export is a mutating action for the audit log, so it needs the case writable.
    auto cf =
        CaseFile::open(p.positionalArguments().at(0),
                       p.isSet(blocklist) ? CaseFile::Access::ReadWrite : CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli findings: " << error << '\n';
        return BadInput;
    }
    const analysis::Findings f = analysis::Detector::latestFindings(*cf, &error);
    if (f.isEmpty()) {
        io.err << "dialtrace-cli findings: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(blocklist)) {
        const QByteArray csv = analysis::Detector::blocklistCsv(f);
        QSaveFile out(p.value(blocklist));
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) < 0 || !out.commit()) {
            io.err << "dialtrace-cli findings: " << p.value(blocklist)
                   << ": cannot write: " << out.errorString() << '\n';
            return BadInput;
        }
        if (!cf->audit().append(
                QStringLiteral("export-blocklist"),
                QJsonObject{{QStringLiteral("file"), QFileInfo(p.value(blocklist)).absoluteFilePath()},
                            {QStringLiteral("sha256"), sha256Hex(csv)},
                            {QStringLiteral("numbers"), qint64(f.suspects.size())},
                            {QStringLiteral("run_id"), f.run.id}},
                &error)) {
            io.err << "dialtrace-cli findings: " << error << '\n';
            return BadInput;
        }
    }
    if (p.isSet(json)) {
        printJson(io.out, analysis::FindingsJson::toJson(f));
        return Ok;
    }
    for (const analysis::Suspect &s : f.suspects) {
        QStringList reasons;
        for (const analysis::Reason &r : s.reasons)
            reasons << analysis::describe(r, analysis::Language::English);
        io.out << s.key.leftJustified(16) << QString::number(s.score, 'f', 2) << "  "
               << analysis::code(s.category).leftJustified(22) << reasons.join(QStringLiteral("; ")) << '\n';
    }
    return Ok;
}

int cmdEvaluate(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Score the latest findings against a sample's truth.json: suspects' precision, recall and F1;\n"
        "operators' adjusted Rand index and purity; leak attribution (true list first) and resale lineage "
        "edges."));
    const QCommandLineOption truth(QStringLiteral("truth"),
                                   QStringLiteral("The sample generator's truth.json."),
                                   QStringLiteral("FILE"));
    p.addOption(truth);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    if (!p.isSet(truth)) {
        io.err << "dialtrace-cli evaluate: --truth FILE is required\n";
        return Usage;
    }
    QFile f(p.value(truth));
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << "dialtrace-cli evaluate: " << p.value(truth) << ": cannot open: " << f.errorString()
               << '\n';
        return BadInput;
    }
    const QJsonObject t = QJsonDocument::fromJson(f.readAll()).object();
    if (!t.contains(QStringLiteral("operators"))) {
        io.err << "dialtrace-cli evaluate: " << p.value(truth) << ": not a sample truth file\n";
        return BadInput;
    }
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli evaluate: " << error << '\n';
        return BadInput;
    }
    const analysis::Findings findings = analysis::Detector::latestFindings(*cf, &error);
    if (findings.isEmpty()) {
        io.err << "dialtrace-cli evaluate: " << error << '\n';
        return BadInput;
    }
    printJson(io.out, analysis::Evaluation::evaluate(findings, t));
    return Ok;
}

int cmdLookup(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("What is known offline about a phone number (any spelling), a masked phone, a "
                       "resident ID number or an IMEI:\n"
                       "normalised form, type, carrier, place, callability, validity and why."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Region for numbers without a country code."),
                                    QStringLiteral("CC"), QStringLiteral("CN"));
    p.addOption(json);
    p.addOption(region);
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("The value to look up."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    const QJsonObject r = lookupValue(p.positionalArguments().at(0), p.value(region).toUpper());
    if (p.isSet(json)) {
        printJson(io.out, r);
    } else {
        static const char *const order[] = {"kind",        "input",    "number", "id_card",    "imei",
                                            "pattern",     "type",     "valid",  "carrier_zh", "carrier_en",
                                            "place_zh",    "place_en", "place",  "region",     "region_code",
                                            "birth_date",  "sex",      "tac",    "serial",     "svn",
                                            "callability", "why"};
        for (const char *k : order) {
            const QJsonValue v = r.value(QLatin1String(k));
            if (v.isUndefined() || (v.isString() && v.toString().isEmpty()))
                continue;
            io.out << QString::fromLatin1(k).leftJustified(12)
                   << (v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                  : v.toVariant().toString())
                   << '\n';
        }
    }
    const bool bad = r.value(QStringLiteral("type")).toString() == QLatin1String("junk") ||
                     (r.contains(QStringLiteral("valid")) && !r.value(QStringLiteral("valid")).toBool() &&
                      !r.value(QStringLiteral("masked")).toBool());
    return bad ? BadInput : Ok;
}

int cmdTrail(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A victim's trail: the leaked-list records holding a value (a phone number in any spelling, a\n"
        "masked number 138****1234, a resident ID number or a name), the calls those numbers received\n"
        "from the latest analysis's operators (was the first after the list's acquisition?) and the\n"
        "complaints they made."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("The value to trace."));
    if (const int rc = parseOrExit(p, args, io, 2, 2); rc >= 0)
        return rc;
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli trail: " << error << '\n';
        return BadInput;
    }
    const std::optional<analysis::VictimTrailResult> t =
        analysis::VictimTrail::trace(*cf, p.positionalArguments().at(1), &error);
    if (!t) {
        io.err << "dialtrace-cli trail: " << error << '\n';
        return Usage; // the value itself is unusable: nothing in any case could match it
    }
    if (p.isSet(json)) {
        printJson(io.out, analysis::VictimTrailJson::toJson(*t));
        return Ok;
    }
    const CaseClock clock = cf->clock();
    io.out << t->input << " (" << analysis::code(t->kind) << "): "
           << (t->numbers.isEmpty() ? QStringLiteral("no number of the case")
                                    : t->numbers.join(QStringLiteral(", ")))
           << '\n';
    io.out << "\nleaked lists: " << t->leaks.size() << " record(s)\n";
    for (const analysis::TrailLeak &l : t->leaks) {
        QString phone = l.phone;
        io.out << "  " << l.source << " line " << l.line << " (acquired "
               << l.acquired.value_or(QStringLiteral("?"))
               << "): " << phone.replace(QLatin1Char('?'), QLatin1Char('*')) << (l.masked ? " masked" : "")
               << ' ' << l.name << ' ' << l.idCard;
        if (const auto &first = l.firstOperatorCall) {
            io.out << "; first called by " << first->operatorId << ' ' << clock.stamp(first->utc);
            if (first->daysAfterAcquired)
                io.out << ", " << QString::number(std::abs(*first->daysAfterAcquired), 'f', 1)
                       << (first->calledAfterAcquired.value_or(false) ? " days after acquisition"
                                                                      : " days BEFORE acquisition");
        }
        io.out << '\n';
    }
    io.out << "\ncalls from operators: " << t->calls.size() << " caller(s)\n";
    for (const analysis::TrailCall &c : t->calls)
        io.out << "  " << c.operatorId << ' ' << c.caller << " -> " << c.callee << ": " << c.calls
               << " call(s), " << clock.stamp(c.firstUtc) << " .. " << clock.stamp(c.lastUtc) << '\n';
    io.out << "\ncomplaints made: " << t->complaints.size() << '\n';
    for (const analysis::TrailComplaint &c : t->complaints) {
        io.out << "  " << (c.utc ? clock.stamp(*c.utc) : QString()) << ' ' << c.complainant << " reported "
               << c.reported;
        if (c.operatorId)
            io.out << " (" << *c.operatorId << ')';
        io.out << ": " << c.category << '\n';
    }
    if (t->truncated)
        io.out << "\n(truncated: more records or numbers matched)\n";
    return Ok;
}

int cmdSample(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Write a complete synthetic investigation (carrier CDR, PBX log, leaked lists, complaints) and its\n"
        "ground truth (truth.json, docs/sample-truth.md) into DIR. The same seed gives the same bytes."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral("small (~12k calls), medium (~300k), large (~10M) or a number of calls."),
        QStringLiteral("S"), QStringLiteral("small"));
    const QCommandLineOption variant(
        QStringLiteral("variant"),
        QStringLiteral("default, or hard: adds a human call centre, a rotating operator without device\n"
                       "data, a second buyer of one list and legitimate bulk callers of the public."),
        QStringLiteral("V"), QStringLiteral("default"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
    p.addOption(seed);
    p.addOption(scale);
    p.addOption(variant);
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Output folder (created if missing)."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    sample::SampleOptions opt;
    bool ok = false;
    opt.seed = p.value(seed).toULongLong(&ok);
    QString error;
    if (!ok) {
        io.err << "dialtrace-cli sample: --seed must be a non-negative integer, not '" << p.value(seed)
               << "'\n";
        return Usage;
    }
    if (!opt.setScale(p.value(scale), &error)) {
        io.err << "dialtrace-cli sample: " << error << '\n';
        return Usage;
    }
    if (p.value(variant) != QLatin1String("default") && p.value(variant) != QLatin1String("hard")) {
        io.err << "dialtrace-cli sample: --variant must be default or hard, not '" << p.value(variant)
               << "'\n";
        return Usage;
    }
    opt.variant = p.value(variant);
    sample::SampleSummary sum;
    if (!sample::SampleGenerator().generate(p.positionalArguments().at(0), opt, &sum, &error)) {
        io.err << "dialtrace-cli sample: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(json)) {
        printJson(io.out, QJsonObject{{QStringLiteral("dir"), p.positionalArguments().at(0)},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(sum.files)},
                                      {QStringLiteral("calls"), sum.calls},
                                      {QStringLiteral("cdr_rows"), sum.cdrRows},
                                      {QStringLiteral("pbx_rows"), sum.pbxRows},
                                      {QStringLiteral("leak_rows"), sum.leakRows},
                                      {QStringLiteral("complaints"), sum.complaints},
                                      {QStringLiteral("seconds"), sum.seconds}});
    } else {
        io.out << "wrote " << sum.files.size() << " files to " << p.positionalArguments().at(0) << ": "
               << sum.calls << " calls (" << sum.cdrRows << " CDR rows, " << sum.pbxRows << " PBX rows), "
               << sum.leakRows << " leak records, " << sum.complaints << " complaints in "
               << QString::number(sum.seconds, 'f', 1) << " s\n";
    }
    return Ok;
}

} // namespace dt::cli
