#pragma once
#include <cstring>
#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace dt::ingest {

/// One parsed record: its fields as raw bytes and the 1-based line where it starts.
struct Record
{
    QVector<QByteArray> fields;
    qint64 line = 0;
    QByteArray raw;        ///< the record's bytes as they were in the file (for rejected rows)
    bool repaired = false; ///< the reader replaced bytes that did not decode (U+FFFD in its fields)
    /// Beyond CsvParser's bounds: no fields, raw cut to its first kMaxRawBytes; refused as a row.
    bool tooLong = false;
};

/**
 * Whether the line [@p b, @p e) (no line break in it) reads the same split at its delimiters as
 * through CsvParser, once each quoted field loses its quotes: every quote opens a field and closes
 * it just before a delimiter or the line's end, none is doubled, and the line is not "" alone (a
 * blank record to CsvParser).
 */
inline bool quotesEncloseFields(const char *b, const char *e, char delimiter)
{
    if (e - b == 2 && b[0] == '"' && b[1] == '"')
        return false;
    for (const char *p = b; p < e;) { // p: a field's start
        if (*p == '"') {
            const char *q = static_cast<const char *>(memchr(p + 1, '"', size_t(e - p - 1)));
            if (!q)
                return false; // the field goes on past the line: CsvParser's
            p = q + 1;
            if (p == e)
                return true;
            if (*p != delimiter)
                return false; // a doubled quote, or text after the closing one
            ++p;
        } else {
            const char *d = static_cast<const char *>(memchr(p, delimiter, size_t(e - p)));
            const char *end = d ? d : e;
            if (memchr(p, '"', size_t(end - p)))
                return false; // a quote inside a field is kept as it is: CsvParser's
            if (!d)
                return true;
            p = d + 1;
        }
    }
    return true;
}

/**
 * Calls @p field with each field of a line that is plain or whose quotes enclose whole fields
 * (quotesEncloseFields()): the bytes between delimiters, a quoted field's without its quotes. Stops
 * early when @p field returns false.
 */
template<class FieldFn> void splitPlainLine(QByteArrayView text, char delimiter, FieldFn &&field)
{
    const char *p = text.data(), *const e = p + text.size();
    for (;;) {
        const char *end;
        QByteArrayView v;
        if (p < e && *p == '"') {
            const char *q = static_cast<const char *>(memchr(p + 1, '"', size_t(e - p - 1)));
            v = QByteArrayView(p + 1, q - p - 1);
            end = q + 1;
        } else {
            const char *d = p < e ? static_cast<const char *>(memchr(p, delimiter, size_t(e - p))) : nullptr;
            end = d ? d : e;
            v = QByteArrayView(p, end - p);
        }
        if (!field(v) || end >= e)
            return;
        p = end + 1;
    }
}

/**
 * Splits delimited text into records, working on bytes (any ASCII-compatible encoding: UTF-8,
 * GB18030). Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF and LF both end
 * a record. Feed chunks of any size; records come out as they complete.
 */
class CsvParser
{
public:
    /// A record longer than this, or of more fields, is not kept but refused (Record::tooLong):
    /// a file without line breaks is read in bounded memory and linear time.
    static constexpr qsizetype kMaxRecordBytes = 1 << 20;
    static constexpr qsizetype kMaxFields = 1024;
    /// What a refused record keeps of its bytes.
    static constexpr qsizetype kMaxRawBytes = 64 << 10;
    explicit CsvParser(char delimiter = ',')
        : m_delim(delimiter)
    {}
    void setDelimiter(char d) { m_delim = d; }
    /// Appends completed records to @p out. Call finish() after the last chunk.
    void feed(const char *data, qsizetype size, QVector<Record> &out);
    void finish(QVector<Record> &out);
    /// True when the input ended inside a quoted field (a truncated quote).
    bool endedInQuote() const { return m_endedInQuote; }
    qint64 line() const { return m_line; }
    /// Between records: the next byte fed starts a new record.
    bool atRecordStart() const
    {
        return !m_inQuotes && !m_quoteSeen && !m_fieldStarted && !m_pendingCr && m_field.isEmpty() &&
               m_rec.fields.isEmpty() && m_rec.raw.isEmpty() && !m_tooLong;
    }
    /// A line the caller split itself (at a record start, no quotes in it): counted, not parsed.
    void skipLine()
    {
        ++m_line;
        m_rec.line = m_line;
    }

    /// Guesses the delimiter from a sample: the candidate giving the most consistent field count.
    static char detectDelimiter(const QByteArray &sample);
    /// Splits one line (no embedded newlines) — for sniffing.
    static QVector<QByteArray> splitLine(const QByteArray &line, char delimiter);

private:
    void endField();
    void endRecord(QVector<Record> &out);
    /// After the field grew: past the bounds, the record is only scanned for its end from here on.
    void checkBounds()
    {
        if (m_recordBytes + m_field.size() > kMaxRecordBytes || m_rec.fields.size() >= kMaxFields)
            beginTooLong();
    }
    void beginTooLong();
    void appendRaw(const char *data, qsizetype size);
    char m_delim;
    Record m_rec;
    QByteArray m_field;
    bool m_inQuotes = false;
    bool m_quoteSeen = false; ///< previous char was a quote inside a quoted field
    bool m_fieldStarted = false;
    bool m_endedInQuote = false;
    bool m_pendingCr = false;
    bool m_tooLong = false;      ///< the record passed the bounds: its fields are dropped
    qsizetype m_recordBytes = 0; ///< the record's fields' bytes before the current one
    qint64 m_line = 1;
};

} // namespace dt::ingest
