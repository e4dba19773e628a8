#pragma once
#include "sample/rng.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

namespace dt::sample {

/// A phone number of the synthetic world, packed in 64 bits (cheap to copy, hash and sort).
struct Num
{
    enum Kind : quint8 { Mobile, Landline, Service };
    quint64 value =
        0; ///< mobile: 11 digits; landline: area code (without 0) and local digits; service: digits
    quint8 kind = Mobile;
    quint8 areaDigits = 0; ///< landline: digits of the area code without its leading 0

    bool operator==(const Num &o) const { return value == o.value && kind == o.kind; }
    bool operator<(const Num &o) const { return kind != o.kind ? kind < o.kind : value < o.value; }
    quint64 key() const { return (quint64(kind) << 60) ^ value; }
    /// As dialled inside China: 13812345678, 057188001234, 95566.
    QByteArray national() const;
    /// For truth.json and the CLI: +8613812345678, +8657188001234, or the raw service digits.
    QString e164() const;
};

/// One synthetic subscriber. Everything is derived from (seed, index): nothing needs to be stored.
struct Person
{
    quint64 index = 0;
    QString name;
    bool male = false;
    QDate birth;
    int region = 0;    ///< GB/T 2260 county code of the ID number
    QByteArray idCard; ///< 18 characters, valid GB 11643 check character
    Num phone;
    QString city; ///< prefecture name
    QString address;
};

/**
 * The population of the synthetic investigation: subscribers with realistic Chinese mobile numbers
 * of the three carriers, names, valid ID numbers and addresses. Person i is a pure function of
 * (seed, i), and phone numbers are unique by construction.
 */
class Population
{
public:
    Population(quint64 seed, quint64 size);
    quint64 size() const { return m_size; }
    Person person(quint64 i) const;
    Num phone(quint64 i) const;
    /// Home cell (LAC, CI) and handset IMEI of subscriber i.
    int lac(quint64 i) const;
    int cell(quint64 i) const;
    QByteArray imei(quint64 i) const;
    /// A fresh mobile number on @p segment (e.g. 170) that no subscriber has; @p k distinguishes them.
    Num extraMobile(int segment, quint64 k) const;
    /// The local area's (Hangzhou) share of subscribers, for local traffic.
    bool isLocal(quint64 i) const;

    static QByteArray makeImei(quint64 tacSeed, quint64 serial);

private:
    quint64 scramble(quint64 i) const;
    quint64 m_seed;
    quint64 m_size;
    QVector<int> m_localCounties;
    QVector<int> m_otherCounties;
};

} // namespace dt::sample
