#pragma once
#include "core/sha256.h"

#include <atomic>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dt::sample {

/// The sample world's time zone: its files write local times of this zone, and its case is made in it.
/// The generator counts days of 86400 s, which holds because the zone has had no daylight saving since 1991.
inline constexpr const char kWorldZone[] = "Asia/Shanghai";

struct SampleDetail;

/// How big a sample investigation to write.
struct SampleOptions
{
    quint64 seed = 1;
    QString scale = QStringLiteral("small"); ///< small | medium | large | a number of calls
    qint64 targetCalls = 12000;
    int days = 10;
    quint64 population = 8000;
    /// Truth ids of the actors to include (OP1 … OP5, TRAP-COURIER, TRAP-BANK, SOCIAL); empty: all.
    QStringList actors;
    /// "default", or "hard": adds a human call centre, a rotating operator without device data, a
    /// second buyer of one list and legitimate bulk callers of the public (docs/sample-truth.md).
    QString variant = QStringLiteral("default");
    bool hard() const { return variant == QLatin1String("hard"); }

    /// Parses "small", "medium", "large" or a call count (>= 1000). Returns false with @p error set.
    bool setScale(const QString &scale, QString *error);
};

/// What was written.
struct SampleSummary
{
    QStringList files;
    qint64 calls = 0, cdrRows = 0, pbxRows = 0, leakRows = 0, complaints = 0;
    double seconds = 0;
};

/**
 * Writes a complete synthetic investigation into a folder, in the formats investigators receive
 * (carrier CDR, Asterisk Master.csv with a wrong clock, leaked lists in several layouts and
 * encodings including xlsx, a 12321-style complaints file), plus truth.json (docs/sample-truth.md).
 * Deterministic for a seed; calls are generated and written one day at a time, so memory stays
 * bounded by a day's traffic whatever the scale.
 */
class SampleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(dt::sample::SampleGenerator)
public:
    /// Fills @p detail (when not null) during the next generate(): what exercises check answers against.
    void setDetail(SampleDetail *detail) { m_detail = detail; }
    bool generate(const QString &dir, const SampleOptions &options, SampleSummary *summary, QString *error,
                  const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    SampleDetail *m_detail = nullptr;
};

} // namespace dt::sample
