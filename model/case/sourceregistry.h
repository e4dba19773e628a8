#pragma once
#include "core/sha256.h"

#include <atomic>
#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dt {

class AuditLog;
class Database;

/// Kinds of source file a case holds.
enum class SourceKind { Calls, Leak, Complaints, Other };
QString sourceKindName(SourceKind kind);
std::optional<SourceKind> sourceKindFromName(const QString &name);

/// What the analyst (or an importer) says about a file being added to the case.
struct SourceRequest
{
    QString path; ///< the original file; opened read-only, never modified
    QString name; ///< display name; defaults to the file's base name without extension
    SourceKind kind = SourceKind::Other;
    QString format;      ///< detected or chosen reader, e.g. "cdr-csv"
    QString encoding;    ///< detected or chosen encoding, e.g. "GB18030"
    QJsonObject mapping; ///< field -> column
    QString timezone = QStringLiteral("Asia/Shanghai");
    qint64 clockOffsetSeconds = 0; ///< added to the file's times to correct its clock
    double clockDriftPpm = 0;      ///< a measured drift applied with it (docs/times.md)
    QString clockOffsetBasis;      ///< given | estimated | none; empty: not recorded
    QString dateOrder;             ///< ymd | dmy | mdy of the start column; empty: no times
    QString dateOrderBasis;        ///< unambiguous | inferred | given | default
    QJsonObject timesDetail;       ///< the figures behind both decisions
    QString acquired;              ///< YYYY-MM-DD the file was seized or the list acquired
    bool force = false;            ///< register even when a file with the same SHA-256 is already in the case
};

/// sources.times_detail key: a workbook's date system (1900 or 1904), by which its serial days were
/// read; absent for other files.
inline constexpr char kExcelDateSystemKey[] = "excel_date_system";

/// A registered source with its provenance.
struct SourceRecord
{
    qint64 id = 0;
    QString name, fileName, originalPath, sha256;
    qint64 size = 0;
    QString kind, format, encoding, mapping, timezone;
    qint64 clockOffsetSeconds = 0;
    double clockDriftPpm = 0;
    QString clockOffsetBasis, dateOrder, dateOrderBasis, timesDetail;
    QString acquired, analyst, host, registeredUtc;
    qint64 rowsAccepted = 0, rowsRejected = 0, duplicatesMerged = 0;
    bool forced = false;
};

/**
 * Provenance of every file in the case: name, size, streamed SHA-256, kind, format, encoding,
 * mapping, timezone, clock offset, analyst and time. Importers register inside their own
 * transaction so a failed import leaves no source behind.
 */
class SourceRegistry
{
    Q_DECLARE_TR_FUNCTIONS(dt::SourceRegistry)
public:
    SourceRegistry(Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    /// Hashes the file (streamed) and records it. Returns the new source id, or 0 with @p error set.
    /// Refuses a file whose SHA-256 is already registered unless request.force is set.
    qint64 registerSource(const SourceRequest &request, QString *error, const ProgressFn &progress = {},
                          const std::atomic_bool *cancel = nullptr);
    /// Same, with a digest the caller already computed while reading the file. @p id > 0 records the
    /// source under that id (an importer that wrote its rows under the id before the digest was ready).
    qint64 registerHashed(const SourceRequest &request, const QString &sha256, qint64 size, QString *error,
                          qint64 id = 0);
    bool setCounts(qint64 id, qint64 accepted, qint64 rejected, qint64 duplicatesMerged, QString *error);
    /// Replaces source @p id's times_detail (an import adds what it learned after the rows).
    bool setTimesDetail(qint64 id, const QJsonObject &detail, QString *error);

    QVector<SourceRecord> list() const;
    std::optional<SourceRecord> byId(qint64 id) const;
    std::optional<SourceRecord> bySha256(const QString &sha256) const;

private:
    QVector<SourceRecord> query(const QString &where, const QString &arg) const;
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace dt
