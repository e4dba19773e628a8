#pragma once
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace dt {

/// What kind of number an identifier is. Stored in the case as an integer: never renumber.
enum class NumberClass : int {
    Junk = 0,          ///< not a usable number (kept, never dropped)
    Mobile = 1,        ///< Chinese mobile of a network operator
    VirtualMobile = 2, ///< virtual-operator segments 162/165/167/170/171
    DataOnly = 3,      ///< 14x data/IoT segments: cannot place voice calls
    Landline = 4,      ///< fixed line with area code
    LocalNoArea = 5,   ///< 7–8 digit local number whose area code is missing
    ShortGroup =
        6, ///< 6-digit 虚拟网 (closed user group) short number, meaningful within one subscriber's group
    Service95 = 7,    ///< 95xxx national service numbers
    Service96 = 8,    ///< 96xxx local service numbers
    Service400 = 9,   ///< 400 nationwide toll numbers
    Service800 = 10,  ///< 800 free-phone numbers
    SmsPort = 11,     ///< 106/1069 SMS service ports
    ShortPublic = 12, ///< 110/120/12315/10086… public and carrier short numbers
    International = 13,
    Opaque = 14, ///< hashed or pseudonymised identifier (kept as an identifier)
    Email = 15,  ///< an e-mail address as a party (FaceTime, VoIP)
};

/// Whether calling the number back reaches the caller.
enum class Callability : int { Callable = 0, Unreliable = 1, NotCallable = 2, Unknown = 3 };

QString numberClassName(NumberClass c); ///< stable identifier: "mobile", "virtual_mobile", …
QString callabilityName(Callability c); ///< "callable", "unreliable", "not_callable", "unknown"

/// Everything known offline about one number.
struct NumberInfo
{
    QString input;
    QString key; ///< the canonical spelling: E.164 when it is a phone number, else the normalised identifier
    bool isE164 = false;
    NumberClass cls = NumberClass::Junk;
    QString region; ///< ISO 3166 region of the number ("CN", "US"), empty when unknown
    QString carrierZh, carrierEn;
    QString placeZh, placeEn;
    Callability callability = Callability::Unknown;
    QString why; ///< how it was classified, in plain words

    QJsonObject toJson() const;
};

/**
 * Normalises and classifies phone numbers, offline. Chinese numbers are handled by segment tables
 * (carriers, virtual operators, service prefixes) with libphonenumber for validation, geocoding and
 * international numbers. Results that depend only on a prefix are cached by that prefix, so
 * classifying many distinct numbers costs a libphonenumber call per segment, not per number.
 * One instance per thread (the caches are not shared).
 */
class PhoneClassifier
{
    Q_DECLARE_TR_FUNCTIONS(dt::PhoneClassifier)
public:
    explicit PhoneClassifier(QString defaultRegion = QStringLiteral("CN"));
    ~PhoneClassifier();
    PhoneClassifier(const PhoneClassifier &) = delete;
    PhoneClassifier &operator=(const PhoneClassifier &) = delete;

    /// Full classification. @p subscriber (a key) qualifies 6-digit 虚拟网 short numbers.
    NumberInfo classify(QStringView raw, QStringView subscriber = {}) const;
    /// Only the canonical key and class (the import hot path).
    QString normalize(QStringView raw, NumberClass *cls = nullptr, QStringView subscriber = {}) const;

    /// The class normalize() gives a plain 11-digit mobile (an integer 1xxxxxxxxxx) by its segment:
    /// Junk for a segment no operator has, and then normalize() must tell the key.
    static NumberClass mobileClass(qint64 mobile);

    /// Cleans spelling: full-width digits, spaces, dashes, dots, parentheses; keeps a leading '+'.
    static QString cleanDigits(QStringView raw);

private:
    NumberInfo classifyImpl(QStringView raw, QStringView subscriber, bool detailed) const;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dt
