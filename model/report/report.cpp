#include "report/report.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/database.h"
#include "case/seal.h"
#include "core/sha256.h"
#include "core/signingkey.h"
#include "core/trustedkeys.h"
#include "dt/version.h"
#include "report/pagination.h"
#include "report/reportbuilder.h"

#include <map>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointF>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace dt::report {

using namespace detail;

namespace {

QString hexOf(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QByteArray canonical(QJsonObject manifest)
{
    manifest.remove(QStringLiteral("signature"));
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

} // namespace

QString Report::maskPhone(const QString &key)
{
    QString digits = key;
    QString prefix;
    if (digits.startsWith(QLatin1String("+86"))) {
        prefix = QStringLiteral("+86");
        digits = digits.mid(3);
    } else if (digits.startsWith(QLatin1Char('+'))) {
        prefix = QStringLiteral("+");
        digits = digits.mid(1);
    }
    if (digits.size() < 7) // service and short numbers are not personal
        return key;
    const int head = 3, tail = digits.size() >= 11 ? 4 : 2;
    return prefix + digits.left(head) + QString(digits.size() - head - tail, QLatin1Char('*')) +
           digits.right(tail);
}

QString Report::maskIdCard(const QString &id)
{
    if (id.size() < 10)
        return id.isEmpty() ? id : QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString Report::maskName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    return name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

bool Report::validOptions(const ReportOptions &opt, QString *error)
{
    if (opt.lang != QLatin1String("zh") && opt.lang != QLatin1String("en")) {
        *error = tr("unknown language '%1' (zh or en)").arg(opt.lang);
        return false;
    }
    if (opt.audience != QLatin1String("prosecutor") && opt.audience != QLatin1String("trainer") &&
        opt.audience != QLatin1String("internal")) {
        *error = tr("unknown audience '%1' (prosecutor, trainer or internal)").arg(opt.audience);
        return false;
    }
    return true;
}

bool Report::html(CaseFile &cf, const ReportOptions &opt, const QString &fingerprint,
                  const QString &publicKeyHex, QString *out, QString *error, const ProgressFn &progress,
                  const std::atomic_bool *cancel)
{
    if (!validOptions(opt, error))
        return false;
    Builder b(cf, opt, progress, cancel);
    return b.build(fingerprint, publicKeyHex, out, error);
}

QString Report::reportId(const QByteArray &html)
{
    return hexOf(QCryptographicHash::hash(html, QCryptographicHash::Sha256)).left(16);
}

QByteArray Report::findingsSection(const QByteArray &html)
{
    const qsizetype a = html.indexOf(kBegin), b = html.indexOf(kEnd);
    if (a < 0 || b < a)
        return {};
    return html.mid(a, b - a + qsizetype(qstrlen(kEnd)));
}

bool Report::write(CaseFile &cf, const QString &path, const ReportOptions &opt, QJsonObject *manifestOut,
                   QString *error)
{
    return write(cf, path, opt, QString(), manifestOut, error);
}

bool Report::write(CaseFile &cf, const QString &path, const ReportOptions &opt, const QString &prebuiltHtml,
                   QJsonObject *manifestOut, QString *error, const ProgressFn &progress,
                   const std::atomic_bool *cancel)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    if (!pdf && suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        *error = tr("%1: the report must end in .pdf, .html or .htm").arg(path);
        return false;
    }
    const SigningKey *key = SigningKey::workstation(error);
    if (!key)
        return false;
    ReportOptions o = opt;
    if (o.generatedUtc.isEmpty())
        o.generatedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString doc = prebuiltHtml;
    if (doc.isEmpty() && !html(cf, o, key->fingerprint(), key->publicKeyHex(), &doc, error))
        return false;
    const QByteArray htmlBytes = doc.toUtf8();
    const QString findingsSha =
        hexOf(QCryptographicHash::hash(findingsSection(htmlBytes), QCryptographicHash::Sha256));
    const QString id = reportId(htmlBytes);
    QByteArray reportBytes = htmlBytes;
    if (pdf) {
        reportBytes.clear();
        QBuffer buffer(&reportBytes);
        buffer.open(QIODevice::WriteOnly);
        const bool zh = o.lang == QLatin1String("zh");
        PageFurniture furniture;
        furniture.caseTitle = cf.title();
        furniture.reportId = (zh ? QStringLiteral("报告编号 ") : QStringLiteral("Report ")) + id;
        furniture.footNote =
            (zh ? QStringLiteral("分析结论 SHA-256 ") : QStringLiteral("Findings SHA-256 ")) +
            findingsSha.left(16);
        if (!renderPdf(doc, furniture, &buffer, error, progress, cancel)) {
            if (!(cancel && cancel->load()))
                *error = path + QStringLiteral(": ") + *error;
            return false;
        }
    }
    // The last moment a cancel leaves nothing behind: from here the report is written whole.
    if (cancel && cancel->load()) {
        *error = tr("cancelled");
        return false;
    }
    Database &db = cf.db();
    const analysis::RunInfo run = analysis::Detector::latestRun(cf, error);
    const std::optional<seal::Head> sealed = seal::Seal::head(db);
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("dialtrace-report-manifest/2")},
        {QStringLiteral("generated_utc"), o.generatedUtc},
        {QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)},
        {QStringLiteral("report"),
         QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                     {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("html")},
                     {QStringLiteral("sha256"),
                      hexOf(QCryptographicHash::hash(reportBytes, QCryptographicHash::Sha256))},
                     {QStringLiteral("size"), qint64(reportBytes.size())},
                     {QStringLiteral("lang"), o.lang},
                     {QStringLiteral("audience"), o.audience}}},
        {QStringLiteral("findings_sha256"), findingsSha},
        {QStringLiteral("report_id"), id},
        {QStringLiteral("case"),
         QJsonObject{
             {QStringLiteral("title"), cf.title()},
             {QStringLiteral("file"), QFileInfo(cf.path()).fileName()},
             {QStringLiteral("audit_entries"), cf.audit().count()},
             {QStringLiteral("audit_head"),
              db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).toString()},
             // The state the report was made from: `verify REPORT --case CASE` finds it among the
             // case's signed states.
             {QStringLiteral("root"), sealed ? QJsonValue(sealed->root) : QJsonValue()},
             {QStringLiteral("analysis_run"),
              run.id ? QJsonValue(run.id) : QJsonValue(QJsonValue::Undefined)},
             {QStringLiteral("input_digest"),
              run.id ? QJsonValue(run.inputDigest) : QJsonValue(QJsonValue::Undefined)}}},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                               {QStringLiteral("public_key"), key->publicKeyHex()},
                                               {QStringLiteral("fingerprint"), key->fingerprint()}}}};
    manifest.insert(QStringLiteral("signature"), hexOf(key->sign(canonical(manifest))));
    // Each file whole or not at all (a full disk leaves neither a truncated report nor an empty
    // manifest), and no manifest without its report or report without its manifest.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(reportBytes) != reportBytes.size() || !out.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    QSaveFile m(manifestPath(path));
    const QByteArray mb = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!m.open(QIODevice::WriteOnly) || m.write(mb) != mb.size() || !m.commit()) {
        *error = tr("%1: cannot write: %2").arg(manifestPath(path), m.errorString());
        QFile::remove(path);
        return false;
    }
    if (!cf.isReadOnly() &&
        !cf.audit().append(
            QStringLiteral("report"),
            QJsonObject{
                {QStringLiteral("file"), QFileInfo(path).fileName()},
                {QStringLiteral("sha256"),
                 manifest.value(QStringLiteral("report")).toObject().value(QStringLiteral("sha256"))},
                {QStringLiteral("audience"), o.audience},
                {QStringLiteral("lang"), o.lang},
                {QStringLiteral("findings_sha256"), manifest.value(QStringLiteral("findings_sha256"))}},
            error)) {
        QFile::remove(manifestPath(path)); // a report the case does not record is no report of it
        QFile::remove(path);
        return false;
    }
    if (manifestOut)
        *manifestOut = manifest;
    return true;
}

