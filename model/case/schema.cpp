#include "case/schema.h"

#include "case/database.h"
#include "core/osuser.h"
#include "dt/version.h"

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
    default:
        return nullptr;
    }
}

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

bool migrate(Database &db, QString *error, int target)
{
    const int from = storedVersion(db, error);
    if (from < 0)
        return false;
    for (int version = from + 1; version <= target; ++version) {
        const char *sql = migrationSql(version);
        if (!sql) {
            if (error)
                *error = QStringLiteral("no migration to schema version %1").arg(version);
            return false;
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
