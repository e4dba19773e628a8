#include "ingest/importer.h"

#include "case/casefile.h"
#include "ingest/csvparser.h"
#include "ingest/encoding.h"
#include "ingest/htmlreader.h"
#include "ingest/jsonreader.h"
#include "ingest/leggrouper.h"
#include "ingest/phonedbreader.h"
#include "ingest/rowpipe.h"
#include "ingest/rowwriter.h"
#include "ingest/valueparsers.h"
#include "ingest/xlsxreader.h"
#include "phone/idcard.h"
#include "phone/maskedphone.h"
#include "phone/phonenumber.h"

#include <functional>
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
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>
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

namespace {

constexpr qint64 kSniffBytes = 256 * 1024;
constexpr qint64 kChunk = 4 << 20;
const char *const kDispositions[] = {"ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"};

/// Decodes fields of one file's encoding; counts repairs of invalid bytes.
class FieldDecoder
{
public:
    explicit FieldDecoder(const QString &encoding)
        : m_gb(encoding == QLatin1String("GB18030"))
        , m_latin1(encoding == QLatin1String("ISO-8859-1"))
        , m_gbDecoder("GB18030", QStringDecoder::Flag::Stateless)
    {}
    QString operator()(const QByteArray &b, bool *repaired)
    {
        // Most fields of most files are plain ASCII: no decoding, nothing to repair.
        char bits = 0;
        for (const char ch : b)
            bits = char(bits | ch);
        if (!(bits & 0x80))
            return QString::fromLatin1(b);
        QString s;
        if (m_gb) {
            s = m_gbDecoder.decode(b); // stateless: one decoder for every field, not one per field
        } else if (m_latin1) {
            s = QString::fromLatin1(b);
        } else {
            s = QString::fromUtf8(b);
        }
        if (repaired && s.contains(QChar::ReplacementCharacter) && !b.contains("\xEF\xBF\xBD"))
            *repaired = true;
        return s;
    }

private:
    bool m_gb, m_latin1;
    QStringDecoder m_gbDecoder;
};

QByteArray readHead(const QString &path, qint64 n, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Importer::tr("%1: cannot open for reading: %2").arg(path, f.errorString());
        return {};
    }
    return f.read(n);
}

QByteArray transcodeToUtf8(QStringDecoder &dec, const QByteArray &chunk)
{
    return QString(dec.decode(chunk)).toUtf8();
}

/// Streams a delimited file's records to @p sink as they complete (UTF-16 transcoded to UTF-8, a UTF-8
/// BOM dropped). A last record left open inside quotes is not passed on but put in @p unterminated.
bool streamDelimited(const QString &path, const Layout &layout,
                     const std::function<bool(QVector<Record> &)> &sink, std::optional<Record> *unterminated,
                     const ProgressFn &progress, const std::atomic_bool *cancel, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Importer::tr("%1: cannot open for reading: %2").arg(path, f.errorString());
        return false;
    }
    const qint64 total = f.size();
    CsvParser parser(layout.delimiter);
    const bool utf16 = layout.encoding.startsWith(QLatin1String("UTF-16"));
    QStringDecoder utf16dec(layout.encoding == QLatin1String("UTF-16LE") ? QStringDecoder::Utf16LE
                                                                         : QStringDecoder::Utf16BE);
    QVector<Record> records;
    bool first = true;
    qint64 done = 0;
    while (!f.atEnd()) {
        if (cancel && cancel->load()) {
            *error = Importer::tr("%1: import cancelled; the case is unchanged").arg(path);
            return false;
        }
        QByteArray chunk = f.read(kChunk);
        done += chunk.size();
        if (utf16)
            chunk = transcodeToUtf8(utf16dec, chunk);
        if (first) {
            first = false;
            if (chunk.startsWith("\xEF\xBB\xBF"))
                chunk.remove(0, 3);
        }
        parser.feed(chunk.constData(), chunk.size(), records);
        if (!sink(records))
            return false;
        if (progress)
            progress(done, total);
    }
    parser.finish(records);
    if (parser.endedInQuote())
        *unterminated = records.isEmpty() ? Record() : records.takeLast();
    return sink(records);
}

