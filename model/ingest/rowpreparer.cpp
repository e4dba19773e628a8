#include "ingest/rowpreparer.h"

#include "ingest/delimitedreader.h"
#include "ingest/fielddecoder.h"

#include <algorithm>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTimeZone>
#include <QVarLengthArray>

namespace dt::ingest {

namespace {

/// The records, the plain lines (when @p takesPlain) and the refused records, each to its function
/// (called directly: a plain line costs one virtual call).
template<class Records, class Plain, class Refused> class FunctionSink : public RecordSink
{
public:
    FunctionSink(Records &records, Plain &plain, bool takesPlain, Refused &refused)
        : m_records(records)
        , m_plain(plain)
        , m_refused(refused)
        , m_takesPlain(takesPlain)
    {}
    bool records(QVector<Record> &batch) override { return m_records(batch); }
    bool takesPlainLines() const override { return m_takesPlain; }
    bool takesQuotedLines() const override { return m_takesPlain; }
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

RowPreparer::RowPreparer(RowPipe &pipe, const Layout &layout, const ImportOptions &options)
    : m_pipe(pipe)
    , m_layout(layout)
    , m_opt(options)
{}

void RowPreparer::parseCalls(DayMonthOrder order, std::unique_ptr<NumberResolver> resolver)
{
    m_callParser.emplace(m_layout.mapping, QTimeZone(m_opt.timezone.toUtf8()), m_opt.clockCorrection(),
                         m_layout.appleEpoch());
    m_callParser->setDayMonthOrder(order);
    m_callParser->setExcel1904(m_layout.excel1904());
    m_numbers = std::move(resolver);
}

void RowPreparer::parseLeaks(std::unique_ptr<LeakResolver> resolver)
{
    m_leakParser.emplace(m_layout, m_opt.region);
    m_leaks = std::move(resolver);
}

bool RowPreparer::read(const Reader &reader, Input &input, const ReadContext &context,
                       std::atomic<qint64> &bytesRead, QString *error)
{
    // The rows' state is this function's own (locals the compiler keeps close), not members: the
    // loop below runs millions of times, and read through an object's members it ran measurably
    // slower (docs/benchmarks.md).
    const Layout &layout = m_layout;
    const QString fieldEncoding = reader.fieldEncoding(layout);
    FieldDecoder dec(fieldEncoding);
    CallParser *const parser = m_callParser ? &*m_callParser : nullptr;
    if (parser)
        parser->setFieldEncoding(fieldEncoding);
    LeakParser *const leakParser = m_leakParser ? &*m_leakParser : nullptr;
    NumberResolver *const numbers = m_numbers.get();
    LeakResolver *const leaks = m_leaks.get();
    RowPipe &pipe = m_pipe;
    // Its values are stored from the file's own bytes where they were decoded as UTF-8.
    const bool utf8 =
        fieldEncoding != QLatin1String("GB18030") && fieldEncoding != QLatin1String("ISO-8859-1");
    // A rejected row keeps its bytes as they are in the file: UTF-16 text (and GB18030 that could
    // not be split on its bytes, DelimitedReader::splitsAfterDecoding()) was read as UTF-8.
    const bool gbDecoded = reader.delimited(layout) && DelimitedReader::splitsAfterDecoding(layout);
    const bool utf16 = reader.delimited(layout) && layout.encoding.startsWith(QLatin1String("UTF-16"));
    auto asInFile = [utf16, gbDecoded, &layout](QByteArray &&raw) -> QByteArray {
        if (gbDecoded && !raw.isEmpty())
            return QStringEncoder("GB18030").encode(QString::fromUtf8(raw));
        if (!utf16 || raw.isEmpty())
            return std::move(raw);
        QStringEncoder e(layout.encoding == QLatin1String("UTF-16LE") ? QStringEncoder::Utf16LE
                                                                      : QStringEncoder::Utf16BE);
        return e.encode(QString::fromUtf8(raw));
    };
    QVector<DecodedRow> batch = pipe.takeBatch(kBatch);
    bool headerPending = layout.header, leakHeaderPending = layout.header;
    QStringList leakFields; // a leaked list's fields, decoded into the same strings row after row
    std::unique_ptr<LeakStage> stage;
    // A leaked list's rows parsed here and made into their tables' rows here hold their texts in
    // their batch's stage (its arena goes with the batch and comes back with it); else their own.
    auto arena = [&]() -> FieldArena * {
        if (!leaks)
            return nullptr;
        if (!stage && !(stage = pipe.takeStage()))
            stage = LeakResolver::newStage(kBatch);
        return &stage->fields;
    };
    // A batch's rows are numbered in order just before it goes, the slots fetched some rows ahead.
    auto resolveBatch = [&] {
        const qsizetype n = batch.size();
        if (leaks) {
            // A leaked list's rows are also made into rows of their tables here (the writing
            // thread, SQLite's, only inserts them): one stage a batch, one handed back if there is.
            arena();
            for (qsizetype i = 0; i < n; ++i) {
                if (i + 16 < n && batch.at(i + 16).leakParsed)
                    leaks->prefetch(batch.at(i + 16).leakRow().leak);
                DecodedRow &d = batch[i];
                if (d.leakParsed) {
                    LeakRow &l = d.leakRow();
                    d.leakResolved = leaks->resolve(l.leak, &l.res); // in memory, no SQL: cannot fail
                    if (d.leakResolved)
                        leaks->append(l.leak, l.res, d.line, stage->numbers, stage->persons, stage->records);
                }
            }
            leaks->digest(*stage);
        }
        if (!numbers)
            return;
        for (qsizetype i = 0; i < n; ++i) {
            if (i + 16 < n && batch.at(i + 16).parsed)
                numbers->prefetch(batch.at(i + 16).call());
            DecodedRow &d = batch[i];
            if (d.parsed && d.call().rejectReason.isEmpty()) {
                CallRow &c = d.callRow();
                numbers->resolveParties(c.call, &c.res, c.created);
                d.resolved = true;
            }
        }
    };
    // After a row was added to the batch: sends a full batch on.
    auto rowAdded = [&]() -> bool {
        if (batch.size() >= kBatch) {
            resolveBatch();
            if (!pipe.push(std::move(batch), std::move(stage)))
                return false;
            pipe.dropRecycled(); // the batches and stages handed back, to be taken again
            batch = pipe.takeBatch(kBatch);
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
        d.raw = asInFile(std::move(r.raw));
        return d;
    };
    // A call log's plain lines are split in place and parsed from their bytes (CallParser::
    // parseFast), a leaked list's likewise when UTF-8 (LeakParser::parseFast); a line they leave,
    // and the header, take the general way above. Records (a workbook's cells, quoted lines) are
    // tried the same way from their fields.
    const CallParser::Decoder decode = [&dec](const QByteArray &b, bool *repaired) {
        return dec(b, repaired);
    };
    constexpr int kMaxFields = 64;
    // A GB18030 list's rows take the same way, their non-ASCII fields made UTF-8 first (a field
    // whose bytes do not decode cleanly leaves it: the general way repairs and counts it).
    const bool gbLeaks = leakParser && fieldEncoding == QLatin1String("GB18030");
    QStringDecoder gbDecoder("GB18030", QStringDecoder::Flag::Stateless);
    QStringEncoder utf8Encoder(QStringEncoder::Utf8);
    FieldArena gbScratch; // the row's fields as UTF-8, until parseFast() copied what it keeps
    QVarLengthArray<QChar, 256> wide;
    auto gbToUtf8 = [&](QByteArrayView *fields, int n) -> bool {
        gbScratch.clear();
        for (int i = 0; i < n; ++i) {
            const QByteArrayView f = fields[i];
            if (std::all_of(f.begin(), f.end(), [](char c) { return !(c & 0x80); }))
                continue;          // ASCII is the same bytes in both
            wide.resize(f.size()); // at most a UTF-16 unit a byte
            const QChar *end = gbDecoder.appendToBuffer(wide.data(), f);
            const QStringView text(wide.data(), end - wide.data());
            if (gbDecoder.hasError() || text.contains(QChar::ReplacementCharacter)) {
                gbDecoder.resetState();
                return false;
            }
            char *out = gbScratch.alloc(utf8Encoder.requiredSpace(text.size()));
            fields[i] = QByteArrayView(out, utf8Encoder.appendToBuffer(out, text) - out);
        }
        return true;
    };
    auto leakFast = [&](QByteArrayView *fields, int n, DecodedRow &d) {
        return (!gbLeaks || gbToUtf8(fields, n)) &&
               leakParser->parseFast(fields, n, &d.makeLeak().leak, arena());
    };
    const bool fastRecords = !m_opt.referenceParse && (parser || utf8 || gbLeaks);
    auto fastRecord = [&](const Record &r) -> bool {
        const int n = int(r.fields.size());
        if (!fastRecords || r.repaired || n > kMaxFields || (parser && headerPending) ||
            (!parser && (!leakParser || leakHeaderPending)))
            return false;
        QByteArrayView fields[kMaxFields];
        for (int i = 0; i < n; ++i)
            fields[i] = r.fields.at(i);
        DecodedRow &d = batch.emplace_back();
        if (parser ? parser->parseFast(fields, n, decode, &d.call()) : leakFast(fields, n, d)) {
            (parser ? d.parsed : d.leakParsed) = true;
            d.line = r.line;
            return true;
        }
        batch.removeLast();
        return false;
    };
    auto record = [&](Record &r) -> bool {
        if (fastRecord(r))
            return rowAdded();
        if (!leakParser || std::exchange(leakHeaderPending, false))
            return pushRow(decoded(r));
        DecodedRow d;
        d.repaired = r.repaired;
        leakFields.resize(r.fields.size());
        for (qsizetype i = 0; i < r.fields.size(); ++i) {
            if (!utf8 || !LeakParser::decodeUtf8(r.fields.at(i), &leakFields[i]))
                leakFields[i] = dec(r.fields.at(i), &d.repaired);
        }
        ParsedLeak &leak = d.makeLeak().leak;
        leakParser->parse(leakFields, &leak, utf8 ? &r.fields : nullptr);
        d.leakParsed = true;
        if (leak.rejectReason.isEmpty())
            r.raw.clear(); // only a rejected row keeps its bytes
        d.line = r.line;
        d.raw = asInFile(std::move(r.raw));
        return pushRow(std::move(d));
    };
    auto records = [&](QVector<Record> &rs) -> bool {
        for (Record &r : rs) {
            if (!record(r))
                return false;
        }
        rs.clear();
        return true;
    };
    // A record the reader refuses goes on as a rejected row (of at most 64 KB: a quote left open
    // may hold the rest of the file).
    auto refused = [&](Record &&r, const QString &reason) -> bool {
        DecodedRow d;
        d.refused = true;
        d.fields = QStringList{reason};
        d.line = r.line;
        d.raw = asInFile(r.raw.left(65536));
        return pushRow(std::move(d));
    };
    auto plain = [&](QByteArrayView text, qint64 line) -> bool {
        QByteArrayView fields[kMaxFields];
        int n = 0;
        splitPlainLine(text, layout.delimiter, [&](QByteArrayView f) {
            if (n == kMaxFields) {
                n = kMaxFields + 1; // too wide for the array: the general way
                return false;
            }
            fields[n++] = f;
            return true;
        });
        // Parsed straight into the batch's next row (moving a row in, and destroying the emptied
        // one, is a large part of this thread's work at millions of rows).
        if (n <= kMaxFields && ((parser && !headerPending) || (leakParser && !leakHeaderPending))) {
            DecodedRow &d = batch.emplace_back();
            if (parser ? parser->parseFast(fields, n, decode, &d.call()) : leakFast(fields, n, d)) {
                (parser ? d.parsed : d.leakParsed) = true;
                d.line = line;
                return rowAdded();
            }
            batch.removeLast();
        }
        Record r;
        r.line = line;
        r.raw = text.toByteArray();
        bool tooWide = false;
        splitPlainLine(text, layout.delimiter, [&](QByteArrayView f) {
            // As the reader's parser bounds a record.
            if (r.fields.size() > CsvParser::kMaxFields)
                return !(tooWide = true);
            r.fields << f.toByteArray();
            return true;
        });
        if (tooWide)
            return refused(std::move(r), DelimitedReader::tooLongReason());
        return record(r);
    };
    FunctionSink sink(records, plain, !m_opt.referenceParse && (parser || (leakParser && (utf8 || gbLeaks))),
                      refused);
    ReadContext c = context;
    c.progress = [&bytesRead](qint64 done, qint64) { bytesRead.store(done); };
    bool ok = reader.read(input, layout, m_opt, sink, c, error);
    if (ok && !batch.isEmpty()) {
        resolveBatch();
        ok = pipe.push(std::move(batch), std::move(stage));
    }
    pipe.close();
    return ok;
}

} // namespace dt::ingest
