#include "case/annotations.h"

#include "case/casefile.h"
#include "case/database.h"
#include "core/osuser.h"

#include <QJsonObject>

namespace dt {

qint64 Annotations::add(CaseFile &cf, const QString &type, const QString &key, const QString &text,
                        QString *error, qint64 id)
{
    if (!cf.checkWritable(error))
        return 0;
    if (text.trimmed().isEmpty()) {
        *error = tr("an empty note");
        return 0;
    }
    Database &db = cf.db();
    Transaction tx(db);
    Statement s =
        db.prepare(QStringLiteral("INSERT INTO annotations(id, entity_type, entity_key, text, author, "
                                  "created_utc) VALUES(?, ?, ?, ?, ?, ?)"));
    if (id > 0)
        s.bind(1, id);
    else
        s.bindNull(1);
    s.bind(2, type).bind(3, key).bind(4, text).bind(5, osUserName()).bind(6, utcNowIso());
    if (!s.exec()) {
        *error = db.lastError();
        return 0;
    }
    const qint64 newId = db.lastInsertId();
    if (!cf.audit().append(QStringLiteral("annotate"),
                           QJsonObject{{QStringLiteral("id"), newId},
                                       {QStringLiteral("entity_type"), type},
                                       {QStringLiteral("entity_key"), key},
                                       {QStringLiteral("text"), text}},
                           error) ||
        !tx.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return 0;
    }
    return newId;
}

bool Annotations::remove(CaseFile &cf, qint64 id, QString *error)
{
    if (!cf.checkWritable(error))
        return false;
    Database &db = cf.db();
    Transaction tx(db);
    Statement s = db.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    s.bind(1, id);
    if (!s.exec()) {
        *error = db.lastError();
        return false;
    }
    if (!cf.audit().append(QStringLiteral("remove-annotation"), QJsonObject{{QStringLiteral("id"), id}},
                           error))
        return false;
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

QVector<Annotation> Annotations::of(Database &db, const QString &type, const QString &key)
{
    QVector<Annotation> out;
    Statement s =
        db.prepare(QStringLiteral("SELECT id, entity_type, entity_key, text, author, created_utc FROM "
                                  "annotations WHERE entity_type = ? AND entity_key = ? ORDER BY id"));
    s.bind(1, type).bind(2, key);
    while (s.step())
        out.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    return out;
}

bool Annotations::setTag(CaseFile &cf, const QString &type, const QString &key, const QString &tag, bool on,
                         QString *error)
{
    if (!cf.checkWritable(error))
        return false;
    Database &db = cf.db();
    Transaction tx(db);
    Statement s = db.prepare(
        on ? QStringLiteral("INSERT OR IGNORE INTO tags(entity_type, entity_key, tag, author, "
                            "created_utc) VALUES(?, ?, ?, ?, ?)")
           : QStringLiteral("DELETE FROM tags WHERE entity_type = ? AND entity_key = ? AND tag = ?"));
    s.bind(1, type).bind(2, key).bind(3, tag);
    if (on)
        s.bind(4, osUserName()).bind(5, utcNowIso());
    if (!s.exec()) {
        *error = db.lastError();
        return false;
    }
    if (!cf.audit().append(on ? QStringLiteral("tag") : QStringLiteral("untag"),
                           QJsonObject{{QStringLiteral("entity_type"), type},
                                       {QStringLiteral("entity_key"), key},
                                       {QStringLiteral("tag"), tag}},
                           error))
        return false;
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

QStringList Annotations::tags(Database &db, const QString &type, const QString &key)
{
    QStringList out;
    Statement s = db.prepare(
        QStringLiteral("SELECT tag FROM tags WHERE entity_type = ? AND entity_key = ? ORDER BY tag"));
    s.bind(1, type).bind(2, key);
    while (s.step())
        out << s.text(0);
    return out;
}

} // namespace dt
