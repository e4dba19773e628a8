#include "ingest/htmlreader.h"

#include "ingest/encoding.h"
#include "ingest/valueparsers.h"

#include <algorithm>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace dt::ingest {

namespace {

bool isDispositionWord(const QString &v)
{
    static const QRegularExpression cause(QStringLiteral("^[A-Z]+(_[A-Z]+)+$"));
    static const QStringList words{
        QStringLiteral("ANSWERED"), QStringLiteral("NO ANSWER"),  QStringLiteral("BUSY"),
        QStringLiteral("FAILED"),   QStringLiteral("CONGESTION"), QStringLiteral("接通"),
        QStringLiteral("未接通"),   QStringLiteral("已接通"),     QStringLiteral("未接"),
        QStringLiteral("已接"),     QStringLiteral("0"),          QStringLiteral("1")};
    const QString u = v.trimmed().toUpper();
    return words.contains(u) || cause.match(u).hasMatch();
}

/// Qt's name for one of encoding.h's canonical names (GB18030 goes through ICU).
QByteArray codecName(const QString &encoding)
{
    return encoding == QLatin1String("UTF-8-BOM") ? QByteArray("UTF-8") : encoding.toLatin1();
}

QString decode(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder d(codecName(encoding).constData());
    QString text = d.isValid() ? QString(d.decode(bytes)) : QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QByteArray encode(QStringView text, const QString &encoding)
{
    QStringEncoder e(codecName(encoding).constData());
    return e.isValid() ? QByteArray(e.encode(text)) : text.toUtf8();
}

/// Fields that make a header row a table of records, and how many of them it names.
int headerScore(const QStringList &cells)
{
    if (cells.size() < 2 || !FieldMapper::looksLikeHeader(cells))
        return 0;
    return int(FieldMapper::fromHeader(cells).columns.size());
}

bool blank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.isEmpty())
            return false;
    }
    return true;
}

} // namespace

