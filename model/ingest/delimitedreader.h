#pragma once
#include "ingest/reader.h"

namespace dt::ingest {

/**
 * Delimited text: CSV, tab- or semicolon-separated tables in any of the encodings DialTrace detects
 * (UTF-16 transcoded to UTF-8 as it is read), with a header row or without one, and the logs whose
 * rows have a known shape: carrier CDRs (carrier-cdr: one number's rows, 本机号码 and 对方号码),
 * Asterisk's Master.csv in either column order (whose calls span several rows, see LegGrouper) and
 * FreeSWITCH's cdr-csv. Takes any text no other reader claims; refuses binary data.
 *
 * Records are streamed a chunk of the file at a time; a line that needs no unquoting goes to the
 * sink as it lies in the chunk (RecordSink::plainLine()), the others through CsvParser. A last
 * record left open inside quotes is refused (RecordSink::refused()).
 */
class DelimitedReader : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::DelimitedReader)
public:
    QString name() const override { return QStringLiteral("delimited"); }
    QStringList formats() const override;
    QStringList patterns() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const override;
    bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
              const ReadContext &context, QString *error) const override;
    QString fieldEncoding(const Layout &layout) const override
    {
        return splitsAfterDecoding(layout) ? QStringLiteral("UTF-8") : layout.encoding;
    }
    /**
     * A GB18030 file whose delimiter is also a byte a character may end with ('|', '~', '^' and
     * the rest of 0x40-0x7E: 東 is B4 7C) cannot be split on its bytes: it is read as UTF-8 decoded
     * in blocks, as UTF-16 is (its fields then UTF-8; a rejected row's bytes encoded back).
     */
    static bool splitsAfterDecoding(const Layout &layout)
    {
        return layout.encoding == QLatin1String("GB18030") && layout.delimiter >= 0x40 &&
               layout.delimiter <= 0x7E;
    }
    bool delimited(const Layout &) const override { return true; }
    bool readsInOnePass(const Layout &layout) const override;
    void settle(Layout *layout) const override;
    /// Whether @p head is text (no NUL bytes but in UTF-16).
    static bool isText(const QByteArray &head);
    /// Why a row past CsvParser's bounds is refused.
    static QString tooLongReason();
};

} // namespace dt::ingest
