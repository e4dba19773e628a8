#pragma once
#include <QByteArray>
#include <QJsonObject>

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
};

} // namespace dt::training
