#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <QByteArray>
#include <QString>

class QIODevice;

namespace dt {

/// Progress callback: bytes done, bytes total (total may be -1 when unknown).
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

/// Incremental SHA-256 (OpenSSL): feed the bytes of a file as they are read for something else.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(const char *data, qint64 size);
    /// The 32-byte digest; call once, after the last addData().
    QByteArray result();

private:
    void *m_ctx; ///< EVP_MD_CTX, kept out of the header
};

/**
 * SHA-256 of bytes handed over as they are read for something else, computed on its own thread (a
 * queue of at most 64 MB between): the import hashes the very bytes it parses, in one read of the
 * file. add() from one thread; result() once, after the last add().
 */
class Sha256Behind
{
public:
    Sha256Behind();
    ~Sha256Behind();
    Sha256Behind(const Sha256Behind &) = delete;
    Sha256Behind &operator=(const Sha256Behind &) = delete;
    void add(const QByteArray &bytes);
    /// The lowercase hex digest of every byte added, and how many there were.
    QString result(qint64 *bytes);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/**
 * Streams a file or device through SHA-256 in fixed-size chunks, so memory stays bounded
 * whatever the size. Returns the lowercase hex digest, or an empty string with @p error set.
 */
QString sha256OfFile(const QString &path, QString *error, const ProgressFn &progress = {},
                     const std::atomic_bool *cancel = nullptr);
QString sha256OfDevice(QIODevice *device, QString *error, const ProgressFn &progress = {},
                       const std::atomic_bool *cancel = nullptr);
QString sha256Hex(const QByteArray &data);

} // namespace dt
