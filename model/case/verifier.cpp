#include "case/verifier.h"

#include "case/callstore.h"

#include "case/casefile.h"

#include <algorithm>
#include <QJsonArray>

namespace dt {

QJsonObject VerifyResult::toJson() const
{
    QJsonArray arr;
    for (const auto &c : checks)
        arr.append(QJsonObject{{QStringLiteral("check"), c.name},
                               {QStringLiteral("ok"), c.ok},
                               {QStringLiteral("message"), c.message}});
    QJsonObject o{
        {QStringLiteral("path"), path}, {QStringLiteral("ok"), ok}, {QStringLiteral("checks"), arr}};
    if (brokenAuditSeq > 0)
        o.insert(QStringLiteral("first_broken_audit_entry"), brokenAuditSeq);
    return o;
}

VerifyResult CaseVerifier::verify(const QString &path)
{
    VerifyResult r;
    r.path = path;
    QString error;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        r.checks.push_back({QStringLiteral("open"), false, error});
        return r;
    }
    Database &db = cf->db();

    {
        QStringList problems;
        Statement st = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        while (st.step())
            problems << st.text(0);
        const bool ok = st.ok() && problems == QStringList{QStringLiteral("ok")};
        r.checks.push_back(
            {QStringLiteral("sqlite_integrity"), ok,
             ok ? tr("SQLite integrity check passed")
                : tr("SQLite integrity check failed: %1")
                      .arg(st.ok() ? problems.mid(0, 5).join(QStringLiteral("; ")) : db.lastError())});
    }
    {
        Statement st = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        qint64 n = 0;
        QString first;
        while (st.step()) {
            if (n++ == 0)
                first = tr("table %1 row %2 refers to a missing %3 row")
                            .arg(st.text(0))
                            .arg(st.int64(1))
                            .arg(st.text(2));
        }
        r.checks.push_back({QStringLiteral("foreign_keys"), n == 0,
                            n == 0 ? tr("every reference resolves")
                                   : tr("%n broken reference(s); first: %1", nullptr, int(n)).arg(first)});
    }
    {
        qint64 calls = 0;
        QString problem;
        const bool ok = callstore::check(db, &calls, &problem);
        r.checks.push_back({QStringLiteral("call_store"), ok,
                            ok ? tr("%n call(s) in their blocks, each number's calls listed", nullptr, int(std::min<qint64>(calls, INT_MAX)))
                               : problem});
    }
    {
        const AuditVerdict v = cf->audit().verify();
        r.brokenAuditSeq = v.firstBrokenSeq;
        r.checks.push_back(
            {QStringLiteral("audit_chain"), v.ok,
             v.ok ? tr("%n audit entries, hash chain intact", nullptr, int(v.entries)) : v.message});
    }
    {
        const qint64 guards =
            db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND "
                                     "name IN ('audit_log_no_update','audit_log_no_delete')"),
                      0)
                .toLongLong();
        r.checks.push_back({QStringLiteral("audit_guards"), guards == 2,
                            guards == 2 ? tr("append-only guards in place")
                                        : tr("the audit log's append-only guards were removed")});
    }
    r.ok = std::all_of(r.checks.cbegin(), r.checks.cend(), [](const VerifyCheck &c) { return c.ok; });
    return r;
}

} // namespace dt
