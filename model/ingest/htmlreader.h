#pragma once
#include "ingest/csvparser.h"
#include "ingest/fieldmap.h"
#include "ingest/reader.h"

#include <QCoreApplication>
#include <QStringList>

namespace dt::ingest {

/// One <tr> of a page: its cells as plain text and where it is in the decoded text.
struct HtmlRow
{
    QStringList cells;
    qint64 line = 0;     ///< 1-based line of the <tr> (of the first cell when the <tr> is missing)
    qsizetype begin = 0; ///< offset of the row's first character in the decoded text
    qsizetype end = 0;   ///< offset just after the row
};

/// One <table>; a table nested in a cell is a table of its own.
struct HtmlTable
{
    QVector<HtmlRow> rows;
    qsizetype begin = 0;
};

/// A page's tables and its text outside them, from a tolerant scan of the markup.
struct HtmlPage
{
    QVector<HtmlTable> tables; ///< in document order
    /// Every piece of text of the page (in and out of tables, without scripts and styles), with its offset.
    QVector<QPair<qsizetype, QString>> texts;
    /// The page's text before @p offset, one piece a line.
    QString textBefore(qsizetype offset) const;
};

/// What a saved carrier bill (or any page with a table of calls) holds, ready for the import.
struct HtmlBill
{
    QString format; ///< html-bill-cmcc | html-bill-ctcc | html-table
    QString encoding, encodingHow;
    QStringList headers; ///< the table's header row, + 本机号码 when the owner came from the page
    Mapping mapping;     ///< from the header row (FieldMapper)
    /// fields in UTF-8; line of the <tr>; raw: the <tr> in the file's encoding; repaired: bytes that
    /// did not decode (U+FFFD)
    QVector<Record> rows;
    QString owner;                       ///< the bill's own number (--owner, else the page's header block)
    int periodYear = 0, periodMonth = 0; ///< the bill's period, from the header block (0 when absent)
};

/**
 * Call records in HTML pages: carrier bills saved from the operators' web halls (China Mobile 通话详单,
 * China Telecom 清单查询, …). Real pages are not XML, so this is a small tolerant tokenizer: tags,
 * comments, scripts and styles, unclosed cells and rows, entities (named, decimal, hex, &nbsp;). The
 * table whose header row maps best to call fields is taken (with any later table of the same header,
 * for pages saved with several pages of records); the bill's own number and period come from the
 * header block above it. A page is read whole, up to kMaxPageBytes (a saved bill is kilobytes), and
 * its rows handed on a batch at a time.
 */
class HtmlReader : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::HtmlReader)
public:
    static constexpr qint64 kMaxPageBytes = 64LL << 20;

    QString name() const override { return QStringLiteral("html"); }
    QStringList formats() const override;
    QStringList patterns() const override { return {QStringLiteral("*.html"), QStringLiteral("*.htm")}; }
    int confidence(const QByteArray &head, const QString &fileName) const override;
    bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const override;
    bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
              const ReadContext &context, QString *error) const override;

    /// Markup at the start: '<' first, and an <html>, <body> or <table> tag early on.
    static bool looksLikeHtml(const QByteArray &head);
    /// The charset a <meta> tag declares, as a canonical encoding name ("" when none or unknown).
    static QString declaredCharset(const QByteArray &head);
    /// Tables and text of decoded markup.
    static HtmlPage parse(QStringView html);
    /// Replaces character references: &amp; &lt; &gt; &quot; &apos; &nbsp; &#NN; &#xHH; and a few more.
    static QString decodeEntities(QStringView text);
    /// Reads a page: encoding (@p encoding "auto": meta charset, else detection), the table of
    /// calls, the owner (@p owner wins over the page's), years completed from the bill period.
    static bool readBill(Input &input, const QString &encoding, const QString &owner, HtmlBill *out,
                         QString *error);
};

} // namespace dt::ingest
