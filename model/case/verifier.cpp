#include "case/verifier.h"

#include "case/callstore.h"
#include "case/casefile.h"
#include "case/seal.h"
#include "core/signingkey.h"
#include "core/trustedkeys.h"

#include <algorithm>
#include <climits>
#include <QJsonArray>

namespace dt {

QString trustWord(Trust t)
{
    switch (t) {
    case Trust::Trusted:
        return QStringLiteral("trusted");
    case Trust::UntrustedKey:
        return QStringLiteral("untrusted key");
    case Trust::Broken:
        break;
    }
    return QStringLiteral("broken");
}

QJsonObject VerifyResult::toJson() const
{
    QJsonArray arr;
    for (const auto &c : checks)
        arr.append(QJsonObject{{QStringLiteral("check"), c.name},
                               {QStringLiteral("ok"), c.ok},
                               {QStringLiteral("message"), c.message}});
    QJsonArray keys;
    for (const auto &s : signers)
        keys.append(QJsonObject{{QStringLiteral("public_key"), s.publicKey},
                                {QStringLiteral("fingerprint"), s.fingerprint},
                                {QStringLiteral("trusted"), s.trusted}});
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("verdict"), trustWord(trust)},
                  {QStringLiteral("checks"), arr},
                  {QStringLiteral("signers"), keys},
                  {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}};
    if (!root.isEmpty())
        o.insert(QStringLiteral("root"), root);
    if (sealedAtUpgradeFrom > 0)
        o.insert(QStringLiteral("sealed_at_upgrade"),
                 QJsonObject{{QStringLiteral("from_schema"), sealedAtUpgradeFrom},
                             {QStringLiteral("time_utc"), sealedAtUpgradeUtc}});
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
                            ok ? tr("%n call(s) in their blocks, each number's calls listed", nullptr,
                                    int(std::min<qint64>(calls, INT_MAX)))
                               : problem});
    }
    QStringList signerKeys;
    {
        const AuditVerdict v = cf->audit().verify();
        r.brokenAuditSeq = v.firstBrokenSeq;
        signerKeys = v.signers;
        QString message;
        if (!v.ok)
            message = v.message;
        else if (v.unsignedEntries > 0 && v.unsignedEntries < v.entries)
            message =
                tr("%n audit entries, hash chain intact; entries %1 on signed (those before were written "
                   "before cases were sealed)",
                   nullptr, int(v.entries))
                    .arg(v.unsignedEntries + 1);
        else if (v.unsignedEntries > 0)
            message = tr("%n audit entries, hash chain intact, none signed", nullptr, int(v.entries));
        else
            message = tr("%n audit entries, hash chain intact, each signed", nullptr, int(v.entries));
        r.checks.push_back({QStringLiteral("audit_chain"), v.ok, message});
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
    {
        const seal::SealVerdict s = seal::Seal::verify(db);
        r.changes = s.changes;
        r.changeCount = s.changeCount;
        if (s.head) {
            r.root = s.head->root;
            if (!signerKeys.contains(s.head->signer))
                signerKeys << s.head->signer;
        }
        QString message;
        if (s.ok) {
            message = tr("%1 rows in %2 groups match the signed root %3")
                          .arg(s.rows)
                          .arg(s.groups)
                          .arg(r.root.left(16));
        } else {
            QStringList parts;
            if (!s.problem.isEmpty())
                parts << s.problem;
            if (s.changeCount > 0)
                parts << tr("%n change(s) made outside DialTrace: %1", nullptr,
                            int(std::min<qint64>(s.changeCount, INT_MAX)))
                             .arg(s.changes.mid(0, 3).join(QStringLiteral("; ")));
            message = parts.join(QStringLiteral("; "));
        }
        r.sealedAtUpgradeFrom = s.sealedAtUpgradeFrom;
        r.sealedAtUpgradeUtc = s.sealedAtUpgradeUtc;
        if (s.sealedAtUpgradeFrom > 0)
            message += QStringLiteral("; ") +
                       tr("sealed at the upgrade from schema %1 on %2: rows from before it are vouched for "
                          "by that upgrade, not by their import")
                           .arg(s.sealedAtUpgradeFrom)
                           .arg(cf->clock().stampOfIso(s.sealedAtUpgradeUtc));
        r.checks.push_back({QStringLiteral("seal"), s.ok, message});
    }
    r.ok = std::all_of(r.checks.cbegin(), r.checks.cend(), [](const VerifyCheck &c) { return c.ok; });

    const TrustedKeys trusted = TrustedKeys::load(path);
    bool allTrusted = !signerKeys.isEmpty();
    for (const QString &hex : std::as_const(signerKeys)) {
        const QByteArray key = QByteArray::fromHex(hex.toLatin1());
        CaseSigner s;
        s.publicKey = hex;
        s.fingerprint = SigningKey::fingerprintOf(key);
        if (const TrustedKey *t = trusted.find(key)) {
            s.trusted = true;
            s.trustedAs = t->file.isEmpty() ? t->name : tr("%1 (%2)").arg(t->name, t->file);
        }
        allTrusted = allTrusted && s.trusted;
        r.signers.push_back(s);
    }
    r.trust = !r.ok ? Trust::Broken : allTrusted ? Trust::Trusted : Trust::UntrustedKey;
    return r;
}

} // namespace dt
