#include "case/schema.h"

#include "case/callstore.h"
#include "case/database.h"
#include "core/osuser.h"
#include "dt/version.h"

#include <optional>
#include <QStringList>

namespace dt::schema {

namespace {

// Version 1: everything a case holds. Numbers are dictionary-encoded; every stored record keeps
// (source_id, line). The audit log refuses UPDATE and DELETE; its hash chain catches the rest.
const char *const kV1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  original_path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('calls','leak','complaints','other')),
  format TEXT NOT NULL DEFAULT '',
  encoding TEXT NOT NULL DEFAULT '',
  mapping TEXT NOT NULL DEFAULT '{}',
  timezone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
  clock_offset INTEGER NOT NULL DEFAULT 0,
  acquired TEXT,
  analyst TEXT NOT NULL,
  host TEXT NOT NULL,
  registered_utc TEXT NOT NULL,
  rows_accepted INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  duplicates_merged INTEGER NOT NULL DEFAULT 0,
  forced INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sources_sha256 ON sources(sha256);
CREATE TABLE numbers(
  id INTEGER PRIMARY KEY,
  value TEXT NOT NULL UNIQUE,
  e164 TEXT,
  type INTEGER NOT NULL DEFAULT 0,
  flags INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE devices(id INTEGER PRIMARY KEY, imei TEXT NOT NULL UNIQUE);
CREATE TABLE calls(
  id INTEGER PRIMARY KEY,
  caller INTEGER NOT NULL REFERENCES numbers(id),
  callee INTEGER NOT NULL REFERENCES numbers(id),
  start_utc INTEGER NOT NULL,
  duration INTEGER NOT NULL DEFAULT 0,
  answered INTEGER,
  device INTEGER REFERENCES devices(id),
  cell TEXT,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  line INTEGER NOT NULL
);
CREATE INDEX calls_caller ON calls(caller, start_utc);
CREATE INDEX calls_callee ON calls(callee, start_utc);
CREATE TABLE call_rows(
  call_id INTEGER NOT NULL REFERENCES calls(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  line INTEGER NOT NULL,
  PRIMARY KEY (call_id, source_id, line)
) WITHOUT ROWID;
CREATE TABLE leak_records(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  line INTEGER NOT NULL,
  phone INTEGER REFERENCES numbers(id),
  phone_pattern TEXT,
  name TEXT,
  id_card TEXT,
  address TEXT,
  extra TEXT
);
CREATE INDEX leak_records_phone ON leak_records(phone);
CREATE TABLE complaints(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  line INTEGER NOT NULL,
  reported INTEGER NOT NULL REFERENCES numbers(id),
  complainant INTEGER REFERENCES numbers(id),
  time_utc INTEGER,
  category TEXT,
  text TEXT
);
CREATE TABLE rejected_rows(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  line INTEGER NOT NULL,
  reason TEXT NOT NULL,
  raw BLOB
);
CREATE TABLE analysis_runs(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  started_utc TEXT NOT NULL,
  finished_utc TEXT,
  params TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  input_digest TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  score REAL,
  data TEXT NOT NULL
);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY,
  entity_type TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  created_utc TEXT NOT NULL
);
CREATE TABLE tags(
  entity_type TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  tag TEXT NOT NULL,
  author TEXT NOT NULL,
  created_utc TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_key, tag)
) WITHOUT ROWID;
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY,
  time_utc TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// Version 2: saved column-mapping profiles, reusable across imports of the same layout.
const char *const kV2 = R"SQL(
CREATE TABLE mapping_profiles(
  name TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  format TEXT NOT NULL DEFAULT '',
  mapping TEXT NOT NULL,
  author TEXT NOT NULL,
  created_utc TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 3: a call's device and cell on both sides (a carrier CDR row describes its own number's side).
const char *const kV3 = R"SQL(
ALTER TABLE calls ADD COLUMN callee_device INTEGER REFERENCES devices(id);
ALTER TABLE calls ADD COLUMN callee_cell TEXT;
)SQL";

// Version 4: persons of the leaked lists, deduplicated by ID number, else by name and phone.
const char *const kV4 = R"SQL(
CREATE TABLE persons(
  id INTEGER PRIMARY KEY,
  id_card TEXT,
  name TEXT,
  phone INTEGER REFERENCES numbers(id)
);
CREATE INDEX persons_id_card ON persons(id_card);
ALTER TABLE leak_records ADD COLUMN person INTEGER REFERENCES persons(id);
)SQL";

