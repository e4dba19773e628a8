#include "analysis/leaktrace.h"

#include "analysis/calltable.h"
#include "analysis/leakrecords.h"
#include "case/casefile.h"
#include "case/database.h"
#include "phone/idcard.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtAlgorithms>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace dt::analysis {

using namespace leak;

bool LeakTrace::compute(Database &db, const CallTable &t, const std::vector<Operator> &ops,
                        const QJsonObject &params, QString *error, const std::atomic_bool *cancel)
{
    return prepare(db, t, params, error, cancel) && trace(db, t, ops, params, error, cancel);
}

bool LeakTrace::prepare(Database &db, const CallTable &t, const QJsonObject &params, QString *error,
                        const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    phaseMs.clear();
    auto phase = [&](const char *name) { phaseMs.append({QLatin1String(name), clock.restart()}); };
    lists.clear();
    lineage.clear();
    m_newRecords.clear();
    m_state = std::make_shared<State>();
    State &s = *m_state;
    readLists(db, params, s);
    phase("lists");
    if (!indexPhones(db, t.numberKey.size(), s, error, cancel))
        return false;
    phase("read records");
    countPopulation(t, s);
    phase("index");
    return true;
}

ListMembership LeakTrace::membership() const
{
    ListMembership m;
    if (!m_state)
        return m;
    for (const LeakList &l : lists) {
        m.names << l.name;
        m.phones.push_back(l.phones);
    }
    m.universe = universe;
    m.offset = m_state->offset;
    m.entries.reserve(m_state->entries.size());
    for (const Entry &e : m_state->entries)
        m.entries.push_back({e.list, e.line});
    return m;
}

