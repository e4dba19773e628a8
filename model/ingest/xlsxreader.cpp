#include "ingest/xlsxreader.h"

#include "ingest/tablelayout.h"
#include "ingest/xlsxscanner.h"
#include "ingest/zipentry.h"

#include <memory>
#include <QXmlStreamReader>

namespace dt::ingest {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kBatch = 1024;

int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

/// An XML part of the workbook parsed as its bytes are unpacked (QXmlStreamReader fed a chunk at a time).
class XmlPart
{
public:
    bool open(const ZipArchive &zip, const QString &name, QString *error, qint64 maxBytes = -1)
    {
        return zip.openEntry(name, &m_entry, error, maxBytes);
    }
    /// The next token; false at the end of the part or on an error (then @p error is set).
    bool next(QString *error)
    {
        for (;;) {
            m_xml.readNext();
            if (!m_xml.hasError())
                return !m_xml.atEnd();
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_eof) {
                *error = m_xml.errorString();
                return false;
            }
            QByteArray chunk;
            if (!m_entry.read(kChunk, &chunk, error)) {
                m_failed = true;
                return false;
            }
            m_eof = chunk.isEmpty();
            m_xml.addData(chunk);
        }
    }
    QXmlStreamReader &xml() { return m_xml; }
    /// A damaged zip entry rather than damaged XML.
    bool failed() const { return m_failed; }
    qint64 done() const { return m_entry.done(); }
    qint64 size() const { return m_entry.size(); }

private:
    ZipArchive::Entry m_entry;
    QXmlStreamReader m_xml;
    bool m_eof = false, m_failed = false;
};

/// The sheet's rows one by one, in the order of the file: read by XlsxSheetScanner from the bytes,
/// and by QXmlStreamReader (the reference) from where the scanner meets what it does not read, or
/// throughout when asked (ImportOptions::referenceParse).
class Sheet
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::XlsxReader)
public:
    bool open(Input &input, bool reference, QString *error);
    /// The next row into @p rec; false at the end (then @p error is empty) or on an error.
    bool next(Record *rec, QString *error);
    double fraction() const
    {
        if (m_scanner)
            return m_entry.size() > 0 ? double(m_entry.done()) / m_entry.size() : 0;
        return m_sheet.size() > 0 ? double(m_sheet.done()) / m_sheet.size() : 0;
    }
    /// Set when the XML reader took over from the scanner: where and why (the rows are the same).
    QString warning() const { return m_warning; }
    /// workbook.xml's <workbookPr date1904>: the workbook's serial days count from 1904-01-01.
    bool date1904() const { return m_date1904; }

private:
    bool xmlError(XmlPart &part, QString *error) const;
    bool referenceNext(Record *rec, QString *error);
    bool takeOver(QString *error);
    ZipArchive m_zip;
    XmlPart m_sheet;
    ZipArchive::Entry m_entry; ///< the sheet, for the scanner
    std::unique_ptr<XlsxSheetScanner> m_scanner;
    QString m_display, m_sheetName, m_warning;
    QVector<QByteArray> m_strings; ///< the shared strings, UTF-8
    qint64 m_rows = 0;
    bool m_date1904 = false;
};

bool Sheet::xmlError(XmlPart &part, QString *error) const
{
    if (!part.failed())
        *error = tr("%1: the sheet's XML is damaged at line %2: %3")
                     .arg(m_display)
                     .arg(part.xml().lineNumber())
                     .arg(part.xml().errorString());
    return false;
}

