#include "ingest/timespreview.h"

#include "case/casefile.h"
#include "ingest/importtimes.h"
#include "ingest/readerregistry.h"
#include "ingest/valueparsers.h"

#include <QDateTime>

namespace dt::ingest {

namespace {

QString wallText(QStringView value, DayMonthOrder order, bool excel1904)
{
    const auto wall = parseLocalTime(value, order, nullptr, false, excel1904);
    return wall ? QDateTime::fromSecsSinceEpoch(*wall, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
}

} // namespace

TimesPreview previewTimes(CaseFile &worker, const QString &path, const Layout &layout,
                          const ImportOptions &given, const ProgressFn &progress,
                          const std::atomic_bool *cancel)
{
    TimesPreview out;
    ImportOptions options = given;
    if (options.timezone.isEmpty())
        options.timezone = worker.timeZone();
    const Reader *reader = ReaderRegistry::instance().readerOf(layout);
    if (!reader || layout.kind == QLatin1String("leak") || !layout.mapping.has(Field::Start))
        return out;
    out.hasTimes = true;
    out.order = decideDateOrder(worker.db(), *reader, path, layout, options, worker.timeZone(), cancel);
    out.showBothReadings = out.order.ambiguous > 0 && out.order.basis != DateOrderBasis::Given &&
                           (out.order.closeCall || out.order.basis == DateOrderBasis::Default ||
                            out.order.basis == DateOrderBasis::Inferred);
    const int column = layout.mapping.column(Field::Start);
    for (qsizetype i = 0; i < layout.preview.size() && out.firstRows.size() < kTimesPreviewRows; ++i) {
        const QString v = layout.preview.at(i).value(column).trimmed();
        out.firstRows.push_back({v, wallText(v, DayMonthOrder::DayFirst, layout.excel1904()),
                                 wallText(v, DayMonthOrder::MonthFirst, layout.excel1904())});
    }
    if (layout.kind != QLatin1String("calls")) {
        out.clockNote = TimesPreview::tr("Only a call log's clock is measured.");
        return out;
    }
    if (options.clockOffset) {
        out.clockNote = TimesPreview::tr("The clock offset is given (%1 s): nothing is measured.")
                            .arg(*options.clockOffset);
        return out;
    }
    QString why;
    out.clock = estimateFileClock(worker.db(), *reader, path, layout, options, parserOrder(out.order), cancel,
                                  &why, 0, progress);
    if (!out.clock) {
        if (cancel && cancel->load())
            out.clockNote = TimesPreview::tr("The measure was cancelled.");
        else if (!why.isEmpty())
            out.clockNote = TimesPreview::tr("The clock is not measured: %1").arg(why);
        else
            out.clockNote = TimesPreview::tr("The case has no calls yet: there is nothing to measure the "
                                             "file's clock against.");
    }
    return out;
}

} // namespace dt::ingest
