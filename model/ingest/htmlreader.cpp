#include "ingest/htmlreader.h"

#include "ingest/encoding.h"
#include "ingest/valueparsers.h"

#include <algorithm>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace dt::ingest {

namespace {

constexpr qint64 kMaxPageBytes = 256LL << 20; // a saved bill is kilobytes; refuse what is surely no bill

const struct
{
    const char *name;
    char16_t ch;
} kEntities[] = {
    {"nbsp", 0x00A0},   {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"ensp", 0x2002},  {"emsp", 0x2003},  {"thinsp", 0x2009}, {"middot", 0x00B7},
    {"yen", 0x00A5},    {"copy", 0x00A9},  {"reg", 0x00AE},   {"times", 0x00D7},  {"divide", 0x00F7},
    {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"laquo", 0x00AB}, {"raquo", 0x00BB},  {"deg", 0x00B0}};

/// Cell and page text: references decoded, every run of white space (also &nbsp; and U+3000) one space.
QString clean(QStringView raw)
{
    return HtmlReader::decodeEntities(raw).simplified();
}

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

QString HtmlPage::textBefore(qsizetype offset) const
{
    QStringList parts;
    for (const auto &t : texts) {
        if (t.first >= offset)
            break;
        parts << t.second;
    }
    return parts.join(QLatin1Char('\n'));
}

bool HtmlReader::looksLikeHtml(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\r' || head.at(i) == '\n'))
        ++i;
    if (i >= head.size() || head.at(i) != '<')
        return false;
    const QByteArray start = head.mid(i, 64 * 1024).toLower();
    return start.startsWith("<!doctype html") || start.contains("<html") || start.contains("<body") ||
           start.contains("<table");
}

QString HtmlReader::declaredCharset(const QByteArray &head)
{
    // <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=GBK">
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(head.left(64 * 1024)));
    return m.hasMatch() ? canonicalEncoding(m.captured(1)) : QString();
}

QString HtmlReader::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        qsizetype semi = -1;
        for (qsizetype k = i + 1; k < n && k <= i + 12; ++k) {
            if (text.at(k) == QLatin1Char(';')) {
                semi = k;
                break;
            }
            if (!text.at(k).isLetterOrNumber() && text.at(k) != QLatin1Char('#'))
                break;
        }
        const QStringView name = semi > 0 ? text.mid(i + 1, semi - i - 1) : text.mid(i + 1, 12);
        if (name.startsWith(QLatin1Char('#'))) {
            if (semi < 0) {
                out += c;
                continue;
            }
            bool ok = false;
            const uint code =
                (name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')))
                    ? name.mid(2).toUInt(&ok, 16)
                    : name.mid(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                out += QChar::ReplacementCharacter;
            else {
                const char32_t cp = char32_t(code);
                out += QString::fromUcs4(&cp, 1);
            }
            i = semi;
            continue;
        }
        bool done = false;
        for (const auto &e : kEntities) {
            const QLatin1String en(e.name);
            // With its ';', any known name; without, only the legacy ones browsers accept bare.
            if (semi > 0
                    ? name == en
                    : (name.startsWith(en) && (en == QLatin1String("nbsp") || en == QLatin1String("amp") ||
                                               en == QLatin1String("lt") || en == QLatin1String("gt") ||
                                               en == QLatin1String("quot")))) {
                out += QChar(e.ch);
                i += semi > 0 ? semi - i : en.size();
                done = true;
                break;
            }
        }
        if (!done)
            out += c; // unknown: kept as written
    }
    return out;
}