// Version 5: covering indexes for leak tracing, so that attribution reads index pages, not rows.
const char *const kV5 = R"SQL(
CREATE INDEX leak_records_trace ON leak_records(source_id, line, phone) WHERE phone IS NOT NULL;
CREATE INDEX leak_records_masked ON leak_records(source_id, line, phone_pattern, name)
  WHERE phone IS NULL AND phone_pattern IS NOT NULL;
)SQL";

// Version 6: the link chart's saved state (nodes, places, pins, filters), one row per chart.
const char *const kV6 = R"SQL(
CREATE TABLE chart_states(
  name TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  saved_utc TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 7: call_rows keeps only the further rows a call was seen in (the other party's record,
// another source, another PBX leg); the call's own (source_id, line) is in calls, and call_links
// gives both. Over a 10M-row CDR the copy of every call's own row cost 2-4 s and 139 MB of the case.
const char *const kV7 = R"SQL(
DELETE FROM call_rows WHERE EXISTS (SELECT 1 FROM calls c WHERE c.id = call_rows.call_id
  AND c.source_id = call_rows.source_id AND c.line = call_rows.line);
CREATE VIEW call_links(call_id, source_id, line) AS
  SELECT id, source_id, line FROM calls
  UNION ALL
  SELECT call_id, source_id, line FROM call_rows;
)SQL";

// Version 8: calls kept in blocks of columns with per-number postings (callstore.h), shown by the
// virtual table calls; cells numbered in their own table. The rows of the old table are moved by
// moveCallsToStore() after this SQL; call_rows loses its foreign key to calls (a virtual table).
const char *const kV8 = R"SQL(
CREATE TABLE cells(id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE);
CREATE TABLE call_blocks(
  first_id INTEGER PRIMARY KEY,
  count INTEGER NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  columns BLOB NOT NULL
);
CREATE TABLE call_postings(first_number INTEGER PRIMARY KEY, offsets BLOB NOT NULL, calls BLOB NOT NULL);
DROP VIEW call_links;
CREATE TABLE call_rows_v8(
  call_id INTEGER NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  line INTEGER NOT NULL,
  PRIMARY KEY (call_id, source_id, line)
) WITHOUT ROWID;
INSERT INTO call_rows_v8 SELECT call_id, source_id, line FROM call_rows;
DROP TABLE call_rows;
ALTER TABLE call_rows_v8 RENAME TO call_rows;
)SQL";

// Version 9: the numbers' values unique by a named index instead of the table's UNIQUE constraint,
// so that a large import can drop it and make it again with one sort (an insert into it per new
// number, in no order, was most of a large leaked list's import time: docs/benchmarks.md). The table is made
// again with foreign keys off (migrate()): other tables refer to it.
const char *const kV9 = R"SQL(
CREATE TABLE numbers_v9(
  id INTEGER PRIMARY KEY,
  value TEXT NOT NULL,
  e164 TEXT,
  type INTEGER NOT NULL DEFAULT 0,
  flags INTEGER NOT NULL DEFAULT 0
);
INSERT INTO numbers_v9(id, value, e164, type, flags) SELECT id, value, e164, type, flags FROM numbers ORDER BY id;
DROP TABLE numbers;
ALTER TABLE numbers_v9 RENAME TO numbers;
CREATE UNIQUE INDEX numbers_value ON numbers(value);
)SQL";

// Version 10: the same for devices and cells (devices_imei, cells_value): a call log's new cells
// (780k in a generated 10M-row CDR) went each into the cells' unique index in no order, half the
// writing thread's work early in such an import. No table refers to either. And persons_id_card
// goes: nothing looks persons up by ID number in SQL any more (an import holds them in memory),
// and a million-row list spent 0.46 s making it again.
const char *const kV10 = R"SQL(
DROP INDEX persons_id_card;
CREATE TABLE devices_v10(id INTEGER PRIMARY KEY, imei TEXT NOT NULL);
INSERT INTO devices_v10(id, imei) SELECT id, imei FROM devices ORDER BY id;
DROP TABLE devices;
ALTER TABLE devices_v10 RENAME TO devices;
CREATE UNIQUE INDEX devices_imei ON devices(imei);
CREATE TABLE cells_v10(id INTEGER PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO cells_v10(id, value) SELECT id, value FROM cells ORDER BY id;
DROP TABLE cells;
ALTER TABLE cells_v10 RENAME TO cells;
CREATE UNIQUE INDEX cells_value ON cells(value);
)SQL";

