// dialtrace-cli verify: a case (integrity, audit chain and signatures, seal) or a report (its manifest).
#include "case/verifier.h"
#include "cli/clicommands.h"
#include "report/report.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

namespace dt::cli {

namespace {

int exitFor(Trust t, bool anyKey)
{
    return t == Trust::Trusted || (t == Trust::UntrustedKey && anyKey) ? Ok : BadInput;
}

void printSigners(const QVector<CaseSigner> &signers, const QString &path, QTextStream &out)
{
    for (const CaseSigner &s : signers) {
        out << "signed by " << s.fingerprint;
        if (s.trusted)
            out << " (trusted: " << s.trustedAs << ")\n";
        else
            out << " (not trusted here; to trust it: dialtrace-cli keys trust \"" << s.fingerprint
                << "\" --from " << path << ")\n";
    }
}

QString verdictLine(Trust t, bool anyKey)
{
    if (t == Trust::Trusted)
        return QStringLiteral("verified (trusted): ");
    if (t == Trust::UntrustedKey && anyKey)
        return QStringLiteral("verified (untrusted key, accepted by --any-key): ");
    return QStringLiteral("NOT verified (%1): ").arg(trustWord(t));
}

int verifyReport(const QString &target, const QString &casePath, bool json, bool anyKey, Io &io)
{
    const report::ReportVerdict v = report::Report::verify(target, casePath);
    if (json) {
        io.out << QString::fromUtf8(QJsonDocument(v.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &c : v.checks)
            io.out << (c.ok                                ? "ok    "
                       : c.name == QLatin1String("signer") ? "WARN  "
                                                           : "FAIL  ")
                   << c.name.leftJustified(18) << c.message << '\n';
        io.out << verdictLine(v.trust, anyKey) << target << '\n';
    }
    for (const auto &c : v.checks) {
        if (!c.ok && (c.name != QLatin1String("signer") || v.ok)) {
            io.err << "dialtrace-cli verify: " << c.message << '\n';
            break;
        }
    }
    if (v.ok && v.trust == Trust::UntrustedKey && !anyKey)
        io.err
            << "dialtrace-cli verify: intact, but not signed by a trusted key (--any-key accepts any key)\n";
    return exitFor(v.trust, anyKey);
}

} // namespace

int cmdVerify(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check a case without changing it: SQLite integrity, references, the call store, the audit log's\n"
        "hash chain and signatures, and the seal (every digest recomputed; any change made outside\n"
        "DialTrace is named). Or check a report (FILE.pdf / FILE.html) against its signed manifest: "
        "SHA-256,\n"
        "file name, signature, and with --case the case state it was made from.\n"
        "Says trusted, untrusted key or broken; exits 0 only for trusted (or with --any-key, untrusted "
        "key)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    const QCommandLineOption anyKey(QStringLiteral("any-key"),
                                    QStringLiteral("Accept a valid signature by a key not trusted here."));
    const QCommandLineOption withCase(QStringLiteral("case"),
                                      QStringLiteral("For a report: the case it must have been made from."),
                                      QStringLiteral("CASE"));
    p.addOption(json);
    p.addOption(anyKey);
    p.addOption(withCase);
    p.addPositionalArgument(QStringLiteral("CASE|REPORT"), QStringLiteral("The case file or a report."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    const QString target = p.positionalArguments().at(0);
    if (QFileInfo::exists(report::Report::manifestPath(target)))
        return verifyReport(target, p.value(withCase), p.isSet(json), p.isSet(anyKey), io);
    if (p.isSet(withCase)) {
        io.err << "dialtrace-cli verify: --case is for a report; " << target << " has no manifest beside it ("
               << report::Report::manifestPath(target) << ")\n";
        return Usage;
    }
    const VerifyResult r = CaseVerifier::verify(target);
    if (p.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &c : r.checks)
            io.out << (c.ok ? "ok    " : "FAIL  ") << c.name.leftJustified(18) << c.message << '\n';
        if (!r.changes.isEmpty()) {
            io.out << "changed outside DialTrace:\n";
            for (const QString &c : r.changes)
                io.out << "  " << c << '\n';
            if (r.changeCount > r.changes.size())
                io.out << "  … and " << (r.changeCount - r.changes.size()) << " more\n";
        }
        printSigners(r.signers, target, io.out);
        io.out << verdictLine(r.trust, p.isSet(anyKey)) << r.path << '\n';
    }
    if (!r.ok) {
        for (const auto &c : r.checks) {
            if (!c.ok) {
                io.err << "dialtrace-cli verify: " << r.path << ": " << c.message << '\n';
                break;
            }
        }
    } else if (r.trust == Trust::UntrustedKey && !p.isSet(anyKey)) {
        io.err << "dialtrace-cli verify: " << r.path
               << ": intact, but signed by a key not trusted here (--any-key accepts any key)\n";
    }
    return exitFor(r.trust, p.isSet(anyKey));
}

} // namespace dt::cli
