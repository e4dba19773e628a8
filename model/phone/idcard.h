#pragma once
#include <QByteArrayView>
#include <QString>

namespace dt {

/// GB 11643 check character for the first 17 digits of a resident ID number ('0'..'9' or 'X');
/// '\0' when @p first17 is not 17 digits.
char idCardCheckChar(const char *first17);
QChar idCardCheckChar(QStringView first17);
/// True when @p id is 18 characters whose check character matches.
bool isValidIdCard18(QStringView id);

} // namespace dt

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace dt {

/// What a resident ID number tells, offline.
struct IdCardInfo
{
    QString input;
    QString normalized; ///< 18 characters (15-digit numbers upgraded); masked ones keep their '*'
    bool valid = false;
    bool masked = false;
    bool upgradedFrom15 = false;
    int region = 0; ///< GB/T 2260 code of the issuing county
    QString place;
    QDate birth; ///< invalid when masked away
    QString sex; ///< "male", "female" or "" when masked away
    QString why;
    QJsonObject toJson() const;
};

class IdCard
{
    Q_DECLARE_TR_FUNCTIONS(dt::IdCard)
public:
    static IdCardInfo parse(QStringView raw);
    /// The bulk-import shortcut for the common spelling, 17 ASCII digits and a digit or X/x: whether
    /// parse() would call it valid (its normalized form is @p raw upper-cased). -1 for any other
    /// spelling (spaces, dashes, full-width digits, masks, 15 digits): call parse().
    static int validity18(QStringView raw);
    /// The same for the value's UTF-8 bytes.
    static int validity18(QByteArrayView raw);
    /// Keeps region and the last four: 330106********1234 (for reports to trainers).
    static QString mask(const QString &id18);
};

} // namespace dt
