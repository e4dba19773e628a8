#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dt {

/// One check `verify` made, with its outcome.
struct VerifyCheck
{
    QString name; ///< stable identifier: "sqlite_integrity", "foreign_keys", "audit_chain", "seal", ...
    bool ok = false;
    QString message; ///< what was found, naming the first broken item
};

/// A key that signed the case (audit entries or its seal), and whether this reader trusts it.
struct CaseSigner
{
    QString publicKey; ///< hex
    QString fingerprint;
    bool trusted = false;
    QString trustedAs; ///< the name it is trusted under, and where
};

/// The verdict `verify` gives: intact and signed by trusted keys, intact but signed by a key not
/// trusted here, or changed (whatever the keys).
enum class Trust { Trusted, UntrustedKey, Broken };
QString trustWord(Trust t); ///< "trusted", "untrusted key", "broken" (stable, in JSON)

struct VerifyResult
{
    bool ok = false; ///< every check passed: nothing was changed outside DialTrace
    Trust trust = Trust::Broken;
    QString path;
    QVector<VerifyCheck> checks;
    qint64 brokenAuditSeq = 0; ///< first broken audit entry, 0 when the chain is intact
    QStringList changes;       ///< what the seal found changed (table, source or run, rows)
    qint64 changeCount = 0;
    QString root; ///< the case's signed root (hex), when sealed
    /// The case was first sealed by its upgrade from this schema (before 12), or 0; and when (UTC).
    int sealedAtUpgradeFrom = 0;
    QString sealedAtUpgradeUtc;
    QVector<CaseSigner> signers;
    QJsonObject toJson() const;
};

/**
 * Checks a case file without changing it: SQLite's integrity_check and foreign_key_check, the call
 * store (callstore::check), the audit log's hash chain, head and signatures, the append-only guards,
 * and the seal: every digest recomputed from the rows (case/seal.h), naming what changed outside
 * DialTrace. Then whether the keys that signed it are trusted here (core/trustedkeys.h).
 * Opens its own read-only connection, so it runs while another process writes the case.
 */
class CaseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(dt::CaseVerifier)
public:
    static VerifyResult verify(const QString &path);
};

} // namespace dt
