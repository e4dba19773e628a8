#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dt {

/// One check `verify` made, with its outcome.
struct VerifyCheck
{
    QString name; ///< stable identifier: "sqlite_integrity", "foreign_keys", "audit_chain", ...
    bool ok = false;
    QString message; ///< what was found, naming the first broken item
};

struct VerifyResult
{
    bool ok = false;
    QString path;
    QVector<VerifyCheck> checks;
    qint64 brokenAuditSeq = 0; ///< first broken audit entry, 0 when the chain is intact
    QJsonObject toJson() const;
};

/**
 * Checks a case file without changing it: SQLite's integrity_check and foreign_key_check, the call
 * store (callstore::check), the audit log's hash chain and head, and that the append-only guards
 * are still in place.
 * Opens its own read-only connection, so it runs while another process writes the case.
 */
class CaseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(dt::CaseVerifier)
public:
    static VerifyResult verify(const QString &path);
};

} // namespace dt
