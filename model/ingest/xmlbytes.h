#pragma once
#include <QByteArray>

// XML read as UTF-8 bytes, for the readers that scan a part rather than parse it (XlsxSheetScanner):
// what XML 1.0 allows, checked as strictly as an XML parser checks it; anything doubtful is Bad, for
// the caller to leave to its XML parser.
namespace dt::ingest {

/// Done: read; More: the bytes end before it does (more are to come); Bad: not what the scan reads.
enum class XmlScan { Done, More, Bad };

inline bool xmlSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
inline bool xmlNameStart(uchar c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
inline bool xmlNameChar(uchar c)
{
    return xmlNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}
/// A character XML 1.0 allows.
bool xmlChar(uint cp);
/// The length of the UTF-8 sequence of an XML character at @p p (a byte >= 0x80): 0 when it is not
/// one, -1 when @p end cuts it.
int xmlUtf8Char(const uchar *p, const uchar *end);
void xmlAppendUtf8(QByteArray *out, uint cp);
bool xmlEquals(const char *p, int len, const char *word);
/// Digits only, at most @p maxDigits of them: their value; none: 0 (what QString::toInt() and
/// toLongLong() make of an absent attribute); anything else: -1.
qint64 xmlDigits(const char *p, int len, int maxDigits);
/// The entity or character reference at @p p ('&'), decoded onto @p out (when not null); @p p moves
/// past it when Done. Character references below a space are Bad (the parser's own business).
XmlScan xmlEntity(const char *&p, const char *end, bool eof, QByteArray *out);
/// Whether the XML declaration's inside [@p p, @p end) (after "<?xml", before "?>") is version 1.0
/// in UTF-8 (or no encoding named), well formed.
bool xmlDeclarationUtf8(const char *p, const char *end);
/// Character data from @p p up to the next '<' (Done, @p p on it) or to @p end (More), decoded onto
/// @p out when @p keep; a carriage return in kept text, "]]>" or a character XML does not allow is Bad.
XmlScan xmlText(const char *&p, const char *end, bool eof, bool keep, QByteArray *out);
/// A CDATA section's content from @p p: Done with @p p past its "]]>", More at @p end, as xmlText().
XmlScan xmlCdata(const char *&p, const char *end, bool eof, bool keep, QByteArray *out);

} // namespace dt::ingest
