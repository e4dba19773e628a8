#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset, each seeded with the real fixtures of its kind
# (../shared/fixtures/real) and the corpus it grew before (build/fuzz/corpus/NAME, kept between
# runs), for SECONDS each (default 60). A crash stops the run: the input that caused it is written to
# build/fuzz/crashes/ (it goes into tests/data/fuzz/ as a regression test once fixed).
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      e.g. tests/fuzz/run.sh 3600 csv xlsx
# Build first: cmake --preset fuzz && cmake --build --preset fuzz
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx html json phonedb leak gzip)
fixtures=${DT_FIXTURES_DIR:-../shared/fixtures/real}
bin=build/fuzz/tests/fuzz
mkdir -p build/fuzz/crashes
seed() { # NAME: the fixtures a target starts from
  case $1 in
    csv) find "$fixtures" -name '*.csv' -size -1000k ;;
    xlsx) find "$fixtures" -name '*.xlsx' -size -2000k ;;
    html) find "$fixtures" -name '*.html' -size -1000k ;;
    json) find "$fixtures" -name '*.json' -size -1000k ;;
    phonedb) find "$fixtures" \( -name '*.db' -o -name '*.storedata' \) -size -2000k ;;
    leak) find "$fixtures" -path '*pii*' -size -1000k -type f ;;
    gzip) ;;
  esac 2>/dev/null || true
}
for t in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$t
  mkdir -p "$corpus"
  while IFS= read -r f; do [ -n "$f" ] && cp -n "$f" "$corpus/" ; done < <(seed "$t")
  if [ "$t" = gzip ] && [ -z "$(ls -A "$corpus")" ]; then
    for f in $(seed csv | head -5); do gzip -c "$f" > "$corpus/$(basename "$f").gz"; done
  fi
  echo "== fuzz_$t: $seconds s, $(ls "$corpus" | wc -l) inputs in the corpus"
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 QT_QPA_PLATFORM=offscreen \
    "$bin/fuzz_$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=262144 \
      -artifact_prefix=build/fuzz/crashes/fuzz_$t- -print_final_stats=1 "$corpus" 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' || true
  if ls build/fuzz/crashes/fuzz_$t-* >/dev/null 2>&1; then
    echo "fuzz_$t found a crash: build/fuzz/crashes/" >&2
    exit 1
  fi
done
