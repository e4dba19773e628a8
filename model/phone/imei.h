#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dt {

/// What is known offline about a device identifier.
struct ImeiInfo
{
    QString input;
    QString imei; ///< 15 digits with its check digit (computed for 14-digit and IMEISV input)
    QString tac;  ///< Type Allocation Code: the first 8 digits, shared by one model batch
    QString serial;
    QString svn; ///< software version number, for 16-digit IMEISV input
    bool valid = false;
    QString why;
    QJsonObject toJson() const;
};

class Imei
{
    Q_DECLARE_TR_FUNCTIONS(dt::Imei)
public:
    static int luhnCheckDigit(QStringView first14);
    static ImeiInfo parse(QStringView raw);
};

} // namespace dt
