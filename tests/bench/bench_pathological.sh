#!/usr/bin/env bash
# Pathological inputs (issue 30): files without a line break, MB MiB each, imported as a call log,
# as a leaked list (a field every two bytes) and as one line of numbers; each must be refused or
# rejected in time linear in its size and bounded memory. Reported per file: exit status, wall
# time, peak RSS, and the first line of the message. Run at two sizes to see linearity.
# Usage: bench_pathological.sh BUILD_DIR [MB]   (MB default 200)
set -euo pipefail
BUILD="$1"; MB="${2:-200}"
CLI="$BUILD/app/dialtrace-cli"
W=$(mktemp -d /tmp/dialtrace-bench-patho.XXXXXX)
trap 'rm -rf "$W"' EXIT
export DIALTRACE_KEY_DIR="$W/keys"
BYTES=$((MB * 1024 * 1024))
set +o pipefail # yes and tr end on SIGPIPE once head has its bytes
{ printf '主叫号码,被叫号码,开始时间,通话时长\n'; head -c "$BYTES" /dev/zero | tr '\0' '7'; } >"$W/calls.csv"
{ printf '姓名,手机号\n'; yes '1,' | head -c "$BYTES" | tr -d '\n'; } >"$W/leak.csv"
yes 13800000000, | head -c "$BYTES" | tr -d '\n' >"$W/numbers.csv"
set -o pipefail
for f in calls leak numbers; do
  "$CLI" new "$W/$f.dtcase" >/dev/null
  sync
  rc=0
  /usr/bin/time -f "%e %M" -o "$W/time" "$CLI" import "$W/$f.dtcase" "$W/$f.csv" >/dev/null 2>"$W/err" || rc=$?
  read -r secs kb < <(tail -n 1 "$W/time")
  printf "  %-8s %4d MiB: exit %d, %6.2f s, peak RSS %4d MiB: %s\n" "$f" "$MB" "$rc" "$secs" "$((kb / 1024))" \
    "$(head -c 160 "$W/err" | head -n 1)"
done
