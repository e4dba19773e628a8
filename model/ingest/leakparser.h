#pragma once
#include "ingest/fieldarena.h"
#include "ingest/fieldmap.h"
#include "ingest/importtypes.h"
#include "phone/phonenumber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace dt::ingest {

/// One leaked-list row's values, parsed (what does not need the case). Texts are UTF-8 as stored;
/// an empty one is stored as NULL.
struct ParsedLeak
{
    /// Not empty: the row is rejected for this reason (RejectReason::encode()); its number, if any, is
    /// still recorded.
    QString rejectReason;
    /// The phone's number key ("" without a phone, with a masked one, or when parseFast() gave
    /// only `mobile`: use key())
    QString phoneKey;
    NumberClass phoneClass = NumberClass::Junk;
    qint64 mobile = -1; ///< the key as an integer when it is +86 and an 11-digit mobile, else -1
    qint64 idCode = 0;  ///< a valid ID number as an integer (person dictionary key), else 0
    QByteArray pattern; ///< a masked phone's pattern
    QByteArray name, idCard, address, extra;

    bool hasPhone() const { return mobile > 0 || !phoneKey.isEmpty(); }
    QString key() const
    {
        return phoneKey.isEmpty() && mobile > 0 ? QLatin1String("+86") + QString::number(mobile) : phoneKey;
    }
};

/**
 * Parses leaked-list rows under one file's layout: masked or plain phone and its number key, ID
 * number, and the unmapped columns as the `extra` JSON. Needs no database, so that an import can
 * parse on the thread that reads the file. One instance per thread.
 */
class LeakParser
{
public:
    LeakParser(const Layout &layout, const QString &region);
    /// @p utf8: the row's fields as the file's bytes when it is UTF-8 (decoded with fromUtf8()), so
    /// that values are stored from them rather than encoded again; nullptr for other encodings.
    void parse(const QStringList &row, ParsedLeak *out, const QVector<QByteArray> *utf8 = nullptr) const;
    /// The same row from the file's UTF-8 bytes of a line split in place (no quotes), without
    /// decoding it, for the rows whose values are plain: UTF-8 that needs no repair, mapped values
    /// that need no trimming, a phone that is a mobile of a known segment, an ID number in 18
    /// ASCII characters, no JSON escapes. False for any other row (then parse() it; @p out is
    /// unspecified), so that both give the same ParsedLeak but for phoneKey (key() gives it).
    /// With @p arena the row's texts are held there (valid until it is cleared), without an
    /// allocation each.
    bool parseFast(const QByteArrayView *fields, int n, ParsedLeak *out, FieldArena *arena = nullptr) const;
    /// The `extra` JSON of a row as QJsonDocument writes it (the reference for the fast writer).
    QByteArray extraByJsonObject(const QStringList &row) const;
    /// The same, written directly when the layout and the values allow (else extraByJsonObject()).
    QByteArray extra(const QStringList &row, const QVector<QByteArray> *utf8 = nullptr) const;
    /// Decodes @p utf8 into @p out reusing its storage, as QString::fromUtf8() would; false (and
    /// @p out unspecified) for anything but plain valid UTF-8 without a leading BOM: use fromUtf8().
    static bool decodeUtf8(const QByteArray &utf8, QString *out);
    /// A valid ID number's 18 characters (17 digits and a digit or X) as an integer, else 0.
    static qint64 idCode(QByteArrayView id18);

private:
    QString value(const QStringList &row, Field f) const;
    QByteArray utf8Of(const QStringList &row, const QVector<QByteArray> *utf8, int column, bool trim) const;
    QStringList m_headers;
    int m_columns; ///< header count: rows no longer than it have only named extra columns
    QVector<bool> m_mapped;
    int m_phone, m_name, m_id, m_address, m_city;
    Mapping m_mapping;
    PhoneClassifier m_phones;
    /// The extra columns in the order QJsonObject keeps their keys, with their `"key":` text;
    /// column -1 is the city.
    struct Slot
    {
        int column;
        QByteArray prefix;
    };
    std::vector<Slot> m_slots;
    bool m_direct = false; ///< the keys allow writing the JSON directly
};

} // namespace dt::ingest
