#include "training/sealedkey.h"

#include "core/signingkey.h"
#include "core/trustedkeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace dt::training {

namespace {

constexpr const char kFormat[] = "dialtrace-exercise-key";

QByteArray hash(const QByteArray &message, int bytes, const QByteArray &key = {})
{
    QByteArray out(bytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(bytes),
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                       key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()));
    return out;
}

bool derive(const QByteArray &passphrase, const QByteArray &salt, qint64 ops, qint64 mem, QByteArray *key)
{
    key->resize(crypto_secretbox_KEYBYTES);
    return crypto_pwhash(reinterpret_cast<unsigned char *>(key->data()), size_t(key->size()),
                         passphrase.constData(), size_t(passphrase.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()), quint64(ops), size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

QByteArray SealedKey::seal(const QByteArray &plaintext, const QByteArray &passphrase,
                           const QByteArray &context, const SigningKey &signer, QString *error)
{
    if (sodium_init() < 0) {
        *error = tr("libsodium cannot be initialised");
        return {};
    }
    if (passphrase.size() < kMinPassphrase) {
        *error = tr("the trainer's passphrase must have at least %1 characters").arg(kMinPassphrase);
        return {};
    }
    const qint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE, mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const QByteArray salt =
        hash(QByteArray("dialtrace exercise key salt\n") + context, crypto_pwhash_SALTBYTES);
    QByteArray key;
    if (!derive(passphrase, salt, ops, mem, &key)) {
        *error = tr("not enough memory to derive the key from the passphrase");
        return {};
    }
    const QByteArray nonce = hash(plaintext, crypto_secretbox_NONCEBYTES, key);
    QByteArray cipher(plaintext.size() + qsizetype(crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(cipher.data()),
                          reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          quint64(plaintext.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    const QJsonObject envelope{{QStringLiteral("format"), QLatin1String(kFormat)},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                               {QStringLiteral("opslimit"), ops},
                               {QStringLiteral("memlimit"), mem},
                               {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
                               {QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex())},
                               {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())},
                               {QStringLiteral("signer"), signer.publicKeyHex()}};
    const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return body + '\n' + signer.sign(body).toHex() + '\n';
}

bool SealedKey::open(const QByteArray &sealed, const QByteArray &passphrase, QByteArray *plaintext,
                     KeySigner *signerOut, QString *error)
{
    if (sodium_init() < 0) {
        *error = tr("libsodium cannot be initialised");
        return false;
    }
    const qsizetype end = sealed.indexOf('\n');
    const QByteArray body = sealed.left(end);
    const QByteArray sigHex = end < 0 ? QByteArray() : sealed.mid(end + 1);
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (end < 0 || envelope.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *error = tr("not a DialTrace answer key");
        return false;
    }
    const QByteArray signer =
        QByteArray::fromHex(envelope.value(QStringLiteral("signer")).toString().toLatin1());
    const QByteArray signature = QByteArray::fromHex(sigHex.trimmed());
    if (sigHex.size() != 2 * crypto_sign_BYTES + 1 || !sigHex.endsWith('\n') ||
        signature.toHex() + '\n' != sigHex || !SigningKey::verify(signer, body, signature)) {
        *error = tr("the answer key has been altered: its signature does not match");
        return false;
    }
    if (envelope.value(QStringLiteral("version")).toInt() != 1 ||
        envelope.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13")) {
        *error = tr("the answer key was made by a newer DialTrace (format version %1)")
                     .arg(envelope.value(QStringLiteral("version")).toInt());
        return false;
    }
    const QByteArray salt = QByteArray::fromHex(envelope.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce =
        QByteArray::fromHex(envelope.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray cipher =
        QByteArray::fromBase64(envelope.value(QStringLiteral("ciphertext")).toString().toLatin1());
    const qint64 ops = envelope.value(QStringLiteral("opslimit")).toInteger();
    const qint64 mem = envelope.value(QStringLiteral("memlimit")).toInteger();
    QByteArray key;
    if (salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        cipher.size() < qsizetype(crypto_secretbox_MACBYTES) || ops < qint64(crypto_pwhash_OPSLIMIT_MIN) ||
        ops > qint64(crypto_pwhash_OPSLIMIT_SENSITIVE) || mem < qint64(crypto_pwhash_MEMLIMIT_MIN) ||
        mem > qint64(crypto_pwhash_MEMLIMIT_SENSITIVE) || !derive(passphrase, salt, ops, mem, &key)) {
        *error = tr("the answer key is damaged");
        return false;
    }
    plaintext->resize(cipher.size() - qsizetype(crypto_secretbox_MACBYTES));
    const bool ok = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plaintext->data()),
                                               reinterpret_cast<const unsigned char *>(cipher.constData()),
                                               quint64(cipher.size()),
                                               reinterpret_cast<const unsigned char *>(nonce.constData()),
                                               reinterpret_cast<const unsigned char *>(key.constData())) == 0;
    sodium_memzero(key.data(), size_t(key.size()));
    if (!ok) {
        plaintext->clear();
        *error = tr("wrong passphrase for this answer key");
        return false;
    }
    if (signerOut) {
        signerOut->publicKey = signer;
        signerOut->fingerprint = SigningKey::fingerprintOf(signer);
        signerOut->trusted = TrustedKeys::load().isTrusted(signer);
    }
    return true;
}

QByteArray SealedKey::passphrase(const QString &file, QString *error)
{
    QByteArray p;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the passphrase file").arg(file);
            return {};
        }
        p = f.readLine();
        while (p.endsWith('\n') || p.endsWith('\r'))
            p.chop(1);
    } else {
        p = qgetenv(kPassphraseVariable);
    }
    if (p.isEmpty())
        *error =
            tr("the trainer's passphrase is needed: --passphrase-file FILE or DIALTRACE_TRAINER_PASSPHRASE");
    return p;
}

} // namespace dt::training
