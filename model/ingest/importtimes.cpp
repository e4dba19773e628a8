#include "ingest/importtimes.h"

#include "case/database.h"
#include "ingest/callparser.h"
#include "ingest/fielddecoder.h"
#include "ingest/numberresolver.h"
#include "ingest/reader.h"
#include "ingest/valueparsers.h"

#include <algorithm>
#include <QDateTime>
#include <QTimeZone>
#include <utility>

namespace dt::ingest {

namespace {

/// Wall-clock day (days since 1970-01-01) of @p utc in @p tz.
qint64 localDay(const QTimeZone &tz, qint64 utc)
{
    const qint64 wall = utc + tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    return wall >= 0 ? wall / 86400 : -((-wall + 86399) / 86400);
}

/// Streams the records of @p path to @p each (decoded fields, header skipped) until it returns false.
/// True when the file was read to its end or @p each asked to stop.
bool eachRow(const Reader &reader, const QString &path, const Layout &layout, const ImportOptions &options,
             const std::atomic_bool *cancel, const std::function<bool(const QStringList &)> &each,
             QString *error, const ProgressFn &progress = {})
{
    Input input(path);
    FieldDecoder dec(reader.fieldEncoding(layout));
    bool skipHeader = layout.header, stopped = false;
    CallbackSink sink([&](QVector<Record> &rs) {
        for (const Record &r : std::as_const(rs)) {
            if (std::exchange(skipHeader, false))
                continue;
            QStringList row;
            row.reserve(r.fields.size());
            for (const QByteArray &f : r.fields)
                row << dec(f, nullptr);
            if (!each(row)) {
                stopped = true;
                break;
            }
        }
        rs.clear();
        return !stopped;
    });
    ReadContext context;
    context.cancel = cancel;
    context.progress = progress;
    QString why;
    const bool ok = reader.read(input, layout, options, sink, context, &why);
    if (!ok && !stopped && error)
        *error = why;
    return ok || stopped;
}

} // namespace

DateOrderResult decideDateOrder(Database &db, const Reader &reader, const QString &path, const Layout &layout,
                                const ImportOptions &options, const QString &caseZone,
                                const std::atomic_bool *cancel)
{
    DateOrderHints hints;
    hints.given = dateOrderFromName(options.dateOrder);
    const int column = layout.mapping.column(Field::Start);
    QStringList values;
    for (qsizetype i = 0; i < layout.preview.size(); ++i) // the preview holds data rows only
        values << layout.preview.at(i).value(column).trimmed();
    const DateOrderResult first = detectDateOrder(values, hints);
    // Without year-last dates in the preview (year-first dates and epochs read the same in every
    // order) the preview decides alone, and the import reads nothing more.
    if (first.dmy.fits == 0 && first.mdy.fits == 0)
        return first;
    values.clear();
    eachRow(
        reader, path, layout, options, cancel,
        [&](const QStringList &row) {
            values << row.value(column).trimmed();
            return values.size() < kDateOrderSampleRows;
        },
        nullptr);
    if (values.isEmpty())
        return first;
    // The case's calls as wall-clock days of the case's zone: agreement with them is evidence.
    Statement span = db.prepare(QStringLiteral("SELECT min(start_utc), max(start_utc) FROM calls"));
    if (span.step() && !span.isNull(0)) {
        const QTimeZone tz(caseZone.toUtf8());
        hints.otherDays = std::make_pair(localDay(tz, span.int64(0)), localDay(tz, span.int64(1)));
    }
    return detectDateOrder(values, hints);
}

DayMonthOrder parserOrder(const DateOrderResult &r)
{
    // Year-first columns read the same whatever the order; a stray year-last value in one is read
    // day first (the default) and never one way here and the other way there.
    return r.order == DateOrder::Mdy ? DayMonthOrder::MonthFirst : DayMonthOrder::DayFirst;
}

std::optional<SkewEstimate> estimateFileClock(Database &db, const Reader &reader, const QString &path,
                                              const Layout &layout, const ImportOptions &options,
                                              DayMonthOrder order, const std::atomic_bool *cancel,
                                              QString *error, qint64 excludeSource,
                                              const ProgressFn &progress)
{
    if (!db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM call_blocks)")).toBool())
        return std::nullopt;
    const QTimeZone tz(options.timezone.toUtf8());
    CallParser parser(layout.mapping, tz, ClockCorrection{}, layout.appleEpoch());
    parser.setDayMonthOrder(order);
    parser.setExcel1904(layout.excel1904());
    // The parties as the case's number ids; a number the case lacks gets an id no case call has.
    NumberResolver numbers(db, options.region);
    if (!numbers.load(true,
                      db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM numbers")).toLongLong(), 0,
                      error))
        return std::nullopt;
    std::vector<CallTiming> file;
    std::vector<Created> created;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    const bool read = eachRow(
        reader, path, layout, options, cancel,
        [&](const QStringList &row) {
            ParsedCall pc;
            parser.parse(row, &pc);
            if (!pc.rejectReason.isEmpty())
                return true;
            ResolvedCall rc;
            numbers.resolveParties(pc, &rc, created);
            created.clear();
            if (rc.caller <= 0 || rc.callee <= 0)
                return true;
            file.push_back(CallTiming{rc.caller, rc.callee, pc.utc, pc.duration});
            first = std::min(first, pc.utc);
            last = std::max(last, pc.utc);
            return true;
        },
        error, progress);
    if (!read || (cancel && cancel->load()))
        return std::nullopt;
    numbers.clear();
    SkewOptions skew;
    std::vector<CallTiming> inCase;
    if (!file.empty()) {
        skew.assumedUtcOffset = tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(first, Qt::UTC));
        QString sql = QStringLiteral(
            "SELECT caller, callee, start_utc, duration FROM calls WHERE start_utc BETWEEN ?1 AND ?2");
        if (excludeSource > 0)
            sql += QStringLiteral(" AND (source_id <> ?3 OR id IN (SELECT call_id FROM call_rows WHERE "
                                  "source_id <> ?3))");
        Statement st = db.prepare(sql);
        st.bind(1, first - skew.searchWindow).bind(2, last + skew.searchWindow);
        if (excludeSource > 0)
            st.bind(3, excludeSource);
        while (st.step())
            inCase.push_back(CallTiming{st.int64(0), st.int64(1), st.int64(2), st.int64(3)});
    }
    return estimateClockSkew(file, inCase, skew, {}, cancel);
}

} // namespace dt::ingest
