#include "case/auditlog.h"

#include "case/database.h"
#include "case/seal.h"
#include "core/osuser.h"
#include "core/sha256.h"
#include "core/signingkey.h"

#include <QJsonDocument>
#include <sqlite3.h>

namespace dt {

namespace {

// Columns: seq, time_utc, actor, action, details, prev_hash, hash (+ root, signer, signature).
AuditEntry readEntry(const Statement &st)
{
    AuditEntry e;
    e.seq = st.int64(0);
    e.timeUtc = st.text(1);
    e.actor = st.text(2);
    e.action = st.text(3);
    e.details = st.text(4);
    e.prevHash = st.text(5);
    e.hash = st.text(6);
    if (st.columnCount() > 7) {
        e.root = st.text(7);
        e.signer = st.text(8);
        e.signature = st.text(9);
    }
    return e;
}

/// The columns to read: the seal's three from schema 12 on.
QString selectEntries(Database &db)
{
    const bool signedLog =
        db.scalar(
              QStringLiteral("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'signature'"),
              0)
            .toInt() > 0;
    return QStringLiteral("SELECT seq, time_utc, actor, action, details, prev_hash, hash%1 FROM audit_log ")
        .arg(signedLog ? QStringLiteral(", root, signer, signature") : QString());
}

} // namespace

QByteArray AuditLog::canonicalText(const AuditEntry &e)
{
    // One field per line, in a fixed order; details is already compact JSON with sorted keys. A
    // sealed case's entries add the root and the key that signs them (docs/case-file.md).
    QByteArray text;
    text += QByteArray::number(e.seq) + '\n';
    text += e.timeUtc.toUtf8() + '\n';
    text += e.actor.toUtf8() + '\n';
    text += e.action.toUtf8() + '\n';
    text += e.details.toUtf8() + '\n';
    text += e.prevHash.toUtf8();
    if (!e.root.isEmpty())
        text += '\n' + e.root.toLatin1() + '\n' + e.signer.toLatin1();
    return text;
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    return sha256Hex(canonicalText(e));
}

QByteArray AuditLog::signedMessage(const AuditEntry &e)
{
    return QByteArrayLiteral("dialtrace-audit/1\n") + e.hash.toLatin1();
}

bool AuditLog::append(const QString &action, const QJsonObject &details, QString *error)
{
    if (!sqlite3_get_autocommit(m_db.handle()))
        return appendLocked(action, details, error);
    Transaction tx(m_db);
    if (!tx.isActive() || !appendLocked(action, details, error) || !tx.commit()) {
        if (error && error->isEmpty())
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool AuditLog::appendLocked(const QString &action, const QJsonObject &details, QString *error)
{
    QString why;
    AuditEntry e;
    Statement last =
        m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (last.step()) {
        e.seq = last.int64(0) + 1;
        e.prevHash = last.text(1);
    } else {
        e.seq = 1;
        e.prevHash = QString::fromLatin1(kGenesisHash);
    }
    e.timeUtc = utcNowIso();
    e.actor = osUserName() + QLatin1Char('@') + hostName();
    e.action = action;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));

    // A sealed case: the digests brought up to date with the action, their root in the entry, the
    // entry signed.
    const bool sealed = seal::Seal::isSealed(m_db);
    const SigningKey *key = nullptr;
    QByteArray root;
    if (sealed) {
        key = SigningKey::workstation(&why);
        if (!key || !seal::Seal::refresh(m_db, &root, &why)) {
            if (error)
                *error = tr("Cannot seal the case after '%1': %2").arg(action, why);
            return false;
        }
        e.root = QString::fromLatin1(root.toHex());
        e.signer = key->publicKeyHex();
    }
    e.hash = computeHash(e);
    if (sealed)
        e.signature = QString::fromLatin1(key->sign(signedMessage(e)).toHex());

    Statement ins = m_db.prepare(
        sealed
            ? QStringLiteral("INSERT INTO audit_log(seq, time_utc, actor, action, details, prev_hash, hash, "
                             "root, signer, signature) VALUES(?,?,?,?,?,?,?,?,?,?)")
            : QStringLiteral("INSERT INTO audit_log(seq, time_utc, actor, action, details, prev_hash, hash) "
                             "VALUES(?,?,?,?,?,?,?)"));
    ins.bind(1, e.seq).bind(2, e.timeUtc).bind(3, e.actor).bind(4, e.action).bind(5, e.details);
    ins.bind(6, e.prevHash).bind(7, e.hash);
    if (sealed)
        ins.bind(8, e.root).bind(9, e.signer).bind(10, e.signature);
    Statement head = m_db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('audit_head', ?) "
                                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    head.bind(1, QString::number(e.seq) + QLatin1Char(':') + e.hash);
    if (!ins.exec() || !head.exec() ||
        (sealed && !seal::Seal::writeHead(m_db, root, e.seq, e.hash, *key, &why))) {
        if (error)
            *error = tr("Cannot append to the audit log: %1").arg(why.isEmpty() ? m_db.lastError() : why);
        return false;
    }
    return true;
}

QVector<AuditEntry> AuditLog::entries(qint64 limit) const
{
    QVector<AuditEntry> out;
    QString sql = selectEntries(m_db) + QStringLiteral("ORDER BY seq");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Statement st = m_db.prepare(sql);
    while (st.step()) {
        AuditEntry e = readEntry(st);
        out.push_back(std::move(e));
    }
    return out;
}

qint64 AuditLog::count() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"), 0).toLongLong();
}

