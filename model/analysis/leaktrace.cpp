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
#include <unordered_map>

namespace dt::analysis {

using namespace leak;

bool LeakTrace::compute(Database &db, const CallTable &t, const std::vector<Operator> &ops,
                        const QJsonObject &params, QString *error, const std::atomic_bool *cancel)
{
    auto param = [&](const char *name, double fallback) {
        return params.value(QLatin1String(name)).toDouble(fallback);
    };
    auto cancelled = [&] {
        if (cancel && cancel->load()) {
            *error = tr("leak tracing cancelled");
            return true;
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    phaseMs.clear();
    auto phase = [&](const char *name) { phaseMs.append({QLatin1String(name), clock.restart()}); };
    lists.clear();
    byOperator.assign(ops.size(), {});
    lineage.clear();
    m_newRecords.clear();

    // ---- the lists --------------------------------------------------------------------------------
    const CaseClock zone = Detector::clockOf(params, CaseClock(CaseFile::timeZoneOf(db)));
    Statement src = db.prepare(QStringLiteral(
        "SELECT id, name, coalesce(acquired, ''), mapping FROM sources WHERE kind = 'leak' ORDER BY id"));
    QHash<qint64, int> listOf;
    while (src.step() && int(lists.size()) < kMaxLists) {
        LeakList l;
        l.sourceId = src.int64(0);
        l.name = src.text(1);
        l.acquired = src.text(2);
        l.mapping = QJsonDocument::fromJson(src.text(3).toUtf8()).object();
        const QDate d = QDate::fromString(l.acquired, Qt::ISODate);
        if (d.isValid()) // the day starts in the run's (the case's) time zone
            l.acquiredUtc = zone.startOfDay(d);
        listOf.insert(l.sourceId, int(lists.size()));
        lists.push_back(l);
    }
    const size_t L = lists.size();
    const size_t numbers = t.numberKey.size();
    std::vector<ListData> data(L);
    KeyFilter maskedFilter, namedFilter; // masked keys; masked keys with the record's name
    phase("lists");

    // ---- the records: full phones into a number-ordered index, masked ones per list -------------------
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
                readPhones(other, listOf, numbers, splitSource + 1, std::numeric_limits<qint64>::max(), true,
                           &pass[1], cancel);
            });
        readPhones(db, listOf, numbers, 0, splitSource, false, &pass[0], cancel);
        if (worker.joinable())
            worker.join();
        else
            readPhones(db, listOf, numbers, splitSource + 1, std::numeric_limits<qint64>::max(), true,
                       &pass[1], cancel);
    }
    std::vector<Entry> raw;
    for (RecordChunk &c : pass) {
        if (!c.error.isEmpty()) {
            *error = c.error;
            return false;
        }
        raw.insert(raw.end(), c.entries.begin(), c.entries.end());
        for (const RecordChunk::Masked &m : c.masked) {
            ListData &d = data[size_t(m.list)];
            ++lists[size_t(m.list)].masked;
            if (std::find(d.shapes.begin(), d.shapes.end(), m.shape) == d.shapes.end())
                d.shapes.push_back(m.shape);
            d.maskedKeys.insert(m.key);
            maskedFilter.set(m.key);
            if (m.nameHash) {
                d.byKeyName[withName(m.key, m.nameHash)].push_back(int(d.masked.size()));
                namedFilter.set(withName(m.key, m.nameHash));
            }
            d.masked.push_back({m.key, m.nameHash, 0});
        }
        c = RecordChunk();
    }
    for (const Entry &e : raw)
        ++data[size_t(e.list)].withPhone;
    for (size_t l = 0; l < L; ++l)
        data[l].withPhone += lists[l].masked;
    phase("read records");
    // Counting sort by number (stable: within a number, lists and lines stay in file order).
    std::vector<qint64> offset(numbers + 1, 0);
    for (const Entry &e : raw)
        ++offset[size_t(e.phone) + 1];
    std::partial_sum(offset.begin(), offset.end(), offset.begin());
    std::vector<Entry> entries(raw.size());
    {
        std::vector<qint64> fill(offset.begin(), offset.end() - 1);
        for (const Entry &e : raw)
            entries[size_t(fill[size_t(e.phone)]++)] = e;
    }
    raw.clear();
    raw.shrink_to_fit();
    // Which lists hold each number in full (first row per list).
    auto listsOf = [&](size_t number) {
        quint64 mask = 0;
        for (qint64 i = offset[number]; i < offset[number + 1]; ++i)
            mask |= 1ULL << entries[size_t(i)].list;
        return mask;
    };
    for (size_t n = 1; n < numbers; ++n) {
        quint64 m = listsOf(n);
        while (m) {
            ++lists[size_t(qCountTrailingZeroBits(m))].phones;
            m &= m - 1;
        }
    }

