#pragma once
#include <QString>

namespace dt {

/// GB 11643 check character for the first 17 digits of a resident ID number ('0'..'9' or 'X');
/// '\0' when @p first17 is not 17 digits.
char idCardCheckChar(const char *first17);
QChar idCardCheckChar(QStringView first17);
/// True when @p id is 18 characters whose check character matches.
bool isValidIdCard18(QStringView id);

} // namespace dt
