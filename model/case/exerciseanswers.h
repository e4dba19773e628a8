#pragma once
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dt {

class CaseFile;
class Database;

/// A trainee's answer to one question of an exercise: an entity marked as (part of) the answer.
struct ExerciseAnswer
{
    qint64 id = 0;
    QString question; ///< the sheet's question id ("Q3")
    QString entity;   ///< a number (E.164), a list's source name, a call's row ("FILE:LINE") …
    QString value;    ///< what the question asks of the entity: days, a rule, a parent list
    QString note;     ///< the trainee's reasoning, free text
    QString author, createdUtc;
};

/**
 * A trainee's answers, kept in the case (table exercise_answers, sealed like the notes) and in its
 * audit log: adding and removing both leave an entry, so the trainer sees how an answer came about.
 */
class ExerciseAnswers
{
    Q_DECLARE_TR_FUNCTIONS(dt::ExerciseAnswers)
public:
    /// Records an answer; returns its id (0 on failure, @p error set). The case is unchanged on failure.
    static qint64 add(CaseFile &cf, const ExerciseAnswer &answer, QString *error);
    static bool remove(CaseFile &cf, qint64 id, QString *error);
    /// Every answer, in the order given.
    static QVector<ExerciseAnswer> all(Database &db);
};

} // namespace dt
