#pragma once
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dt {
class CaseFile;
class Database;
} // namespace dt

namespace dt::ingest {

/// A saved column mapping, reused for files of the same layout (`import --profile NAME`).
struct MappingProfile
{
    QString name, kind, format;
    QString map; ///< field=Column,… as `import --map` takes it
    QString author, createdUtc;
};

/// The case's saved mapping profiles (table mapping_profiles); saving is audited.
class MappingProfiles
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::MappingProfiles)
public:
    static std::optional<MappingProfile> load(Database &db, const QString &name);
    static QVector<MappingProfile> list(Database &db);
    /// Saves (or replaces) @p profile, with the analyst and time, and audits it.
    static bool save(CaseFile &cf, MappingProfile profile, QString *error);
    /// A source's recorded mapping ({"phone": "手机号码", "name": "#2"}) as a --map spec
    /// ("name=2,phone=手机号码"; "#n" columns of a file without a header become their number).
    static QString specFromSourceMapping(const QString &mappingJson);
};

} // namespace dt::ingest
