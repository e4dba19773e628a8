#!/usr/bin/env bash
# The test job, from a fresh Debian 12 machine: install what is missing, build with warnings as
# errors, run every test (ctest, offscreen Qt platform), then build and run them all again under
# AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset). .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
for preset in dev asan; do
  echo "== $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" -j2
done
# Every reader's libFuzzer target, seeded with the real fixtures, for a short run each (the long
# runs are tests/fuzz/run.sh with a longer time; figures in docs/benchmarks.md).
echo "== fuzz"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/run.sh "${DT_FUZZ_SECONDS:-20}"
