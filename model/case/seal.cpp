#include "case/seal.h"

#include "case/auditlog.h"
#include "case/database.h"
#include "case/sealinternal.h"
#include "case/sealjournal.h"
#include "core/osuser.h"
#include "core/signingkey.h"

#include <limits>
#include <map>
#include <set>
#include <sqlite3.h>

namespace dt::seal {

using namespace internal;

namespace {

using GroupKey = std::pair<QString, qint64>;

qint64 scalarInt(Database &db, const QString &sql, const QString &bind = {})
{
    Statement st = db.prepare(sql);
    if (!bind.isNull())
        st.bind(1, bind);
    return st.step() ? st.int64(0) : 0;
}

QString withCondition(const Table &t, const QString &condition)
{
    return t.select() +
           (t.from.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ")) +
           condition;
}

/// Rows of @p t with rowid above @p after, read back, cut into chunks per scope.
bool readBackRows(Database &db, const Table &t, qint64 after, std::vector<std::pair<qint64, Chunk>> *out,
                  QString *error)
{
    Statement st =
        db.prepare(withCondition(t, QStringLiteral("rowid > ?")) + QStringLiteral(" ORDER BY rowid"));
    st.bind(1, after);
    std::map<qint64, ChunkBuilder> open;
    std::string row;
    const int n = int(t.columns.size());
    while (st.step()) {
        row.clear();
        encodeRow(row, st.handle(), 2, n);
        const qint64 scope = st.int64(1);
        ChunkBuilder &b = open[scope];
        b.add(st.int64(0), row.data(), row.size());
        if (b.rows() >= kChunkRows)
            out->emplace_back(scope, b.take());
    }
    if (!st.ok()) {
        *error = db.lastError();
        return false;
    }
    for (auto &[scope, b] : open)
        if (b.isOpen())
            out->emplace_back(scope, b.take());
    return true;
}

bool refreshRows(Database &db, ChunkWriter &w, const Table &t, std::set<GroupKey> *dirty, QString *error)
{
    Journal::Chunks journal = db.sealJournal().takeRows(t.name);
    const qint64 tail =
        scalarInt(db, QStringLiteral("SELECT coalesce(max(last), 0) FROM seal_chunks WHERE tbl = ?"), t.name);
    const qint64 top = scalarInt(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(t.from));
    if (top < tail) {
        *error =
            Seal::tr("%1: rows sealed before (up to id %2) are gone; the case was changed outside DialTrace")
                .arg(t.name)
                .arg(tail);
        return false;
    }
    if (top == tail)
        return true;
    // The journal's rows have distinct ids above the tail; as many as there are rows there, they are
    // all of them. Counted only when the ids have gaps (top - tail of them would be every one).
    const bool journaled =
        journal.valid && !journal.chunks.empty() && journal.chunks.front().second.first > tail &&
        (journal.rows == top - tail ||
         journal.rows ==
             scalarInt(db, QStringLiteral("SELECT count(*) FROM %1 WHERE rowid > %2").arg(t.from).arg(tail)));
    std::vector<std::pair<qint64, Chunk>> chunks;
    if (journaled) {
        chunks = std::move(journal.chunks);
    } else if (!readBackRows(db, t, tail, &chunks, error)) {
        return false;
    }
    for (const auto &[scope, c] : chunks) {
        if (!w.store(t.name, scope, c, error))
            return false;
        dirty->insert({t.name, scope});
    }
    return true;
}

bool refreshBlocks(Database &db, ChunkWriter &w, const Table &t, std::set<GroupKey> *dirty, QString *error)
{
    std::vector<Journal::Block> written, changed;
    bool valid = true;
    db.sealJournal().takeBlocks(&written, &changed, &valid);
    const qint64 tail = scalarInt(
        db, QStringLiteral("SELECT coalesce(max(first), 0) FROM seal_chunks WHERE tbl = ?"), t.name);
    const qint64 top = scalarInt(db, QStringLiteral("SELECT coalesce(max(first_id), 0) FROM call_blocks"));
    if (top < tail) {
        *error =
            Seal::tr("calls: blocks sealed before (up to call %1) are gone; the case was changed outside "
                     "DialTrace")
                .arg(tail);
        return false;
    }
    auto store = [&](const Journal::Block &b) {
        Chunk c;
        c.first = b.first;
        c.last = b.first + b.count - 1;
        c.rows = b.count;
        c.digest = b.digest;
        dirty->insert({t.name, b.source});
        return w.store(t.name, b.source, c, error);
    };
    for (const auto &b : changed)
        if (b.first <= tail && !store(b))
            return false;
    if (top == tail)
        return true;
    const qint64 added =
        scalarInt(db, QStringLiteral("SELECT count(*) FROM call_blocks WHERE first_id > %1").arg(tail));
    qint64 journaled = 0;
    for (const auto &b : written)
        journaled += b.first > tail;
    if (valid && journaled == added && qint64(written.size()) == added) {
        for (const auto &b : written)
            if (!store(b))
                return false;
        return true;
    }
    // Read back: one block, one chunk.
    const int countAt = int(t.columns.indexOf(QLatin1String("count")));
    Statement st =
        db.prepare(withCondition(t, QStringLiteral("first_id > ?")) + QStringLiteral(" ORDER BY first_id"));
    st.bind(1, tail);
    std::string row;
    while (st.step()) {
        row.clear();
        encodeRow(row, st.handle(), 2, int(t.columns.size()));
        if (!store({st.int64(0), st.int64(2 + countAt), st.int64(1), digestOf(row)}))
            return false;
    }
    if (!st.ok()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

/// call_rows of one source and span of calls, read back (when a span is sealed already and gets more).
bool readBackLinks(Database &db, qint64 source, qint64 first, ChunkBuilder *b, QString *error)
{
    Statement st =
        db.prepare(QStringLiteral("SELECT call_id, source_id, line FROM call_rows WHERE call_id >= ? "
                                  "AND call_id < ? AND source_id = ? ORDER BY call_id, line"));
    st.bind(1, first).bind(2, first + kLinkSpan).bind(3, source);
    std::string row;
    while (st.step()) {
        row.clear();
        encodeRow(row, st.handle(), 0, 3);
        b->add(st.int64(0), row.data(), row.size());
    }
    if (!st.ok())
        *error = db.lastError();
    return st.ok();
}

/**
 * Every span of call_rows that has no chunk yet, read from the table and sealed: the case's first
 * seal. An upgrade to schema 12 finds the further rows its old build wrote, which no journal
 * followed; sealing only what the journal holds (nothing) left them all to verify as "added". Read in
 * the key's order (call, source, line), so a span is complete once a call beyond it is read.
 */
bool sealAllLinks(Database &db, ChunkWriter &w, const Table &t, std::set<GroupKey> *dirty, QString *error)
{
    std::map<std::pair<qint64, qint64>, ChunkBuilder> open; // (source, first call of the span)
    Statement known =
        db.prepare(QStringLiteral("SELECT 1 FROM seal_chunks WHERE tbl = ? AND scope = ? AND first = ?"));
    std::set<std::pair<qint64, qint64>> skipped; // spans sealed already: left as they are, to verify
    auto close = [&](qint64 below) {
        for (auto it = open.begin(); it != open.end();) {
            const qint64 first = it->first.second;
            if (first >= below) {
                ++it;
                continue;
            }
            Chunk c = it->second.take();
            c.first = first;
            c.last = first + kLinkSpan - 1;
            const qint64 source = it->first.first;
            it = open.erase(it);
            if (!w.store(t.name, source, c, error))
                return false;
            dirty->insert({t.name, source});
        }
        return true;
    };
    Statement st = db.prepare(
        QStringLiteral("SELECT call_id, source_id, line FROM call_rows ORDER BY call_id, source_id, line"));
    std::string row;
    qint64 span = -1;
    while (st.step()) {
        const qint64 call = st.int64(0), source = st.int64(1), first = call / kLinkSpan * kLinkSpan;
        if (first != span) {
            if (!close(first))
                return false;
            span = first;
            skipped.clear();
        }
        if (skipped.count({source, first}))
            continue;
        if (!open.count({source, first})) {
            known.reset();
            known.bind(1, t.name).bind(2, source).bind(3, first);
            if (known.step()) {
                skipped.insert({source, first});
                continue;
            }
        }
        row.clear();
        encodeRow(row, st.handle(), 0, 3);
        open[{source, first}].add(call, row.data(), row.size());
    }
    if (!st.ok()) {
        *error = db.lastError();
        return false;
    }
    return close(std::numeric_limits<qint64>::max());
}

bool refreshLinks(Database &db, ChunkWriter &w, const Table &t, std::set<GroupKey> *dirty, QString *error)
{
    bool valid = true;
    std::vector<Journal::Link> links = db.sealJournal().takeLinks(&valid);
    // No head yet: this is the case's first seal (its creation, or its upgrade to schema 12), which
    // must cover the rows the case holds, not only those this connection wrote.
    if (!Seal::head(db))
        return sealAllLinks(db, w, t, dirty, error);
    if (!valid) {
        // Not followed as they were written: every span of every source is read again, and only a
        // span that is new, or one the journal said changed, may be sealed.
        links.clear();
        Statement st = db.prepare(QStringLiteral(
            "SELECT call_id, source_id, line FROM call_rows ORDER BY source_id, call_id, line"));
        while (st.step())
            links.push_back({st.int64(0), st.int64(1), st.int64(2)});
    }
    std::string row;
    Statement known =
        db.prepare(QStringLiteral("SELECT rows FROM seal_chunks WHERE tbl = ? AND scope = ? AND first = ?"));
    for (size_t i = 0; i < links.size();) {
        const qint64 source = links[i].source, first = links[i].call / kLinkSpan * kLinkSpan;
        known.reset();
        known.bind(1, t.name).bind(2, source).bind(3, first);
        const bool sealed = known.step();
        if (sealed && !valid) {
            // Rows of a source go in with its import; what follows them cannot be told apart from a
            // change made elsewhere, and is left to verify.
            while (i < links.size() && links[i].source == source && links[i].call < first + kLinkSpan)
                ++i;
            continue;
        }
        ChunkBuilder b;
        size_t j = i;
        for (; j < links.size() && links[j].source == source && links[j].call < first + kLinkSpan; ++j) {
            if (sealed)
                continue;
            row.clear();
            encode::integer(row, links[j].call);
            encode::integer(row, links[j].source);
            encode::integer(row, links[j].line);
            b.add(links[j].call, row.data(), row.size());
        }
        if (sealed && !readBackLinks(db, source, first, &b, error))
            return false;
        i = j;
        if (!b.isOpen())
            continue;
        Chunk c = b.take();
        c.first = first;
        c.last = first + kLinkSpan - 1;
        if (!w.store(t.name, source, c, error))
            return false;
        dirty->insert({t.name, source});
    }
    return true;
}

} // namespace

bool Seal::isSealed(Database &db)
{
    return Tables::isSealed(db);
}

bool Seal::refresh(Database &db, QByteArray *root, QString *error)
{
    const std::vector<Table> tables = db.sealJournal().tables(db);
    ChunkWriter w(db);
    std::set<GroupKey> dirty;
    std::set<QString> present;
    for (const Table &t : tables) {
        present.insert(t.name);
        bool ok = true;
        switch (t.kind) {
        case Kind::Whole: {
            Chunk now;
            ok = wholeChunk(db, t, &now, error);
            if (ok) {
                const std::vector<Chunk> stored = storedChunks(db, t.name, 0);
                if (stored.size() != 1 || stored.front() != now) {
                    ok = db.exec(QStringLiteral("DELETE FROM seal_chunks WHERE tbl = '%1'").arg(t.name)) &&
                         w.store(t.name, 0, now, error);
                    dirty.insert({t.name, 0});
                }
            }
            break;
        }
        case Kind::Rows:
            ok = refreshRows(db, w, t, &dirty, error);
            break;
        case Kind::Blocks:
            ok = refreshBlocks(db, w, t, &dirty, error);
            break;
        case Kind::Links:
            ok = refreshLinks(db, w, t, &dirty, error);
            break;
        }
        if (!ok) {
            if (error->isEmpty())
                *error = db.lastError();
            return false;
        }
    }
    // A table the schema no longer has (a migration dropped it) leaves the seal with it.
    for (const Group &g : storedGroups(db)) {
        if (present.count(g.table))
            continue;
        Statement del = db.prepare(QStringLiteral("DELETE FROM seal_chunks WHERE tbl = ?"));
        del.bind(1, g.table);
        if (!del.exec())
            return false;
        dirty.insert({g.table, g.scope});
    }
    for (const auto &[table, scope] : dirty)
        if (!storeGroup(db, table, scope, error))
            return false;
    *root = rootOf(storedGroups(db));
    return true;
}

QByteArray Head::message() const
{
    return QByteArrayLiteral("dialtrace-seal/1\n") + root.toLatin1() + '\n' + QByteArray::number(auditSeq) +
           '\n' + auditHash.toLatin1() + '\n' + timeUtc.toUtf8();
}

bool Seal::writeHead(Database &db, const QByteArray &root, qint64 seq, const QString &hash,
                     const SigningKey &key, QString *error)
{
    Head h;
    h.root = QString::fromLatin1(root.toHex());
    h.auditSeq = seq;
    h.auditHash = hash;
    h.timeUtc = utcNowIso();
    h.signer = key.publicKeyHex();
    h.signature = QString::fromLatin1(key.sign(h.message()).toHex());
    Statement st =
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO seal_head(id, root, audit_seq, audit_hash, "
                                  "time_utc, signer, signature) VALUES(1,?,?,?,?,?,?)"));
    st.bind(1, h.root)
        .bind(2, h.auditSeq)
        .bind(3, h.auditHash)
        .bind(4, h.timeUtc)
        .bind(5, h.signer)
        .bind(6, h.signature);
    if (!st.exec()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

bool Seal::commit(Database &db, QString *error)
{
    if (!isSealed(db))
        return true;
    const SigningKey *key = SigningKey::workstation(error);
    if (!key)
        return false;
    QByteArray root;
    if (!refresh(db, &root, error))
        return false;
    Statement last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.step()) {
        *error = tr("the case has no audit log to seal after");
        return false;
    }
    return writeHead(db, root, last.int64(0), last.text(1), *key, error);
}

std::optional<Head> Seal::head(Database &db)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT root, audit_seq, audit_hash, time_utc, signer, signature FROM seal_head WHERE id = 1"));
    if (!st.step())
        return std::nullopt;
    return Head{st.text(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5)};
}

QByteArray Seal::storedRoot(Database &db)
{
    return rootOf(storedGroups(db));
}

bool Seal::checkUnchanged(Database &db, QString *why)
{
    if (!isSealed(db))
        return true;
    const std::optional<Head> h = head(db);
    if (!h) {
        *why = tr("its seal is missing");
        return false;
    }
    if (!SigningKey::verify(QByteArray::fromHex(h->signer.toLatin1()), h->message(),
                            QByteArray::fromHex(h->signature.toLatin1()))) {
        *why = tr("the signature of its seal does not match");
        return false;
    }
    if (QString::fromLatin1(storedRoot(db).toHex()) != h->root) {
        *why = tr("its stored digests do not match its signed root");
        return false;
    }
    for (const Table &t : Tables::read(db)) {
        if (t.kind == Kind::Whole) {
            Chunk now;
            QString err;
            const std::vector<Chunk> stored = storedChunks(db, t.name, 0);
            if (!wholeChunk(db, t, &now, &err) || stored.size() != 1 || stored.front() != now) {
                *why = tr("%1 changed").arg(t.name);
                return false;
            }
        } else if (t.kind == Kind::Rows || t.kind == Kind::Blocks) {
            const qint64 tail =
                scalarInt(db,
                          QStringLiteral("SELECT coalesce(max(%1), 0) FROM seal_chunks WHERE tbl = ?")
                              .arg(t.kind == Kind::Rows ? QLatin1String("last") : QLatin1String("first")),
                          t.name);
            const qint64 top =
                scalarInt(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(t.from));
            if (top != tail) {
                *why = top > tail ? tr("%1 has rows after id %2 that were never sealed").arg(t.name).arg(tail)
                                  : tr("%1 lost its last rows (sealed up to id %2, now %3)")
                                        .arg(t.name)
                                        .arg(tail)
                                        .arg(top);
                return false;
            }
        }
    }
    const AuditVerdict v = AuditLog(db).verify();
    if (!v.ok) {
        *why = v.message;
        return false;
    }
    if (v.entries != h->auditSeq) {
        *why = tr("its seal follows audit entry %1, but the audit log ends at %2")
                   .arg(h->auditSeq)
                   .arg(v.entries);
        return false;
    }
    return true;
}

bool blockUnchanged(Database &db, qint64 first, qint64 source, const QByteArray &digest)
{
    const QByteArray mine = db.sealJournal().writtenBlock(first);
    if (!mine.isEmpty())
        return mine == digest;
    Statement st = db.prepare(QStringLiteral(
        "SELECT digest FROM seal_chunks WHERE tbl = 'call_blocks' AND scope = ? AND first = ?"));
    st.bind(1, source).bind(2, first);
    return st.step() && st.blob(0) == digest;
}

} // namespace dt::seal
