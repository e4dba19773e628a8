#include "ingest/importer.h"

#include "case/casefile.h"
#include "case/rejectreason.h"
#include "case/sourceregistry.h"
#include "case/writeback.h"
#include "ingest/compressedreader.h"
#include "ingest/fielddecoder.h"
#include "ingest/importpipeline.h"
#include "ingest/importtimes.h"
#include "ingest/leggrouper.h"
#include "ingest/readerregistry.h"
#include "ingest/rowsink.h"
#include "ingest/valueparsers.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dt::ingest {

QJsonObject ImportSummary::toJson() const
{
    auto iso = [](qint64 t) {
        return t ? QJsonValue(QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject reasons;
    // The JSON is English (docs/cli.md); the kinds are stored language-free.
    for (auto it = rejectedByReason.cbegin(); it != rejectedByReason.cend(); ++it)
        reasons.insert(RejectReason::kindText(it.key(), Language::English), it.value());
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("source_id"), sourceId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("encoding"), encoding},
                  {QStringLiteral("accepted"), accepted},
                  {QStringLiteral("rejected"), rejected},
                  {QStringLiteral("rejected_by_reason"), reasons},
                  {QStringLiteral("duplicates_merged"), duplicatesMerged},
                  {QStringLiteral("legs_grouped"), legsGrouped},
                  {QStringLiteral("repaired"), repaired},
                  {QStringLiteral("first_time"), iso(firstTime)},
                  {QStringLiteral("last_time"), iso(lastTime)},
                  {QStringLiteral("distinct_numbers"), distinctNumbers}};
    if (!innerFile.isEmpty())
        o.insert(QStringLiteral("inner_file"), innerFile);
    if (excelDateSystem)
        o.insert(QLatin1String(kExcelDateSystemKey), excelDateSystem);
    if (!dateOrder.isEmpty()) {
        o.insert(QStringLiteral("date_order"), dateOrder);
        o.insert(QStringLiteral("date_order_basis"), dateOrderBasis);
    }
    if (!clockOffsetBasis.isEmpty()) {
        o.insert(QStringLiteral("clock_offset"), clockOffset);
        o.insert(QStringLiteral("clock_offset_basis"), clockOffsetBasis);
        o.insert(QStringLiteral("clock_drift_ppm"), std::round(clockDriftPpm * 100) / 100);
    }
    if (!clockDetail.isEmpty()) {
        for (const char *key : {"clock_offset_decision", "clock_offset_estimated_s", "clock_offset_support",
                                "clock_offset_pairable"})
            o.insert(QLatin1String(key), clockDetail.value(QLatin1String(key)));
        o.insert(QStringLiteral("clock_offset_reason"), clockDetail.value(QStringLiteral("reason")));
    }
    if (kind == QLatin1String("calls")) {
        QJsonArray shared;
        for (const SharedCallCount &c : sharedCalls)
            shared.append(QJsonObject{{QStringLiteral("source_id"), c.sourceId},
                                      {QStringLiteral("source"), c.source},
                                      {QStringLiteral("calls"), c.calls}});
        o.insert(QStringLiteral("shared_calls"), shared);
    }
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

bool Importer::sniff(const QString &path, const ImportOptions &options, Layout *layout, QString *error)
{
    Input input(path);
    return ReaderRegistry::instance().sniff(input, options, layout, error);
}

namespace {

/**
 * One file's import, phase by phase, in the case's one transaction: what the file holds, its
 * source, the tables made ready, the calls' legs grouped (PBX logs), the rows, the indexes, the
 * provenance. Each phase returns false with the error set; the transaction then rolls back.
 */
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::Importer)
public:
    ImportRun(CaseFile &cf, const QString &path, const ImportOptions &opt, QString *error)
        : m_case(cf)
        , m_db(cf.db())
        , m_input(path)
        , m_opt(opt)
        , m_error(error)
    {
        m_phase.start();
    }
    bool understand();
    bool decideTimes(const std::atomic_bool *cancel);
    bool registerSource(const std::atomic_bool *cancel);
    bool prepareTables();
    bool groupLegs(const std::atomic_bool *cancel);
    bool readRows(const ProgressFn &progress, const std::atomic_bool *cancel);
    bool finishTables();
    bool recordProvenance();
    /// The wall time since the last lap, as the phase @p name.
    void lap(const char *name) { m_sum.phaseMs.append({QString::fromLatin1(name), m_phase.restart()}); }
    const ImportSummary &summary() const { return m_sum; }

private:
    bool fail(const QString &message)
    {
        *m_error = message;
        return false;
    }
    CaseFile &m_case;
    Database &m_db;
    Input m_input;
    ImportOptions m_opt; ///< the analyst's, with the measured clock correction when one is applied
    QString *m_error;
    QElapsedTimer m_phase;
    ImportSummary m_sum;
    Layout m_layout;
    const Reader *m_reader = nullptr;
    std::optional<BackgroundWriteback> m_writeback;
    std::optional<BulkImportSettings> m_settings;
    std::optional<Transaction> m_tx;
    SourceRequest m_request;
    qint64 m_fileSize = 0, m_sourceId = 0;
    /// The digest of the very bytes the rows are read from, computed beside the import (one read).
    std::optional<Sha256Behind> m_hasher;
    std::unique_ptr<RowSink> m_sink;
    std::optional<AppendOnlyCache> m_cache;
    QStringList m_laterIndexes; ///< dropped before the rows, made again after them
    std::unique_ptr<LegGrouper> m_legs;
    DayMonthOrder m_order = DayMonthOrder::Unknown;
};