bool Sheet::open(Input &input, bool reference, QString *error)
{
    error->clear();
    m_display = input.displayName();
    const QString file = input.localFile(error);
    if (file.isEmpty() || !m_zip.open(file, m_display, error))
        return false;
    QByteArray workbook;
    if (!m_zip.readEntry(QStringLiteral("xl/workbook.xml"), &workbook, error, XlsxReader::kMaxPartBytes)) {
        if (error->isEmpty())
            *error = tr("%1: a zip file, but not an xlsx workbook (no xl/workbook.xml)").arg(m_display);
        return false;
    }
    // Which part holds the first sheet: workbook.xml names → r:id → workbook.xml.rels target. And
    // the workbook's date system: its serial days count from 1904-01-01 when <workbookPr> says so.
    QString rid;
    for (QXmlStreamReader x(workbook); !x.atEnd();) {
        x.readNext();
        if (rid.isEmpty() && x.isStartElement() && x.name() == QLatin1String("sheet")) {
            for (const auto &attr : x.attributes()) {
                if (attr.name() == QLatin1String("id"))
                    rid = attr.value().toString();
            }
        } else if (x.isStartElement() && x.name() == QLatin1String("workbookPr") &&
                   x.attributes().hasAttribute(QLatin1String("date1904"))) {
            // An xsd:boolean. Any other value is refused: guessed wrong, every date moves 1,462 days.
            const QString v = x.attributes().value(QLatin1String("date1904")).trimmed().toString();
            if (v == QLatin1String("1") || v == QLatin1String("true"))
                m_date1904 = true;
            else if (v != QLatin1String("0") && v != QLatin1String("false")) {
                *error = tr("%1: the workbook's date system (workbookPr date1904=\"%2\") is neither 1900 "
                            "nor 1904")
                             .arg(m_display, v.left(64));
                return false;
            }
        }
    }
    QString target = QStringLiteral("worksheets/sheet1.xml");
    QByteArray rels;
    if (!rid.isEmpty()) {
        if (m_zip.readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, error,
                            XlsxReader::kMaxPartBytes)) {
            for (QXmlStreamReader x(rels); !x.atEnd();) {
                x.readNext();
                if (x.isStartElement() && x.name() == QLatin1String("Relationship") &&
                    x.attributes().value(QLatin1String("Id")) == rid)
                    target = x.attributes().value(QLatin1String("Target")).toString();
            }
        } else if (!error->isEmpty()) {
            return false;
        }
    }
    m_sheetName = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    // The shared strings, whole (the only part held): every <t> of an <si>, runs and phonetic ones alike.
    XmlPart shared;
    if (shared.open(m_zip, QStringLiteral("xl/sharedStrings.xml"), error, XlsxReader::kMaxPartBytes)) {
        QString cur;
        bool inSi = false, inT = false;
        while (shared.next(error)) {
            QXmlStreamReader &x = shared.xml();
            if (x.isStartElement() && x.name() == QLatin1String("si"))
                inSi = true, cur.clear();
            else if (x.isStartElement() && x.name() == QLatin1String("t") && inSi)
                inT = true;
            else if (x.isEndElement() && x.name() == QLatin1String("t"))
                inT = false;
            else if (inT && (x.isCharacters() || x.isEntityReference()))
                cur += x.text();
            else if (x.isEndElement() && x.name() == QLatin1String("si"))
                inSi = false, m_strings << cur.toUtf8();
        }
        if (!error->isEmpty() || shared.xml().hasError())
            return xmlError(shared, error);
    } else if (!error->isEmpty()) {
        return false;
    }
    if (!(reference ? m_sheet.open(m_zip, m_sheetName, error)
                    : m_zip.openEntry(m_sheetName, &m_entry, error))) {
        if (error->isEmpty())
            *error = tr("%1: the workbook has no sheet %2").arg(m_display, target);
        return false;
    }
    if (!reference) {
        m_scanner = std::make_unique<XlsxSheetScanner>(
            [this](QByteArray *chunk, QString *e) { return m_entry.read(kChunk, chunk, e); }, m_strings);
    }
    return true;
}

bool Sheet::next(Record *rec, QString *error)
{
    if (m_scanner) {
        error->clear();
        switch (m_scanner->next(rec)) {
        case XlsxSheetScanner::Step::Row:
            m_rows = m_scanner->rows();
            return true;
        case XlsxSheetScanner::Step::End:
            return false;
        case XlsxSheetScanner::Step::Failed:
            *error = m_scanner->reason();
            return false;
        case XlsxSheetScanner::Step::Unsupported:
            if (!takeOver(error))
                return false;
            break;
        }
    }
    return referenceNext(rec, error);
}

bool Sheet::takeOver(QString *error)
{
    // The XML reader reads the sheet again from its start and passes over the rows already given.
    const qint64 given = m_scanner->rows();
    m_warning = tr("%1: from its row %2 on, the sheet was read by the general XML reader (slower, the same "
                   "rows): the fast reader does not read %3")
                    .arg(m_display)
                    .arg(given + 1)
                    .arg(tr(m_scanner->what()));
    m_scanner.reset();
    if (!m_sheet.open(m_zip, m_sheetName, error)) {
        if (error->isEmpty())
            *error = tr("%1: the workbook has no sheet %2").arg(m_display, m_sheetName);
        return false;
    }
    m_rows = 0;
    Record skipped;
    while (m_rows < given) {
        if (!referenceNext(&skipped, error))
            return false;
    }
    return true;
}

