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
