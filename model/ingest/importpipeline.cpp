#include "ingest/importpipeline.h"

#include "ingest/callsink.h"
#include "ingest/complaintsink.h"
#include "ingest/leaksink.h"
#include "ingest/rowpipe.h"
#include "ingest/rowpreparer.h"

#include <QElapsedTimer>
#include <thread>

namespace dt::ingest {

namespace {

/// The writing thread's part: every batch from the pipe into @p sink, a row at a time, until the
/// reading thread closes the pipe; the file's header row left out. False (the pipe aborted) on an
/// error or a cancel.
template<class Sink>
bool writeRows(RowPipe &pipe, Sink &sink, const Input &input, const Layout &layout, ImportSummary *sum,
               const ReadContext &context, const std::atomic<qint64> &bytesRead, QString *error)
{
    bool first = true;
    qint64 reported = -1;
    QVector<DecodedRow> batch;
    std::unique_ptr<LeakStage> stage;
    QElapsedTimer waiting;
    qint64 waitedNs = 0;
    bool ok = true;
    for (;;) {
        waiting.start();
        const bool more = pipe.pop(&batch, &stage);
        waitedNs += waiting.nsecsElapsed();
        if (!more)
            break;
        if (context.cancel && context.cancel->load()) { // the reader may be done with the file already
            *error = Reader::cancelled(input.path());
            ok = false;
            break;
        }
        sink.beginBatch(stage.get());
        const qsizetype n = batch.size();
        for (qsizetype i = 0; i < n && ok; ++i) {
            // The rows were written on the other core: each is fetched whole some rows before it is
            // read (a row read cold stalls the writing thread, the busier one on a call log), and
            // the slots a row ahead will be looked up in are fetched meanwhile.
            if (i + 16 < n) {
                const char *ahead = reinterpret_cast<const char *>(&batch.at(i + 16));
                for (size_t b = 0; b < sizeof(DecodedRow); b += 64)
                    __builtin_prefetch(ahead + b);
            }
            if (i + 8 < n)
                sink.prefetch(batch.at(i + 8));
            DecodedRow &r = batch[i];
            if (std::exchange(first, false) && layout.header)
                continue;
            if (r.repaired)
                ++sum->repaired;
            ok = sink.add(r, error);
        }
        ok = ok && sink.endBatch(error);
        if (!ok) {
            *error = QStringLiteral("%1: %2").arg(input.path(), *error);
            break;
        }
        pipe.recycle(std::move(batch), std::move(stage));
        batch = QVector<DecodedRow>();
        if (context.progress && bytesRead.load() != reported)
            context.progress(reported = bytesRead.load(), input.size());
    }
    if (!ok)
        pipe.abort();
    sum->phaseMs.append({QStringLiteral("rows: writer waiting for the reader"), waitedNs / 1000000});
    return ok;
}

/// Reads on a thread of its own (@p preparer, into @p pipe) while this one writes into @p sink.
template<class Sink>
bool run(const Reader &reader, Input &input, const Layout &layout, Sink &sink, RowPreparer &preparer,
         RowPipe &pipe, ImportSummary *sum, const ReadContext &context, QString *error)
{
    std::atomic<qint64> bytesRead{0};
    bool readOk = true;
    QString readError;
    std::thread reading([&] { readOk = preparer.read(reader, input, context, bytesRead, &readError); });
    const bool ok = writeRows(pipe, sink, input, layout, sum, context, bytesRead, error);
    reading.join();
    if (ok && !readOk)
        *error = readError;
    return ok && readOk;
}

} // namespace

bool pipelineRows(const Reader &reader, Input &input, const Layout &layout, const ImportOptions &options,
                  RowSink &sink, ImportSummary *sum, const ReadContext &context, QString *error)
{
    RowPipe pipe;
    RowPreparer preparer(pipe, layout, options);
    switch (sink.kind()) {
    case RowSink::Kind::Calls: {
        auto &calls = static_cast<CallSink &>(sink);
        // Call logs' rows are parsed on the reading thread (but PBX legs: grouped by the sink), and
        // numbered there when the sink lends its resolver; it goes back after the rows.
        if (calls.acceptsParsed())
            preparer.parseCalls(calls.dayMonthOrder(), calls.lendResolver());
        const bool ok = run(reader, input, layout, calls, preparer, pipe, sum, context, error);
        if (auto lent = preparer.takeNumberResolver())
            calls.giveBack(std::move(lent));
        return ok;
    }
    case RowSink::Kind::Leak: {
        auto &leaks = static_cast<LeakSink &>(sink);
        preparer.parseLeaks(leaks.lendResolver(reader.delimited(layout)));
        const bool ok = run(reader, input, layout, leaks, preparer, pipe, sum, context, error);
        if (auto lent = preparer.takeLeakResolver())
            leaks.giveBack(std::move(lent));
        return ok;
    }
    case RowSink::Kind::Complaints:
        return run(reader, input, layout, static_cast<ComplaintSink &>(sink), preparer, pipe, sum, context,
                   error);
    }
    return false;
}

} // namespace dt::ingest
