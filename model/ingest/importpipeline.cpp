#include "ingest/importpipeline.h"

#include "ingest/callparser.h"
#include "ingest/fielddecoder.h"
#include "ingest/rowpipe.h"
#include "ingest/rowwriter.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <thread>

namespace dt::ingest {

namespace {

/// The reading thread's sink: the records, the plain lines (when @p takesPlain) and the refused
/// records, each to its function (called directly: a plain line costs one virtual call).
template<class Records, class Plain, class Refused> class PipeSink : public RecordSink
{
public:
    PipeSink(Records &records, Plain &plain, bool takesPlain, Refused &refused)
        : m_records(records)
        , m_plain(plain)
        , m_refused(refused)
        , m_takesPlain(takesPlain)
    {}
    bool records(QVector<Record> &batch) override { return m_records(batch); }
    bool takesPlainLines() const override { return m_takesPlain; }
    bool plainLine(QByteArrayView text, qint64 line) override { return m_plain(text, line); }
    bool refused(Record &&record, const QString &reason) override
    {
        return m_refused(std::move(record), reason);
    }

private:
    Records &m_records;
    Plain &m_plain;
    Refused &m_refused;
    bool m_takesPlain;
};

} // namespace

bool pipelineRows(const Reader &fileReader, Input &input, const Layout &layout, const ImportOptions &opt,
                  RowWriter &writer, ImportSummary *sum, const ReadContext &context, QString *error)
{
    const QString &path = input.path();
    const std::atomic_bool *cancel = context.cancel;
    const QString fieldEncoding = fileReader.fieldEncoding(layout);
    // Call logs (but PBX legs, grouped by the writer) are parsed on the reading thread as well.
    std::optional<CallParser> parser;
    if (writer.acceptsParsed()) {
        parser.emplace(layout.mapping, QTimeZone(opt.timezone.toUtf8()), opt.clockOffset,
                       layout.appleEpoch());
        parser->setDayMonthOrder(writer.dayMonthOrder());
    }
    // Leaked lists likewise.
    std::optional<LeakParser> leakParser;
    if (writer.acceptsParsedLeak())
        leakParser.emplace(layout, opt.region);
    // Its values are stored from the file's own bytes where they were decoded as UTF-8.
    const bool leakUtf8 =
        fieldEncoding != QLatin1String("GB18030") && fieldEncoding != QLatin1String("ISO-8859-1");
    constexpr qsizetype kBatch = 4096;
    RowPipe pipe;
    std::atomic<qint64> bytesRead{0};
    const qint64 total = input.size();
    bool readOk = true;
    QString readError;
    std::thread reader([&] {
        FieldDecoder dec(fieldEncoding);
        QVector<DecodedRow> batch;
        batch.reserve(kBatch);
        bool headerPending = layout.header, leakHeaderPending = layout.header;
        QStringList leakFields; // a leaked list's fields, decoded into the same strings row after row
        // With the case's numbers in memory, the parties, device and cell are numbered here too
        // (the writer then stores the call): the dictionaries' work is this thread's. A batch's rows
        // are numbered in order just before it goes, the numbers' slots fetched some rows ahead.
        const bool resolveAhead = writer.resolvesAhead(), resolveLeaksAhead = writer.resolvesLeaksAhead();
        // A leaked list's rows resolved here are also made into rows of their tables here (the
        // writing thread, SQLite's, only inserts them): one stage a batch.
        std::unique_ptr<LeakStage> stage;
        auto resolveBatch = [&] {
            if (resolveLeaksAhead) { // leaked lists' phones and persons likewise
                const qsizetype n = batch.size();
                stage = pipe.takeStage();
                if (!stage)
                    stage = writer.newLeakStage(n);
                for (qsizetype i = 0; i < n; ++i) {
                    if (i + 16 < n && batch.at(i + 16).leakParsed)
                        writer.prefetchLeak(batch.at(i + 16).leakRow().leak);
                    DecodedRow &d = batch[i];
                    if (d.leakParsed) {
                        LeakRow &l = d.leakRow();
                        d.leakResolved = writer.resolveLeak(l.leak, &l.res); // no SQL: cannot fail
                        if (d.leakResolved)
                            writer.stageLeak(l.leak, l.res, d.line, stage.get());
                    }
                }
            }
            if (!resolveAhead)
                return;
            const qsizetype n = batch.size();
            for (qsizetype i = 0; i < n; ++i) {
                if (i + 16 < n && batch.at(i + 16).parsed)
                    writer.prefetchNumbers(batch.at(i + 16).call());
                DecodedRow &d = batch[i];
                if (d.parsed && d.call().rejectReason.isEmpty()) {
                    CallRow &c = d.callRow();
                    c.res = writer.resolve(c.call, &c.created, false);
                    d.resolved = true;
                }
            }
        };
        // After a row was added to the batch: sends a full batch on.
        auto rowAdded = [&]() -> bool {
            if (batch.size() >= kBatch) {
                pipe.dropRecycled(); // first: its stages are there to be taken again
                resolveBatch();
                if (!pipe.push(std::move(batch), std::move(stage)))
                    return false;
                batch = QVector<DecodedRow>();
                batch.reserve(kBatch);
            }
            return true;
        };
        auto pushRow = [&](DecodedRow &&d) -> bool {
            batch.push_back(std::move(d));
            return rowAdded();
        };
        auto decoded = [&](Record &r) {
            DecodedRow d;
            d.repaired = r.repaired;
            d.fields.reserve(r.fields.size());
            for (const QByteArray &f : std::as_const(r.fields))
                d.fields << dec(f, &d.repaired);
            if (parser && !std::exchange(headerPending, false)) {
                parser->parse(d.fields, &d.call());
                d.parsed = true;
                d.fields.clear();
                if (d.call().rejectReason.isEmpty())
                    r.raw.clear(); // only a rejected row keeps its bytes
            }
            d.line = r.line;
            d.raw = std::move(r.raw);
            return d;
        };
        auto record = [&](Record &r) -> bool {
            if (leakParser && !std::exchange(leakHeaderPending, false)) {
                DecodedRow d;
                d.repaired = r.repaired;
                leakFields.resize(r.fields.size());
                for (qsizetype i = 0; i < r.fields.size(); ++i) {
                    if (!leakUtf8 || !LeakParser::decodeUtf8(r.fields.at(i), &leakFields[i]))
                        leakFields[i] = dec(r.fields.at(i), &d.repaired);
                }
                ParsedLeak &leak = d.makeLeak().leak;
                leakParser->parse(leakFields, &leak, leakUtf8 ? &r.fields : nullptr);
                d.leakParsed = true;
                if (leak.rejectReason.isEmpty())
                    r.raw.clear(); // only a rejected row keeps its bytes
                d.line = r.line;
                d.raw = std::move(r.raw);
                return pushRow(std::move(d));
            }
            return pushRow(decoded(r));
        };
        auto sink = [&](QVector<Record> &records) -> bool {
            for (Record &r : records) {
                if (!record(r))
                    return false;
            }
            records.clear();
            return true;
        };
        // A call log's plain lines are split in place and parsed from their bytes (CallParser::
        // parseFast); a line it leaves, and the header, take the general way above.
        const CallParser::Decoder decode = [&dec](const QByteArray &b, bool *repaired) {
            return dec(b, repaired);
        };
        constexpr int kMaxFields = 64;
        auto plain = [&](QByteArrayView text, qint64 line) -> bool {
            QByteArrayView fields[kMaxFields];
            int n = 0;
            for (qsizetype from = 0;;) {
                const qsizetype to = text.indexOf(layout.delimiter, from);
                if (n == kMaxFields) {
                    n = kMaxFields + 1; // too wide for the array: the general way
                    break;
                }
                fields[n++] = text.sliced(from, (to < 0 ? text.size() : to) - from);
                if (to < 0)
                    break;
                from = to + 1;
            }
            // Parsed straight into the batch's next row (moving a row in, and destroying the
            // emptied one, took a fifth of this thread's time at 10M rows).
            if (n <= kMaxFields && ((parser && !headerPending) || (leakParser && !leakHeaderPending))) {
                DecodedRow &d = batch.emplace_back();
                if (parser ? parser->parseFast(fields, n, decode, &d.call())
                           : leakParser->parseFast(fields, n, &d.makeLeak().leak)) {
                    (parser ? d.parsed : d.leakParsed) = true;
                    d.line = line;
                    return rowAdded();
                }
                batch.removeLast();
            }
            Record r;
            r.line = line;
            r.raw = text.toByteArray();
            qsizetype from = 0;
            for (qsizetype to; (to = text.indexOf(layout.delimiter, from)) >= 0; from = to + 1)
                r.fields << text.sliced(from, to - from).toByteArray();
            r.fields << text.sliced(from).toByteArray();
            return record(r);
        };
        // A record the reader refuses goes on as a rejected row (of at most 64 KB: a quote left open
        // may hold the rest of the file).
        auto refused = [&](Record &&r, const QString &reason) -> bool {
            DecodedRow d;
            d.refused = true;
            d.fields = QStringList{reason};
            d.line = r.line;
            d.raw = r.raw.left(65536);
            return pushRow(std::move(d));
        };
        ReadContext reading = context;
        reading.progress = [&bytesRead](qint64 done, qint64) { bytesRead.store(done); };
        // Leaked lists' plain lines likewise, when they are UTF-8 (LeakParser::parseFast).
        PipeSink pipeSink(sink, plain, bool(parser) || (leakParser && leakUtf8), refused);
        readOk = fileReader.read(input, layout, opt, pipeSink, reading, &readError);
        if (readOk && !batch.isEmpty()) {
            resolveBatch();
            readOk = pipe.push(std::move(batch), std::move(stage));
        }
        pipe.close();
    });
    bool ok = true, first = true;
    qint64 reported = -1;
    QVector<DecodedRow> batch;
    std::unique_ptr<LeakStage> stage;
    QElapsedTimer waiting;
    qint64 waitedNs = 0;
    for (;;) {
        waiting.start();
        const bool more = ok && pipe.pop(&batch, &stage);
        waitedNs += waiting.nsecsElapsed();
        if (!more)
            break;
        if (cancel && cancel->load()) { // the reader may be done with the file already
            *error = Reader::cancelled(path);
            ok = false;
            break;
        }
        const qsizetype n = batch.size();
        for (qsizetype i = 0; i < n; ++i) {
            const DecodedRow &r = batch.at(i);
            // The slot of the calls seen that a row ahead will be looked up in is fetched meanwhile.
            if (i + 8 < n && batch.at(i + 8).resolved)
                writer.prefetchCall(batch.at(i + 8).call(), batch.at(i + 8).callRow().res);
            if (std::exchange(first, false) && layout.header)
                continue;
            if (r.repaired)
                ++sum->repaired;
            if (r.refused) {
                if (!writer.refuse(r.line, r.fields.value(0), r.raw, error)) {
                    ok = false;
                    break;
                }
                continue;
            }
            if (stage && r.leakParsed && !r.leakResolved) {
                // Never: with a stage every leak row was resolved ahead (no SQL, cannot fail). Such
                // a row on the writer's path would reach its table out of order.
                *error = RowWriter::tr("%1: line %2: a row was not resolved ahead (internal error); the "
                                       "case is unchanged")
                             .arg(path)
                             .arg(r.line);
                ok = false;
                break;
            }
            if (r.leakResolved && stage ? !writer.addStagedLeak(r.leakRow().leak, r.line, r.raw, error)
                : r.leakResolved
                    ? !writer.addResolvedLeak(r.leakRow().leak, r.leakRow().res, r.line, r.raw, error)
                : r.leakParsed ? !writer.addParsedLeak(r.leakRow().leak, r.line, r.raw, error)
                : r.resolved   ? !writer.addResolved(r.call(), r.callRow().res, r.callRow().created, r.line,
                                                     r.raw, error)
                               : !(r.parsed ? writer.addParsed(r.call(), r.line, r.raw, error)
                                            : writer.add(r.fields, r.line, r.raw, error))) {
                ok = false;
                break;
            }
        }
        if (ok && stage && !writer.insertStagedLeaks(*stage, error))
            ok = false;
        pipe.recycle(std::move(batch), std::move(stage));
        batch = QVector<DecodedRow>();
        if (context.progress && bytesRead.load() != reported)
            context.progress(reported = bytesRead.load(), total);
    }
    if (!ok)
        pipe.abort();
    reader.join();
    sum->phaseMs.append({QStringLiteral("rows: writer waiting for the reader"), waitedNs / 1000000});
    if (ok && !readOk)
        *error = readError;
    return ok && readOk;
}

} // namespace dt::ingest
