// Seal::verify(): every sealed row read again, digested and compared with the seal, naming what differs.
#include "case/database.h"
#include "case/seal.h"
#include "case/sealinternal.h"
#include "core/signingkey.h"

#include <map>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>
#include <sqlite3.h>

namespace dt::seal {

using namespace internal;

namespace {

constexpr int kMaxChanges = 40;

/// The changes found, capped; and whether any was.
class Changes
{
public:
    void add(const QString &what)
    {
        if (m_list.size() < kMaxChanges)
            m_list << what;
        ++m_count;
    }
    QStringList list() const { return m_list; }
    qint64 count() const { return m_count; }

private:
    QStringList m_list;
    qint64 m_count = 0;
};

QString idList(const std::vector<qint64> &ids)
{
    QStringList parts;
    for (size_t i = 0; i < ids.size() && i < 5; ++i)
        parts << QString::number(ids[i]);
    if (ids.size() > 5)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

/// What a stored chunk's rows came to when recomputed.
struct Recomputed
{
    ChunkBuilder builder;
    Chunk now;
    bool done = false;
};

/// Compares a Rows or Links chunk: names the row when one differs (the sketch), else the range.
void compareChunk(const QString &group, const Chunk &sealed, const Chunk &now, const QString &u, Changes *out)
{
    if (sealed.rows == now.rows && sealed.digest == now.digest)
        return;
    const qint64 delta = now.rows - sealed.rows;
    const qint64 id =
        Sketch::singleDifference(Sketch::fromBytes(sealed.sketch), Sketch::fromBytes(now.sketch));
    const bool named = id >= sealed.first && id <= sealed.last && delta >= -1 && delta <= 1;
    if (named && delta == 1)
        out->add(Seal::tr("%1: 1 row added (%2 %3)").arg(group, u).arg(id));
    else if (named && delta == -1)
        out->add(Seal::tr("%1: 1 row deleted (%2 %3)").arg(group, u).arg(id));
    else if (named)
        out->add(Seal::tr("%1: 1 row changed (%2 %3)").arg(group, u).arg(id));
    else if (delta > 0)
        out->add(Seal::tr("%1: %2 rows added among %3 %4-%5")
                     .arg(group)
                     .arg(delta)
                     .arg(u)
                     .arg(sealed.first)
                     .arg(sealed.last));
    else if (delta < 0)
        out->add(Seal::tr("%1: %2 rows deleted among %3 %4-%5")
                     .arg(group)
                     .arg(-delta)
                     .arg(u)
                     .arg(sealed.first)
                     .arg(sealed.last));
    else
        out->add(
            Seal::tr("%1: rows changed among %2 %3-%4").arg(group, u).arg(sealed.first).arg(sealed.last));
}

QString rowName(Database &db, const QString &table, const QString &key)
{
    if (table == QLatin1String("sources")) {
        Statement st = db.prepare(QStringLiteral("SELECT file_name FROM sources WHERE id = ?"));
        st.bind(1, key.toLongLong());
        return st.step() ? Seal::tr("source %1 (%2)").arg(key, st.text(0)) : Seal::tr("source %1").arg(key);
    }
    if (table == QLatin1String("analysis_runs"))
        return Seal::tr("run %1").arg(key);
    if (table == QLatin1String("meta"))
        return QStringLiteral("'%1'").arg(key);
    if (table == QLatin1String("schema"))
        return QString(key).replace(QLatin1Char(':'), QLatin1Char(' '));
    return Seal::tr("row %1").arg(QString(key).replace(QChar(31), QLatin1Char('/')));
}

void compareWhole(Database &db, const Table &t, const Chunk &sealed, const Chunk &now, Changes *out)
{
    if (sealed.digest == now.digest && sealed.rows == now.rows)
        return;
    std::map<QString, std::vector<QByteArray>> before, after;
    for (auto &r : parseDetail(sealed.detail))
        before[r.key] = std::move(r.columns);
    for (auto &r : parseDetail(now.detail))
        after[r.key] = std::move(r.columns);
    const QString name = Tables::describe(db, t.name, 0);
    bool named = false;
    for (const auto &[key, cols] : before) {
        const auto it = after.find(key);
        if (it == after.end()) {
            out->add(Seal::tr("%1: %2 deleted").arg(name, rowName(db, t.name, key)));
            named = true;
            continue;
        }
        QStringList changed;
        for (size_t c = 0; c < std::max(cols.size(), it->second.size()); ++c)
            if (c >= cols.size() || c >= it->second.size() || cols[c] != it->second[c])
                changed << (c < size_t(t.columns.size()) ? t.columns.at(int(c)) : QString::number(c));
        if (!changed.isEmpty()) {
            out->add(Seal::tr("%1: %2 changed (%3)")
                         .arg(name, rowName(db, t.name, key), changed.join(QStringLiteral(", "))));
            named = true;
        }
    }
    for (const auto &[key, cols] : after) {
        if (!before.count(key)) {
            out->add(Seal::tr("%1: %2 added").arg(name, rowName(db, t.name, key)));
            named = true;
        }
    }
    if (!named)
        out->add(Seal::tr("%1: changed").arg(name));
}

/// Rows tables: every row into the stored chunk of its scope that covers its id, or named as added.
bool verifyRows(Database &db, const Table &t, Changes *out, qint64 *rowsRead)
{
    std::map<qint64, std::vector<Chunk>> sealed;
    std::map<qint64, size_t> at; // per scope, the chunk the next row may be in
    std::map<qint64, ChunkBuilder> open;
    std::map<qint64, std::vector<Chunk>> now;
    for (const Group &g : storedGroups(db))
        if (g.table == t.name)
            sealed[g.scope] = storedChunks(db, t.name, g.scope);
    std::map<qint64, std::vector<qint64>> added;
    Statement st = db.prepare(t.select() + QStringLiteral(" ORDER BY rowid"));
    std::string row;
    const int n = int(t.columns.size());
    auto closeUpTo = [&](qint64 scope, size_t upTo) {
        auto &chunks = sealed[scope];
        size_t &i = at[scope];
        for (; i < upTo && i < chunks.size(); ++i) {
            ChunkBuilder &b = open[scope];
            Chunk c = b.isOpen() ? b.take() : Chunk{};
            if (!b.isOpen() && c.rows == 0)
                c.sketch = Sketch().bytes();
            c.first = chunks[i].first;
            c.last = chunks[i].last;
            now[scope].push_back(std::move(c));
        }
    };
    while (st.step()) {
        ++*rowsRead;
        const qint64 id = st.int64(0), scope = st.int64(1);
        auto &chunks = sealed[scope];
        size_t i = at[scope];
        while (i < chunks.size() && chunks[i].last < id)
            ++i;
        closeUpTo(scope, i);
        if (i >= chunks.size() || id < chunks[i].first) {
            added[scope].push_back(id);
            continue;
        }
        row.clear();
        encodeRow(row, st.handle(), 2, n);
        open[scope].add(id, row.data(), row.size());
    }
    if (!st.ok())
        return false;
    for (auto &[scope, chunks] : sealed)
        closeUpTo(scope, chunks.size());
    for (const auto &[scope, chunks] : sealed) {
        const QString group = Tables::describe(db, t.name, scope);
        const auto &recomputed = now[scope];
        for (size_t i = 0; i < chunks.size() && i < recomputed.size(); ++i)
            compareChunk(group, chunks[i], recomputed[i], QStringLiteral("id"), out);
    }
    for (const auto &[scope, ids] : added) {
        const QString group = Tables::describe(db, t.name, scope);
        out->add(ids.size() == 1
                     ? Seal::tr("%1: 1 row added (id %2)").arg(group).arg(ids.front())
                     : Seal::tr("%1: %2 rows added (ids %3)").arg(group).arg(ids.size()).arg(idList(ids)));
    }
    return true;
}

bool verifyBlocks(Database &db, const Table &t, Changes *out, qint64 *rowsRead)
{
    std::map<qint64, std::pair<qint64, Chunk>> sealed; // by first id: (source, chunk)
    std::map<qint64, std::map<qint64, int>> ordinal;   // per source, a block's place among its blocks
    for (const Group &g : storedGroups(db)) {
        if (g.table != t.name)
            continue;
        int k = 0;
        for (Chunk &c : storedChunks(db, t.name, g.scope)) {
            ordinal[g.scope][c.first] = ++k;
            sealed.emplace(c.first, std::make_pair(g.scope, std::move(c)));
        }
    }
    const int countAt = int(t.columns.indexOf(QLatin1String("count")));
    Statement st = db.prepare(t.select() + QStringLiteral(" ORDER BY first_id"));
    std::string row;
    std::set<qint64> seen;
    while (st.step()) {
        ++*rowsRead;
        const qint64 first = st.int64(0), source = st.int64(1), count = st.int64(2 + countAt);
        row.clear();
        encodeRow(row, st.handle(), 2, int(t.columns.size()));
        const auto it = sealed.find(first);
        const QString group = Tables::describe(db, t.name, source);
        if (it == sealed.end() || it->second.first != source) {
            out->add(
                Seal::tr("%1: a block was added (calls %2-%3)").arg(group).arg(first).arg(first + count - 1));
            continue;
        }
        seen.insert(first);
        const Chunk &c = it->second.second;
        if (c.rows != count || c.digest != digestOf(row))
            out->add(Seal::tr("%1: block %2 differs (calls %3-%4)")
                         .arg(group)
                         .arg(ordinal[source][first])
                         .arg(first)
                         .arg(first + count - 1));
    }
    if (!st.ok())
        return false;
    for (const auto &[first, sc] : sealed)
        if (!seen.count(first))
            out->add(Seal::tr("%1: block %2 was deleted (calls %3-%4)")
                         .arg(Tables::describe(db, t.name, sc.first))
                         .arg(ordinal[sc.first][first])
                         .arg(first)
                         .arg(sc.second.last));
    return true;
}

bool verifyLinks(Database &db, const Table &t, Changes *out, qint64 *rowsRead)
{
    std::map<std::pair<qint64, qint64>, Chunk> sealed; // (source, first call of the span)
    for (const Group &g : storedGroups(db))
        if (g.table == t.name)
            for (Chunk &c : storedChunks(db, t.name, g.scope))
                sealed.emplace(std::make_pair(g.scope, c.first), std::move(c));
    std::map<std::pair<qint64, qint64>, ChunkBuilder> open;
    std::map<std::pair<qint64, qint64>, Chunk> now;
    std::map<qint64, std::vector<qint64>> added;
    Statement st = db.prepare(
        QStringLiteral("SELECT call_id, source_id, line FROM call_rows ORDER BY call_id, source_id, line"));
    std::string row;
    while (st.step()) {
        ++*rowsRead;
        const qint64 call = st.int64(0), source = st.int64(1);
        const auto key = std::make_pair(source, call / kLinkSpan * kLinkSpan);
        if (!sealed.count(key)) {
            added[source].push_back(call);
            continue;
        }
        row.clear();
        encodeRow(row, st.handle(), 0, 3);
        open[key].add(call, row.data(), row.size());
    }
    if (!st.ok())
        return false;
    for (auto &[key, b] : open)
        now[key] = b.take();
    for (const auto &[key, c] : sealed) {
        Chunk n = now.count(key) ? now[key] : Chunk{0, 0, 0, Sketch().bytes(), {}, {}};
        n.first = c.first;
        n.last = c.last;
        compareChunk(Tables::describe(db, t.name, key.first), c, n, Seal::tr("call"), out);
    }
    for (const auto &[source, calls] : added)
        out->add(calls.size() == 1 ? Seal::tr("%1: 1 row added (call %2)")
                                         .arg(Tables::describe(db, t.name, source))
                                         .arg(calls.front())
                                   : Seal::tr("%1: %2 rows added (calls %3)")
                                         .arg(Tables::describe(db, t.name, source))
                                         .arg(calls.size())
                                         .arg(idList(calls)));
    return true;
}

} // namespace

SealVerdict Seal::verify(Database &db)
{
    SealVerdict v;
    v.sealed = isSealed(db);
    if (!v.sealed) {
        v.problem = tr("the case has no seal (it was written before schema 12)");
        return v;
    }
    v.head = head(db);
    if (!v.head) {
        v.problem = tr("the case's seal is missing (seal_head was deleted)");
        return v;
    }
    const Head &h = *v.head;
    Statement last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    const bool hasLast = last.step();
    if (!SigningKey::verify(QByteArray::fromHex(h.signer.toLatin1()), h.message(),
                            QByteArray::fromHex(h.signature.toLatin1())))
        v.problem = tr("the seal's signature does not match it: its root was written again without the key");
    else if (!hasLast || last.int64(0) != h.auditSeq || last.text(1) != h.auditHash)
        v.problem = tr("the seal was made after audit entry %1, but the audit log ends at entry %2")
                        .arg(h.auditSeq)
                        .arg(hasLast ? last.int64(0) : 0);

    // The stored records against the signed root: when they match, what they say can be trusted to
    // name the change; when not, the records themselves were changed too.
    const std::vector<Group> groups = storedGroups(db);
    v.groups = qint64(groups.size());
    if (v.problem.isEmpty() && QString::fromLatin1(rootOf(groups).toHex()) != h.root)
        v.problem = tr("the seal's stored digests do not match its signed root (seal_groups was changed)");
    for (const Group &g : groups) {
        const std::vector<Chunk> chunks = storedChunks(db, g.table, g.scope);
        if (groupDigest(g.table, g.scope, chunks) != g.digest && v.problem.isEmpty())
            v.problem = tr("the seal's records of %1 do not match their digest (seal_chunks was changed)")
                            .arg(Tables::describe(db, g.table, g.scope));
    }

    // Where the seal begins: an upgrade from a schema without one seals what the case held then.
    Statement first = db.prepare(QStringLiteral(
        "SELECT action, details, time_utc FROM audit_log WHERE root IS NOT NULL ORDER BY seq LIMIT 1"));
    if (first.step() && first.text(0) == QLatin1String("migrate")) {
        const int from = QJsonDocument::fromJson(first.text(1).toUtf8())
                             .object()
                             .value(QLatin1String("from_schema"))
                             .toInt();
        if (from > 0 && from < 12) {
            v.sealedAtUpgradeFrom = from;
            v.sealedAtUpgradeUtc = first.text(2);
        }
    }

    Changes changes;
    std::set<QString> present;
    for (const Table &t : Tables::read(db)) {
        present.insert(t.name);
        bool ok = true;
        switch (t.kind) {
        case Kind::Whole: {
            Chunk now;
            QString err;
            ok = wholeChunk(db, t, &now, &err);
            const std::vector<Chunk> stored = storedChunks(db, t.name, 0);
            if (ok && stored.empty())
                changes.add(tr("%1: not sealed").arg(Tables::describe(db, t.name, 0)));
            else if (ok)
                compareWhole(db, t, stored.front(), now, &changes);
            v.rows += now.rows;
            break;
        }
        case Kind::Rows:
            ok = verifyRows(db, t, &changes, &v.rows);
            break;
        case Kind::Blocks:
            ok = verifyBlocks(db, t, &changes, &v.rows);
            break;
        case Kind::Links:
            ok = verifyLinks(db, t, &changes, &v.rows);
            break;
        }
        if (!ok)
            changes.add(tr("%1: cannot be read: %2").arg(t.name, db.lastError()));
    }
    for (const Group &g : groups)
        if (!present.count(g.table))
            changes.add(tr("%1: the table is gone").arg(Tables::describe(db, g.table, g.scope)));
    v.changes = changes.list();
    v.changeCount = changes.count();
    v.ok = v.problem.isEmpty() && changes.count() == 0;
    return v;
}

} // namespace dt::seal
