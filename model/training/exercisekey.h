#pragma once
#include "sample/sampledetail.h"
#include "sample/samplegenerator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace dt::training {

/// What the trainer asks for: `exercise new --scenario --difficulty --seed --lang`.
struct ExerciseSpec
{
    QString scenario = QStringLiteral("autodialer");
    QString difficulty = QStringLiteral("medium"); ///< easy | medium | hard
    quint64 seed = 1;
    QString lang = QStringLiteral("zh"); ///< zh | en
};

/// A scenario the generator can play: the operations it puts at the centre of the exercise.
struct Scenario
{
    QString name;
    QStringList operations; ///< truth ids (OP1 …)
    QString en, zh;         ///< one line for `exercise scenarios` and the sheet
    /// Legitimate bulk callers (truth ids) in the exercise at every difficulty: the scenario's traps.
    QStringList traps = {};
    /// Played in the generator's hard variant (`sample --variant hard`), whose actors it needs.
    bool hardVariant = false;
};

/**
 * The answer key: the exercise's questions with their checkable answers and the figures the feedback
 * cites as evidence, all derived from the generator's truth. The sheet shows the questions; the key
 * (sealed, training/sealedkey.h) holds the rest.
 */
class ExerciseKey
{
    Q_DECLARE_TR_FUNCTIONS(dt::training::ExerciseKey)
public:
    static const QVector<Scenario> &scenarios();
    /**
     * Checks @p spec and fills the generator's options for it: actors, scale, variant and seed.
     * False with @p error naming the option.
     */
    static bool plan(const ExerciseSpec &spec, sample::SampleOptions *options, QString *error);
    /**
     * The key for a generated world: @p truth is its truth.json, @p detail what the generator recorded,
     * @p files the files handed to the trainee (truth.json's "files" entries that hold rows).
     */
    static QJsonObject build(const ExerciseSpec &spec, const QJsonObject &truth,
                             const sample::SampleDetail &detail, const QJsonArray &files);
};

} // namespace dt::training
