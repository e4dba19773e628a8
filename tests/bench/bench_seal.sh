#!/usr/bin/env bash
# The seal's cost (docs/case-file.md, "The seal"): `verify` of a whole sample investigation at CALLS
# calls (every file imported, analysed: all digests recomputed, target <= 30 s at 10M calls), and
# the import's overhead: the carrier CDR imported into a fresh case by BASE_CLI (a dialtrace-cli
# built from before the seal) and by this build, alternating, ROUNDS rounds each (this machine's
# speed drifts by a third over minutes: alternating puts both sides in the same spell). Reported:
# the medians and their ratio (target <= 1.05), and each round.
# Usage: [ROUNDS=3] bench_seal.sh BUILD_DIR [CALLS] [BASE_CLI]   (CALLS default 10000000)
set -euo pipefail
BUILD="$1"; CALLS="${2:-10000000}"; BASE="${3:-}"
CLI="$BUILD/app/dialtrace-cli"
ROUNDS="${ROUNDS:-3}"
W=$(mktemp -d /tmp/dialtrace-bench-seal.XXXXXX)
trap 'rm -rf "$W"' EXIT
export DIALTRACE_KEY_DIR="$W/keys"
median() { printf "%s\n" "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

"$CLI" sample "$W/s" --scale "$CALLS" >/dev/null
"$CLI" new "$W/case.dtcase" >/dev/null
t0=$(now)
"$CLI" import "$W/case.dtcase" "$W"/s/cdr_carrier.csv "$W"/s/pbx_master.csv "$W"/s/complaints_12321.csv \
  "$W"/s/leak_*.csv "$W"/s/leak_*.txt "$W"/s/leak_*.xlsx >/dev/null
"$CLI" analyze "$W/case.dtcase" >/dev/null
t1=$(now)
printf "  case: %s calls, every file imported and analysed in %.1f s, %s\n" \
  "$("$CLI" info "$W/case.dtcase" --json | sed -n 's/.*"calls": \([0-9]*\).*/\1/p')" \
  "$(echo "$t1 - $t0" | bc)" "$(du -h "$W/case.dtcase" | cut -f1)"
VERIFY=()
for r in $(seq "$ROUNDS"); do
  sync
  t0=$(now); "$CLI" verify "$W/case.dtcase" >"$W/verify.out"; t1=$(now)
  VERIFY+=("$(echo "$t1 - $t0" | bc)")
done
grep -E "^ok +seal|verified" "$W/verify.out" | sed 's/^/  /'
printf "  verify: median %.2f s over %d runs (%s; target <= 30 s at 10M calls)\n" \
  "$(median "${VERIFY[@]}")" "$ROUNDS" "$(printf "%.2f " "${VERIFY[@]}" | sed 's/ $//')"

[ -n "$BASE" ] || { echo "  (no BASE_CLI given: the import's overhead is not measured)"; exit 0; }
BASES=(); OURS=()
for r in $(seq "$ROUNDS"); do
  for side in base ours; do
    C="$CLI"; [ "$side" = base ] && C="$BASE"
    rm -f "$W"/imp.dtcase*
    "$C" new "$W/imp.dtcase" >/dev/null
    sync
    t0=$(now); "$C" import "$W/imp.dtcase" "$W/s/cdr_carrier.csv" >/dev/null; t1=$(now)
    T=$(echo "$t1 - $t0" | bc)
    if [ "$side" = base ]; then BASES+=("$T"); else OURS+=("$T"); fi
  done
  printf "  round %d: before %.2f s, sealed %.2f s\n" "$r" "${BASES[-1]}" "${OURS[-1]}"
done
MB=$(median "${BASES[@]}"); MO=$(median "${OURS[@]}")
printf "  CDR import (%s rows): median before %.2f s, sealed %.2f s: ratio %.3f (target <= 1.05)\n" \
  "$(($(wc -l < "$W/s/cdr_carrier.csv") - 1))" "$MB" "$MO" "$(echo "$MO / $MB" | bc -l)"
