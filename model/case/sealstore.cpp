// The seal's stored form: chunk and group records, whole tables' details, the root.
#include "case/database.h"
#include "case/sealinternal.h"
#include "core/sha256.h"

#include <cstring>
#include <sqlite3.h>

namespace dt::seal::internal {

namespace {

void appendU64(std::string &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(char(v >> (8 * i)));
}

} // namespace

void encodeRow(std::string &out, sqlite3_stmt *st, int from, int n)
{
    for (int c = from; c < from + n; ++c)
        encode::column(out, st, c);
}

bool wholeChunk(Database &db, const Table &t, Chunk *out, QString *error)
{
    // Rows by key, each as its key and a digest of each column: a change is named down to the column.
    Statement st = db.prepare(t.select() + QStringLiteral(" ORDER BY 1"));
    if (!st.isValid()) {
        *error = db.lastError();
        return false;
    }
    sqlite3_stmt *s = st.handle();
    std::string detail, value;
    qint64 rows = 0;
    const int n = int(t.columns.size());
    while (st.step()) {
        const QByteArrayView key = st.utf8(0);
        encode::text(detail, key.data(), key.size());
        detail.push_back(char(n & 0xff));
        detail.push_back(char(n >> 8));
        for (int c = 0; c < n; ++c) {
            value.clear();
            encode::column(value, s, 2 + c);
            const QByteArray d = digestOf(value).left(16);
            detail.append(d.constData(), 16);
        }
        ++rows;
    }
    if (!st.ok()) {
        *error = db.lastError();
        return false;
    }
    out->first = out->last = 0;
    out->rows = rows;
    out->sketch.clear();
    out->detail = QByteArray(detail.data(), qsizetype(detail.size()));
    out->digest = digestOf(detail);
    return true;
}

std::vector<WholeRow> parseDetail(const QByteArray &detail)
{
    std::vector<WholeRow> out;
    const char *p = detail.constData(), *end = p + detail.size();
    while (end - p >= 5 && *p == '\x03') {
        quint32 len;
        std::memcpy(&len, p + 1, 4);
        p += 5;
        if (quint32(end - p) < len + 2)
            break;
        WholeRow r;
        r.key = QString::fromUtf8(p, qsizetype(len));
        p += len;
        const int n = quint8(p[0]) | quint8(p[1]) << 8;
        p += 2;
        if (end - p < 16 * n)
            break;
        for (int c = 0; c < n; ++c, p += 16)
            r.columns.emplace_back(p, 16);
        out.push_back(std::move(r));
    }
    return out;
}

QByteArray groupDigest(const QString &table, qint64 scope, const std::vector<Chunk> &chunks)
{
    std::string s = "dialtrace-seal-group/1\n";
    s += table.toStdString();
    s.push_back('\n');
    appendU64(s, quint64(scope));
    for (const Chunk &c : chunks)
        c.appendRecord(s);
    return digestOf(s);
}

QByteArray rootOf(const std::vector<Group> &groups)
{
    std::string s = "dialtrace-seal-root/1\n";
    for (const Group &g : groups) {
        s += g.table.toStdString();
        s.push_back('\0');
        appendU64(s, quint64(g.scope));
        appendU64(s, quint64(g.rows));
        appendU64(s, quint64(g.chunks));
        s.append(g.digest.constData(), size_t(g.digest.size()));
    }
    return digestOf(s);
}

std::vector<Group> storedGroups(Database &db)
{
    std::vector<Group> out;
    Statement st = db.prepare(
        QStringLiteral("SELECT tbl, scope, rows, chunks, digest FROM seal_groups ORDER BY tbl, scope"));
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.int64(2), st.int64(3), st.blob(4)});
    return out;
}

std::vector<Chunk> storedChunks(Database &db, const QString &table, qint64 scope)
{
    std::vector<Chunk> out;
    Statement st =
        db.prepare(QStringLiteral("SELECT first, last, rows, sketch, digest, detail FROM seal_chunks "
                                  "WHERE tbl = ? AND scope = ? ORDER BY first"));
    st.bind(1, table).bind(2, scope);
    while (st.step()) {
        Chunk c;
        c.first = st.int64(0);
        c.last = st.int64(1);
        c.rows = st.int64(2);
        c.sketch = st.blob(3);
        c.digest = st.blob(4);
        c.detail = st.blob(5);
        out.push_back(std::move(c));
    }
    return out;
}

ChunkWriter::ChunkWriter(Database &db)
    : m_db(db)
    , m_insert(db.prepare(QStringLiteral("INSERT OR REPLACE INTO seal_chunks(tbl, scope, first, last, rows, "
                                         "sketch, digest, detail) VALUES(?,?,?,?,?,?,?,?)")))
{}

bool ChunkWriter::store(const QString &table, qint64 scope, const Chunk &c, QString *error)
{
    Statement &st = m_insert;
    st.reset();
    st.bind(1, table).bind(2, scope).bind(3, c.first).bind(4, c.last).bind(5, c.rows);
    if (c.sketch.isEmpty())
        st.bindNull(6);
    else
        st.bindBlob(6, c.sketch);
    st.bindBlob(7, c.digest);
    if (c.detail.isEmpty())
        st.bindNull(8);
    else
        st.bindBlob(8, c.detail);
    if (!st.exec()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

bool storeGroup(Database &db, const QString &table, qint64 scope, QString *error)
{
    const std::vector<Chunk> chunks = storedChunks(db, table, scope);
    if (chunks.empty()) {
        Statement del = db.prepare(QStringLiteral("DELETE FROM seal_groups WHERE tbl = ? AND scope = ?"));
        del.bind(1, table).bind(2, scope);
        if (!del.exec()) {
            *error = db.lastError();
            return false;
        }
        return true;
    }
    qint64 rows = 0;
    for (const Chunk &c : chunks)
        rows += c.rows;
    Statement st = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO seal_groups(tbl, scope, rows, chunks, digest) VALUES(?,?,?,?,?)"));
    st.bind(1, table).bind(2, scope).bind(3, rows).bind(4, qint64(chunks.size()));
    st.bindBlob(5, groupDigest(table, scope, chunks));
    if (!st.exec()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

} // namespace dt::seal::internal
