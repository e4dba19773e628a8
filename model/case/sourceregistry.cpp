#include "case/sourceregistry.h"

#include "case/auditlog.h"
#include "case/casefile.h"
#include "case/database.h"
#include "core/osuser.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <sqlite3.h>

namespace dt {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Calls:
        return QStringLiteral("calls");
    case SourceKind::Leak:
        return QStringLiteral("leak");
    case SourceKind::Complaints:
        return QStringLiteral("complaints");
    case SourceKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<SourceKind> sourceKindFromName(const QString &name)
{
    for (SourceKind k : {SourceKind::Calls, SourceKind::Leak, SourceKind::Complaints, SourceKind::Other}) {
        if (sourceKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

qint64 SourceRegistry::registerSource(const SourceRequest &request, QString *error,
                                      const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QFileInfo info(request.path);
    if (!info.isFile()) {
        if (error)
            *error = tr("%1: no such file").arg(request.path);
        return 0;
    }
    const QString digest = sha256OfFile(request.path, error, progress, cancel);
    if (digest.isEmpty())
        return 0;
    return registerHashed(request, digest, info.size(), error);
}

namespace {
// Empty but not null: a null QString binds as SQL NULL, which NOT NULL text columns refuse.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

qint64 SourceRegistry::registerHashed(const SourceRequest &request, const QString &sha256, qint64 size,
                                      QString *error, qint64 id)
{
    const QFileInfo info(request.path);
    if (const auto existing = bySha256(sha256); existing && !request.force) {
        if (error)
            *error =
                tr("%1: this file (SHA-256 %2) is already in the case as source #%3 \"%4\", registered %5 "
                   "by %6; use --force to add it again")
                    .arg(request.path, sha256.left(16) + QStringLiteral("…"))
                    .arg(existing->id)
                    .arg(existing->name,
                         CaseClock(CaseFile::timeZoneOf(m_db)).stampOfIso(existing->registeredUtc),
                         existing->analyst);
        return 0;
    }
    // Join the importer's transaction when there is one; otherwise make source + audit one unit.
    std::optional<Transaction> tx;
    if (sqlite3_get_autocommit(m_db.handle()))
        tx.emplace(m_db);
    SourceRecord r;
    r.name = request.name.isEmpty() ? info.completeBaseName() : request.name;
    r.fileName = info.fileName();
    r.originalPath = info.absoluteFilePath();
    r.sha256 = sha256;
    r.size = size;
    r.kind = sourceKindName(request.kind);
    r.format = nonNull(request.format);
    r.encoding = nonNull(request.encoding);
    r.mapping = QString::fromUtf8(QJsonDocument(request.mapping).toJson(QJsonDocument::Compact));
    r.timezone = request.timezone.isEmpty() ? QStringLiteral("Asia/Shanghai") : request.timezone;
    r.clockOffsetSeconds = request.clockOffsetSeconds;
    r.clockDriftPpm = request.clockDriftPpm;
    r.clockOffsetBasis = request.clockOffsetBasis;
    r.dateOrder = request.dateOrder;
    r.dateOrderBasis = request.dateOrderBasis;
    r.timesDetail = QString::fromUtf8(QJsonDocument(request.timesDetail).toJson(QJsonDocument::Compact));
    r.acquired = request.acquired;
    r.analyst = osUserName();
    r.host = hostName();
    r.registeredUtc = utcNowIso();
    r.forced = request.force;

    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO sources(name, file_name, original_path, sha256, size, kind, format, encoding, mapping, "
        "timezone, clock_offset, acquired, analyst, host, registered_utc, forced, id, clock_drift_ppm, "
        "clock_offset_basis, date_order, date_order_basis, times_detail) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, r.name).bind(2, r.fileName).bind(3, r.originalPath).bind(4, r.sha256).bind(5, r.size);
    st.bind(6, r.kind).bind(7, r.format).bind(8, r.encoding).bind(9, r.mapping).bind(10, r.timezone);
    st.bind(11, r.clockOffsetSeconds);
    if (r.acquired.isEmpty())
        st.bindNull(12);
    else
        st.bind(12, r.acquired);
    st.bind(13, r.analyst).bind(14, r.host).bind(15, r.registeredUtc).bind(16, r.forced ? 1 : 0);
    if (id > 0)
        st.bind(17, id);
    else
        st.bindNull(17); // a NULL INTEGER PRIMARY KEY: SQLite picks the next id
    st.bind(18, r.clockDriftPpm).bind(19, nonNull(r.clockOffsetBasis)).bind(20, nonNull(r.dateOrder));
    st.bind(21, nonNull(r.dateOrderBasis));
    st.bind(22, r.timesDetail);
    if (!st.exec()) {
        if (error)
            *error = tr("%1: cannot record the source: %2").arg(request.path, m_db.lastError());
        return 0;
    }
    r.id = m_db.lastInsertId();
    QJsonObject details{{QStringLiteral("source_id"), r.id},  {QStringLiteral("name"), r.name},
                        {QStringLiteral("file"), r.fileName}, {QStringLiteral("sha256"), r.sha256},
                        {QStringLiteral("size"), r.size},     {QStringLiteral("kind"), r.kind}};
    if (r.forced)
        details.insert(QStringLiteral("forced_duplicate"), true);
    if (!m_audit.append(QStringLiteral("register-source"), details, error))
        return 0;
    if (tx && !tx->commit()) {
        if (error)
            *error = m_db.lastError();
        return 0;
    }
    return r.id;
}

bool SourceRegistry::setCounts(qint64 id, qint64 accepted, qint64 rejected, qint64 duplicatesMerged,
                               QString *error)
{
    Statement st = m_db.prepare(QStringLiteral(
        "UPDATE sources SET rows_accepted = ?, rows_rejected = ?, duplicates_merged = ? WHERE id = ?"));
    st.bind(1, accepted).bind(2, rejected).bind(3, duplicatesMerged).bind(4, id);
    if (!st.exec()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool SourceRegistry::setTimesDetail(qint64 id, const QJsonObject &detail, QString *error)
{
    Statement st = m_db.prepare(QStringLiteral("UPDATE sources SET times_detail = ? WHERE id = ?"));
    st.bind(1, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))).bind(2, id);
    if (!st.exec()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

QVector<SourceRecord> SourceRegistry::query(const QString &where, const QString &arg) const
{
    QVector<SourceRecord> out;
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT id, name, file_name, original_path, sha256, size, kind, format, encoding, mapping, "
            "timezone, clock_offset, acquired, analyst, host, registered_utc, rows_accepted, "
            "rows_rejected, duplicates_merged, forced, clock_drift_ppm, clock_offset_basis, date_order, "
            "date_order_basis, times_detail FROM sources ") +
        where + QStringLiteral(" ORDER BY id"));
    if (!arg.isNull())
        st.bind(1, arg);
    while (st.step()) {
        SourceRecord r;
        r.id = st.int64(0);
        r.name = st.text(1);
        r.fileName = st.text(2);
        r.originalPath = st.text(3);
        r.sha256 = st.text(4);
        r.size = st.int64(5);
        r.kind = st.text(6);
        r.format = st.text(7);
        r.encoding = st.text(8);
        r.mapping = st.text(9);
        r.timezone = st.text(10);
        r.clockOffsetSeconds = st.int64(11);
        r.acquired = st.text(12);
        r.analyst = st.text(13);
        r.host = st.text(14);
        r.registeredUtc = st.text(15);
        r.rowsAccepted = st.int64(16);
        r.rowsRejected = st.int64(17);
        r.duplicatesMerged = st.int64(18);
        r.forced = st.int64(19) != 0;
        r.clockDriftPpm = st.real(20);
        r.clockOffsetBasis = st.text(21);
        r.dateOrder = st.text(22);
        r.dateOrderBasis = st.text(23);
        r.timesDetail = st.text(24);
        out.push_back(std::move(r));
    }
    return out;
}

QVector<SourceRecord> SourceRegistry::list() const
{
    return query(QString(), QString());
}

std::optional<SourceRecord> SourceRegistry::byId(qint64 id) const
{
    const auto rows = query(QStringLiteral("WHERE id = ?"), QString::number(id));
    return rows.isEmpty() ? std::nullopt : std::optional<SourceRecord>(rows.front());
}

std::optional<SourceRecord> SourceRegistry::bySha256(const QString &sha256) const
{
    const auto rows = query(QStringLiteral("WHERE sha256 = ?"), sha256);
    return rows.isEmpty() ? std::nullopt : std::optional<SourceRecord>(rows.front());
}

} // namespace dt