AuditVerdict AuditLog::verify() const
{
    AuditVerdict v;
    QString prev = QString::fromLatin1(kGenesisHash);
    qint64 expectedSeq = 1;
    bool sealing = false; // from the first entry holding a root on, every entry must be signed
    Statement st = m_db.prepare(selectEntries(m_db) + QStringLiteral("ORDER BY seq"));
    auto fail = [&v](qint64 seq, const QString &why) {
        v.ok = false;
        v.firstBrokenSeq = seq;
        v.message = why;
        return v;
    };
    while (st.step()) {
        AuditEntry e = readEntry(st);
        ++v.entries;
        if (e.seq != expectedSeq)
            return fail(expectedSeq,
                        tr("audit entry %1 is missing (the next entry is %2)").arg(expectedSeq).arg(e.seq));
        if (e.prevHash != prev)
            return fail(e.seq,
                        tr("audit entry %1 (%2 at %3) does not follow entry %4: previous-hash link broken")
                            .arg(e.seq)
                            .arg(e.action, e.timeUtc)
                            .arg(e.seq - 1));
        if (computeHash(e) != e.hash)
            return fail(e.seq,
                        tr("audit entry %1 (%2 at %3) was altered: its content no longer matches its hash")
                            .arg(e.seq)
                            .arg(e.action, e.timeUtc));
        if (!e.root.isEmpty()) {
            sealing = true;
            const QByteArray key = QByteArray::fromHex(e.signer.toLatin1());
            if (!SigningKey::verify(key, signedMessage(e), QByteArray::fromHex(e.signature.toLatin1())))
                return fail(e.seq,
                            tr("audit entry %1 (%2 at %3) is not signed by the key it names: the audit "
                               "log was written again without that key")
                                .arg(e.seq)
                                .arg(e.action, e.timeUtc));
            if (!v.signers.contains(e.signer))
                v.signers << e.signer;
            v.lastRoot = e.root;
        } else if (sealing) {
            return fail(e.seq, tr("audit entry %1 (%2 at %3) is not signed, though the entries before it are")
                                   .arg(e.seq)
                                   .arg(e.action, e.timeUtc));
        } else {
            ++v.unsignedEntries;
        }
        prev = e.hash;
        ++expectedSeq;
    }
    if (!st.ok())
        return fail(expectedSeq, tr("the audit log cannot be read: %1").arg(m_db.lastError()));

    const QString head =
        m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key='audit_head'")).toString();
    const QString expectedHead =
        v.entries == 0 ? QString() : QString::number(v.entries) + QLatin1Char(':') + prev;
    if (head != expectedHead)
        return fail(v.entries + 1,
                    tr("the audit log ends at entry %1 but the case recorded its head as '%2': "
                       "entries were removed from the end")
                        .arg(v.entries)
                        .arg(head));
    return v;
}

} // namespace dt