/// Asterisk cdr-csv, any column order: the disposition column, with duration and billsec before it
/// and start/answer/end times before those; src and dst are columns 2 and 3 in both common orders.
int asteriskDispositionColumn(const QStringList &r)
{
    if (r.size() < 15 || r.size() > 22)
        return -1;
    for (int c = 4; c < r.size(); ++c) {
        for (const char *d : kDispositions) {
            if (r.at(c) == QLatin1String(d) && c >= 5 && parseDuration(r.at(c - 1)).has_value() &&
                parseDuration(r.at(c - 2)).has_value() && parseLocalTime(r.at(c - 5)).has_value())
                return c;
        }
    }
    return -1;
}

/// FreeSWITCH cdr-csv default template: name, number, destination, context, start, answer, end,
/// duration, billsec, hangup_cause, …
bool isFreeswitchRow(const QStringList &r)
{
    static const QRegularExpression cause(QStringLiteral("^[A-Z]+(_[A-Z]+)+$"));
    return r.size() >= 10 && cause.match(r.at(9)).hasMatch() && parseLocalTime(r.at(4)).has_value() &&
           parseDuration(r.at(8)).has_value();
}

QString kindFromMapping(const Mapping &m)
{
    if (m.has(Field::Reported))
        return QStringLiteral("complaints");
    if ((m.has(Field::Local) && m.has(Field::Other)) || (m.has(Field::Caller) && m.has(Field::Callee)))
        return QStringLiteral("calls");
    if (m.has(Field::Phone) || m.has(Field::IdCard) || m.has(Field::Name))
        return QStringLiteral("leak");
    return {};
}

