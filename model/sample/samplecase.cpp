#include "sample/samplecase.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "ingest/importer.h"
#include "sample/samplegenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace dt {

QString SampleCase::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/DialTrace");
    return base + QStringLiteral("/sample/sample.dtcase");
}

QString SampleCase::ensure(const QString &path, QString *error, const ProgressFn &progress,
                           const std::atomic_bool *cancel)
{
    if (QFileInfo::exists(path))
        return path;
    // The demo investigation's files are generated beside the case (seed fixed, so every
    // workstation's sample case holds the same files with the same SHA-256).
    const QString filesDir = QFileInfo(path).absolutePath() + QStringLiteral("/files");
    sample::SampleOptions opt;
    opt.seed = kSeed;
    sample::SampleSummary sum;
    if (!sample::SampleGenerator().generate(filesDir, opt, &sum, error))
        return {};
    QFile truthFile(filesDir + QStringLiteral("/truth.json"));
    if (!truthFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the sample's truth.json").arg(filesDir);
        return {};
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();

    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto cf = CaseFile::create(partial, tr("Sample case (synthetic demo data)"), error,
                                   QString::fromLatin1(sample::kWorldZone));
        if (!cf)
            return {};
        // Every file imported the way an analyst would: acquisition dates; the PBX's clock is measured
        // against the carrier's CDR by the import itself (docs/times.md).
        Transaction tx(cf->db());
        ingest::Importer importer(*cf);
        const QJsonArray files = truth.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject f = files.at(i).toObject();
            ingest::ImportOptions importOpt;
            importOpt.acquired = f.value(QStringLiteral("acquired")).toString();
            if (!importer.importFile(filesDir + QLatin1Char('/') + f.value(QStringLiteral("file")).toString(),
                                     importOpt, nullptr, error, {}, cancel))
                return {};
            if (progress)
                progress(i + 1, files.size());
        }
        // The trainer's case opens with its findings.
        if (analysis::Detector::analyzeCase(*cf, {}, error) == 0)
            return {};
        if (!tx.commit()) {
            if (error)
                *error = cf->db().lastError();
            return {};
        }
    }
    // Appears under its final name only when complete: an interrupted build is simply redone.
    if (!QFile::rename(partial, path)) {
        if (error)
            *error = tr("%1: cannot move the sample case into place").arg(path);
        return {};
    }
    return path;
}

} // namespace dt