bool ImportRun::understand()
{
    const QString path = m_input.path();
    if (!ReaderRegistry::instance().sniff(m_input, m_opt, &m_layout, m_error))
        return false;
    m_reader = ReaderRegistry::instance().readerOf(m_layout);
    if (!m_reader)
        return fail(tr("%1: no reader for the format '%2'").arg(path, m_layout.format));
    const auto kind = sourceKindFromName(m_layout.kind);
    if (!kind || *kind == SourceKind::Other)
        return fail(tr("--kind must be calls, leak or complaints, not '%1'").arg(m_layout.kind));
    const Mapping &mp = m_layout.mapping;
    if (m_layout.kind == QLatin1String("calls") &&
        !((mp.has(Field::Caller) && mp.has(Field::Callee)) || (mp.has(Field::Local) && mp.has(Field::Other))))
        return fail(
            tr("%1: a call log needs caller and callee (or local and other number) columns; found %2. "
               "Use --map.")
                .arg(path, QString::fromUtf8(
                               QJsonDocument(mp.toJson(m_layout.headers)).toJson(QJsonDocument::Compact))));
    if (m_layout.kind == QLatin1String("calls") && !mp.has(Field::Start))
        return fail(tr("%1: a call log needs a start-time column. Use --map start=Column.").arg(path));
    m_sum.file = QFileInfo(path).fileName();
    m_sum.kind = m_layout.kind;
    m_sum.format = m_layout.format;
    m_sum.encoding = m_layout.encoding;
    m_sum.innerFile = m_layout.details.value(QLatin1String(CompressedReader::kInnerFile)).toString();
    m_sum.excelDateSystem = m_layout.excelDateSystem();
    m_request.path = path;
    m_request.name = m_opt.source;
    if (m_request.name.isEmpty() && !m_sum.innerFile.isEmpty())
        m_request.name =
            QFileInfo(m_sum.innerFile).completeBaseName(); // the export's name, not the archive's
    m_request.kind = *kind;
    m_request.format = m_layout.format;
    m_request.encoding = m_layout.encoding;
    m_request.mapping = mp.toJson(m_layout.headers);
    m_request.timezone = m_opt.timezone;
    m_request.acquired = m_opt.acquired;
    m_request.force = m_opt.force;
    return true;
}

