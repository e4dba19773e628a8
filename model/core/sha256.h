#pragma once
#include <atomic>
#include <functional>
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
 * Streams a file or device through SHA-256 in fixed-size chunks, so memory stays bounded
 * whatever the size. Returns the lowercase hex digest, or an empty string with @p error set.
 */
QString sha256OfFile(const QString &path, QString *error, const ProgressFn &progress = {},
                     const std::atomic_bool *cancel = nullptr);
QString sha256OfDevice(QIODevice *device, QString *error, const ProgressFn &progress = {},
                       const std::atomic_bool *cancel = nullptr);
QString sha256Hex(const QByteArray &data);

} // namespace dt
