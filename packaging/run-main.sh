#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine: install what is missing, build a release, then open
# the GUI on the bundled sample case, or, without a display, run the CLI pipeline over it.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
BIN=build/release/app
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN/dialtrace" --sample
fi
echo "No display: running the command-line pipeline over the sample case."
WORK="${DIALTRACE_DEMO_DIR:-$(mktemp -d /tmp/dialtrace-demo.XXXXXX)}"
"$BIN/dialtrace-cli" sample "$WORK/files" --seed 2026 --scale small
"$BIN/dialtrace-cli" new "$WORK/demo.dtcase" --title "Sample case (synthetic demo data)"
"$BIN/dialtrace-cli" info "$WORK/demo.dtcase"
"$BIN/dialtrace-cli" verify "$WORK/demo.dtcase"
echo "Case left at $WORK/demo.dtcase"
