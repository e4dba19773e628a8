// The call store's whole-store work: every call read from the blocks, the postings sorted and
// written (an import's finish(), a rebuild), the calls by caller an import looks up, and the check
// verify runs. The blocks themselves, their reader and the import's appends are in callstore.cpp.

#include "case/callstore.h"

#include "case/callstoreinternal.h"
#include "case/database.h"
#include "core/handoff.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <new>
#include <numeric>
#include <thread>

namespace dt::callstore {

namespace {

/// Every call's parties and start, from the blocks in id order; also checks the blocks' shape.
struct AllCalls
{
    std::vector<quint32> caller, callee, id;
    std::vector<qint64> start;
    quint32 maxNumber = 0;
};

/// Every block of the store to @p use in id order, checking each one's shape and that it follows the
/// one before it; false (with @p error) on a damaged block or when @p use returns false.
bool forEachBlock(Database &db, QString *error, const std::function<bool(const Block &)> &use,
                  qint64 below = std::numeric_limits<qint64>::max())
{
    const QString sparse = hasColumn(db.handle(), "main", "call_blocks", "sparse_columns")
                               ? QStringLiteral("sparse_columns")
                               : QStringLiteral("0");
    Statement all =
        db.prepare(QStringLiteral("SELECT first_id, count, source_id, columns, %1 FROM call_blocks "
                                  "WHERE first_id < ? ORDER BY first_id")
                       .arg(sparse));
    all.bind(1, below);
    qint64 next = 0;
    while (all.step()) {
        Block b;
        b.firstId = all.int64(0);
        b.count = int(all.int64(1));
        b.sourceId = all.int64(2);
        const QByteArray stored = all.value(3).toByteArray();
        if (!b.setColumns(stored.constData(), stored.size(), all.int64(4))) {
            *error = tr("call block %1 is damaged (%2 bytes for %3 calls)")
                         .arg(b.firstId)
                         .arg(stored.size())
                         .arg(b.count);
            return false;
        }
        if (b.firstId < next || b.firstId < 1 || b.firstId + b.count - 1 > kMaxU32) {
            *error = tr("call block %1 overlaps the one before it").arg(b.firstId);
            return false;
        }
        next = b.firstId + b.count;
        if (!use(b))
            return false;
    }
    if (!all.ok()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

/// The calls of the blocks whose first id is below @p below (all by default), with room for @p more.
bool readAllCalls(Database &db, AllCalls *out, QString *error,
                  const std::function<bool(const Block &)> &eachBlock = {},
                  qint64 below = std::numeric_limits<qint64>::max(), size_t more = 0)
{
    Statement count = db.prepare(QStringLiteral("SELECT total(count) FROM call_blocks WHERE first_id < ?"));
    count.bind(1, below);
    const size_t total = (count.step() ? size_t(count.int64(0)) : 0) + more;
    for (auto *v : {&out->caller, &out->callee, &out->id})
        v->reserve(total);
    out->start.reserve(total);
    return forEachBlock(db, error, [&](const Block &b) {
        if (eachBlock && !eachBlock(b))
            return false;
        for (int i = 0; i < b.count; ++i) {
            out->caller.push_back(b.u32(Caller, i));
            out->callee.push_back(b.u32(Callee, i));
            out->start.push_back(b.start(i));
            out->id.push_back(quint32(b.firstId + i));
            out->maxNumber = std::max({out->maxNumber, out->caller.back(), out->callee.back()});
        }
        return true;
    }, below);
}

/// A posting while the lists are sorted: the call's index in AllCalls and its start, carried along
/// so that sorting and writing read the postings in order instead of gathering each call's start
/// and id from the 10M-entry arrays (two cache misses a posting: more than half of that step,
/// docs/benchmarks.md).
/// Starts within 2^32 s of the earliest take 8 bytes a posting, others 16.
struct NearPosting
{
    quint32 index;
    quint32 since; ///< start - the earliest start
    qint64 start(qint64 earliest) const { return earliest + qint64(since); }
    static NearPosting make(quint32 i, qint64 start, qint64 earliest) { return {i, quint32(start - earliest)}; }
};
struct FarPosting
{
    quint32 index;
    qint64 at;
    qint64 start(qint64) const { return at; }
    static FarPosting make(quint32 i, qint64 start, qint64) { return {i, start}; }
};

/// A row of call_postings: where its numbers' lists start, the lists' entries, and their start times'
/// base (narrow: uint32 seconds after it; else int64 start times).
struct PostingRow
{
    qint64 first = 0;
    QByteArray offsets, calls;
    bool narrow = false;
    qint64 startsFrom = 0;
};
using PostingRowUse = std::function<bool(const PostingRow &)>;

template<typename Posting>
bool postingGroups(const AllCalls &calls, qint64 earliest, bool narrow, const PostingRowUse &group)
{
    // A counting sort by number: slot 2n for calls n made, 2n + 1 for calls n received.
    const size_t n = calls.caller.size();
    const size_t slots = 2 * (size_t(calls.maxNumber) + 1);
    std::vector<quint32> offset(slots + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        ++offset[2 * size_t(calls.caller[i]) + 1];
        ++offset[2 * size_t(calls.callee[i]) + 2];
    }
    std::partial_sum(offset.begin(), offset.end(), offset.begin());
    std::vector<Posting> entries(offset.back());
    {
        std::vector<quint32> next(offset.begin(), offset.end() - 1);
        for (size_t i = 0; i < n; ++i) {
            const Posting p = Posting::make(quint32(i), calls.start[i], earliest);
            entries[next[2 * size_t(calls.caller[i])]++] = p;
            entries[next[2 * size_t(calls.callee[i]) + 1]++] = p;
        }
    }
    // Each list in order of start time, then id (the order of the former (number, start_utc) indexes);
    // index order is id order.
    auto byTime = [earliest](const Posting &a, const Posting &b) {
        const qint64 sa = a.start(earliest), sb = b.start(earliest);
        return sa != sb ? sa < sb : a.index < b.index;
    };
    for (size_t s = 0; s < slots; ++s) {
        auto from = entries.begin() + offset[s], to = entries.begin() + offset[s + 1];
        if (!std::is_sorted(from, to, byTime))
            std::sort(from, to, byTime);
    }
    // Ids are the indexes plus the first id when the case's ids have no gap (a case never deleted
    // from), which spares reading each one.
    const bool dense = n && calls.id.back() - calls.id.front() == n - 1;
    const quint32 firstId = n ? calls.id.front() : 0;
    const size_t numbers = size_t(calls.maxNumber) + 1;
    for (size_t g = 0; g < numbers && n; g += kPostingGroup) {
        const size_t end = std::min(numbers, g + kPostingGroup);
        const quint32 base = offset[2 * g];
        std::vector<quint32> offs;
        offs.reserve(2 * (end - g) + 1);
        for (size_t s = 2 * g; s <= 2 * end; ++s)
            offs.push_back(offset[s] - base);
        if (offs.back() == 0)
            continue;
        const qsizetype count = qsizetype(offs.back());
        PostingRow row{
            qint64(g), QByteArray(reinterpret_cast<const char *>(offs.data()), qsizetype(offs.size() * 4)),
            QByteArray(count * (narrow ? 8 : 12), Qt::Uninitialized), narrow, narrow ? earliest : 0};
        char *ids = row.calls.data(), *starts = row.calls.data() + count * 4;
        for (qsizetype k = 0; k < count; ++k) {
            const Posting &p = entries[base + size_t(k)];
            const quint32 id = dense ? firstId + p.index : calls.id[p.index];
            std::memcpy(ids + k * 4, &id, 4);
            if (narrow) {
                const quint32 since = quint32(p.start(earliest) - earliest);
                std::memcpy(starts + k * 4, &since, 4);
            } else {
                const qint64 start = p.start(earliest);
                std::memcpy(starts + k * 8, &start, 8);
            }
        }
        if (!group(row))
            return false;
    }
    return true;
}

/// The postings of @p calls, kPostingGroup numbers to a group: @p group gets each non-empty group's
/// row (callstore.h), with narrow start times when @p narrowOk (the table has starts_from) and the
/// calls span less than 2^32 s.
bool forEachPostingGroup(const AllCalls &calls, bool narrowOk, const PostingRowUse &group)
{
    if (calls.start.empty())
        return true;
    const auto [least, most] = std::minmax_element(calls.start.begin(), calls.start.end());
    if (quint64(*most) - quint64(*least) <= 0xffffffffu)
        return postingGroups<NearPosting>(calls, *least, narrowOk, group);
    return postingGroups<FarPosting>(calls, 0, false, group);
}

bool hasStartsFrom(Database &db)
{
    return hasColumn(db.handle(), "main", "call_postings", "starts_from");
}

/// Writes the postings of @p calls in place of the case's, see Writer::rebuildPostings().
bool writePostings(Database &db, const AllCalls &calls, QString *error, const std::function<bool()> &meanwhile)
{
    if (!db.exec(QStringLiteral("DELETE FROM call_postings"))) {
        *error = db.lastError();
        return false;
    }
    // The sort runs beside @p meanwhile (SQLite's index builds), then beside the inserts.
    Handoff<PostingRow> rows(qint64(16) << 20);
    std::atomic_bool outOfMemory{false};
    const bool narrowOk = hasStartsFrom(db);
    std::thread maker([&calls, &rows, &outOfMemory, narrowOk] {
        try {
            forEachPostingGroup(calls, narrowOk, [&rows](const PostingRow &row) {
                return rows.put(row, row.offsets.size() + row.calls.size());
            });
        } catch (const std::bad_alloc &) {
            outOfMemory = true;
        }
        rows.close();
    });
    struct Joined // however this function leaves, exceptions included: the maker stopped and joined,
    {             // and readers told the postings changed (rewritten, or deleted until the rollback)
        Handoff<PostingRow> &rows;
        std::thread &maker;
        ~Joined()
        {
            rows.stop();
            maker.join();
            generation().fetch_add(1);
        }
    } joined{rows, maker};
    if (meanwhile && !meanwhile())
        return false;
    Statement ins =
        db.prepare(narrowOk ? QStringLiteral("INSERT INTO call_postings(first_number, offsets, calls, "
                                             "starts_from) VALUES(?,?,?,?)")
                            : QStringLiteral("INSERT INTO call_postings(first_number, offsets, calls) "
                                             "VALUES(?,?,?)"));
    PostingRow row;
    while (rows.take(&row)) {
        ins.bind(1, row.first).bindStaticBlob(2, row.offsets).bindStaticBlob(3, row.calls);
        if (narrowOk && row.narrow)
            ins.bind(4, row.startsFrom);
        else if (narrowOk)
            ins.bindNull(4);
        const bool inserted = ins.exec();
        ins.reset(); // before the row's bytes go: they were bound without a copy
        if (!inserted) {
            *error = db.lastError();
            return false;
        }
    }
    if (outOfMemory) {
        *error = tr("not enough memory to sort the postings of %1 calls").arg(calls.caller.size());
        return false;
    }
    return true;
}

} // namespace

bool Writer::rebuildPostings(Database &db, QString *error, const std::function<bool()> &meanwhile)
{
    AllCalls calls;
    return readAllCalls(db, &calls, error) && writePostings(db, calls, error, meanwhile);
}

bool Writer::finish(QString *error, const std::function<bool()> &meanwhile)
{
    if (!flush(true, error) || !applyPatches(error))
        return false;
    // The case's calls before this import from its blocks, this import's from memory.
    AllCalls calls;
    if (!readAllCalls(m_db, &calls, error, {}, m_firstNew, m_newCaller.size()))
        return false;
    const size_t earlier = calls.caller.size();
    if (calls.caller.empty()) { // a first import: nothing to copy
        calls.caller = std::move(m_newCaller);
        calls.callee = std::move(m_newCallee);
        calls.start = std::move(m_newStart);
    } else {
        calls.caller.insert(calls.caller.end(), m_newCaller.begin(), m_newCaller.end());
        calls.callee.insert(calls.callee.end(), m_newCallee.begin(), m_newCallee.end());
        calls.start.insert(calls.start.end(), m_newStart.begin(), m_newStart.end());
    }
    for (size_t i = earlier; i < calls.caller.size(); ++i) { // readAllCalls() did the earlier ones
        calls.id.push_back(quint32(m_firstNew + qint64(i - earlier)));
        calls.maxNumber = std::max({calls.maxNumber, calls.caller[i], calls.callee[i]});
    }
    std::vector<quint32>().swap(m_newCaller);
    std::vector<quint32>().swap(m_newCallee);
    std::vector<quint32>().swap(m_newDuration);
    std::vector<qint64>().swap(m_newStart);
    return writePostings(m_db, calls, error, meanwhile);
}

bool CallsByCaller::load(Database &db, QString *error)
{
    m_offset.clear();
    m_entries.clear();
    auto eachBlock = [&db, error](const std::function<void(const Block &)> &use) {
        return forEachBlock(db, error, [&use](const Block &b) {
            use(b);
            return true;
        });
    };
    // A counting sort by caller: the calls each makes, then where each caller's run starts.
    std::vector<quint32> count;
    const bool counted = eachBlock([&count](const Block &b) {
        for (int i = 0; i < b.count; ++i) {
            const quint32 c = b.u32(Caller, i);
            if (c >= count.size())
                count.resize(std::max<size_t>(size_t(c) + 1, count.size() * 2), 0);
            ++count[c];
        }
    });
    if (!counted)
        return false;
    m_offset.assign(count.size() + 1, 0);
    std::partial_sum(count.begin(), count.end(), m_offset.begin() + 1);
    m_entries.resize(m_offset.back());
    std::vector<quint32> next(m_offset.begin(), m_offset.end() - 1);
    const bool placed = eachBlock([&](const Block &b) {
        for (int i = 0; i < b.count; ++i) {
            const quint32 c = b.u32(Caller, i);
            if (c >= next.size() || next[c] >= m_offset[c + 1])
                continue; // the case changed between the passes (cannot within a transaction)
            const quint64 start = quint64(b.start(i));
            m_entries[next[c]++] = {quint32(start), quint32(start >> 32), quint32(b.firstId + i),
                                    b.u32(Callee, i), b.u32(Duration, i)};
        }
    });
    if (!placed)
        return false;
    // Each caller's calls in order of start time, then id: in id order they mostly are already.
    auto byTime = [](const Entry &a, const Entry &b) {
        return a.start() != b.start() ? a.start() < b.start() : a.id < b.id;
    };
    for (size_t c = 0; c + 1 < m_offset.size(); ++c) {
        auto from = m_entries.begin() + m_offset[c], to = m_entries.begin() + m_offset[c + 1];
        if (!std::is_sorted(from, to, byTime))
            std::sort(from, to, byTime);
    }
    return true;
}

qint64 CallsByCaller::find(qint64 caller, qint64 callee, qint64 from, qint64 upTo, qint64 duration) const
{
    if (caller < 0 || quint64(caller) + 1 >= m_offset.size())
        return 0;
    auto it = std::lower_bound(m_entries.begin() + m_offset[size_t(caller)],
                               m_entries.begin() + m_offset[size_t(caller) + 1], from,
                               [](const Entry &e, qint64 t) { return e.start() < t; });
    const auto end = m_entries.begin() + m_offset[size_t(caller) + 1];
    for (; it != end && it->start() <= upTo; ++it) {
        if (qint64(it->callee) == callee && std::abs(qint64(it->duration) - duration) <= 2)
            return it->id;
    }
    return 0;
}

bool check(Database &db, qint64 *callCount, QString *problem)
{
    // Every id a call holds names a row of its table; the postings are what the blocks give.
    auto ids = [&db](const QString &table) {
        std::vector<bool> there(size_t(db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)).toLongLong()) + 1);
        Statement st = db.prepare(QStringLiteral("SELECT id FROM %1").arg(table));
        while (st.step())
            there[size_t(st.int64(0))] = true;
        return there;
    };
    const std::vector<bool> numbers = ids(QStringLiteral("numbers")), devices = ids(QStringLiteral("devices")),
                            cells = ids(QStringLiteral("cells")), sources = ids(QStringLiteral("sources"));
    auto known = [](const std::vector<bool> &there, quint32 v, bool zeroOk) {
        return v == 0 ? zeroOk : v < there.size() && there[v];
    };
    AllCalls calls;
    const bool ok = readAllCalls(db, &calls, problem, [&](const Block &b) {
        if (!known(sources, quint32(std::min<qint64>(b.sourceId, kMaxU32)), false)) {
            *problem = tr("call block %1 names a missing source %2").arg(b.firstId).arg(b.sourceId);
            return false;
        }
        for (int i = 0; i < b.count; ++i) {
            const bool good = known(numbers, b.u32(Caller, i), false) && known(numbers, b.u32(Callee, i), false) &&
                              known(devices, b.u32(Device, i), true) && known(devices, b.u32(CalleeDevice, i), true) &&
                              known(cells, b.u32(Cell, i), true) && known(cells, b.u32(CalleeCell, i), true) &&
                              b.answered(i) >= -1 && b.answered(i) <= 1;
            if (!good) {
                *problem = tr("call %1 refers to a missing number, device or cell").arg(b.firstId + i);
                return false;
            }
        }
        return true;
    });
    if (!ok)
        return false;
    *callCount = qint64(calls.id.size());
    // Every further row names a call (call_rows has no foreign key to the virtual table).
    {
        Statement rows = db.prepare(QStringLiteral("SELECT call_id FROM call_rows"));
        while (rows.step()) {
            const qint64 id = rows.int64(0);
            if (!std::binary_search(calls.id.begin(), calls.id.end(), id > 0 && id <= kMaxU32 ? quint32(id) : 0u)) {
                *problem = tr("a further row of call %1 names no call").arg(id);
                return false;
            }
        }
    }
    const bool narrowOk = hasStartsFrom(db);
    Statement stored =
        db.prepare(QStringLiteral("SELECT first_number, offsets, calls, %1 FROM call_postings "
                                  "ORDER BY first_number")
                       .arg(narrowOk ? QStringLiteral("starts_from") : QStringLiteral("NULL")));
    const bool same = forEachPostingGroup(calls, narrowOk, [&](const PostingRow &row) {
        if (!stored.step() || stored.int64(0) != row.first || stored.value(1).toByteArray() != row.offsets ||
            stored.value(2).toByteArray() != row.calls || stored.isNull(3) == row.narrow ||
            (row.narrow && stored.int64(3) != row.startsFrom)) {
            *problem = tr("the lists of calls of numbers from %1 do not match the calls").arg(row.first);
            return false;
        }
        return true;
    });
    if (same && stored.step()) {
        *problem = tr("the lists of calls of numbers from %1 list calls that are not there").arg(stored.int64(0));
        return false;
    }
    return same;
}

} // namespace dt::callstore
