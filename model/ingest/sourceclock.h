#pragma once
#include "case/sharedcalls.h"
#include "case/sourceregistry.h"
#include "ingest/clockskew.h"

#include <atomic>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dt {
class CaseFile;
}

namespace dt::ingest {

/**
 * The clock of a call log already in the case (`dialtrace-cli skew`): what its import applied and
 * recorded, and the offset measured again now from its original file against the calls the case's
 * other sources record (docs/times.md), with the calls it shares with each of them.
 */
struct SourceClock
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::SourceClock)
public:
    SourceRecord source;
    /// A correction is in the source's stored times (estimated at import, or given and not 0).
    bool applied = false;
    QJsonObject recorded;                 ///< the import's estimate (times_detail.clock), empty if none
    std::optional<SkewEstimate> measured; ///< the estimate made now, when the file could be read
    QString notMeasured;                  ///< why there is no estimate now (file gone or changed, …)
    QVector<SharedCallCount> shared;      ///< calls this source shares with each other source
    /// The JSON of `skew --json` (docs/cli.md).
    QJsonObject toJson() const;
    /// A few lines for people, in the UI's language.
    QString text() const;
};

/**
 * Finds the source named @p ref (its id, "#id" or its name) in @p cf and measures its clock again
 * from the file at its original path, when that file still has the SHA-256 recorded at import.
 * False with @p error when there is no such source or it is not a call log.
 */
bool measureSourceClock(CaseFile &cf, const QString &ref, SourceClock *out, QString *error,
                        const std::atomic_bool *cancel = nullptr);

} // namespace dt::ingest
