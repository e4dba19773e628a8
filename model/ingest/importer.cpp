#include "ingest/importer.h"

#include "case/casefile.h"
#include "case/writeback.h"
#include "ingest/csvparser.h"
#include "ingest/delimitedstream.h"
#include "ingest/htmlreader.h"
#include "ingest/jsonreader.h"
#include "ingest/leggrouper.h"
#include "ingest/phonedbreader.h"
#include "ingest/rowwriter.h"
#include "ingest/valueparsers.h"
#include "ingest/xlsxreader.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>
#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <sqlite3.h>
#include <thread>

namespace dt::ingest {

QJsonObject ImportSummary::toJson() const
{
    auto iso = [](qint64 t) {
        return t ? QJsonValue(QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject reasons;
    for (auto it = rejectedByReason.cbegin(); it != rejectedByReason.cend(); ++it)
        reasons.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("file"), file},
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
}

BulkImportSettings::BulkImportSettings(Database &db)
    : m_db(db)
    , m_active(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_active)
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA temp_store = FILE"));
}

BulkImportSettings::~BulkImportSettings()
{
    if (m_active)
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY"));
}

namespace {

/// Runs @p creates (CREATE INDEX statements) with two sorter threads and small sorter runs: SQLite
/// sorts in memory up to the page cache's size, then merges runs through temporary files, and fresh
/// memory costs more than the merge here. The 10M CDR's numbers_value and cells_value took 0.44-0.48
/// and 0.39-0.42 s with 8 MB runs, 0.37-0.42 and 0.29-0.35 s with 1-2 MB ones (64 MB: 0.82, 0.64 s).
bool buildIndexes(Database &db, const QStringList &creates, QString *error)
{
    if (creates.isEmpty())
        return true;
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    // Two sorter threads merge the runs (a no-op where SQLite was built without worker threads).
    const bool ok = db.exec(QStringLiteral("PRAGMA threads = 2; PRAGMA cache_size = -2048; ") +
                            creates.join(QStringLiteral("; ")));
    if (!ok)
        *error = db.lastError();
    db.exec(QStringLiteral("PRAGMA threads = 0; PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return ok;
}

/// Drops the indexes @p names that exist, adding the statements that make them again (as the schema
/// wrote them) to @p creates.
bool dropIndexes(Database &db, const QStringList &names, QStringList *creates, QString *error)
{
    for (const QString &name : names) {
        Statement st = db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        st.bind(1, name);
        if (!st.step() || st.isNull(0))
            continue;
        const QString create = st.text(0);
        st = Statement();
        if (!db.exec(QStringLiteral("DROP INDEX %1").arg(name))) { // the schema's own names: no quoting needed
            *error = db.lastError();
            return false;
        }
        *creates << create;
    }
    return true;
}

/// Leaked lists: when the file is large beside what leak_records (or persons) already holds, that
/// table's indexes are dropped before the rows and made again after them, one sort each instead of
/// a B-tree insert per row. Returns the statements that make them again (as the schema wrote them).
/// Not the indexes led by (source_id, line): the import's rows come in that order, after every
/// entry the case holds (a new source, lines rising), so that each insert is an append. (A million
/// rows in the sqlite3 shell: made again after them, leak_records_trace took 0.35 s.)
std::optional<QStringList> dropLeakIndexes(Database &db, qint64 fileBytes, QString *error)
{
    QStringList creates;
    for (const char *table : {"leak_records", "persons"}) {
        // About a row per 64 bytes of a file at most: the table holds no more than the file brings.
        const qint64 rows =
            db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
        if (rows > fileBytes / 64)
            continue;
        Statement st =
            db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = ? AND sql IS NOT NULL ORDER BY rowid"));
        st.bind(1, QString::fromLatin1(table));
        QStringList names;
        while (st.step()) {
            if (const QString name = st.text(0);
                name != QLatin1String("leak_records_trace") && name != QLatin1String("leak_records_masked"))
                names << name;
        }
        st = Statement();
        if (!dropIndexes(db, names, &creates, error))
            return std::nullopt;
    }
    return creates;
}

/// The dictionaries' unique indexes (numbers' values; for a call log also devices' and cells'),
/// dropped before the rows when they will bring many entries beside what the case holds (one sort
/// after them instead of an insert per new entry in no order: 3.4 s of a million-row leaked list's
/// 5.6 s of rows). Only when the writer has the case's dictionaries in memory: then no row looks a
/// value up in SQL, and making the index again is the check that the values are unique. Returns
/// the statements that make them again.
std::optional<QStringList> dropDictionaryIndexes(Database &db, const RowWriter &writer, const Layout &layout,
                                                 qint64 fileBytes, QString *error)
{
    // A call log brings a new number every few rows at most; a leaked list or a complaints file up to one a row.
    const bool calls = layout.kind == QLatin1String("calls");
    const qint64 rows = writer.estimatedRows(fileBytes);
    const qint64 expected = calls ? rows / 8 : rows;
    if (!writer.numbersInMemory() || expected < writer.knownNumbers())
        return QStringList();
    QStringList names{QStringLiteral("numbers_value")};
    if (calls) // only a call log names devices and cells
        names << QStringLiteral("devices_imei") << QStringLiteral("cells_value");
    QStringList creates;
    if (!dropIndexes(db, names, &creates, error))
        return std::nullopt;
    return creates;
}

/**
 * SQLite's page cache, small while an import only appends: with the indexes of the tables it fills
 * dropped (dropDictionaryIndexes(), dropLeakIndexes()), its inserts look nothing up in a big index
 * (those kept take appends at their right edge), and the cache mostly holds pages waiting to be
 * written. The case's 256 MB (for inserts into big indexes) then cost their fresh memory and a longer
 * commit: the 10M CDR took 8.0-8.2 s with 16 MB against 9.1 s, peak RSS 475 MiB against 728; the 1M
 * leak list 4.0 s against 4.4-4.6 s. Restored after.
 */
class AppendOnlyCache
{
public:
    AppendOnlyCache(Database &db, bool appendOnly)
        : m_db(db)
    {
        if (!appendOnly)
            return;
        m_was = db.scalar(QStringLiteral("PRAGMA cache_size"));
        db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    }
    ~AppendOnlyCache()
    {
        if (m_was.isValid())
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_was.toLongLong()));
    }
    AppendOnlyCache(const AppendOnlyCache &) = delete;
    AppendOnlyCache &operator=(const AppendOnlyCache &) = delete;

private:
    Database &m_db;
    QVariant m_was;
};

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
    QElapsedTimer phase;
    phase.start();
    ImportSummary sum;
    auto lap = [&sum, &phase](const char *name) {
        sum.phaseMs.append({QString::fromLatin1(name), phase.restart()});
    };
    Layout layout;
    if (!sniff(path, opt, &layout, error))
        return false;
    lap("sniff");
    const auto kind = sourceKindFromName(layout.kind);
    if (!kind || *kind == SourceKind::Other) {
        *error = tr("--kind must be calls, leak or complaints, not '%1'").arg(layout.kind);
        return false;
    }
    if (layout.kind == QLatin1String("calls") &&
        !((layout.mapping.has(Field::Caller) && layout.mapping.has(Field::Callee)) ||
          (layout.mapping.has(Field::Local) && layout.mapping.has(Field::Other)))) {
        *error = tr("%1: a call log needs caller and callee (or local and other number) columns; found %2. "
                    "Use --map.")
                     .arg(path, QString::fromUtf8(QJsonDocument(layout.mapping.toJson(layout.headers))
                                                      .toJson(QJsonDocument::Compact)));
        return false;
    }
    if (layout.kind == QLatin1String("calls") && !layout.mapping.has(Field::Start)) {
        *error = tr("%1: a call log needs a start-time column. Use --map start=Column.").arg(path);
        return false;
    }
    sum.file = QFileInfo(path).fileName();
    sum.kind = layout.kind;
    sum.format = layout.format;
    sum.encoding = layout.encoding;

