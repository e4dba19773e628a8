#pragma once
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dt {

/**
 * The workstation's Ed25519 key pair (libsodium), created on first use and kept in the user's
 * configuration folder (`~/.config/DialTrace/signing/`, the secret key readable by its owner only).
 * `DIALTRACE_KEY_DIR` overrides the folder (tests, shared workstations). It signs reports'
 * manifests and every audit entry of a case, with the case's state digest (case/seal.h).
 */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(dt::SigningKey)
public:
    static QString defaultDirectory();
    /// Loads the key pair from @p dir, creating it when there is none. Refuses a secret key file
    /// that other users can read or write (the message says how to fix it).
    static std::optional<SigningKey> loadOrCreate(const QString &dir, QString *error);
    /**
     * The key of defaultDirectory(), loaded (or created) once per process and folder; nullptr with
     * @p error set when it cannot be used. Thread-safe.
     */
    static const SigningKey *workstation(QString *error);

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

} // namespace dt
