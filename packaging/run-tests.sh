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
