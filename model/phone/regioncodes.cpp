#include "phone/regioncodes.h"

#include <algorithm>
#include <QFile>

static void initModelResources()
{
    Q_INIT_RESOURCE(dialtrace_model_data);
}

namespace dt {

const RegionCodes &RegionCodes::instance()
{
    static const RegionCodes codes; // thread-safe initialisation
    return codes;
}

RegionCodes::RegionCodes()
{
    initModelResources();
    QFile f(QStringLiteral(":/data/gbt2260.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("GB/T 2260 region table missing from the model library's resources");
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() < 3)
            continue;
        const int code = parts.at(0).toInt();
        m_names.insert(code, QString::fromUtf8(parts.at(1)));
        if (parts.at(2) == "3")
            m_counties.push_back(code);
    }
    std::sort(m_counties.begin(), m_counties.end());
}

QString RegionCodes::prefecture(int code) const
{
    const QString n = name(code / 100 * 100);
    if (n == QStringLiteral("市辖区") || n == QStringLiteral("县"))
        return province(code);
    return n;
}

QString RegionCodes::place(int code) const
{
    QStringList parts;
    const QString prov = province(code);
    if (!prov.isEmpty())
        parts << prov;
    const QString pref = name(code / 100 * 100);
    if (!pref.isEmpty() && pref != QStringLiteral("市辖区") && pref != QStringLiteral("县") &&
        code % 10000 != 0)
        parts << pref;
    if (code % 100 != 0 && contains(code))
        parts << name(code);
    return parts.join(QLatin1Char(' '));
}

QVector<int> RegionCodes::countiesUnder(int prefix, int digits) const
{
    int div = 1;
    for (int i = digits; i < 6; ++i)
        div *= 10;
    QVector<int> out;
    for (int c : m_counties) {
        if (c / div == prefix)
            out.push_back(c);
    }
    return out;
}

} // namespace dt
