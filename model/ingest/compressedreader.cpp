#include "ingest/compressedreader.h"

#include "ingest/leggrouper.h"
#include "ingest/zipentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <zlib.h>

namespace dt::ingest {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kRatioFrom = 16 << 20;

/// A gzip file's bytes, unpacked as they are read (zlib; members one after the other).
class GzipStream : public InputStream
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::CompressedReader)
public:
    GzipStream(const QString &path)
        : m_file(path)
    {}
    ~GzipStream() override
    {
        if (m_init)
            inflateEnd(&m_z);
    }
    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot open for reading: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_init = inflateInit2(&m_z, 16 + MAX_WBITS) == Z_OK; // 16: a gzip header and trailer
        if (!m_init)
            *error = tr("%1: cannot unpack: %2").arg(m_file.fileName(), QString::fromLatin1(m_z.msg));
        return m_init;
    }
    bool read(qint64 max, QByteArray *out, QString *error) override
    {
        out->resize(max);
        m_z.next_out = reinterpret_cast<Bytef *>(out->data());
        m_z.avail_out = uInt(max);
        while (m_z.avail_out > 0 && !m_done) {
            if (m_z.avail_in == 0 && !refill(error))
                return false;
            if (m_z.avail_in == 0) { // the end of the file
                m_done = true;
                if (!m_memberEnded) {
                    *error = tr("%1: the compressed data ends early, after %2 bytes unpacked (a truncated "
                                "file?)")
                                 .arg(m_file.fileName())
                                 .arg(m_out + (max - m_z.avail_out));
                    return false;
                }
                break;
            }
            if (m_memberEnded) {
                // Another member follows (gzip files written in parts, concatenated): its own header.
                if (m_z.next_in[0] != 0x1f) {
                    *error = tr("%1: data that is not gzip after the compressed data (at byte %2)")
                                 .arg(m_file.fileName())
                                 .arg(consumed());
                    return false;
                }
                inflateReset(&m_z);
                m_memberEnded = false;
            }
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_memberEnded = true;
            } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && m_z.avail_in == 0)) {
                *error = tr("%1: the compressed data is damaged near byte %2: %3")
                             .arg(m_file.fileName())
                             .arg(consumed())
                             .arg(QString::fromLatin1(m_z.msg ? m_z.msg : "zlib error"));
                return false;
            }
        }
        const qint64 got = max - qint64(m_z.avail_out);
        out->truncate(got);
        m_out += got;
        if (m_out > kRatioFrom && m_out / std::max<qint64>(1, consumed()) > ZipArchive::kMaxRatio) {
            *error = tr("%1: compressed %2:1, far beyond any export: refused as a possible zip bomb")
                         .arg(m_file.fileName())
                         .arg(m_out / std::max<qint64>(1, consumed()));
            return false;
        }
        return true;
    }
    qint64 consumed() const override { return m_file.pos() - qint64(m_z.avail_in); }

private:
    bool refill(QString *error)
    {
        m_in = m_file.read(kChunk);
        if (m_in.isEmpty() && m_file.error() != QFileDevice::NoError) {
            *error = tr("%1: cannot read: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_z.next_in = reinterpret_cast<Bytef *>(m_in.data());
        m_z.avail_in = uInt(m_in.size());
        return true;
    }
    QFile m_file;
    QByteArray m_in;
    z_stream m_z = {};
    bool m_init = false, m_memberEnded = false, m_done = false;
    qint64 m_out = 0;
};

/// The one file of a zip archive, unpacked as it is read.
class ZipMemberStream : public InputStream
{
public:
    bool open(const QString &path, const QString &display, const QString &entry, qint64 outerSize,
              QString *error)
    {
        m_outer = outerSize;
        return m_zip.open(path, display, error) && m_zip.openEntry(entry, &m_entry, error);
    }
    bool read(qint64 max, QByteArray *out, QString *error) override { return m_entry.read(max, out, error); }
    qint64 consumed() const override
    {
        return m_entry.size() > 0 ? qint64(double(m_outer) * double(m_entry.done()) / double(m_entry.size()))
                                  : 0;
    }

private:
    ZipArchive m_zip;
    ZipArchive::Entry m_entry;
    qint64 m_outer = 0;
};

/// The export inside a compressed file: streamed, or unpacked once into a temporary file.
class InnerInput : public Input
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::CompressedReader)
public:
    /// @p entry: the zip's file, or empty for a gzip file.
    InnerInput(const QString &path, const QString &entry)
        : Input(path)
        , m_entry(entry)
    {}
    QString name() const override
    {
        if (!m_entry.isEmpty())
            return QFileInfo(m_entry).fileName();
        // The gzip file's name without its suffix, as gunzip names what it unpacks.
        const QString n = Input::name();
        for (const char *suffix : {".gz", ".gzip"}) {
            if (n.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
                return n.chopped(int(qstrlen(suffix)));
        }
        return n;
    }
    QString displayName() const override
    {
        return m_entry.isEmpty() ? path() : tr("%1 in %2").arg(m_entry, path());
    }
    std::unique_ptr<InputStream> open(QString *error) const override
    {
        if (m_entry.isEmpty()) {
            auto s = std::make_unique<GzipStream>(path());
            return s->open(error) ? std::move(s) : nullptr;
        }
        auto s = std::make_unique<ZipMemberStream>();
        return s->open(path(), path(), m_entry, size(), error) ? std::move(s) : nullptr;
    }
    QString localFile(QString *error) override
    {
        if (m_copy)
            return m_copy->fileName();
        auto copy = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/dialtrace-XXXXXX-") +
                                                     name());
        const auto stream = open(error);
        if (!stream)
            return {};
        if (!copy->open()) {
            *error =
                tr("%1: cannot unpack into a temporary file: %2").arg(displayName(), copy->errorString());
            return {};
        }
        for (QByteArray chunk;;) {
            if (!stream->read(kChunk, &chunk, error))
                return {};
            if (chunk.isEmpty())
                break;
            if (copy->write(chunk) != chunk.size()) {
                *error =
                    tr("%1: cannot unpack into a temporary file: %2").arg(displayName(), copy->errorString());
                return {};
            }
        }
        if (!copy->flush()) {
            *error =
                tr("%1: cannot unpack into a temporary file: %2").arg(displayName(), copy->errorString());
            return {};
        }
        m_copy = std::move(copy);
        return m_copy->fileName();
    }
    bool setTap(std::function<void(const QByteArray &)>) override { return false; }

