#include "ingest/leakparser.h"

#include "case/rejectreason.h"
#include "ingest/callparser.h"
#include "ingest/dictionarykeys.h"
#include "phone/idcard.h"
#include "phone/maskedphone.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <utility>

namespace dt::ingest {

namespace {

/// A masked mobile spelt plainly (11 characters, digits and at least one mask character, a leading
/// 1) as the pattern MaskedPhone::parse() makes of it, written by @p text; false for any other.
template<class Text> bool maskedMobile(QByteArrayView phone, QByteArray *pattern, Text text)
{
    bool masked = false;
    for (char c : phone) {
        if (MaskedPhone::isMask(char16_t(uchar(c))))
            masked = true;
        else if (c < '0' || c > '9')
            return false;
    }
    if (!masked)
        return false;
    char *p = text(phone.size(), pattern);
    std::transform(phone.begin(), phone.end(), p,
                   [](char c) { return MaskedPhone::isMask(char16_t(uchar(c))) ? '?' : c; });
    return true;
}

/// An 18-character ID number with '*' for hidden characters and digits or X elsewhere (masked:
/// IdCard::parse() keeps it upper-cased, never valid).
bool maskedId18(QByteArrayView id)
{
    if (id.size() != 18)
        return false;
    bool masked = false;
    for (char c : id) {
        if (c == '*')
            masked = true;
        else if ((c < '0' || c > '9') && c != 'x' && c != 'X')
            return false;
    }
    return masked;
}

/// Whether QJsonDocument writes @p s as its UTF-8 bytes (nothing escaped, no surrogates).
bool plainJsonText(QStringView s)
{
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u == '"' || u == '\\' || (u >= 0xD800 && u <= 0xDFFF))
            return false;
    }
    return true;
}
} // namespace

LeakParser::LeakParser(const Layout &layout, const QString &region)
    : m_headers(layout.headers)
    , m_columns(int(layout.headers.size()))
    , m_phone(layout.mapping.column(Field::Phone))
    , m_name(layout.mapping.column(Field::Name))
    , m_id(layout.mapping.column(Field::IdCard))
    , m_address(layout.mapping.column(Field::Address))
    , m_city(layout.mapping.column(Field::City))
    , m_mapping(layout.mapping)
    , m_phones(region)
{
    // Only the columns of the fields a record keeps are "mapped"; a column the sniffer took for
    // another kind's field (备注 for a complaint's text, 领取时间 for a call's start) is kept in
    // the extra JSON under its header like any other, not dropped.
    for (int c : {m_phone, m_name, m_id, m_address, m_city}) {
        if (c >= 0) {
            if (c >= m_mapped.size())
                m_mapped.resize(c + 1);
            m_mapped[c] = true;
        }
    }
    // The keys a row's JSON can have, in the order QJsonObject writes them; direct writing only
    // when they are distinct and need no escaping.
    QHash<QString, int> columnOfKey;
    m_direct = true;
    auto addKey = [&](const QString &key, int column) {
        if (columnOfKey.contains(key) || !plainJsonText(key))
            m_direct = false;
        columnOfKey.insert(key, column);
    };
    for (int c = 0; c < m_columns; ++c) {
        if (!m_mapped.value(c))
            addKey(m_headers.at(c), c);
    }
    if (m_city >= 0)
        addKey(m_headers.value(m_city), -1);
    QJsonObject order;
    for (auto it = columnOfKey.cbegin(); it != columnOfKey.cend(); ++it)
        order.insert(it.key(), 0);
    for (const QString &key : order.keys())
        m_slots.push_back({columnOfKey.value(key), '"' + key.toUtf8() + "\":\""});
}