/// Imports a delimited file's rows with two threads: this one writes them to the case while a
/// second one reads, parses and decodes the file ahead of it (a bounded queue between them).
bool pipelineDelimited(const QString &path, const Layout &layout, const ImportOptions &opt, RowWriter &writer,
                       ImportSummary *sum, std::optional<Record> *unterminated, const ProgressFn &progress,
                       const std::atomic_bool *cancel, QString *error)
{
    // Call logs (but PBX legs, grouped by the writer) are parsed on the reading thread as well.
    std::optional<CallParser> parser;
    if (writer.acceptsParsed()) {
        parser.emplace(layout.mapping, QTimeZone(opt.timezone.toUtf8()), opt.clockOffset, layout.appleEpoch);
        parser->setDayMonthOrder(writer.dayMonthOrder());
    }
    // Leaked lists likewise.
    std::optional<LeakParser> leakParser;
    if (writer.acceptsParsedLeak())
        leakParser.emplace(layout, opt.region);
    // Its values are stored from the file's own bytes where they were decoded as UTF-8.
    const bool leakUtf8 =
        layout.encoding != QLatin1String("GB18030") && layout.encoding != QLatin1String("ISO-8859-1");
    constexpr qsizetype kBatch = 4096;
    RowPipe pipe;
    std::atomic<qint64> bytesRead{0};
    const qint64 total = QFileInfo(path).size();
    bool readOk = true;
    QString readError;
    std::thread reader([&] {
        FieldDecoder dec(layout.encoding);
        QVector<DecodedRow> batch;
        batch.reserve(kBatch);
        bool headerPending = layout.header, leakHeaderPending = layout.header;
        QStringList leakFields; // a leaked list's fields, decoded into the same strings row after row
        auto sink = [&](QVector<Record> &records) -> bool {
            for (Record &r : records) {
                if (leakParser && !std::exchange(leakHeaderPending, false)) {
                    DecodedRow d;
                    leakFields.resize(r.fields.size());
                    for (qsizetype i = 0; i < r.fields.size(); ++i) {
                        if (!leakUtf8 || !LeakParser::decodeUtf8(r.fields.at(i), &leakFields[i]))
                            leakFields[i] = dec(r.fields.at(i), &d.repaired);
                    }
                    leakParser->parse(leakFields, &d.leak, leakUtf8 ? &r.fields : nullptr);
                    d.leakParsed = true;
                    if (d.leak.rejectReason.isEmpty())
                        r.raw.clear(); // only a rejected row keeps its bytes
                    d.line = r.line;
                    d.raw = std::move(r.raw);
                    batch.push_back(std::move(d));
                    if (batch.size() >= kBatch) {
                        pipe.dropRecycled();
                        if (!pipe.push(std::move(batch)))
                            return false;
                        batch = QVector<DecodedRow>();
                        batch.reserve(kBatch);
                    }
                    continue;
                }
                DecodedRow d;
                d.fields.reserve(r.fields.size());
                for (const QByteArray &f : std::as_const(r.fields))
                    d.fields << dec(f, &d.repaired);
                if (parser && !std::exchange(headerPending, false)) {
                    parser->parse(d.fields, &d.call);
                    d.parsed = true;
                    d.fields.clear();
                    if (d.call.rejectReason.isEmpty())
                        r.raw.clear(); // only a rejected row keeps its bytes
                }
                d.line = r.line;
                d.raw = std::move(r.raw);
                batch.push_back(std::move(d));
                if (batch.size() >= kBatch) {
                    pipe.dropRecycled();
                    if (!pipe.push(std::move(batch)))
                        return false;
                    batch = QVector<DecodedRow>();
                    batch.reserve(kBatch);
                }
            }
            records.clear();
            return true;
        };
        const ProgressFn read = [&bytesRead](qint64 done, qint64) { bytesRead.store(done); };
        readOk = streamDelimited(path, layout, sink, unterminated, read, cancel, &readError);
        if (readOk && !batch.isEmpty())
            readOk = pipe.push(std::move(batch));
        pipe.close();
    });
    bool ok = true, first = true;
    qint64 reported = -1;
    QVector<DecodedRow> batch;
    QElapsedTimer waiting;
    qint64 waitedNs = 0;
    for (;;) {
        waiting.start();
        const bool more = ok && pipe.pop(&batch);
        waitedNs += waiting.nsecsElapsed();
        if (!more)
            break;
        if (cancel && cancel->load()) { // the reader may be done with the file already
            *error = Importer::tr("%1: import cancelled; the case is unchanged").arg(path);
            ok = false;
            break;
        }
        for (const DecodedRow &r : std::as_const(batch)) {
            if (std::exchange(first, false) && layout.header)
                continue;
            if (r.repaired)
                ++sum->repaired;
            if (r.leakParsed ? !writer.addParsedLeak(r.leak, r.line, r.raw, error)
                             : !(r.parsed ? writer.addParsed(r.call, r.line, r.raw, error)
                                          : writer.add(r.fields, r.line, r.raw, error))) {
                ok = false;
                break;
            }
        }
        pipe.recycle(std::move(batch));
        batch = QVector<DecodedRow>();
        if (progress && bytesRead.load() != reported)
            progress(reported = bytesRead.load(), total);
    }
    if (!ok)
        pipe.abort();
    reader.join();
    sum->phaseMs.append({QStringLiteral("rows: writer waiting for the reader"), waitedNs / 1000000});
    if (ok && !readOk)
        *error = readError;
    return ok && readOk;
}

} // namespace