QJsonObject ReportVerdict::toJson() const
{
    QJsonArray cs;
    for (const Check &c : checks)
        cs.append(QJsonObject{{QStringLiteral("name"), c.name},
                              {QStringLiteral("ok"), c.ok},
                              {QStringLiteral("message"), c.message}});
    return QJsonObject{{QStringLiteral("report"), path},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("verdict"), trustWord(trust)},
                       {QStringLiteral("checks"), cs},
                       {QStringLiteral("signer"), manifest.value(QStringLiteral("signer"))}};
}

namespace {

/// Whether the case at @p casePath verifies and held the state @p caseInfo (a manifest's "case") names.
void checkAgainstCase(const QString &casePath, const QJsonObject &caseInfo, const QString &reportFile,
                      const QString &reportSha, ReportVerdict *v, Trust *caseTrust)
{
    auto check = [v](const QString &name, bool ok, const QString &message) {
        v->checks.append({name, ok, message});
        return ok;
    };
    const VerifyResult r = CaseVerifier::verify(casePath);
    *caseTrust = r.trust;
    QString firstProblem;
    for (const VerifyCheck &c : r.checks)
        if (!c.ok && firstProblem.isEmpty())
            firstProblem = c.message;
    if (!check(QStringLiteral("case"), r.ok,
               r.ok ? Report::tr("%1 verifies (%2)").arg(casePath, trustWord(r.trust))
                    : Report::tr("%1 does not verify: %2").arg(casePath, firstProblem)))
        return;
    QString error;
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        check(QStringLiteral("case_state"), false, error);
        return;
    }
    const QString root = caseInfo.value(QStringLiteral("root")).toString();
    // The state is one the case was sealed in: the report's own audit entry, or any other entry,
    // or the present seal.
    const AuditEntry *match = nullptr;
    const QVector<AuditEntry> entries = cf->audit().entries();
    for (const AuditEntry &e : entries) {
        if (root.isEmpty() || e.root != root)
            continue;
        const bool itsEntry = e.action == QLatin1String("report") &&
                              e.details.contains(QStringLiteral("\"sha256\":\"%1\"").arg(reportSha));
        if (!match || itsEntry)
            match = &e;
        if (itsEntry)
            break;
    }
    const std::optional<seal::Head> head = seal::Seal::head(cf->db());
    if (match) {
        check(QStringLiteral("case_state"), true,
              Report::tr("made from the case as sealed by audit entry %1 (%2 at %3)")
                  .arg(match->seq)
                  .arg(match->action, match->timeUtc));
    } else if (head && !root.isEmpty() && head->root == root) {
        check(QStringLiteral("case_state"), true, Report::tr("made from the case as it is now sealed"));
    } else {
        check(QStringLiteral("case_state"), false,
              root.isEmpty()
                  ? Report::tr("%1: the manifest names no case state (a report from before cases were "
                               "sealed)")
                        .arg(reportFile)
                  : Report::tr("%1 was not made from %2: the case never held the state it names (root %3)")
                        .arg(reportFile, casePath, root.left(16)));
        return;
    }
    const QJsonValue run = caseInfo.value(QStringLiteral("analysis_run"));
    if (run.isDouble()) {
        Statement st =
            cf->db().prepare(QStringLiteral("SELECT input_digest FROM analysis_runs WHERE id = ?"));
        st.bind(1, qint64(run.toDouble()));
        const bool same =
            st.step() && st.text(0) == caseInfo.value(QStringLiteral("input_digest")).toString();
        check(
            QStringLiteral("analysis_run"), same,
            same
                ? Report::tr("analysis run %1 is in the case, on the same inputs").arg(qint64(run.toDouble()))
                : Report::tr("analysis run %1 is not in the case as the manifest names it")
                      .arg(qint64(run.toDouble())));
    }
}

} // namespace

