// dialtrace-cli keys: the workstation's signing key, the keys trusted here, the keys that signed a case.
#include "case/casefile.h"
#include "cli/clicommands.h"
#include "core/osuser.h"
#include "core/signingkey.h"
#include "core/trustedkeys.h"
#include "report/report.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dt::cli {

namespace {

/// The public keys that signed a case (audit entries, seal) or a report (its manifest).
QList<QByteArray> signersOf(const QString &path, QString *error)
{
    QList<QByteArray> out;
    const QString manifest = report::Report::manifestPath(path);
    if (QFileInfo::exists(manifest)) {
        QFile f(manifest);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot read: %2").arg(manifest, f.errorString());
            return out;
        }
        const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        const QByteArray key = QByteArray::fromHex(m.value(QStringLiteral("signer"))
                                                       .toObject()
                                                       .value(QStringLiteral("public_key"))
                                                       .toString()
                                                       .toLatin1());
        if (key.size() == 32)
            out << key;
        return out;
    }
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly, error);
    if (!cf)
        return out;
    Statement st = cf->db().prepare(QStringLiteral(
        "SELECT signer FROM (SELECT signer, min(seq) AS first FROM audit_log WHERE signer IS NOT NULL "
        "GROUP BY signer UNION ALL SELECT signer, 1e18 FROM seal_head) GROUP BY signer ORDER BY min(first)"));
    while (st.step()) {
        const QByteArray key = QByteArray::fromHex(st.text(0).toLatin1());
        if (key.size() == 32)
            out << key;
    }
    return out;
}

QString compact(const QString &fingerprint)
{
    return QString(fingerprint).remove(QLatin1Char(' ')).toLower();
}

QJsonObject keyJson(const QByteArray &key)
{
    return QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(key.toHex())},
                       {QStringLiteral("fingerprint"), SigningKey::fingerprintOf(key)}};
}

int keysList(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "List this workstation's signing key, the keys trusted here (the user's trusted-keys file and,\n"
        "for a case, the one beside it), and the keys that signed CASE or REPORT."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("[CASE|REPORT]"),
                            QStringLiteral("A case or report whose signers to list."));
    if (const int rc = parseOrExit(p, args, io, 0, 1); rc >= 0)
        return rc;
    const QString target = p.positionalArguments().value(0);
    QString error;
    QList<QByteArray> signers;
    if (!target.isEmpty()) {
        signers = signersOf(target, &error);
        if (!error.isEmpty()) {
            io.err << "dialtrace-cli keys: " << error << '\n';
            return BadInput;
        }
    }
    QStringList warnings;
    const TrustedKeys trusted = TrustedKeys::load(target, &warnings);
    for (const QString &w : warnings)
        io.err << "dialtrace-cli keys: " << w << '\n';
    const QString keyFile = SigningKey::defaultDirectory() + QStringLiteral("/ed25519.key");
    const TrustedKey *own = nullptr;
    for (const TrustedKey &k : trusted.keys())
        if (k.file.isEmpty())
            own = &k;
    if (p.isSet(json)) {
        QJsonArray t, s;
        for (const TrustedKey &k : trusted.keys()) {
            QJsonObject o = keyJson(k.publicKey);
            o.insert(QStringLiteral("name"), k.name);
            o.insert(QStringLiteral("file"), k.file.isEmpty() ? keyFile : k.file);
            t.append(o);
        }
        for (const QByteArray &k : signers) {
            QJsonObject o = keyJson(k);
            o.insert(QStringLiteral("trusted"), trusted.isTrusted(k));
            s.append(o);
        }
        QJsonObject o{
            {QStringLiteral("workstation"), own ? QJsonValue(keyJson(own->publicKey)) : QJsonValue()},
            {QStringLiteral("user_file"), TrustedKeys::userFile()},
            {QStringLiteral("trusted"), t}};
        if (!target.isEmpty()) {
            o.insert(QStringLiteral("case_file"), TrustedKeys::caseFile(target));
            o.insert(QStringLiteral("signers"), s);
        }
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << "This workstation: "
           << (own ? SigningKey::fingerprintOf(own->publicKey) + QStringLiteral("  (") + keyFile +
                         QLatin1Char(')')
                   : QStringLiteral("no key yet (made at its first signature, or by `keys export`)"))
           << '\n';
    io.out << "Trusted (" << TrustedKeys::userFile();
    if (!target.isEmpty())
        io.out << ", " << TrustedKeys::caseFile(target);
    io.out << "):\n";
    int listed = 0;
    for (const TrustedKey &k : trusted.keys()) {
        if (k.file.isEmpty())
            continue;
        io.out << "  " << SigningKey::fingerprintOf(k.publicKey) << "  " << k.name << "  (" << k.file
               << ")\n";
        ++listed;
    }
    if (!listed)
        io.out << "  none besides this workstation's\n";
    if (!target.isEmpty()) {
        io.out << "Signed " << target << ":\n";
        for (const QByteArray &k : signers) {
            const TrustedKey *t = trusted.find(k);
            io.out << "  " << SigningKey::fingerprintOf(k) << "  "
                   << (t ? QStringLiteral("trusted (%1)").arg(t->name) : QStringLiteral("NOT trusted here"))
                   << '\n';
        }
        if (signers.isEmpty())
            io.out << "  no signature\n";
    }
    return Ok;
}

