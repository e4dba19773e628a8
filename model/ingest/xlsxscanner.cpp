#include "ingest/xlsxscanner.h"

#include "ingest/xmlbytes.h"

#include <cstring>
#include <QCoreApplication>
#include <utility>

namespace dt::ingest {

namespace {

constexpr size_t kMaxDepth = 256;
constexpr size_t kMaxNames = 1024;
constexpr int kMaxColumn = 16383; // XFD, the last column a workbook has

} // namespace

XlsxSheetScanner::XlsxSheetScanner(Pull pull, const QVector<QByteArray> &sharedStrings)
    : m_pull(std::move(pull))
    , m_strings(sharedStrings)
{
    m_attrs.reserve(8);
}

bool XlsxSheetScanner::fill()
{
    if (m_eof)
        return false;
    QByteArray chunk;
    QString error;
    if (!m_pull(&chunk, &error)) {
        m_reason = error;
        m_eof = m_failed = true;
        return false;
    }
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    m_buf.append(chunk);
    return true;
}

XlsxSheetScanner::Step XlsxSheetScanner::unsupported(const char *what)
{
    if (m_failed)
        return Step::Failed;
    m_what = what;
    m_reason = QString::fromLatin1(what);
    return Step::Unsupported;
}

XlsxSheetScanner::Tok XlsxSheetScanner::prolog()
{
    while (m_buf.size() - m_pos < 6 && fill()) {
    }
    if (m_buf.mid(m_pos, 3) == "\xEF\xBB\xBF")
        m_pos += 3;
    if (m_buf.mid(m_pos, 5) != "<?xml" || m_buf.size() - m_pos < 6 || !xmlSpace(uchar(m_buf.at(m_pos + 5))))
        return m_buf.mid(m_pos, 2) == "<?" ? Tok::Bad : Tok::Done;
    qsizetype close;
    while ((close = m_buf.indexOf("?>", m_pos)) < 0) {
        if (m_buf.size() - m_pos > 4096 || !fill())
            return Tok::Bad;
    }
    if (!xmlDeclarationUtf8(m_buf.constData() + m_pos + 5, m_buf.constData() + close))
        return Tok::Bad;
    m_pos = close + 2;
    return Tok::Done;
}

XlsxSheetScanner::Tok XlsxSheetScanner::text(bool keep, QByteArray *out)
{
    const char *base = m_buf.constData(), *p = base + m_pos;
    const XmlScan r = xmlText(p, base + m_buf.size(), m_eof, keep, out);
    m_pos = p - base;
    return Tok(r);
}

XlsxSheetScanner::Tok XlsxSheetScanner::cdata(bool keep, QByteArray *out)
{
    const char *base = m_buf.constData(), *p = base + m_pos;
    const XmlScan r = xmlCdata(p, base + m_buf.size(), m_eof, keep, out);
    m_pos = p - base;
    if (r == XmlScan::Done)
        m_inCdata = false;
    return Tok(r);
}

XlsxSheetScanner::Tok XlsxSheetScanner::startTag(const char *p, const char *end, const char **after,
                                                 bool *empty)
{
    // A qualified name at q: its end; null when the bytes end first; q itself when it is not a name.
    const auto qname = [end](const char *q) -> const char * {
        if (q >= end)
            return nullptr;
        if (!xmlNameStart(uchar(*q)))
            return q;
        const char *b = q;
        while (q < end && xmlNameChar(uchar(*q)))
            ++q;
        if (q < end && *q == ':') {
            if (++q >= end)
                return nullptr;
            if (!xmlNameStart(uchar(*q)))
                return b;
            while (q < end && xmlNameChar(uchar(*q)))
                ++q;
        }
        return q < end ? q : nullptr;
    };
    const char *q = qname(p + 1);
    if (!q)
        return Tok::More;
    if (q == p + 1)
        return Tok::Bad;
    m_nameAt = p + 1;
    m_nameLen = int(q - p - 1);
    m_attrs.clear();
    for (;;) {
        bool space = false;
        while (q < end && xmlSpace(uchar(*q)))
            ++q, space = true;
        if (q >= end)
            return Tok::More;
        if (*q == '>') {
            *after = q + 1;
            *empty = false;
            break;
        }
        if (*q == '/') {
            if (q + 1 >= end)
                return Tok::More;
            if (q[1] != '>')
                return Tok::Bad;
            *after = q + 2;
            *empty = true;
            break;
        }
        if (!space)
            return Tok::Bad;
        const char *name = q;
        q = qname(q);
        if (!q)
            return Tok::More;
        if (q == name)
            return Tok::Bad;
        const int nameLen = int(q - name);
        while (q < end && xmlSpace(uchar(*q)))
            ++q;
        if (q >= end)
            return Tok::More;
        if (*q != '=')
            return Tok::Bad;
        ++q;
        while (q < end && xmlSpace(uchar(*q)))
            ++q;
        if (q >= end)
            return Tok::More;
        if (*q != '"' && *q != '\'')
            return Tok::Bad;
        const char *value = q + 1;
        const auto *close = static_cast<const char *>(std::memchr(value, *q, size_t(end - value)));
        if (!close)
            return Tok::More;
        bool plain = true;
        for (const char *r = value; r < close;) {
            const uchar c = uchar(*r);
            if (c >= 0x20 && c < 0x80 && c != '&' && c != '<') {
                ++r;
            } else if (c == '&') {
                plain = false;
                if (xmlEntity(r, close, true, nullptr) != XmlScan::Done)
                    return Tok::Bad;
            } else if (c >= 0x80) {
                const int n =
                    xmlUtf8Char(reinterpret_cast<const uchar *>(r), reinterpret_cast<const uchar *>(close));
                if (n <= 0)
                    return Tok::Bad;
                r += n;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                plain = false;
                ++r;
            } else {
                return Tok::Bad;
            }
        }
        for (const Attr &a : m_attrs) {
            if (a.nameLen == nameLen && std::memcmp(a.name, name, size_t(nameLen)) == 0)
                return Tok::Bad;
        }
        m_attrs.push_back({name, value, nameLen, int(close - value), plain});
        q = close + 1;
    }
    return Tok::Done;
}

XlsxSheetScanner::Tok XlsxSheetScanner::endTag(const char *p, const char *end, const char **after)
{
    const char *q = p + 2;
    while (q < end && (xmlNameChar(uchar(*q)) || *q == ':'))
        ++q;
    const char *nameEnd = q;
    while (q < end && xmlSpace(uchar(*q)))
        ++q;
    if (q >= end)
        return Tok::More;
    if (*q != '>' || m_depth == 0)
        return Tok::Bad;
    const std::string &open = m_names[size_t(m_stack[m_depth - 1])].qname;
    if (open.size() != size_t(nameEnd - p - 2) || std::memcmp(open.data(), p + 2, open.size()) != 0)
        return Tok::Bad;
    m_tag = m_stack[--m_depth];
    *after = q + 1;
    return Tok::Done;
}

const XlsxSheetScanner::Attr *XlsxSheetScanner::attr(char name) const
{
    for (const Attr &a : m_attrs) {
        if (a.nameLen == 1 && a.name[0] == name)
            return &a;
    }
    return nullptr;
}

int XlsxSheetScanner::intern(const char *name, int len)
{
    for (size_t i = 0; i < m_names.size(); ++i) {
        const std::string &n = m_names[i].qname;
        if (n.size() == size_t(len) && std::memcmp(n.data(), name, size_t(len)) == 0)
            return int(i);
    }
    if (m_names.size() == kMaxNames)
        return -1;
    Name n;
    n.qname.assign(name, size_t(len));
    const size_t colon = n.qname.find(':');
    n.prefixLen = colon == std::string::npos ? 0 : int(colon);
    const std::string local = colon == std::string::npos ? n.qname : n.qname.substr(colon + 1);
    n.kind = local == "row" ? Kind::Row
             : local == "c" ? Kind::Cell
             : local == "v" ? Kind::Value
             : local == "t" ? Kind::Text
                            : Kind::Other;
    m_names.push_back(std::move(n));
    return int(m_names.size() - 1);
}

bool XlsxSheetScanner::declared(const char *prefix, int len) const
{
    for (const std::string &p : m_prefixes) {
        if (p.size() == size_t(len) && std::memcmp(p.data(), prefix, size_t(len)) == 0)
            return true;
    }
    return false;
}

XlsxSheetScanner::Step XlsxSheetScanner::next(Record *rec)
{
    // What the XML reader keeps while it looks for the next row: the same, from the same start.
    int col = 0;
    bool inValue = false, inRow = false;
    m_cellType = CellType::Other;
    m_value.truncate(0);
    if (!m_prologDone) {
        if (prolog() != Tok::Done)
            return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                 "an XML declaration other than version 1.0 in UTF-8"));
        m_prologDone = true;
    }
    for (;;) {
        if (m_inCdata) {
            const Tok t = cdata(inValue, &m_value);
            if (t == Tok::Bad)
                return unsupported(
                    QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                      "a CDATA section with a character it leaves to the XML reader"));
            if (t == Tok::More && !fill())
                return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                     "the end of the part inside a CDATA section"));
            continue;
        }
        if (m_pos >= m_buf.size()) {
            if (fill())
                continue;
            if (m_failed)
                return Step::Failed;
            if (m_depth == 0 && m_rootSeen)
                return Step::End;
            return unsupported(
                QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "the end of the part inside an element"));
        }
        const char *base = m_buf.constData(), *p = base + m_pos, *end = base + m_buf.size();
        if (*p != '<') {
            if (m_depth == 0) {
                while (p < end && xmlSpace(uchar(*p)))
                    ++p;
                m_pos = p - base;
                if (p < end && *p != '<')
                    return unsupported(
                        QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "text outside the root element"));
                continue;
            }
            const Tok t = text(inValue, &m_value);
            if (t == Tok::Bad)
                return unsupported(
                    QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                      "text with a character or an entity it leaves to the XML reader"));
            if (t == Tok::More && !fill() && m_failed)
                return Step::Failed;
            continue;
        }
        if (end - p < 9 && !m_eof) {
            if (!fill() && m_failed)
                return Step::Failed;
            continue;
        }
        const char *after = nullptr;
        if (end - p >= 2 && p[1] == '/') {
            const Tok t = endTag(p, end, &after);
            if (t == Tok::More) {
                if (!fill())
                    return unsupported(
                        QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "the end of the part inside a tag"));
                continue;
            }
            if (t == Tok::Bad)
                return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                     "an end tag that does not close the open element"));
            m_pos = after - base;
        } else if (end - p >= 2 && p[1] == '!') {
            if (end - p < 9 || std::memcmp(p, "<![CDATA[", 9) != 0 || m_depth == 0)
                return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "a comment or a DTD"));
            m_inCdata = true;
            m_pos += 9;
            continue;
        } else if (end - p >= 2 && p[1] == '?') {
            return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "a processing instruction"));
        } else {
            bool empty = false;
            const Tok t = startTag(p, end, &after, &empty);
            if (t == Tok::More) {
                if (!fill())
                    return unsupported(
                        QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "the end of the part inside a tag"));
                continue;
            }
            if (t == Tok::Bad)
                return unsupported(
                    QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "a start tag that is not well formed"));
            // Namespaces: declared on the root element only, where spreadsheet programs put them.
            const bool root = m_depth == 0;
            if (root) {
                if (m_rootSeen)
                    return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "a second root element"));
                m_rootSeen = true;
            }
            for (const Attr &a : m_attrs) {
                const auto *colon = static_cast<const char *>(std::memchr(a.name, ':', size_t(a.nameLen)));
                if (!colon)
                    continue;
                const int prefixLen = int(colon - a.name);
                if (xmlEquals(a.name, prefixLen, "xmlns")) {
                    const int len = a.nameLen - prefixLen - 1;
                    if (!root || a.valueLen == 0 || xmlEquals(colon + 1, len, "xml") ||
                        xmlEquals(colon + 1, len, "xmlns"))
                        return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                             "a namespace declared below the root element"));
                    m_prefixes.emplace_back(colon + 1, size_t(len));
                }
            }
            for (const Attr &a : m_attrs) {
                const auto *colon = static_cast<const char *>(std::memchr(a.name, ':', size_t(a.nameLen)));
                const int prefixLen = colon ? int(colon - a.name) : 0;
                if (colon && !xmlEquals(a.name, prefixLen, "xmlns") && !xmlEquals(a.name, prefixLen, "xml") &&
                    !declared(a.name, prefixLen))
                    return unsupported(
                        QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "an undeclared namespace prefix"));
            }
            m_tag = intern(m_nameAt, m_nameLen);
            if (m_tag < 0)
                return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "too many kinds of elements"));
            const Name &name = m_names[size_t(m_tag)];
            if (name.prefixLen > 0 && !declared(m_nameAt, name.prefixLen))
                return unsupported(
                    QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "an undeclared namespace prefix"));
            if (!empty) {
                if (m_depth == kMaxDepth)
                    return unsupported(
                        QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "elements nested too deep"));
                if (m_stack.size() <= m_depth)
                    m_stack.resize(m_depth + 1);
                m_stack[m_depth++] = m_tag;
            }
            m_pos = after - base;
            if (name.kind == Kind::Row) {
                *rec = Record();
                rec->fields.reserve(m_width);
                if (const Attr *r = attr('r')) {
                    const qint64 line = r->plain ? xmlDigits(r->value, r->valueLen, 18) : -1;
                    if (line < 0)
                        return unsupported(
                            QT_TRANSLATE_NOOP("dt::ingest::XlsxReader", "a row number that is not a number"));
                    rec->line = line;
                }
                if (rec->line == 0)
                    rec->line = m_rows + 1;
                inRow = true;
            } else if (name.kind == Kind::Cell) {
                col = -1;
                if (const Attr *r = attr('r')) {
                    if (!r->plain)
                        return unsupported(QT_TRANSLATE_NOOP(
                            "dt::ingest::XlsxReader", "a cell reference with an entity or white space"));
                    col = 0;
                    for (int i = 0; i < r->valueLen && r->value[i] >= 'A' && r->value[i] <= 'Z'; ++i) {
                        col = col * 26 + (r->value[i] - 'A' + 1);
                        if (col > kMaxColumn + 1)
                            return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                                 "a cell reference past the last column"));
                    }
                    --col;
                }
                if (col < 0)
                    col = int(rec->fields.size());
                m_cellType = CellType::Other;
                if (const Attr *type = attr('t')) {
                    if (!type->plain)
                        return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                             "a cell type with an entity or white space"));
                    if (xmlEquals(type->value, type->valueLen, "s"))
                        m_cellType = CellType::Shared;
                    else if (xmlEquals(type->value, type->valueLen, "inlineStr"))
                        m_cellType = CellType::Inline;
                }
                m_value.truncate(0);
            } else if (name.kind == Kind::Value ||
                       (name.kind == Kind::Text && m_cellType == CellType::Inline)) {
                inValue = true;
            }
            if (!empty)
                continue;
        }
        // An end tag, or the end of an empty element.
        const Kind kind = m_names[size_t(m_tag)].kind;
        if (kind == Kind::Value || kind == Kind::Text) {
            inValue = false;
        } else if (kind == Kind::Cell) {
            while (rec->fields.size() < col)
                rec->fields.push_back(QByteArray());
            if (m_cellType == CellType::Shared) {
                const qint64 index = xmlDigits(m_value.constData(), int(m_value.size()), 9);
                if (index < 0)
                    return unsupported(QT_TRANSLATE_NOOP("dt::ingest::XlsxReader",
                                                         "a shared string index that is not a number"));
                rec->fields.push_back(m_strings.value(qsizetype(index)));
            } else {
                rec->fields.push_back(QByteArray(m_value.constData(), m_value.size()));
            }
        } else if (kind == Kind::Row && inRow) {
            qsizetype size = rec->fields.isEmpty() ? 0 : rec->fields.size() - 1;
            for (const QByteArray &f : std::as_const(rec->fields))
                size += f.size();
            QByteArray raw;
            raw.reserve(size);
            for (qsizetype i = 0; i < rec->fields.size(); ++i) {
                if (i)
                    raw += '\t';
                raw += rec->fields.at(i);
            }
            rec->raw = raw;
            m_width = rec->fields.size();
            ++m_rows;
            return Step::Row;
        }
    }
}

} // namespace dt::ingest
