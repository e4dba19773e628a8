#include "analysis/activity.h"

#include "case/database.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dt::analysis {

namespace {
const int kBinEdges[] = {0, 1, 11, 31, 61, 121, 301}; // seconds: 0 (unanswered), 1–10, …, > 300

/// First call from any of @p numbers to each victim, against the acquisition day of every leaked
/// list holding the victim's number in full: lookups through the call store's postings and leak_records_phone.
QVector<Activity::LeakLag> leakLagsOf(Database &db, const QStringList &numbers, const CaseClock &clock)
{
    QJsonArray keys;
    for (const QString &n : numbers)
        keys.append(n);
    const QString json = QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
    Statement s = db.prepare(QStringLiteral(
        "WITH mine(id) AS (SELECT n.id FROM numbers n WHERE n.value IN (SELECT value FROM json_each(?1))), "
        "firsts(callee, first) AS (SELECT c.callee, MIN(c.start_utc) FROM calls c WHERE c.caller IN mine "
        "AND c.callee NOT IN mine GROUP BY c.callee) "
        "SELECT s.id, s.name, s.acquired, f.first FROM firsts f "
        "JOIN leak_records r ON r.phone = f.callee JOIN sources s ON s.id = r.source_id "
        "WHERE s.kind = 'leak' AND s.acquired IS NOT NULL AND s.acquired <> '' "
        "GROUP BY s.id, f.callee ORDER BY s.id, f.callee")); // a list may hold a number twice
    s.bind(1, json);
    std::map<qint64, Activity::LeakLag> lists;
    while (s.step()) {
        Activity::LeakLag &l = lists[s.int64(0)];
        if (l.list.isEmpty()) {
            l.list = s.text(1);
            l.acquired = s.text(2);
        }
        const QDate d = QDate::fromString(l.acquired, Qt::ISODate);
        if (!d.isValid())
            continue;
        const qint64 acquiredUtc = clock.startOfDay(d);
        l.days.push_back(double(s.int64(3) - acquiredUtc) / 86400.0);
    }
    QVector<Activity::LeakLag> out;
    for (auto &[id, l] : lists)
        if (!l.days.isEmpty())
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

Activity Activity::of(Database &db, const QStringList &numbers, const CaseClock &clock)
{
    Activity a;
    a.zone = clock.label();
    a.perHour.fill(0.0, 24);
    a.heat.fill(0.0, 7 * 24);
    a.durationBins.fill(0.0, int(std::size(kBinEdges)));
    std::map<qint64, double> days;
    // One query per number (through the call store's postings): fast for the handful of numbers of a selection.
    Statement s = db.prepare(QStringLiteral("SELECT c.start_utc, c.duration FROM calls c JOIN numbers n ON "
                                            "n.id = c.caller WHERE n.value = ?"));
    for (const QString &key : numbers) {
        s.reset();
        s.bind(1, key);
        while (s.step()) {
            const qint64 day = clock.localDay(s.int64(0));
            const int hour = clock.hourOfDay(s.int64(0));
            const int weekday = clock.weekday(s.int64(0));
            days[day] += 1;
            a.perHour[hour] += 1;
            a.heat[weekday * 24 + hour] += 1;
            const qint64 d = s.int64(1);
            int bin = 0;
            for (int b = 0; b < int(std::size(kBinEdges)); ++b)
                if (d >= kBinEdges[b])
                    bin = b;
            a.durationBins[bin] += 1;
            ++a.calls;
        }
    }
    if (!days.empty()) {
        a.firstDay = days.begin()->first;
        a.perDay.fill(0.0, int(days.rbegin()->first - a.firstDay + 1));
        for (const auto &[day, n] : days)
            a.perDay[int(day - a.firstDay)] = n;
    }
    a.leakLags = leakLagsOf(db, numbers, clock);
    return a;
}

} // namespace dt::analysis
