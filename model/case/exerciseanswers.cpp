#include "case/exerciseanswers.h"

#include "case/casefile.h"
#include "case/database.h"
#include "core/osuser.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace dt {

qint64 ExerciseAnswers::add(CaseFile &cf, const ExerciseAnswer &a, QString *error)
{
    if (!cf.checkWritable(error))
        return 0;
    static const QRegularExpression questionId(QStringLiteral("^Q[0-9]{1,3}$"));
    if (!questionId.match(a.question).hasMatch()) {
        *error = tr("'%1' is not a question of an exercise sheet (Q1, Q2, …)").arg(a.question);
        return 0;
    }
    if (a.entity.trimmed().isEmpty()) {
        *error = tr("an answer needs an entity (a number, a list, a call's row)");
        return 0;
    }
    Database &db = cf.db();
    Transaction tx(db);
    Statement s = db.prepare(
        QStringLiteral("INSERT INTO exercise_answers(question, entity, value, note, "
                       "author, created_utc) VALUES(?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?)"));
    s.bind(1, a.question).bind(2, a.entity.trimmed()).bind(3, a.value.trimmed()).bind(4, a.note);
    s.bind(5, osUserName()).bind(6, utcNowIso());
    if (!s.exec()) {
        *error = db.lastError();
        return 0;
    }
    const qint64 id = db.lastInsertId();
    if (!cf.audit().append(QStringLiteral("exercise-answer"),
                           QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("question"), a.question},
                                       {QStringLiteral("entity"), a.entity.trimmed()},
                                       {QStringLiteral("value"), a.value.trimmed()},
                                       {QStringLiteral("note"), a.note}},
                           error) ||
        !tx.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return 0;
    }
    return id;
}

bool ExerciseAnswers::remove(CaseFile &cf, qint64 id, QString *error)
{
    if (!cf.checkWritable(error))
        return false;
    Database &db = cf.db();
    Transaction tx(db);
    Statement s = db.prepare(QStringLiteral("DELETE FROM exercise_answers WHERE id = ?"));
    s.bind(1, id);
    if (!s.exec()) {
        *error = db.lastError();
        return false;
    }
    if (db.changes() == 0) {
        *error = tr("there is no answer %1").arg(id);
        return false;
    }
    if (!cf.audit().append(QStringLiteral("remove-exercise-answer"), QJsonObject{{QStringLiteral("id"), id}},
                           error) ||
        !tx.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return false;
    }
    return true;
}

QVector<ExerciseAnswer> ExerciseAnswers::all(Database &db)
{
    QVector<ExerciseAnswer> out;
    Statement s = db.prepare(QStringLiteral("SELECT id, question, entity, value, note, author, created_utc "
                                            "FROM exercise_answers ORDER BY id"));
    while (s.step())
        out.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    return out;
}

} // namespace dt
