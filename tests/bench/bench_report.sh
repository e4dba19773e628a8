#!/usr/bin/env bash
# Report benchmark: `dialtrace-cli report` (PDF and HTML) of an analysed case holding a sample CDR
# of CALLS calls. A report costs what it shows (findings, the appendix's supporting rows), so its
# time and memory should not grow with the calls; targets for 10M calls: PDF <= 30 s, peak RSS < 1 GB.
# Usage: [CASE=FILE] [CLI=dialtrace-cli] bench_report.sh BUILD_DIR [CALLS]   (default 10000000)
#   CASE: an analysed case to report on instead of making one (it is copied, never changed);
#   CLI: the binary measured (default BUILD_DIR/app/dialtrace-cli), e.g. a build of main for "before".
set -euo pipefail
BUILD="$1"; CALLS="${2:-10000000}"
CLI="${CLI:-$BUILD/app/dialtrace-cli}"
W=$(mktemp -d /tmp/dialtrace-bench-report.XXXXXX)
trap 'rm -rf "$W"' EXIT
if [ -n "${CASE:-}" ]; then
  cp "$CASE" "$W/c.dtcase"
else
  "$CLI" sample "$W/s" --scale "$CALLS" >/dev/null
  "$CLI" new "$W/c.dtcase" >/dev/null
  "$CLI" import "$W/c.dtcase" "$W/s/cdr_carrier.csv" "$W/s/leak_"* "$W/s/complaints_12321.csv" >/dev/null
  "$CLI" analyze "$W/c.dtcase" >/dev/null
fi
N=$(sqlite3 "$W/c.dtcase" "SELECT coalesce(sum(count), 0) FROM call_blocks")
echo "report of an analysed case of $N calls"
for ext in pdf html; do
  /usr/bin/time -f "%e %M" -o "$W/time" "$CLI" report "$W/c.dtcase" --out "$W/r.$ext" >/dev/null
  read -r secs kib < "$W/time"
  printf "  dialtrace-cli report --out r.%-4s  %7.2f s  peak RSS %5d MiB  %6d KiB  (target <= 30 s, < 1024 MiB)\n" \
    "$ext" "$secs" "$(( kib / 1024 ))" "$(( $(stat -c %s "$W/r.$ext") / 1024 ))"
done
