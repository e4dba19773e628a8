#pragma once
#include "export/exportwriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace dt {
class CaseFile;
}

namespace dt::exports {

/// A file an export wrote: where, its SHA-256 (lowercase hex) and its size in bytes.
struct WrittenFile
{
    QString path;
    QString sha256;
    qint64 size = 0;
};

/// What an export did: the files it wrote, what they hold, and whether the audit log has it.
struct ExportResult
{
    QString format; ///< the writer's name, or "csv" for a table
    QString scope;  ///< "chart", "run", or "table:NAME" for one of the workspace's tables
    QString target; ///< the file, or for a bundle the folder, that was asked for
    qint64 runId = 0;
    int nodes = 0, edges = 0;
    std::vector<WrittenFile> files;
    bool audited = false;
    /// The JSON `dialtrace-cli export --json` prints (docs/cli.md).
    QJsonObject toJson() const;
};

/**
 * Writes an export to disk and records it: each file through QSaveFile (a file is whole or absent),
 * then hashed, then an `export` entry in the case's audit log naming the format, the scope, the
 * analysis run and every file with its SHA-256, so a file handed to another tool can be traced back.
 */
class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(dt::exports::ExportRunner)
public:
    /// Writes @p data in @p writer's format to @p path: the file itself, or for a bundle (empty
    /// suffix) the folder, created when missing, that receives the bundle's files.
    static bool write(const ExportWriter &writer, const ExportData &data, const QString &path,
                      ExportResult *result, QString *error);
    /// Appends the `export` audit entry for @p result (sets result->audited). The case must be writable.
    static bool record(CaseFile &cf, ExportResult *result, QString *error);
    /// A file written by other means (a table's CSV), hashed from disk, for record().
    static bool hashFile(const QString &path, WrittenFile *file, QString *error);
};

} // namespace dt::exports
