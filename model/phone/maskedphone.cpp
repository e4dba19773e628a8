#include "phone/maskedphone.h"

#include "phone/phonenumber.h"

#include <algorithm>

namespace dt {

int MaskedPhone::knownDigits() const
{
    int n = 0;
    for (QChar c : pattern)
        n += c != QLatin1Char('?');
    return n;
}

bool MaskedPhone::matches(QStringView digits) const
{
    if (digits.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('?') && pattern.at(i) != digits.at(i))
            return false;
    }
    return true;
}

MaskedPhone MaskedPhone::parse(QStringView raw)
{
    // Without a mask character it is no masked phone: decided before building anything (most
    // numbers of a leaked list are plain).
    const bool anyMask = std::any_of(raw.begin(), raw.end(), [](QChar c) { return isMask(c.unicode()); });
    if (!anyMask)
        return {};
    QString p;
    bool masked = false;
    for (QChar c : raw.trimmed()) {
        const ushort u = c.unicode();
        if (u >= '0' && u <= '9')
            p += c;
        else if (u >= 0xFF10 && u <= 0xFF19)
            p += QChar(ushort(u - 0xFF10 + '0'));
        else if (isMask(u))
            p += QLatin1Char('?'), masked = true;
        else if (u == ' ' || u == '-')
            continue;
        else
            return {};
    }
    if (p.startsWith(QLatin1String("86")) && p.size() == 13)
        p.remove(0, 2);
    if (!masked || p.size() != 11 || p.at(0) != QLatin1Char('1'))
        return {};
    MaskedPhone m;
    m.pattern = p;
    return m;
}

quint32 MaskIndex::bucket(QStringView head3, QStringView tail4)
{
    return quint32(head3.toInt()) * 10000u + quint32(tail4.toInt());
}

void MaskIndex::add(const QString &digits, qint64 id)
{
    if (digits.size() != 11)
        return;
    m_byEnds[bucket(QStringView(digits).left(3), QStringView(digits).right(4))].push_back({digits, id});
    m_all.push_back({digits, id});
}

QVector<qint64> MaskIndex::candidates(const MaskedPhone &m) const
{
    QVector<qint64> out;
    if (!m.isValid())
        return out;
    const QStringView p(m.pattern);
    const bool endsKnown = !p.left(3).contains(QLatin1Char('?')) && !p.right(4).contains(QLatin1Char('?'));
    if (endsKnown) {
        const auto it = m_byEnds.constFind(bucket(p.left(3), p.right(4)));
        if (it == m_byEnds.constEnd())
            return out;
        for (const auto &e : *it) {
            if (m.matches(e.first))
                out.push_back(e.second);
        }
        return out;
    }
    for (const auto &e : m_all) {
        if (m.matches(e.first))
            out.push_back(e.second);
    }
    return out;
}

} // namespace dt
