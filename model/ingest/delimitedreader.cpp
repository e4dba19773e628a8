#include "ingest/delimitedreader.h"

#include "case/rejectreason.h"
#include "ingest/encoding.h"
#include "ingest/fielddecoder.h"
#include "ingest/tablelayout.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace dt::ingest {

namespace {

constexpr qint64 kChunk = 4 << 20;

/// A line with no carriage return but a last one before its newline, and no quote (or, when
/// @p quoted, quotes that only enclose whole fields): its fields are the bytes between delimiters
/// (splitPlainLine()), so it can be split without the CSV state machine.
bool plainLine(const char *b, const char *e, bool quoted, char delimiter)
{
    if (e > b && e[-1] == '\r')
        --e;
    if (memchr(b, '\r', size_t(e - b)))
        return false;
    return !memchr(b, '"', size_t(e - b)) || (quoted && quotesEncloseFields(b, e, delimiter));
}

} // namespace

QStringList DelimitedReader::formats() const
{
    return {QStringLiteral("delimited"), QStringLiteral("carrier-cdr"), QStringLiteral("asterisk-master-csv"),
            QStringLiteral("asterisk-master-csv-custom"), QStringLiteral("freeswitch-cdr-csv")};
}

QStringList DelimitedReader::patterns() const
{
    return {QStringLiteral("*.csv"), QStringLiteral("*.txt"), QStringLiteral("*.tsv")};
}

