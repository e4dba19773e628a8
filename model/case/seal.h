#pragma once
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dt {
class Database;
class SigningKey;
} // namespace dt

namespace dt::seal {

/// The signed record of the case's present state: its root digest, after which audit entry.
struct Head
{
    QString root; ///< hex, 64 digits
    qint64 auditSeq = 0;
    QString auditHash; ///< that entry's hash
    QString timeUtc;
    QString signer;    ///< public key, hex
    QString signature; ///< Ed25519 over message(), hex
    /// The bytes signed: "dialtrace-seal/1", root, audit seq, audit hash and time, one a line.
    QByteArray message() const;
};

/// What Seal::verify() found.
struct SealVerdict
{
    bool sealed = false;    ///< the case has a seal (schema 12)
    bool ok = false;        ///< every digest recomputed matches the signed root
    QString problem;        ///< the seal itself is broken (signature, binding, its records), or empty
    QStringList changes;    ///< each difference found, naming the table, source or run, and rows
    qint64 changeCount = 0; ///< changes found (the list stops after a few dozen)
    qint64 groups = 0, rows = 0;
    std::optional<Head> head;
    /// The case was first sealed by its upgrade from this schema (before 12), or 0: rows it held
    /// then are vouched for by that upgrade, not by the import that wrote them.
    int sealedAtUpgradeFrom = 0;
    QString sealedAtUpgradeUtc; ///< when (ISO 8601, UTC), with sealedAtUpgradeFrom
};

/**
 * The case's seal (schema 12): content digests over every table that holds evidence or a
 * conclusion (sealtables.h), kept in `seal_chunks` (chunks of rows: count, SHA-256, and a sketch that
 * names a single changed row) and `seal_groups` (per table and source or analysis run: a digest over
 * its chunks), and a root digest over the groups. Each audit entry holds the root after its action
 * and is signed with the workstation key (AuditLog); `seal_head` holds the present root, signed
 * and bound to the last audit entry, so that a change that is no audit event (the link chart's
 * saved state) is sealed too. docs/case-file.md describes the format; Verifier (sealverify.cpp)
 * recomputes it all.
 *
 * Kept up to date incrementally: an action digests only what it added or changed. Rows appended by
 * id are digested from the connection's journal (sealjournal.h) as they were written, else read back
 * by id; small tables whose rows change (sources, runs, notes, tags, meta, ...) are digested whole.
 */
class Seal
{
    Q_DECLARE_TR_FUNCTIONS(dt::seal::Seal)
public:
    /// Whether the case has a seal (schema 12 and later).
    static bool isSealed(Database &db);
    /// Brings the digests up to date with what this connection wrote, inside the caller's
    /// transaction; sets @p root (32 bytes). False with @p error set on an SQLite error, or when rows
    /// it would seal were changed outside DialTrace.
    static bool refresh(Database &db, QByteArray *root, QString *error);
    /// Records @p root as the present state, after audit entry @p seq with hash @p hash, signed by @p key.
    static bool writeHead(Database &db, const QByteArray &root, qint64 seq, const QString &hash,
                          const SigningKey &key, QString *error);
    /// refresh() and writeHead() after the last audit entry: for a change that is not an audit event.
    static bool commit(Database &db, QString *error);
    static std::optional<Head> head(Database &db);
    /// The root over the stored groups (what refresh() last made, unless someone changed them).
    static QByteArray storedRoot(Database &db);
    /**
     * The checks that cost little, for a case about to be written: the head's signature, the stored
     * digests against the root, the small tables recomputed, no row appended or removed at the end of
     * the others. A case that fails them was changed outside DialTrace, and what DialTrace would
     * write next must not seal that change in: @p why says what differs.
     */
    static bool checkUnchanged(Database &db, QString *why);
    /**
     * Recomputes every digest from the case's rows and compares them with the seal, its records
     * with its signed root, and the root's signature and place after the last audit entry. Reads
     * every sealed row once (about a second for a 10M-call case). Never writes.
     */
    static SealVerdict verify(Database &db);
};

/// Whether the call store's block at call @p first of @p source, whose row digests to @p digest, is as it was
/// sealed, or as this connection wrote it in its open transaction.
bool blockUnchanged(Database &db, qint64 first, qint64 source, const QByteArray &digest);

} // namespace dt::seal
