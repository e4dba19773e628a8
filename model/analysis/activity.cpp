#include "analysis/activity.h"

#include "case/callstore.h"
#include "case/database.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace dt::analysis {

namespace {
const int kBinEdges[] = {0, 1, 11, 31, 61, 121, 301}; // seconds: 0 (unanswered), 1–10, …, > 300

/// Above this many victims the lists' records are read once, not looked up a victim at a time.
constexpr size_t kLookupVictims = 20000;

/// The first call to each victim against the acquisition day of every leaked list holding the
/// victim's number in full (a list may hold a number twice: counted once).
QVector<Activity::LeakLag> leakLagsOf(Database &db, const std::unordered_map<qint64, qint64> &firstCall,
                                      const CaseClock &clock, const std::atomic_bool *cancel)
{
    struct List
    {
        QString name, acquired;
        qint64 acquiredUtc = 0;
    };
    std::map<qint64, List> lists;
    Statement src =
        db.prepare(QStringLiteral("SELECT id, name, acquired FROM sources WHERE kind = 'leak' AND "
                                  "acquired IS NOT NULL AND acquired <> ''"));
    while (src.step()) {
        const QDate d = QDate::fromString(src.text(2), Qt::ISODate);
        if (d.isValid())
            lists[src.int64(0)] = {src.text(1), src.text(2), clock.startOfDay(d)};
    }
    std::set<std::pair<qint64, qint64>> held; // (list, victim)
    auto hold = [&](qint64 source, qint64 phone) {
        if (lists.count(source) && firstCall.count(phone))
            held.insert({source, phone});
    };
    if (firstCall.size() > kLookupVictims) {
        Statement all =
            db.prepare(QStringLiteral("SELECT source_id, phone FROM leak_records WHERE phone IS NOT NULL"));
        for (qint64 n = 0; all.step(); ++n) {
            if (n % 65536 == 0 && cancel && cancel->load())
                return {};
            hold(all.int64(0), all.int64(1));
        }
    } else {
        Statement one = db.prepare(QStringLiteral("SELECT source_id FROM leak_records WHERE phone = ?"));
        for (const auto &entry : firstCall) {
            one.reset();
            one.bind(1, entry.first);
            while (one.step())
                hold(one.int64(0), entry.first);
        }
    }
    std::map<qint64, Activity::LeakLag> lags;
    for (const auto &[source, victim] : held) {
        const List &l = lists[source];
        Activity::LeakLag &lag = lags[source];
        lag.list = l.name;
        lag.acquired = l.acquired;
        lag.days.push_back(double(firstCall.at(victim) - l.acquiredUtc) / 86400.0);
    }
    QVector<Activity::LeakLag> out;
    for (auto &[id, l] : lags)
        out.push_back(std::move(l));
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &x, const auto &y) { return x.days.size() > y.days.size(); });
    return out;
}
} // namespace

QVector<double> Activity::lagBinEdges()
{
    return {0, 1, 2, 3, 7, 14, 30, 60, 90, 180};
}

QStringList Activity::lagBinLabels()
{
    return {QStringLiteral("<0"),     QStringLiteral("0"),     QStringLiteral("1"),
            QStringLiteral("2"),      QStringLiteral("3–6"),   QStringLiteral("7–13"),
            QStringLiteral("14–29"),  QStringLiteral("30–59"), QStringLiteral("60–89"),
            QStringLiteral("90–179"), QStringLiteral("180+")};
}

QStringList Activity::durationBinLabels()
{
    return {QStringLiteral("0"),     QStringLiteral("1–10"),   QStringLiteral("11–30"),
            QStringLiteral("31–60"), QStringLiteral("61–120"), QStringLiteral("121–300"),
            QStringLiteral(">300")};
}

Activity Activity::of(Database &db, const QStringList &numbers, const CaseClock &clock,
                      const std::atomic_bool *cancel)
{
    Activity a;
    a.zone = clock.label();
    a.perHour.fill(0.0, 24);
    a.heat.fill(0.0, 7 * 24);
    a.durationBins.fill(0.0, int(std::size(kBinEdges)));
    // An operator may have thousands of numbers and millions of calls: their ids come from the
    // numbers' postings, and each block of the store is then read once, in id order, for the
    // durations and callees.
    std::unordered_set<qint64> mine;
    Statement id = db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    for (const QString &key : numbers) {
        id.reset();
        id.bind(1, key);
        if (id.step())
            mine.insert(id.int64(0));
    }
    callstore::Reader reader(db.handle());
    std::vector<qint64> calls, ids;
    for (qint64 number : mine) {
        if (cancel && cancel->load())
            return {};
        if (reader.postings(number, true, &ids))
            calls.insert(calls.end(), ids.begin(), ids.end());
    }
    std::sort(calls.begin(), calls.end());
    calls.erase(std::unique(calls.begin(), calls.end()), calls.end());
    std::map<qint64, double> days;
    std::unordered_map<qint64, qint64> firstCall; // victim → first call's start
    for (size_t k = 0; k < calls.size(); ++k) {
        if (k % 65536 == 0 && cancel && cancel->load())
            return {};
        const callstore::Block *b = reader.blockOf(calls[k]);
        if (!b)
            continue;
        const int i = int(calls[k] - b->firstId);
        const qint64 start = b->start(i), duration = b->u32(callstore::Duration, i);
        const qint64 day = clock.localDay(start);
        const int hour = clock.hourOfDay(start);
        const int weekday = clock.weekday(start);
        days[day] += 1;
        a.perHour[hour] += 1;
        a.heat[weekday * 24 + hour] += 1;
        int bin = 0;
        for (int e = 0; e < int(std::size(kBinEdges)); ++e)
            if (duration >= kBinEdges[e])
                bin = e;
        a.durationBins[bin] += 1;
        ++a.calls;
        const qint64 callee = b->u32(callstore::Callee, i);
        if (callee && !mine.count(callee)) {
            auto [it, fresh] = firstCall.emplace(callee, start);
            if (!fresh && start < it->second)
                it->second = start;
        }
    }
    if (!days.empty()) {
        a.firstDay = days.begin()->first;
        a.perDay.fill(0.0, int(days.rbegin()->first - a.firstDay + 1));
        for (const auto &[day, n] : days)
            a.perDay[int(day - a.firstDay)] = n;
    }
    a.leakLags = leakLagsOf(db, firstCall, clock, cancel);
    return a;
}

} // namespace dt::analysis
