#pragma once
#include "case/sharedcalls.h"
#include "core/sha256.h"
#include "ingest/clockskew.h"
#include "ingest/fieldmap.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

// The import's vocabulary, shared by the readers, the row parsers and writers and the importer: the
// lowest header of ingest/ (it names nothing above it).
namespace dt::ingest {

/// The largest clock offset, either way: ten years (of 365.25 days). A clock further off than that
/// is a mistyped value, not a device's drift.
constexpr qint64 kMaxClockOffset = 315576000;

/// What the analyst says about a file to import; "auto" lets DialTrace decide.
struct ImportOptions
{
    QString kind = QStringLiteral("auto");   ///< calls | leak | complaints | auto
    QString source;                          ///< name; default: the file's base name
    QString format = QStringLiteral("auto"); ///< a format a reader lists (ReaderRegistry::formats()) or auto
    QString encoding = QStringLiteral("auto"); ///< UTF-8 | GB18030 | UTF-16LE | … | auto
    QString map;                               ///< field=Column,… overrides
    QString timezone;                          ///< of times written without one; empty: the case's zone
    /// Seconds added to the file's times (`--clock-offset`, 0 included; within ±kMaxClockOffset);
    /// unset: measured against the
    /// case's other sources and applied when the evidence is clear (docs/times.md).
    std::optional<qint64> clockOffset;
    /// Set by the import when it measured the file's clock and applies the measure (offset and
    /// drift), never by the analyst; wins over clockOffset.
    std::optional<ClockCorrection> measuredClock;
    QString dateOrder = QStringLiteral("auto"); ///< of year-last dates: ymd | dmy | mdy | auto
    QString acquired;                           ///< YYYY-MM-DD
    bool force = false;                         ///< import a file whose SHA-256 is already in the case
    QString region = QStringLiteral("CN");      ///< numbering plan for numbers without a country code
    /// Every row through the reference parser (decoded fields, CallParser::parse()), none parsed
    /// from its bytes, and xlsx sheets through the XML reader, not the byte scanner: the tests and
    /// benchmarks that hold the fast paths to the same results.
    bool referenceParse = false;
    QString owner; ///< phone databases: the device owner's number (default "owner:<source>"); HTML bills:
                   ///< the bill's own number (default: the one in the page's header block)

    /// The correction the row parsers apply to the file's times.
    ClockCorrection clockCorrection() const
    {
        return measuredClock ? *measuredClock : ClockCorrection{double(clockOffset.value_or(0)), 0, 0};
    }
};

/// How a file was understood before import: the preview the wizard shows and `import` records.
struct Layout
{
    QString kind, format, encoding, encodingHow;
    char delimiter = ',';
    bool header = false; ///< the first record is the header row (not data)
    QStringList headers;
    Mapping mapping;
    QVector<QStringList> preview; ///< first rows as decoded text
    QString reader;               ///< the registry's name of the reader that made this layout
    /// What only the reader that made the layout needs again to read the file (each reader names
    /// its keys in its header), so that a format adds no field here. Two keys are read by the row
    /// parsers too: kAppleEpoch and kExcelDateSystem.
    QVariantMap details;
    /// details key: numeric times count seconds from 2001-01-01 UTC (Apple's epoch), not 1970.
    static constexpr const char *kAppleEpoch = "appleEpoch";
    bool appleEpoch() const { return details.value(QLatin1String(kAppleEpoch)).toBool(); }
    /// details key, set by the workbook readers: the workbook's date system, 1900 or 1904 (the day
    /// its serial 0 stands for: 1899-12-30 in Excel's default system, 1904-01-01 in the other).
    static constexpr const char *kExcelDateSystem = "excelDateSystem";
    /// 1900 or 1904 for a workbook, 0 for any other file (its serials, if any, read as 1900's).
    int excelDateSystem() const { return details.value(QLatin1String(kExcelDateSystem)).toInt(); }
    bool excel1904() const { return excelDateSystem() == 1904; }
};

/// The outcome of one file's import (docs/cli.md).
struct ImportSummary
{
    QString file, source, kind, format, encoding;
    QString innerFile; ///< a compressed file's export (the one file inside), else empty
    qint64 sourceId = 0;
    qint64 accepted = 0, rejected = 0, duplicatesMerged = 0, repaired = 0, distinctNumbers = 0;
    qint64 legsGrouped = 0; ///< PBX rows stored as another leg of a call (also in duplicatesMerged)
    /// Rejected rows per kind of reason (RejectReason::kind(): the code without the values it quotes;
    /// at most 50 kinds, the rest counted together), in words through RejectReason::kindText().
    /// Each row's own reason is in rejected_rows.
    QMap<QString, qint64> rejectedByReason;
    qint64 firstTime = 0, lastTime = 0;    ///< UTC seconds, 0 when the kind has no times
    QList<QPair<QString, qint64>> phaseMs; ///< wall time of each phase (benchmarks, `import --timings`)
    /// The start column's date order and why (`ymd|dmy|mdy`, `unambiguous|inferred|given|default`),
    /// empty when the file has no times; its figures in dateOrderDetail (DateOrderResult::toJson()).
    QString dateOrder, dateOrderBasis;
    QJsonObject dateOrderDetail;
    /// A workbook's date system (1900 or 1904), by which its serial day numbers were read; 0 when
    /// the file is no workbook.
    int excelDateSystem = 0;
    /// The clock correction applied (seconds at clockReference, and drift) and on what basis:
    /// `given` (--clock-offset), `estimated` (measured and applied), `none` (nothing applied).
    qint64 clockOffset = 0;
    double clockDriftPpm = 0;
    QString clockOffsetBasis;
    QJsonObject clockDetail; ///< the estimate's figures (SkewEstimate::toJson()), empty when not measured
    /// Per other source of the case, the calls this file records too (merged into that source's
    /// call, after the clock correction); call logs only.
    QVector<SharedCallCount> sharedCalls;
    QStringList warnings; ///< doubts the analyst should check (an undecided date order, a zone mismatch)
    QJsonObject toJson() const;
};

} // namespace dt::ingest
