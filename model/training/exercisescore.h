#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace dt {
class Database;
}

namespace dt::training {

/// One mistake, with the evidence the trainee could have used.
struct ScoreMistake
{
    QString kind;   ///< missed | wrong | unsupported
    QString entity; ///< what was missed or wrongly given
    QString text;   ///< the explanation, in the exercise's language
};

struct QuestionScore
{
    QString id, type, operation;
    double score = 0; ///< 0 … 1
    int expected = 0; ///< items the answer should hold
    int correct = 0;  ///< items given right
    QVector<ScoreMistake> mistakes;
};

struct ExerciseScore
{
    QVector<QuestionScore> questions;
    double total = 0;     ///< percent, the mean of the questions' scores
    QStringList trainees; ///< who recorded the answers
    int answers = 0;
    QStringList warnings; ///< e.g. the case holds none of the exercise's files
    QJsonObject toJson() const;
    /// A readable report, one block per question, in the exercise's language.
    QString toText(const QString &lang) const;
};

/**
 * Scores a trainee's answers (the case's exercise_answers) against an opened answer key. Numbers are
 * compared in their canonical spelling, calls by their rows in the seized files (a call chosen in the
 * workspace, "call:ID", stands for every row it was read from).
 */
class ExerciseScorer
{
    Q_DECLARE_TR_FUNCTIONS(dt::training::ExerciseScorer)
public:
    static ExerciseScore score(const QJsonObject &key, Database &db, const QString &lang = {});
    /// The class summary: one row per case, a column per question (percent) and the total.
    static QByteArray classCsv(const QJsonObject &key, const QStringList &cases,
                               const QVector<ExerciseScore> &scores);
};

} // namespace dt::training
