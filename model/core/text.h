#pragma once
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

} // namespace dt
