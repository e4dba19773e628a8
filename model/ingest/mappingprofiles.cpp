#include "ingest/mappingprofiles.h"

#include "case/casefile.h"
#include "case/database.h"
#include "core/osuser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace dt::ingest {

std::optional<MappingProfile> MappingProfiles::load(Database &db, const QString &name)
{
    Statement s = db.prepare(QStringLiteral(
        "SELECT name, kind, format, mapping, author, created_utc FROM mapping_profiles WHERE name = ?"));
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return MappingProfile{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
}

QVector<MappingProfile> MappingProfiles::list(Database &db)
{
    QVector<MappingProfile> out;
    Statement s = db.prepare(QStringLiteral(
        "SELECT name, kind, format, mapping, author, created_utc FROM mapping_profiles ORDER BY name"));
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    return out;
}

bool MappingProfiles::save(CaseFile &cf, MappingProfile profile, QString *error)
{
    if (profile.name.trimmed().isEmpty() || profile.map.isEmpty()) {
        *error = tr("a mapping profile needs a name and a mapping");
        return false;
    }
    profile.author = osUserName();
    profile.createdUtc = utcNowIso();
    Database &db = cf.db();
    Transaction tx(db);
    const bool replaced = load(db, profile.name).has_value();
    Statement s =
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO mapping_profiles(name, kind, format, mapping, "
                                  "author, created_utc) VALUES(?, ?, ?, ?, ?, ?)"));
    s.bind(1, profile.name)
        .bind(2, profile.kind)
        .bind(3, profile.format)
        .bind(4, profile.map)
        .bind(5, profile.author)
        .bind(6, profile.createdUtc);
    if (!s.exec()) {
        *error = db.lastError();
        return false;
    }
    if (!cf.audit().append(QStringLiteral("save-mapping-profile"),
                           QJsonObject{{QStringLiteral("name"), profile.name},
                                       {QStringLiteral("kind"), profile.kind},
                                       {QStringLiteral("format"), profile.format},
                                       {QStringLiteral("mapping"), profile.map},
                                       {QStringLiteral("replaced"), replaced}},
                           error))
        return false;
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

QString MappingProfiles::specFromSourceMapping(const QString &mappingJson)
{
    const QJsonObject m = QJsonDocument::fromJson(mappingJson.toUtf8()).object();
    QStringList parts;
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        QString column = it.value().toString();
        if (column.startsWith(QLatin1Char('#')))
            column = column.mid(1);
        if (!column.isEmpty())
            parts << it.key() + QLatin1Char('=') + column;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace dt::ingest
