#!/bin/sh
# Makes the example exports in this folder from the synthetic sample case (seed 2026, small), with the
# dialtrace-cli of a build: docs/examples/make-examples.sh build/release/bin/dialtrace-cli
set -eu
CLI=$(realpath "${1:?usage: $0 PATH/TO/dialtrace-cli}")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
F="$WORK/sample"
C="$WORK/sample.dtcase"
"$CLI" sample "$F" --seed 2026 --scale small >/dev/null
"$CLI" new "$C" --title "Sample case (synthetic demo data)" >/dev/null
"$CLI" import "$C" "$F/cdr_carrier.csv" "$F/complaints_12321.csv" >/dev/null
"$CLI" import "$C" "$F/pbx_master.csv" --clock-offset -317 >/dev/null
"$CLI" import "$C" "$F/leak_insurance_giveaway.csv" --acquired 2026-06-15 >/dev/null
"$CLI" import "$C" "$F/leak_loan_app_users.txt" --acquired 2026-07-20 >/dev/null
"$CLI" import "$C" "$F/leak_property_owners.xlsx" --acquired 2026-05-10 >/dev/null
"$CLI" import "$C" "$F/leak_resold_compilation.csv" --acquired 2026-08-20 >/dev/null
"$CLI" import "$C" "$F/leak_education_parents.csv" --acquired 2026-08-01 >/dev/null
"$CLI" analyze "$C" >/dev/null
# The whole latest run, each operator number with up to 5 counterparts one by one (the rest one
# aggregate node each), so the examples stay small.
"$CLI" export "$C" --format anx --out "$HERE/sample.anx" --hub-limit 5
"$CLI" export "$C" --format graphml --out "$HERE/sample.graphml" --hub-limit 5
"$CLI" export "$C" --format gexf --out "$HERE/sample.gexf" --hub-limit 5
rm -rf "$HERE/sample-csv"
"$CLI" export "$C" --format csv --out "$HERE/sample-csv" --hub-limit 5
