#pragma once
#include "export/exportdata.h"

#include <memory>
#include <QByteArray>
#include <QString>
#include <vector>

namespace dt::exports {

/// One file an export produces: its name (relative to the export's folder for a bundle, the
/// requested file otherwise) and its bytes.
struct ExportFile
{
    QString name;
    QByteArray data;
};

/**
 * One export format. Writers are pure: they turn an ExportData into bytes (exportrunner.h writes
 * them to disk, hashes them and records the export in the audit log). Every format lives in one file
 * of model/export/ and is listed once in exportwriter.cpp's registry.
 */
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;
    /// The stable name `dialtrace-cli export --format` takes: "anx", "graphml", "gexf", "csv".
    virtual QString name() const = 0;
    /// What the format is and which tools open it, for file dialogs (translated).
    virtual QString title() const = 0;
    /// The file suffix ("graphml"); empty for a bundle written into a folder.
    virtual QString suffix() const = 0;
    /// The file(s) of @p data; false with @p error set when the data cannot be written in this format.
    virtual bool write(const ExportData &data, std::vector<ExportFile> *files, QString *error) const = 0;
};

/// Every format, in the order menus list them.
const std::vector<std::unique_ptr<ExportWriter>> &writers();
/// The writer called @p name, or nullptr.
const ExportWriter *writer(const QString &name);
/// The writers' names joined by @p separator ("anx|graphml|gexf|csv").
QString writerNames(const QString &separator);

} // namespace dt::exports
