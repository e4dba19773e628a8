#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dt {
class Database;
}

namespace dt::training {

/**
 * The trainee's exercise sheet (self-contained HTML, printable): the situation, the seized files, the
 * questions and how to answer them, in the exercise's language. Made from the answer key without any
 * of its answers; deterministic (no date, no random), so a pack made twice is byte-identical.
 */
class ExerciseSheet
{
public:
    static QByteArray html(const QJsonObject &key);

    /// One question as the sheet shows it (the trainee's side: no answer).
    struct Question
    {
        QString id;   ///< "Q1"
        QString text; ///< the question, in the sheet's language
    };
    /// The questions of a sheet made by html(), in order; empty when @p html is no such sheet.
    static QVector<Question> questions(const QByteArray &html);
    /**
     * The sheet of the exercise a case was made from: a pack keeps its seized files in files/ next to
     * exercise.html, so the sheet is looked for beside and above each imported file's original path.
     * Empty when none is found (the files were moved, or the case is no exercise).
     */
    static QString sheetFor(Database &db);
};

} // namespace dt::training
