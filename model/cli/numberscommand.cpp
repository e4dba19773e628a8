// `dialtrace-cli numbers CASE [--json] [--verdict V] [--type T] [--sort KEY] [--limit N]`: every
// number of the case with its profile, type, score, verdict and reasons (docs/cli.md).
#include "analysis/detection.h"
#include "analysis/numberstable.h"
#include "case/casefile.h"
#include "cli/clicommands.h"
#include "phone/phonenumber.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace dt::cli {

namespace {

bool numberClassOf(const QString &name, int *out)
{
    for (int k = 0; k <= int(NumberClass::Email); ++k) {
        if (numberClassName(NumberClass(k)) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString percent(double v)
{
    return QString::number(v * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace

int cmdNumbers(const QStringList &args, Io &io)
{
    using namespace analysis;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Every number of the case: its calls, distinct callees, answered share, mean duration, active\n"
        "days, night share, complainants and call-backs, its type, and what the latest analysis run made\n"
        "of it (verdict suspect, legitimate or ordinary, score, category, operator, reasons).\n"
        "Figures sort largest first; number, type and operator in ascending order."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    const QCommandLineOption verdict(
        QStringLiteral("verdict"),
        QStringLiteral("Only numbers of this verdict: suspect, legitimate, ordinary."),
        QStringLiteral("VERDICT"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QStringLiteral("Only numbers of this type (mobile, virtual_mobile, landline, "
                       "service_95, service_400, …; `lookup --json` names them)."),
        QStringLiteral("TYPE"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  QStringLiteral("Order by one of: %1 (default calls_out).")
                                      .arg(numberSortCodes().join(QStringLiteral(", "))),
                                  QStringLiteral("KEY"), QStringLiteral("calls_out"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("List at most N numbers (0: all)."), QStringLiteral("N"),
                                   QStringLiteral("0"));
    const QCommandLineOption rowsOut(
        QStringLiteral("rows"),
        QStringLiteral("For the GUI's worker: print `progress N` lines (0..100) while building, then\n"
                       "`count N` and every number's figures, one tab-separated line each (docs/cli.md)."));
    p.addOptions({json, verdict, type, sort, limit, rowsOut});
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    NumberFilter filter;
    if (p.isSet(verdict)) {
        Verdict v;
        if (!fromCode(p.value(verdict), &v)) {
            io.err << "dialtrace-cli numbers: unknown verdict '" << p.value(verdict)
                   << "' (suspect, legitimate or ordinary)\n";
            return Usage;
        }
        filter.verdict = int(v);
    }
    if (p.isSet(type) && !numberClassOf(p.value(type), &filter.numberClass)) {
        io.err << "dialtrace-cli numbers: unknown number type '" << p.value(type) << "'\n";
        return Usage;
    }
    NumberSort key;
    if (!fromCode(p.value(sort), &key)) {
        io.err << "dialtrace-cli numbers: unknown sort key '" << p.value(sort) << "' (one of "
               << numberSortCodes().join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    bool ok = false;
    const qint64 most = p.value(limit).toLongLong(&ok);
    if (!ok || most < 0) {
        io.err << "dialtrace-cli numbers: --limit wants a count, not '" << p.value(limit) << "'\n";
        return Usage;
    }
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli numbers: " << error << '\n';
        return BadInput;
    }
    QString noRun; // a case never analysed lists every number as ordinary
    auto findings = std::make_shared<const Findings>(Detector::latestFindings(*cf, &noRun));
    NumbersTable table;
    const bool forWorker = p.isSet(rowsOut);
    NumbersTable::Progress progress;
    int shown = -1;
    if (forWorker)
        progress = [&io, &shown](int done, int) {
            if (done == shown)
                return;
            shown = done;
            io.out << "progress " << done << '\n';
            io.out.flush(); // the GUI shows it while the build goes on
        };
    if (!NumbersTable::build(cf->db(), findings, cf->clock(), &table, &error, nullptr, progress)) {
        io.err << "dialtrace-cli numbers: " << cf->path() << ": " << error << '\n';
        return BadInput;
    }
    if (forWorker) {
        io.out << "count " << table.rows().size() << '\n';
        for (const NumberRow &r : table.rows())
            io.out << NumbersTable::rowLine(r) << '\n';
        return Ok;
    }
    const bool descending =
        key != NumberSort::Number && key != NumberSort::Type && key != NumberSort::Operator;
    const std::vector<int> rows = table.select(filter, key, descending, size_t(most));
    if (p.isSet(json)) {
        QJsonArray list;
        for (int k : rows)
            list.append(NumbersTable::toJson(table.rows()[size_t(k)]));
        const QJsonObject o{
            {QStringLiteral("run_id"), findings->run.id ? QJsonValue(findings->run.id) : QJsonValue()},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("numbers"), qint64(table.rows().size())},
                         {QStringLiteral("suspect"), table.count(Verdict::Suspect)},
                         {QStringLiteral("legitimate"), table.count(Verdict::Legitimate)},
                         {QStringLiteral("ordinary"), table.count(Verdict::Ordinary)}}},
            {QStringLiteral("sort"), code(key)},
            {QStringLiteral("listed"), qint64(rows.size())},
            {QStringLiteral("numbers"), list}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << table.rows().size() << " numbers: " << table.count(Verdict::Suspect) << " suspect, "
           << table.count(Verdict::Legitimate) << " legitimate, " << table.count(Verdict::Ordinary)
           << " ordinary" << (findings->run.id ? QString() : QStringLiteral(" (no analysis run yet)"))
           << '\n';
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                  .arg(QStringLiteral("number"), -16)
                  .arg(QStringLiteral("type"), -14)
                  .arg(QStringLiteral("verdict"), -10)
                  .arg(QStringLiteral("score"), 5)
                  .arg(QStringLiteral("out"), 8)
                  .arg(QStringLiteral("in"), 7)
                  .arg(QStringLiteral("callees"), 8)
                  .arg(QStringLiteral("answered"), 8)
                  .arg(QStringLiteral("complaints"), 10)
           << "  reasons\n";
    for (int k : rows) {
        const NumberRow &r = table.rows()[size_t(k)];
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                      .arg(r.key, -16)
                      .arg(numberClassName(NumberClass(r.numberClass)), -14)
                      .arg(code(r.verdict), -10)
                      .arg(r.finding ? QString::number(r.score, 'f', 2) : QStringLiteral("-"), 5)
                      .arg(r.callsOut, 8)
                      .arg(r.callsIn, 7)
                      .arg(r.distinctCallees, 8)
                      .arg(r.callsOut ? percent(r.answeredShare) : QStringLiteral("-"), 8)
                      .arg(r.complainants, 10)
               << "  " << NumbersTable::reasons(r, Language::English).join(QStringLiteral("; ")) << '\n';
    }
    return Ok;
}

} // namespace dt::cli
