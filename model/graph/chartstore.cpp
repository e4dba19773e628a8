#include "graph/chartstore.h"

#include "case/database.h"
#include "case/seal.h"

#include <QDateTime>
#include <QJsonDocument>

namespace dt::graph {

bool ChartStore::save(Database &db, const QString &name, const QJsonObject &state, QString *error)
{
    // Not an audit event, but sealed: the case's signed root follows the chart (case/seal.h).
    Transaction tx(db);
    Statement s = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO chart_states(name, state, saved_utc) VALUES(?,?,?)"));
    s.bind(1, name)
        .bind(2, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!tx.isActive() || !s.exec()) {
        *error = s.errorString();
        return false;
    }
    if (!seal::Seal::commit(db, error))
        return false;
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

QJsonObject ChartStore::load(Database &db, const QString &name, QString *error)
{
    Statement s = db.prepare(QStringLiteral("SELECT state FROM chart_states WHERE name = ?"));
    s.bind(1, name);
    if (!s.step()) {
        if (!s.ok())
            *error = s.errorString();
        return {};
    }
    return QJsonDocument::fromJson(s.text(0).toUtf8()).object();
}

} // namespace dt::graph
