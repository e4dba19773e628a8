#include "core/signingkey.h"

#include <map>
#include <mutex>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <sodium.h>

namespace dt {

namespace {

/// Whether anyone but the owner may read or write @p path, and its permissions as chmod's octal.
bool othersMayUse(const QString &path, QString *mode)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int octal = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto &[bit, value] : bits)
        octal |= p.testFlag(bit) ? value : 0;
    *mode = QStringLiteral("%1").arg(octal, 4, 8, QLatin1Char('0'));
    return (octal & 077) != 0;
}

} // namespace

QString SigningKey::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("DIALTRACE_KEY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/DialTrace/signing");
}

std::optional<SigningKey> SigningKey::loadOrCreate(const QString &dir, QString *error)
{
    if (sodium_init() < 0) {
        *error = tr("the cryptography library (libsodium) could not start");
        return std::nullopt;
    }
    SigningKey k;
    const QString secretPath = dir + QStringLiteral("/ed25519.key");
    const QString publicPath = dir + QStringLiteral("/ed25519.pub");
    QFile secret(secretPath);
    if (secret.exists()) {
        // A key others can read signs for whoever read it: the signatures would prove nothing.
        QString mode;
        if (othersMayUse(secretPath, &mode)) {
            *error = tr("%1: the signing key can be read or written by other users (permissions %2); "
                        "it must be readable by its owner only. Fix it with: chmod 600 '%1'")
                         .arg(secretPath, mode);
            return std::nullopt;
        }
        if (!secret.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the signing key: %2").arg(secretPath, secret.errorString());
            return std::nullopt;
        }
        k.m_secret = QByteArray::fromHex(secret.readAll().trimmed());
        if (k.m_secret.size() != crypto_sign_SECRETKEYBYTES) {
            *error = tr("%1: not an Ed25519 secret key").arg(secretPath);
            return std::nullopt;
        }
        // The public key is the second half of libsodium's secret key.
        k.m_public = k.m_secret.right(crypto_sign_PUBLICKEYBYTES);
        return k;
    }
    if (!QDir().mkpath(dir)) {
        *error = tr("%1: cannot create the folder for the signing key").arg(dir);
        return std::nullopt;
    }
    k.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    k.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.m_public.data()),
                        reinterpret_cast<unsigned char *>(k.m_secret.data()));
    QSaveFile s(secretPath);
    if (!s.open(QIODevice::WriteOnly) ||
        !s.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        s.write(k.m_secret.toHex() + '\n') < 0 || !s.commit()) {
        *error = tr("%1: cannot write the signing key: %2").arg(secretPath, s.errorString());
        return std::nullopt;
    }
    QSaveFile p(publicPath);
    if (!p.open(QIODevice::WriteOnly) || p.write(k.m_public.toHex() + '\n') < 0 || !p.commit()) {
        *error = tr("%1: cannot write the public key: %2").arg(publicPath, p.errorString());
        return std::nullopt;
    }
    return k;
}

const SigningKey *SigningKey::workstation(QString *error)
{
    // Once per folder: a test or a tool may point DIALTRACE_KEY_DIR elsewhere while it runs.
    static std::mutex mutex;
    static std::map<QString, SigningKey> keys;
    const QString dir = defaultDirectory();
    const std::lock_guard<std::mutex> lock(mutex);
    if (auto it = keys.find(dir); it != keys.end()) {
        // Checked again each time: permissions widened after the first use are refused too.
        const QString path = dir + QStringLiteral("/ed25519.key");
        QString mode;
        if (!othersMayUse(path, &mode))
            return &it->second;
        *error = tr("%1: the signing key can be read or written by other users (permissions %2); "
                    "it must be readable by its owner only. Fix it with: chmod 600 '%1'")
                     .arg(path, mode);
        return nullptr;
    }
    auto k = loadOrCreate(dir, error);
    if (!k)
        return nullptr;
    return &keys.emplace(dir, std::move(*k)).first->second;
}

QString SigningKey::fingerprintOf(const QByteArray &publicKey)
{
    const QByteArray h = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (int i = 0; i < h.size(); i += 4)
        groups << QString::fromLatin1(h.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString SigningKey::fingerprint() const
{
    return fingerprintOf(m_public);
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (sodium_init() < 0 || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace dt
