#!/usr/bin/env bash
# Ingest benchmark: a carrier CDR from the sample generator imported end to end by dialtrace-cli
# (normalisation, dedup, indexes) against sqlite3's own .import of the same file into a plain
# table, side by side. Usage: bench_ingest.sh BUILD_DIR [CALLS]   (default 10000000)
set -euo pipefail
BUILD="$1"; CALLS="${2:-10000000}"
CLI="$BUILD/app/dialtrace-cli"
W=$(mktemp -d /tmp/dialtrace-bench-ingest.XXXXXX)
trap 'rm -rf "$W"' EXIT
"$CLI" sample "$W/s" --scale "$CALLS" >/dev/null
ROWS=$(($(wc -l < "$W/s/cdr_carrier.csv") - 1))
SIZE=$(du -h "$W/s/cdr_carrier.csv" | cut -f1)
echo "carrier CDR: $ROWS rows, $SIZE"
t0=$(date +%s.%N)
sqlite3 "$W/plain.db" ".mode csv" ".import $W/s/cdr_carrier.csv cdr"
t1=$(date +%s.%N)
BASE=$(echo "$t1 - $t0" | bc)
"$CLI" new "$W/case.dtcase" >/dev/null
t0=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$W/rss" "$CLI" import "$W/case.dtcase" "$W/s/cdr_carrier.csv" >/dev/null
t1=$(date +%s.%N)
OURS=$(echo "$t1 - $t0" | bc)
printf "  sqlite3 .import (baseline)   %7.2f s\n" "$BASE"
printf "  dialtrace-cli import         %7.2f s  %8.0f rows/s  ratio %.2fx baseline time (target <= 0.50)  peak RSS %d MiB\n" \
  "$OURS" "$(echo "$ROWS / $OURS" | bc -l)" "$(echo "$OURS / $BASE" | bc -l)" "$(( $(cat "$W/rss") / 1024 ))"
# A leak list: the generator's insurance list at this scale.
LROWS=$(($(wc -l < "$W/s/leak_insurance_giveaway.csv") - 1))
t0=$(date +%s.%N)
"$CLI" import "$W/case.dtcase" "$W/s/leak_insurance_giveaway.csv" >/dev/null
t1=$(date +%s.%N)
L=$(echo "$t1 - $t0" | bc)
printf "  leak list: %d rows in %.2f s = %.0f rows/s (target >= 300000 rows/s)\n" "$LROWS" "$L" "$(echo "$LROWS / $L" | bc -l)"
