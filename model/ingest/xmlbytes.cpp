#include "ingest/xmlbytes.h"

#include <cstring>

namespace dt::ingest {

bool xmlChar(uint cp)
{
    return cp == 0x9 || cp == 0xA || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

/// The length of the UTF-8 sequence of an XML character at @p p (a byte >= 0x80): 0 when it is not
/// one, -1 when @p end cuts it.
int xmlUtf8Char(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    int n = 0;
    uint cp = 0;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, cp = c & 0x07;
    else
        return 0;
    if (end - p < n)
        return -1;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || !xmlChar(cp))
        return 0;
    return n;
}

void xmlAppendUtf8(QByteArray *out, uint cp)
{
    char b[4];
    int n = 0;
    if (cp < 0x80) {
        b[n++] = char(cp);
    } else if (cp < 0x800) {
        b[n++] = char(0xC0 | cp >> 6);
        b[n++] = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        b[n++] = char(0xE0 | cp >> 12);
        b[n++] = char(0x80 | (cp >> 6 & 0x3F));
        b[n++] = char(0x80 | (cp & 0x3F));
    } else {
        b[n++] = char(0xF0 | cp >> 18);
        b[n++] = char(0x80 | (cp >> 12 & 0x3F));
        b[n++] = char(0x80 | (cp >> 6 & 0x3F));
        b[n++] = char(0x80 | (cp & 0x3F));
    }
    out->append(b, n);
}

bool xmlEquals(const char *p, int len, const char *word)
{
    return int(std::strlen(word)) == len && std::memcmp(p, word, size_t(len)) == 0;
}

/// Digits only, at most @p maxDigits of them: their value; empty: 0 (what QString::toInt() and
/// toLongLong() make of an absent attribute); anything else: -1.
qint64 xmlDigits(const char *p, int len, int maxDigits)
{
    if (len > maxDigits)
        return -1;
    qint64 v = 0;
    for (int i = 0; i < len; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

XmlScan xmlEntity(const char *&p, const char *end, bool eof, QByteArray *out)
{
    const char *q = p + 1;
    while (q < end && q - p < 12 && *q != ';')
        ++q;
    if (q == end && q - p < 12)
        return eof ? XmlScan::Bad : XmlScan::More;
    if (q == end || *q != ';')
        return XmlScan::Bad;
    const char *n = p + 1;
    const int len = int(q - n);
    char c = 0;
    if (xmlEquals(n, len, "lt"))
        c = '<';
    else if (xmlEquals(n, len, "gt"))
        c = '>';
    else if (xmlEquals(n, len, "amp"))
        c = '&';
    else if (xmlEquals(n, len, "quot"))
        c = '"';
    else if (xmlEquals(n, len, "apos"))
        c = '\'';
    if (c) {
        if (out)
            out->append(c);
        p = q + 1;
        return XmlScan::Done;
    }
    if (len < 2 || n[0] != '#')
        return XmlScan::Bad;
    uint cp = 0;
    const bool hex = n[1] == 'x';
    const char *d = n + (hex ? 2 : 1);
    if (d == q || q - d > 7)
        return XmlScan::Bad;
    for (; d < q; ++d) {
        const char ch = *d;
        uint v;
        if (ch >= '0' && ch <= '9')
            v = uint(ch - '0');
        else if (hex && ch >= 'a' && ch <= 'f')
            v = uint(ch - 'a' + 10);
        else if (hex && ch >= 'A' && ch <= 'F')
            v = uint(ch - 'A' + 10);
        else
            return XmlScan::Bad;
        cp = cp * (hex ? 16 : 10) + v;
    }
    // Below a space (tab, line feed): left to the XML reader, whose handling of them is its own.
    if (cp < 0x20 || !xmlChar(cp))
        return XmlScan::Bad;
    if (out)
        xmlAppendUtf8(out, cp);
    p = q + 1;
    return XmlScan::Done;
}

bool xmlDeclarationUtf8(const char *p, const char *end)
{
    // version, then optionally encoding (UTF-8 only) and standalone, each after white space.
    const auto pseudo = [&p, end](const char *name, const char **value, int *len) {
        const char *q = p;
        if (q == end || !xmlSpace(uchar(*q)))
            return false;
        while (q < end && xmlSpace(uchar(*q)))
            ++q;
        const size_t n = std::strlen(name);
        if (size_t(end - q) < n || std::memcmp(q, name, n) != 0)
            return false;
        q += n;
        while (q < end && xmlSpace(uchar(*q)))
            ++q;
        if (q == end || *q != '=')
            return false;
        ++q;
        while (q < end && xmlSpace(uchar(*q)))
            ++q;
        if (q == end || (*q != '"' && *q != '\''))
            return false;
        const char quote = *q++;
        const char *v = q;
        while (q < end && *q != quote)
            ++q;
        if (q == end)
            return false;
        *value = v;
        *len = int(q - v);
        p = q + 1;
        return true;
    };
    const char *v = nullptr;
    int len = 0;
    if (!pseudo("version", &v, &len) || !xmlEquals(v, len, "1.0"))
        return false;
    if (pseudo("encoding", &v, &len)) {
        const QByteArray enc = QByteArray(v, len).toLower();
        if (enc != "utf-8" && enc != "utf8")
            return false;
    }
    if (pseudo("standalone", &v, &len) && !xmlEquals(v, len, "yes") && !xmlEquals(v, len, "no"))
        return false;
    while (p < end && xmlSpace(uchar(*p)))
        ++p;
    if (p != end)
        return false;
    return true;
}

XmlScan xmlText(const char *&p, const char *end, bool eof, bool keep, QByteArray *out)
{
    const char *run = p;
    XmlScan result = XmlScan::Done;
    while (p < end) {
        const uchar c = uchar(*p);
        if (c == '<')
            break;
        if (c >= 0x20 && c < 0x80 && c != '&' && c != ']') {
            ++p;
            continue;
        }
        if (c >= 0x80) {
            const int n =
                xmlUtf8Char(reinterpret_cast<const uchar *>(p), reinterpret_cast<const uchar *>(end));
            if (n > 0) {
                p += n;
                continue;
            }
            if (n < 0 && !eof) {
                result = XmlScan::More;
                break;
            }
            return XmlScan::Bad;
        }
        if (c == '&') {
            if (keep)
                out->append(run, p - run);
            const XmlScan t = xmlEntity(p, end, eof, keep ? out : nullptr);
            run = p;
            if (t == XmlScan::Done)
                continue;
            if (t == XmlScan::Bad)
                return t;
            result = XmlScan::More;
            break;
        }
        if (c == ']') {
            if (end - p < 3 && !eof) {
                result = XmlScan::More;
                break;
            }
            if (end - p >= 3 && p[1] == ']' && p[2] == '>')
                return XmlScan::Bad;
            ++p;
            continue;
        }
        // A carriage return in a value would be a line break for the XML reader: left to it.
        if (c == '\t' || c == '\n' || (c == '\r' && !keep)) {
            ++p;
            continue;
        }
        return XmlScan::Bad;
    }
    if (p == end)
        result = XmlScan::More;
    if (keep)
        out->append(run, p - run);
    return result;
}

XmlScan xmlCdata(const char *&p, const char *end, bool eof, bool keep, QByteArray *out)
{
    const char *run = p;
    XmlScan result = XmlScan::More;
    while (p < end) {
        const uchar c = uchar(*p);
        if (c == ']') {
            if (end - p < 3) {
                if (eof)
                    return XmlScan::Bad;
                break;
            }
            if (p[1] == ']' && p[2] == '>') {
                if (keep)
                    out->append(run, p - run);
                p += 3;
                return XmlScan::Done;
            }
            ++p;
            continue;
        }
        if (c >= 0x20 && c < 0x80) {
            ++p;
            continue;
        }
        if (c >= 0x80) {
            const int n =
                xmlUtf8Char(reinterpret_cast<const uchar *>(p), reinterpret_cast<const uchar *>(end));
            if (n > 0) {
                p += n;
                continue;
            }
            if (n < 0 && !eof)
                break;
            return XmlScan::Bad;
        }
        if (c == '\t' || c == '\n' || (c == '\r' && !keep)) {
            ++p;
            continue;
        }
        return XmlScan::Bad;
    }
    if (keep)
        out->append(run, p - run);
    return result;
}

} // namespace dt::ingest