    // ---- the chance model's population: every number the case knows from calls or lists -----------
    {
        std::vector<char> seen(numbers, 0);
        for (size_t i = 0; i < t.size(); ++i)
            seen[size_t(t.caller[i])] = seen[size_t(t.callee[i])] = 1;
        for (size_t n = 1; n < numbers; ++n)
            seen[n] |= char(offset[n + 1] > offset[n]);
        universe = std::count(seen.begin() + (numbers ? 1 : 0), seen.end(), char(1));
        universe += std::accumulate(lists.begin(), lists.end(), qint64(0),
                                    [](qint64 s, const LeakList &l) { return s + l.masked; });
    }
    phase("index");
    if (cancelled())
        return false;

    // ---- attribution --------------------------------------------------------------------------------
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
    // Each operator's victims by number id, with the operator's first call to each: the calls
    // grouped by operator in one pass, then each group's earliest call per victim through an array
    // by number id (sorting the millions of (operator, victim, time) triples was most of the phase).
    // Only a case with leaked lists needs them.
    std::vector<std::vector<std::pair<qint32, qint64>>> victimsOf(ops.size());
    if (L) {
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
            victimsOf[o].reserve(victims.size());
            for (qint32 victim : victims) {
                victimsOf[o].emplace_back(victim, firstCall[size_t(victim)]);
                seen[size_t(victim)] = 0;
            }
        }
    }
    const double alpha = param("leak_alpha", 0.001);
    const double tests = std::max<double>(1.0, double(ops.size() * std::max<size_t>(L, 1)));
    const double log10Threshold = std::log10(alpha / tests);
    std::vector<char> dialled(numbers, 0);
    for (size_t o = 0; o < ops.size() && L; ++o) {
        if (cancelled())
            return false;
        const std::vector<std::pair<qint32, qint64>> &victims = victimsOf[o]; // by number id
        std::vector<LeakAttribution> att(L);
        std::vector<std::vector<double>> lags(L), orderLine(L), orderTime(L);
        for (const auto &[victim, first] : victims) {
            dialled[size_t(victim)] = 1;
            quint64 exact = 0, masked = 0;
            qint32 lineIn[kMaxLists];
            for (qint64 i = offset[size_t(victim)]; i < offset[size_t(victim) + 1]; ++i) {
                const Entry &e = entries[size_t(i)];
                if (!(exact >> e.list & 1))
                    lineIn[size_t(e.list)] = e.line;
                exact |= 1ULL << e.list;
            }
            char digits[kMobileDigits];
            if (mobileDigits(t.numberKey[size_t(victim)], digits)) {
                for (size_t l = 0; l < L; ++l) {
                    if (exact >> l & 1)
                        continue;
                    for (quint16 shape : data[l].shapes) {
                        const quint64 key = shapeKey(digits, shape);
                        if (maskedFilter.maybe(key) && data[l].maskedKeys.count(key)) {
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
            a.dialledInListOrder =
                a.orderPairs >= 10 && a.orderCorrelation >= param("leak_order_min_rho", 0.8);
            a.significant = a.victimsInLeak >= qint64(param("leak_min_victims", 5)) &&
                            a.lift >= param("leak_min_lift", 1.5) && a.log10P <= log10Threshold;
            ranked.push_back(a);
        }
        // The best source explains the most victims (masked matches included), then the most
        // victims no other list explains, then the least likely by chance.
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
        byOperator[o] = std::move(ranked);
    }
    for (size_t num = 1; num < numbers; ++num) {
        if (!dialled[num])
            continue;
        for (quint64 m = listsOf(num); m; m &= m - 1)
            ++lists[size_t(qCountTrailingZeroBits(m))].dialled;
    }
    phase("attribution");
    if (cancelled())
        return false;

    // ---- pass B: names, ID numbers and fields of every record (lineage), and the digest -------------
    std::vector<std::pair<quint64, int>> ids; // full ID numbers: (hash, list)
    quint64 checksum = 0;
    {
        const qint64 maxId =
            db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM leak_records")).toLongLong();
        std::vector<RecordChunk> chunks(2);
        const qint64 split = maxId / 2;
        Database other;
        std::thread worker;
        if (!db.path().isEmpty() && maxId > 200000 && other.open(db.path(), Database::OpenMode::ReadOnly))
            worker = std::thread(
                [&] { readRecords(other, listOf, numbers, split + 1, maxId, &chunks[1], cancel); });
        readRecords(db, listOf, numbers, 0, split, &chunks[0], cancel);
        if (worker.joinable())
            worker.join();
        else
            readRecords(db, listOf, numbers, split + 1, maxId, &chunks[1], cancel);
        for (RecordChunk &c : chunks) {
            if (!c.error.isEmpty()) {
                *error = c.error;
                return false;
            }
            checksum = mix(checksum ^ c.checksum);
            for (size_t l = 0; l < L; ++l) {
                lists[l].records += c.records[l];
                lists[l].idCards += c.idCards[l];
                data[l].named += c.named[l];
                data[l].withId += c.withId[l];
                data[l].withAddress += c.withAddress[l];
            }
            ids.insert(ids.end(), c.ids.begin(), c.ids.end());
            // Each full-phone record's name onto its entry (same number, list and line).
            for (const Entry &n : c.names) {
                for (qint64 i = offset[size_t(n.phone)]; i < offset[size_t(n.phone) + 1]; ++i) {
                    Entry &e = entries[size_t(i)];
                    if (e.list == n.list && e.line == n.line) {
                        e.nameHash = n.nameHash;
                        break;
                    }
                }
            }
            c = RecordChunk();
        }
    }
    // The digest: the lists' files (their SHA-256 and rows) and a checksum of every record as read.
    {
        QCryptographicHash sha(QCryptographicHash::Sha256);
        Statement meta = db.prepare(
            QStringLiteral("SELECT id, sha256, rows_accepted FROM sources WHERE kind = 'leak' ORDER BY id"));
        while (meta.step())
            sha.addData(QStringLiteral("%1 %2 %3\n")
                            .arg(meta.int64(0))
                            .arg(meta.text(1))
                            .arg(meta.int64(2))
                            .toUtf8());
        sha.addData(QByteArray::number(checksum, 16));
        digest = QString::fromLatin1(sha.result().toHex());
    }
    for (size_t i = 0; i < L; ++i) {
        const ListData &d = data[i];
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
    phase("read names");
    // ---- lineage ------------------------------------------------------------------------------------
    std::vector<qint64> sharedPhones(L * L, 0), nameAgree(L * L, 0), maskedIn(L * L, 0), sharedIds(L * L, 0);
    auto at = [L](size_t a, size_t b) { return a * L + b; };
    std::vector<size_t> maskedLists;
    for (size_t l = 0; l < L; ++l)
        if (!data[l].masked.empty())
            maskedLists.push_back(l);

    for (size_t num = 1; num < numbers; ++num) {
        const qint64 b = offset[num], e = offset[num + 1];
        if (b == e)
            continue;
        // First entry per list.
        qint16 seenList[kMaxLists];
        quint32 seenName[kMaxLists];
        int count = 0;
        quint64 mask = 0;
        for (qint64 i = b; i < e; ++i) {
            const Entry &en = entries[size_t(i)];
            if (mask >> en.list & 1)
                continue;
            mask |= 1ULL << en.list;
            seenList[count] = en.list;
            seenName[count++] = en.nameHash;
        }
        for (int x = 0; x < count; ++x) {
            for (int y = x + 1; y < count; ++y) {
                const size_t p = size_t(seenList[x]), q = size_t(seenList[y]);
                ++sharedPhones[at(p, q)], ++sharedPhones[at(q, p)];
                if (seenName[x] && seenName[x] == seenName[y])
                    ++nameAgree[at(p, q)], ++nameAgree[at(q, p)];
            }
        }
        // A full record here may be the original of a masked record elsewhere (same name, same visible
        // digits).
        bool named = false;
        for (int x = 0; x < count; ++x)
            named |= seenName[x] != 0;
        if (maskedLists.empty() || !named)
            continue;
        char digits[kMobileDigits];
        if (!mobileDigits(t.numberKey[num], digits))
            continue;
        for (size_t c : maskedLists) {
            ListData &d = data[c];
            for (quint16 shape : d.shapes) {
                const quint64 key = shapeKey(digits, shape);
                for (int x = 0; x < count; ++x) {
                    const size_t p = size_t(seenList[x]);
                    if (p == c || !seenName[x])
                        continue;
                    const quint64 keyName = withName(key, seenName[x]);
                    if (!namedFilter.maybe(keyName))
                        continue;
                    const auto hit = d.byKeyName.find(keyName);
                    if (hit == d.byKeyName.end())
                        continue;
                    for (int r : hit->second) {
                        MaskedRecord &m = d.masked[size_t(r)];
                        if (!(m.matchedBy >> p & 1)) {
                            m.matchedBy |= 1ULL << p;
                            ++maskedIn[at(p, c)];
                        }
                    }
                }
            }
        }
    }
    {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (size_t i = 0; i < ids.size();) {
            size_t j = i;
            while (j < ids.size() && ids[j].first == ids[i].first)
                ++j;
            for (size_t x = i; x < j; ++x)
                for (size_t y = x + 1; y < j; ++y)
                    ++sharedIds[at(size_t(ids[x].second), size_t(ids[y].second))],
                        ++sharedIds[at(size_t(ids[y].second), size_t(ids[x].second))];
            i = j;
        }
    }
    phase("record overlap");
    if (cancelled())
        return false;

    // Edges: overlap well beyond chance; direction from the information lost, then dates, then size.
    const double pairTests = std::max(1.0, double(L * (L - 1) / 2));
    const double lineageThreshold = std::log10(param("leak_alpha", 0.001) / pairTests);
    auto dropped = [&](size_t from, size_t to) {
        QStringList out;
        for (const QString &f : lists[from].fields)
            if (!lists[to].fields.contains(f))
                out << f;
        return out;
    };
    for (size_t a = 0; a < L; ++a) {
        for (size_t b = a + 1; b < L; ++b) {
            LineageEdge e;
            e.sharedPhones = sharedPhones[at(a, b)];
            e.sharedIdCards = sharedIds[at(a, b)];
            e.sharedMasked = maskedIn[at(a, b)] + maskedIn[at(b, a)];
            e.sharedRecords = e.sharedPhones + e.sharedMasked;
            e.nameAgreement = nameAgree[at(a, b)];
            const double expected =
                double(lists[a].phones) * double(lists[b].phones) / double(std::max<qint64>(universe, 1));
            e.lift = expected > 0 ? double(e.sharedPhones) / expected : 0;
            e.log10P = hypergeometricLog10Upper(universe, lists[a].phones, lists[b].phones, e.sharedPhones);
            const double smaller = double(std::max<qint64>(1, std::min(lists[a].records, lists[b].records)));
            if (e.sharedRecords < qint64(param("lineage_min_shared", 20)) ||
                e.lift < param("lineage_min_lift", 1.5) || e.log10P > lineageThreshold ||
                double(e.sharedRecords) / smaller < param("lineage_min_containment", 0.05))
                continue;
            // Information only ever gets lost in a resale: masked phones, dropped columns.
            int vote = 0; // > 0: a → b
            const qint64 maskAB = maskedIn[at(a, b)], maskBA = maskedIn[at(b, a)];
            if (maskAB >= 5 && maskAB > 2 * maskBA)
                ++vote;
            else if (maskBA >= 5 && maskBA > 2 * maskAB)
                --vote;
            const QStringList dropAB = dropped(a, b), dropBA = dropped(b, a);
            if (!dropAB.isEmpty() && dropBA.isEmpty())
                ++vote;
            else if (!dropBA.isEmpty() && dropAB.isEmpty())
                --vote;
            const int dates = lists[a].acquiredUtc && lists[b].acquiredUtc
                                  ? (lists[a].acquiredUtc < lists[b].acquiredUtc   ? 1
                                     : lists[a].acquiredUtc > lists[b].acquiredUtc ? -1
                                                                                   : 0)
                                  : 0;
            bool aParent;
            if (vote != 0) {
                aParent = vote > 0;
                e.directionBasis << QStringLiteral("information_loss");
                if (dates == (aParent ? 1 : -1))
                    e.directionBasis << QStringLiteral("dates");
            } else if (dates != 0) {
                aParent = dates > 0;
                e.directionBasis << QStringLiteral("dates");
            } else {
                aParent = lists[a].records >= lists[b].records;
                e.directionBasis << QStringLiteral("size");
            }
            e.parent = int(aParent ? a : b);
            e.child = int(aParent ? b : a);
            const size_t p = size_t(e.parent), c = size_t(e.child);
            if (maskedIn[at(p, c)])
                e.transformations << QStringLiteral("masking");
            if (maskedIn[at(c, p)])
                e.transformations << QStringLiteral("unmasking");
            for (const QString &f : dropped(p, c))
                e.transformations << QStringLiteral("dropped:") + f;
            // Reformatting: the same field under another column name, or a header added to a bare file.
            const QJsonObject pm = lists[p].mapping, cm = lists[c].mapping;
            bool headerAdded = false;
            for (auto it = pm.constBegin(); it != pm.constEnd(); ++it) {
                const QString was = it.value().toString(), now = cm.value(it.key()).toString();
                if (was.isEmpty() || now.isEmpty() || was == now)
                    continue;
                if (was.startsWith(QLatin1Char('#')) && !now.startsWith(QLatin1Char('#')))
                    headerAdded = true;
                else if (!was.startsWith(QLatin1Char('#')) && !now.startsWith(QLatin1Char('#')))
                    e.transformations << QStringLiteral("renamed:%1 (%2 → %3)").arg(it.key(), was, now);
            }
            if (headerAdded)
                e.transformations << QStringLiteral("header_added");
            e.containment = lists[c].records ? double(e.sharedRecords) / double(lists[c].records) : 0;
            e.parentShare = lists[p].records ? double(e.sharedRecords) / double(lists[p].records) : 0;
            lineage.push_back(e);
        }
    }
    std::sort(lineage.begin(), lineage.end(), [](const LineageEdge &x, const LineageEdge &y) {
        return std::tie(x.child, x.parent) < std::tie(y.child, y.parent);
    });

    // Compilations: the records of a child no parent explains are the new material it adds.
    m_newRecords.assign(L, 0);
    std::vector<quint64> parentsOf(L, 0);
    for (const LineageEdge &e : lineage)
        parentsOf[size_t(e.child)] |= 1ULL << e.parent;
    for (size_t c = 0; c < L; ++c) {
        if (qPopulationCount(parentsOf[c]) < 2)
            continue;
        qint64 matched = 0;
        for (size_t num = 1; num < numbers; ++num) {
            const quint64 m = listsOf(num);
            if (m >> c & 1 && m & parentsOf[c])
                ++matched;
        }
        for (const MaskedRecord &m : data[c].masked)
            matched += (m.matchedBy & parentsOf[c]) != 0;
        // Full phones count once per number; the list's own duplicates are not new material either.
        const qint64 distinct = lists[c].phones + lists[c].masked;
        m_newRecords[c] = std::max<qint64>(0, distinct - matched);
    }
    phase("lineage");
    return true;
}

} // namespace dt::analysis
