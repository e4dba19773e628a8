#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dt {
class SigningKey;
}

namespace dt::training {

/// Who sealed an answer key, as checked when it was opened.
struct KeySigner
{
    QByteArray publicKey;
    QString fingerprint;
    bool trusted = false; ///< this workstation's key or one in the trusted-keys file
};

/**
 * The exercise's answer key, sealed for the trainer: encrypted with a key derived from the trainer's
 * passphrase (Argon2id, crypto_pwhash) and XSalsa20-Poly1305 (crypto_secretbox), then signed with the
 * workstation key (Ed25519). The file is two lines: the envelope (compact JSON) and the signature
 * (hex) over the envelope's exact bytes, so any change of any byte is refused.
 *
 * Sealing is deterministic, so an exercise made twice from the same seed is byte-identical: the salt
 * comes from the exercise's parameters and the nonce is a keyed hash (BLAKE2b under the derived key)
 * of the plaintext. A nonce repeats only for the same key and the same plaintext, which gives the
 * same ciphertext and reveals nothing but that equality (the construction of SIV modes); a different
 * answer key under the same passphrase gets a different nonce.
 */
class SealedKey
{
    Q_DECLARE_TR_FUNCTIONS(dt::training::SealedKey)
public:
    /// Passphrases shorter than this are refused.
    static constexpr int kMinPassphrase = 8;
    /// The environment variable that holds the trainer's passphrase when no file is given (the CLI and
    /// the score dialog both read it).
    static constexpr const char kPassphraseVariable[] = "DIALTRACE_TRAINER_PASSPHRASE";
    /// Seals @p plaintext; @p context (the exercise's parameters) seeds the salt. Empty on error.
    static QByteArray seal(const QByteArray &plaintext, const QByteArray &passphrase,
                           const QByteArray &context, const SigningKey &signer, QString *error);
    /// Checks the signature, then decrypts. False with @p error saying which check failed.
    static bool open(const QByteArray &sealed, const QByteArray &passphrase, QByteArray *plaintext,
                     KeySigner *signer, QString *error);
    /// The passphrase from @p file (its first line) or, when @p file is empty, from the environment
    /// variable DIALTRACE_TRAINER_PASSPHRASE. Empty with @p error set when there is none.
    static QByteArray passphrase(const QString &file, QString *error);
};

} // namespace dt::training
