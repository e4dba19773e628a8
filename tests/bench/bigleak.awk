# A list of N rows in the layout of the sample generator's insurance list (the input): its rows
# repeated with distinct phones and distinct, valid ID numbers (checksum recomputed), as in a large
# resold compilation. Usage: awk -F, -v OFS=, -v N=ROWS -f bigleak.awk leak_insurance_giveaway.csv
BEGIN { split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); cc = "10X98765432" }
NR == 1 { print; next }
{ rows[++n] = $0 }
END {
  for (i = 1; i <= N; i++) {
    split(rows[(i - 1) % n + 1], f, ",")
    f[1] = i
    f[3] = substr(f[3], 1, 4) sprintf("%07d", (i * 7919) % 10000000)
    base = substr(f[4], 1, 14) sprintf("%03d", int((i - 1) / n) % 1000)
    s = 0
    for (k = 1; k <= 17; k++) s += substr(base, k, 1) * w[k]
    f[4] = base substr(cc, s % 11 + 1, 1)
    print f[1], f[2], f[3], f[4], f[5], f[6], f[7]
  }
}
