#include "phone/idcard.h"

#include <QDateTime>

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

#include "phone/regioncodes.h"

#include <QHash>
#include <QRegularExpression>

namespace dt {

QJsonObject IdCardInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("input"), input},
        {QStringLiteral("id_card"), normalized},
        {QStringLiteral("valid"), valid},
        {QStringLiteral("masked"), masked},
        {QStringLiteral("upgraded_from_15"), upgradedFrom15},
        {QStringLiteral("region_code"), region ? QString::number(region) : QString()},
        {QStringLiteral("place"), place},
        {QStringLiteral("birth_date"), birth.isValid() ? birth.toString(Qt::ISODate) : QString()},
        {QStringLiteral("sex"), sex},
        {QStringLiteral("why"), why}};
}

QString IdCard::mask(const QString &id18)
{
    return id18.size() == 18 ? id18.left(6) + QStringLiteral("********") + id18.right(4) : id18;
}

namespace {
/// Today's date, read from the clock at most once a minute: QDate::currentDate() consults the time
/// zone files on every call, which a list of a million ID numbers notices.
QDate today()
{
    thread_local QDate date;
    thread_local qint64 readAt = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch(); // UTC: no time zone lookup
    if (!date.isValid() || now - readAt > 60000) {
        date = QDate::currentDate();
        readAt = now;
    }
    return date;
}
} // namespace

namespace {
/// The place parse() gives a region code ("" when unknown).
QString placeOf(int region)
{
    const auto &rc = RegionCodes::instance();
    QString place = rc.contains(region) ? rc.place(region) : rc.place(region / 100 * 100);
    if (place.isEmpty())
        place = rc.province(region);
    return place;
}
} // namespace

namespace {
/// validity18() of the 18 characters @p at(i) gives (UTF-16 units or bytes).
template<typename At> int validity18Of(At at)
{
    char digits[18];
    for (int i = 0; i < 18; ++i) {
        const char16_t u = at(i);
        if (u >= '0' && u <= '9')
            digits[i] = char(u);
        else if (i == 17 && (u == 'X' || u == 'x'))
            digits[i] = 'X';
        else
            return -1;
    }
    auto number = [&digits](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i)
            v = v * 10 + (digits[i] - '0');
        return v;
    };
    const int region = number(0, 6);
    if (region <= 0)
        return 0;
    // A list holds a few thousand regions at most: their place is looked up once per thread.
    thread_local QHash<int, bool> known;
    auto hit = known.constFind(region);
    if (hit == known.constEnd())
        hit = known.insert(region, !placeOf(region).isEmpty());
    if (!*hit)
        return 0;
    const int y = number(6, 4), m = number(10, 2), d = number(12, 2);
    if (y <= 0 || m <= 0 || d <= 0)
        return 0;
    const QDate birth(y, m, d);
    if (!birth.isValid() || birth > today() || birth.year() < 1880)
        return 0;
    return idCardCheckChar(digits) == digits[17] ? 1 : 0;
}
} // namespace

int IdCard::validity18(QStringView raw)
{
    return raw.size() != 18 ? -1 : validity18Of([raw](int i) { return raw.at(i).unicode(); });
}

int IdCard::validity18(QByteArrayView raw)
{
    return raw.size() != 18 ? -1 : validity18Of([raw](int i) { return char16_t(uchar(raw.at(i))); });
}

IdCardInfo IdCard::parse(QStringView raw)
{
    IdCardInfo r;
    r.input = raw.toString();
    QString s;
    for (QChar c : raw) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const ushort u = c.unicode();
        s += (u >= 0xFF10 && u <= 0xFF19) ? QChar(ushort(u - 0xFF10 + '0'))
                                          : (u == 0xFF0A ? QChar(u'*') : c.toUpper());
    }
    r.masked = s.contains(QLatin1Char('*'));
    auto digitsAt = [&s](int from, int n) {
        const QStringView v = QStringView(s).mid(from, n);
        for (QChar c : v) {
            if (!c.isDigit())
                return -1;
        }
        return v.toInt();
    };
    if (s.size() == 15 && !r.masked) {
        const QString first17 = s.left(6) + QStringLiteral("19") + s.mid(6, 9);
        s = first17 + idCardCheckChar(QStringView(first17));
        r.upgradedFrom15 = true;
    }
    if (s.size() != 18) {
        r.why =
            tr("%n character(s): a resident ID number has 18 (or 15 before 1999)", nullptr, int(s.size()));
        return r;
    }
    r.normalized = s;
    const int region = digitsAt(0, 6);
    if (region > 0) {
        r.region = region;
        r.place = placeOf(region);
    }
    const int y = digitsAt(6, 4), m = digitsAt(10, 2), dd = digitsAt(12, 2);
    if (y > 0 && m > 0 && dd > 0)
        r.birth = QDate(y, m, dd);
    const int seq = s.at(16).isDigit() ? s.at(16).digitValue() : -1;
    if (seq >= 0)
        r.sex = seq % 2 ? QStringLiteral("male") : QStringLiteral("female");
    QStringList problems;
    if (region <= 0)
        problems << tr("region masked");
    else if (r.place.isEmpty())
        problems << tr("region %1 is not a GB/T 2260 code").arg(region);
    if (!r.masked || (y > 0 && m > 0 && dd > 0)) {
        if (!r.birth.isValid() || r.birth > today() || r.birth.year() < 1880)
            problems << tr("birth date %1 is impossible").arg(s.mid(6, 8));
    }
    if (r.masked) {
        r.valid = false;
        QStringList visible; // without a pattern to compile for each masked number of a list
        if (!r.place.isEmpty())
            visible << tr("region");
        if (r.birth.isValid())
            visible << tr("birth date");
        if (!r.sex.isEmpty())
            visible << tr("sex");
        r.why = tr("masked: only the visible parts can be used (%1)").arg(visible.join(QStringLiteral(", ")));
        return r;
    }
    const QChar expected = idCardCheckChar(QStringView(s).left(17));
    if (expected.isNull())
        problems << tr("the first 17 characters must be digits");
    else if (s.at(17) != expected)
        problems << tr("check character is %1, GB 11643 gives %2").arg(s.at(17)).arg(expected);
    r.valid = problems.isEmpty();
    r.why = r.valid ? (r.upgradedFrom15 ? tr("valid (upgraded from 15 digits)") : tr("valid"))
                    : problems.join(QStringLiteral("; "));
    return r;
}

} // namespace dt
