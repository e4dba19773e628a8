#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dt {

/// One public key someone decided to trust, and where that decision is written.
struct TrustedKey
{
    QByteArray publicKey; ///< 32 bytes (Ed25519)
    QString name;         ///< free text: whose key it is
    QString file;         ///< the trusted-keys file that lists it; empty for this workstation's own key
};

/**
 * Which signing keys a reader trusts: this workstation's own key, the keys listed in the user's
 * trusted-keys file (`trusted-keys` in SigningKey::defaultDirectory()) and, for a case, in the file
 * beside it (`CASE.trusted-keys`, for a team sharing a case folder). A file holds one key a line,
 * `ed25519 HEX NAME`, as `dialtrace-cli keys export` prints it; `#` starts a comment.
 * A signature by any other key is valid but says nothing about who made it: `verify` reports it as
 * "untrusted key".
 */
class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(dt::TrustedKeys)
public:
    static QString userFile();
    /// The trusted-keys file of the case (or report's case) at @p casePath.
    static QString caseFile(const QString &casePath);

    /// The user's keys and, when @p casePath is not empty, that case's; the workstation's own key
    /// when it exists. Unreadable lines are skipped (named in @p warnings when given).
    static TrustedKeys load(const QString &casePath = {}, QStringList *warnings = nullptr);

    bool isTrusted(const QByteArray &publicKey) const;
    /// The entry of @p publicKey, or nullptr.
    const TrustedKey *find(const QByteArray &publicKey) const;
    const QVector<TrustedKey> &keys() const { return m_keys; }

    /**
     * A public key from text: 64 hex digits, a line of a trusted-keys file, or the path of a file
     * holding one (an exported key or ed25519.pub). Empty with @p error set when it is none of these.
     */
    static QByteArray parseKey(const QString &text, QString *name, QString *error);
    /// Adds @p publicKey to the trusted-keys file @p file (created when missing); true when it was
    /// there already.
    static bool add(const QString &file, const QByteArray &publicKey, const QString &name, QString *error);
    /// The line `keys export` prints for @p publicKey.
    static QString line(const QByteArray &publicKey, const QString &name);

private:
    static void readFile(const QString &file, QVector<TrustedKey> *out, QStringList *warnings);
    QVector<TrustedKey> m_keys;
};

} // namespace dt
