#include "phone/imei.h"

namespace dt {

QJsonObject ImeiInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("imei"), imei},
                       {QStringLiteral("tac"), tac},     {QStringLiteral("serial"), serial},
                       {QStringLiteral("svn"), svn},     {QStringLiteral("valid"), valid},
                       {QStringLiteral("why"), why}};
}

int Imei::luhnCheckDigit(QStringView d)
{
    int sum = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        int v = d.at(d.size() - 1 - i).digitValue();
        if (v < 0)
            return -1;
        if (i % 2 == 0) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return (10 - sum % 10) % 10;
}

ImeiInfo Imei::parse(QStringView raw)
{
    ImeiInfo r;
    r.input = raw.toString();
    QString d;
    for (QChar c : raw) {
        if (c.isDigit())
            d += QChar(ushort('0' + c.digitValue()));
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('/')) {
            r.why = tr("contains '%1': an IMEI has digits only").arg(c);
            return r;
        }
    }
    if (d.size() == 16) { // IMEISV: 14 digits + 2-digit software version, no check digit
        r.svn = d.right(2);
        d = d.left(14);
    }
    if (d.size() == 14) {
        d += QString::number(luhnCheckDigit(d));
        r.valid = true;
        r.why = r.svn.isEmpty()
                    ? tr("14 digits: check digit %1 added").arg(d.right(1))
                    : tr("IMEISV with software version %1; check digit %2 computed").arg(r.svn, d.right(1));
    } else if (d.size() == 15) {
        const int expected = luhnCheckDigit(QStringView(d).left(14));
        r.valid = expected == d.at(14).digitValue();
        r.why =
            r.valid
                ? tr("15 digits, Luhn check digit correct")
                : tr("Luhn check digit is %1, expected %2: mistyped or forged").arg(d.right(1)).arg(expected);
    } else {
        r.why =
            tr("%n digit(s): an IMEI has 15 (14 without check digit, 16 as IMEISV)", nullptr, int(d.size()));
        return r;
    }
    r.imei = d;
    r.tac = d.left(8);
    r.serial = d.mid(8, 6);
    return r;
}

} // namespace dt
