#!/usr/bin/env bash
# Ingest benchmark, a matrix of layouts: the same N calls (200,000 distinct numbers, handset and hex
# cell columns filled) written as carriers deliver them, one layout change each, every file imported
# end to end by dialtrace-cli alternating with sqlite3's own .import of the same file into a plain
# table; an xlsx of XLSX_ROWS of those calls; then a LEAK_ROWS-row leaked list in several layouts
# into an empty case and into the case of the calls. One row per layout: .import's time, the
# import's, their ratio, rows/s and peak RSS.
# Usage: [N=10000000] [ROUNDS=1] [LAYOUTS="seconds hms ..."] [XLSX_ROWS=1000000] [LEAK_ROWS=1000000]
#        [LEAK_LAYOUTS="plain gb18030 masked quoted xlsx"] [LEAK_CASE=CASE] [DATA=DIR] [CLI=dialtrace-cli]
#        bench_ingest.sh BUILD_DIR
#   DATA: where the generated files are kept (made once, reused by later runs: a before/after pair
#   runs on the same bytes); default a temporary folder removed at the end.
#   CLI: the binary measured (default BUILD_DIR/app/dialtrace-cli), e.g. a build of main for "before".
#   XLSX_ROWS=0 or LEAK_ROWS=0 leaves that part out.
#   LEAK_CASE: a case (e.g. of 10M calls, `sample --scale large`) the leaked list is also imported
#   into, a copy of it.
set -euo pipefail
BUILD="$1"
N="${N:-10000000}"; ROUNDS="${ROUNDS:-1}"
XLSX_ROWS="${XLSX_ROWS:-1000000}"; LEAK_ROWS="${LEAK_ROWS:-1000000}"
LAYOUTS="${LAYOUTS:-seconds hms hms-gb18030 slashed quoted fen-miao epoch}"
LEAK_LAYOUTS="${LEAK_LAYOUTS:-plain gb18030 masked quoted xlsx}"
CLI="${CLI:-$BUILD/app/dialtrace-cli}"
HERE="$(cd "$(dirname "$0")" && pwd)"
W=$(mktemp -d /tmp/dialtrace-bench-ingest.XXXXXX)
trap 'rm -rf "$W"' EXIT
D="${DATA:-$W}"; mkdir -p "$D"

# The calls: local numbers from a pool of 2,000, other parties from 198,000; a start every 3 s from
# 2026-03-01; durations up to 30 min (a tenth unanswered); a 15-digit IMEI, a LAC and a hex cell.
# LAYOUT picks how times and durations are written and whether fields are quoted.
gen() { # LAYOUT ROWS
  awk -v L="$1" -v N="$2" 'BEGIN {
    q = (L == "quoted") ? "\"" : ""
    h[1] = "本机号码"; h[2] = "对方号码"; h[3] = "呼叫类型"; h[4] = "开始时间"; h[5] = "通话时长"
    h[6] = "IMEI"; h[7] = "LAC"; h[8] = "CELLID"
    line = q h[1] q; for (k = 2; k <= 8; k++) line = line "," q h[k] q; print line
    for (i = 0; i < N; i++) {
      t = 1772294400 + i * 3 + i % 3
      if (L == "epoch") start = t
      else if (L == "slashed") {
        split(strftime("%Y %m %d %H %M %S", t, 1), p, " ")
        start = sprintf("%d/%d/%d %d:%s:%s", p[1], p[2], p[3], p[4], p[5], p[6])
      } else start = strftime("%Y-%m-%d %H:%M:%S", t, 1)
      d = (i % 10 == 0) ? 0 : (i * 37) % 1800
      if (L == "hms" || L == "hms-gb18030") dur = sprintf("%02d:%02d:%02d", int(d / 3600), int(d / 60) % 60, d % 60)
      else if (L == "fen-miao") dur = int(d / 60) "分" (d % 60) "秒"
      else dur = d
      f1 = 13800000000 + (i * 7919) % 2000; f2 = 13900000000 + (i * 104729) % 198000
      f3 = (i % 5 < 3) ? "主叫" : "被叫"
      f6 = sprintf("35912307%07d", (i * 31) % 2000); f7 = 20000 + i % 50; f8 = sprintf("%X", (i * 13) % 60000)
      printf "%s%.0f%s,%s%.0f%s,%s%s%s,%s%s%s,%s%s%s,%s%s%s,%s%s%s,%s%s%s\n", q, f1, q, q, f2, q, q, f3, q,
        q, start, q, q, dur, q, q, f6, q, q, f7, q, q, f8, q
    }
  }'
}
file_of() { echo "$D/cdr_$1_$N.csv"; }
for l in $LAYOUTS; do
  f=$(file_of "$l")
  [ -s "$f" ] && continue
  if [ "$l" = hms-gb18030 ]; then gen hms "$N" | iconv -f UTF-8 -t GB18030 > "$f"; else gen "$l" "$N" > "$f"; fi
