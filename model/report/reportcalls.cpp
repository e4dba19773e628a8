// The report's reads of the calls behind an operator's findings: its first calls, its calls per day
// and hour, its victims in a leaked list. Each goes through the call store's postings (a number's
// calls listed in time order, with their start times) and reads only what the report shows: SQL
// over the calls' virtual table read every call of the operator's numbers in full before its LIMIT.
#include "case/callstore.h"
#include "case/database.h"
#include "report/reportbuilder.h"

#include <algorithm>
#include <limits>
#include <QSet>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dt::report::detail {

namespace {

constexpr qint64 kEarliest = std::numeric_limits<qint64>::min(), kLatest = std::numeric_limits<qint64>::max();

} // namespace

callstore::Reader &Builder::callReader()
{
    if (!m_calls)
        m_calls = std::make_unique<callstore::Reader>(m_db.handle());
    return *m_calls;
}

QList<qint64> Builder::numberIds(const QStringList &keys)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM numbers WHERE value = ?"));
    for (const QString &key : keys) {
        s.reset();
        s.bind(1, key);
        if (s.step() && !seen.contains(s.int64(0))) {
            seen.insert(s.int64(0));
            ids << s.int64(0);
        }
    }
    return ids;
}

std::optional<QList<qint64>> Builder::firstCallsMade(const QList<qint64> &numbers)
{
    // Each number's list is in order of start time then id: the first calls of all of them are among
    // the heads of their lists.
    const qint64 limit = supportingLimit();
    std::vector<std::pair<qint64, qint64>> heads; // (start, id)
    std::vector<qint64> ids, starts;
    for (const qint64 n : numbers) {
        if (!callReader().postings(n, true, &ids, kEarliest, kLatest, &starts, limit))
            return std::nullopt;
        for (size_t i = 0; i < ids.size(); ++i)
            heads.emplace_back(starts[i], ids[i]);
    }
    std::sort(heads.begin(), heads.end());
    if (qint64(heads.size()) > limit)
        heads.resize(size_t(limit));
    QList<qint64> first;
    for (const auto &h : heads)
        first << h.second;
    return first;
}

std::optional<std::vector<qint64>> Builder::startsOfCallsMade(const QList<qint64> &numbers)
{
    std::vector<qint64> all, ids, starts;
    for (const qint64 n : numbers) {
        if (!callReader().postings(n, true, &ids, kEarliest, kLatest, &starts))
            return std::nullopt;
        all.insert(all.end(), starts.begin(), starts.end());
    }
    return all;
}

std::optional<QList<qint64>> Builder::calledInList(const QString &list, const QList<qint64> &numbers)
{
    // The list's records in line order, each phone checked once: called by the operator when one of
    // the calls it received is one of the operator's calls. The calls are never read, only listed.
    // The list's records and each phone's calls received are read once per report, not per
    // operator: a case of 10M calls had 460 operators over five lists, and reading the list again
    // for each (a pass over every leaked record, then a sort) took most of its report's time.
    std::vector<qint64> made, ids;
    for (const qint64 n : numbers) {
        if (!callReader().postings(n, true, &ids))
            return std::nullopt;
        made.insert(made.end(), ids.begin(), ids.end());
    }
    std::sort(made.begin(), made.end());
    const qint64 limit = supportingLimit();
    QList<qint64> chosen;
    if (made.empty() || limit == 0)
        return chosen;
    auto [entry, added] = m_listCalls.try_emplace(list);
    ListCalls &lc = entry->second;
    if (added) {
        Statement s = m_db.prepare(
            QStringLiteral("SELECT l.id, l.phone FROM leak_records l JOIN sources src ON src.id = l.source_id "
                           "WHERE src.name = ? AND l.phone IS NOT NULL ORDER BY l.line, l.id"));
        s.bind(1, list);
        while (s.step())
            lc.records.emplace_back(s.int64(0), s.int64(1));
        if (!s.ok()) {
            m_listCalls.erase(entry);
            return std::nullopt;
        }
    }
    std::unordered_map<qint64, bool> called; // by phone, for this operator
    for (const auto &[record, phone] : lc.records) {
        if (qint64(chosen.size()) >= limit)
            break;
        auto it = called.find(phone);
        if (it == called.end()) {
            auto got = lc.received.find(phone);
            if (got == lc.received.end()) {
                if (!callReader().postings(phone, false, &ids))
                    return std::nullopt;
                got = lc.received.emplace(phone, ids).first;
            }
            const bool any = std::any_of(got->second.begin(), got->second.end(), [&made](qint64 id) {
                return std::binary_search(made.begin(), made.end(), id);
            });
            it = called.emplace(phone, any).first;
        }
        if (it->second)
            chosen << record;
    }
    return chosen;
}

} // namespace dt::report::detail