ReportVerdict Report::verify(const QString &reportPath, const QString &casePath)
{
    ReportVerdict v;
    v.path = reportPath;
    auto check = [&](const QString &name, bool ok, const QString &message) {
        v.checks.append({name, ok, message});
        return ok;
    };
    QFile m(manifestPath(reportPath));
    const bool opened = m.open(QIODevice::ReadOnly);
    if (!check(QStringLiteral("manifest"), opened,
               opened ? tr("%1 read").arg(m.fileName())
                      : tr("%1: no manifest next to the report (%2)").arg(reportPath, m.errorString())))
        return v;
    QJsonParseError pe;
    v.manifest = QJsonDocument::fromJson(m.readAll(), &pe).object();
    const bool parsed =
        pe.error == QJsonParseError::NoError && v.manifest.value(QStringLiteral("format"))
                                                    .toString()
                                                    .startsWith(QLatin1String("dialtrace-report-manifest/"));
    if (!parsed) {
        check(QStringLiteral("manifest"), false, tr("%1: not a DialTrace report manifest").arg(m.fileName()));
        return v;
    }
    QFile r(reportPath);
    if (!r.open(QIODevice::ReadOnly)) {
        check(QStringLiteral("report"), false, tr("%1: cannot read: %2").arg(reportPath, r.errorString()));
        return v;
    }
    const QJsonObject report = v.manifest.value(QStringLiteral("report")).toObject();
    const QByteArray bytes = r.readAll();
    const QString expected = report.value(QStringLiteral("sha256")).toString();
    const QString actual = hexOf(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    const bool same = expected == actual;
    check(QStringLiteral("sha256"), same,
          same ? tr("SHA-256 %1 matches the manifest").arg(actual)
               : tr("%1: the report was changed after it was signed (SHA-256 %2, manifest says %3)")
                     .arg(reportPath, actual, expected));
    // The name is signed too: a report shown under another name is not the one that was signed.
    const QString signedName = report.value(QStringLiteral("file")).toString();
    const QString name = QFileInfo(reportPath).fileName();
    const bool sameName = signedName == name;
    check(QStringLiteral("file_name"), sameName,
          sameName ? tr("file name %1 as signed").arg(name)
                   : tr("%1: the report was renamed: it was signed as %2").arg(reportPath, signedName));
    const QJsonObject signer = v.manifest.value(QStringLiteral("signer")).toObject();
    const QByteArray publicKey =
        QByteArray::fromHex(signer.value(QStringLiteral("public_key")).toString().toLatin1());
    const bool signedOk = SigningKey::verify(
        publicKey, canonical(v.manifest),
        QByteArray::fromHex(v.manifest.value(QStringLiteral("signature")).toString().toLatin1()));
    check(QStringLiteral("signature"), signedOk,
          signedOk ? tr("Ed25519 signature valid, workstation key %1")
                         .arg(signer.value(QStringLiteral("fingerprint")).toString())
                   : tr("%1: the manifest's signature does not match its contents").arg(m.fileName()));
    const TrustedKeys trusted = TrustedKeys::load(casePath);
    const TrustedKey *who = trusted.find(publicKey);
    v.signerTrusted = who != nullptr;
    check(QStringLiteral("signer"), v.signerTrusted,
          who ? tr("key %1 is trusted here (%2)")
                    .arg(SigningKey::fingerprintOf(publicKey), who->file.isEmpty() ? who->name : who->file)
              : tr("%1: signed by key %2, which is not trusted here (dialtrace-cli keys trust)")
                    .arg(reportPath, SigningKey::fingerprintOf(publicKey)));
    Trust caseTrust = Trust::Trusted;
    if (!casePath.isEmpty())
        checkAgainstCase(casePath, v.manifest.value(QStringLiteral("case")).toObject(), name, actual, &v,
                         &caseTrust);
    v.ok = std::all_of(v.checks.cbegin(), v.checks.cend(), [](const ReportVerdict::Check &c) {
        return c.ok || c.name == QLatin1String("signer");
    });
    v.trust = !v.ok                                            ? Trust::Broken
              : v.signerTrusted && caseTrust == Trust::Trusted ? Trust::Trusted
                                                               : Trust::UntrustedKey;
    return v;
}

} // namespace dt::report
