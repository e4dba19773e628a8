#include "ingest/rowsink.h"

#include "case/rejectreason.h"
#include "ingest/callsink.h"
#include "ingest/complaintsink.h"
#include "ingest/leaksink.h"

#include <QTimeZone>

namespace dt::ingest {

namespace {

/// Distinct kinds of reason a summary counts; a file whose rows fail in more ways than this (each
/// row still has its own reason in rejected_rows) counts the rest together.
constexpr int kMaxReasonKinds = 50;

} // namespace

std::unique_ptr<RowSink> RowSink::make(Database &db, qint64 sourceId, const Layout &layout,
                                       const ImportOptions &options, ImportSummary *summary)
{
    if (layout.kind == QLatin1String("calls"))
        return std::make_unique<CallSink>(db, sourceId, layout, options, summary);
    if (layout.kind == QLatin1String("leak"))
        return std::make_unique<LeakSink>(db, sourceId, layout, options, summary);
    return std::make_unique<ComplaintSink>(db, sourceId, layout, options, summary);
}

RowSink::RowSink(Kind kind, Database &db, qint64 sourceId, const Layout &layout, const ImportOptions &options,
                 ImportSummary *summary)
    : m_db(db)
    , m_source(sourceId)
    , m_layout(layout)
    , m_opt(options)
    , m_sum(summary)
    , m_kind(kind)
{}

RowSink::~RowSink() = default;

bool RowSink::prepare(QString *error, qint64 fileBytes)
{
    if (!QTimeZone(m_opt.timezone.toUtf8()).isValid()) {
        *error = tr("--timezone: unknown time zone '%1' (e.g. Asia/Shanghai, UTC)").arg(m_opt.timezone);
        return false;
    }
    // The case's numbers are read into memory when the file may well touch most of them; a small
    // file in a big case looks its numbers up one by one instead (a leak list after a large CDR).
    // A leaked list names about a number a row, and reading a number costs far less than looking
    // one up in SQL: in memory while the case holds up to a few times the file's rows.
    m_knownNumbers = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM numbers")).toLongLong();
    m_numbersInMemory = fileBytes < 0 || m_knownNumbers <= fileBytes / 64 ||
                        (m_kind == Kind::Leak && m_knownNumbers <= 4 * estimatedRows(fileBytes));
    if (!prepareKind(error, fileBytes))
        return false;
    m_insRejected = m_db.prepare(
        QStringLiteral("INSERT INTO rejected_rows(source_id, line, reason, raw) VALUES(?,?,?,?)"));
    if (!m_insRejected.isValid()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

qint64 RowSink::estimatedRows(qint64 fileBytes) const
{
    if (fileBytes <= 0 || m_layout.preview.isEmpty())
        return 0;
    qint64 previewBytes = 0; // the preview's rows as they were in the file, about
    for (const QStringList &r : m_layout.preview)
        for (const QString &f : r)
            previewBytes += f.toUtf8().size() + 1;
    return fileBytes / std::max<qint64>(16, previewBytes / m_layout.preview.size());
}

bool RowSink::reject(qint64 line, const QString &reason, const QByteArray &raw, QString *error)
{
    ++m_sum->rejected;
    QString kind = RejectReason::kind(reason);
    if (m_sum->rejectedByReason.size() >= kMaxReasonKinds && !m_sum->rejectedByReason.contains(kind))
        kind = RejectReason::encode(RejectReason::Code::OtherKinds);
    ++m_sum->rejectedByReason[kind];
    m_insRejected.reset();
    m_insRejected.bind(1, m_source).bind(2, line).bind(3, reason).bindBlob(4, raw);
    if (!m_insRejected.exec()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

} // namespace dt::ingest
