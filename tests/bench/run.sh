#!/usr/bin/env bash
# Builds the release preset and runs every benchmark, printing figures and baseline ratios.
# Usage: tests/bench/run.sh [quick]    (quick: smaller inputs, for a smoke run)
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
B=build/release/tests/bench
SIZE=1024; [ "${1:-}" = quick ] && SIZE=64
echo "== bench_provenance"; "$B/bench_provenance" "$SIZE"
N=1000000; [ "${1:-}" = quick ] && N=100000
echo "== bench_numbers"; "$B/bench_numbers" "$N"
R=5000000; V=1000000; [ "${1:-}" = quick ] && R=200000 && V=50000
echo "== bench_leaktrace ($R leak records, $V victims)"; "$B/bench_leaktrace" "$R" "$V"
G=10000000; [ "${1:-}" = quick ] && G=500000
if [ -x "$B/bench_graph" ]; then echo "== bench_graph ($G calls)"; "$B/bench_graph" "$G"; fi
K=1000000; [ "${1:-}" = quick ] && K=100000
echo "== bench_clockskew ($K file calls against $K case calls)"; "$B/bench_clockskew" "$K"
W=10000000; [ "${1:-}" = quick ] && W=300000
echo "== bench_workspace ($W calls; 20,000-node chart)"; "$B/bench_workspace" "$W"
SCALE=large; [ "${1:-}" = quick ] && SCALE=medium
echo "== sample generation ($SCALE; target: 10M calls in under 60 s)"
OUT=$(mktemp -d /tmp/dialtrace-bench-sample.XXXXXX)
/usr/bin/time -f "  wall %e s, peak RSS %M KiB" build/release/app/dialtrace-cli sample "$OUT" --scale "$SCALE"
du -sh "$OUT"/* | sed 's/^/  /'
rm -rf "$OUT"
CALLS=10000000; [ "${1:-}" = quick ] && CALLS=200000
echo "== bench_ingest ($CALLS calls, every layout)"; N="$CALLS" tests/bench/bench_ingest.sh build/release
echo "== bench_detection ($CALLS calls)"; tests/bench/bench_detection.sh build/release "$CALLS"
echo "== bench_report ($CALLS calls: PDF and HTML of the analysed sample case)"
tests/bench/bench_report.sh build/release "$CALLS"
echo "== bench_seal ($CALLS calls: verify of the whole sample case; the import's overhead needs a BASE_CLI, see the script)"
tests/bench/bench_seal.sh build/release "$CALLS"
PATHO_MB=200; [ "${1:-}" = quick ] && PATHO_MB=20
echo "== bench_pathological ($PATHO_MB MiB without a line break: refused or rejected, linear, bounded)"
tests/bench/bench_pathological.sh build/release "$PATHO_MB"
