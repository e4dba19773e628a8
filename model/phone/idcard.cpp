#include "phone/idcard.h"

namespace dt {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[12] = "10X98765432";
} // namespace

char idCardCheckChar(const char *first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char c = first17[i];
        if (c < '0' || c > '9')
            return '\0';
        sum += (c - '0') * kWeights[i];
    }
    return kCheck[sum % 11];
}

QChar idCardCheckChar(QStringView first17)
{
    if (first17.size() != 17)
        return QChar();
    char buf[17];
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QChar();
        buf[i] = char(c.unicode());
    }
    return QLatin1Char(idCardCheckChar(buf));
}

bool isValidIdCard18(QStringView id)
{
    if (id.size() != 18)
        return false;
    const QChar expected = idCardCheckChar(id.left(17));
    return !expected.isNull() && id.at(17).toUpper() == expected;
}

} // namespace dt
