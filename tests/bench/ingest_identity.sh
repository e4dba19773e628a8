#!/usr/bin/env bash
# Identity sets for the import: the same inputs imported by one build of dialtrace-cli, and a digest
# of every table the import writes (each table's rows in order, blobs included: the call store's
# blocks and postings too). Two builds whose outputs are equal imported the same cases, byte for byte
# but for the columns that name the machine, the time or the temporary path.
# Usage: ingest_identity.sh BUILD_DIR INPUT_DIR OUT_FILE [ROWS]
#   INPUT_DIR is filled on first use (by this build): the sample's 8 files (the seed is fixed), a
#   ROWS-row carrier CDR (default 1000000) and a ROWS-row leaked list. Give both builds the same one.
#   The real fixtures (../shared/fixtures/real) are imported too when they are there.
set -euo pipefail
BUILD="$1"; IN="$2"; OUT="$3"; ROWS="${4:-1000000}"
CLI="$BUILD/app/dialtrace-cli"
HERE="$(cd "$(dirname "$0")" && pwd)"
FIXTURES="${FIXTURES:-$HERE/../../../shared/fixtures/real}"
W=$(mktemp -d /tmp/dialtrace-identity.XXXXXX)
trap 'rm -rf "$W"' EXIT
if [ ! -f "$IN/big/leak_big.csv" ]; then
  mkdir -p "$IN"
  "$CLI" sample "$IN/sample" >/dev/null
  "$CLI" sample "$IN/big" --scale "$ROWS" >/dev/null
  awk -F, -v OFS=, -v N="$ROWS" -f "$HERE/bigleak.awk" "$IN/big/leak_insurance_giveaway.csv" > "$IN/big/leak_big.csv"
fi

# Every table but those that only name the machine or the time; columns that do are left out.
dump() { # CASE LABEL
  local db="$1" label="$2"
  for t in $(sqlite3 -readonly "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT IN ('meta', 'schema_migrations') ORDER BY name"); do
    cols=$(sqlite3 -readonly "$db" "SELECT group_concat('quote(' || name || ')', ' || ''|'' || ') FROM pragma_table_info('$t') WHERE name NOT IN ('original_path', 'analyst', 'host', 'registered_utc', 'time_utc', 'actor', 'prev_hash', 'hash', 'created_utc', 'started_utc', 'finished_utc', 'saved_utc')")
    n=$(sqlite3 -readonly "$db" "SELECT count(*) FROM $t")
    sum=$(sqlite3 -readonly "$db" "SELECT $cols FROM $t ORDER BY 1" | sha256sum | cut -c1-16)
    if [ "$t" = audit_log ]; then # the import's details, but for its time and file path
      sum=$(sqlite3 -readonly "$db" "SELECT action, details FROM $t ORDER BY seq" | sha256sum | cut -c1-16)
    fi
    printf "%s %s rows=%s %s\n" "$label" "$t" "$n" "$sum"
  done
}
imp() { # LABEL CASE FILE [OPTIONS...]: the exit status and the message, then (after the last) the tables
  local label="$1" db="$2" file="$3"; shift 3
  set +e
  "$CLI" import "$db" "$file" "$@" >"$W/out" 2>"$W/err"
  local rc=$?
  set -e
  printf "%s import %s: exit %d %s\n" "$label" "$(basename "$file")" "$rc" "$(sed "s#$W#W#g; s#$IN#IN#g; s#$FIXTURES#FIX#g" "$W/err" | tr '\n' ' ')"
}
{
  # The sample investigation, as the sample case imports it (acquisition dates, the PBX's clock).
  "$CLI" new "$W/sample.dtcase" >/dev/null
  S="$IN/sample"
  imp sample "$W/sample.dtcase" "$S/cdr_carrier.csv"
  imp sample "$W/sample.dtcase" "$S/pbx_master.csv" --clock-offset -317
  imp sample "$W/sample.dtcase" "$S/leak_insurance_giveaway.csv" --acquired 2026-06-15
  imp sample "$W/sample.dtcase" "$S/leak_loan_app_users.txt" --acquired 2026-07-20
  imp sample "$W/sample.dtcase" "$S/leak_property_owners.xlsx" --acquired 2026-05-10
  imp sample "$W/sample.dtcase" "$S/leak_resold_compilation.csv" --acquired 2026-08-20
  imp sample "$W/sample.dtcase" "$S/leak_education_parents.csv" --acquired 2026-08-01
  imp sample "$W/sample.dtcase" "$S/complaints_12321.csv"
  dump "$W/sample.dtcase" sample
  # The same files in one command (one transaction), the leaked lists first.
  "$CLI" new "$W/one.dtcase" >/dev/null
  imp one "$W/one.dtcase" "$S/leak_insurance_giveaway.csv" "$S/leak_resold_compilation.csv" "$S/cdr_carrier.csv" "$S/complaints_12321.csv"
  dump "$W/one.dtcase" one
  # Real exports, each into a case of its own (those refused are refused alike).
  if [ -d "$FIXTURES" ]; then
    i=0
    while IFS= read -r f; do
      i=$((i + 1))
      "$CLI" new "$W/fx$i.dtcase" >/dev/null
      imp "fixture$i" "$W/fx$i.dtcase" "$f"
      dump "$W/fx$i.dtcase" "fixture$i"
    done < <(find "$FIXTURES" -type f | sort)
  fi
  # The large CDR into an empty case, again into the same case (every call a duplicate of the
  # first source's, found in memory), then the large list into it; the list alone into an empty case.
  "$CLI" new "$W/big.dtcase" >/dev/null
  imp big "$W/big.dtcase" "$IN/big/cdr_carrier.csv"
  imp big "$W/big.dtcase" "$IN/big/cdr_carrier.csv" --force --source again
  imp big "$W/big.dtcase" "$IN/big/leak_big.csv"
  dump "$W/big.dtcase" big
  "$CLI" new "$W/leak.dtcase" >/dev/null
  imp leak "$W/leak.dtcase" "$IN/big/leak_big.csv"
  dump "$W/leak.dtcase" leak
} > "$OUT"