done

secs() { echo "$2 - $1" | bc; }
printf "%-12s %10s %10s %10s %7s %11s %9s\n" layout rows ".import s" "import s" ratio "rows/s" "RSS MiB"
run_import() { # CASE FILE: times dialtrace-cli import into a fresh CASE; sets OURS and RSS
  rm -f "$1"*
  "$CLI" new "$1" >/dev/null
  sync
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$W/time" "$CLI" import "$1" "$2" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; return 1; }
  t1=$(date +%s.%N)
  OURS=$(secs "$t0" "$t1")
  RSS=$(( $(awk -F': ' '/Maximum resident set size/ { print $2 }' "$W/time") / 1024 ))
}
for l in $LAYOUTS; do
  f=$(file_of "$l")
  for r in $(seq "$ROUNDS"); do
    rm -f "$W/plain.db"
    sync
    t0=$(date +%s.%N)
    sqlite3 "$W/plain.db" ".mode csv" ".import $f cdr"
    t1=$(date +%s.%N)
    BASE=$(secs "$t0" "$t1")
    rm -f "$W/plain.db"
    run_import "$W/case_$l.dtcase" "$f"
    printf "%-12s %10d %10.2f %10.2f %6.2fx %11.0f %9d\n" "$l" "$N" "$BASE" "$OURS" \
      "$(echo "$OURS / $BASE" | bc -l)" "$(echo "$N / $OURS" | bc -l)" "$RSS"
  done
  [ "$l" = "$(echo "$LAYOUTS" | awk '{ print $1 }')" ] || rm -f "$W/case_$l.dtcase"*
done
echo "  (target: every delimited layout <= 0.50x .import at 10M rows, peak RSS < 1024 MiB)"

# An xlsx of the comma-separated lines on standard input (inline strings, one sheet), made with awk
# and zip: OUT.
make_xlsx() {
  rm -rf "$W/x" && mkdir -p "$W/x/_rels" "$W/x/xl/_rels" "$W/x/xl/worksheets"
  cat > "$W/x/[Content_Types].xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
EOF
  cat > "$W/x/_rels/.rels" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
EOF
  cat > "$W/x/xl/workbook.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
EOF
  cat > "$W/x/xl/_rels/workbook.xml.rels" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
EOF
  awk -F, 'BEGIN {
      print "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      print "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    }
    { sub(/\r$/, "")
      printf "<row r=\"%d\">", NR
      for (k = 1; k <= NF; k++) printf "<c r=\"%c%d\" t=\"inlineStr\"><is><t>%s</t></is></c>", 64 + k, NR, $k
      print "</row>" }
    END { print "</sheetData></worksheet>" }' > "$W/x/xl/worksheets/sheet1.xml"
  (cd "$W/x" && zip -q -X -r "$1" "[Content_Types].xml" _rels xl)
  rm -rf "$W/x"
}

# An xlsx of XLSX_ROWS of the same calls.
if [ "$XLSX_ROWS" -gt 0 ]; then
  X="$D/cdr_$XLSX_ROWS.xlsx"
  [ -s "$X" ] || gen seconds "$XLSX_ROWS" | make_xlsx "$X"
  run_import "$W/case_xlsx.dtcase" "$X"
  printf "%-12s %10d %10s %10.2f %7s %11.0f %9d  (target >= 150000 rows/s)\n" xlsx "$XLSX_ROWS" - "$OURS" - \
    "$(echo "$XLSX_ROWS / $OURS" | bc -l)" "$RSS"
  rm -f "$W/case_xlsx.dtcase"*