// Version 11: the call store writes fewer bytes. A block keeps a uint32 column that is mostly 0 (a
// carrier CDR fills the callee's device and cell only for the calls seen from both ends) sparse: its
// bit in sparse_columns. The postings keep start times as uint32 seconds after starts_from (when the
// case's calls span less than 2^32 s). Blocks written before stay as they are (none sparse); the
// postings are written again in the new form (migrate()).
const char *const kV11 = R"SQL(
ALTER TABLE call_blocks ADD COLUMN sparse_columns INTEGER NOT NULL DEFAULT 0;
ALTER TABLE call_postings ADD COLUMN starts_from INTEGER;
)SQL";

// Version 12: the seal (case/seal.h). Content digests of every evidence and conclusion table, per
// chunk of rows and per table and source or run, a root over them; each audit entry holds the root
// after its action and is signed with the workstation's Ed25519 key, and seal_head signs the
// present root. The digests of a case's rows are made when the migration's audit entry is written.
const char *const kV12 = R"SQL(
ALTER TABLE audit_log ADD COLUMN root TEXT;
ALTER TABLE audit_log ADD COLUMN signer TEXT;
ALTER TABLE audit_log ADD COLUMN signature TEXT;
CREATE TABLE seal_chunks(
  tbl TEXT NOT NULL,
  scope INTEGER NOT NULL,
  first INTEGER NOT NULL,
  last INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  sketch BLOB,
  digest BLOB NOT NULL,
  detail BLOB,
  PRIMARY KEY (tbl, scope, first)
) WITHOUT ROWID;
CREATE TABLE seal_groups(
  tbl TEXT NOT NULL,
  scope INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  chunks INTEGER NOT NULL,
  digest BLOB NOT NULL,
  PRIMARY KEY (tbl, scope)
) WITHOUT ROWID;
CREATE TABLE seal_head(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  root TEXT NOT NULL,
  audit_seq INTEGER NOT NULL,
  audit_hash TEXT NOT NULL,
  time_utc TEXT NOT NULL,
  signer TEXT NOT NULL,
  signature TEXT NOT NULL
);
)SQL";

// Version 13: saved views: several named link charts per case, in the order they were made, one of
// them current (the chart the case opens on). The chart saved before is the first view, current.
const char *const kV13 = R"SQL(
ALTER TABLE chart_states ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chart_states ADD COLUMN current INTEGER NOT NULL DEFAULT 0;
UPDATE chart_states SET current = 1 WHERE name = 'main';
)SQL";

// Version 14: how each source's times were read: the start column's date order and why, the clock
// correction's basis (given, estimated from the case's other sources, none) and drift, and the
// figures of both decisions (docs/times.md). Sources imported before keep '' (not recorded).
const char *const kV14 = R"SQL(
ALTER TABLE sources ADD COLUMN date_order TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN date_order_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN clock_offset_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN clock_drift_ppm REAL NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN times_detail TEXT NOT NULL DEFAULT '{}';
)SQL";

// Version 15: a trainee's answers to an exercise (docs/training.md): each marks an entity (a number,
// a list, a call's row) as an answer to a question of the exercise sheet, with a value and a note.
const char *const kV15 = R"SQL(
CREATE TABLE exercise_answers(
  id INTEGER PRIMARY KEY,
  question TEXT NOT NULL,
  entity TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  created_utc TEXT NOT NULL
);
)SQL";

// Version 16: the analyst's verdicts on numbers (docs/cli.md `verdict`): one per number, read by the
// next analysis run, which records them in its parameters and in the number's reasons.
const char *const kV16 = R"SQL(
CREATE TABLE verdict_overrides(
  number TEXT PRIMARY KEY,
  verdict TEXT NOT NULL CHECK (verdict IN ('suspect', 'legitimate')),
  reason TEXT NOT NULL,
  author TEXT NOT NULL,
  created_utc TEXT NOT NULL
);
)SQL";

