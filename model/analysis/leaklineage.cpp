// Leak tracing's lineage (LeakTrace::compute, after the records are read): the records every pair of
// lists shares, the resale edges that overlap beyond chance with their direction and what the reseller
// changed, and the compilations assembled from several parents.
#include "analysis/leakrecords.h"
#include "analysis/leaktrace.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace dt::analysis {

using namespace leak;

void LeakTrace::countOverlap(const CallTable &t, State &s, Overlap &o) const
{
    const size_t L = lists.size(), numbers = t.numberKey.size();
    for (auto *v : {&o.sharedPhones, &o.nameAgree, &o.maskedIn, &o.sharedIds})
        v->assign(L * L, 0);
    auto at = [L](size_t a, size_t b) { return a * L + b; };
    std::vector<size_t> maskedLists;
    for (size_t l = 0; l < L; ++l)
        if (!s.data[l].masked.empty())
            maskedLists.push_back(l);

    for (size_t num = 1; num < numbers; ++num) {
        const qint64 b = s.offset[num], e = s.offset[num + 1];
        if (b == e)
            continue;
        // First entry per list.
        qint16 seenList[kMaxLists];
        quint32 seenName[kMaxLists];
        int count = 0;
        quint64 mask = 0;
        for (qint64 i = b; i < e; ++i) {
            const Entry &en = s.entries[size_t(i)];
            if (mask >> en.list & 1)
                continue;
            mask |= 1ULL << en.list;
            seenList[count] = en.list;
            seenName[count++] = en.nameHash;
        }
        for (int x = 0; x < count; ++x) {
            for (int y = x + 1; y < count; ++y) {
                const size_t p = size_t(seenList[x]), q = size_t(seenList[y]);
                ++o.sharedPhones[at(p, q)], ++o.sharedPhones[at(q, p)];
                if (seenName[x] && seenName[x] == seenName[y])
                    ++o.nameAgree[at(p, q)], ++o.nameAgree[at(q, p)];
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
            ListData &d = s.data[c];
            for (quint16 shape : d.shapes) {
                const quint64 key = shapeKey(digits, shape);
                for (int x = 0; x < count; ++x) {
                    const size_t p = size_t(seenList[x]);
                    if (p == c || !seenName[x])
                        continue;
                    const quint64 keyName = withName(key, seenName[x]);
                    if (!s.namedFilter.maybe(keyName))
                        continue;
                    const auto hit = d.byKeyName.find(keyName);
                    if (hit == d.byKeyName.end())
                        continue;
                    for (int r : hit->second) {
                        MaskedRecord &m = d.masked[size_t(r)];
                        if (!(m.matchedBy >> p & 1)) {
                            m.matchedBy |= 1ULL << p;
                            ++o.maskedIn[at(p, c)];
                        }
                    }
                }
            }
        }
    }
    // ID numbers the lists share.
    std::vector<std::pair<quint64, int>> &ids = s.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j < ids.size() && ids[j].first == ids[i].first)
            ++j;
        for (size_t x = i; x < j; ++x)
            for (size_t y = x + 1; y < j; ++y)
                ++o.sharedIds[at(size_t(ids[x].second), size_t(ids[y].second))],
                    ++o.sharedIds[at(size_t(ids[y].second), size_t(ids[x].second))];
        i = j;
    }
}

void LeakTrace::findResales(const Overlap &o, const QJsonObject &params)
{
    auto param = [&](const char *name, double fallback) {
        return params.value(QLatin1String(name)).toDouble(fallback);
    };
    const size_t L = lists.size();
    auto at = [L](size_t a, size_t b) { return a * L + b; };
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
            e.sharedPhones = o.sharedPhones[at(a, b)];
            e.sharedIdCards = o.sharedIds[at(a, b)];
            e.sharedMasked = o.maskedIn[at(a, b)] + o.maskedIn[at(b, a)];
            e.sharedRecords = e.sharedPhones + e.sharedMasked;
            e.nameAgreement = o.nameAgree[at(a, b)];
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
            const qint64 maskAB = o.maskedIn[at(a, b)], maskBA = o.maskedIn[at(b, a)];
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
            if (o.maskedIn[at(p, c)])
                e.transformations << QStringLiteral("masking");
            if (o.maskedIn[at(c, p)])
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
}

void LeakTrace::findCompilations(const State &s)
{
    // The records of a child no parent explains are the new material it adds.
    const size_t L = lists.size(), numbers = s.offset.empty() ? 0 : s.offset.size() - 1;
    m_newRecords.assign(L, 0);
    std::vector<quint64> parentsOf(L, 0);
    for (const LineageEdge &e : lineage)
        parentsOf[size_t(e.child)] |= 1ULL << e.parent;
    for (size_t c = 0; c < L; ++c) {
        if (qPopulationCount(parentsOf[c]) < 2)
            continue;
        qint64 matched = 0;
        for (size_t num = 1; num < numbers; ++num) {
            const quint64 m = s.listsOf(num);
            if (m >> c & 1 && m & parentsOf[c])
                ++matched;
        }
        for (const MaskedRecord &m : s.data[c].masked)
            matched += (m.matchedBy & parentsOf[c]) != 0;
        // Full phones count once per number; the list's own duplicates are not new material either.
        const qint64 distinct = lists[c].phones + lists[c].masked;
        m_newRecords[c] = std::max<qint64>(0, distinct - matched);
    }
}

} // namespace dt::analysis