    Database &db = m_case.db();
    const BackgroundWriteback writeback(m_case.path()); // the pages reach the disk during the import
    const BulkImportSettings settings(db);
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tr("%1: cannot start the import: %2").arg(m_case.path(), db.lastError());
        return false;
    }
    SourceRequest req;
    req.path = path;
    req.name = opt.source;
    req.kind = *kind;
    req.format = layout.format;
    req.encoding = layout.encoding;
    req.mapping = layout.mapping.toJson(layout.headers);
    req.timezone = opt.timezone;
    req.clockOffsetSeconds = opt.clockOffset;
    req.acquired = opt.acquired;
    req.force = opt.force;
    // A streamed text file is hashed from the bytes its rows are read from, on a thread of its own
    // (Sha256Behind: one read of the file, and the digest is of what was imported), and recorded
    // as a source once the digest is known, under the id its rows already use. Only when no source
    // of the same size exists (a file already in the case must be refused before any work) and no
    // foreign-key check would see the rows before their source.
    const qint64 fileSize = QFileInfo(path).size();
    const bool streamed = !layout.html && (layout.format == QLatin1String("delimited") ||
                                           layout.format == QLatin1String("carrier-cdr") ||
                                           layout.format == QLatin1String("freeswitch-cdr-csv"));
    const bool hashAside =
        streamed && db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 0 &&
        !db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources WHERE size = %1)").arg(fileSize))
             .toBool();
    // The digest of the very bytes the rows are read from, computed beside the import (one read).
    std::optional<Sha256Behind> hasher;
    qint64 sourceId = 0;
    if (hashAside) {
        sourceId = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM sources")).toLongLong();
        hasher.emplace();
        sum.source = req.name.isEmpty() ? QFileInfo(path).completeBaseName() : req.name;
    } else {
        sourceId = m_case.sources().registerSource(req, error, {}, cancel);
        if (!sourceId)
            return false;
        sum.source = m_case.sources().byId(sourceId)->name;
    }
    sum.sourceId = sourceId;
    lap("hash and register");

    QStringList laterIndexes; // dropped before the rows, made again after them
    if (layout.kind == QLatin1String("leak")) {
        const auto dropped = dropLeakIndexes(db, fileSize, error);
        if (!dropped)
            return false;
        laterIndexes = *dropped;
    }
    RowWriter writer(db, sourceId, layout, opt, &sum);
    if (!writer.prepare(error, fileSize))
        return false;
    const bool leakRecordsAppended = laterIndexes.join(QLatin1Char('\n')).contains(QLatin1String(" ON leak_records("));
    const auto dictionaryIndexes = dropDictionaryIndexes(db, writer, layout, fileSize, error);
    if (!dictionaryIndexes)
        return false;
    laterIndexes = *dictionaryIndexes + laterIndexes;
    const AppendOnlyCache cache(db, !dictionaryIndexes->isEmpty() && (layout.kind == QLatin1String("calls") ||
                                                                      leakRecordsAppended));
    if (layout.mapping.has(Field::Start)) {
        QStringList times;
        for (const auto &r : layout.preview)
            times << r.value(layout.mapping.column(Field::Start));
        writer.setDayMonthOrder(guessDayMonthOrder(times));
    }
    lap("prepare");

    // Asterisk logs one row per channel leg: a first pass finds the rows of each call.
    std::unique_ptr<LegGrouper> legs;
    const Mapping &mp = layout.mapping;
    if (layout.kind == QLatin1String("calls") &&
        layout.format.startsWith(QLatin1String("asterisk-master-csv")) && mp.has(Field::Caller) &&
        mp.has(Field::Callee) && !layout.html) {
        LegGrouper::Columns c;
        c.src = mp.column(Field::Caller);
        c.dst = mp.column(Field::Callee);
        c.start = mp.column(Field::Start);
        c.billsec = mp.column(Field::Duration);
        c.disposition = mp.column(Field::Disposition);
        c.channel = layout.channelColumn;
        c.uniqueId = layout.uniqueIdColumn;
        c.linkedId = layout.linkedIdColumn;
        legs = std::make_unique<LegGrouper>(c);
        FieldDecoder legDec(layout.encoding);
        bool skipHeader = layout.header;
        auto scan = [&](QVector<Record> &rs) {
            for (const Record &r : std::as_const(rs)) {
                if (std::exchange(skipHeader, false))
                    continue;
                QStringList row;
                for (const QByteArray &f : r.fields)
                    row << legDec(f, nullptr);
                legs->scan(row, r.line);
            }
            rs.clear();
            return true;
        };
        std::optional<Record> unterminated;
        if (!streamDelimited(path, layout, scan, &unterminated, {}, cancel, error))
            return false;
        legs->finish();
        writer.setLegGrouper(legs.get());
    }

    FieldDecoder dec(layout.html ? QStringLiteral("UTF-8") : layout.encoding);
    bool firstRecord = true;
    auto handle = [&](QVector<Record> &records) -> bool {
        for (Record &r : records) {
            if (firstRecord) {
                firstRecord = false;
                if (layout.header)
                    continue;
            }
            bool repaired = false;
            QStringList row;
            row.reserve(r.fields.size());
            for (const QByteArray &f : std::as_const(r.fields))
                row << dec(f, &repaired);
            if (repaired)
                ++sum.repaired;
            if (!writer.add(row, r.line, r.raw, error))
                return false;
        }
        records.clear();
        return true;
    };

    QVector<Record> records;
    if (layout.html) {
        HtmlBill bill;
        firstRecord = false; // the header row is not among the records
        if (!HtmlReader::read(path, opt.encoding, opt.owner, &bill, error))
            return false;
        sum.repaired += bill.repaired;
        records = std::move(bill.rows);
        if (!handle(records))
            return false;
    } else if (layout.format == QLatin1String("xlsx")) {
        if (!XlsxReader::read(path, &records, error) || !handle(records))
            return false;
    } else if (layout.format == QLatin1String("android-calls") ||
               layout.format == QLatin1String("ios-callhistory") ||
               layout.format == QLatin1String("calllog-db")) {
        firstRecord = false;
        bool apple = false;
        const QString owner = opt.owner.isEmpty() ? QStringLiteral("owner:") + sum.source : opt.owner;
        if (!PhoneDbReader::read(path, layout.format, owner, &records, &apple, error) || !handle(records))
            return false;
    } else if (layout.format == QLatin1String("json")) {
        QStringList keys;
        firstRecord = false; // no header record in JSON
        if (!JsonReader::read(path, &records, &keys, error) || !handle(records))
            return false;
    } else {
        std::optional<Record> bad;
        std::function<void(const QByteArray &)> bytes;
        if (hasher)
            bytes = [&hasher](const QByteArray &b) { hasher->add(b); };
        if (!pipelineDelimited(path, layout, opt, writer, &sum, &bad, progress, cancel, error, bytes))
            return false;
        if (bad) {
            // The last record ran to the end of the file inside quotes: keep it as a rejected row.
            ++sum.rejected;
            ++sum.rejectedByReason[tr("unterminated quoted field (truncated file?)")];
            Statement st = db.prepare(
                QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason, raw) VALUES(?,?,?,?)"));
            st.bind(1, sourceId)
                .bind(2, bad->line)
                .bind(3, tr("unterminated quoted field (truncated file?)"))
                .bindBlob(4, bad->raw.left(65536));
            if (!st.exec()) {
                *error = db.lastError();
                return false;
            }
        }
    }
    if (sum.accepted == 0 && sum.rejected == 0) {
        *error = tr("%1: no data rows (header only?)").arg(path);
        return false;
    }
    writer.releaseCaches();
