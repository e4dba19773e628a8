#include "phone/phonenumber.h"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <QRegularExpression>
#include <unicode/locid.h>

namespace dt {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

QString numberClassName(NumberClass c)
{
    switch (c) {
    case NumberClass::Junk:
        return QStringLiteral("junk");
    case NumberClass::Mobile:
        return QStringLiteral("mobile");
    case NumberClass::VirtualMobile:
        return QStringLiteral("virtual_mobile");
    case NumberClass::DataOnly:
        return QStringLiteral("data_only");
    case NumberClass::Landline:
        return QStringLiteral("landline");
    case NumberClass::LocalNoArea:
        return QStringLiteral("local_no_area_code");
    case NumberClass::ShortGroup:
        return QStringLiteral("short_group");
    case NumberClass::Service95:
        return QStringLiteral("service_95");
    case NumberClass::Service96:
        return QStringLiteral("service_96");
    case NumberClass::Service400:
        return QStringLiteral("service_400");
    case NumberClass::Service800:
        return QStringLiteral("service_800");
    case NumberClass::SmsPort:
        return QStringLiteral("sms_port");
    case NumberClass::ShortPublic:
        return QStringLiteral("short_public");
    case NumberClass::International:
        return QStringLiteral("international");
    case NumberClass::Opaque:
        return QStringLiteral("opaque");
    case NumberClass::Email:
        return QStringLiteral("email");
    }
    return QStringLiteral("junk");
}

QString callabilityName(Callability c)
{
    switch (c) {
    case Callability::Callable:
        return QStringLiteral("callable");
    case Callability::Unreliable:
        return QStringLiteral("unreliable");
    case Callability::NotCallable:
        return QStringLiteral("not_callable");
    case Callability::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject NumberInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("input"), input},
                       {QStringLiteral("number"), key},
                       {QStringLiteral("e164"), isE164},
                       {QStringLiteral("type"), numberClassName(cls)},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("carrier_zh"), carrierZh},
                       {QStringLiteral("carrier_en"), carrierEn},
                       {QStringLiteral("place_zh"), placeZh},
                       {QStringLiteral("place_en"), placeEn},
                       {QStringLiteral("callability"), callabilityName(callability)},
                       {QStringLiteral("why"), why}};
}

