// The evidence linking two suspect numbers that needs more than a shared key (Detector::groupOperators):
// overlapping victims (exact, or MinHash + LSH at scale), synchronised working hours, and one number
// taking over another's dialling list. Links are made in ascending vertex order, so the evidence is
// the same whichever path found a pair.
#include "analysis/detection.h"
#include "analysis/keygroups.h"
#include "analysis/parallel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>

namespace dt::analysis {

namespace {
quint64 mix64(quint64 x)
{
    // splitmix64's finaliser: a well-spread 64-bit hash of an id.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// Folds @p victims into a MinHash signature @p s: s[h] = min(s[h], a[h] * mix64(u) + b[h]).
template<int kHashes>
void minHash(quint64 *__restrict s, const quint64 *a, const quint64 *b, const std::vector<qint32> &victims)
{
    for (qint32 u : victims) {
        const quint64 x = mix64(quint64(u));
        for (int h = 0; h < kHashes; ++h)
            s[h] = std::min(s[h], a[h] * x + b[h]);
    }
}

/// The same, compiled for AVX-512 (eight 64-bit products and minimums per instruction where the
/// baseline has one): integer arithmetic, so the signature is the same bits. Most of the victim
/// overlap's time went to the signatures.
template<int kHashes>
__attribute__((target("avx512f,avx512dq"))) void
minHashAvx512(quint64 *__restrict s, const quint64 *a, const quint64 *b, const std::vector<qint32> &victims)
{
    for (qint32 u : victims) {
        const quint64 x = mix64(quint64(u));
        for (int h = 0; h < kHashes; ++h)
            s[h] = std::min(s[h], a[h] * x + b[h]);
    }
}

bool cpuHasAvx512()
{
    static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
    return has;
}
} // namespace

void Detector::linkVictimPairs(const std::vector<std::vector<qint32>> &victimsOf, size_t numbers,
                               const std::vector<std::vector<int>> &candidatesOf, const LinkFn &link) const
{
    // The exact Jaccard of each candidate pair over the two whole victim sets: x's victims marked
    // once, each candidate's counted against them.
    const double threshold = param("victim_jaccard");
    std::vector<char> mark(numbers, 0);
    for (size_t x = 0; x < candidatesOf.size(); ++x) {
        if (candidatesOf[x].empty())
            continue;
        const auto &A = victimsOf[x];
        for (qint32 u : A)
            mark[size_t(u)] = 1;
        for (int y : candidatesOf[x]) {
            const auto &B = victimsOf[size_t(y)];
            qint64 inter = 0;
            for (qint32 u : B)
                inter += mark[size_t(u)];
            const double j = double(inter) / double(qint64(A.size()) + qint64(B.size()) - inter);
            if (j >= threshold) {
                EvidenceLink why;
                why.type = LinkType::VictimOverlap;
                why.jaccard = std::round(j * 1000) / 1000;
                why.sharedVictims = inter;
                link(int(x), y, why);
            }
        }
        for (qint32 u : A)
            mark[size_t(u)] = 0;
    }
}

Detector::VictimIndex::VictimIndex(const std::vector<std::vector<qint32>> &victimsOf,
                                   const std::vector<std::vector<quint32>> &firstRankOf, size_t numbers)
{
    first.assign(numbers + 1, 0);
    for (const auto &vs : victimsOf)
        for (qint32 u : vs)
            ++first[size_t(u) + 1];
    for (size_t k = 1; k <= numbers; ++k)
        first[k] += first[k - 1];
    callers.resize(first[numbers]);
    std::vector<quint32> fill(first.begin(), first.end() - 1);
    for (size_t v = 0; v < victimsOf.size(); ++v)
        for (size_t k = 0; k < victimsOf[v].size(); ++k)
            callers[fill[size_t(victimsOf[v][k])]++] = {int(v), firstRankOf[v][k]};
}

void Detector::linkVictimOverlap(const std::vector<std::vector<qint32>> &victimsOf, const VictimIndex &ix,
                                 const LinkFn &link) const
{
    const size_t V = victimsOf.size();
    // Candidates: pairs sharing a victim that at most 50 flagged numbers called (a victim everyone
    // called says nothing).
    std::vector<std::vector<int>> candidatesOf(V);
    std::vector<int> lastSeen(V, -1);
    for (size_t x = 0; x < V; ++x) {
        for (qint32 u : victimsOf[x]) {
            const quint32 b = ix.first[size_t(u)], e = ix.first[size_t(u) + 1];
            if (e - b < 2 || e - b > 50)
                continue;
            for (quint32 k = b; k < e; ++k) {
                const int y = ix.callers[k].vertex;
                if (y > int(x) && lastSeen[size_t(y)] != int(x)) {
                    lastSeen[size_t(y)] = int(x);
                    candidatesOf[x].push_back(y);
                }
            }
        }
        std::sort(candidatesOf[x].begin(), candidatesOf[x].end());
    }
    linkVictimPairs(victimsOf, ix.first.size() - 1, candidatesOf, link);
}

void Detector::linkVictimOverlapLsh(const std::vector<std::vector<qint32>> &victimsOf, size_t numbers,
                                    const LinkFn &link) const
{
    // MinHash signatures of kBands × kRows hashes; two numbers become candidates when all rows of
    // one band agree. For Jaccard s that happens with probability 1 - (1 - s^2)^50: 0.99999994 at
    // the default threshold 0.5, 0.87 at 0.2, 0.12 at 0.05; candidates are then checked exactly, so
    // a pair is linked only on its exact Jaccard. Hash functions are fixed: the same case gives the
    // same candidates every run.
    constexpr int kBands = 50, kRows = 2, kHashes = kBands * kRows;
    const size_t V = victimsOf.size();
    std::array<quint64, kHashes> a{}, b{};
    for (int h = 0; h < kHashes; ++h) {
        a[size_t(h)] = mix64(quint64(2 * h + 1)) | 1; // odd multipliers
        b[size_t(h)] = mix64(quint64(2 * h + 2));
    }
    // Each number's signature depends on its victims only: the two cores take alternate numbers.
    std::vector<quint64> sig(V * kHashes, std::numeric_limits<quint64>::max());
    const size_t workers = V >= 256 ? 2 : 1;
    const auto signature = cpuHasAvx512() ? minHashAvx512<kHashes> : minHash<kHashes>;
    runParallel(workers, [&](size_t w) {
        for (size_t v = w; v < V; v += workers)
            signature(sig.data() + v * kHashes, a.data(), b.data(), victimsOf[v]);
    });
    std::vector<quint64> pairs;
    std::vector<std::pair<quint64, int>> buckets(V);
    for (int band = 0; band < kBands; ++band) {
        for (size_t v = 0; v < V; ++v) {
            quint64 key = quint64(band);
            for (int r = 0; r < kRows; ++r)
                key = mix64(key ^ sig[v * kHashes + size_t(band * kRows + r)]);
            buckets[v] = {key, int(v)};
        }
        std::sort(buckets.begin(), buckets.end());
        for (size_t k = 0; k < V;) {
            size_t m = k;
            while (m < V && buckets[m].first == buckets[k].first)
                ++m;
            for (size_t i = k; i < m; ++i)
                for (size_t j = i + 1; j < m; ++j)
                    pairs.push_back(quint64(buckets[i].second) << 32 | quint32(buckets[j].second));
            k = m;
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<std::vector<int>> candidatesOf(V);
    for (quint64 p : pairs)
        candidatesOf[size_t(p >> 32)].push_back(int(p & 0xffffffffU));
    linkVictimPairs(victimsOf, numbers, candidatesOf, link);
}

void Detector::linkSynchronisedHours(const std::vector<size_t> &flagged, const LinkFn &link) const
{
    // The same shift (hour-of-day profile) on the same days, over every pair of numbers active on 5
    // days or more. The profiles are copied hour-major into one flat array, so one row's cosines
    // against a block of later numbers are computed side by side (the compiler vectorises across
    // numbers); each pair's dot product still adds its 24 products one by one in hour order, and
    // the norms are the same sums in the same order, so the cosine is the same to the last bit.
    // Rows are shared by the two cores; the hits are linked afterwards in row order.
    std::vector<size_t> active;
    for (size_t v = 0; v < flagged.size(); ++v)
        if (m_suspects[flagged[v]].profile.days.size() >= 5)
            active.push_back(v);
    const size_t A = active.size();
    std::vector<double> byHour(24 * A), norm(A, 0); // byHour[h * A + i]
    for (size_t i = 0; i < A; ++i) {
        const auto &h = m_suspects[flagged[active[i]]].profile.hourShare;
        for (size_t k = 0; k < 24; ++k) {
            byHour[k * A + i] = h[k];
            norm[i] += h[k] * h[k];
        }
    }
    const double minCosine = param("sync_hours_cosine"), minDays = param("sync_days_jaccard");
    // A pair that links, kept small (a big operator's numbers give millions of pairs): its
    // EvidenceLink, with its strings, is made when it is linked.
    struct Hit
    {
        size_t i, j;
        double cosine; ///< rounded as stored
        qint64 sharedDays;
    };
    const size_t workers = A >= 512 ? 2 : 1;
    std::vector<std::vector<Hit>> hits(workers);
    runParallel(workers, [&](size_t w) {
        std::vector<double> dots(A);
        double *__restrict dot = dots.data();
        // Row i pairs with A - i - 1 numbers: alternate rows keep the two halves even.
        for (size_t i = w; i < A; i += workers) {
            const size_t from = i + 1;
            std::fill(dot + from, dot + A, 0.0);
            for (size_t h = 0; h < 24; ++h) {
                const double a = byHour[h * A + i];
                const double *__restrict hb = byHour.data() + h * A;
                for (size_t j = from; j < A; ++j)
                    dot[j] += a * hb[j];
            }
            for (size_t j = from; j < A; ++j) {
                const double cosine = dot[j] / std::sqrt(norm[i] * norm[j]);
                if (!(cosine >= minCosine))
                    continue;
                const Profile &pa = m_suspects[flagged[active[i]]].profile;
                const Profile &pb = m_suspects[flagged[active[j]]].profile;
                const qint64 common = sharedDays(pa, pb);
                const double days = double(common) / double(qint64(pa.days.size() + pb.days.size()) - common);
                if (days >= minDays)
                    hits[w].push_back({i, j, std::round(cosine * 1000) / 1000, common});
            }
        }
    });
    // Each worker's hits are in row order: merged by (row, column), they are linked as one pass would.
    std::vector<Hit> all;
    size_t total = 0;
    for (const auto &h : hits)
        total += h.size();
    all.reserve(total);
    for (auto &h : hits) {
        all.insert(all.end(), h.begin(), h.end());
        std::vector<Hit>().swap(h);
    }
    std::sort(all.begin(), all.end(),
              [](const Hit &x, const Hit &y) { return std::tie(x.i, x.j) < std::tie(y.i, y.j); });
    EvidenceLink why;
    why.type = LinkType::SynchronisedHours;
    for (const Hit &h : all) {
        why.hourProfileCosine = h.cosine;
        why.sharedDays = h.sharedDays;
        link(int(active[h.i]), int(active[h.j]), why);
    }
}

void Detector::linkListTakeovers(const std::vector<size_t> &flagged,
                                 const std::vector<std::vector<qint32>> &victimsOf,
                                 const std::vector<std::vector<quint32>> &firstRankOf, const VictimIndex &ix,
                                 const LinkFn &link) const
{
    // B takes over A's dialling list where A stopped: B's first call comes after A's last (within
    // the gap), B calls at least `takeover_min_shared` of A's victims, and in A's order (Spearman's
    // rank correlation between the two numbers' first calls to them). Found through the victims'
    // callers, so only numbers that share victims are ever compared.
    const size_t V = flagged.size();
    const qint64 maxGap = qint64(param("takeover_max_gap_hours") * 3600);
    const size_t minShared = size_t(std::max<qint64>(2, qint64(param("takeover_min_shared"))));
    const double minRho = param("takeover_min_rho");
    auto profile = [&](size_t v) -> const Profile & { return m_suspects[flagged[v]].profile; };
    std::vector<qint64> firstOf(V), lastOf(V); // flat: the loop below visits numbers at random
    for (size_t v = 0; v < V; ++v) {
        firstOf[v] = profile(v).firstCall;
        lastOf[v] = profile(v).lastCall;
    }
    struct Takeover
    {
        int from = -1;
        qint64 shared = 0;
        double rho = 0;
    };
    // One predecessor per number: the one whose list it continues most (most victims, then the best
    // order, then the shortest gap, then the lowest vertex). The order is total (vertices differ), so
    // the best is the same whichever order the candidates come in: the two cores take alternate
    // numbers A, each keeping its own best per B, and the two are merged by the same order.
    auto rank = [&](size_t b, const Takeover &x) {
        return std::make_tuple(x.shared, x.rho, -(firstOf[b] - lastOf[size_t(x.from)]), -x.from);
    };
    const size_t workers = V >= 256 ? 2 : 1;
    std::vector<std::vector<Takeover>> bestOfPart(workers, std::vector<Takeover>(V));
    runParallel(workers, [&](size_t w) {
        std::vector<Takeover> &bestOf = bestOfPart[w];
        std::vector<int> slotOf(V, -1);
        std::vector<int> successors;
        std::vector<std::vector<std::pair<quint32, quint32>>> shared; // by slot: (A's rank, B's rank)
        std::vector<std::pair<quint32, qint64>> byB;
        for (size_t a = w; a < V; a += workers) {
            const qint64 silent = lastOf[a];
            successors.clear();
            const std::vector<qint32> &victims = victimsOf[a];
            for (size_t k = 0; k < victims.size(); ++k) {
                // Each victim's callers lie somewhere else in memory, and waiting for them was most
                // of this loop: the victims a few steps ahead are fetched early (their offsets
                // first, then their callers).
                if (k + 16 < victims.size())
                    __builtin_prefetch(&ix.first[size_t(victims[k + 16])]);
                if (k + 8 < victims.size())
                    __builtin_prefetch(&ix.callers[ix.first[size_t(victims[k + 8])]]);
                const size_t u = size_t(victims[k]);
                if (ix.first[u + 1] - ix.first[u] > 1000) // a victim everyone called says nothing
                    continue;
                for (quint32 c = ix.first[u]; c < ix.first[u + 1]; ++c) {
                    const int b = ix.callers[c].vertex;
                    const qint64 start = firstOf[size_t(b)];
                    if (start <= silent || start - silent > maxGap)
                        continue;
                    if (slotOf[size_t(b)] < 0) {
                        slotOf[size_t(b)] = int(successors.size());
                        successors.push_back(b);
                        if (shared.size() < successors.size())
                            shared.resize(successors.size());
                        shared[successors.size() - 1].clear();
                    }
                    shared[size_t(slotOf[size_t(b)])].emplace_back(firstRankOf[a][k], ix.callers[c].rank);
                }
            }
            for (int b : successors) {
                auto &pairs = shared[size_t(slotOf[size_t(b)])];
                slotOf[size_t(b)] = -1;
                const qint64 n = qint64(pairs.size());
                if (size_t(n) < minShared)
                    continue;
                // Ranks are distinct on both sides: rho = 1 - 6 Σd² / (n (n² - 1)).
                std::sort(pairs.begin(), pairs.end());
                byB.resize(pairs.size());
                for (size_t k = 0; k < pairs.size(); ++k)
                    byB[k] = {pairs[k].second, qint64(k)};
                std::sort(byB.begin(), byB.end());
                double d2 = 0;
                for (size_t k = 0; k < byB.size(); ++k)
                    d2 += double(qint64(k) - byB[k].second) * double(qint64(k) - byB[k].second);
                const double rho = 1.0 - 6.0 * d2 / (double(n) * (double(n) * double(n) - 1.0));
                if (rho < minRho)
                    continue;
                Takeover &best = bestOf[size_t(b)];
                const Takeover candidate{int(a), n, rho};
                if (best.from < 0 || rank(size_t(b), candidate) > rank(size_t(b), best))
                    best = candidate;
            }
        }
    });
    std::vector<Takeover> &bestOf = bestOfPart[0];
    for (size_t w = 1; w < workers; ++w)
        for (size_t b = 0; b < V; ++b) {
            const Takeover &other = bestOfPart[w][b];
            if (other.from >= 0 && (bestOf[b].from < 0 || rank(b, other) > rank(b, bestOf[b])))
                bestOf[b] = other;
        }
    for (size_t b = 0; b < V; ++b) {
        const Takeover &t = bestOf[b];
        if (t.from < 0)
            continue;
        const qint64 silent = profile(size_t(t.from)).lastCall, took = profile(b).firstCall;
        EvidenceLink why;
        why.type = LinkType::ListTakeover;
        why.from = m_suspects[flagged[size_t(t.from)]].key;
        why.to = m_suspects[flagged[b]].key;
        why.sharedVictims = t.shared;
        why.rankCorrelation = std::round(t.rho * 1000) / 1000;
        why.silentFrom = silent;
        why.tookOver = took;
        why.gapHours = std::round(double(took - silent) / 360.0) / 10;
        link(t.from, int(b), why);
    }
}

} // namespace dt::analysis
