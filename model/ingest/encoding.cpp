#include "ingest/encoding.h"

#include <QStringDecoder>
#include <uchardet.h>

namespace dt::ingest {

bool isValidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int len = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            len = 2;
        else if ((c & 0xF0) == 0xE0)
            len = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            len = 4;
        else
            return false;
        if (i + len > n)
            return true; // cut by the sample's end
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += len;
    }
    return true;
}

QString canonicalEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("utf8bom") || n == QLatin1String("utf8sig"))
        return QStringLiteral("UTF-8-BOM");
    if (n == QLatin1String("gbk") || n == QLatin1String("gb2312") || n == QLatin1String("gb18030") ||
        n == QLatin1String("cp936"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return QStringLiteral("UTF-16LE");
    if (n == QLatin1String("utf16be"))
        return QStringLiteral("UTF-16BE");
    if (n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        return QStringLiteral("ISO-8859-1");
    return {};
}

EncodingGuess detectEncoding(const QByteArray &sample)
{
    EncodingGuess g;
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8-BOM"), 3, 1.0, QStringLiteral("BOM")};
    if (sample.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2, 1.0, QStringLiteral("BOM")};
    if (sample.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2, 1.0, QStringLiteral("BOM")};
    // UTF-16 without BOM: many zero bytes in alternate positions.
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(sample.size(), 4096); ++i) {
        if (sample.at(i) == 0)
            (i % 2 ? oddZeros : evenZeros)++;
    }
    if (oddZeros > 100 && evenZeros < oddZeros / 10)
        return {QStringLiteral("UTF-16LE"), 0, 0.8, QStringLiteral("zero-byte pattern")};
    if (evenZeros > 100 && oddZeros < evenZeros / 10)
        return {QStringLiteral("UTF-16BE"), 0, 0.8, QStringLiteral("zero-byte pattern")};
    bool ascii = true;
    for (char c : sample)
        ascii &= (static_cast<unsigned char>(c) < 0x80);
    if (ascii)
        return {QStringLiteral("UTF-8"), 0, 1.0, QStringLiteral("plain ASCII")};
    if (isValidUtf8(sample))
        return {QStringLiteral("UTF-8"), 0, 0.99, QStringLiteral("valid UTF-8")};
    uchardet_t ud = uchardet_new();
    uchardet_handle_data(ud, sample.constData(), size_t(sample.size()));
    uchardet_data_end(ud);
    const QString detected = QString::fromLatin1(uchardet_get_charset(ud));
    uchardet_delete(ud);
    // Count undecodable characters under GB18030: Chinese exports are GBK/GB18030 far more often
    // than anything else uchardet might say for short samples.
    QStringDecoder gb("GB18030");
    const QString text = gb.decode(sample);
    qsizetype bad = text.count(QChar::ReplacementCharacter);
    qsizetype cjk = 0;
    for (QChar c : text)
        cjk +=
            c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; // Han ideographs: what GBK files are written for
    // Real GBK text has many well-formed double-byte characters; stray high bytes in ASCII do not.
    if (bad * 200 <= text.size() + 1 && cjk >= 4 * bad && cjk > 0)
        return {QStringLiteral("GB18030"), 0, bad ? 0.8 : 0.95,
                QStringLiteral("uchardet: %1; decodes as GB18030")
                    .arg(detected.isEmpty() ? QStringLiteral("unknown") : detected)};
    // Mostly UTF-8 with a few stray bytes (a mangled file): keep UTF-8, fields get repaired.
    QStringDecoder u8(QStringDecoder::Utf8);
    const QString asUtf8 = u8.decode(sample);
    bad = asUtf8.count(QChar::ReplacementCharacter);
    return {QStringLiteral("UTF-8"), 0, 0.5,
            QStringLiteral("uchardet: %1; UTF-8 with %2 invalid byte(s)").arg(detected).arg(bad)};
}

} // namespace dt::ingest