// Version 17: a run's findings by their run. Readers ask for one run's findings (the latest run's,
// a report's, a trail's) and a run removed takes its findings with it: without the index each of
// those read every run's findings, and a large case's runs hold tens of MB each.
const char *const kV17 = R"SQL(
CREATE INDEX findings_run ON findings(run_id);
)SQL";

const char *const kV8After = R"SQL(
DROP TABLE calls;
CREATE VIRTUAL TABLE calls USING dt_calls;
CREATE VIEW call_links(call_id, source_id, line) AS
  SELECT id, source_id, line FROM calls
  UNION ALL
  SELECT call_id, source_id, line FROM call_rows;
)SQL";

/// Schema 8: the rows of the old calls table into blocks (consecutive ids of one source), then the
/// postings.
bool moveCallsToStore(Database &db, QString *error)
{
    using namespace callstore;
    Statement all = db.prepare(QStringLiteral(
        "SELECT id, caller, callee, start_utc, duration, answered, device, cell, source_id, line, "
        "callee_device, callee_cell FROM calls ORDER BY id"));
    Statement ins = db.prepare(
        QStringLiteral("INSERT INTO call_blocks(first_id, count, source_id, columns) VALUES(?,?,?,?)"));
    Statement insCell = db.prepare(QStringLiteral("INSERT INTO cells(id, value) VALUES(?,?)"));
    QHash<QString, quint32> cells;
    std::vector<quint32> u32[kU32Columns];
    std::vector<qint64> start;
    std::vector<qint8> answered;
    qint64 first = 0, source = 0;
    bool ok = true;
    auto flush = [&] {
        if (start.empty() || !ok)
            return;
        ins.reset();
        ins.bind(1, first).bind(2, qint64(start.size())).bind(3, source).bindBlob(4, encodeBlock(u32, start, answered));
        ok = ins.exec();
        for (auto &c : u32)
            c.clear();
        start.clear();
        answered.clear();
    };
    auto cellId = [&](int col) -> quint32 {
        if (all.isNull(col))
            return 0;
        const QString text = all.text(col);
        if (auto it = cells.constFind(text); it != cells.constEnd())
            return *it;
        const quint32 id = quint32(cells.size() + 1);
        insCell.reset();
        insCell.bind(1, qint64(id)).bind(2, text);
        ok = ok && insCell.exec();
        cells.insert(text, id);
        return id;
    };
    constexpr qint64 kMax = 0xFFFFFFFFLL;
    while (ok && all.step()) {
        const qint64 id = all.int64(0);
        const qint64 src = all.int64(8);
        if (!start.empty() && (id != first + qint64(start.size()) || src != source || start.size() == size_t(kBlockCalls)))
            flush();
        if (start.empty())
            first = id, source = src;
        const qint64 values[] = {all.int64(1), all.int64(2), all.int64(4), all.int64(6), all.int64(9), all.int64(10)};
        for (const qint64 v : values) {
            if (v < 0 || v > kMax || id > kMax) {
                *error = QStringLiteral("call %1 has a value the call store cannot hold (%2)").arg(id).arg(v);
                return false;
            }
        }
        u32[Caller].push_back(quint32(values[0]));
        u32[Callee].push_back(quint32(values[1]));
        u32[Duration].push_back(quint32(values[2]));
        u32[Device].push_back(quint32(values[3]));
        u32[Cell].push_back(cellId(7));
        u32[CalleeDevice].push_back(quint32(values[5]));
        u32[CalleeCell].push_back(cellId(11));
        u32[Line].push_back(quint32(values[4]));
        start.push_back(all.int64(3));
        answered.push_back(all.isNull(5) ? qint8(-1) : qint8(all.int64(5)));
    }
    flush();
    if (!ok || !all.ok()) {
        *error = db.lastError();
        return false;
    }
    if (!db.exec(QString::fromUtf8(kV8After)) || !Writer::rebuildPostings(db, error)) {
        if (error->isEmpty())
            *error = db.lastError();
        return false;
    }
    return true;
}

