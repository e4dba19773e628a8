#include "core/osuser.h"

#include <pwd.h>
#include <QDateTime>
#include <QSysInfo>
#include <unistd.h>

namespace dt {

QString osUserName()
{
    // The password database is authoritative; $USER can be unset in services and CI.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString env = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return env.isEmpty() ? QStringLiteral("unknown") : env;
}

QString hostName()
{
    return QSysInfo::machineHostName();
}

QString utcNowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace dt
