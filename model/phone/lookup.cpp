#include "phone/lookup.h"

#include "phone/idcard.h"
#include "phone/imei.h"
#include "phone/maskedphone.h"
#include "phone/phonenumber.h"

#include <QCoreApplication>

namespace dt {

namespace {

QString compact(const QString &v)
{
    QString s;
    for (QChar c : v) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            s += c;
    }
    return s;
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}

QJsonObject withKind(QJsonObject o, const char *kind)
{
    o.insert(QStringLiteral("kind"), QLatin1String(kind));
    return o;
}

} // namespace

QJsonObject lookupValue(const QString &value, const QString &region)
{
    const QString s = compact(value);
    const bool starred = s.contains(QLatin1Char('*'));
    if (const MaskedPhone m = MaskedPhone::parse(value); m.isValid()) {
        return QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("masked_phone")},
            {QStringLiteral("input"), value},
            {QStringLiteral("pattern"), m.pattern},
            {QStringLiteral("known_digits"), m.knownDigits()},
            {QStringLiteral("why"),
             QCoreApplication::translate("dt::Lookup", "a masked mobile number: matched against the "
                                                       "numbers of a case by its visible digits")}};
    }
    // 18 characters of digits, '*' and X: a resident ID number (valid or not).
    bool idShape = s.size() == 18;
    for (QChar c : s)
        idShape &= c.isDigit() || c == QLatin1Char('*') || c.toUpper() == QLatin1Char('X');
    if (idShape || (starred && s.size() == 18))
        return withKind(IdCard::parse(value).toJson(), "id_card");
    PhoneClassifier classifier(region);
    // A landline with an extension can have 15 digits; a trunk 0 does not start an IMEI here.
    if (s.startsWith(QLatin1Char('0')) && !allDigits(value.trimmed())) {
        const NumberInfo n = classifier.classify(value);
        if (n.cls == NumberClass::Landline)
            return withKind(n.toJson(), "phone");
    }
    // No IMEI starts with 00 (no such reporting body): 0086… is an international prefix.
    if (s.startsWith(QLatin1String("00")))
        return withKind(classifier.classify(value).toJson(), "phone");
    if (allDigits(s) && (s.size() == 14 || s.size() == 16))
        return withKind(Imei::parse(value).toJson(), "imei");
    if (allDigits(s) && s.size() == 15) {
        const ImeiInfo imei = Imei::parse(value);
        const IdCardInfo id = IdCard::parse(value);
        if (imei.valid || !id.valid)
            return withKind(imei.toJson(), "imei");
        return withKind(id.toJson(), "id_card");
    }
    return withKind(classifier.classify(value).toJson(), "phone");
}

} // namespace dt
