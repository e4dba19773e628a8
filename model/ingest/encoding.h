#pragma once
#include <QByteArray>
#include <QString>

namespace dt::ingest {

/// Detected text encoding of a file sample.
struct EncodingGuess
{
    QString name; ///< "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030"
    int bomLength = 0;
    double confidence = 0;
    QString how; ///< "BOM", "valid UTF-8", "uchardet: GB18030 (validated)", …
};

/// BOM first, then strict UTF-8 validation, then uchardet, validated by decoding.
EncodingGuess detectEncoding(const QByteArray &sample);
/// True when @p data is valid UTF-8 (a multi-byte sequence cut at the end is tolerated).
bool isValidUtf8(const QByteArray &data);
/// Canonical name for --encoding values: utf8, UTF-8, gbk, gb2312, GB18030, utf-16le…
QString canonicalEncoding(const QString &name);

} // namespace dt::ingest
