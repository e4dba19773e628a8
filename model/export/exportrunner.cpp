#include "export/exportrunner.h"

#include "case/casefile.h"
#include "core/sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace dt::exports {

QJsonObject ExportResult::toJson() const
{
    QJsonArray f;
    for (const WrittenFile &w : files)
        f.append(QJsonObject{{QStringLiteral("path"), w.path},
                             {QStringLiteral("sha256"), w.sha256},
                             {QStringLiteral("size"), w.size}});
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("out"), target},
                       {QStringLiteral("analysis_run"), runId ? QJsonValue(runId) : QJsonValue()},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("edges"), edges},
                       {QStringLiteral("files"), f},
                       {QStringLiteral("audited"), audited}};
}

bool ExportRunner::write(const ExportWriter &writer, const ExportData &data, const QString &path,
                         ExportResult *result, QString *error)
{
    std::vector<ExportFile> files;
    if (!writer.write(data, &files, error))
        return false;
    const bool bundle = writer.suffix().isEmpty();
    if (bundle && !QDir().mkpath(path)) {
        *error = tr("%1: cannot create the folder").arg(path);
        return false;
    }
    result->format = writer.name();
    result->scope = data.scope;
    result->target = QFileInfo(path).absoluteFilePath();
    result->runId = data.runId;
    result->nodes = int(data.nodes.size());
    result->edges = int(data.edges.size());
    result->files.clear();
    for (const ExportFile &f : files) {
        const QString target = bundle ? QDir(path).filePath(f.name) : path;
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.data) != f.data.size() || !out.commit()) {
            *error = tr("%1: cannot write: %2").arg(target, out.errorString());
            return false;
        }
        result->files.push_back({QFileInfo(target).absoluteFilePath(), sha256Hex(f.data), f.data.size()});
    }
    return true;
}

bool ExportRunner::record(CaseFile &cf, ExportResult *result, QString *error)
{
    QJsonArray files;
    for (const WrittenFile &w : result->files)
        files.append(QJsonObject{{QStringLiteral("file"), w.path},
                                 {QStringLiteral("sha256"), w.sha256},
                                 {QStringLiteral("size"), w.size}});
    QJsonObject details{{QStringLiteral("format"), result->format},
                        {QStringLiteral("scope"), result->scope},
                        {QStringLiteral("files"), files}};
    if (result->runId)
        details.insert(QStringLiteral("run_id"), result->runId);
    if (!result->scope.startsWith(QLatin1String("table:"))) {
        details.insert(QStringLiteral("nodes"), result->nodes);
        details.insert(QStringLiteral("edges"), result->edges);
    }
    if (!cf.audit().append(QStringLiteral("export"), details, error))
        return false;
    result->audited = true;
    return true;
}

bool ExportRunner::hashFile(const QString &path, WrittenFile *file, QString *error)
{
    const QString sha = sha256OfFile(path, error);
    if (sha.isEmpty())
        return false;
    *file = {QFileInfo(path).absoluteFilePath(), sha, QFileInfo(path).size()};
    return true;
}

} // namespace dt::exports