bool ImportRun::decideTimes(const std::atomic_bool *cancel)
{
    if (!m_opt.dateOrder.isEmpty() && m_opt.dateOrder != QLatin1String("auto") &&
        !dateOrderFromName(m_opt.dateOrder))
        return fail(tr("--date-order must be ymd, dmy, mdy or auto, not '%1'").arg(m_opt.dateOrder));
    // A leaked list's times are not events of the case: neither its date order nor a clock is decided.
    if (m_layout.kind == QLatin1String("leak"))
        return true;
    if (m_layout.mapping.has(Field::Start)) {
        const DateOrderResult order =
            decideDateOrder(m_db, *m_reader, m_input.path(), m_layout, m_opt, m_case.timeZone(), cancel);
        m_order = parserOrder(order);
        m_sum.dateOrder = dateOrderName(order.order);
        m_sum.dateOrderBasis = dateOrderBasisName(order.basis);
        m_sum.dateOrderDetail = order.toJson();
        m_sum.dateOrderDetail.insert(QStringLiteral("reason"), order.reason());
        const bool undecided = order.basis == DateOrderBasis::Default && order.ambiguous > 0;
        if (undecided || order.closeCall || order.contradicting > 0)
            m_sum.warnings
                << tr("Date order %1 (%2): %3").arg(m_sum.dateOrder, m_sum.dateOrderBasis, order.reason());
    }
    m_sum.clockOffsetBasis = m_opt.clockOffset ? QStringLiteral("given") : QStringLiteral("none");
    m_sum.clockOffset = m_opt.clockOffset.value_or(0);
    if (!m_opt.clockOffset && m_layout.kind == QLatin1String("calls")) {
        QString why;
        const auto skew =
            estimateFileClock(m_db, *m_reader, m_input.path(), m_layout, m_opt, m_order, cancel, &why);
        if (cancel && cancel->load())
            return fail(Reader::cancelled(m_input.path()));
        if (skew) {
            m_sum.clockDetail = skew->toJson();
            m_sum.clockDetail.insert(QStringLiteral("reason"), skew->reason());
            if (skew->decision == SkewEstimate::Decision::Apply) {
                m_opt.measuredClock = skew->correction;
                m_sum.clockOffsetBasis = QStringLiteral("estimated");
                m_sum.clockOffset = skew->correction.at(skew->correction.reference);
                m_sum.clockDriftPpm = skew->correction.driftPpm;
            } else if (skew->decision == SkewEstimate::Decision::ZoneMismatch) {
                m_sum.warnings << tr("Clock: %1").arg(skew->reason());
            }
        } else if (!why.isEmpty()) {
            m_sum.warnings << tr("Clock: not measured: %1").arg(why);
        }
    }
    m_request.clockOffsetSeconds = m_sum.clockOffset;
    m_request.clockDriftPpm = m_sum.clockDriftPpm;
    m_request.clockOffsetBasis = m_sum.clockOffsetBasis;
    m_request.dateOrder = m_sum.dateOrder;
    m_request.dateOrderBasis = m_sum.dateOrderBasis;
    m_request.timesDetail = QJsonObject{{QStringLiteral("date_order"), m_sum.dateOrderDetail},
                                        {QStringLiteral("clock"), m_sum.clockDetail}};
    if (m_sum.excelDateSystem) // how the workbook's serial days were read
        m_request.timesDetail.insert(QLatin1String(kExcelDateSystemKey), m_sum.excelDateSystem);
    return true;
}

bool ImportRun::registerSource(const std::atomic_bool *cancel)
{
    m_writeback.emplace(m_case.path()); // the pages reach the disk during the import
    m_settings.emplace(m_db);
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        return fail(tr("%1: cannot start the import: %2").arg(m_case.path(), m_db.lastError()));
    // A file read in one pass is hashed from the bytes its rows are read from, on a thread of its
    // own (Sha256Behind: one read of the file, and the digest is of what was imported), and recorded
    // as a source once the digest is known, under the id its rows already use. Only when no source
    // of the same size exists (a file already in the case must be refused before any work) and no
    // foreign-key check would see the rows before their source.
    m_fileSize = m_input.size();
    const bool hashAside =
        m_reader->readsInOnePass(m_layout) &&
        m_db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 0 &&
        !m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources WHERE size = %1)").arg(m_fileSize))
             .toBool() &&
        m_input.setTap([this](const QByteArray &b) { m_hasher->add(b); });
    if (hashAside) {
        m_sourceId = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM sources")).toLongLong();
        m_hasher.emplace();
        m_sum.source =
            m_request.name.isEmpty() ? QFileInfo(m_input.path()).completeBaseName() : m_request.name;
    } else {
        m_sourceId = m_case.sources().registerSource(m_request, m_error, {}, cancel);
        if (!m_sourceId)
            return false;
        m_sum.source = m_case.sources().byId(m_sourceId)->name;
    }
    m_sum.sourceId = m_sourceId;
    return true;
}

