#include "ingest/reader.h"

#include "ingest/leggrouper.h"
#include "ingest/tablelayout.h"

#include <QFile>
#include <QFileInfo>

namespace dt::ingest {

namespace {

/// A plain file's bytes, passed to the input's tap as they are read.
class FileStream : public InputStream
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::Input)
public:
    explicit FileStream(const QString &path, std::function<void(const QByteArray &)> tap)
        : m_file(path)
        , m_tap(std::move(tap))
    {}
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    bool read(qint64 max, QByteArray *out, QString *error) override
    {
        *out = m_file.read(max);
        if (out->isEmpty() && m_file.error() != QFileDevice::NoError) {
            *error = tr("%1: cannot read: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        if (m_tap && !out->isEmpty())
            m_tap(*out); // the very bytes read (shared, not copied)
        return true;
    }
    qint64 consumed() const override { return m_file.pos(); }
    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
    std::function<void(const QByteArray &)> m_tap;
};

} // namespace

Input::Input(const QString &path)
    : m_path(path)
    , m_size(QFileInfo(path).size())
{}

Input::~Input() = default;

QString Input::name() const
{
    return QFileInfo(m_path).fileName();
}

std::unique_ptr<InputStream> Input::open(QString *error) const
{
    auto s = std::make_unique<FileStream>(m_path, m_tap);
    if (!s->open()) {
        *error = tr("%1: cannot open for reading: %2").arg(m_path, s->errorString());
        return nullptr;
    }
    return s;
}

QString Input::localFile(QString *)
{
    return m_path;
}

bool Input::setTap(std::function<void(const QByteArray &)> tap)
{
    m_tap = std::move(tap);
    return true;
}

std::unique_ptr<LegGrouper> Reader::legGrouper(const Layout &layout) const
{
    return tablelayout::legGrouper(layout);
}

QString Reader::cancelled(const QString &path)
{
    return tr("%1: import cancelled; the case is unchanged").arg(path);
}

bool Reader::isCancelled(const ReadContext &context, const Input &input, QString *error)
{
    if (!context.cancel || !context.cancel->load())
        return false;
    *error = cancelled(input.path());
    return true;
}

} // namespace dt::ingest