HtmlPage HtmlReader::parse(QStringView s)
{
    HtmlPage page;
    struct Open
    {
        HtmlTable table;
        HtmlRow row;
        QString cell;
        bool inRow = false, inCell = false;
    };
    std::vector<Open> stack;
    const qsizetype n = s.size();
    qsizetype counted = 0;
    qint64 line = 1;
    auto lineOf = [&](qsizetype pos) { // positions only move forward
        for (; counted < pos; ++counted) {
            if (s.at(counted) == QLatin1Char('\n'))
                ++line;
        }
        return line;
    };
    auto closeCell = [](Open &o) {
        if (o.inCell) {
            o.row.cells << clean(o.cell);
            o.cell.clear();
            o.inCell = false;
        }
    };
    auto closeRow = [&closeCell](Open &o, qsizetype end) {
        closeCell(o);
        if (o.inRow) {
            o.row.end = end;
            o.table.rows.push_back(std::move(o.row));
            o.row = HtmlRow();
            o.inRow = false;
        }
    };
    auto openRow = [&](Open &o, qsizetype at) {
        closeRow(o, at);
        o.inRow = true;
        o.row.begin = at;
        o.row.line = lineOf(at);
    };
    auto closeTable = [&](qsizetype end) {
        Open o = std::move(stack.back());
        stack.pop_back();
        closeRow(o, end);
        page.tables.push_back(std::move(o.table));
    };
    auto addText = [&](qsizetype from, qsizetype to) {
        const QStringView t = s.mid(from, to - from);
        if (!stack.empty() && stack.back().inCell)
            stack.back().cell += t;
        const QString c = clean(t);
        if (!c.isEmpty())
            page.texts.push_back({from, c});
    };

    qsizetype i = 0;
    while (i < n) {
        qsizetype lt = s.indexOf(QLatin1Char('<'), i);
        if (lt < 0)
            lt = n;
        if (lt > i)
            addText(i, lt);
        if (lt >= n)
            break;
        if (s.mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype e = s.indexOf(QLatin1String("-->"), lt + 4);
            i = e < 0 ? n : e + 3;
            continue;
        }
        if (lt + 1 < n && (s.at(lt + 1) == QLatin1Char('!') || s.at(lt + 1) == QLatin1Char('?'))) {
            const qsizetype e = s.indexOf(QLatin1Char('>'), lt);
            i = e < 0 ? n : e + 1;
            continue;
        }
        const bool closing = lt + 1 < n && s.at(lt + 1) == QLatin1Char('/');
        qsizetype p = lt + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && s.at(p).unicode() < 128 && s.at(p).isLetterOrNumber())
            ++p;
        if (p == nameStart || !s.at(nameStart).isLetter()) { // a '<' that opens no tag is text
            addText(lt, lt + 1);
            i = lt + 1;
            continue;
        }
        const QString name = s.mid(nameStart, p - nameStart).toString().toLower();
        // The tag ends at '>' outside attribute quotes (a quote counts only right after '=').
        qsizetype q = p;
        QChar quote;
        QChar prev;
        for (; q < n; ++q) {
            const QChar c = s.at(q);
            if (quote.isNull()) {
                if (c == QLatin1Char('>'))
                    break;
                if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && prev == QLatin1Char('='))
                    quote = c;
                if (!c.isSpace())
                    prev = c;
            } else if (c == quote) {
                quote = QChar();
                prev = c;
            }
        }
        if (q >= n) // an unclosed quote: the first '>' ends the tag
            q = s.indexOf(QLatin1Char('>'), p) < 0 ? n : s.indexOf(QLatin1Char('>'), p);
        const qsizetype tagEnd = q < n ? q + 1 : n;
        i = tagEnd;
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            const qsizetype e = s.indexOf(QString(QLatin1String("</") + name), tagEnd, Qt::CaseInsensitive);
            const qsizetype gt = e < 0 ? -1 : s.indexOf(QLatin1Char('>'), e);
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        if (name == QLatin1String("table")) {
            // A table inside a cell separates the cell's text before and after it.
            if (!stack.empty() && stack.back().inCell)
                stack.back().cell += QLatin1Char(' ');
            if (!closing) {
                stack.emplace_back();
                stack.back().table.begin = lt;
            } else if (!stack.empty()) {
                closeTable(tagEnd);
                if (!stack.empty() && stack.back().inCell)
                    stack.back().cell += QLatin1Char(' ');
            }
        } else if (stack.empty()) {
            continue;
        } else if (name == QLatin1String("tr")) {
            if (closing)
                closeRow(stack.back(), tagEnd);
            else
                openRow(stack.back(), lt);
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            Open &o = stack.back();
            closeCell(o);
            if (!closing) {
                if (!o.inRow)
                    openRow(o, lt);
                o.inCell = true;
            }
        } else if (name == QLatin1String("br") || name == QLatin1String("p") ||
                   name == QLatin1String("div") || name == QLatin1String("li")) {
            if (stack.back().inCell)
                stack.back().cell += QLatin1Char(' ');
        }
    }
    while (!stack.empty())
        closeTable(n);
    std::sort(page.tables.begin(), page.tables.end(),
              [](const HtmlTable &a, const HtmlTable &b) { return a.begin < b.begin; });
    return page;
}

bool HtmlReader::read(const QString &path, const QString &encoding, const QString &owner, HtmlBill *out,
                      QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open for reading: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxPageBytes) {
        *error = tr("%1: an HTML page of %2 MB: too large for a saved bill").arg(path).arg(f.size() >> 20);
        return false;
    }
    const QByteArray bytes = f.readAll();
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
            bool bad = false;
            for (const QString &c : std::as_const(cells)) {
                bad |= c.contains(QChar::ReplacementCharacter);
                rec.fields << c.toUtf8();
            }
            bill.repaired += bad;
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