bool ImportRun::prepareTables()
{
    if (m_layout.kind == QLatin1String("leak")) {
        const auto dropped = dropLeakIndexes(m_db, m_fileSize, m_error);
        if (!dropped)
            return false;
        m_laterIndexes = *dropped;
    }
    m_sink = RowSink::make(m_db, m_sourceId, m_layout, m_opt, &m_sum);
    if (!m_sink->prepare(m_error, m_fileSize))
        return false;
    const bool leakRecordsAppended =
        m_laterIndexes.join(QLatin1Char('\n')).contains(QLatin1String(" ON leak_records("));
    // A call log brings a new number every few rows at most; a leaked list or a complaints file up to one a
    // row.
    const bool calls = m_layout.kind == QLatin1String("calls");
    const qint64 rows = m_sink->estimatedRows(m_fileSize);
    const auto dictionaryIndexes = dropDictionaryIndexes(
        m_db, calls, m_sink->numbersInMemory(), calls ? rows / 8 : rows, m_sink->knownNumbers(), m_error);
    if (!dictionaryIndexes)
        return false;
    m_laterIndexes = *dictionaryIndexes + m_laterIndexes;
    m_cache.emplace(m_db, !dictionaryIndexes->isEmpty() && (calls || leakRecordsAppended));
    if (m_layout.mapping.has(Field::Start) && m_layout.kind != QLatin1String("leak"))
        m_sink->setDayMonthOrder(m_order);
    return true;
}

bool ImportRun::groupLegs(const std::atomic_bool *cancel)
{
    // Asterisk logs one row per channel leg: a first pass finds the rows of each call.
    m_legs = m_reader->legGrouper(m_layout);
    if (!m_legs)
        return true;
    FieldDecoder dec(m_reader->fieldEncoding(m_layout));
    bool skipHeader = m_layout.header;
    CallbackSink scan([&](QVector<Record> &rs) {
        for (const Record &r : std::as_const(rs)) {
            if (std::exchange(skipHeader, false))
                continue;
            QStringList row;
            for (const QByteArray &f : r.fields)
                row << dec(f, nullptr);
            m_legs->scan(row, r.line);
        }
        rs.clear();
        return true;
    });
    ReadContext context;
    context.cancel = cancel;
    context.sourceName = m_sum.source;
    if (!m_reader->read(m_input, m_layout, m_opt, scan, context, m_error))
        return false;
    m_legs->finish();
    m_sink->setLegGrouper(m_legs.get());
    return true;
}

bool ImportRun::readRows(const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ReadContext context;
    context.progress = progress;
    context.cancel = cancel;
    context.sourceName = m_sum.source;
    std::mutex warned;
    QStringList readWarnings;
    context.warn = [&warned, &readWarnings](const QString &w) {
        const std::lock_guard<std::mutex> lock(warned);
        readWarnings << w;
    };
    const bool rowsOk = pipelineRows(*m_reader, m_input, m_layout, m_opt, *m_sink, &m_sum, context, m_error);
    for (const QString &w : std::as_const(readWarnings)) {
        if (!m_sum.warnings.contains(w))
            m_sum.warnings << w;
    }
    if (!rowsOk)
        return false;
    if (m_sum.accepted == 0 && m_sum.rejected == 0)
        return fail(tr("%1: no data rows (header only?)").arg(m_input.path()));
    if (m_sum.accepted == 0) {
        // Nothing usable: most likely a wrong mapping, format or encoding, not a source to keep.
        Statement first = m_db.prepare(QStringLiteral(
            "SELECT line, reason FROM rejected_rows WHERE source_id = ? ORDER BY line LIMIT 1"));
        first.bind(1, m_sourceId);
        const bool named = first.step();
        return fail(tr("%1: every row (%2) was rejected, nothing was imported; line %3: %4")
                        .arg(m_input.path())
                        .arg(m_sum.rejected)
                        .arg(named ? first.int64(0) : 0)
                        .arg(named ? RejectReason::text(first.text(1), interfaceLanguage())
                                   : QString()));
    }
    m_sink->releaseCaches();
#ifdef __GLIBC__
    malloc_trim(0); // give the rows' freed memory back before the postings and SQLite's index sorts
#endif
    return true;
}

