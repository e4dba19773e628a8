#include "case/auditlog.h"

#include "case/database.h"
#include "core/osuser.h"
#include "core/sha256.h"

#include <QJsonDocument>
#include <sqlite3.h>

namespace dt {

namespace {
// Columns: seq, time_utc, actor, action, details, prev_hash, hash.
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
    return e;
}
} // namespace

QByteArray AuditLog::canonicalText(const AuditEntry &e)
{
    // One field per line, in a fixed order; details is already compact JSON with sorted keys.
    QByteArray text;
    text += QByteArray::number(e.seq) + '\n';
    text += e.timeUtc.toUtf8() + '\n';
    text += e.actor.toUtf8() + '\n';
    text += e.action.toUtf8() + '\n';
    text += e.details.toUtf8() + '\n';
    text += e.prevHash.toUtf8();
    return text;
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    return sha256Hex(canonicalText(e));
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
    e.hash = computeHash(e);

    Statement ins = m_db.prepare(QStringLiteral("INSERT INTO audit_log(seq, time_utc, actor, action, "
                                                "details, prev_hash, hash) VALUES(?,?,?,?,?,?,?)"));
    ins.bind(1, e.seq).bind(2, e.timeUtc).bind(3, e.actor).bind(4, e.action).bind(5, e.details);
    ins.bind(6, e.prevHash).bind(7, e.hash);
    Statement head = m_db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('audit_head', ?) "
                                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    head.bind(1, QString::number(e.seq) + QLatin1Char(':') + e.hash);
    if (!ins.exec() || !head.exec()) {
        if (error)
            *error = tr("Cannot append to the audit log: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

QVector<AuditEntry> AuditLog::entries(qint64 limit) const
{
    QVector<AuditEntry> out;
    QString sql =
        QStringLiteral("SELECT seq, time_utc, actor, action, details, prev_hash, hash FROM audit_log "
                       "ORDER BY seq");
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
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT seq, time_utc, actor, action, details, prev_hash, hash FROM audit_log ORDER BY seq"));
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
