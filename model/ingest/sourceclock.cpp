#include "ingest/sourceclock.h"

#include "case/casefile.h"
#include "core/sha256.h"
#include "ingest/importer.h"
#include "ingest/importtimes.h"
#include "ingest/readerregistry.h"

#include <cmath>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dt::ingest {

namespace {

/// The mapping recorded at import (field -> header or "#n") as `--map` takes it.
QString mapOption(const QString &mappingJson)
{
    const QJsonObject m = QJsonDocument::fromJson(mappingJson.toUtf8()).object();
    QStringList parts;
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        const QString col = it.value().toString();
        if (col.contains(QLatin1Char(',')) || col.contains(QLatin1Char('=')))
            continue; // cannot be said in --map; the header mapping finds it again
        parts << it.key() + QLatin1Char('=') + (col.startsWith(QLatin1Char('#')) ? col.mid(1) : col);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

bool measureSourceClock(CaseFile &cf, const QString &ref, SourceClock *out, QString *error,
                        const std::atomic_bool *cancel)
{
    *out = SourceClock();
    const QVector<SourceRecord> sources = cf.sources().list();
    QString id = ref;
    if (id.startsWith(QLatin1Char('#')))
        id.remove(0, 1);
    bool numeric = false;
    const qint64 wanted = id.toLongLong(&numeric);
    const SourceRecord *found = nullptr;
    for (const SourceRecord &s : sources)
        if ((numeric && s.id == wanted) || s.name == ref)
            found = &s;
    if (!found) {
        QStringList names;
        for (const SourceRecord &s : sources)
            names << QStringLiteral("#%1 %2").arg(s.id).arg(s.name);
        *error = SourceClock::tr("%1: no source '%2' (sources: %3)")
                     .arg(cf.path(), ref,
                          names.isEmpty() ? SourceClock::tr("none") : names.join(QStringLiteral(", ")));
        return false;
    }
    if (found->kind != QLatin1String("calls")) {
        *error = SourceClock::tr("%1: source '%2' is a %3 source, not a call log: it has no clock to measure")
                     .arg(cf.path(), found->name, found->kind);
        return false;
    }
    out->source = *found;
    out->applied = out->source.clockOffsetSeconds != 0 || out->source.clockDriftPpm != 0;
    const QJsonObject detail = QJsonDocument::fromJson(found->timesDetail.toUtf8()).object();
    out->recorded = detail.value(QLatin1String("clock")).toObject();
    const auto shared = sharedCallsBySource(sources).value(found->id);
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        SharedCallCount c{it.key(), it.value(), QString()};
        for (const SourceRecord &s : sources)
            if (s.id == it.key())
                c.source = s.name;
        out->shared << c;
    }

    const QString path = found->originalPath;
    if (!QFileInfo(path).isFile()) {
        out->notMeasured = SourceClock::tr("the original file %1 is not there").arg(path);
        return true;
    }
    QString why;
    if (QFileInfo(path).size() != found->size || sha256OfFile(path, &why) != found->sha256) {
        out->notMeasured =
            why.isEmpty()
                ? SourceClock::tr("the file at %1 is not the one imported (its SHA-256 differs)").arg(path)
                : why;
        return true;
    }
    ImportOptions opt;
    opt.kind = QStringLiteral("calls");
    opt.format = found->format.isEmpty() ? QStringLiteral("auto") : found->format;
    opt.encoding = found->encoding.isEmpty() ? QStringLiteral("auto") : found->encoding;
    opt.map = mapOption(found->mapping);
    opt.timezone = found->timezone;
    if (!found->dateOrder.isEmpty())
        opt.dateOrder = found->dateOrder;
    Layout layout;
    const Reader *reader = nullptr;
    if (Importer::sniff(path, opt, &layout, &why))
        reader = ReaderRegistry::instance().readerOf(layout);
    if (!reader) {
        out->notMeasured = SourceClock::tr("%1 cannot be read again as it was imported: %2").arg(path, why);
        return true;
    }
    const DayMonthOrder order =
        found->dateOrder == QLatin1String("mdy") ? DayMonthOrder::MonthFirst : DayMonthOrder::DayFirst;
    out->measured = estimateFileClock(cf.db(), *reader, path, layout, opt, order, cancel, &why, found->id);
    if (!out->measured)
        out->notMeasured =
            why.isEmpty() ? SourceClock::tr("no other call of the case to measure against") : why;
    return true;
}

QJsonObject SourceClock::toJson() const
{
    QJsonArray sharedJson;
    for (const SharedCallCount &c : shared)
        sharedJson.append(QJsonObject{{QStringLiteral("source_id"), c.sourceId},
                                      {QStringLiteral("source"), c.source},
                                      {QStringLiteral("calls"), c.calls}});
    QJsonObject m;
    if (measured) {
        m = measured->toJson();
        m.insert(QStringLiteral("reason"), measured->reason());
    }
    return QJsonObject{
        {QStringLiteral("source_id"), source.id},
        {QStringLiteral("source"), source.name},
        {QStringLiteral("file"), source.fileName},
        {QStringLiteral("applied"), applied},
        {QStringLiteral("clock_offset"), source.clockOffsetSeconds},
        {QStringLiteral("clock_offset_basis"), source.clockOffsetBasis},
        {QStringLiteral("clock_drift_ppm"), std::round(source.clockDriftPpm * 100) / 100},
        {QStringLiteral("recorded"), recorded.isEmpty() ? QJsonValue() : QJsonValue(recorded)},
        {QStringLiteral("measured"), measured ? QJsonValue(m) : QJsonValue()},
        {QStringLiteral("not_measured"), notMeasured.isEmpty() ? QJsonValue() : QJsonValue(notMeasured)},
        {QStringLiteral("shared_calls"), sharedJson}};
}

QString SourceClock::text() const
{
    QStringList lines;
    lines << tr("Source #%1 %2 (%3)").arg(source.id).arg(source.name, source.fileName);
    const QString basis = source.clockOffsetBasis.isEmpty() ? tr("not recorded") : source.clockOffsetBasis;
    lines << (applied ? tr("Applied: %1 s added to its times, drift %2 ppm (basis: %3)")
                            .arg(source.clockOffsetSeconds)
                            .arg(source.clockDriftPpm, 0, 'f', 1)
                            .arg(basis)
                      : tr("Applied: nothing (basis: %1)").arg(basis));
    if (measured) {
        lines << tr("Measured now: %1 s, drift %2 ppm; support %3 of %4 pairable calls (%5%), spread %6 s, "
                    "runner-up %7; decision %8")
                     .arg(measured->correction.at(measured->correction.reference))
                     .arg(measured->correction.driftPpm, 0, 'f', 1)
                     .arg(measured->support)
                     .arg(measured->pairable)
                     .arg(qRound(100 * measured->sharpness))
                     .arg(measured->spreadSeconds, 0, 'f', 1)
                     .arg(measured->runnerUp)
                     .arg(SkewEstimate::decisionName(measured->decision));
        lines << measured->reason();
    } else {
        lines << tr("Not measured now: %1").arg(notMeasured);
    }
    if (!recorded.isEmpty())
        lines << tr("At import: %1 s, support %2 of %3, decision %4")
                     .arg(recorded.value(QLatin1String("clock_offset_estimated_s")).toInteger())
                     .arg(recorded.value(QLatin1String("clock_offset_support")).toInteger())
                     .arg(recorded.value(QLatin1String("clock_offset_pairable")).toInteger())
                     .arg(recorded.value(QLatin1String("clock_offset_decision")).toString());
    for (const SharedCallCount &c : shared)
        lines << tr("Shares %1 calls with #%2 %3").arg(c.calls).arg(c.sourceId).arg(c.source);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dt::ingest