bool ImportRun::finishTables()
{
    // The dropped indexes are made again while the postings are sorted on another thread.
    return m_sink->finish(m_error, [this] { return buildIndexes(m_db, m_laterIndexes, m_error); });
}

bool ImportRun::recordProvenance()
{
    if (!m_sink->sharedCalls(&m_sum.sharedCalls, m_error))
        return false;
    if (!m_sum.sharedCalls.isEmpty()) {
        for (SharedCallCount &c : m_sum.sharedCalls) {
            const auto other = m_case.sources().byId(c.sourceId);
            c.source = other ? other->name : QString();
        }
        m_request.timesDetail.insert(QLatin1String(kSharedCallsKey), sharedCallsToJson(m_sum.sharedCalls));
        if (!m_hasher && !m_case.sources().setTimesDetail(m_sourceId, m_request.timesDetail, m_error))
            return false;
    }
    if (m_hasher) {
        qint64 hashed = 0;
        const QString digest = m_hasher->result(&hashed);
        if (hashed != m_fileSize)
            return fail(tr("%1 changed while it was imported (%2 bytes read, %3 when the import began); "
                           "nothing was imported, import it again")
                            .arg(m_input.path())
                            .arg(hashed)
                            .arg(m_fileSize));
        if (m_case.sources().registerHashed(m_request, digest, m_fileSize, m_error, m_sourceId) != m_sourceId)
            return false;
    }
    m_sum.distinctNumbers = m_sink->distinctNumbers();
    if (!m_case.sources().setCounts(m_sourceId, m_sum.accepted, m_sum.rejected, m_sum.duplicatesMerged,
                                    m_error))
        return false;
    QJsonObject details = m_sum.toJson();
    details.insert(QStringLiteral("sha256"), m_case.sources().byId(m_sourceId)->sha256);
    if (!m_sum.dateOrderDetail.isEmpty())
        details.insert(QStringLiteral("date_order_detail"), m_sum.dateOrderDetail);
    if (!m_sum.clockDetail.isEmpty())
        details.insert(QStringLiteral("clock_detail"), m_sum.clockDetail);
    if (!m_case.audit().append(QStringLiteral("import"), details, m_error))
        return false;
    if (!m_tx->commit())
        return fail(tr("%1: cannot commit the import: %2").arg(m_case.path(), m_db.lastError()));
    return true;
}

} // namespace

bool Importer::importFile(const QString &path, const ImportOptions &given, ImportSummary *summary,
                          QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ImportOptions opt = given;
    if (opt.timezone.isEmpty()) // a file's times without a zone are the case's local times
        opt.timezone = m_case.timeZone();
    if (m_case.isReadOnly()) {
        *error = tr("%1: the case is read-only (%2)").arg(m_case.path(), m_case.readOnlyReason());
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (opt.clockOffset && (*opt.clockOffset < -kMaxClockOffset || *opt.clockOffset > kMaxClockOffset)) {
        *error = tr("the clock offset %1 s is beyond ten years (±%2 s)")
                     .arg(*opt.clockOffset)
                     .arg(kMaxClockOffset);
        return false;
    }
    ImportRun run(m_case, path, opt, error);
    if (!run.understand())
        return false;
    run.lap("sniff");
    if (!run.decideTimes(cancel))
        return false;
    run.lap("times");
    if (!run.registerSource(cancel))
        return false;
    run.lap("hash and register");
    if (!run.prepareTables())
        return false;
    run.lap("prepare");
    if (!run.groupLegs(cancel) || !run.readRows(progress, cancel))
        return false;
    run.lap("rows");
    if (!run.finishTables())
        return false;
    run.lap(run.summary().kind == QLatin1String("calls") ? "postings and indexes" : "indexes");
    if (!run.recordProvenance())
        return false;
    run.lap("finish");
    if (summary)
        *summary = run.summary();
    return true;
}

} // namespace dt::ingest
