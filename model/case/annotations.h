#pragma once
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dt {

class CaseFile;
class Database;

/// An analyst's note on an entity (a number, an operator, a list, a call …).
struct Annotation
{
    qint64 id = 0;
    QString entityType, entityKey, text, author, createdUtc;
};

/**
 * Notes and tags on entities, kept in the case (tables annotations, tags) and in its audit log: adding
 * and removing both leave an entry, so an undone note is still on record.
 */
class Annotations
{
    Q_DECLARE_TR_FUNCTIONS(dt::Annotations)
public:
    /// Adds a note; returns its id (0 on failure). @p id reuses an id (redo after undo).
    static qint64 add(CaseFile &cf, const QString &type, const QString &key, const QString &text,
                      QString *error, qint64 id = 0);
    static bool remove(CaseFile &cf, qint64 id, QString *error);
    static QVector<Annotation> of(Database &db, const QString &type, const QString &key);
    static bool setTag(CaseFile &cf, const QString &type, const QString &key, const QString &tag, bool on,
                       QString *error);
    static QStringList tags(Database &db, const QString &type, const QString &key);
};

} // namespace dt