namespace {

enum Carrier { None, Cmcc, Cu, Ct, Cbn };

struct Segment
{
    Carrier carrier = None;
    NumberClass cls = NumberClass::Junk;
};

/// The operator of a Chinese mobile number from its first 3 (or 4) digits (MIIT allocations).
Segment mobileSegment(int s3, int s4)
{
    Segment s;
    s.cls = NumberClass::Mobile;
    switch (s3) {
    case 134:
        s.carrier = s4 == 1349 ? Ct : Cmcc; // 1349: satellite, telecom
        break;
    case 135:
    case 136:
    case 137:
    case 138:
    case 139:
    case 150:
    case 151:
    case 152:
    case 157:
    case 158:
    case 159:
    case 172:
    case 178:
    case 182:
    case 183:
    case 184:
    case 187:
    case 188:
    case 195:
    case 197:
    case 198:
        s.carrier = Cmcc;
        break;
    case 130:
    case 131:
    case 132:
    case 155:
    case 156:
    case 166:
    case 175:
    case 176:
    case 185:
    case 186:
    case 196:
        s.carrier = Cu;
        break;
    case 133:
    case 153:
    case 173:
    case 177:
    case 180:
    case 181:
    case 189:
    case 190:
    case 191:
    case 193:
    case 199:
    case 174:
        s.carrier = Ct;
        break;
    case 192:
        s.carrier = Cbn;
        break;
    case 140:
    case 141:
    case 144:
    case 145:
    case 146:
    case 147:
    case 148:
    case 149:
        s.cls = NumberClass::DataOnly;
        s.carrier = (s3 == 141 || s3 == 149) ? Ct : (s3 == 145 || s3 == 146 || s3 == 140) ? Cu : Cmcc;
        break;
    case 170:
        s.cls = NumberClass::VirtualMobile;
        s.carrier = (s4 <= 1702) ? Ct : (s4 == 1703 || s4 == 1705 || s4 == 1706) ? Cmcc : Cu;
        break;
    case 171:
    case 167:
        s.cls = NumberClass::VirtualMobile;
        s.carrier = Cu;
        break;
    case 162:
        s.cls = NumberClass::VirtualMobile;
        s.carrier = Ct;
        break;
    case 165:
        s.cls = NumberClass::VirtualMobile;
        s.carrier = Cmcc;
        break;
    default:
        s.cls = NumberClass::Junk;
    }
    return s;
}

Segment mobileSegment(const QString &d)
{
    if (d.size() < 4)
        return {};
    return mobileSegment(QStringView(d).left(3).toInt(), QStringView(d).left(4).toInt());
}

const char *carrierZh(Carrier c)
{
    switch (c) {
    case Cmcc:
        return "中国移动";
    case Cu:
        return "中国联通";
    case Ct:
        return "中国电信";
    case Cbn:
        return "中国广电";
    case None:
        break;
    }
    return "";
}

// Also the source text of the carrier's name in the interface's language (the "why" sentence).
const char *carrierEn(Carrier c)
{
    switch (c) {
    case Cmcc:
        return QT_TRANSLATE_NOOP("dt::PhoneClassifier", "China Mobile");
    case Cu:
        return QT_TRANSLATE_NOOP("dt::PhoneClassifier", "China Unicom");
    case Ct:
        return QT_TRANSLATE_NOOP("dt::PhoneClassifier", "China Telecom");
    case Cbn:
        return QT_TRANSLATE_NOOP("dt::PhoneClassifier", "China Broadnet");
    case None:
        break;
    }
    return "";
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

bool isHexId(QStringView s)
{
    if (s.size() < 16)
        return false;
    bool letter = false;
    for (QChar c : s) {
        const ushort u = c.unicode();
        const bool hexLetter = (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hexLetter && !(u >= '0' && u <= '9'))
            return false;
        letter |= hexLetter;
    }
    return letter || s.size() >= 32;
}

// Carriers' IP long-distance prefixes that precede a dialled number.
constexpr const char *kIpPrefixes[] = {"17951", "12593", "17911", "10193", "17909", "11808"};

} // namespace

struct PhoneClassifier::Impl
{
    QString region;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::unique_ptr<PhoneNumberOfflineGeocoder> geocoder = std::make_unique<PhoneNumberOfflineGeocoder>();
    struct Place
    {
        QString zh, en;
    };
    mutable QHash<QString, Place> placeCache; // by mobile 7-digit prefix or landline area code

    Place place(const QString &cacheKey, const QString &e164) const
    {
        auto it = placeCache.constFind(cacheKey);
        if (it != placeCache.constEnd())
            return *it;
        Place p;
        PhoneNumber pn;
        if (util->Parse(e164.toStdString(), "ZZ", &pn) == PhoneNumberUtil::NO_PARSING_ERROR) {
            p.zh = QString::fromStdString(geocoder->GetDescriptionForNumber(pn, icu::Locale("zh", "CN")));
            p.en = QString::fromStdString(geocoder->GetDescriptionForNumber(pn, icu::Locale("en", "US")));
        }
        placeCache.insert(cacheKey, p);
        return p;
    }
};

PhoneClassifier::PhoneClassifier(QString defaultRegion)
    : d(std::make_unique<Impl>())
{
    d->region = std::move(defaultRegion);
}

PhoneClassifier::~PhoneClassifier() = default;

QString PhoneClassifier::cleanDigits(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        ushort u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            u = ushort(u - 0xFF10 + '0');
        else if (u == 0xFF0B)
            u = '+';
        if ((u >= '0' && u <= '9') || (u == '+' && out.isEmpty()))
            out += QChar(u);
        else if (u == ' ' || u == '-' || u == '(' || u == ')' || u == '.' || u == 0x3000 || u == 0xFF08 ||
                 u == 0xFF09 || u == 0xFF0D || u == '\t' || u == 0xA0 || u == '/' || u == 0x2014 ||
                 u == 0x2013)
            continue;
        else
            return QString(); // letters or other symbols: not a plain number
    }
    return out;
}

