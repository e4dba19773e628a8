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
    /// Unsupported: what it met, untranslated (a source text of the "dt::ingest::XlsxReader" context).
    const char *what() const { return m_what; }
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
    /// The attribute named @p name (one letter, no prefix) of the last start tag, or null.
    const Attr *attr(char name) const;
    /// The index of element name @p name in m_names, added when new; -1 past kMaxNames.
    int intern(const char *name, int len);
    bool declared(const char *prefix, int len) const;

    Pull m_pull;
    const QVector<QByteArray> &m_strings;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false, m_failed = false, m_prologDone = false, m_rootSeen = false, m_inCdata = false;
    /// What the XML reader's row logic tells apart by an element's local name.
    enum class Kind { Row, Cell, Value, Text, Other };
    enum class CellType { Shared, Inline, Other };
    struct Name
    {
        std::string qname;
        int prefixLen = 0;
        Kind kind = Kind::Other;
    };
    std::vector<Name> m_names; ///< the element names met, each once (a sheet has a dozen)
    std::vector<int> m_stack;  ///< the open elements, as indexes in m_names
    size_t m_depth = 0;
    std::vector<std::string> m_prefixes; ///< declared on the root element
    std::vector<Attr> m_attrs;           ///< of the last start tag, pointing into m_buf
    const char *m_nameAt = nullptr;      ///< the last start tag's name, in m_buf
    int m_nameLen = 0;
    int m_tag = -1; ///< the last tag's name, in m_names
    CellType m_cellType = CellType::Other;
    QByteArray m_value;
    qsizetype m_width = 0; ///< the last row's fields
    QString m_reason;
    const char *m_what = "";
    qint64 m_rows = 0;
};

} // namespace dt::ingest
