#pragma once
#include "ingest/bulkload.h"
#include "ingest/importtypes.h"

#include <atomic>
#include <QCoreApplication>
#include <QString>

namespace dt {
class CaseFile;
} // namespace dt

namespace dt::ingest {

/**
 * Imports one file into a case in one transaction: detection (encoding, format, kind, mapping),
 * value parsing, number normalisation into the case's dictionary, deduplication (the same call seen
 * from both parties, or in another source after clock correction), rejected rows kept with line,
 * reason and raw bytes, provenance and an audit entry. Cancel, error or a crash leave the case as it was.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::Importer)
public:
    explicit Importer(CaseFile &cf)
        : m_case(cf)
    {}

    /// Looks at the start of a file and says how it would be imported (ReaderRegistry::sniff()).
    static bool sniff(const QString &path, const ImportOptions &options, Layout *layout, QString *error);
    bool importFile(const QString &path, const ImportOptions &options, ImportSummary *summary, QString *error,
                    const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    CaseFile &m_case;
};

} // namespace dt::ingest
