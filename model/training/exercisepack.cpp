#include "training/exercisepack.h"

#include "core/signingkey.h"
#include "sample/sampledetail.h"
#include "sample/samplegenerator.h"
#include "training/exercisesheet.h"
#include "training/sealedkey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dt::training {

namespace {
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = ExercisePack::tr("%1: cannot write the file").arg(path);
        return false;
    }
    return true;
}
} // namespace

bool ExercisePack::create(const QString &dirPath, const ExerciseSpec &spec, const QByteArray &passphrase,
                          PackSummary *summary, QString *error, const ProgressFn &progress,
                          const std::atomic_bool *cancel)
{
    sample::SampleOptions opt;
    if (!ExerciseKey::plan(spec, &opt, error))
        return false;
    if (passphrase.size() < SealedKey::kMinPassphrase) {
        *error = SealedKey::tr("the trainer's passphrase must have at least %1 characters")
                     .arg(SealedKey::kMinPassphrase);
        return false;
    }
    const SigningKey *signer = SigningKey::workstation(error);
    if (!signer)
        return false;
    QDir dir(dirPath);
    if (dir.exists() && !dir.isEmpty()) {
        *error = tr("%1: the folder is not empty; an exercise pack needs a folder of its own").arg(dirPath);
        return false;
    }
    sample::SampleDetail detail;
    sample::SampleGenerator gen;
    gen.setDetail(&detail);
    sample::SampleSummary sum;
    const QString filesDir = dir.filePath(QStringLiteral("files"));
    if (!gen.generate(filesDir, opt, &sum, error, progress, cancel))
        return false;
    // The truth stays out of the pack: the sealed key carries what the trainer needs.
    QFile truthFile(filesDir + QStringLiteral("/truth.json"));
    if (!truthFile.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the generator's truth").arg(truthFile.fileName());
        return false;
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    truthFile.close();
    if (!truthFile.remove()) {
        *error = tr("%1: cannot remove the generator's truth from the pack").arg(truthFile.fileName());
        return false;
    }
    // A file with no rows (the PBX log when no operation dials through it) is not seized.
    QJsonArray files;
    PackSummary out;
    for (const auto &v : truth.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QStringLiteral("file")).toString();
        if (f.value(QStringLiteral("rows")).toInteger() == 0) {
            QFile::remove(filesDir + QLatin1Char('/') + name);
            continue;
        }
        QJsonObject shown = f;
        shown.remove(QStringLiteral("clock_offset")); // the trainee measures it
        // The scorer recognises a case made from this pack by its sources' digests.
        const QString sha = sha256OfFile(filesDir + QLatin1Char('/') + name, error);
        if (sha.isEmpty())
            return false;
        shown.insert(QStringLiteral("sha256"), sha);
        files.append(shown);
        out.files << QStringLiteral("files/") + name;
    }
    const QJsonObject key = ExerciseKey::build(spec, truth, detail, files);
    const QByteArray context = QStringLiteral("%1|%2|%3|%4")
                                   .arg(spec.scenario, spec.difficulty, QString::number(spec.seed), spec.lang)
                                   .toUtf8();
    const QByteArray sealed = SealedKey::seal(QJsonDocument(key).toJson(QJsonDocument::Compact), passphrase,
                                              context, *signer, error);
    if (sealed.isEmpty() ||
        !writeFile(dir.filePath(QLatin1String(kSheet)), ExerciseSheet::html(key), error) ||
        !writeFile(dir.filePath(QLatin1String(kKey)), sealed, error))
        return false;
    out.files << QLatin1String(kSheet) << QLatin1String(kKey);
    out.questions = int(key.value(QStringLiteral("questions")).toArray().size());
    out.calls = sum.calls;
    if (summary)
        *summary = out;
    return true;
}

} // namespace dt::training