bool HtmlReader::readBill(Input &input, const QString &encoding, const QString &owner, HtmlBill *out,
                          QString *error)
{
    const QString path = input.displayName();
    const auto stream = input.open(error);
    QByteArray bytes;
    if (!stream || !stream->read(kMaxPageBytes + 1, &bytes, error))
        return false;
    if (bytes.size() > kMaxPageBytes) {
        // A saved bill is kilobytes: what is larger is surely no bill, and is not held in memory.
        *error =
            tr("%1: an HTML page over %2 MB: too large for a saved bill").arg(path).arg(kMaxPageBytes >> 20);
        return false;
    }
    HtmlBill bill;
    if (encoding != QLatin1String("auto")) {
        bill.encoding = canonicalEncoding(encoding);
        if (bill.encoding.isEmpty()) {
            *error =
                tr("--encoding: unknown encoding '%1' (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, ISO-8859-1)")
                    .arg(encoding);
            return false;
        }
        bill.encodingHow = QStringLiteral("given");
    } else {
        // The page's own declaration, unless its bytes contradict it (pages re-saved as UTF-8 keep
        // their old <meta>); else the same detection as for text tables.
        const QString declared = declaredCharset(bytes);
        const bool valid8 = isValidUtf8(bytes);
        const bool high = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return c & 0x80; });
        if (!declared.isEmpty() && (declared == QLatin1String("UTF-8") ? valid8 : !(valid8 && high))) {
            bill.encoding = declared;
            bill.encodingHow = QStringLiteral("HTML meta charset");
        } else {
            const EncodingGuess g = detectEncoding(bytes.left(4 << 20));
            bill.encoding = g.name == QLatin1String("UTF-8-BOM") ? QStringLiteral("UTF-8") : g.name;
            bill.encodingHow =
                declared.isEmpty()
                    ? g.how
                    : tr("%1 (the page declares %2, its bytes say otherwise)").arg(g.how, declared);
        }
    }
    const QString text = decode(bytes, bill.encoding);
    const HtmlPage page = parse(text);
    if (page.tables.isEmpty()) {
        *error = tr("%1: an HTML page without a table (a bill saved before its records loaded?): cannot tell "
                    "what this file holds")
                     .arg(path);
        return false;
    }
    // The table of records: the header row (within a table's first rows) that maps best, then the
    // one with more rows below it.
    int bestTable = -1, bestRow = -1, bestScore = 1;
    qsizetype bestRows = 0;
    for (int t = 0; t < page.tables.size(); ++t) {
        const auto &rows = page.tables.at(t).rows;
        for (int r = 0; r < std::min<int>(6, int(rows.size()) - 1); ++r) {
            const int score = headerScore(rows.at(r).cells);
            const qsizetype below = rows.size() - r - 1;
            if (score > bestScore || (score == bestScore && bestTable >= 0 && below > bestRows)) {
                bestTable = t, bestRow = r, bestScore = score, bestRows = below;
            }
        }
    }
    if (bestTable < 0) {
        *error =
            tr("%1: an HTML page whose %2 table(s) have no header row naming call or list fields: cannot "
               "tell what this file holds; export the bill as a spreadsheet or CSV")
                .arg(path)
                .arg(page.tables.size());
        return false;
    }
    const HtmlRow &headerRow = page.tables.at(bestTable).rows.at(bestRow);
    bill.headers = headerRow.cells;
    bill.mapping = FieldMapper::fromHeader(bill.headers);
    const int width = int(bill.headers.size());

    // The header block above the table: the bill's own number, its period, the carrier.
    const QString before = page.textBefore(headerRow.begin);
    static const QRegularExpression ownerRe(
        QStringLiteral("(?:本机号码|查询号码|服务号码|计费号码|用户号码|手机号码|客户号码|号码)\\s*[:：]\\s*("
                       "\\+?\\d[\\d\\- ]{4,20}\\d)"));
    static const QRegularExpression periodRe(
        QStringLiteral("(?:查询周期|查询账期|账期|帐期|计费周期|账单周期|统计周期|起止日期|查询时间|查询月份)"
                       "\\s*[:：]\\s*(\\d{4})\\s*(?:年|[-/.])?\\s*(\\d{1,2})?"));
    const auto om = ownerRe.match(before);
    const QString pageOwner =
        om.hasMatch() ? om.captured(1).remove(QLatin1Char(' ')).remove(QLatin1Char('-')) : QString();
    bill.owner = owner.isEmpty() ? pageOwner : owner;
    if (const auto pm = periodRe.match(before); pm.hasMatch()) {
        bill.periodYear = pm.captured(1).toInt();
        bill.periodMonth = pm.captured(2).toInt();
    }
    QString compact = before;
    compact.remove(QRegularExpression(QStringLiteral("\\s+")));
    bill.format = compact.contains(QStringLiteral("中国移动"))   ? QStringLiteral("html-bill-cmcc")
                  : compact.contains(QStringLiteral("中国电信")) ? QStringLiteral("html-bill-ctcc")
                                                                 : QStringLiteral("html-table");

    // One number's bill: 对方号码 and 呼叫类型 per row; the page says whose bill it is.
    const bool perspective = bill.mapping.has(Field::Other) && !bill.mapping.has(Field::Local) &&
                             !(bill.mapping.has(Field::Caller) && bill.mapping.has(Field::Callee));
    if (perspective && bill.owner.isEmpty()) {
        *error = tr("%1: a bill of one number's calls (对方号码 without 本机号码) that does not say its "
                    "own number above the table; give it with --owner")
                     .arg(path);
        return false;
    }

    // Data rows: below the header, and below the same header in later tables (bills saved page by page).
    static const QRegularExpression monthDay(QStringLiteral(
        "^(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s+(\\d{1,2})[:：](\\d{1,2})(?:[:：](\\d{1,2}))?$"));
    const int startCol = bill.mapping.column(Field::Start);
    for (int t = bestTable; t < page.tables.size(); ++t) {
        const auto &rows = page.tables.at(t).rows;
        qsizetype from = -1;
        if (t == bestTable) {
            from = bestRow + 1;
        } else {
            for (qsizetype r = 0; r < std::min<qsizetype>(6, rows.size()) && from < 0; ++r) {
                if (rows.at(r).cells == bill.headers)
                    from = r + 1;
            }
        }
        if (from < 0)
            continue;
        for (qsizetype r = from; r < rows.size(); ++r) {
            const HtmlRow &row = rows.at(r);
            if (blank(row.cells) || row.cells == bill.headers)
                continue;
            QStringList cells = row.cells;
            cells.resize(width);
            if (startCol >= 0 && bill.periodYear > 0) {
                // Month-day times: the year is the bill period's (the next one for January rows of a
                // period that started in December).
                if (const auto m = monthDay.match(cells.at(startCol)); m.hasMatch()) {
                    const int month = m.captured(1).toInt();
                    const int year =
                        bill.periodYear + (bill.periodMonth > 0 && month < bill.periodMonth ? 1 : 0);
                    cells[startCol] = QStringLiteral("%1-%2-%3 %4:%5:%6")
                                          .arg(year)
                                          .arg(month, 2, 10, QLatin1Char('0'))
                                          .arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'))
                                          .arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'))
                                          .arg(m.captured(4).toInt(), 2, 10, QLatin1Char('0'))
                                          .arg(m.captured(5).toInt(), 2, 10, QLatin1Char('0'));
                }
            }
            if (perspective)
                cells << bill.owner;
            Record rec;
            rec.line = row.line;
            for (const QString &c : std::as_const(cells)) {
                rec.repaired |= c.contains(QChar::ReplacementCharacter);
                rec.fields << c.toUtf8();
            }
            rec.raw = encode(QStringView(text).mid(row.begin, row.end - row.begin), bill.encoding);
            bill.rows.push_back(std::move(rec));
        }
    }
    if (perspective) {
        bill.headers << QStringLiteral("本机号码");
        bill.mapping.set(Field::Local, width, 1.0);
    }
    // 通话状态 is a disposition in some exports and the billing zone (本地, 漫游, 小区优惠) in others.
    if (bill.mapping.has(Field::Disposition)) {
        const int c = bill.mapping.column(Field::Disposition);
        const bool any = std::any_of(bill.rows.cbegin(), bill.rows.cend(), [c](const Record &r) {
            return isDispositionWord(QString::fromUtf8(r.fields.value(c)));
        });
        if (!any) {
            bill.mapping.columns.remove(int(Field::Disposition));
            bill.mapping.confidence.remove(int(Field::Disposition));
        }
    }
    *out = std::move(bill);
    return true;
}

} // namespace dt::ingest
namespace dt::ingest {

QStringList HtmlReader::formats() const
{
    return {QStringLiteral("html-table"), QStringLiteral("html-bill-cmcc"), QStringLiteral("html-bill-ctcc")};
}

int HtmlReader::confidence(const QByteArray &head, const QString &) const
{
    return looksLikeHtml(head) ? 80 : 0;
}

bool HtmlReader::open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const
{
    HtmlBill bill;
    if (!readBill(input, options.encoding, options.owner, &bill, error))
        return false;
    if (bill.rows.isEmpty()) {
        *error = tr("%1: no rows").arg(input.displayName());
        return false;
    }
    Layout l;
    l.format = bill.format;
    l.encoding = bill.encoding;
    l.encodingHow = bill.encodingHow;
    l.headers = bill.headers;
    l.mapping = bill.mapping;
    l.header = false; // the page's header row is not among the records; the mapping is the page's
    for (const Record &r : bill.rows.mid(0, kPreviewRows)) {
        QStringList row;
        for (const QByteArray &f : r.fields)
            row << QString::fromUtf8(f).trimmed();
        l.preview.push_back(row);
    }
    *layout = l;
    return true;
}

bool HtmlReader::read(Input &input, const Layout &, const ImportOptions &options, RecordSink &sink,
                      const ReadContext &context, QString *error) const
{
    HtmlBill bill;
    if (!readBill(input, options.encoding, options.owner, &bill, error))
        return false;
    constexpr qsizetype kBatch = 1024;
    for (qsizetype from = 0; from < bill.rows.size(); from += kBatch) {
        QVector<Record> batch(
            std::make_move_iterator(bill.rows.begin() + from),
            std::make_move_iterator(bill.rows.begin() + std::min(from + kBatch, bill.rows.size())));
        if (isCancelled(context, input, error) || !sink.records(batch))
            return false;
    }
    if (context.progress)
        context.progress(input.size(), input.size());
    return true;
}

} // namespace dt::ingest