bool Importer::sniff(const QString &path, const ImportOptions &opt, Layout *layout, QString *error)
{
    Layout l;
    const QByteArray head = readHead(path, kSniffBytes, error);
    if (head.isNull() && error && !error->isEmpty())
        return false;
    if (head.isEmpty()) {
        *error = tr("%1: the file is empty").arg(path);
        return false;
    }
    QVector<Record> records;
    bool jsonList = false;
    if (PhoneDbReader::isSqlite(head)) {
        l.format = PhoneDbReader::detect(path);
        if (l.format.isEmpty()) {
            *error = tr("%1: an SQLite database without a call table DialTrace knows (calls, ZCALLRECORD, "
                        "CallLog)")
                         .arg(path);
            return false;
        }
        l.encoding = QStringLiteral("UTF-8");
        l.encodingHow = QStringLiteral("SQLite (UTF-8)");
        l.kind = QStringLiteral("calls");
        QVector<Record> all;
        if (!PhoneDbReader::read(path, l.format, QStringLiteral("owner"), &all, &l.appleEpoch, error))
            return false;
        if (all.isEmpty()) {
            *error = tr("%1: no data rows (header only?)").arg(path);
            return false;
        }
        records = all.mid(0, 40);
        l.headers =
            QStringList{QStringLiteral("owner"), QStringLiteral("number"), QStringLiteral("direction"),
                        QStringLiteral("start"), QStringLiteral("duration")};
        l.mapping.set(Field::Local, 0, 1.0);
        l.mapping.set(Field::Other, 1, 1.0);
        l.mapping.set(Field::Direction, 2, 1.0);
        l.mapping.set(Field::Start, 3, 1.0);
        l.mapping.set(Field::Duration, 4, 1.0);
        FieldDecoder d0(l.encoding);
        for (const Record &r : records) {
            QStringList row;
            for (const QByteArray &f : r.fields)
                row << d0(f, nullptr);
            l.preview.push_back(row);
        }
        *layout = l;
        return true;
    }
    if (JsonReader::looksLikeJson(head)) {
        l.format = QStringLiteral("json");
        l.encoding = QStringLiteral("UTF-8");
        l.encodingHow = QStringLiteral("JSON (UTF-8)");
        QVector<Record> all;
        if (!JsonReader::read(path, &all, &l.headers, error))
            return false;
        records = all.mid(0, 40);
        jsonList = true;
    } else if (XlsxReader::isZip(head)) {
        l.format = QStringLiteral("xlsx");
        l.encoding = QStringLiteral("UTF-8");
        l.encodingHow = QStringLiteral("xlsx (XML, UTF-8)");
        QVector<Record> all;
        if (!XlsxReader::read(path, &all, error))
            return false;
        records = all.mid(0, 40);
    } else if (HtmlReader::looksLikeHtml(head)) {
        HtmlBill bill;
        if (!HtmlReader::read(path, opt.encoding, opt.owner, &bill, error))
            return false;
        l.html = true;
        l.format = bill.format;
        l.encoding = bill.encoding;
        l.encodingHow = bill.encodingHow;
        l.headers = bill.headers;
        l.mapping = bill.mapping;
        records = bill.rows.mid(0, 40);
    } else {
        if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF")) {
            const EncodingGuess g16 = detectEncoding(head);
            if (!g16.name.startsWith(QLatin1String("UTF-16"))) {
                *error = tr("%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone "
                            "database DialTrace knows")
                             .arg(path);
                return false;
            }
        }
        if (opt.encoding != QLatin1String("auto")) {
            l.encoding = canonicalEncoding(opt.encoding);
            if (l.encoding.isEmpty()) {
                *error = tr("--encoding: unknown encoding '%1' (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, "
                            "ISO-8859-1)")
                             .arg(opt.encoding);
                return false;
            }
            l.encodingHow = QStringLiteral("given");
        } else {
            const EncodingGuess g = detectEncoding(head);
            l.encoding = g.name;
            l.encodingHow = g.how;
        }
        QByteArray text = head;
        if (l.encoding.startsWith(QLatin1String("UTF-16"))) {
            QStringDecoder d(l.encoding == QLatin1String("UTF-16LE") ? QStringDecoder::Utf16LE
                                                                     : QStringDecoder::Utf16BE);
            text = transcodeToUtf8(d, head);
        }
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        // Sniff on complete lines only.
        if (head.size() == kSniffBytes && text.lastIndexOf('\n') > 0)
            text.truncate(text.lastIndexOf('\n') + 1);
        l.delimiter = CsvParser::detectDelimiter(text);
        l.format = QStringLiteral("delimited");
        CsvParser p(l.delimiter);
        p.feed(text.constData(), text.size(), records);
        p.finish(records);
        if (records.size() > 40)
            records.resize(40);
    }
    if (records.isEmpty()) {
        *error = tr("%1: no rows").arg(path);
        return false;
    }
    FieldDecoder dec(l.html ? QStringLiteral("UTF-8") : l.encoding); // HtmlReader's fields are UTF-8
    for (const Record &r : records) {
        QStringList row;
        for (const QByteArray &f : r.fields)
            row << dec(f, nullptr).trimmed();
        l.preview.push_back(row);
    }
    const QStringList first = l.preview.front();
    if (jsonList) {
        // Keys are the header; a list of bare values is a list of reported numbers.
        l.header = false;
        l.mapping = l.headers == QStringList{QStringLiteral("reported")} ? Mapping()
                                                                         : FieldMapper::fromHeader(l.headers);
        if (l.headers == QStringList{QStringLiteral("reported")})
            l.mapping.set(Field::Reported, 0, 1.0);
    } else if (l.html) {
        l.header = false; // the page's header row is not among the records; the mapping is the page's
    } else if (const int disp = asteriskDispositionColumn(first); disp >= 0) {
        l.format =
            disp == 14 ? QStringLiteral("asterisk-master-csv") : QStringLiteral("asterisk-master-csv-custom");
        l.kind = QStringLiteral("calls");
        l.mapping.set(Field::Caller, 1, 1.0);
        l.mapping.set(Field::Callee, 2, 1.0);
        l.mapping.set(Field::Start, disp - 5, 1.0);
        l.mapping.set(Field::Duration, disp - 1, 1.0);
        l.mapping.set(Field::Disposition, disp, 1.0);
        // channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition in
        // both orders; the ids that tie a call's rows together are found by their shape.
        l.channelColumn = disp - 9;
        LegGrouper::detectIdColumns(l.preview, &l.uniqueIdColumn, &l.linkedIdColumn);
        for (int i = 0; i < first.size(); ++i)
            l.headers << QStringLiteral("#%1").arg(i + 1);
    } else if (isFreeswitchRow(first)) {
        l.format = QStringLiteral("freeswitch-cdr-csv");
        l.kind = QStringLiteral("calls");
        l.mapping.set(Field::Caller, 1, 1.0);
        l.mapping.set(Field::Callee, 2, 1.0);
        l.mapping.set(Field::Start, 4, 1.0);
        l.mapping.set(Field::Duration, 8, 1.0);
        l.mapping.set(Field::Disposition, 9, 1.0);
        for (int i = 0; i < first.size(); ++i)
            l.headers << QStringLiteral("#%1").arg(i + 1);
    } else if (FieldMapper::looksLikeHeader(first)) {
        l.header = true;
        l.headers = first;
        l.mapping = FieldMapper::fromHeader(first);
        l.preview.removeFirst();
    } else {
        l.mapping = FieldMapper::fromContent(l.preview);
        for (int i = 0; i < first.size(); ++i)
            l.headers << QStringLiteral("#%1").arg(i + 1);
    }
    if (!opt.map.isEmpty() && !FieldMapper::applyOverrides(&l.mapping, opt.map, l.headers, error))
        return false;
    if (l.kind.isEmpty())
        l.kind = opt.kind != QLatin1String("auto") ? opt.kind : kindFromMapping(l.mapping);
    if (opt.kind != QLatin1String("auto"))
        l.kind = opt.kind;
    if (l.kind.isEmpty()) {
        *error = tr("%1: cannot tell what this file holds (columns: %2); say --kind and --map")
                     .arg(path, l.headers.join(QStringLiteral(", ")));
        return false;
    }
    if (l.format == QLatin1String("delimited") && l.mapping.has(Field::Local) && l.mapping.has(Field::Other))
        l.format = QStringLiteral("carrier-cdr");
    if (opt.format != QLatin1String("auto"))
        l.format = opt.format;
    *layout = l;
    return true;
}

} // namespace dt::ingest

