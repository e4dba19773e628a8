#include "case/callsvtab.h"

#include "case/callstore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <sqlite3.h>

namespace dt::callstore {

namespace {

enum VColumn { VId, VCaller, VCallee, VStart, VDuration, VAnswered, VDevice, VCell, VSource, VLine,
               VCalleeDevice, VCalleeCell };

// idxNum: a mode, and which bounds follow the mode's own argument in argv.
enum Mode { ModeFull = 0, ModeId = 1, ModeCaller = 2, ModeCallee = 3, ModeIdRange = 4 };
constexpr int kModeMask = 7;
constexpr int kLower = 16, kUpper = 32, kLowerStrict = 64, kUpperStrict = 128;

struct Table
{
    sqlite3_vtab base{};
    std::unique_ptr<Reader> reader;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    Table *table = nullptr;
    bool list = false;         ///< ids from postings (or one id), else a walk over an id range
    std::vector<qint64> ids;
    size_t pos = 0;
    qint64 id = 0, last = 0;   ///< the walk: current id and the last one wanted
    Block block;               ///< the current call's block (a shared copy)
    bool eof = true;
};

Table *tableOf(sqlite3_vtab *v)
{
    return reinterpret_cast<Table *>(v);
}
Cursor *cursorOf(sqlite3_vtab_cursor *c)
{
    return reinterpret_cast<Cursor *>(c);
}

int connect(sqlite3 *db, void *, int argc, const char *const *argv, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(id INTEGER, caller INTEGER, callee INTEGER, start_utc INTEGER, duration INTEGER, "
            "answered INTEGER, device INTEGER, cell TEXT, source_id INTEGER, line INTEGER, "
            "callee_device INTEGER, callee_cell TEXT)");
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    auto *t = new Table;
    t->reader = std::make_unique<Reader>(db, QByteArray(argc > 1 ? argv[1] : "main")); // its schema's store
    *out = &t->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *v)
{
    delete tableOf(v);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int idEq = -1, caller = -1, callee = -1, idLo = -1, idHi = -1, startLo = -1, startHi = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (!c.usable)
            continue;
        const bool isId = c.iColumn == VId || c.iColumn == -1;
        const bool lo = c.op == SQLITE_INDEX_CONSTRAINT_GT || c.op == SQLITE_INDEX_CONSTRAINT_GE;
        const bool hi = c.op == SQLITE_INDEX_CONSTRAINT_LT || c.op == SQLITE_INDEX_CONSTRAINT_LE;
        if (c.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (isId)
                idEq = i;
            else if (c.iColumn == VCaller)
                caller = i;
            else if (c.iColumn == VCallee)
                callee = i;
        } else if (isId && lo) {
            idLo = i;
        } else if (isId && hi) {
            idHi = i;
        } else if (c.iColumn == VStart && lo) {
            startLo = i;
        } else if (c.iColumn == VStart && hi) {
            startHi = i;
        }
    }
    int mode = ModeFull, lo = -1, hi = -1, arg = -1;
    double cost = 1e8, rows = 1e7;
    if (idEq >= 0) {
        mode = ModeId, arg = idEq, cost = 1, rows = 1;
        info->idxFlags |= SQLITE_INDEX_SCAN_UNIQUE;
    } else if (caller >= 0 || callee >= 0) {
        mode = caller >= 0 ? ModeCaller : ModeCallee, arg = caller >= 0 ? caller : callee;
        lo = startLo, hi = startHi;
        cost = 50, rows = 50;
        if (lo >= 0 || hi >= 0)
            cost = 20, rows = 10;
    } else if (idLo >= 0 || idHi >= 0) {
        mode = ModeIdRange, lo = idLo, hi = idHi;
        cost = lo >= 0 && hi >= 0 ? 1000 : 1e6, rows = cost;
    }
    int next = 1;
    if (arg >= 0) {
        info->aConstraintUsage[arg].argvIndex = next++;
        info->aConstraintUsage[arg].omit = 1;
    }
    int idxNum = mode;
    if (lo >= 0) {
        info->aConstraintUsage[lo].argvIndex = next++;
        idxNum |= kLower | (info->aConstraint[lo].op == SQLITE_INDEX_CONSTRAINT_GT ? kLowerStrict : 0);
    }
    if (hi >= 0) {
        info->aConstraintUsage[hi].argvIndex = next++;
        idxNum |= kUpper | (info->aConstraint[hi].op == SQLITE_INDEX_CONSTRAINT_LT ? kUpperStrict : 0);
    }
    // The order the rows come in: start_utc then id for a number's calls, id otherwise.
    bool ordered = info->nOrderBy > 0;
    for (int i = 0; i < info->nOrderBy && ordered; ++i) {
        const auto &o = info->aOrderBy[i];
        const bool isId = o.iColumn == VId || o.iColumn == -1;
        if (o.desc)
            ordered = false;
        else if (mode == ModeCaller || mode == ModeCallee)
            ordered = (i == 0 && o.iColumn == VStart) || (i == 1 && isId);
        else
            ordered = i == 0 && isId;
    }
    info->orderByConsumed = ordered ? 1 : 0;
    info->idxNum = idxNum;
    info->estimatedCost = cost;
    info->estimatedRows = sqlite3_int64(rows);
    return SQLITE_OK;
}

int open(sqlite3_vtab *v, sqlite3_vtab_cursor **out)
{
    auto *c = new Cursor;
    c->table = tableOf(v);
    *out = &c->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *c)
{
    delete cursorOf(c);
    return SQLITE_OK;
}

/// An equality's argument as an integer; false when no integer equals it (then no row matches).
bool integerArg(sqlite3_value *v, qint64 *out)
{
    const int type = sqlite3_value_numeric_type(v);
    if (type == SQLITE_INTEGER) {
        *out = sqlite3_value_int64(v);
        return true;
    }
    if (type == SQLITE_FLOAT) { // 5.0 equals 5
        const double d = sqlite3_value_double(v);
        if (d >= -9.2e18 && d <= 9.2e18 && std::floor(d) == d) {
            *out = qint64(d);
            return true;
        }
    }
    return false;
}

/// What a bound on an integer column leaves of it.
enum class Bound { Value, Everything, Nothing };

/// A range bound as an inclusive integer bound, in SQLite's order of values (NULL < numbers <
/// text < blob): `id < 'x'` keeps every row, `id > 'x'` none, and so does a bound past the range of
/// 64-bit integers. (The bounds are checked again by SQLite, row by row.)
Bound boundArg(sqlite3_value *v, bool lower, bool strict, qint64 *out)
{
    const int type = sqlite3_value_numeric_type(v);
    constexpr qint64 kMin = std::numeric_limits<qint64>::min(), kMax = std::numeric_limits<qint64>::max();
    if (type == SQLITE_NULL)
        return Bound::Nothing;
    if (type == SQLITE_TEXT || type == SQLITE_BLOB)
        return lower ? Bound::Nothing : Bound::Everything;
    if (type == SQLITE_INTEGER) {
        const qint64 x = sqlite3_value_int64(v);
        if (!strict) {
            *out = x;
            return Bound::Value;
        }
        if (lower ? x == kMax : x == kMin)
            return Bound::Nothing;
        *out = lower ? x + 1 : x - 1;
        return Bound::Value;
    }
    const double d = sqlite3_value_double(v);
    if (d != d) // NaN compares as NULL
        return Bound::Nothing;
    if (d < -9.2e18)
        return lower ? Bound::Everything : Bound::Nothing;
    if (d > 9.2e18)
        return lower ? Bound::Nothing : Bound::Everything;
    const qint64 f = qint64(lower ? std::ceil(d) : std::floor(d));
    *out = (strict && double(f) == d) ? (lower ? f + 1 : f - 1) : f;
    return Bound::Value;
}

int setError(Cursor *c, const QString &message)
{
    sqlite3_free(c->table->base.zErrMsg);
    c->table->base.zErrMsg = sqlite3_mprintf("%s", message.toUtf8().constData());
    return SQLITE_ERROR;
}

/// Moves the walk to the first call with id >= c->id (in this block or a later one).
int settle(Cursor *c)
{
    Reader &r = *c->table->reader;
    if (!c->block.holds(c->id)) {
        const Block *b = r.blockOf(c->id);
        if (!b) {
            if (!r.error().isEmpty())
                return setError(c, r.error());
            b = r.blockAfter(c->id);
            if (!b) {
                if (!r.error().isEmpty())
                    return setError(c, r.error());
                c->eof = true;
                return SQLITE_OK;
            }
            c->id = b->firstId;
        }
        c->block = *b;
    }
    c->eof = c->id > c->last;
    return SQLITE_OK;
}

/// Positions a list cursor on its current id's block.
int settleList(Cursor *c)
{
    while (c->pos < c->ids.size()) {
        c->id = c->ids[c->pos];
        if (c->block.holds(c->id))
            return SQLITE_OK;
        Reader &r = *c->table->reader;
        if (const Block *b = r.blockOf(c->id)) {
            c->block = *b;
            return SQLITE_OK;
        }
        if (!r.error().isEmpty())
            return setError(c, r.error());
        ++c->pos; // not a call (a stale id): skip it
    }
    c->eof = true;
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cur, int idxNum, const char *, int argc, sqlite3_value **argv)
{
    Cursor *c = cursorOf(cur);
    Reader &r = *c->table->reader;
    r.refresh();
    c->block = Block();
    c->ids.clear();
    c->pos = 0;
    c->eof = true;
    const int mode = idxNum & kModeMask;
    int a = 0;
    qint64 key = 0;
    if ((mode == ModeId || mode == ModeCaller || mode == ModeCallee) && (argc < 1 || !integerArg(argv[a++], &key)))
        return SQLITE_OK; // not an integer: nothing equals it
    qint64 lo = std::numeric_limits<qint64>::min(), hi = std::numeric_limits<qint64>::max();
    for (const bool lower : {true, false}) {
        if (!(idxNum & (lower ? kLower : kUpper)))
            continue;
        if (a >= argc)
            return SQLITE_OK;
        qint64 v = 0;
        const Bound b = boundArg(argv[a++], lower, idxNum & (lower ? kLowerStrict : kUpperStrict), &v);
        if (b == Bound::Nothing)
            return SQLITE_OK;
        if (b == Bound::Value)
            (lower ? lo : hi) = v;
    }
    c->eof = false;
    switch (mode) {
    case ModeId:
        c->list = true;
        c->ids.push_back(key);
        return settleList(c);
    case ModeCaller:
    case ModeCallee: {
        c->list = true;
        if (!r.postings(key, mode == ModeCaller, &c->ids, lo, hi))
            return setError(c, r.error());
        return settleList(c);
    }
    default:
        c->list = false;
        c->id = std::max<qint64>(lo, 1);
        c->last = hi;
        return settle(c);
    }
}

int next(sqlite3_vtab_cursor *cur)
{
    Cursor *c = cursorOf(cur);
    if (c->list) {
        ++c->pos;
        return settleList(c);
    }
    if (c->id == std::numeric_limits<qint64>::max()) {
        c->eof = true;
        return SQLITE_OK;
    }
    ++c->id;
    return settle(c);
}

int eof(sqlite3_vtab_cursor *cur)
{
    return cursorOf(cur)->eof ? 1 : 0;
}

void resultId(sqlite3_context *ctx, quint32 v)
{
    if (v)
        sqlite3_result_int64(ctx, v);
    else
        sqlite3_result_null(ctx);
}

void resultCell(sqlite3_context *ctx, Reader &r, quint32 id)
{
    if (!id) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray text = r.cell(id);
    sqlite3_result_text(ctx, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

int column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    Cursor *c = cursorOf(cur);
    const Block &b = c->block;
    const int i = int(c->id - b.firstId);
    switch (col) {
    case VId:
        sqlite3_result_int64(ctx, c->id);
        break;
    case VCaller:
        sqlite3_result_int64(ctx, b.u32(Caller, i));
        break;
    case VCallee:
        sqlite3_result_int64(ctx, b.u32(Callee, i));
        break;
    case VStart:
        sqlite3_result_int64(ctx, b.start(i));
        break;
    case VDuration:
        sqlite3_result_int64(ctx, b.u32(Duration, i));
        break;
    case VAnswered:
        if (const int a = b.answered(i); a >= 0)
            sqlite3_result_int(ctx, a);
        else
            sqlite3_result_null(ctx);
        break;
    case VDevice:
        resultId(ctx, b.u32(Device, i));
        break;
    case VCell:
        resultCell(ctx, *c->table->reader, b.u32(Cell, i));
        break;
    case VSource:
        sqlite3_result_int64(ctx, b.sourceId);
        break;
    case VLine:
        sqlite3_result_int64(ctx, b.u32(Line, i));
        break;
    case VCalleeDevice:
        resultId(ctx, b.u32(CalleeDevice, i));
        break;
    case VCalleeCell:
        resultCell(ctx, *c->table->reader, b.u32(CalleeCell, i));
        break;
    default:
        sqlite3_result_null(ctx);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *out)
{
    *out = cursorOf(cur)->id;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.iVersion = 0;
    m.xCreate = connect;
    m.xConnect = connect;
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xDestroy = disconnect;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

} // namespace

bool registerModule(sqlite3 *db)
{
    static const sqlite3_module module = makeModule();
    // A rollback may take back blocks, postings or cells a reader has cached since the last write.
    sqlite3_rollback_hook(
        db, [](void *) { generation().fetch_add(1); }, nullptr);
    return sqlite3_create_module_v2(db, "dt_calls", &module, nullptr, nullptr) == SQLITE_OK;
}

} // namespace dt::callstore