QString LeakParser::value(const QStringList &row, Field f) const
{
    const int c = m_mapping.column(f);
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

QByteArray LeakParser::utf8Of(const QStringList &row, const QVector<QByteArray> *utf8, int column,
                              bool trim) const
{
    if (column < 0 || column >= row.size())
        return {};
    const QString &s = row.at(column);
    // The file's bytes are the value's UTF-8 unless decoding replaced some or dropped a leading BOM,
    // or trimming cuts some.
    if (utf8 && column < utf8->size() && !s.contains(QChar::ReplacementCharacter) &&
        !utf8->at(column).startsWith("\xEF\xBB\xBF") &&
        (!trim || s.isEmpty() || (!s.front().isSpace() && !s.back().isSpace())))
        return utf8->at(column);
    return (trim ? s.trimmed() : s).toUtf8();
}

namespace {
/// Walks UTF-8 as decodeUtf8() takes it, handing each UTF-16 unit to @p unit; false at the first
/// sequence it leaves to fromUtf8() (invalid, overlong, surrogate, non-character).
template<typename Unit> bool walkUtf8(const uchar *s, const uchar *const e, Unit unit)
{
    auto cont = [](uchar c) { return (c & 0xC0) == 0x80; };
    while (s < e) {
        const uchar c = *s;
        if (c < 0x80) {
            unit(char16_t(c));
            ++s;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (e - s < 2 || !cont(s[1]))
                return false;
            unit(char16_t(((c & 0x1F) << 6) | (s[1] & 0x3F)));
            s += 2;
        } else if (c >= 0xE0 && c < 0xF0) {
            if (e - s < 3 || !cont(s[1]) || !cont(s[2]))
                return false;
            const char16_t u = char16_t(((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
            // Overlong forms, surrogates and non-characters: left to fromUtf8().
            if (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF) || u >= 0xFFFE || (u >= 0xFDD0 && u <= 0xFDEF))
                return false;
            unit(u);
            s += 3;
        } else if (c >= 0xF0 && c < 0xF5) {
            if (e - s < 4 || !cont(s[1]) || !cont(s[2]) || !cont(s[3]))
                return false;
            const char32_t u =
                ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
            if (u < 0x10000 || u > 0x10FFFF || (u & 0xFFFE) == 0xFFFE)
                return false;
            unit(QChar::highSurrogate(u));
            unit(QChar::lowSurrogate(u));
            s += 4;
        } else {
            return false;
        }
    }
    return true;
}

bool hasBom(QByteArrayView b)
{
    return b.size() >= 3 && uchar(b[0]) == 0xEF && uchar(b[1]) == 0xBB && uchar(b[2]) == 0xBF;
}

/// Whether @p b is UTF-8 that decodeUtf8() takes; with @p json also nothing JSON escapes.
bool plainUtf8(QByteArrayView b, bool json)
{
    const auto *s = reinterpret_cast<const uchar *>(b.data());
    if (hasBom(b))
        return false;
    bool escapes = false;
    const bool ok = walkUtf8(
        s, s + b.size(), [&escapes](char16_t u) { escapes = escapes || u < 0x20 || u == '"' || u == '\\'; });
    return ok && !(json && escapes);
}

/// Whether valid UTF-8 @p b starts or ends with a character QString::trimmed() removes.
bool spaceAtEnds(QByteArrayView b)
{
    if (b.isEmpty())
        return false;
    auto codePoint = [b](qsizetype at) {
        char32_t u = uchar(b[at]);
        if (u < 0x80)
            return u;
        const int extra = u >= 0xF0 ? 3 : u >= 0xE0 ? 2 : 1;
        u &= 0x3F >> extra;
        for (int i = 1; i <= extra; ++i)
            u = (u << 6) | (uchar(b[at + i]) & 0x3F);
        return u;
    };
    qsizetype last = b.size() - 1;
    while (last > 0 && (uchar(b[last]) & 0xC0) == 0x80)
        --last;
    return QChar::isSpace(codePoint(0)) || QChar::isSpace(codePoint(last));
}
} // namespace

bool LeakParser::decodeUtf8(const QByteArray &utf8, QString *out)
{
    if (hasBom(utf8))
        return false;         // fromUtf8() drops it
    out->resize(utf8.size()); // never more UTF-16 units than bytes; a string's storage is kept
    char16_t *const begin = reinterpret_cast<char16_t *>(out->data());
    char16_t *d = begin;
    const auto *s = reinterpret_cast<const uchar *>(utf8.constData());
    if (!walkUtf8(s, s + utf8.size(), [&d](char16_t u) { *d++ = u; }))
        return false;
    out->truncate(d - begin);
    return true;
}

qint64 LeakParser::idCode(QByteArrayView id18)
{
    if (id18.size() != 18)
        return 0;
    qint64 v = 0;
    for (int i = 0; i < 17; ++i) {
        const char u = id18.at(i);
        if (u < '0' || u > '9')
            return 0;
        v = v * 10 + (u - '0');
    }
    const char last = id18.at(17);
    if (last == 'X')
        return v * 11 + 10 + 1;
    if (last < '0' || last > '9')
        return 0;
    return v * 11 + (last - '0') + 1; // + 1: never 0
}

QByteArray LeakParser::extraByJsonObject(const QStringList &row) const
{
    // Everything not mapped is kept, under its column name.
    QJsonObject extra;
    for (int c = 0; c < row.size(); ++c) {
        if (!m_mapped.value(c) && !row.at(c).isEmpty())
            extra.insert(m_headers.value(c, QStringLiteral("#%1").arg(c + 1)), row.at(c));
    }
    if (const QString city = value(row, Field::City); !city.isEmpty())
        extra.insert(m_headers.value(m_city), city);
    return extra.isEmpty() ? QByteArray() : QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

QByteArray LeakParser::extra(const QStringList &row, const QVector<QByteArray> *utf8) const
{
    if (!m_direct || row.size() > m_columns)
        return extraByJsonObject(row);
    QByteArray out;
    for (const Slot &s : m_slots) {
        const int column = s.column < 0 ? m_city : s.column;
        if (column >= row.size())
            continue;
        const QString &v = row.at(column);
        if (v.isEmpty())
            continue;
        if (!plainJsonText(v))
            return extraByJsonObject(row);
        // The city is trimmed (a mapped field); the other columns are kept as they are.
        const QByteArray text = utf8Of(row, utf8, column, s.column < 0);
        if (text.isEmpty())
            continue;
        if (out.isEmpty()) {
            out.reserve(128);
            out += '{';
        } else {
            out += ',';
        }
        out += s.prefix;
        out += text;
        out += '"';
    }
    if (!out.isEmpty())
        out += '}';
    return out;
}

void LeakParser::parse(const QStringList &row, ParsedLeak *out, const QVector<QByteArray> *utf8) const
{
    *out = ParsedLeak();
    const QString phoneRaw = value(row, Field::Phone);
    const QString idRaw = value(row, Field::IdCard);
    if (!phoneRaw.isEmpty()) {
        if (const MaskedPhone mp = MaskedPhone::parse(phoneRaw); mp.isValid()) {
            out->pattern = mp.pattern.toUtf8();
        } else {
            out->phoneKey = m_phones.normalize(phoneRaw, &out->phoneClass);
            out->mobile = mobileOfKey(out->phoneKey);
        }
    }
    bool idUsable = false;
    if (!idRaw.isEmpty()) {
        // Most lists spell their ID numbers plainly: validity without building what parse() tells.
        if (const int v = IdCard::validity18(idRaw); v >= 0) {
            out->idCard =
                idRaw.back() == QLatin1Char('x') ? idRaw.toLatin1().toUpper() : utf8Of(row, utf8, m_id, true);
            idUsable = v == 1;
        } else {
            const IdCardInfo info = IdCard::parse(idRaw);
            out->idCard = (info.normalized.isEmpty() ? idRaw : info.normalized).toUtf8();
            idUsable = info.valid;
        }
        if (idUsable)
            out->idCode = idCode(out->idCard);
    }
    const bool phone = !out->phoneKey.isEmpty() && out->phoneClass != NumberClass::Junk;
    if (!phone && out->pattern.isEmpty() && out->idCard.isEmpty()) {
        out->rejectReason = phoneRaw.isEmpty()
                                ? RejectReason::encode(RejectReason::Code::LeakNoPhoneOrId)
                                : RejectReason::encode(RejectReason::Code::LeakPhoneNotNumber, {phoneRaw});
        return;
    }
    out->name = utf8Of(row, utf8, m_name, true);
    out->address = utf8Of(row, utf8, m_address, true);
    out->extra = extra(row, utf8);
}

bool LeakParser::parseFast(const QByteArrayView *fields, int n, ParsedLeak *out, FieldArena *arena) const
{
    if (!m_direct || n > m_columns)
        return false;
    // Every field as the file's bytes, which must be what the general way would decode them to.
    for (int c = 0; c < n; ++c) {
        if (!plainUtf8(fields[c], !m_mapped.value(c) || c == m_city))
            return false;
    }
    auto field = [&](int c) { return c >= 0 && c < n ? fields[c] : QByteArrayView(); };
    // Mapped values are trimmed by the general way: here they must need no trimming.
    for (int c : {m_phone, m_name, m_id, m_address, m_city}) {
        if (spaceAtEnds(field(c)))
            return false;
    }
    // @p size bytes to write a value into: in the arena, else in a string of its own.
    auto text = [arena](qsizetype size, QByteArray *to) -> char * {
        if (arena) {
            char *p = arena->alloc(size);
            *to = QByteArray::fromRawData(p, size);
            return p;
        }
        *to = QByteArray(size, Qt::Uninitialized);
        return to->data();
    };
    auto copy = [&](QByteArrayView v, QByteArray *to) {
        if (!v.isEmpty())
            std::copy_n(v.data(), v.size(), text(v.size(), to));
    };
    *out = ParsedLeak();
    // A phone: a plain mobile of a known segment, or one masked as lists mask them (138****1234: 11
    // digits and mask characters, as MaskedPhone::parse() reads them); the rest is parse()'s.
    if (const QByteArrayView phone = field(m_phone); !phone.isEmpty()) {
        if (phone.size() != 11 || phone[0] != '1')
            return false;
        const qint64 mobile = digitsValue(phone);
        if (mobile >= 0) {
            out->phoneClass = PhoneClassifier::mobileClass(mobile);
            if (out->phoneClass == NumberClass::Junk)
                return false;
            out->mobile = mobile;
        } else if (!maskedMobile(phone, &out->pattern, text)) {
            return false;
        }
    }
    if (const QByteArrayView id = field(m_id); !id.isEmpty()) {
        const int v = IdCard::validity18(id);
        if (v < 0 && !maskedId18(id))
            return false;
        // As IdCard::parse() normalises it: upper case (a masked one is never valid: no idCode).
        char *p = text(id.size(), &out->idCard);
        std::transform(id.begin(), id.end(), p, [](char c) { return c == 'x' ? 'X' : c; });
        if (v == 1)
            out->idCode = idCode(out->idCard);
    }
    if (out->mobile < 0 && out->pattern.isEmpty() && out->idCard.isEmpty())
        return false; // rejected: parse() words why
    copy(field(m_name), &out->name);
    copy(field(m_address), &out->address);
    // The extra JSON's size first, then its bytes written once.
    qsizetype size = 0;
    for (const Slot &s : m_slots) {
        if (const QByteArrayView v = field(s.column < 0 ? m_city : s.column); !v.isEmpty())
            size += 1 + s.prefix.size() + v.size() + 1; // '{' or ',', "key":", the value, '"'
    }
    if (size) {
        char *p = text(size + 1, &out->extra); // + 1: '}'
        char sep = '{';
        for (const Slot &s : m_slots) {
            const QByteArrayView v = field(s.column < 0 ? m_city : s.column);
            if (v.isEmpty())
                continue;
            *p++ = std::exchange(sep, ',');
            p = std::copy_n(s.prefix.constData(), s.prefix.size(), p);
            p = std::copy_n(v.data(), v.size(), p);
            *p++ = '"';
        }
        *p = '}';
    }
    return true;
}

} // namespace dt::ingest
