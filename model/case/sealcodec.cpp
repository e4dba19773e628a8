#include "case/sealcodec.h"

#include "core/sha256.h"

#include <cstring>
#include <sqlite3.h>

namespace dt::seal {

namespace {

constexpr quint64 kP = (quint64(1) << 61) - 1;
__extension__ using Wide = unsigned __int128; // GCC's and Clang's; the product of two residues

quint64 mulMod(quint64 a, quint64 b)
{
    const Wide x = static_cast<Wide>(a) * b;
    quint64 r = quint64(x & kP) + quint64(x >> 61);
    r = (r & kP) + (r >> 61);
    return r >= kP ? r - kP : r;
}

quint64 addMod(quint64 a, quint64 b)
{
    const quint64 r = a + b;
    return r >= kP ? r - kP : r;
}

quint64 subMod(quint64 a, quint64 b)
{
    return a >= b ? a - b : a + kP - b;
}

quint64 powMod(quint64 a, quint64 e)
{
    quint64 r = 1;
    while (e) {
        if (e & 1)
            r = mulMod(r, a);
        a = mulMod(a, a);
        e >>= 1;
    }
    return r;
}

quint64 reduce(qint64 id)
{
    return quint64(id) % kP;
}

void appendLE(std::string &out, quint64 v, int bytes)
{
    char b[8];
    for (int i = 0; i < bytes; ++i)
        b[i] = char(v >> (8 * i));
    out.append(b, size_t(bytes));
}

quint64 read64(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

quint64 mix(quint64 x)
{
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    return x;
}

} // namespace

namespace encode {

void integer(std::string &out, qint64 v)
{
    out.push_back('\x01');
    appendLE(out, quint64(v), 8);
}

void real(std::string &out, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, 8);
    out.push_back('\x02');
    appendLE(out, bits, 8);
}

void text(std::string &out, const char *data, qsizetype n)
{
    out.push_back('\x03');
    appendLE(out, quint64(n), 4);
    out.append(data, size_t(n));
}

void blob(std::string &out, const char *data, qsizetype n)
{
    out.push_back('\x04');
    appendLE(out, quint64(n), 4);
    out.append(data, size_t(n));
}

void column(std::string &out, sqlite3_stmt *st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER:
        integer(out, sqlite3_column_int64(st, col));
        break;
    case SQLITE_FLOAT:
        real(out, sqlite3_column_double(st, col));
        break;
    case SQLITE_TEXT: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
        text(out, p, sqlite3_column_bytes(st, col));
        break;
    }
    case SQLITE_BLOB: {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, col));
        blob(out, p, sqlite3_column_bytes(st, col));
        break;
    }
    default:
        null(out);
    }
}

} // namespace encode

quint64 rowHash(const char *data, size_t n)
{
    // Eight bytes at a time, each word mixed in: fast, and spread enough for a sum modulo p.
    quint64 h = 0x9e3779b97f4a7c15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        h = mix(h ^ read64(data + i)) + 0x632be59bd9b4e019ULL;
    if (i < n) {
        char tail[8] = {};
        std::memcpy(tail, data + i, n - i);
        h = mix(h ^ read64(tail));
    }
    const quint64 r = mix(h) % kP;
    return r ? r : 1;
}

void Sketch::add(qint64 id, quint64 h)
{
    sum = addMod(sum, h);
    weighted = addMod(weighted, mulMod(reduce(id), h));
}

QByteArray Sketch::bytes() const
{
    std::string s;
    appendLE(s, sum, 8);
    appendLE(s, weighted, 8);
    return QByteArray(s.data(), qsizetype(s.size()));
}

Sketch Sketch::fromBytes(const QByteArray &b)
{
    Sketch s;
    if (b.size() == 16) {
        s.sum = read64(b.constData());
        s.weighted = read64(b.constData() + 8);
    }
    return s;
}

qint64 Sketch::singleDifference(const Sketch &sealed, const Sketch &now)
{
    // Added: +h, +id*h; removed: -h, -id*h; changed: h' - h, id * (h' - h). Either way id = d2 / d1.
    quint64 d1 = subMod(now.sum, sealed.sum), d2 = subMod(now.weighted, sealed.weighted);
    if (d1 == 0)
        return 0;
    const quint64 id = mulMod(d2, powMod(d1, kP - 2));
    return id < (quint64(1) << 53) ? qint64(id) : 0;
}

void Chunk::appendRecord(std::string &out) const
{
    appendLE(out, quint64(first), 8);
    appendLE(out, quint64(last), 8);
    appendLE(out, quint64(rows), 8);
    appendLE(out, quint64(sketch.size()), 1);
    out.append(sketch.constData(), size_t(sketch.size()));
    out.append(digest.constData(), size_t(digest.size()));
}

struct ChunkBuilder::Hasher
{
    Sha256 sha;
};

ChunkBuilder::ChunkBuilder()
    : m_hash(new Hasher)
{
    m_pending.reserve(1 << 16);
}

ChunkBuilder::~ChunkBuilder()
{
    delete m_hash;
}

void ChunkBuilder::add(qint64 id, const char *data, size_t n)
{
    if (m_rows == 0)
        m_first = id;
    m_last = id;
    ++m_rows;
    m_sketch.add(id, rowHash(data, n));
    if (m_pending.size() + n > (1 << 16)) {
        m_hash->sha.addData(m_pending.data(), qint64(m_pending.size()));
        m_pending.clear();
    }
    if (n > (1 << 16)) {
        m_hash->sha.addData(data, qint64(n));
        return;
    }
    m_pending.append(data, n);
}

Chunk ChunkBuilder::take(bool withSketch)
{
    m_hash->sha.addData(m_pending.data(), qint64(m_pending.size()));
    Chunk c;
    c.first = m_first;
    c.last = m_last;
    c.rows = m_rows;
    c.digest = m_hash->sha.result();
    if (withSketch)
        c.sketch = m_sketch.bytes();
    clear();
    return c;
}

void ChunkBuilder::clear()
{
    delete m_hash;
    m_hash = new Hasher;
    m_pending.clear();
    m_sketch = Sketch();
    m_first = m_last = m_rows = 0;
}

QByteArray digestOf(const char *data, size_t n)
{
    Sha256 sha;
    sha.addData(data, qint64(n));
    return sha.result();
}

} // namespace dt::seal
