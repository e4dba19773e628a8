#pragma once
#include "core/sha256.h"
#include "ingest/fieldmap.h"

#include <atomic>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace dt {
class CaseFile;
class Database;
} // namespace dt

namespace dt::ingest {

/// What the analyst says about a file to import; "auto" lets DialTrace decide.
struct ImportOptions
{
    QString kind = QStringLiteral("auto");   ///< calls | leak | complaints | auto
    QString source;                          ///< name; default: the file's base name
    QString format = QStringLiteral("auto"); ///< delimited | carrier-cdr | asterisk-master-csv | xlsx | auto
    QString encoding = QStringLiteral("auto"); ///< UTF-8 | GB18030 | UTF-16LE | … | auto
    QString map;                               ///< field=Column,… overrides
    QString timezone;                          ///< of times written without one; empty: the case's zone
    qint64 clockOffset = 0;                ///< seconds added to the file's times
    QString acquired;                      ///< YYYY-MM-DD
    bool force = false;                    ///< import a file whose SHA-256 is already in the case
    QString region = QStringLiteral("CN"); ///< numbering plan for numbers without a country code
    QString owner; ///< phone databases: the device owner's number (default "owner:<source>"); HTML bills:
                   ///< the bill's own number (default: the one in the page's header block)
};

/// How a file was understood before import: the preview the wizard shows and `import` records.
struct Layout
{
    QString kind, format, encoding, encodingHow;
    char delimiter = ',';
    bool header = false;
    QStringList headers;
    Mapping mapping;
    QVector<QStringList> preview; ///< first rows as decoded text
    bool appleEpoch = false;      ///< times are seconds since 2001-01-01 (iOS)
    bool html = false;            ///< an HTML page: rows come from its table of records (HtmlReader)
    int uniqueIdColumn = -1, linkedIdColumn = -1, channelColumn = -1; ///< PBX logs: a call's rows (legs)
};

/// The outcome of one file's import (docs/cli.md).
struct ImportSummary
{
    QString file, source, kind, format, encoding;
    qint64 sourceId = 0;
    qint64 accepted = 0, rejected = 0, duplicatesMerged = 0, repaired = 0, distinctNumbers = 0;
    qint64 legsGrouped = 0; ///< PBX rows stored as another leg of a call (also in duplicatesMerged)
    QMap<QString, qint64> rejectedByReason;
    qint64 firstTime = 0, lastTime = 0;    ///< UTC seconds, 0 when the kind has no times
    QList<QPair<QString, qint64>> phaseMs; ///< wall time of each phase (benchmarks, `import --timings`)
    QJsonObject toJson() const;
};

/**
 * The connection settings a bulk import wants, held while the object lives and restored after: no
 * per-row foreign-key checks (every reference an import writes points at a row it just looked up or
 * inserted; `verify` checks them all) and index sorts through temporary files (with the case's
 * temp_store = MEMORY, SQLite's sorter kept its runs in the heap, and the two call indexes over 10M
 * rows took 34 s instead of 25 s). Both pragmas only take effect outside a transaction: made inside
 * one, it changes nothing, and the transaction's owner is expected to hold its own.
 */
class BulkImportSettings
{
public:
    explicit BulkImportSettings(Database &db);
    ~BulkImportSettings();
    BulkImportSettings(const BulkImportSettings &) = delete;
    BulkImportSettings &operator=(const BulkImportSettings &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

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

    /// Looks at the start of a file and says how it would be imported.
    static bool sniff(const QString &path, const ImportOptions &options, Layout *layout, QString *error);
    bool importFile(const QString &path, const ImportOptions &options, ImportSummary *summary, QString *error,
                    const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    CaseFile &m_case;
};

} // namespace dt::ingest