QString PhoneClassifier::normalize(QStringView raw, NumberClass *cls, QStringView subscriber) const
{
    // Fast path for the bulk of any call log: an 11-digit mobile, plain or with +86/0086/86.
    QStringView v = raw.trimmed();
    if (v.startsWith(QLatin1String("+86")))
        v = v.mid(3);
    else if (v.startsWith(QLatin1String("0086")))
        v = v.mid(4);
    else if (v.size() == 13 && v.startsWith(QLatin1String("86")))
        v = v.mid(2);
    if (v.size() == 11 && v.at(0) == QLatin1Char('1')) {
        int s4 = 0;
        bool digits = true;
        for (qsizetype i = 0; i < 11 && digits; ++i) {
            const ushort u = v.at(i).unicode();
            digits = u >= '0' && u <= '9';
            if (i < 4)
                s4 = s4 * 10 + (u - '0');
        }
        if (digits) {
            const Segment seg = mobileSegment(s4 / 10, s4);
            if (seg.cls != NumberClass::Junk) {
                if (cls)
                    *cls = seg.cls;
                QString key;
                key.reserve(14);
                key += QLatin1String("+86");
                key += v;
                return key;
            }
        }
    }
    const NumberInfo info = classifyImpl(raw, subscriber, false);
    if (cls)
        *cls = info.cls;
    return info.key;
}

NumberClass PhoneClassifier::mobileClass(qint64 mobile)
{
    if (mobile < 10'000'000'000LL || mobile > 19'999'999'999LL)
        return NumberClass::Junk;
    const int s4 = int(mobile / 10'000'000);
    return mobileSegment(s4 / 10, s4).cls;
}

NumberInfo PhoneClassifier::classify(QStringView raw, QStringView subscriber) const
{
    return classifyImpl(raw, subscriber, true);
}

