// dialtrace-cli import: call logs, leaked lists and complaints into a case, all files one unit.
#include "case/casefile.h"
#include "case/database.h"
#include "case/rejectreason.h"
#include "cli/clicommands.h"
#include "ingest/compressedreader.h"
#include "ingest/dateorder.h"
#include "ingest/fieldmap.h"
#include "ingest/importer.h"
#include "ingest/mappingprofiles.h"
#include "ingest/readerregistry.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace dt::cli {

int cmdImport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Import call logs, leaked lists or complaints into a case. All files are one unit: if any file\n"
        "fails, nothing is imported and the case is unchanged. Every guess can be overridden."));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("calls, leak, complaints or auto."),
                                  QStringLiteral("K"), QStringLiteral("auto"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Source name (default: the file's base name)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("%1 or auto (a compressed file, .gz or a .zip of one file, is detected; the format is "
                       "its content's).")
            .arg(ingest::ReaderRegistry::instance().formats().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QStringLiteral("UTF-8, GB18030 (GBK), UTF-16LE, UTF-16BE, ISO-8859-1 or auto."),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        QStringLiteral("Column overrides: field=Column,… (fields: caller, callee, local, other, direction, "
                       "start, duration, duration_ms, disposition, imei, lac, cell, name, phone, id_card, "
                       "address, city, reported, complainant, category, text)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption tz(QStringLiteral("timezone"),
                                QStringLiteral("Time zone of the file's times (default: the case's zone)."),
                                QStringLiteral("TZ"));
    const QCommandLineOption offset(
        QStringLiteral("clock-offset"),
        QStringLiteral("Seconds to add to the file's times (a wrong clock); 0 included, it skips the "
                       "measure. Default: measured against the case's other sources (docs/times.md)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        QStringLiteral("Order of year-last dates: dmy, mdy, ymd or auto (default: decided from the data)."),
        QStringLiteral("ORDER"), QStringLiteral("auto"));
    const QCommandLineOption acquired(QStringLiteral("acquired"),
                                      QStringLiteral("Date the file was seized or the list acquired."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Import a file already in the case (same SHA-256)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the summaries as JSON (docs/cli.md)."));
    const QCommandLineOption region(
        QStringLiteral("region"),
        QStringLiteral("Numbering plan for numbers without a country code (default CN)."),
        QStringLiteral("CC"), QStringLiteral("CN"));
    const QCommandLineOption owner(
        QStringLiteral("owner"),
        QStringLiteral("Phone databases: the device owner's number (default: owner:<source>)."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Use a saved mapping profile (kind, format, columns); --map still overrides."),
        QStringLiteral("NAME"));
    const QCommandLineOption saveProfile(
        QStringLiteral("save-profile"),
        QStringLiteral("Save the mapping this import used as a profile in the case (one file)."),
        QStringLiteral("NAME"));
    const QCommandLineOption timings(QStringLiteral("timings"),
                                     QStringLiteral("Print the wall time of each import phase on stderr."));
    for (const auto &o : {kind, source, format, encoding, map, tz, offset, dateOrder, acquired, force, json,
                          region, owner, profile, saveProfile, timings})
        p.addOption(o);
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import."),
                            QStringLiteral("FILE..."));
    if (const int rc = parseOrExit(p, args, io, 2, -1); rc >= 0)
        return rc;
    ingest::ImportOptions opt;
    QString error;
    opt.kind = p.value(kind);
    opt.source = p.value(source);
    opt.format = p.value(format);
    opt.encoding = p.value(encoding);
    opt.map = p.value(map);
    opt.timezone = p.value(tz);
    opt.acquired = p.value(acquired);
    opt.force = p.isSet(force);
    opt.region = p.value(region).toUpper();
    opt.owner = p.value(owner);
    bool ok = true;
    if (p.isSet(offset)) {
        opt.clockOffset = p.value(offset).toLongLong(&ok);
        ok =
            ok && *opt.clockOffset >= -ingest::kMaxClockOffset && *opt.clockOffset <= ingest::kMaxClockOffset;
    }
    if (!ok) {
        io.err << "dialtrace-cli import: --clock-offset must be a number of seconds within ten years (±"
               << ingest::kMaxClockOffset << "), not '" << p.value(offset) << "'\n";
        return Usage;
    }
    opt.dateOrder = p.value(dateOrder).toLower();
    if (opt.dateOrder != QLatin1String("auto") && !ingest::dateOrderFromName(opt.dateOrder)) {
        io.err << "dialtrace-cli import: --date-order must be dmy, mdy, ymd or auto, not '"
               << p.value(dateOrder) << "'\n";
        return Usage;
    }
    const QString inner = opt.format.mid(ingest::CompressedReader::prefixOf(opt.format).size());
    const QString wrapper = opt.format.left(opt.format.size() - inner.size());
    if (!(wrapper.isEmpty() || wrapper == QLatin1String("gzip+") || wrapper == QLatin1String("zip+")) ||
        !(inner == QLatin1String("auto") || ingest::ReaderRegistry::instance().formats().contains(inner))) {
        io.err << "dialtrace-cli import: --format: unknown format '" << opt.format << "' (auto, "
               << ingest::ReaderRegistry::instance().formats().join(QStringLiteral(", "))
               << "; gzip+ or zip+ before one names the export inside a compressed file)\n";
        return Usage;
    }
    if (!opt.map.isEmpty() && !ingest::FieldMapper::applyOverrides(nullptr, opt.map, {}, &error)) {
        io.err << "dialtrace-cli import: " << error << '\n';
        return Usage;
    }
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("calls"), QStringLiteral("leak"),
                     QStringLiteral("complaints")}
             .contains(opt.kind)) {
        io.err << "dialtrace-cli import: --kind must be calls, leak, complaints or auto\n";
        return Usage;
    }
    if (!opt.acquired.isEmpty() && !QDate::fromString(opt.acquired, Qt::ISODate).isValid()) {
        io.err << "dialtrace-cli import: --acquired must be a date YYYY-MM-DD, not '" << opt.acquired
               << "'\n";
        return Usage;
    }
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() > 1 && !opt.source.isEmpty()) {
        io.err << "dialtrace-cli import: --source names one file; import files one by one to name each\n";
        return Usage;
    }
    if (p.isSet(saveProfile) && files.size() != 1) {
        io.err << "dialtrace-cli import: --save-profile takes the mapping of one file; import it alone\n";
        return Usage;
    }
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadWrite, &error);
    if (!cf) {
        io.err << "dialtrace-cli import: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(profile)) {
        const auto pr = ingest::MappingProfiles::load(cf->db(), p.value(profile));
        if (!pr) {
            io.err << "dialtrace-cli import: " << cf->path() << ": no mapping profile '" << p.value(profile)
                   << "'\n";
            return BadInput;
        }
        if (opt.kind == QLatin1String("auto"))
            opt.kind = pr->kind;
        if (opt.format == QLatin1String("auto") && !pr->format.isEmpty())
            opt.format = pr->format;
        opt.map = opt.map.isEmpty() ? pr->map : pr->map + QLatin1Char(',') + opt.map; // later entries win
    }
    // A column the file does not have names nothing: a usage error, before anything is written.
    if (!opt.map.isEmpty()) {
        for (const QString &file : files) {
            ingest::ImportOptions detected = opt;
            detected.map.clear();
            ingest::Layout layout;
            if (!ingest::Importer::sniff(file, detected, &layout, &error))
                continue; // the import says why
            if (!ingest::FieldMapper::applyOverrides(&layout.mapping, opt.map, layout.headers, &error)) {
                io.err << "dialtrace-cli import: " << file << ": " << error << '\n';
                return Usage;
            }
        }
    }
    // A command-line import is one long write with the case to itself: each page it adds is written
    // once (CaseFile::useRollbackJournal()). When another connection has the case open, it keeps the WAL.
    cf->useRollbackJournal();
    // One unit for all files, with the bulk-load settings held around it (see BulkImportSettings).
    const ingest::BulkImportSettings settings(cf->db());
    Transaction all(cf->db());
    ingest::Importer importer(*cf);
    QJsonArray summaries;
    QStringList lines;
    for (const QString &file : files) {
        ingest::ImportSummary sum;
        if (!importer.importFile(file, opt, &sum, &error)) {
            io.err << "dialtrace-cli import: " << error << '\n';
            if (files.size() > 1)
                io.err << "dialtrace-cli import: nothing was imported; the case is unchanged\n";
            return BadInput;
        }
        if (p.isSet(timings)) {
            for (const auto &ph : std::as_const(sum.phaseMs))
                io.err << "timing: " << sum.file << ": " << ph.first << ": " << ph.second << " ms\n";
        }
        summaries.append(sum.toJson());
        lines << QStringLiteral(
                     "%1: %2 %3 (%4, %5): %6 accepted, %7 rejected, %8 duplicates merged, %9 numbers")
                     .arg(sum.file, sum.kind, sum.source, sum.format, sum.encoding)
                     .arg(sum.accepted)
                     .arg(sum.rejected)
                     .arg(sum.duplicatesMerged)
                     .arg(sum.distinctNumbers);
        for (auto it = sum.rejectedByReason.cbegin(); it != sum.rejectedByReason.cend(); ++it)
            lines << QStringLiteral("  rejected: %1 × %2")
                         .arg(it.value())
                         .arg(RejectReason::kindText(it.key(), Language::English));
        if (sum.excelDateSystem)
            lines << QStringLiteral("  workbook date system: %1 (serial days from %2)")
                         .arg(sum.excelDateSystem)
                         .arg(sum.excelDateSystem == 1904 ? QStringLiteral("1904-01-01")
                                                          : QStringLiteral("1899-12-30"));
        if (sum.dateOrderBasis == QLatin1String("inferred"))
            lines << QStringLiteral("  date order: %1 (inferred): %2")
                         .arg(sum.dateOrder, sum.dateOrderDetail.value(QStringLiteral("reason")).toString());
        const QString clockDecision =
            sum.clockDetail.value(QStringLiteral("clock_offset_decision")).toString();
        if (clockDecision == QLatin1String("apply") || clockDecision == QLatin1String("weak"))
            lines << QStringLiteral("  clock: %1")
                         .arg(sum.clockDetail.value(QStringLiteral("reason")).toString());
        for (const SharedCallCount &c : std::as_const(sum.sharedCalls))
            lines << QStringLiteral("  shared calls: %1 with #%2 %3 (stored once)")
                         .arg(c.calls)
                         .arg(c.sourceId)
                         .arg(c.source);
        for (const QString &w : std::as_const(sum.warnings))
            lines << QStringLiteral("  warning: %1").arg(w);
    }
    QElapsedTimer commitTimer;
    commitTimer.start();
    if (!all.commit()) {
        io.err << "dialtrace-cli import: cannot commit: " << cf->db().lastError() << '\n';
        return BadInput;
    }
    if (p.isSet(timings))
        io.err << "timing: commit: " << commitTimer.elapsed() << " ms\n";
    if (p.isSet(saveProfile)) {
        Statement last = cf->db().prepare(
            QStringLiteral("SELECT kind, format, mapping FROM sources ORDER BY id DESC LIMIT 1"));
        ingest::MappingProfile pr;
        if (last.step()) {
            pr.name = p.value(saveProfile);
            pr.kind = last.text(0);
            pr.format = last.text(1);
            pr.map = ingest::MappingProfiles::specFromSourceMapping(last.text(2));
        }
        if (!ingest::MappingProfiles::save(*cf, pr, &error)) {
            io.err << "dialtrace-cli import: the import is done, but the profile was not saved: " << error
                   << '\n';
            return BadInput;
        }
        lines << QStringLiteral("mapping profile '%1' saved: %2").arg(pr.name, pr.map);
    }
    if (p.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(summaries).toJson(QJsonDocument::Indented));
    else
        for (const QString &l : lines)
            io.out << l << '\n';
    return Ok;
}

} // namespace dt::cli
