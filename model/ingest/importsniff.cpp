// Importer::sniff: what a file holds and how it would be imported, from its first bytes.
#include "ingest/csvparser.h"
#include "ingest/delimitedstream.h"
#include "ingest/encoding.h"
#include "ingest/htmlreader.h"
#include "ingest/importer.h"
#include "ingest/jsonreader.h"
#include "ingest/leggrouper.h"
#include "ingest/phonedbreader.h"
#include "ingest/valueparsers.h"
#include "ingest/xlsxreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dt::ingest {

namespace {

constexpr qint64 kSniffBytes = 256 * 1024;
const char *const kDispositions[] = {"ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"};

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
