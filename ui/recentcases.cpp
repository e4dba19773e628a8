#include "recentcases.h"

#include <QFileInfo>
#include <QSettings>

namespace dt::ui {

namespace {
const char *const kKey = "recentCases";
}

QStringList RecentCases::list()
{
    QStringList out;
    for (const QString &p : QSettings().value(QLatin1String(kKey)).toStringList()) {
        if (QFileInfo::exists(p))
            out << p;
    }
    return out;
}

void RecentCases::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList l = QSettings().value(QLatin1String(kKey)).toStringList();
    l.removeAll(abs);
    l.prepend(abs);
    while (l.size() > kMax)
        l.removeLast();
    QSettings().setValue(QLatin1String(kKey), l);
}

void RecentCases::remove(const QString &path)
{
    QStringList l = QSettings().value(QLatin1String(kKey)).toStringList();
    l.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QLatin1String(kKey), l);
}

void RecentCases::clear()
{
    QSettings().remove(QLatin1String(kKey));
}

} // namespace dt::ui