const char *migrationSql(int version)
{
    switch (version) {
    case 1:
        return kV1;
    case 2:
        return kV2;
    case 3:
        return kV3;
    case 4:
        return kV4;
    case 5:
        return kV5;
    case 6:
        return kV6;
    case 7:
        return kV7;
    case 8:
        return kV8;
    case 9:
        return kV9;
    case 10:
        return kV10;
    case 11:
        return kV11;
    case 12:
        return kV12;
    case 13:
        return kV13;
    case 14:
        return kV14;
    case 15:
        return kV15;
    case 16:
        return kV16;
    case 17:
        return kV17;
    default:
        return nullptr;
    }
}

/// Foreign keys off for the object's life, then as they were.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db)
        : m_db(db)
        , m_was(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() != 0)
    {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_was)
            m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }

private:
    Database &m_db;
    bool m_was;
};

bool hasTable(Database &db, const QString &name)
{
    Statement st = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"));
    st.bind(1, name);
    return st.step();
}

} // namespace

bool isCaseDatabase(Database &db)
{
    const qint64 appId = db.scalar(QStringLiteral("PRAGMA application_id"), 0).toLongLong();
    if (appId == kApplicationId)
        return true;
    const qint64 tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), -1).toLongLong();
    return appId == 0 && tables == 0;
}

int storedVersion(Database &db, QString *error)
{
    if (!hasTable(db, QStringLiteral("schema_migrations"))) {
        // An empty database has no schema yet; anything else without our table is not a case.
        return 0;
    }
    const QVariant v = db.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations"));
    if (!db.lastError().isEmpty() && !v.isValid()) {
        if (error)
            *error = db.lastError();
        return -1;
    }
    return v.isValid() ? v.toInt() : 0;
}

bool migrate(Database &db, QString *error, int target, const MigrationStep &step)
{
    const int from = storedVersion(db, error);
    if (from < 0)
        return false;
    for (int version = from + 1; version <= target; ++version) {
        if (step && !step(version, from, target)) {
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
        const char *sql = migrationSql(version);
        if (!sql) {
            if (error)
                *error = QStringLiteral("no migration to schema version %1").arg(version);
            return false;
        }
        // Version 9 makes a table others refer to again: foreign keys off meanwhile (it cannot be
        // switched inside a transaction), then back as they were. Every row keeps its id, so the
        // references hold as they did; the copy is checked by its rows and ids. (Not by
        // foreign_key_check: a case holding a broken reference from before, which verify reports,
        // could then no longer be upgraded, and so not be opened at all.)
        std::optional<ForeignKeysOff> keysOff;
        const QString numbersDigest = QStringLiteral("SELECT count(*) || ':' || total(id) FROM numbers");
        QString numbersBefore;
        if (version == 9) {
            keysOff.emplace(db);
            numbersBefore = db.scalar(numbersDigest).toString();
        }
        Transaction tx(db);
        if (!tx.isActive()) {
            if (error)
                *error = db.lastError();
            return false;
        }
        if (version == 1) {
            if (!db.exec(QStringLiteral("CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, "
                                        "applied_utc TEXT NOT NULL, tool_version TEXT NOT NULL)")) ||
                !db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
                if (error)
                    *error = db.lastError();
                return false;
            }
        }
        if (!db.exec(QString::fromUtf8(sql))) {
            if (error)
                *error = QStringLiteral("migration to schema version %1 failed: %2")
                             .arg(version)
                             .arg(db.lastError());
            return false;
        }
        QString why;
        if (version == 8) {
            if (!moveCallsToStore(db, &why)) {
                if (error)
                    *error = QStringLiteral("migration to schema version 8 failed: %1").arg(why);
                return false;
            }
        }
        if (version == 11 && !callstore::Writer::rebuildPostings(db, &why)) {
            if (error)
                *error = QStringLiteral("migration to schema version 11 failed: %1")
                             .arg(why.isEmpty() ? db.lastError() : why);
            return false;
        }
        if (keysOff && db.scalar(numbersDigest).toString() != numbersBefore) {
            if (error)
                *error = QStringLiteral("migration to schema version %1 failed: numbers not all copied").arg(version);
            return false;
        }
        Statement st = db.prepare(QStringLiteral(
            "INSERT INTO schema_migrations(version, applied_utc, tool_version) VALUES(?,?,?)"));
        st.bind(1, version).bind(2, utcNowIso()).bind(3, QStringLiteral(DT_VERSION_STRING));
        if (!st.exec() || !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !tx.commit()) {
            if (error)
                *error = db.lastError();
            return false;
        }
    }
    return true;
}

} // namespace dt::schema
