#include "graph/chartstore.h"

#include "case/database.h"
#include "case/seal.h"

#include <QDateTime>
#include <QJsonDocument>

namespace dt::graph {

namespace {
bool exists(Database &db, const QString &name)
{
    Statement s = db.prepare(QStringLiteral("SELECT 1 FROM chart_states WHERE name = ?"));
    s.bind(1, name);
    return s.step();
}

/// Runs @p statements in one transaction and seals the result. Saved views are no audit event, but
/// sealed: the case's signed root follows the charts (case/seal.h).
bool sealed(Database &db, std::initializer_list<Statement *> statements, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = db.lastError();
        return false;
    }
    for (Statement *s : statements) {
        if (!s->exec()) {
            *error = s->errorString();
            return false;
        }
    }
    if (!seal::Seal::commit(db, error))
        return false;
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}
} // namespace

bool ChartStore::save(Database &db, const QString &name, const QJsonObject &state, QString *error)
{
    Statement s = db.prepare(QStringLiteral(
        "INSERT INTO chart_states(name, state, saved_utc, position, current) "
        "VALUES(?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM chart_states), "
        "NOT EXISTS (SELECT 1 FROM chart_states)) "
        "ON CONFLICT(name) DO UPDATE SET state = excluded.state, saved_utc = excluded.saved_utc"));
    s.bind(1, name)
        .bind(2, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return sealed(db, {&s}, error);
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

QStringList ChartStore::names(Database &db)
{
    QStringList out;
    Statement s = db.prepare(QStringLiteral("SELECT name FROM chart_states ORDER BY position, name"));
    while (s.step())
        out << s.text(0);
    return out;
}

QString ChartStore::current(Database &db)
{
    Statement s = db.prepare(
        QStringLiteral("SELECT name FROM chart_states ORDER BY current DESC, position, name LIMIT 1"));
    return s.step() ? s.text(0) : defaultName();
}

bool ChartStore::setCurrent(Database &db, const QString &name, QString *error)
{
    if (!exists(db, name)) {
        *error = tr("the case has no saved view named '%1'").arg(name);
        return false;
    }
    Statement s = db.prepare(QStringLiteral("UPDATE chart_states SET current = (name = ?)"));
    s.bind(1, name);
    return sealed(db, {&s}, error);
}

bool ChartStore::duplicate(Database &db, const QString &from, const QString &to, QString *error)
{
    if (to.trimmed().isEmpty() || exists(db, to)) {
        *error = tr("a view named '%1' exists already").arg(to);
        return false;
    }
    const QJsonObject state = load(db, from, error);
    if (state.isEmpty()) {
        if (error->isEmpty())
            *error = tr("the case has no saved view named '%1'").arg(from);
        return false;
    }
    return save(db, to, state, error);
}

bool ChartStore::rename(Database &db, const QString &from, const QString &to, QString *error)
{
    if (to.trimmed().isEmpty() || exists(db, to)) {
        *error = tr("a view named '%1' exists already").arg(to);
        return false;
    }
    if (!exists(db, from)) {
        *error = tr("the case has no saved view named '%1'").arg(from);
        return false;
    }
    Statement s = db.prepare(QStringLiteral("UPDATE chart_states SET name = ? WHERE name = ?"));
    s.bind(1, to).bind(2, from);
    return sealed(db, {&s}, error);
}

bool ChartStore::remove(Database &db, const QString &name, QString *error)
{
    Statement s = db.prepare(QStringLiteral("DELETE FROM chart_states WHERE name = ?"));
    s.bind(1, name);
    // When it was current, the first remaining view becomes current.
    Statement first = db.prepare(
        QStringLiteral("UPDATE chart_states SET current = 1 WHERE NOT EXISTS (SELECT 1 FROM chart_states "
                       "WHERE current) AND name = (SELECT name FROM chart_states ORDER BY position, name "
                       "LIMIT 1)"));
    return sealed(db, {&s, &first}, error);
}

QString ChartStore::freeName(Database &db, const QString &base)
{
    if (!exists(db, base))
        return base;
    for (int k = 2;; ++k) {
        const QString n = QStringLiteral("%1 %2").arg(base).arg(k);
        if (!exists(db, n))
            return n;
    }
}

} // namespace dt::graph
