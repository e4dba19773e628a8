#pragma once
#include "ingest/csvparser.h"

#include <functional>
#include <QByteArray>
#include <QString>
#include <QVector>
#include <string>
#include <vector>

namespace dt::ingest {

/**
 * The rows of a worksheet read straight from the bytes of its XML, a chunk at a time: the same
 * records XlsxReader's XML reader (QXmlStreamReader) makes of the same part, without its per-token
 * strings. It reads the XML spreadsheet programs write: UTF-8, elements and attributes, namespace
 * prefixes declared on the root element, predefined entities and character references, CDATA, and
 * checks that the XML is well formed as it goes. At anything else (a comment, a processing
 * instruction, a DTD, another encoding, a carriage return or an entity in a value it needs, XML that
 * is not well formed, a part that ends early) next() returns Step::Unsupported instead of the row
 * that holds it: the caller reads the rest of the sheet, from the row after the last one returned,
 * with the XML reader, which then gives the same rows or the error. A row is only returned whole.
 */
class XlsxSheetScanner
{
public:
    /// The part's next bytes into @p chunk (empty at its end); false on an error, with @p error set.
    using Pull = std::function<bool(QByteArray *chunk, QString *error)>;
    enum class Step { Row, End, Unsupported, Failed };

    /// Reads the part @p pull gives; cells of type "s" are looked up in @p sharedStrings (UTF-8).
    XlsxSheetScanner(Pull pull, const QVector<QByteArray> &sharedStrings);
    /// The next row into @p rec: Row, End (the part is over), Unsupported (reason() says what it met)
    /// or Failed (the part could not be read: reason() is the error).
    Step next(Record *rec);
    QString reason() const { return m_reason; }
    /// The rows returned so far.
    qint64 rows() const { return m_rows; }

private:
    struct Attr
    {
        const char *name, *value;
        int nameLen, valueLen;
        bool plain; ///< no entity and no white space but spaces: the value as written
    };
    enum class Tok { Done, More, Bad }; ///< as XmlScan

    bool fill();
    Step unsupported(const char *what);
    Tok prolog();
    Tok text(bool keep, QByteArray *out);
    Tok cdata(bool keep, QByteArray *out);
    Tok startTag(const char *p, const char *end, const char **after, bool *empty);
    Tok endTag(const char *p, const char *end, const char **after);
    const Attr *attr(const char *name) const;
    bool declared(const char *prefix, int len) const;

    Pull m_pull;
    const QVector<QByteArray> &m_strings;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false, m_failed = false, m_prologDone = false, m_rootSeen = false, m_inCdata = false;
    std::vector<std::string> m_stack; ///< the open elements' qualified names
    size_t m_depth = 0;
    std::vector<std::string> m_prefixes; ///< declared on the root element
    std::vector<Attr> m_attrs;           ///< of the last start tag, pointing into m_buf
    std::string m_local;                 ///< the last tag's local name
    QByteArray m_type, m_value;
    QString m_reason;
    qint64 m_rows = 0;
};

} // namespace dt::ingest
