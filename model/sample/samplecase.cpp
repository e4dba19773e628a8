#include "sample/samplecase.h"

#include "case/casefile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dt {

QString SampleCase::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/DialTrace");
    return base + QStringLiteral("/sample/sample.dtcase");
}

QString SampleCase::ensure(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return path;
    auto cf = CaseFile::create(path, tr("Sample case (synthetic demo data)"), error);
    if (!cf)
        return {};
    cf->close();
    return path;
}

} // namespace dt
