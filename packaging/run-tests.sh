#!/usr/bin/env bash
# The test job, from a fresh Debian 12 machine: install what is missing, build with warnings as
# errors, run every test (ctest, offscreen Qt platform). .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev -j2