bool Sheet::referenceNext(Record *rec, QString *error)
{
    error->clear();
    int col = 0;
    QString type, value;
    bool inValue = false, inRow = false;
    while (m_sheet.next(error)) {
        QXmlStreamReader &x = m_sheet.xml();
        if (x.isStartElement()) {
            const auto n = x.name();
            if (n == QLatin1String("row")) {
                *rec = Record();
                rec->line = x.attributes().value(QLatin1String("r")).toLongLong();
                if (rec->line == 0)
                    rec->line = m_rows + 1;
                inRow = true;
            } else if (n == QLatin1String("c")) {
                col = columnIndex(x.attributes().value(QLatin1String("r")));
                if (col < 0)
                    col = int(rec->fields.size());
                type = x.attributes().value(QLatin1String("t")).toString();
                value.clear();
            } else if (n == QLatin1String("v") ||
                       (n == QLatin1String("t") && type == QLatin1String("inlineStr"))) {
                inValue = true;
            }
        } else if (x.isCharacters() || x.isEntityReference()) {
            if (inValue)
                value += x.text();
        } else if (x.isEndElement()) {
            const auto n = x.name();
            if (n == QLatin1String("v") || n == QLatin1String("t")) {
                inValue = false;
            } else if (n == QLatin1String("c")) {
                while (rec->fields.size() < col)
                    rec->fields.push_back(QByteArray());
                rec->fields.push_back(type == QLatin1String("s") ? m_strings.value(value.toInt())
                                                                 : value.toUtf8());
            } else if (n == QLatin1String("row") && inRow) {
                QByteArray raw;
                for (qsizetype i = 0; i < rec->fields.size(); ++i)
                    raw += (i ? "\t" : "") + rec->fields.at(i);
                rec->raw = raw;
                ++m_rows;
                return true;
            }
        }
    }
    if (!error->isEmpty() || m_sheet.xml().hasError())
        return xmlError(m_sheet, error);
    return false;
}

} // namespace

int XlsxReader::confidence(const QByteArray &head, const QString &fileName) const
{
    if (!isZip(head))
        return 0;
    // An Office package names its content types or its parts first; a zip named .xlsx is one too.
    const QString first = firstEntryName(head);
    if (first == QLatin1String("[Content_Types].xml") || first.startsWith(QLatin1String("_rels/")) ||
        first.startsWith(QLatin1String("docProps/")) || first.startsWith(QLatin1String("xl/")))
        return 90;
    return fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ||
                   fileName.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive)
               ? 80
               : 0;
}

QString XlsxReader::firstEntryName(const QByteArray &head)
{
    // The local file header: signature, 22 bytes of fields, the name's length at 26, the name at 30.
    if (!isZip(head) || head.size() < 30)
        return {};
    const auto u16 = [&head](int at) { return int(uchar(head.at(at))) | int(uchar(head.at(at + 1))) << 8; };
    const int len = u16(26);
    return head.size() >= 30 + len ? QString::fromUtf8(head.mid(30, len)) : QString();
}

bool XlsxReader::open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const
{
    Sheet sheet;
    if (!sheet.open(input, options.referenceParse, error))
        return false;
    QVector<Record> records;
    Record rec;
    while (records.size() < kPreviewRows && sheet.next(&rec, error))
        records.push_back(std::move(rec));
    if (!error->isEmpty())
        return false;
    if (records.isEmpty()) {
        *error = tr("%1: no rows").arg(input.displayName());
        return false;
    }
    Layout l;
    l.encoding = QStringLiteral("UTF-8");
    l.encodingHow = QStringLiteral("xlsx (XML, UTF-8)");
    l.details.insert(QLatin1String(Layout::kExcelDateSystem), sheet.date1904() ? 1904 : 1900);
    l.preview = tablelayout::decoded(records, l.encoding, true);
    tablelayout::guess(&l, QStringLiteral("xlsx"));
    *layout = l;
    return true;
}

bool XlsxReader::read(Input &input, const Layout &, const ImportOptions &options, RecordSink &sink,
                      const ReadContext &context, QString *error) const
{
    Sheet sheet;
    if (!sheet.open(input, options.referenceParse, error))
        return false;
    struct Warn
    {
        const Sheet &sheet;
        const ReadContext &context;
        ~Warn()
        {
            if (context.warn && !sheet.warning().isEmpty())
                context.warn(sheet.warning());
        }
    } warn{sheet, context};
    QVector<Record> batch;
    batch.reserve(kBatch);
    Record rec;
    for (;;) {
        const bool more = sheet.next(&rec, error);
        if (!more && !error->isEmpty())
            return false;
        if (more)
            batch.push_back(std::move(rec));
        if (batch.size() == kBatch || (!more && !batch.isEmpty())) {
            if (isCancelled(context, input, error) || !sink.records(batch))
                return false;
            batch.clear();
            if (context.progress)
                context.progress(qint64(sheet.fraction() * double(input.size())), input.size());
        }
        if (!more)
            return true;
    }
}

} // namespace dt::ingest
