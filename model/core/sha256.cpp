#include "core/sha256.h"

#include "core/handoff.h"

#include <openssl/evp.h>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <thread>

namespace dt {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Sha256::addData(const char *data, qint64 size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, size_t(size));
}

QByteArray Sha256::result()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), md, &len);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

struct Sha256Behind::State
{
    Sha256 hash;
    Handoff<QByteArray> chunks{qint64(64) << 20};
    qint64 total = 0;
    std::thread thread;
};

Sha256Behind::Sha256Behind()
    : m_state(std::make_unique<State>())
{
    State &s = *m_state;
    s.thread = std::thread([&s] {
        QByteArray bytes;
        while (s.chunks.take(&bytes))
            s.hash.addData(bytes.constData(), bytes.size());
    });
}

Sha256Behind::~Sha256Behind()
{
    m_state->chunks.close();
    if (m_state->thread.joinable())
        m_state->thread.join();
}

void Sha256Behind::add(const QByteArray &bytes)
{
    m_state->total += bytes.size();
    m_state->chunks.put(bytes, bytes.size());
}

QString Sha256Behind::result(qint64 *bytes)
{
    m_state->chunks.close();
    m_state->thread.join();
    *bytes = m_state->total;
    return QString::fromLatin1(m_state->hash.result().toHex());
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dt::Sha256)
};
constexpr qint64 kChunk = 1 << 20;
} // namespace

QString sha256OfDevice(QIODevice *device, QString *error, const ProgressFn &progress,
                       const std::atomic_bool *cancel)
{
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    const qint64 total = device->isSequential() ? -1 : device->size();
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = Tr::tr("Hashing cancelled");
            return {};
        }
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = Tr::tr("Read error: %1").arg(device->errorString());
            return {};
        }
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        done += n;
        if (progress)
            progress(done, total);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256OfFile(const QString &path, QString *error, const ProgressFn &progress,
                     const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1: cannot open for reading: %2").arg(path, file.errorString());
        return {};
    }
    QString localError;
    const QString digest = sha256OfDevice(&file, &localError, progress, cancel);
    if (digest.isEmpty() && error)
        *error = path + QStringLiteral(": ") + localError;
    return digest;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace dt
