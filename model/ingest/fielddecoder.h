#pragma once
#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace dt::ingest {

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
inline QByteArray transcodeToUtf8(QStringDecoder &dec, const QByteArray &chunk)
{
    return QString(dec.decode(chunk)).toUtf8();
}

} // namespace dt::ingest
