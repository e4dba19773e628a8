#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

typedef struct zip zip_t;
typedef struct zip_file zip_file_t;

namespace dt::ingest {

/**
 * A zip archive (libzip), read-only, and one of its entries read a chunk at a time. Refuses zip
 * bombs: an entry compressed beyond kMaxRatio:1 once it unpacks to more than 16 MB, and an entry
 * over a caller's size limit (for what is held in memory). Errors name the archive and the entry.
 */
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::ZipArchive)
public:
    static constexpr qint64 kMaxRatio = 200;

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;
    /// Opens @p file; messages name @p displayName.
    bool open(const QString &file, const QString &displayName, QString *error);
    /// The names of the entries that are files (not folders), in the archive's order.
    QStringList files() const;
    bool contains(const QString &name) const;

    /// An entry being read.
    class Entry
    {
    public:
        Entry() = default;
        ~Entry();
        Entry(const Entry &) = delete;
        Entry &operator=(const Entry &) = delete;
        /// The next up to @p max bytes (none at the end); false on an error or a ratio past the limit.
        bool read(qint64 max, QByteArray *out, QString *error);
        /// The bytes it unpacks to, as the archive says.
        qint64 size() const { return m_size; }
        qint64 done() const { return m_done; }

    private:
        friend class ZipArchive;
        zip_file_t *m_file = nullptr;
        QString m_where; ///< "entry in archive", for messages
        qint64 m_size = 0, m_compressed = 0, m_done = 0;
    };
    /// Opens entry @p name for reading; false (@p error set, or empty when there is no such entry)
    /// when it is missing, damaged, or over @p maxBytes (-1: no limit) or the ratio.
    bool openEntry(const QString &name, Entry *entry, QString *error, qint64 maxBytes = -1) const;
    /// The whole of entry @p name (at most @p maxBytes).
    bool readEntry(const QString &name, QByteArray *out, QString *error, qint64 maxBytes) const;

private:
    zip_t *m_zip = nullptr;
    QString m_name;
};

} // namespace dt::ingest
