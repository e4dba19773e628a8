#pragma once
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dt::report {

/**
 * The workstation's Ed25519 key pair (libsodium), created on first use and kept in the user's
 * configuration folder (`~/.config/DialTrace/signing/`, the secret key readable by the owner only).
 * `DIALTRACE_KEY_DIR` overrides the folder (tests, shared workstations).
 */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(dt::report::SigningKey)
public:
    static QString defaultDirectory();
    /// Loads the key pair from @p dir, creating it when there is none.
    static std::optional<SigningKey> loadOrCreate(const QString &dir, QString *error);

    QByteArray publicKey() const { return m_public; } ///< 32 bytes
    QString publicKeyHex() const { return QString::fromLatin1(m_public.toHex()); }
    /// SHA-256 of the public key, first 16 bytes, hex in groups of four: easy to read aloud.
    QString fingerprint() const;
    QByteArray sign(const QByteArray &message) const; ///< detached, 64 bytes

    static QString fingerprintOf(const QByteArray &publicKey);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    QByteArray m_public, m_secret;
};

} // namespace dt::report
