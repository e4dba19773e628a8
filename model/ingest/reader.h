#pragma once
#include "ingest/csvparser.h"
#include "ingest/importtypes.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dt::ingest {

class LegGrouper;

/// A sequential stream of an export's bytes (Input::open()).
class InputStream
{
public:
    virtual ~InputStream() = default;
    /// The next up to @p max bytes into @p out (fewer only at the end, none after it); false on an
    /// error, with @p error naming the file and the reason.
    virtual bool read(qint64 max, QByteArray *out, QString *error) = 0;
    /// Bytes of the file as given consumed so far (progress: compressed bytes for a compressed file).
    virtual qint64 consumed() const = 0;
};

/**
 * The bytes a reader reads: a file as given, or the one export inside a compressed file (the reader
 * that unpacks it makes that Input). Errors name displayName(); progress counts the file's bytes.
 */
class Input
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::Input)
public:
    explicit Input(const QString &path);
    virtual ~Input();
    Input(const Input &) = delete;
    Input &operator=(const Input &) = delete;
    /// The file as given.
    QString path() const { return m_path; }
    /// The export's own file name: the file's, or the one inside a compressed file.
    virtual QString name() const;
    /// How messages name the export: the path, or "name in path".
    virtual QString displayName() const { return m_path; }
    /// The size of the file as given (the total of progress).
    qint64 size() const { return m_size; }
    /// A new stream of the export's bytes from their start; null with @p error set.
    virtual std::unique_ptr<InputStream> open(QString *error) const;
    /// A file holding the export's bytes, for formats read by random access (SQLite, zip): the file
    /// itself, or a copy unpacked into a temporary file on first use (removed with this object).
    virtual QString localFile(QString *error);
    /// Streams opened after this call pass every byte of the file as given, as they read it, to @p tap
    /// (the import's SHA-256 of its source, in the same read). Plain files only: false otherwise.
    virtual bool setTap(std::function<void(const QByteArray &)> tap);

protected:
    std::function<void(const QByteArray &)> m_tap;

private:
    QString m_path;
    qint64 m_size = 0;
};

/// The first bytes the readers are shown to decide whether they read a file, and sniff it from.
constexpr qint64 kHeadBytes = 256 * 1024;

/// Where a reader's records go, a batch at a time, in file order.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    /// Records (fields in Reader::fieldEncoding()); the sink empties @p batch. False: stop (the
    /// sink has its reason).
    virtual bool records(QVector<Record> &batch) = 0;
    /// Whether plainLine() takes lines split in place (delimited text's lines with no quotes).
    virtual bool takesPlainLines() const { return false; }
    /// One line of delimited text that needs no unquoting (no quote, no carriage return inside),
    /// without its line break: its fields are the bytes between delimiters. Only when
    /// takesPlainLines(); in order with the records.
    virtual bool plainLine(QByteArrayView, qint64 /*line*/) { return false; }
    /// Whether plainLine() also takes lines whose quotes only enclose whole fields ("a","b c",d:
    /// no doubled quote, nothing after a closing quote but a delimiter): split them with
    /// splitPlainLine().
    virtual bool takesQuotedLines() const { return false; }
    /// A record the reader itself refuses (a quoted field left open at the end of the file): kept
    /// as a rejected row with @p reason, in order with the others.
    virtual bool refused(Record &&record, const QString &reason) = 0;
};

/// A sink of callbacks, for a pass that only looks at the records (refused ones are left out).
class CallbackSink : public RecordSink
{
public:
    explicit CallbackSink(std::function<bool(QVector<Record> &)> records,
                          std::function<bool(QByteArrayView, qint64)> plainLine = {})
        : m_records(std::move(records))
        , m_plain(std::move(plainLine))
    {}
    bool records(QVector<Record> &batch) override { return m_records(batch); }
    bool takesPlainLines() const override { return bool(m_plain); }
    bool plainLine(QByteArrayView text, qint64 line) override { return m_plain(text, line); }
    bool refused(Record &&, const QString &) override { return true; }

private:
    std::function<bool(QVector<Record> &)> m_records;
    std::function<bool(QByteArrayView, qint64)> m_plain;
};