int keysExport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Print this workstation's public key as a line of a trusted-keys file (made first when there is\n"
        "none), for another workstation's `keys trust`."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write it to FILE instead."),
                                 QStringLiteral("FILE"));
    p.addOption(out);
    if (const int rc = parseOrExit(p, args, io, 0, 0); rc >= 0)
        return rc;
    QString error;
    const SigningKey *key = SigningKey::workstation(&error);
    if (!key) {
        io.err << "dialtrace-cli keys: " << error << '\n';
        return BadInput;
    }
    const QByteArray line =
        TrustedKeys::line(key->publicKey(), osUserName() + QLatin1Char('@') + hostName()).toUtf8() + '\n';
    if (!p.isSet(out)) {
        io.out << QString::fromUtf8(line);
        return Ok;
    }
    QSaveFile f(p.value(out));
    if (!f.open(QIODevice::WriteOnly) || f.write(line) != line.size() || !f.commit()) {
        io.err << "dialtrace-cli keys: " << p.value(out) << ": cannot write: " << f.errorString() << '\n';
        return BadInput;
    }
    io.out << "public key " << key->fingerprint() << " written to " << p.value(out) << '\n';
    return Ok;
}

int keysTrust(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Trust a key: its signatures then verify as `trusted`. KEY is a public key (64 hex digits), a line\n"
        "or file from `keys export`, or with --from a fingerprint (or its start) of a key that signed\n"
        "CASE or REPORT. Written to the user's trusted-keys file, or with --for to the case's."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Adopt a key that signed this case or report."),
                                  QStringLiteral("CASE|REPORT"));
    const QCommandLineOption forCase(QStringLiteral("for"),
                                     QStringLiteral("Trust it for this case only (CASE.trusted-keys)."),
                                     QStringLiteral("CASE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Whose key it is."),
                                  QStringLiteral("NAME"));
    p.addOption(from);
    p.addOption(forCase);
    p.addOption(name);
    p.addPositionalArgument(QStringLiteral("KEY"),
                            QStringLiteral("The key, or with --from its fingerprint."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    const QString given = p.positionalArguments().at(0);
    QString error, keyName = p.value(name);
    QByteArray key;
    if (p.isSet(from)) {
        const QList<QByteArray> signers = signersOf(p.value(from), &error);
        if (!error.isEmpty()) {
            io.err << "dialtrace-cli keys: " << error << '\n';
            return BadInput;
        }
        const QString wanted = compact(given);
        QList<QByteArray> matches;
        for (const QByteArray &k : signers)
            if (wanted.size() >= 4 && (compact(SigningKey::fingerprintOf(k)).startsWith(wanted) ||
                                       QString::fromLatin1(k.toHex()).startsWith(wanted)))
                matches << k;
        if (matches.size() != 1) {
            io.err << "dialtrace-cli keys: " << p.value(from) << ": "
                   << (matches.isEmpty()
                           ? QStringLiteral("no key that signed it starts with '%1'")
                           : QStringLiteral("several keys that signed it start with '%1'; give more of it"))
                          .arg(given)
                   << " (dialtrace-cli keys list " << p.value(from) << ")\n";
            return BadInput;
        }
        key = matches.front();
        if (keyName.isEmpty())
            keyName = QStringLiteral("signed %1").arg(QFileInfo(p.value(from)).fileName());
    } else {
        QString parsedName;
        key = TrustedKeys::parseKey(given, &parsedName, &error);
        if (key.isEmpty()) {
            io.err << "dialtrace-cli keys: " << error << '\n';
            return BadInput;
        }
        if (keyName.isEmpty())
            keyName = parsedName;
    }
    const QString file = p.isSet(forCase) ? TrustedKeys::caseFile(p.value(forCase)) : TrustedKeys::userFile();
    if (!TrustedKeys::add(file, key, keyName, &error)) {
        io.err << "dialtrace-cli keys: " << error << '\n';
        return BadInput;
    }
    io.out << "trusted " << SigningKey::fingerprintOf(key)
           << (keyName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keyName)) << " in " << file
           << '\n';
    return Ok;
}

} // namespace

int cmdKeys(const QStringList &args, Io &io)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return keysList(rest, io);
    if (sub == QLatin1String("export"))
        return keysExport(rest, io);
    if (sub == QLatin1String("trust"))
        return keysTrust(rest, io);
    QTextStream &to = (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? io.out : io.err;
    to << "Usage: dialtrace-cli keys list [CASE|REPORT] [--json]\n"
          "       dialtrace-cli keys export [--out FILE]\n"
          "       dialtrace-cli keys trust KEY [--from CASE|REPORT] [--for CASE] [--name NAME]\n\n"
          "Signing keys: this workstation's, the keys whose signatures verify as trusted here, and the\n"
          "keys that signed a case or report (docs/cli.md).\n";
    return &to == &io.out ? Ok : Usage;
}

} // namespace dt::cli
