#pragma once
#include "ingest/csvparser.h"
#include "ingest/importer.h"

#include <atomic>
#include <functional>
#include <optional>
#include <QByteArrayView>
#include <QStringDecoder>

namespace dt::ingest {

class RowWriter;

/// Decodes fields of one file's encoding; counts repairs of invalid bytes.
class FieldDecoder
{
public:
    explicit FieldDecoder(const QString &encoding)
        : m_gb(encoding == QLatin1String("GB18030"))
        , m_latin1(encoding == QLatin1String("ISO-8859-1"))
        , m_gbDecoder("GB18030", QStringDecoder::Flag::Stateless)
    {}
    QString operator()(const QByteArray &b, bool *repaired)
    {
        // Most fields of most files are plain ASCII: no decoding, nothing to repair.
        char bits = 0;
        for (const char ch : b)
            bits = char(bits | ch);
        if (!(bits & 0x80))
            return QString::fromLatin1(b);
        QString s;
        if (m_gb) {
            s = m_gbDecoder.decode(b); // stateless: one decoder for every field, not one per field
        } else if (m_latin1) {
            s = QString::fromLatin1(b);
        } else {
            s = QString::fromUtf8(b);
        }
        if (repaired && s.contains(QChar::ReplacementCharacter) && !b.contains("\xEF\xBF\xBD"))
            *repaired = true;
        return s;
    }

private:
    bool m_gb, m_latin1;
    QStringDecoder m_gbDecoder;
};

/// Decodes a chunk of UTF-16 (the decoder keeps a character cut between chunks) to UTF-8.
QByteArray transcodeToUtf8(QStringDecoder &dec, const QByteArray &chunk);

/// Streams a delimited file's records to @p sink as they complete (UTF-16 transcoded to UTF-8, a UTF-8
/// BOM dropped). A last record left open inside quotes is not passed on but put in @p unterminated.
/// With @p plain, each line that starts a record and needs no CSV unquoting goes to it instead (its
/// bytes without the line break, and its line number): no copy of the line, no allocation per field.
/// The other lines go through the CSV parser; the order of records is kept. @p bytes gets the file's
/// bytes as they are read, each chunk once, in order (the import's SHA-256 of the source).
bool streamDelimited(const QString &path, const Layout &layout,
                     const std::function<bool(QVector<Record> &)> &sink, std::optional<Record> *unterminated,
                     const ProgressFn &progress, const std::atomic_bool *cancel, QString *error,
                     const std::function<bool(QByteArrayView, qint64)> &plain = {},
                     const std::function<void(const QByteArray &)> &bytes = {});

/// Imports a delimited file's rows with two threads: this one writes them to the case while a
/// second one reads, parses and decodes the file ahead of it (a bounded queue between them).
/// @p bytes: see streamDelimited() (called on the reading thread).
bool pipelineDelimited(const QString &path, const Layout &layout, const ImportOptions &opt, RowWriter &writer,
                       ImportSummary *sum, std::optional<Record> *unterminated, const ProgressFn &progress,
                       const std::atomic_bool *cancel, QString *error,
                       const std::function<void(const QByteArray &)> &bytes = {});

} // namespace dt::ingest
