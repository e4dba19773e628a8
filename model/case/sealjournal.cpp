#include "case/sealjournal.h"

#include "case/database.h"
#include "case/insertbatch.h"
#include "case/sealtables.h"
#include "core/sha256.h"

#include <algorithm>

namespace dt::seal {

namespace {

enum class Affinity { Integer, Text, None, Real, Numeric };

// SQLite's rules for a column's affinity from its declared type (datatype3.html, 3.1).
Affinity affinityOf(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return Affinity::None;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

} // namespace

struct InsertPlan
{
    QString table;
    QString signature;  ///< table and batch columns, to find it again
    bool links = false; ///< call_rows
    int idCell = -1;    ///< the batch column giving the rowid, or -1: SQLite numbers the rows
    int scopeCell = -1; ///< the batch column giving the scope, or -1: 0
    struct Column
    {
        int cell = -1; ///< its batch column, or -1
        bool rowid = false;
        Affinity affinity = Affinity::None;
        std::string fallback; ///< its default's bytes, when not in the batch
    };
    std::vector<Column> columns;
    bool usable = true; ///< false: rows of this kind cannot be digested here (a default that is not constant)
    std::string row;    ///< scratch
};

struct Journal::TableState
{
    std::map<qint64, ChunkBuilder> open; ///< by scope
    Chunks done;
    qint64 lastId = 0;
    std::vector<Link> links;
    bool linksValid = true;
};

Journal::Journal() = default;
Journal::~Journal() = default;

Journal::TableState &Journal::state(const QString &table)
{
    auto &s = m_tables[table];
    if (!s)
        s = std::make_unique<TableState>();
    return *s;
}

InsertPlan *Journal::forInsert(Database &db, const QString &table, const QStringList &columns)
{
    const bool links = table == QLatin1String("call_rows");
    static const QStringList rowTables = {QStringLiteral("numbers"),       QStringLiteral("devices"),
                                          QStringLiteral("cells"),         QStringLiteral("persons"),
                                          QStringLiteral("leak_records"),  QStringLiteral("complaints"),
                                          QStringLiteral("rejected_rows"), QStringLiteral("findings")};
    if (!links && !rowTables.contains(table))
        return nullptr;
    Statement info = db.prepare(
        QStringLiteral("SELECT name, type, dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"));
    info.bind(1, table);
    auto ins = std::make_unique<InsertPlan>();
    ins->table = table;
    ins->links = links;
    int pkColumns = 0;
    QStringList names;
    while (info.step()) {
        InsertPlan::Column c;
        const QString name = info.text(0);
        names << name;
        c.cell = int(columns.indexOf(name));
        c.affinity = affinityOf(info.text(1));
        c.rowid =
            info.int64(3) == 1 && info.text(1).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        pkColumns += info.int64(3) > 0;
        if (c.cell < 0 && !c.rowid) {
            if (info.isNull(2)) {
                encode::null(c.fallback);
            } else {
                // The default as SQLite stores it: a constant, with the column's affinity.
                Statement d = db.prepare(
                    QStringLiteral("SELECT typeof(x), x FROM (SELECT (%1) AS x)").arg(info.text(2)));
                const QString type = d.step() ? d.text(0) : QString();
                if (type == QLatin1String("integer") && c.affinity != Affinity::Text &&
                    c.affinity != Affinity::Real)
                    encode::integer(c.fallback, d.int64(1));
                else if (type == QLatin1String("text") &&
                         (c.affinity == Affinity::Text || c.affinity == Affinity::None))
                    encode::text(c.fallback, d.utf8(1).data(), d.utf8(1).size());
                else if (type == QLatin1String("null"))
                    encode::null(c.fallback);
                else
                    ins->usable = false;
            }
        }
        ins->columns.push_back(std::move(c));
    }
    if (names.isEmpty())
        return nullptr;
    for (auto &c : ins->columns) {
        if (c.rowid && pkColumns == 1)
            ins->idCell = c.cell;
        else
            c.rowid = false;
    }
    const QString scope = links                                        ? QStringLiteral("source_id")
                          : table == QLatin1String("findings")         ? QStringLiteral("run_id")
                          : names.contains(QLatin1String("source_id")) ? QStringLiteral("source_id")
                                                                       : QString();
    ins->scopeCell = scope.isEmpty() ? -1 : int(columns.indexOf(scope));
    if (links && (columns.indexOf(QLatin1String("call_id")) != 0 || ins->scopeCell != 1 ||
                  columns.indexOf(QLatin1String("line")) != 2 || columns.size() != 3))
        ins->usable = false;
    ins->signature = table + QLatin1Char(':') + columns.join(QLatin1Char(',')) + QLatin1Char(':') +
                     names.join(QLatin1Char(','));
    for (const auto &existing : m_inserts)
        if (existing->signature == ins->signature)
            return existing.get();
    m_inserts.push_back(std::move(ins));
    return m_inserts.back().get();
}

namespace {

/// The id in row @p r's id column, or 0 when it holds no integer.
qint64 idOf(const InsertPlan &ins, const RowBuffer &rows, qsizetype r)
{
    const auto &c = rows.cell(r, ins.idCell);
    return c.type == RowBuffer::Cell::Integer ? c.value : 0;
}

qint64 scopeOf(const InsertPlan &ins, const RowBuffer &rows, qsizetype r)
{
    if (ins.scopeCell < 0)
        return 0;
    const auto &c = rows.cell(r, ins.scopeCell);
    return c.type == RowBuffer::Cell::Integer ? c.value : 0;
}

/// Row @p r of @p rows (rowid @p id) as the bytes the seal digests it as, into @p out; false when
/// they cannot be told here (text into a numeric column may become a number: read back instead).
bool encodeRow(const InsertPlan &ins, const RowBuffer &rows, qsizetype r, qint64 id, std::string &out)
{
    out.clear();
    for (const auto &col : ins.columns) {
        if (col.rowid) {
            encode::integer(out, id);
            continue;
        }
        if (col.cell < 0) {
            out += col.fallback;
            continue;
        }
        const auto &c = rows.cell(r, col.cell);
        switch (c.type) {
        case RowBuffer::Cell::Null:
            encode::null(out);
            break;
        case RowBuffer::Cell::Integer:
            if (col.affinity == Affinity::Text) {
                const QByteArray t = QByteArray::number(c.value);
                encode::text(out, t.constData(), t.size());
            } else if (col.affinity == Affinity::Real) {
                encode::real(out, double(c.value));
            } else {
                encode::integer(out, c.value);
            }
            break;
        case RowBuffer::Cell::Text:
            if (col.affinity != Affinity::Text && col.affinity != Affinity::None)
                return false;
            encode::text(out, rows.bytes(c), c.size);
            break;
        case RowBuffer::Cell::Blob:
            encode::blob(out, rows.bytes(c), c.size);
            break;
        }
    }
    return true;
}

using Closed = std::vector<std::pair<qint64, Chunk>>;

/// Row @p r (rowid @p id) into the open chunk of its scope, a chunk full then into @p closed; false
/// when it cannot be encoded here (encodeRow()). @p scratch: the row's bytes.
bool digestRow(const InsertPlan &ins, const RowBuffer &rows, qsizetype r, qint64 id, std::string &scratch,
               std::map<qint64, ChunkBuilder> &open, Closed &closed)
{
    if (!encodeRow(ins, rows, r, id, scratch))
        return false;
    const qint64 scope = scopeOf(ins, rows, r);
    ChunkBuilder &b = open[scope];
    b.add(id, scratch.data(), scratch.size());
    if (b.rows() >= kChunkRows)
        closed.emplace_back(scope, b.take());
    return true;
}

/// Every open chunk closed into @p closed.
void closeAll(std::map<qint64, ChunkBuilder> &open, Closed &closed)
{
    for (auto &[scope, b] : open)
        if (b.isOpen())
            closed.emplace_back(scope, b.take());
}

} // namespace

RowDigester::RowDigester(const InsertPlan *plan)
    : m_plan(plan)
{}

RowDigester::~RowDigester() = default;

void RowDigester::add(const RowBuffer &rows, Digested *out, qint64 nextId)
{
    const qsizetype n = rows.rows();
    if (!m_plan || n == 0)
        return;
    out->rows += n;
    if (!m_plan->usable || m_plan->links || (m_plan->idCell < 0 && nextId <= 0))
        m_valid = false;
    for (qsizetype r = 0; r < n && m_valid; ++r) {
        const qint64 id = m_plan->idCell >= 0 ? idOf(*m_plan, rows, r) : nextId + r;
        if (id <= m_lastId || !digestRow(*m_plan, rows, r, id, m_row, m_open, out->chunks)) {
            m_valid = false;
            break;
        }
        m_lastId = id;
        if (!out->first)
            out->first = id;
        out->last = id;
    }
    out->valid = out->valid && m_valid;
}

void RowDigester::finish(Digested *out)
{
    closeAll(m_open, out->chunks);
    m_open.clear();
    out->valid = out->valid && m_valid;
}

void Journal::adopt(InsertPlan *ins, Digested &digested, qint64 rows, qint64 changes, qint64 lastRowid)
{
    if (!ins)
        return;
    TableState &s = state(ins->table);
    // Rows SQLite numbered must have got the ids they were digested with.
    const bool numbered = ins->idCell >= 0 || rows == 0 ||
                          (digested.last == lastRowid && digested.first == lastRowid - rows + 1);
    // As inserted(): only rows above those journaled.
    const bool above = rows == 0 || digested.first > s.lastId;
    if (!digested.valid || digested.rows != rows || changes != rows || ins->links || !numbered || !above) {
        s.done.valid = false;
        digested.clear();
        return;
    }
    if (rows > 0) {
        s.lastId = digested.last;
        s.done.rows += rows;
    }
    // Rows journaled here before end in chunks of their own: the digested ones follow them.
    closeAll(s.open, s.done.chunks);
    for (auto &c : digested.chunks)
        s.done.chunks.push_back(std::move(c));
    digested.clear();
}

void Journal::inserted(InsertPlan *ins, const RowBuffer &rows, qint64 changes, qint64 lastRowid)
{
    TableState &s = state(ins->table);
    const qsizetype n = rows.rows();
    if (ins->links) {
        if (!ins->usable) {
            s.linksValid = false;
            return;
        }
        for (qsizetype r = 0; r < n; ++r) {
            const auto &call = rows.cell(r, 0), &source = rows.cell(r, 1), &line = rows.cell(r, 2);
            if (call.type != RowBuffer::Cell::Integer || source.type != RowBuffer::Cell::Integer ||
                line.type != RowBuffer::Cell::Integer) {
                s.linksValid = false;
                return;
            }
            s.links.push_back({call.value, source.value, line.value});
        }
        return;
    }
    if (!ins->usable || changes != n) {
        s.done.valid = false;
        return;
    }
    for (qsizetype r = 0; r < n; ++r) {
        qint64 id = lastRowid - n + 1 + r;
        if (ins->idCell >= 0 && !(id = idOf(*ins, rows, r))) {
            s.done.valid = false;
            return;
        }
        if (id <= s.lastId) { // only rows in increasing id order make chunks the seal can use
            s.done.valid = false;
            return;
        }
        s.lastId = id;
        if (!digestRow(*ins, rows, r, id, ins->row, s.open, s.done.chunks)) {
            s.done.valid = false;
            return;
        }
        ++s.done.rows;
    }
}

void Journal::blockWritten(qint64 first, qint64 count, qint64 source, const QByteArray &digest)
{
    m_written[first] = {first, count, source, digest};
}

void Journal::blockChanged(qint64 first, qint64 count, qint64 source, const QByteArray &digest)
{
    if (auto it = m_written.find(first); it != m_written.end()) {
        it->second.digest = digest;
        return;
    }
    m_changed[first] = {first, count, source, digest};
}

QByteArray Journal::writtenBlock(qint64 first) const
{
    const auto it = m_written.find(first);
    return it == m_written.end() ? QByteArray() : it->second.digest;
}

void Journal::clear()
{
    m_tables.clear();
    m_written.clear();
    m_changed.clear();
    m_blocksValid = true;
    m_linksLost = false;
}

void Journal::undone()
{
    clear();
    m_blocksValid = false;
    m_linksLost = true;
}

Journal::Chunks Journal::takeRows(const QString &table)
{
    const auto it = m_tables.find(table);
    if (it == m_tables.end())
        return {};
    TableState &s = *it->second;
    closeAll(s.open, s.done.chunks);
    Chunks out = std::move(s.done);
    std::sort(out.chunks.begin(), out.chunks.end(),
              [](const auto &a, const auto &b) { return a.second.first < b.second.first; });
    s.open.clear();
    s.done = Chunks();
    return out;
}

std::vector<Journal::Link> Journal::takeLinks(bool *valid)
{
    *valid = !m_linksLost;
    m_linksLost = false;
    const auto it = m_tables.find(QStringLiteral("call_rows"));
    if (it == m_tables.end())
        return {};
    *valid = *valid && it->second->linksValid;
    std::vector<Link> out = std::move(it->second->links);
    it->second->links.clear();
    it->second->linksValid = true;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void Journal::takeBlocks(std::vector<Block> *written, std::vector<Block> *changed, bool *valid)
{
    for (auto &[first, b] : m_written)
        written->push_back(std::move(b));
    for (auto &[first, b] : m_changed)
        changed->push_back(std::move(b));
    *valid = m_blocksValid;
    m_written.clear();
    m_changed.clear();
    m_blocksValid = true;
}

const std::vector<Table> &Journal::tables(Database &db)
{
    const qint64 cookie = db.scalar(QStringLiteral("PRAGMA schema_version"), -1).toLongLong();
    if (cookie != m_schemaCookie || cookie < 0) {
        m_sealed = Tables::read(db);
        m_schemaCookie = cookie;
    }
    return m_sealed;
}

QByteArray blockDigest(qint64 first, qint64 count, qint64 source, const QByteArray &columns, qint64 sparse)
{
    std::string head, tail;
    encode::integer(head, first);
    encode::integer(head, count);
    encode::integer(head, source);
    head.push_back('\x04');
    const auto n = quint32(columns.size());
    for (int i = 0; i < 4; ++i)
        head.push_back(char(n >> (8 * i)));
    encode::integer(tail, sparse);
    Sha256 sha;
    sha.addData(head.data(), qint64(head.size()));
    sha.addData(columns.constData(), columns.size());
    sha.addData(tail.data(), qint64(tail.size()));
    return sha.result();
}

} // namespace dt::seal
