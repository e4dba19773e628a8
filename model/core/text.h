#pragma once
#include <algorithm>
#include <QString>

namespace dt {

/// True for a Chinese personal name as lists write them: 2 to 4 Han characters.
inline bool isChineseName(const QString &v)
{
    if (v.size() < 2 || v.size() > 4)
        return false;
    for (QChar c : v) {
        if (c.unicode() < 0x4E00 || c.unicode() > 0x9FFF)
            return false;
    }
    return true;
}

/// @p value as a message quotes it: control characters (C0, DEL, C1) written as \xNN and at most
/// @p max characters, so that a file's value cannot flood a message or act on a terminal.
inline QString shownValue(const QString &value, qsizetype max = 64)
{
    QString out;
    const qsizetype n = std::min(value.size(), max);
    out.reserve(n + 8);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = value.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else
            out += value.at(i);
    }
    if (value.size() > max)
        out += QStringLiteral("… (%1 more)").arg(value.size() - max);
    return out;
}

} // namespace dt