private:
    QString m_entry;
    std::unique_ptr<QTemporaryFile> m_copy;
};

} // namespace

int CompressedReader::confidence(const QByteArray &head, const QString &) const
{
    if (isGzip(head))
        return 95;
    return head.startsWith("PK\x03\x04") ? 40 : 0; // below a spreadsheet's (also a zip)
}

QString CompressedReader::prefixOf(const QString &format)
{
    const qsizetype plus = format.indexOf(QLatin1Char('+'));
    return plus < 0 ? QString() : format.left(plus + 1);
}

std::unique_ptr<Input> CompressedReader::inner(Input &input, QString *error) const
{
    QString entry;
    const auto stream = input.open(error);
    QByteArray magic;
    if (!stream || !stream->read(4, &magic, error))
        return nullptr;
    if (!isGzip(magic)) {
        ZipArchive zip;
        if (!zip.open(input.path(), input.displayName(), error))
            return nullptr;
        const QStringList files = zip.files();
        if (files.size() != 1) {
            *error = files.isEmpty()
                         ? tr("%1: a zip archive with no file in it").arg(input.displayName())
                         : tr("%1: a zip archive of %2 files (%3): DialTrace imports a zip that holds one "
                              "export; unpack it and import its files")
                               .arg(input.displayName())
                               .arg(files.size())
                               .arg(files.mid(0, 8).join(QStringLiteral(", ")) +
                                    (files.size() > 8 ? QStringLiteral(", …") : QString()));
            return nullptr;
        }
        entry = files.front();
    }
    return std::make_unique<InnerInput>(input.path(), entry);
}

bool CompressedReader::open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const
{
    const auto outer = input.open(error);
    QByteArray magic;
    if (!outer || !outer->read(4, &magic, error))
        return false;
    const bool gzip = isGzip(magic);
    if (!gzip) {
        // A workbook whose parts are stored in an unusual order is a workbook, not a zip of files.
        ZipArchive zip;
        if (!zip.open(input.path(), input.displayName(), error))
            return false;
        if (zip.contains(QStringLiteral("xl/workbook.xml"))) {
            const Reader *xlsx = m_readers.byName(QStringLiteral("xlsx"));
            if (!xlsx || !xlsx->open(input, options, layout, error))
                return false;
            layout->reader = xlsx->name();
            return true;
        }
    }
    const auto in = inner(input, error);
    if (!in)
        return false;
    const auto stream = in->open(error);
    QByteArray head;
    if (!stream || !stream->read(kHeadBytes, &head, error))
        return false;
    if (head.isEmpty()) {
        *error = tr("%1: the compressed file holds nothing").arg(in->displayName());
        return false;
    }
    const Reader *reader = m_readers.pick(head, *in, options.format, false, error);
    if (!reader || !reader->open(*in, options, layout, error))
        return false;
    layout->reader = name();
    layout->format = (gzip ? QStringLiteral("gzip+") : QStringLiteral("zip+")) + layout->format;
    layout->details.insert(QLatin1String(kInnerReader), reader->name());
    layout->details.insert(QLatin1String(kInnerFile), in->name());
    return true;
}

const Reader *CompressedReader::innerReader(const Layout &layout, Layout *innerLayout) const
{
    *innerLayout = layout;
    innerLayout->format = layout.format.mid(prefixOf(layout.format).size());
    innerLayout->reader = layout.details.value(QLatin1String(kInnerReader)).toString();
    return m_readers.byName(innerLayout->reader);
}

bool CompressedReader::read(Input &input, const Layout &layout, const ImportOptions &options,
                            RecordSink &sink, const ReadContext &context, QString *error) const
{
    Layout il;
    const Reader *reader = innerReader(layout, &il);
    if (!reader) {
        *error = tr("%1: no reader for the export inside (%2)").arg(input.displayName(), il.reader);
        return false;
    }
    const auto in = inner(input, error);
    return in && reader->read(*in, il, options, sink, context, error);
}

QString CompressedReader::fieldEncoding(const Layout &layout) const
{
    Layout il;
    const Reader *reader = innerReader(layout, &il);
    return reader ? reader->fieldEncoding(il) : Reader::fieldEncoding(layout);
}

bool CompressedReader::delimited(const Layout &layout) const
{
    Layout il;
    const Reader *reader = innerReader(layout, &il);
    return reader && reader->delimited(il);
}

std::unique_ptr<LegGrouper> CompressedReader::legGrouper(const Layout &layout) const
{
    Layout il;
    const Reader *reader = innerReader(layout, &il);
    return reader ? reader->legGrouper(il) : nullptr;
}

void CompressedReader::settle(Layout *layout) const
{
    Layout il;
    if (const Reader *reader = innerReader(*layout, &il)) {
        reader->settle(&il);
        layout->format = prefixOf(layout->format) + il.format;
    }
}

} // namespace dt::ingest
