#pragma once
#include <QHash>
#include <QString>
#include <QVector>

namespace dt {

/**
 * GB/T 2260 administrative division codes (province, prefecture, county), shipped offline in
 * resources/data/gbt2260.tsv and compiled into the model library.
 */
class RegionCodes
{
public:
    static const RegionCodes &instance();

    /// The name recorded for exactly this code ("" when unknown).
    QString name(int code) const { return m_names.value(code); }
    bool contains(int code) const { return m_names.contains(code); }
    /// "浙江省 杭州市 西湖区" for a county code; skips the "市辖区"/"县" placeholders of municipalities.
    QString place(int code) const;
    QString province(int code) const { return name(code / 10000 * 10000); }
    QString prefecture(int code) const;
    /// All county-level codes, ascending.
    const QVector<int> &counties() const { return m_counties; }
    /// County-level codes whose first digits equal @p prefix (2 digits: province, 4: prefecture).
    QVector<int> countiesUnder(int prefix, int digits) const;

private:
    RegionCodes();
    QHash<int, QString> m_names;
    QVector<int> m_counties;
};

} // namespace dt
