#include "ingest/complaintsink.h"

#include "case/rejectreason.h"
#include "core/text.h"

#include <QTimeZone>

namespace dt::ingest {

ComplaintSink::ComplaintSink(Database &db, qint64 sourceId, const Layout &layout,
                             const ImportOptions &options, ImportSummary *summary)
    : RowSink(Kind::Complaints, db, sourceId, layout, options, summary)
    , m_parser(layout.mapping, QTimeZone(options.timezone.toUtf8()), options.clockCorrection(),
               layout.appleEpoch())
{
    m_parser.setExcel1904(layout.excel1904());
}

ComplaintSink::~ComplaintSink() = default;

void ComplaintSink::setDayMonthOrder(DayMonthOrder o)
{
    RowSink::setDayMonthOrder(o);
    m_parser.setDayMonthOrder(o);
}

bool ComplaintSink::prepareKind(QString *error, qint64 fileBytes)
{
    m_resolver = std::make_unique<NumberResolver>(m_db, m_opt.region);
    if (!m_resolver->load(numbersInMemory(), knownNumbers(),
                          std::min<qint64>(estimatedRows(fileBytes), 80'000'000) / 10, error))
        return false;
    using Columns = std::initializer_list<const char *>;
    m_numberRows = std::make_unique<InsertBatch>(m_db, "numbers", Columns{"id", "value", "e164", "type"});
    m_complaintRows = std::make_unique<InsertBatch>(
        m_db, "complaints",
        Columns{"source_id", "line", "reported", "complainant", "time_utc", "category", "text"});
    for (const InsertBatch *b : batches()) {
        if (!b->isValid()) {
            *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

void ComplaintSink::releaseCaches()
{
    m_resolver->clear();
    std::vector<bool>().swap(m_touched);
}

bool ComplaintSink::insertHeldRows(QString *error)
{
    // The numbers before the complaints naming them (foreign keys).
    for (InsertBatch *rows : batches()) {
        if (!rows->flush(error))
            return false;
    }
    return true;
}

bool ComplaintSink::finish(QString *error, const std::function<bool()> &meanwhile)
{
    return insertHeldRows(error) && meanwhile();
}

void ComplaintSink::touch(qint64 id)
{
    if (id <= 0)
        return;
    if (size_t(id) >= m_touched.size())
        m_touched.resize(std::max(size_t(id) + 1, m_touched.size() * 2));
    if (!m_touched[size_t(id)]) {
        m_touched[size_t(id)] = true;
        ++m_distinct;
    }
}

QString ComplaintSink::value(const QStringList &row, Field f) const
{
    const int c = m_layout.mapping.column(f);
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

bool ComplaintSink::add(DecodedRow &r, QString *error)
{
    if (r.refused)
        return reject(r.line, r.fields.value(0), r.raw, error);
    const QStringList &row = r.fields;
    const QString reportedRaw = value(row, Field::Reported);
    if (reportedRaw.isEmpty())
        return reject(r.line, RejectReason::encode(RejectReason::Code::ReportedMissing), r.raw, error);
    NumberClass cls;
    const qint64 reported = m_resolver->numberId(reportedRaw, &cls, m_created);
    const QString complainantRaw = value(row, Field::Complainant);
    const qint64 complainant =
        complainantRaw.isEmpty() ? 0 : m_resolver->numberId(complainantRaw, nullptr, m_created);
    if (reported < 0 || complainant < 0) {
        *error = m_db.lastError();
        return false;
    }
    touch(reported);
    touch(complainant);
    for (const Created &c : m_created) {
        m_numberRows->add(c.id).add(c.value);
        if (c.e164.isEmpty())
            m_numberRows->addNull();
        else
            m_numberRows->add(c.e164);
        m_numberRows->add(c.type);
        if (m_numberRows->endRowHeld() && !insertHeldRows(error))
            return false;
    }
    m_created.clear();
    std::optional<qint64> t;
    if (const QString timeText = value(row, Field::Start); !timeText.isEmpty()) {
        t = m_parser.utcOf(timeText);
        if (!t)
            return reject(
                r.line,
                RejectReason::encode(RejectReason::Code::ComplaintTimeNotTime, {shownValue(timeText)}), r.raw,
                error);
    }
    m_complaintRows->add(m_source).add(r.line).add(reported).addId(complainant);
    if (t)
        m_complaintRows->add(*t);
    else
        m_complaintRows->addNull();
    const QString cat = value(row, Field::Category), text = value(row, Field::Text);
    m_complaintRows->addText(cat.toUtf8()).addText(text.toUtf8());
    if (m_complaintRows->endRowHeld() && !insertHeldRows(error))
        return false;
    ++m_sum->accepted;
    if (t)
        countTime(*t);
    return true;
}

} // namespace dt::ingest
