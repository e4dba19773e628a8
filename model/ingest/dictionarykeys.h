#pragma once
#include "ingest/callparser.h"

#include <limits>
#include <QByteArrayView>
#include <QStringView>

// Integer keys of the import's dictionaries (NumberResolver, LeakResolver, CallSink): the commonest
// values, looked up without a string hashed.
namespace dt::ingest {

/// An 11-digit number starting with 1 as an integer, else -1.
inline qint64 plainMobile(QStringView raw)
{
    if (raw.size() != 11 || raw.at(0) != QLatin1Char('1'))
        return -1;
    qint64 v = 0;
    for (QChar ch : raw) {
        const char16_t u = ch.unicode();
        if (u < '0' || u > '9')
            return -1;
        v = v * 10 + (u - '0');
    }
    return v;
}

/// A number key "+86" and an 11-digit mobile starting with 1 as an integer, else -1.
inline qint64 mobileOfKey(QStringView key)
{
    return key.size() == 14 && key.startsWith(QLatin1String("+86")) ? plainMobile(key.sliced(3)) : -1;
}

/// The same for a key's UTF-8 (as the case stores it).
inline qint64 mobileOfKey(QByteArrayView key)
{
    if (key.size() != 14 || !key.startsWith("+861"))
        return -1;
    return digitsValue(key.sliced(3));
}

/// "LAC-CI" or "CI" in digits (at most 8 and 10 of them) as one positive integer, else -1.
inline qint64 numericCell(QByteArrayView c)
{
    auto digits = [](QByteArrayView b) { return b.size() > 10 ? -1 : digitsValue(b); };
    const qsizetype dash = c.indexOf('-');
    if (dash < 0)
        return c.size() > 1 && c[0] == '0' ? -1 : digits(c) + 1; // a leading 0 is kept as spelled
    if (dash > 8 || (dash > 1 && c[0] == '0'))
        return -1;
    const QByteArrayView ciText = c.sliced(dash + 1);
    if (ciText.size() > 1 && ciText[0] == '0')
        return -1;
    const qint64 lac = digits(c.first(dash)), ci = digits(ciText);
    // (lac + 1) * 10^11 + ci must fit a qint64: a LAC of 8 digits from 92,233,719 on is a text key.
    constexpr qint64 kLacLimit = std::numeric_limits<qint64>::max() / 100000000000LL - 1;
    return lac < 0 || ci < 0 || lac >= kLacLimit ? -1 : (lac + 1) * 100000000000LL + ci;
}

/// A cell's key in CallSink's map of cells: numericCell() when it is digits; else, for a cell of at
/// most 10 letters, digits and dashes (a hex CI, "20001-2A3F"), its characters packed 6 bits each as
/// a negative integer (one per spelling, never one of numericCell()'s); else 0 (looked up as text).
inline qint64 cellKey(QByteArrayView c)
{
    if (const qint64 numeric = numericCell(c); numeric > 0)
        return numeric;
    if (c.isEmpty() || c.size() > 10)
        return 0;
    qint64 packed = 0;
    for (const char ch : c) {
        int code;
        if (ch >= '0' && ch <= '9')
            code = 1 + (ch - '0');
        else if (ch >= 'A' && ch <= 'Z')
            code = 11 + (ch - 'A');
        else if (ch >= 'a' && ch <= 'z')
            code = 37 + (ch - 'a');
        else if (ch == '-')
            code = 63;
        else
            return 0;
        packed = packed * 64 + code; // no code is 0: "1" and "01" differ
    }
    return -packed;
}

} // namespace dt::ingest
