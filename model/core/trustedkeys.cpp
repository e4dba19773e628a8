#include "core/trustedkeys.h"

#include "core/signingkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace dt {

namespace {

constexpr int kKeyBytes = 32;

QByteArray fromHex(QStringView hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!re.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

/// A key and its name from one line (`ed25519 HEX NAME`, or `HEX NAME`, or `HEX`); empty if none.
QByteArray parseLine(const QString &line, QString *name)
{
    QStringList parts = line.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.front().compare(QLatin1String("ed25519"), Qt::CaseInsensitive) == 0)
        parts.removeFirst();
    if (parts.isEmpty())
        return {};
    const QByteArray key = fromHex(parts.front());
    if (key.size() == kKeyBytes && name)
        *name = parts.mid(1).join(QLatin1Char(' '));
    return key;
}

} // namespace

QString TrustedKeys::userFile()
{
    return SigningKey::defaultDirectory() + QStringLiteral("/trusted-keys");
}

QString TrustedKeys::caseFile(const QString &casePath)
{
    return QFileInfo(casePath).absoluteFilePath() + QStringLiteral(".trusted-keys");
}

void TrustedKeys::readFile(const QString &file, QVector<TrustedKey> *out, QStringList *warnings)
{
    QFile f(file);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly)) {
        if (warnings)
            *warnings << tr("%1: cannot read: %2").arg(file, f.errorString());
        return;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine());
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        if (line.trimmed().isEmpty())
            continue;
        QString name;
        const QByteArray key = parseLine(line, &name);
        if (key.size() != kKeyBytes) {
            if (warnings)
                *warnings << tr("%1, line %2: not an Ed25519 public key").arg(file).arg(lineNo);
            continue;
        }
        out->push_back({key, name, file});
    }
}

TrustedKeys TrustedKeys::load(const QString &casePath, QStringList *warnings)
{
    TrustedKeys t;
    // The workstation's own key, read from its public half: verifying never creates a key.
    QFile own(SigningKey::defaultDirectory() + QStringLiteral("/ed25519.pub"));
    if (own.open(QIODevice::ReadOnly)) {
        const QByteArray key = fromHex(QString::fromLatin1(own.readAll().trimmed()));
        if (key.size() == kKeyBytes)
            t.m_keys.push_back({key, tr("this workstation"), QString()});
    }
    readFile(userFile(), &t.m_keys, warnings);
    if (!casePath.isEmpty())
        readFile(caseFile(casePath), &t.m_keys, warnings);
    return t;
}

const TrustedKey *TrustedKeys::find(const QByteArray &publicKey) const
{
    for (const TrustedKey &k : m_keys)
        if (k.publicKey == publicKey)
            return &k;
    return nullptr;
}

bool TrustedKeys::isTrusted(const QByteArray &publicKey) const
{
    return find(publicKey) != nullptr;
}

QByteArray TrustedKeys::parseKey(const QString &text, QString *name, QString *error)
{
    QString n;
    QByteArray key = parseLine(text, &n);
    if (key.size() != kKeyBytes && QFileInfo(text).isFile()) {
        QFile f(text);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read: %2").arg(text, f.errorString());
            return {};
        }
        const QString content = QString::fromUtf8(f.read(64 * 1024));
        for (const QString &line : content.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            key = parseLine(line, &n);
            if (key.size() == kKeyBytes)
                break;
        }
    }
    if (key.size() != kKeyBytes) {
        *error = tr("'%1' is not an Ed25519 public key (64 hexadecimal digits, a line 'ed25519 HEX NAME' "
                    "as `dialtrace-cli keys export` prints it, or a file holding one)")
                     .arg(text.left(200));
        return {};
    }
    if (name)
        *name = n;
    return key;
}

QString TrustedKeys::line(const QByteArray &publicKey, const QString &name)
{
    QString l = QStringLiteral("ed25519 ") + QString::fromLatin1(publicKey.toHex());
    if (!name.isEmpty())
        l += QLatin1Char(' ') + QString(name).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return l;
}

bool TrustedKeys::add(const QString &file, const QByteArray &publicKey, const QString &name, QString *error)
{
    QVector<TrustedKey> existing;
    readFile(file, &existing, nullptr);
    for (const TrustedKey &k : existing)
        if (k.publicKey == publicKey)
            return true;
    QByteArray content;
    QFile old(file);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read: %2").arg(file, old.errorString());
            return false;
        }
        content = old.readAll();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content += '\n';
    } else {
        content = "# Ed25519 keys whose signatures DialTrace trusts, one a line: ed25519 HEX NAME\n";
    }
    content += line(publicKey, name).toUtf8() + '\n';
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        *error = tr("%1: cannot create the folder").arg(QFileInfo(file).absolutePath());
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        *error = tr("%1: cannot write: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace dt