fi

# A LEAK_ROWS-row leaked list (the sample generator's insurance list, its rows repeated with distinct
# phones and valid ID numbers) in LEAK_LAYOUTS: as generated (UTF-8, CRLF), GB18030, phones and ID
# numbers masked (138****1234, 330109********0005), every field quoted, an xlsx. Each into an empty
# case and into a copy of the first layout's N-call case; the list as generated also into LEAK_CASE.
if [ "$LEAK_ROWS" -gt 0 ]; then
  LK="$D/leak_$LEAK_ROWS.csv"
  if [ ! -s "$LK" ]; then
    "$CLI" sample "$W/s" --scale 100000 >/dev/null
    awk -F, -v OFS=, -v N="$LEAK_ROWS" -f "$HERE/bigleak.awk" "$W/s/leak_insurance_giveaway.csv" > "$LK"
    rm -rf "$W/s"
  fi
  leak_file() { case "$1" in plain) echo "$LK" ;; xlsx) echo "$D/leak_$LEAK_ROWS.xlsx" ;; *) echo "$D/leak_$1_$LEAK_ROWS.csv" ;; esac; }
  for l in $LEAK_LAYOUTS; do
    f=$(leak_file "$l")
    [ -s "$f" ] && continue
    case "$l" in
      gb18030) iconv -f UTF-8 -t GB18030 "$LK" > "$f" ;;
      masked) tr -d '\r' < "$LK" | awk -F, -v OFS=, 'NR == 1 { print; next }
                { $3 = substr($3, 1, 3) "****" substr($3, 8); $4 = substr($4, 1, 6) "********" substr($4, 15); print }' |
                sed 's/$/\r/' > "$f" ;;
      quoted) tr -d '\r' < "$LK" | awk -F, -v OFS=, '{ for (k = 1; k <= NF; k++) $k = "\"" $k "\""; print }' |
                sed 's/$/\r/' > "$f" ;;
      xlsx) make_xlsx "$f" < "$LK" ;;
      *) echo "unknown leak layout $l" >&2; exit 2 ;;
    esac
  done
  leak() { # CASE LAYOUT LABEL
    sync
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -v -o "$W/time" "$CLI" import "$1" "$(leak_file "$2")" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; return 1; }
    t1=$(date +%s.%N)
    L=$(secs "$t0" "$t1")
    printf "leak %-8s into %-28s %8d rows %6.2f s %8.0f rows/s  peak RSS %d MiB  (target >= 300000 rows/s)\n" "$2" "$3" \
      "$LEAK_ROWS" "$L" "$(echo "$LEAK_ROWS / $L" | bc -l)" \
      "$(( $(awk -F': ' '/Maximum resident set size/ { print $2 }' "$W/time") / 1024 ))"
  }
  first=$(echo "$LAYOUTS" | awk '{ print $1 }')
  for l in $LEAK_LAYOUTS; do
    rm -f "$W/leak.dtcase"*
    "$CLI" new "$W/leak.dtcase" >/dev/null
    leak "$W/leak.dtcase" "$l" "an empty case"
    if [ -e "$W/case_$first.dtcase" ]; then # a copy: each list meets the calls alone
      rm -f "$W/leak.dtcase"*
      cp "$W/case_$first.dtcase" "$W/leak.dtcase"
      leak "$W/leak.dtcase" "$l" "the $N-call case"
    fi
  done
  rm -f "$W/leak.dtcase"*
  if [ -n "${LEAK_CASE:-}" ]; then # a copy: the case given is never written
    cp "$LEAK_CASE" "$W/given.dtcase"
    leak "$W/given.dtcase" plain "a copy of $(basename "$LEAK_CASE")"
    rm -f "$W/given.dtcase"*
  fi
fi
