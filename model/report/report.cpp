#include "report/report.h"

#include "analysis/detection.h"
#include "case/casefile.h"
#include "case/database.h"
#include "core/sha256.h"
#include "dt/version.h"
#include "report/reportbuilder.h"
#include "report/signing.h"

#include <map>
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
                  const QString &publicKeyHex, QString *out, QString *error)
{
    if (!validOptions(opt, error))
        return false;
    Builder b(cf, opt);
    return b.build(fingerprint, publicKeyHex, out, error);
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
                   QJsonObject *manifestOut, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    if (!pdf && suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        *error = tr("%1: the report must end in .pdf, .html or .htm").arg(path);
        return false;
    }
    auto key = SigningKey::loadOrCreate(SigningKey::defaultDirectory(), error);
    if (!key)
        return false;
    ReportOptions o = opt;
    if (o.generatedUtc.isEmpty())
        o.generatedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString doc = prebuiltHtml;
    if (doc.isEmpty() && !html(cf, o, key->fingerprint(), key->publicKeyHex(), &doc, error))
        return false;
    const QByteArray htmlBytes = doc.toUtf8();
    if (pdf) {
        if (!renderPdf(doc, cf.title(), path, error))
            return false;
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(htmlBytes) != htmlBytes.size() || !out.commit()) {
            *error = tr("%1: cannot write: %2").arg(path, out.errorString());
            return false;
        }
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read back: %2").arg(path, written.errorString());
        return false;
    }
    const QByteArray reportBytes = written.readAll();
    Database &db = cf.db();
    const QJsonObject run =
        analysis::Detector::latestFindings(cf, error).value(QStringLiteral("run")).toObject();
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("dialtrace-report-manifest/1")},
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
        {QStringLiteral("findings_sha256"),
         hexOf(QCryptographicHash::hash(findingsSection(htmlBytes), QCryptographicHash::Sha256))},
        {QStringLiteral("case"),
         QJsonObject{
             {QStringLiteral("title"), cf.title()},
             {QStringLiteral("file"), QFileInfo(cf.path()).fileName()},
             {QStringLiteral("audit_entries"), cf.audit().count()},
             {QStringLiteral("audit_head"),
              db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).toString()},
             {QStringLiteral("analysis_run"), run.value(QStringLiteral("id"))},
             {QStringLiteral("input_digest"), run.value(QStringLiteral("input_digest"))}}},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                               {QStringLiteral("public_key"), key->publicKeyHex()},
                                               {QStringLiteral("fingerprint"), key->fingerprint()}}}};
    manifest.insert(QStringLiteral("signature"), hexOf(key->sign(canonical(manifest))));
    QSaveFile m(manifestPath(path));
    const QByteArray mb = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!m.open(QIODevice::WriteOnly) || m.write(mb) != mb.size() || !m.commit()) {
        *error = tr("%1: cannot write: %2").arg(manifestPath(path), m.errorString());
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
            error))
        return false;
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
                       {QStringLiteral("checks"), cs},
                       {QStringLiteral("signer"), manifest.value(QStringLiteral("signer"))}};
}

ReportVerdict Report::verify(const QString &reportPath)
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
    const QByteArray bytes = r.readAll();
    const QString expected =
        v.manifest.value(QStringLiteral("report")).toObject().value(QStringLiteral("sha256")).toString();
    const QString actual = hexOf(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    const bool same = expected == actual;
    check(QStringLiteral("sha256"), same,
          same ? tr("SHA-256 %1 matches the manifest").arg(actual)
               : tr("%1: the report was changed after it was signed (SHA-256 %2, manifest says %3)")
                     .arg(reportPath, actual, expected));
    const QJsonObject signer = v.manifest.value(QStringLiteral("signer")).toObject();
    const bool signedOk = SigningKey::verify(
        QByteArray::fromHex(signer.value(QStringLiteral("public_key")).toString().toLatin1()),
        canonical(v.manifest),
        QByteArray::fromHex(v.manifest.value(QStringLiteral("signature")).toString().toLatin1()));
    check(QStringLiteral("signature"), signedOk,
          signedOk ? tr("Ed25519 signature valid, workstation key %1")
                         .arg(signer.value(QStringLiteral("fingerprint")).toString())
                   : tr("%1: the manifest's signature does not match its contents").arg(m.fileName()));
    v.ok = same && signedOk;
    return v;
}

} // namespace dt::report