namespace dt::ingest {

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

bool buildCallIndexes(Database &db, QString *error)
{
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    // Two sorter threads merge the runs (a no-op where SQLite was built without worker threads).
    const bool ok = db.exec(QStringLiteral("PRAGMA threads = 2; PRAGMA cache_size = -8192; "
                                           "CREATE INDEX calls_caller ON calls(caller, start_utc); "
                                           "CREATE INDEX calls_callee ON calls(callee, start_utc)"));
    if (!ok)
        *error = db.lastError();
    db.exec(QStringLiteral("PRAGMA threads = 0; PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return ok;
}

namespace {

/// Leaked lists: when the file is large beside what leak_records (or persons) already holds, that
/// table's indexes are dropped before the rows and made again after them, one sort each instead of
/// a B-tree insert per row. Returns the statements that make them again (as the schema wrote them).
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
            db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = ? AND sql IS NOT NULL ORDER BY rowid"));
        st.bind(1, QString::fromLatin1(table));
        QStringList names;
        while (st.step()) {
            names << st.text(0);
            creates << st.text(1);
        }
        for (const QString &name : std::as_const(names)) {
            if (!db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
                *error = db.lastError();
                return std::nullopt;
            }
        }
    }
    return creates;
}

/// Makes the indexes dropLeakIndexes() dropped, in small sorter runs as buildCallIndexes() does.
bool buildLeakIndexes(Database &db, const QStringList &creates, QString *error)
{
    if (creates.isEmpty())
        return true;
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    const bool ok = db.exec(QStringLiteral("PRAGMA threads = 2; PRAGMA cache_size = -8192; ") +
                            creates.join(QStringLiteral("; ")));
    if (!ok)
        *error = db.lastError();
    db.exec(QStringLiteral("PRAGMA threads = 0; PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return ok;
}

} // namespace

bool Importer::importFile(const QString &path, const ImportOptions &opt, ImportSummary *summary,
                          QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
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
    // A streamed text file is hashed on a second thread while its rows are imported, and recorded
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
    struct Hasher
    {
        std::atomic_bool stop{false};
        QString digest, error;
        std::thread thread;
        ~Hasher()
        {
            stop = true;
            if (thread.joinable())
                thread.join();
        }
    } hasher;
    qint64 sourceId = 0;
    if (hashAside) {
        sourceId = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM sources")).toLongLong();
        hasher.thread = std::thread(
            [&hasher, path] { hasher.digest = sha256OfFile(path, &hasher.error, {}, &hasher.stop); });
        sum.source = req.name.isEmpty() ? QFileInfo(path).completeBaseName() : req.name;
    } else {
        sourceId = m_case.sources().registerSource(req, error, {}, cancel);
        if (!sourceId)
            return false;
        sum.source = m_case.sources().byId(sourceId)->name;
    }
    sum.sourceId = sourceId;
    lap("hash and register");

    // Loading into an empty call table: build its indexes once at the end instead of row by row.
    const bool rebuildIndexes = layout.kind == QLatin1String("calls") &&
                                db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM calls)")).toBool();
    if (rebuildIndexes &&
        !db.exec(QStringLiteral("DROP INDEX IF EXISTS calls_caller; DROP INDEX IF EXISTS calls_callee"))) {
        *error = db.lastError();
        return false;
    }
    QStringList leakIndexes;
    if (layout.kind == QLatin1String("leak")) {
        const auto dropped = dropLeakIndexes(db, fileSize, error);
        if (!dropped)
            return false;
        leakIndexes = *dropped;
    }
    RowWriter writer(db, sourceId, layout, opt, &sum);
    if (!writer.prepare(error, fileSize))
        return false;
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
        if (!pipelineDelimited(path, layout, opt, writer, &sum, &bad, progress, cancel, error))
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
    if (!writer.finish(error))
        return false;
    writer.releaseCaches();
#ifdef __GLIBC__
    malloc_trim(0); // give the rows' freed memory back before SQLite sorts the indexes
#endif
    lap("rows");
    if (rebuildIndexes && !buildCallIndexes(db, error))
        return false;
    if (!buildLeakIndexes(db, leakIndexes, error))
        return false;
    lap("indexes");
    if (hashAside) {
        hasher.thread.join();
        if (hasher.digest.isEmpty()) {
            *error = hasher.error;
            return false;
        }
        if (m_case.sources().registerHashed(req, hasher.digest, fileSize, error, sourceId) != sourceId)
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
