#pragma once
#include <QHash>
#include <QString>
#include <QVector>

namespace dt {

/**
 * A partly hidden phone number from a leaked list: `138****1234`, `138xxxx1234`, `138XXXX1234`,
 * `138-****-1234`. Stored as a pattern of digits and '?' and matched against the numbers a case knows.
 */
struct MaskedPhone
{
    QString pattern; ///< 11 characters of digits and '?', e.g. "138????1234"
    bool isValid() const { return !pattern.isEmpty(); }
    int knownDigits() const;
    bool matches(QStringView nationalDigits) const;
    /// Parses @p raw; an invalid MaskedPhone when it holds no mask or is not an 11-digit mobile shape.
    static MaskedPhone parse(QStringView raw);
    /// Whether @p u stands for a hidden digit (* x X # ? and the full-width asterisk).
    static bool isMask(char16_t u)
    {
        return u == '*' || u == 'x' || u == 'X' || u == '#' || u == 0xFF0A || u == '?';
    }
};

/**
 * Index of known mobile numbers (national 11-digit form) for matching masked patterns: keyed by
 * the visible first 3 and last 4 digits, the common masking, with a scan fallback for others.
 */
class MaskIndex
{
public:
    void add(const QString &nationalDigits, qint64 id);
    /// Ids of the known numbers the pattern could be.
    QVector<qint64> candidates(const MaskedPhone &m) const;
    qsizetype size() const { return m_all.size(); }

private:
    static quint32 bucket(QStringView head3, QStringView tail4);
    QHash<quint32, QVector<QPair<QString, qint64>>> m_byEnds;
    QVector<QPair<QString, qint64>> m_all;
};

} // namespace dt