bool LeakTrace::trace(Database &db, const CallTable &t, const std::vector<Operator> &ops,
                      const QJsonObject &params, QString *error, const std::atomic_bool *cancel)
{
    auto cancelled = [&] {
        if (cancel && cancel->load()) {
            *error = tr("leak tracing cancelled");
            return true;
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char *name) { phaseMs.append({QLatin1String(name), clock.restart()}); };
    byOperator.assign(ops.size(), {});
    const size_t numbers = t.numberKey.size();
    if (!m_state)
        return false;
    State &s = *m_state;
    if (cancelled())
        return false;

    const size_t L = lists.size();
    const auto victims =
        L ? victimsOf(t, ops) : std::vector<std::vector<std::pair<qint32, qint64>>>(ops.size());
    const double alpha = params.value(QLatin1String("leak_alpha")).toDouble(0.001);
    const double tests = std::max<double>(1.0, double(ops.size() * std::max<size_t>(L, 1)));
    std::vector<char> dialled(numbers, 0);
    for (size_t o = 0; o < ops.size() && L; ++o) {
        if (cancelled())
            return false;
        byOperator[o] = attribute(victims[o], t, s, params, std::log10(alpha / tests), dialled);
    }
    for (size_t num = 1; num < numbers; ++num) {
        if (!dialled[num])
            continue;
        for (quint64 m = s.listsOf(num); m; m &= m - 1)
            ++lists[size_t(qCountTrailingZeroBits(m))].dialled;
    }
    phase("attribution");
    if (cancelled())
        return false;

    if (!readNames(db, numbers, s, error, cancel))
        return false;
    findFields(s);
    phase("read names");
    Overlap overlap;
    countOverlap(t, s, overlap);
    phase("record overlap");
    if (cancelled())
        return false;
    findResales(overlap, params);
    findCompilations(s);
    phase("lineage");
    return true;
}

void LeakTrace::readLists(Database &db, const QJsonObject &params, State &s)
{
    const CaseClock zone = Detector::clockOf(params, CaseClock(CaseFile::timeZoneOf(db)));
    Statement src = db.prepare(QStringLiteral(
        "SELECT id, name, coalesce(acquired, ''), mapping FROM sources WHERE kind = 'leak' ORDER BY id"));
    while (src.step() && int(lists.size()) < kMaxLists) {
        LeakList l;
        l.sourceId = src.int64(0);
        l.name = src.text(1);
        l.acquired = src.text(2);
        l.mapping = QJsonDocument::fromJson(src.text(3).toUtf8()).object();
        const QDate d = QDate::fromString(l.acquired, Qt::ISODate);
        if (d.isValid()) // the day starts in the run's (the case's) time zone
            l.acquiredUtc = zone.startOfDay(d);
        s.listOf.insert(l.sourceId, int(lists.size()));
        lists.push_back(l);
    }
    s.data.assign(lists.size(), ListData());
}

bool LeakTrace::indexPhones(Database &db, size_t numbers, State &s, QString *error,
                            const std::atomic_bool *cancel)
{
    const size_t L = lists.size();
    // Pass A on two connections: the lists split in two halves of about the same size.
    std::vector<RecordChunk> pass(2);
    {
        qint64 total = 0, half = 0, splitSource = lists.empty() ? 0 : lists.back().sourceId;
        Statement sizes = db.prepare(
            QStringLiteral("SELECT id, rows_accepted FROM sources WHERE kind = 'leak' ORDER BY id"));
        std::vector<std::pair<qint64, qint64>> rowsOf;
        while (sizes.step())
            rowsOf.emplace_back(sizes.int64(0), sizes.int64(1)), total += sizes.int64(1);
        for (const auto &[id, rows] : rowsOf) {
            half += rows;
            if (half * 2 >= total) {
                splitSource = id;
                break;
            }
        }
        Database other;
        std::thread worker;
        if (!db.path().isEmpty() && total > 200000 && other.open(db.path(), Database::OpenMode::ReadOnly))
            worker = std::thread([&] {
                readPhones(other, s.listOf, numbers, splitSource + 1, std::numeric_limits<qint64>::max(),
                           true, &pass[1], cancel);
            });
        readPhones(db, s.listOf, numbers, 0, splitSource, false, &pass[0], cancel);
        if (worker.joinable())
            worker.join();
        else
            readPhones(db, s.listOf, numbers, splitSource + 1, std::numeric_limits<qint64>::max(), true,
                       &pass[1], cancel);
    }
    // The full phones; the masked ones per list, with their shapes and their keys (with names).
    std::vector<Entry> raw;
    for (RecordChunk &c : pass) {
        if (!c.error.isEmpty()) {
            *error = c.error;
            return false;
        }
        raw.insert(raw.end(), c.entries.begin(), c.entries.end());
        for (const RecordChunk::Masked &m : c.masked) {
            ListData &d = s.data[size_t(m.list)];
            ++lists[size_t(m.list)].masked;
            if (std::find(d.shapes.begin(), d.shapes.end(), m.shape) == d.shapes.end())
                d.shapes.push_back(m.shape);
            d.maskedKeys.insert(m.key);
            s.maskedFilter.set(m.key);
            if (m.nameHash) {
                d.byKeyName[withName(m.key, m.nameHash)].push_back(int(d.masked.size()));
                s.namedFilter.set(withName(m.key, m.nameHash));
            }
            d.masked.push_back({m.key, m.nameHash, 0});
        }
        c = RecordChunk();
    }
    for (const Entry &e : raw)
        ++s.data[size_t(e.list)].withPhone;
    for (size_t l = 0; l < L; ++l)
        s.data[l].withPhone += lists[l].masked;
    // Counting sort by number (stable: within a number, lists and lines stay in file order).
    s.offset.assign(numbers + 1, 0);
    for (const Entry &e : raw)
        ++s.offset[size_t(e.phone) + 1];
    std::partial_sum(s.offset.begin(), s.offset.end(), s.offset.begin());
    s.entries.resize(raw.size());
    {
        std::vector<qint64> fill(s.offset.begin(), s.offset.end() - 1);
        for (const Entry &e : raw)
            s.entries[size_t(fill[size_t(e.phone)]++)] = e;
    }
    // Which lists hold each number in full (first row per list).
    for (size_t n = 1; n < numbers; ++n) {
        quint64 m = s.listsOf(n);
        while (m) {
            ++lists[size_t(qCountTrailingZeroBits(m))].phones;
            m &= m - 1;
        }
    }
    return true;
}

void LeakTrace::countPopulation(const CallTable &t, const State &s)
{
    // The chance model's population: every number the case knows from calls or lists.
    const size_t numbers = t.numberKey.size();
    std::vector<char> seen(numbers, 0);
    for (size_t i = 0; i < t.size(); ++i)
        seen[size_t(t.caller[i])] = seen[size_t(t.callee[i])] = 1;
    for (size_t n = 1; n < numbers; ++n)
        seen[n] |= char(s.offset[n + 1] > s.offset[n]);
    universe = std::count(seen.begin() + (numbers ? 1 : 0), seen.end(), char(1));
    universe += std::accumulate(lists.begin(), lists.end(), qint64(0),
                                [](qint64 sum, const LeakList &l) { return sum + l.masked; });
}

std::vector<std::vector<std::pair<qint32, qint64>>> LeakTrace::victimsOf(const CallTable &t,
                                                                         const std::vector<Operator> &ops)
{
    const size_t numbers = t.numberKey.size();
    std::vector<int> opOf(numbers, -1);
    {
        QHash<QString, int> keyOp;
        for (size_t o = 0; o < ops.size(); ++o)
            for (const QString &k : ops[o].numbers)
                keyOp.insert(k, int(o));
        for (size_t n = 0; n < numbers; ++n) {
            const auto it = keyOp.constFind(t.numberKey[n]);
            if (it != keyOp.constEnd())
                opOf[n] = *it;
        }
    }
    // The calls grouped by operator in one pass, then each group's earliest call per victim through
    // an array by number id (sorting the millions of (operator, victim, time) triples was most of
    // the phase).
    std::vector<std::vector<std::pair<qint32, qint64>>> out(ops.size());
    std::vector<std::vector<std::pair<qint32, qint64>>> callsOf(ops.size()); // (callee, start)
    for (size_t i = 0; i < t.size(); ++i) {
        const int o = opOf[size_t(t.caller[i])];
        if (o >= 0 && opOf[size_t(t.callee[i])] != o)
            callsOf[size_t(o)].emplace_back(t.callee[i], t.start[i]);
    }
    std::vector<qint64> firstCall(numbers, 0);
    std::vector<char> seen(numbers, 0);
    std::vector<qint32> victims;
    for (size_t o = 0; o < ops.size(); ++o) {
        victims.clear();
        for (const auto &[victim, start] : callsOf[o]) {
            if (!seen[size_t(victim)]) {
                seen[size_t(victim)] = 1;
                firstCall[size_t(victim)] = start;
                victims.push_back(victim);
            } else {
                firstCall[size_t(victim)] = std::min(firstCall[size_t(victim)], start);
            }
        }
        std::vector<std::pair<qint32, qint64>>().swap(callsOf[o]);
        std::sort(victims.begin(), victims.end());
        out[o].reserve(victims.size());
        for (qint32 victim : victims) {
            out[o].emplace_back(victim, firstCall[size_t(victim)]);
            seen[size_t(victim)] = 0;
        }
    }
    return out;
}

std::vector<LeakAttribution> LeakTrace::attribute(const std::vector<std::pair<qint32, qint64>> &victims,
                                                  const CallTable &t, const State &s,
                                                  const QJsonObject &params, double log10Threshold,
                                                  std::vector<char> &dialled) const
{
    auto param = [&](const char *name, double fallback) {
        return params.value(QLatin1String(name)).toDouble(fallback);
    };
    const size_t L = lists.size();
    std::vector<LeakAttribution> att(L);
    std::vector<std::vector<double>> lags(L), orderLine(L), orderTime(L);
    // Each victim: the lists holding its number in full (with the line), else a masked record of it.
    for (const auto &[victim, first] : victims) {
        dialled[size_t(victim)] = 1;
        quint64 exact = 0, masked = 0;
        qint32 lineIn[kMaxLists];
        for (qint64 i = s.offset[size_t(victim)]; i < s.offset[size_t(victim) + 1]; ++i) {
            const Entry &e = s.entries[size_t(i)];
            if (!(exact >> e.list & 1))
                lineIn[size_t(e.list)] = e.line;
            exact |= 1ULL << e.list;
        }
        char digits[kMobileDigits];
        if (mobileDigits(t.numberKey[size_t(victim)], digits)) {
            for (size_t l = 0; l < L; ++l) {
                if (exact >> l & 1)
                    continue;
                for (quint16 shape : s.data[l].shapes) {
                    const quint64 key = shapeKey(digits, shape);
                    if (s.maskedFilter.maybe(key) && s.data[l].maskedKeys.count(key)) {
                        masked |= 1ULL << l;
                        break;
                    }
                }
            }
        }
        const quint64 explained = exact | masked;
        const bool only = qPopulationCount(explained) == 1;
        for (quint64 m = explained; m; m &= m - 1) {
            const size_t l = size_t(qCountTrailingZeroBits(m));
            LeakAttribution &a = att[l];
            if (exact >> l & 1) {
                ++a.victimsInLeak;
                orderLine[l].push_back(double(lineIn[l]));
                orderTime[l].push_back(double(first));
            } else {
                ++a.maskedMatches;
            }
            a.unique += only;
            if (lists[l].acquiredUtc) {
                const double lag = double(first - lists[l].acquiredUtc) / 86400.0;
                lags[l].push_back(lag);
                a.calledBeforeAcquired += lag < 0;
            }
        }
    }
    // Each list's figures: chance, time precedence, dialling order.
    const double n = double(victims.size());
    std::vector<LeakAttribution> ranked;
    for (size_t l = 0; l < L; ++l) {
        LeakAttribution &a = att[l];
        if (!a.victimsInLeak && !a.maskedMatches)
            continue;
        a.list = int(l);
        a.shareOfVictims = n > 0 ? double(a.victimsInLeak) / n : 0;
        a.shareOfLeak = lists[l].phones ? double(a.victimsInLeak) / double(lists[l].phones) : 0;
        const double expected = n * double(lists[l].phones) / double(std::max<qint64>(universe, 1));
        a.lift = expected > 0 ? double(a.victimsInLeak) / expected : 0;
        a.log10P = hypergeometricLog10Upper(universe, lists[l].phones, qint64(n), a.victimsInLeak);
        if (!lags[l].empty()) {
            a.lagDaysMedian = percentile(lags[l], 0.5);
            a.lagDaysP10 = percentile(lags[l], 0.1);
            a.lagDaysP90 = percentile(lags[l], 0.9);
        }
        a.orderPairs = qint64(orderLine[l].size());
        a.orderCorrelation = spearman(orderLine[l], orderTime[l]);
        a.dialledInListOrder = a.orderPairs >= 10 && a.orderCorrelation >= param("leak_order_min_rho", 0.8);
        a.significant = a.victimsInLeak >= qint64(param("leak_min_victims", 5)) &&
                        a.lift >= param("leak_min_lift", 1.5) && a.log10P <= log10Threshold;
        ranked.push_back(a);
    }
    // The best source explains the most victims (masked matches included), then the most victims no
    // other list explains, then the least likely by chance.
    std::sort(ranked.begin(), ranked.end(), [](const LeakAttribution &a, const LeakAttribution &b) {
        if (a.significant != b.significant)
            return a.significant;
        const qint64 ea = a.victimsInLeak + a.maskedMatches, eb = b.victimsInLeak + b.maskedMatches;
        if (ea != eb)
            return ea > eb;
        if (a.unique != b.unique)
            return a.unique > b.unique;
        if (a.log10P != b.log10P)
            return a.log10P < b.log10P;
        return a.list < b.list;
    });
    for (size_t r = 0; r < ranked.size(); ++r)
        ranked[r].rank = int(r + 1);
    return ranked;
}

bool LeakTrace::readNames(Database &db, size_t numbers, State &s, QString *error,
                          const std::atomic_bool *cancel)
{
    // Pass B: names, ID numbers and fields of every record (lineage), and the digest's checksum.
    const size_t L = lists.size();
    quint64 checksum = 0;
    const qint64 maxId =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM leak_records")).toLongLong();
    std::vector<RecordChunk> chunks(2);
    const qint64 split = maxId / 2;
    Database other;
    std::thread worker;
    if (!db.path().isEmpty() && maxId > 200000 && other.open(db.path(), Database::OpenMode::ReadOnly))
        worker =
            std::thread([&] { readRecords(other, s.listOf, numbers, split + 1, maxId, &chunks[1], cancel); });
    readRecords(db, s.listOf, numbers, 0, split, &chunks[0], cancel);
    if (worker.joinable())
        worker.join();
    else
        readRecords(db, s.listOf, numbers, split + 1, maxId, &chunks[1], cancel);
    for (RecordChunk &c : chunks) {
        if (!c.error.isEmpty()) {
            *error = c.error;
            return false;
        }
        checksum = mix(checksum ^ c.checksum);
        for (size_t l = 0; l < L; ++l) {
            lists[l].records += c.records[l];
            lists[l].idCards += c.idCards[l];
            s.data[l].named += c.named[l];
            s.data[l].withId += c.withId[l];
            s.data[l].withAddress += c.withAddress[l];
        }
        s.ids.insert(s.ids.end(), c.ids.begin(), c.ids.end());
        // Each full-phone record's name onto its entry (same number, list and line).
        for (const Entry &n : c.names) {
            for (qint64 i = s.offset[size_t(n.phone)]; i < s.offset[size_t(n.phone) + 1]; ++i) {
                Entry &e = s.entries[size_t(i)];
                if (e.list == n.list && e.line == n.line) {
                    e.nameHash = n.nameHash;
                    break;
                }
            }
        }
        c = RecordChunk();
    }
    computeDigest(db, checksum);
    return true;
}

void LeakTrace::computeDigest(Database &db, quint64 checksum)
{
    // The lists' files (their SHA-256 and rows) and a checksum of every record as read.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    Statement meta = db.prepare(
        QStringLiteral("SELECT id, sha256, rows_accepted FROM sources WHERE kind = 'leak' ORDER BY id"));
    while (meta.step())
        sha.addData(
            QStringLiteral("%1 %2 %3\n").arg(meta.int64(0)).arg(meta.text(1)).arg(meta.int64(2)).toUtf8());
    sha.addData(QByteArray::number(checksum, 16));
    digest = QString::fromLatin1(sha.result().toHex());
}

void LeakTrace::findFields(const State &s)
{
    // A field most of a list's records carry is one of its fields.
    for (size_t i = 0; i < lists.size(); ++i) {
        const ListData &d = s.data[i];
        const qint64 half = (lists[i].records + 1) / 2;
        if (d.named >= half)
            lists[i].fields << QStringLiteral("name");
        if (d.withPhone >= half)
            lists[i].fields << QStringLiteral("phone");
        if (d.withId >= half)
            lists[i].fields << QStringLiteral("id_card");
        if (d.withAddress >= half)
            lists[i].fields << QStringLiteral("address");
    }
}

} // namespace dt::analysis
