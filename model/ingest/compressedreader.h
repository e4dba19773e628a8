#pragma once
#include "ingest/reader.h"

namespace dt::ingest {

/**
 * A compressed export: a gzip file (.gz, read as a stream, several members one after the other
 * included) or a zip archive holding exactly one file, whose content any other reader reads (the
 * export's format is detected inside, or named by --format). Formats are those of the reader inside,
 * prefixed: "gzip+carrier-cdr", "zip+xlsx". The source keeps the SHA-256 of the file as given; the
 * export's own name is Layout details kInnerFile. Readers that need random access (spreadsheets,
 * phone databases) get the export unpacked into a temporary file. Refuses zip bombs: data that
 * unpacks beyond ZipArchive::kMaxRatio:1 once past 16 MB.
 */
class CompressedReader : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::CompressedReader)
public:
    static constexpr const char *kInnerFile = "innerFile";
    static constexpr const char *kInnerReader = "innerReader";

    explicit CompressedReader(const ReaderLookup &readers)
        : m_readers(readers)
    {}
    QString name() const override { return QStringLiteral("compressed"); }
    /// None of its own: the compression is detected, the format is the export's.
    QStringList formats() const override { return {}; }
    QStringList patterns() const override { return {QStringLiteral("*.gz"), QStringLiteral("*.zip")}; }
    int confidence(const QByteArray &head, const QString &fileName) const override;
    bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const override;
    bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
              const ReadContext &context, QString *error) const override;
    QString fieldEncoding(const Layout &layout) const override;
    bool delimited(const Layout &layout) const override;
    std::unique_ptr<LegGrouper> legGrouper(const Layout &layout) const override;
    void settle(Layout *layout) const override;

    static bool isGzip(const QByteArray &head) { return head.startsWith("\x1f\x8b"); }
    /// "gzip+" of "gzip+delimited" ("" for a format with no compression).
    static QString prefixOf(const QString &format);

private:
    /// The export inside @p input (its own Input), or null with @p error set.
    std::unique_ptr<Input> inner(Input &input, QString *error) const;
    /// The reader and the layout of the export inside, as it read them.
    const Reader *innerReader(const Layout &layout, Layout *innerLayout) const;

    const ReaderLookup &m_readers;
};

} // namespace dt::ingest
