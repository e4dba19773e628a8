#include "case/verdictoverrides.h"

#include "case/casefile.h"
#include "case/database.h"
#include "core/osuser.h"
#include "phone/phonenumber.h"

#include <QJsonObject>

namespace dt {

QString VerdictOverrides::keyOf(Database &db, const QString &input)
{
    Statement s = db.prepare(QStringLiteral("SELECT value FROM numbers WHERE value = ?"));
    // As typed first (identifiers that are not phone numbers), then normalised.
    for (const QString &key : {input.trimmed(), PhoneClassifier().normalize(input)}) {
        if (key.isEmpty())
            continue;
        s.reset();
        s.bind(1, key);
        if (s.step())
            return s.text(0);
    }
    return {};
}

bool VerdictOverrides::set(CaseFile &cf, const QString &number, const QString &verdict, const QString &reason,
                           QString *error)
{
    if (!cf.checkWritable(error))
        return false;
    if (verdict != QLatin1String("suspect") && verdict != QLatin1String("legitimate")) {
        *error = tr("'%1' is not a verdict (suspect or legitimate)").arg(verdict);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = tr("a verdict needs the analyst's reason");
        return false;
    }
    Database &db = cf.db();
    const QString key = keyOf(db, number);
    if (key.isEmpty()) {
        *error = tr("the case holds no number '%1'").arg(number);
        return false;
    }
    Transaction tx(db);
    Statement s =
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO verdict_overrides(number, verdict, reason, "
                                  "author, created_utc) VALUES(?, ?, ?, ?, ?)"));
    s.bind(1, key).bind(2, verdict).bind(3, reason.trimmed()).bind(4, osUserName()).bind(5, utcNowIso());
    if (!s.exec()) {
        *error = db.lastError();
        return false;
    }
    if (!cf.audit().append(QStringLiteral("verdict"),
                           QJsonObject{{QStringLiteral("number"), key},
                                       {QStringLiteral("verdict"), verdict},
                                       {QStringLiteral("reason"), reason.trimmed()}},
                           error) ||
        !tx.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return false;
    }
    return true;
}

bool VerdictOverrides::clear(CaseFile &cf, const QString &number, QString *error)
{
    if (!cf.checkWritable(error))
        return false;
    Database &db = cf.db();
    const QString key = keyOf(db, number);
    Transaction tx(db);
    Statement s = db.prepare(QStringLiteral("DELETE FROM verdict_overrides WHERE number = ?"));
    s.bind(1, key.isEmpty() ? number.trimmed() : key);
    if (!s.exec()) {
        *error = db.lastError();
        return false;
    }
    if (db.changes() == 0) {
        *error = tr("no verdict of the analyst is recorded on '%1'").arg(number);
        return false;
    }
    if (!cf.audit().append(QStringLiteral("clear-verdict"),
                           QJsonObject{{QStringLiteral("number"), key.isEmpty() ? number.trimmed() : key}},
                           error) ||
        !tx.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return false;
    }
    return true;
}

QVector<VerdictOverride> VerdictOverrides::all(Database &db)
{
    QVector<VerdictOverride> out;
    Statement s = db.prepare(QStringLiteral(
        "SELECT number, verdict, reason, author, created_utc FROM verdict_overrides ORDER BY number"));
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return out;
}

} // namespace dt