/// How a read is driven and watched.
struct ReadContext
{
    ProgressFn progress;                      ///< bytes of the file as given, of its size
    const std::atomic_bool *cancel = nullptr; ///< set: the read stops with an error
    QString sourceName;                       ///< the source the rows are imported as
    /// A doubt about the read the analyst should see in the import's summary (a reader that had to
    /// take a slower way); called on the reading thread, at most once per doubt.
    std::function<void(const QString &)> warn;
};

/**
 * A file format DialTrace imports (as Tiled's FileFormat): whether it reads a file, from its first
 * bytes and name; how it would read it (open(): the layout the wizard shows and the import keeps);
 * its records streamed to a sink in batches, in bounded memory, with progress and cancellation;
 * errors that name the file and the line. Readers hold no state between calls: one instance serves
 * every import, on any thread. Adding a format is a new Reader and one line in ReaderRegistry.
 */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::Reader)
public:
    virtual ~Reader() = default;
    /// The registry's name of the reader (kept in Layout::reader).
    virtual QString name() const = 0;
    /// The formats its layouts can have (--format names); the first is its own.
    virtual QStringList formats() const = 0;
    /// File name patterns of the exports it reads, for file dialogs ("*.csv").
    virtual QStringList patterns() const = 0;
    /// How sure it is to read a file starting with @p head (up to kHeadBytes) named @p fileName:
    /// 0 not at all, 100 surely. The registry takes the surest.
    virtual int confidence(const QByteArray &head, const QString &fileName) const = 0;
    /// Reads the start of @p input: format, encoding, header, columns and their mapping, the first
    /// rows (up to kPreviewRows) decoded. The registry applies the analyst's overrides after it.
    virtual bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const = 0;
    /// Streams every record of @p input to @p sink as open() laid it out; false with @p error set
    /// (the file, the line, the reason) when it cannot, or when cancelled.
    virtual bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
                      const ReadContext &context, QString *error) const = 0;
    /// The encoding of the records' fields: the file's for text read as bytes, UTF-8 otherwise.
    virtual QString fieldEncoding(const Layout &) const { return QStringLiteral("UTF-8"); }
    /// Whether the fields are split from delimited text (the wizard then shows the delimiter).
    virtual bool delimited(const Layout &) const { return false; }
    /// Whether read() reads the file as given once from its start to its end, in one pass, so that
    /// its bytes can be hashed on the way (Input::setTap()).
    virtual bool readsInOnePass(const Layout &) const { return false; }
    /// PBX logs whose calls span several rows (legs): a grouper for a first pass over the records;
    /// null when every row is a call of its own (by default: tablelayout::legGrouper()).
    virtual std::unique_ptr<LegGrouper> legGrouper(const Layout &layout) const;
    /// The layout once the analyst's overrides are applied: a reader may name its variant by the
    /// final mapping.
    virtual void settle(Layout *) const {}

    static constexpr int kPreviewRows = 40;
    /// "PATH: import cancelled; the case is unchanged".
    static QString cancelled(const QString &path);
    /// True when @p context asks to stop; @p error says so.
    static bool isCancelled(const ReadContext &context, const Input &input, QString *error);
};

/// The readers a wrapping reader hands the export inside a file to (ReaderRegistry is one).
class ReaderLookup
{
public:
    virtual ~ReaderLookup() = default;
    /// The reader for @p input, which starts with @p head: the surest, unless @p format (an
    /// analyst's --format, or "auto") names another's; wrappers only when @p wrappers. Null with
    /// @p error set when none reads it.
    virtual const Reader *pick(const QByteArray &head, const Input &input, const QString &format,
                               bool wrappers, QString *error) const = 0;
    /// The reader of that name (Reader::name()), or null.
    virtual const Reader *byName(const QString &name) const = 0;
};

} // namespace dt::ingest