#ifdef __GLIBC__
    malloc_trim(0); // give the rows' freed memory back before the postings and SQLite's index sorts
#endif
    lap("rows");
    // The dropped indexes are made again while the postings are sorted on another thread.
    if (!writer.finish(error, [&] { return buildIndexes(db, laterIndexes, error); }))
        return false;
    lap(layout.kind == QLatin1String("calls") ? "postings and indexes" : "indexes");
    if (hashAside) {
        qint64 hashed = 0;
        const QString digest = hasher->result(&hashed);
        if (hashed != fileSize) {
            *error = tr("%1 changed while it was imported (%2 bytes read, %3 when the import began); "
                        "nothing was imported, import it again")
                         .arg(path)
                         .arg(hashed)
                         .arg(fileSize);
            return false;
        }
        if (m_case.sources().registerHashed(req, digest, fileSize, error, sourceId) != sourceId)
            return false;
    }
    sum.distinctNumbers = writer.distinctNumbers();
    if (!m_case.sources().setCounts(sourceId, sum.accepted, sum.rejected, sum.duplicatesMerged, error))
        return false;
    QJsonObject details = sum.toJson();
    details.insert(QStringLiteral("sha256"), m_case.sources().byId(sourceId)->sha256);
    if (!m_case.audit().append(QStringLiteral("import"), details, error))
        return false;
    if (!tx.commit()) {
        *error = tr("%1: cannot commit the import: %2").arg(m_case.path(), db.lastError());
        return false;
    }
    lap("finish");
    if (summary)
        *summary = sum;
    return true;
}

} // namespace dt::ingest
