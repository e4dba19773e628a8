// HtmlReader's scanner: a page's tables and text from a tolerant pass over its markup.
#include "ingest/encoding.h"
#include "ingest/htmlreader.h"

#include <algorithm>
#include <QRegularExpression>

namespace dt::ingest {

namespace {

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

} // namespace dt::ingest
