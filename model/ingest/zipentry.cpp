#include "ingest/zipentry.h"

#include <QFile>
#include <zip.h>

namespace dt::ingest {

namespace {
constexpr qint64 kRatioFrom = 16 << 20; // a small part may compress far (a sheet of blanks)
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::open(const QString &file, const QString &displayName, QString *error)
{
    m_name = displayName;
    int zerr = 0;
    m_zip = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY, &zerr);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zerr);
        *error = tr("%1: not a readable zip archive (%2)")
                     .arg(displayName, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    return true;
}

QStringList ZipArchive::files() const
{
    QStringList out;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *name = zip_get_name(m_zip, zip_uint64_t(i), 0);
        if (name && !QByteArray(name).endsWith('/'))
            out << QString::fromUtf8(name);
    }
    return out;
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

bool ZipArchive::openEntry(const QString &name, Entry *entry, QString *error, qint64 maxBytes) const
{
    const QByteArray n = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, n.constData(), 0, &st) != 0) {
        error->clear();
        return false;
    }
    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : -1;
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : -1;
    if (maxBytes >= 0 && size > maxBytes) {
        *error = tr("%1: %2 would unpack to %3 MB, over the %4 MB limit: refused as a possible zip bomb")
                     .arg(m_name, name)
                     .arg(size >> 20)
                     .arg(maxBytes >> 20);
        return false;
    }
    if (compressed > 0 && size > kRatioFrom && size / compressed > kMaxRatio) {
        *error = tr("%1: %2 is compressed %3:1, far beyond any export: refused as a possible zip bomb")
                     .arg(m_name, name)
                     .arg(size / compressed);
        return false;
    }
    entry->m_file = zip_fopen(m_zip, n.constData(), 0);
    if (!entry->m_file) {
        *error = tr("%1: %2 cannot be read: %3").arg(m_name, name, QString::fromUtf8(zip_strerror(m_zip)));
        return false;
    }
    entry->m_size = size;
    entry->m_compressed = compressed;
    entry->m_done = 0;
    entry->m_where = tr("%1 in %2").arg(name, m_name);
    return true;
}

bool ZipArchive::readEntry(const QString &name, QByteArray *out, QString *error, qint64 maxBytes) const
{
    Entry e;
    if (!openEntry(name, &e, error, maxBytes))
        return false;
    out->clear();
    for (QByteArray chunk;;) {
        if (!e.read(1 << 20, &chunk, error))
            return false;
        if (chunk.isEmpty())
            return true;
        out->append(chunk);
    }
}

ZipArchive::Entry::~Entry()
{
    if (m_file)
        zip_fclose(m_file);
}

bool ZipArchive::Entry::read(qint64 max, QByteArray *out, QString *error)
{
    out->resize(max);
    const zip_int64_t n = zip_fread(m_file, out->data(), zip_uint64_t(max));
    if (n < 0) {
        *error = tr("%1 is damaged: %2").arg(m_where, QString::fromUtf8(zip_file_strerror(m_file)));
        out->clear();
        return false;
    }
    out->truncate(qsizetype(n));
    m_done += n;
    // The directory's sizes are the archive's word: the bytes themselves are held to the same limits.
    if (m_done > kRatioFrom && m_compressed > 0 && m_done / m_compressed > kMaxRatio) {
        *error = tr("%1 is compressed %2:1, far beyond any export: refused as a possible zip bomb")
                     .arg(m_where)
                     .arg(m_done / m_compressed);
        out->clear();
        return false;
    }
    return true;
}

} // namespace dt::ingest
