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
CLI="$BIN/dialtrace-cli"
F="$WORK/files"
"$CLI" sample "$F" --seed 2026 --scale small
"$CLI" new "$WORK/demo.dtcase" --title "Sample case (synthetic demo data)"
"$CLI" import "$WORK/demo.dtcase" "$F/cdr_carrier.csv" "$F/complaints_12321.csv"
"$CLI" import "$WORK/demo.dtcase" "$F/pbx_master.csv" --clock-offset -317      # the seized PBX's clock ran 317 s fast
"$CLI" import "$WORK/demo.dtcase" "$F/leak_insurance_giveaway.csv" --acquired 2026-06-15
"$CLI" import "$WORK/demo.dtcase" "$F/leak_loan_app_users.txt" --acquired 2026-07-20
"$CLI" import "$WORK/demo.dtcase" "$F/leak_property_owners.xlsx" --acquired 2026-05-10
"$CLI" import "$WORK/demo.dtcase" "$F/leak_resold_compilation.csv" --acquired 2026-08-20
"$CLI" import "$WORK/demo.dtcase" "$F/leak_education_parents.csv" --acquired 2026-08-01
"$CLI" info "$WORK/demo.dtcase"
"$CLI" analyze "$WORK/demo.dtcase"
echo "Suspect numbers (score, category, reasons):"
"$CLI" findings "$WORK/demo.dtcase" | cut -c1-160
echo "Measured against the sample's ground truth:"
"$CLI" evaluate "$WORK/demo.dtcase" --truth "$F/truth.json" |
  grep -E '"(f1|precision|recall|adjusted_rand_index|purity|true_list_first|operators_checked|lineage_found|decoy_edges)"'
"$CLI" report "$WORK/demo.dtcase" --out "$WORK/report.pdf"                  # Chinese, for a prosecutor
"$CLI" report "$WORK/demo.dtcase" --out "$WORK/report-en.html" --lang en --audience trainer
"$CLI" verify "$WORK/report.pdf"
"$CLI" verify "$WORK/demo.dtcase"
echo "Case left at $WORK/demo.dtcase (ground truth: $F/truth.json); reports $WORK/report.pdf, $WORK/report-en.html"