bool DelimitedReader::isText(const QByteArray &head)
{
    if (!head.contains('\0') || head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    return detectEncoding(head).name.startsWith(QLatin1String("UTF-16"));
}

int DelimitedReader::confidence(const QByteArray &head, const QString &) const
{
    return isText(head) ? 10 : 0; // any text no other reader claims
}

bool DelimitedReader::readsInOnePass(const Layout &layout) const
{
    // An Asterisk log is read twice (its calls' legs first).
    return !layout.format.startsWith(QLatin1String("asterisk-master-csv"));
}

void DelimitedReader::settle(Layout *l) const
{
    // One number's rows (本机号码, 对方号码 and a direction): a carrier's CDR.
    if (l->format == QLatin1String("delimited") && l->mapping.has(Field::Local) &&
        l->mapping.has(Field::Other))
        l->format = QStringLiteral("carrier-cdr");
}

bool DelimitedReader::open(Input &input, const ImportOptions &opt, Layout *layout, QString *error) const
{
    const auto stream = input.open(error);
    QByteArray head;
    if (!stream || !stream->read(kHeadBytes, &head, error))
        return false;
    if (!isText(head)) {
        *error = tr("%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone database "
                    "DialTrace knows")
                     .arg(input.displayName());
        return false;
    }
    Layout l;
    if (opt.encoding != QLatin1String("auto")) {
        l.encoding = canonicalEncoding(opt.encoding);
        if (l.encoding.isEmpty()) {
            *error =
                tr("--encoding: unknown encoding '%1' (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, ISO-8859-1)")
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
    // GB18030 is sniffed as its characters (a delimiter among a character's bytes is none).
    const bool gb = l.encoding == QLatin1String("GB18030");
    if (l.encoding.startsWith(QLatin1String("UTF-16")) || gb) {
        QStringDecoder d(gb                                        ? QStringDecoder("GB18030")
                         : l.encoding == QLatin1String("UTF-16LE") ? QStringDecoder(QStringDecoder::Utf16LE)
                                                                   : QStringDecoder(QStringDecoder::Utf16BE));
        text = transcodeToUtf8(d, head);
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    // Sniff on complete lines only.
    if (head.size() == kHeadBytes && text.lastIndexOf('\n') > 0)
        text.truncate(text.lastIndexOf('\n') + 1);
    l.delimiter = CsvParser::detectDelimiter(text);
    QVector<Record> records;
    CsvParser p(l.delimiter);
    p.feed(text.constData(), text.size(), records);
    p.finish(records);
    if (records.size() > kPreviewRows)
        records.resize(kPreviewRows);
    if (records.isEmpty()) {
        *error = tr("%1: no rows").arg(input.displayName());
        return false;
    }
    if (records.front().tooLong) {
        // Values written across one line, not down: no table DialTrace reads (nor a row to keep).
        *error = tr("%1: line %2 holds more than %3 values or %4 bytes: not a table's row. A list of "
                    "numbers is read one per line: put each value on its own line.")
                     .arg(input.displayName())
                     .arg(records.front().line)
                     .arg(CsvParser::kMaxFields)
                     .arg(CsvParser::kMaxRecordBytes);
        return false;
    }
    // Fields of GB18030 text that was decoded are UTF-8 now.
    l.preview = tablelayout::decoded(records, gb ? QStringLiteral("UTF-8") : l.encoding, true);
    tablelayout::guess(&l, QStringLiteral("delimited"));
    *layout = l;
    return true;
}

bool DelimitedReader::read(Input &input, const Layout &layout, const ImportOptions &, RecordSink &sink,
                           const ReadContext &context, QString *error) const
{
    const auto stream = input.open(error);
    if (!stream)
        return false;
    const qint64 total = input.size();
    CsvParser parser(layout.delimiter);
    // Decoded in blocks to UTF-8 (a character cut between blocks kept by the decoder).
    const bool gbDecoded = splitsAfterDecoding(layout);
    const bool decoded = layout.encoding.startsWith(QLatin1String("UTF-16")) || gbDecoded;
    QStringDecoder decoder(gbDecoded ? QStringDecoder("GB18030")
                           : layout.encoding == QLatin1String("UTF-16LE")
                               ? QStringDecoder(QStringDecoder::Utf16LE)
                               : QStringDecoder(QStringDecoder::Utf16BE));
    const bool plain = sink.takesPlainLines(), quoted = plain && sink.takesQuotedLines();
    QVector<Record> records;
    // The records to the sink, those past the parser's bounds refused in their place.
    auto deliver = [&sink](QVector<Record> &rs) -> bool {
        if (std::none_of(rs.cbegin(), rs.cend(), [](const Record &r) { return r.tooLong; }))
            return sink.records(rs);
        QVector<Record> part;
        for (Record &r : rs) {
            if (!r.tooLong) {
                part.push_back(std::move(r));
                continue;
            }
            if ((!part.isEmpty() && !sink.records(part)) || !sink.refused(std::move(r), tooLongReason()))
                return false;
            part.clear();
        }
        rs.clear();
        return part.isEmpty() || sink.records(part);
    };
    QByteArray carry; // with plain: the start of a line the last chunk cut
    // Lines [b, e) of complete lines, each to plainLine() or, unless at a clean record start, to the parser.
    auto lines = [&](const char *b, const char *e) -> bool {
        while (b < e) {
            const char *nl = static_cast<const char *>(memchr(b, '\n', size_t(e - b)));
            const char *next = nl ? nl + 1 : e;
            if (nl && nl - b <= CsvParser::kMaxRecordBytes && parser.atRecordStart() &&
                plainLine(b, nl, quoted, layout.delimiter)) {
                const char *end = nl > b && nl[-1] == '\r' ? nl - 1 : nl;
                const qint64 line = parser.line();
                parser.skipLine();
                if (end > b &&
                    !sink.plainLine(QByteArrayView(b, end - b), line)) // blank lines are no records
                    return false;
            } else {
                parser.feed(b, next - b, records);
                if (!records.isEmpty() && !deliver(records))
                    return false;
            }
            b = next;
        }
        return true;
    };
    bool first = true;
    for (;;) {
        if (isCancelled(context, input, error))
            return false;
        QByteArray raw;
        if (!stream->read(kChunk, &raw, error))
            return false;
        if (raw.isEmpty())
            break;
        // Read in place from here on: the chunk may be shared with the input's tap.
        const QByteArray chunk = decoded ? transcodeToUtf8(decoder, raw) : raw;
        const char *b = chunk.constData(), *e = b + chunk.size();
        if (std::exchange(first, false) && chunk.startsWith("\xEF\xBB\xBF"))
            b += 3;
        if (plain) {
            if (!carry.isEmpty()) {
                // The line the last chunk cut, completed by this one's first line (or by more of it).
                const char *nl = static_cast<const char *>(memchr(b, '\n', size_t(e - b)));
                const char *to = nl ? nl + 1 : e;
                carry.append(b, to - b);
                b = to;
                if (nl ||
                    carry.size() > kChunk) { // a line longer than a chunk: the parser takes it as it comes
                    if (!lines(carry.constData(), carry.constData() + carry.size()))
                        return false;
                    carry.clear();
                }
            }
            const char *lastNl = b < e ? static_cast<const char *>(memrchr(b, '\n', size_t(e - b))) : nullptr;
            const char *cut = lastNl ? lastNl + 1 : b;
            if (e - cut > kChunk) // a line longer than a chunk: the parser takes it as it comes
                cut = e;
            if (!lines(b, cut))
                return false;
            carry.append(cut, e - cut);
        } else {
            parser.feed(b, e - b, records);
            if (!deliver(records))
                return false;
        }
        if (context.progress)
            context.progress(stream->consumed(), total);
    }
    if (!carry.isEmpty()) {
        parser.feed(carry.constData(), carry.size(), records);
        carry.clear();
    }
    parser.finish(records);
    std::optional<Record> unterminated;
    if (parser.endedInQuote())
        unterminated = records.isEmpty() ? Record() : records.takeLast();
    if (!deliver(records))
        return false;
    // The last record ran to the end of the file inside quotes: kept as a rejected row.
    return !unterminated || sink.refused(std::move(*unterminated),
                                         RejectReason::encode(RejectReason::Code::QuoteUnterminated));
}

QString DelimitedReader::tooLongReason()
{
    return RejectReason::encode(RejectReason::Code::RowTooLong, {QString::number(CsvParser::kMaxRecordBytes),
                                                                 QString::number(CsvParser::kMaxFields)});
}

} // namespace dt::ingest