NumberInfo PhoneClassifier::classifyImpl(QStringView rawIn, QStringView subscriber, bool detailed) const
{
    NumberInfo n;
    n.input = rawIn.toString();
    const QStringView raw = rawIn.trimmed();
    auto junk = [&n, raw, detailed](const QString &why) {
        n.cls = NumberClass::Junk;
        n.key = raw.toString();
        n.callability = Callability::NotCallable;
        if (detailed)
            n.why = why;
        return n;
    };
    if (raw.isEmpty())
        return junk(tr("empty"));
    if (raw.contains(QLatin1Char('@'))) {
        n.cls = NumberClass::Email;
        n.key = raw.toString().toLower();
        n.callability = Callability::Unknown;
        if (detailed)
            n.why = tr("an e-mail address used as a calling identity (FaceTime, VoIP)");
        return n;
    }
    if (isHexId(raw)) {
        n.cls = NumberClass::Opaque;
        n.key = raw.toString().toLower();
        n.callability = Callability::Unknown;
        if (detailed)
            n.why = tr("a hashed or pseudonymised identifier, kept as it is");
        return n;
    }
    // Split off an extension: 0571-88060001-123, 0571-88060001转123, …ext 12
    QString body = raw.toString(), ext;
    static const QString kExtMarks[] = {QStringLiteral("转"), QStringLiteral("ext"), QStringLiteral("EXT"),
                                        QStringLiteral("x"), QStringLiteral("#")};
    for (const QString &mark : kExtMarks) {
        const qsizetype at = body.indexOf(mark);
        if (at > 0 && allDigits(cleanDigits(QStringView(body).mid(at + mark.size())))) {
            ext = cleanDigits(QStringView(body).mid(at + mark.size()));
            body.truncate(at);
            break;
        }
    }
    if (ext.isEmpty() && body.count(QLatin1Char('-')) >= 1 && body.startsWith(QLatin1Char('0'))) {
        // 0571-88060001-123: a dash group after a full fixed line
        static const QRegularExpression dashExt(
            QStringLiteral("^\\s*(\\(?0\\d{2,3}\\)?[- ]?\\d{7,8})-(\\d{1,5})\\s*$"));
        const auto m = dashExt.match(body);
        if (m.hasMatch()) {
            ext = m.captured(2);
            body = m.captured(1);
        }
    }
    QString digits = cleanDigits(body);
    if (digits.isEmpty() || digits == QLatin1String("+"))
        return junk(tr("not a number"));

    bool international = false, cnNational = false;
    if (digits.startsWith(QLatin1Char('+'))) {
        digits.remove(0, 1);
        international = true;
    } else if (digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        international = true;
    }
    if (international) {
        if (digits.startsWith(QLatin1String("86"))) {
            digits.remove(0, 2);
            international = false;
            cnNational = true;
            // +86 571 8806 0001: the national form of a fixed line carries a trunk 0.
            if (!digits.startsWith(QLatin1Char('1')) && !digits.startsWith(QLatin1Char('0')) &&
                !digits.startsWith(QLatin1String("95")) && !digits.startsWith(QLatin1String("96")) &&
                !digits.startsWith(QLatin1String("400")) && !digits.startsWith(QLatin1String("800")))
                digits.prepend(QLatin1Char('0'));
        }
    } else if (digits.size() == 13 && digits.startsWith(QLatin1String("861"))) {
        digits.remove(0, 2);
    }
    for (const char *ip : kIpPrefixes) {
        if (!international && digits.size() >= 16 && digits.startsWith(QLatin1String(ip)))
            digits.remove(0, 5);
    }

    if (international || (d->region != QLatin1String("CN") && !cnNational)) {
        PhoneNumber pn;
        const std::string text = (international ? "+" : "") + digits.toStdString();
        if (d->util->Parse(text, d->region.toStdString(), &pn) != PhoneNumberUtil::NO_PARSING_ERROR)
            return junk(tr("cannot be parsed as an international number"));
        std::string e164, region;
        d->util->Format(pn, PhoneNumberUtil::E164, &e164);
        d->util->GetRegionCodeForNumber(pn, &region);
        if (region != "CN") {
            n.cls = NumberClass::International;
            n.key = QString::fromStdString(e164);
            n.isE164 = true;
            n.region = QString::fromStdString(region);
            const bool valid = d->util->IsValidNumber(pn);
            if (valid && detailed) {
                n.placeEn =
                    QString::fromStdString(d->geocoder->GetDescriptionForNumber(pn, icu::Locale("en", "US")));
                n.placeZh =
                    QString::fromStdString(d->geocoder->GetDescriptionForNumber(pn, icu::Locale("zh", "CN")));
            }
            n.callability = valid ? Callability::Unreliable : Callability::NotCallable;
            if (detailed)
                n.why = valid ? tr("international number (%1); caller IDs from abroad are easily spoofed")
                                    .arg(n.region)
                              : tr("international form, but not a valid number for %1")
                                    .arg(n.region.isEmpty() ? QStringLiteral("?") : n.region);
            return n;
        }
        // A Chinese number written internationally: continue with its national digits.
        digits = QString::fromStdString(std::to_string(pn.national_number()));
        if (pn.has_italian_leading_zero() && pn.italian_leading_zero())
            digits.prepend(QLatin1Char('0'));
        if (mobileSegment(digits).cls == NumberClass::Junk || digits.size() != 11)
            digits.prepend(QLatin1Char('0'));
    }

    n.region = QStringLiteral("CN");
    const qsizetype len = digits.size();
    // Mobiles, also when dialled with a trunk 0 from a landline.
    if (len == 12 && digits.startsWith(QLatin1String("01")) &&
        mobileSegment(digits.mid(1)).cls != NumberClass::Junk)
        digits.remove(0, 1);
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1'))) {
        const Segment seg = mobileSegment(digits);
        if (seg.cls == NumberClass::Junk)
            return junk(tr("11 digits starting with 1, but %1 is not an allocated mobile segment")
                            .arg(digits.left(3)));
        n.cls = seg.cls;
        n.key = QStringLiteral("+86") + digits;
        n.isE164 = true;
        n.carrierZh = QString::fromUtf8(carrierZh(seg.carrier));
        n.carrierEn = QString::fromLatin1(carrierEn(seg.carrier));
        if (seg.cls == NumberClass::VirtualMobile) {
            n.carrierZh += QStringLiteral("（虚拟运营商转售）");
            n.carrierEn += QStringLiteral(" (resold by a virtual operator)");
        }
        if (detailed) {
            const auto p = d->place(digits.left(7), n.key);
            n.placeZh = p.zh;
            n.placeEn = p.en;
        }
        switch (seg.cls) {
        case NumberClass::VirtualMobile:
            n.callability = Callability::Unreliable;
            if (detailed)
                n.why = tr("virtual-operator segment %1: resold, short-lived numbers favoured by "
                           "auto-diallers; often cannot be called back")
                            .arg(digits.left(digits.startsWith(QLatin1String("170")) ? 4 : 3));
            break;
        case NumberClass::DataOnly:
            n.callability = Callability::NotCallable;
            if (detailed)
                n.why = tr("segment %1 is for data and IoT cards, which place no voice calls: a voice call "
                           "from it is spoofed")
                            .arg(digits.left(3));
            break;
        default:
            n.callability = Callability::Callable;
            if (detailed)
                n.why = tr("mobile number of %1").arg(tr(carrierEn(seg.carrier)));
        }
        return n;
    }
    const auto service = [&](NumberClass c, Callability call, const char *why) {
        n.cls = c;
        n.key = digits;
        n.callability = call;
        if (detailed)
            n.why = tr(why);
        return n;
    };
    if (digits.startsWith(QLatin1String("95")) && len >= 5 && len <= 8)
        return service(NumberClass::Service95, Callability::NotCallable,
                       QT_TR_NOOP("95 national service number (banks, insurers, carriers): calls back reach "
                                  "a switchboard, not a person"));
    if (digits.startsWith(QLatin1String("96")) && len >= 5 && len <= 8)
        return service(NumberClass::Service96, Callability::NotCallable,
                       QT_TR_NOOP("96 local service number"));
    if (digits.startsWith(QLatin1String("400")) && len == 10)
        return service(
            NumberClass::Service400, Callability::NotCallable,
            QT_TR_NOOP(
                "400 nationwide number: rented, forwarded to hidden lines; not callable back to the caller"));
    if (digits.startsWith(QLatin1String("800")) && len == 10)
        return service(NumberClass::Service800, Callability::NotCallable,
                       QT_TR_NOOP("800 free-phone number"));
    if (digits.startsWith(QLatin1String("106")) && len >= 5 && len <= 21)
        return service(NumberClass::SmsPort, Callability::NotCallable,
                       QT_TR_NOOP("106 SMS service port: sends messages, takes no calls"));
    if ((len == 3 && (digits.startsWith(QLatin1String("11")) || digits.startsWith(QLatin1String("12")))) ||
        (len == 5 && (digits.startsWith(QLatin1String("12")) || digits.startsWith(QLatin1String("100")))))
        return service(NumberClass::ShortPublic, Callability::NotCallable,
                       QT_TR_NOOP("public or carrier short number"));
    if (len >= 3 && len <= 6 && digits.at(0) >= QLatin1Char('2') && digits.at(0) <= QLatin1Char('8')) {
        n.cls = NumberClass::ShortGroup;
        n.key = subscriber.isEmpty()
                    ? QString(QStringLiteral("short:") + digits)
                    : QString(QStringLiteral("short:") + subscriber.toString() + QLatin1Char(':') + digits);
        n.callability = Callability::NotCallable;
        if (detailed)
            n.why = tr("虚拟网 short number (3–6 digits): it names a member of the subscriber's closed user "
                       "group only");
        return n;
    }
    if ((len == 7 || len == 8) && !digits.startsWith(QLatin1Char('0'))) {
        n.cls = NumberClass::LocalNoArea;
        n.key = digits;
        n.callability = Callability::Unreliable;
        if (detailed)
            n.why = tr("local fixed-line number written without its area code");
        return n;
    }
    if (digits.startsWith(QLatin1Char('0')) && len >= 10 && len <= 12) {
        // Area codes: 010 and 02x have 3 digits, the rest 4.
        const int areaLen = (digits.at(1) == QLatin1Char('1') || digits.at(1) == QLatin1Char('2')) ? 3 : 4;
        const qsizetype local = len - areaLen;
        if (local < 7 || local > 8)
            return junk(
                tr("a fixed-line number needs 7 or 8 digits after area code %1").arg(digits.left(areaLen)));
        n.cls = NumberClass::Landline;
        n.key = QStringLiteral("+86") + digits.mid(1);
        n.isE164 = true;
        if (detailed) {
            const auto p = d->place(digits.left(areaLen), n.key);
            n.placeZh = p.zh;
            n.placeEn = p.en;
        }
        n.callability = Callability::Callable;
        if (detailed)
            n.why = tr("fixed line, area code %1").arg(digits.left(areaLen));
        if (!ext.isEmpty()) {
            n.key += QStringLiteral(";ext=") + ext;
            if (detailed)
                n.why += tr(", extension %1").arg(ext);
        }
        return n;
    }
    return junk(tr("%n digit(s): no Chinese numbering plan shape fits", nullptr, int(len)));
}

} // namespace dt
