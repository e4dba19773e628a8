#pragma once
#include "core/sha256.h"
#include "training/exercisekey.h"

#include <atomic>
#include <QCoreApplication>

namespace dt::training {

/// What `exercise new` wrote.
struct PackSummary
{
    QStringList files; ///< relative to the pack's folder
    int questions = 0;
    qint64 calls = 0;
};

/**
 * An exercise pack: files/ (the seized input files, as the generator writes them), exercise.html (the
 * sheet) and answer-key.dtkey (the sealed key, training/sealedkey.h). The generator's truth.json is
 * not in the pack: the key holds what the trainer needs. The same spec and passphrase give the same
 * bytes, file for file.
 */
class ExercisePack
{
    Q_DECLARE_TR_FUNCTIONS(dt::training::ExercisePack)
public:
    static constexpr const char *kSheet = "exercise.html";
    static constexpr const char *kKey = "answer-key.dtkey";
    /// Writes a pack into the empty (or new) folder @p dir. False with @p error set; a failed pack may
    /// leave files behind in @p dir (it never touches anything outside it).
    static bool create(const QString &dir, const ExerciseSpec &spec, const QByteArray &passphrase,
                       PackSummary *summary, QString *error, const ProgressFn &progress = {},
                       const std::atomic_bool *cancel = nullptr);
};

} // namespace dt::training
