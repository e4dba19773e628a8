#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dt {

class Database;

/// One row of the append-only audit log.
struct AuditEntry
{
    qint64 seq = 0;
    QString timeUtc;
    QString actor;
    QString action;
    QString details; ///< compact JSON object
    QString prevHash;
    QString hash;
    QString root;      ///< the case's seal root after the action (hex); empty before schema 12
    QString signer;    ///< the Ed25519 public key that signed it (hex)
    QString signature; ///< Ed25519 over signedMessage() (hex)
};

/// Outcome of checking the chain: ok, or the first entry that breaks it and why.
struct AuditVerdict
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; ///< 0 when ok
    QString message;
    qint64 unsignedEntries = 0; ///< entries written before the case was sealed (schema 12)
    QStringList signers;        ///< public keys (hex) that signed entries, in order of first use
    QString lastRoot;           ///< the root of the last entry that holds one
};

/**
 * The case's append-only, hash-chained audit log. Each entry's hash is SHA-256 over its canonical
 * text (see canonicalText()) and the previous entry's hash, so altering, removing or reordering any
 * entry breaks every hash after it. The head (count and last hash) is mirrored in meta so that a
 * truncated tail is detected too. In a sealed case (schema 12) each entry also holds the case's
 * seal root after its action (case/seal.h) and is signed with the workstation key, so the chain
 * cannot be written again without that key.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(dt::AuditLog)
public:
    static constexpr const char *kGenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    /// Appends an entry. Joins the caller's transaction if one is open, else runs its own.
    bool append(const QString &action, const QJsonObject &details, QString *error = nullptr);
    /// Entries in order; @p limit <= 0 means all.
    QVector<AuditEntry> entries(qint64 limit = 0) const;
    qint64 count() const;
    AuditVerdict verify() const;

    /// The exact text that is hashed for @p e (documented in docs/case-file.md).
    static QByteArray canonicalText(const AuditEntry &e);
    static QString computeHash(const AuditEntry &e);
    /// The bytes an entry's signature covers: "dialtrace-audit/1\n" and its hash.
    static QByteArray signedMessage(const AuditEntry &e);

private:
    bool appendLocked(const QString &action, const QJsonObject &details, QString *error);
    Database &m_db;
};

} // namespace dt
