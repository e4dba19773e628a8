// The clock-offset estimate (model/ingest/clockskew) on N file calls against N case calls, against a
// baseline of sorting the N case calls by party pair and start once (the estimate's lower bound: it
// sorts both sides). Usage: bench_clockskew [N]   (default 1,000,000)
#include "ingest/clockskew.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <random>
#include <tuple>

using namespace dt::ingest;

namespace {

constexpr qint64 kT0 = 1788220800; // 2026-09-01 00:00 UTC

// N calls over 40 days from 300 lines to @p victims numbers; the file's clock 133 s fast gaining
// 50 ppm; 10% of the file's calls unrelated to the case.
void makeCalls(qint64 n, qint64 victims, std::vector<CallTiming> &file, std::vector<CallTiming> &cases)
{
    std::mt19937_64 rng(42);
    auto uni = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    file.clear();
    cases.clear();
    for (qint64 i = 0; i < n; ++i) {
        CallTiming c{uni(1, 300), uni(1000, 1000 + victims), kT0 + uni(0, 40 * 86400 - 1),
                     uni(0, 9) < 4 ? 0 : uni(1, 600)};
        cases.push_back(c);
        if (i % 10 == 9)
            c.callee += 100'000'000; // a call the case does not have
        c.start += qint64(std::llround(133 + 50e-6 * double(c.start - kT0)));
        file.push_back(c);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    for (qint64 victims : {n * 2, n / 20}) {
        std::vector<CallTiming> file, cases;
        makeCalls(n, victims, file, cases);
        QElapsedTimer t;
        t.start();
        std::vector<CallTiming> copy(cases);
        std::sort(copy.begin(), copy.end(), [](const CallTiming &a, const CallTiming &b) {
            return std::tie(a.caller, a.callee, a.start) < std::tie(b.caller, b.callee, b.start);
        });
        const double baseMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const auto e = estimateClockSkew(file, cases);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!e)
            return 1;
        std::printf(
            "  %lld x %lld calls, %lld victims (%.1f calls each): estimate %.0f ms, "
            "one sort %.0f ms, ratio %.1f\n"
            "    decision %s, offset %.2f s, drift %.2f ppm, support %lld of %lld pairable, sharpness %.3f\n",
            qlonglong(n), qlonglong(n), qlonglong(victims), double(n) / double(victims), ms, baseMs,
            ms / baseMs, qPrintable(SkewEstimate::decisionName(e->decision)), e->correction.offsetSeconds,
            e->correction.driftPpm, qlonglong(e->support), qlonglong(e->pairable), e->sharpness);
    }
    return 0;
}
