#!/usr/bin/env bash
# Detection benchmark: `dialtrace-cli analyze` (load, profiles, scores, operators, store) on a case
# holding a sample CDR, against the equivalent per-number GROUP BY in SQLite on the same calls.
# Usage: bench_detection.sh BUILD_DIR [CALLS]   (default 10000000)
set -euo pipefail
BUILD="$1"; CALLS="${2:-10000000}"
CLI="$BUILD/app/dialtrace-cli"
W=$(mktemp -d /tmp/dialtrace-bench-detect.XXXXXX)
trap 'rm -rf "$W"' EXIT
"$CLI" sample "$W/s" --scale "$CALLS" >/dev/null
"$CLI" new "$W/c.dtcase" >/dev/null
"$CLI" import "$W/c.dtcase" "$W/s/cdr_carrier.csv" "$W/s/complaints_12321.csv" >/dev/null
# The baseline runs in the sqlite3 shell over a plain table of the same calls (the case keeps them in
# its call store, which only DialTrace's connections can read as the table calls).
"$BUILD/tests/bench/bench_callstore" --plain-copy "$W/c.dtcase" "$W/plain.db"
N=$(sqlite3 "$W/plain.db" "SELECT count(*) FROM calls")
t0=$(date +%s.%N)
sqlite3 "$W/plain.db" "SELECT caller, count(*), count(DISTINCT callee), avg(duration), sum(duration > 0), min(start_utc), max(start_utc),
  count(DISTINCT start_utc / 86400), count(DISTINCT start_utc / 3600) FROM calls GROUP BY caller" > /dev/null
t1=$(date +%s.%N)
BASE=$(echo "$t1 - $t0" | bc)
t0=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$W/rss" "$CLI" analyze "$W/c.dtcase" > "$W/out"
t1=$(date +%s.%N)
OURS=$(echo "$t1 - $t0" | bc)
echo "detection over $N calls: $(head -1 "$W/out")"
printf "  SQLite GROUP BY caller, 9 simple aggregates (baseline)  %7.2f s\n" "$BASE"
printf "  dialtrace-cli analyze (20 features, scores, operators)   %7.2f s  ratio %.2fx baseline  peak RSS %d MiB  (target <= 15 s for 10M)\n" \
  "$OURS" "$(echo "$OURS / $BASE" | bc -l)" "$(( $(cat "$W/rss") / 1024 ))"
