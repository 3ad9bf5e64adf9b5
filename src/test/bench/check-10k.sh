#!/usr/bin/env bash
# Times `check --json` as a whole process on N article files made from seeds/ (one file each, the seed texts with
# their counts varied per copy so that no two files are the same article), for N = 2,500, 5,000 and 10,000 unless
# sizes are given. Prints wall seconds, peak RSS and the number of findings per N, and the seconds per 1,000 files,
# so growth can be judged. Public tools only (bash, GNU time, python3).
#   src/test/bench/check-10k.sh [N ...]        (run from the project root; builds target/claimdesk.jar if absent)
# JAVA_OPTS, if set, goes to the JVM; BENCH_DIR (default /tmp/claimdesk-check-bench) holds the files and outputs.
set -euo pipefail
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2500 5000 10000)
jar=target/claimdesk.jar
work=${BENCH_DIR:-/tmp/claimdesk-check-bench}
[ -f "$jar" ] || mvn -q -o package -DskipTests
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

# Copy i is seed i mod 5. Each count in it (a number with a thousands comma, or of 3+ digits that is not a year)
# is scaled by a factor in [0.80, 1.30) drawn from (i, position), keeping its format; a copy whose text came out
# like an earlier one's gets i added to its first count. Percentages, days and years stay, so dates still parse.
generate() {
    python3 - "$1" "$2" <<'PY'
import glob, os, re, sys
n, folder = int(sys.argv[1]), sys.argv[2]
os.makedirs(folder, exist_ok=True)
seeds = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in sorted(glob.glob("seeds/*.txt"))]
count = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)|(?<![\d.,])\d{3,}(?![\d.,]*\d)")
def varied(text, i, bump):
    k = 0
    def swap(m):
        nonlocal k
        raw = m.group(0)
        value = int(raw.replace(",", ""))
        if "," not in raw and 1900 <= value <= 2099:
            return raw
        k += 1
        factor = 0.80 + ((i * 7919 + k * 104729) % 50) / 100
        new = max(1, round(value * factor)) + (i if bump and k == 1 else 0)
        return f"{new:,}" if "," in raw else str(new)
    return count.sub(swap, text)
seen = set()
for i in range(n):
    name, text = seeds[i % len(seeds)]
    out = varied(text, i, False)
    if out in seen:
        out = varied(text, i, True)
    seen.add(out)
    with open(os.path.join(folder, "%05d_%s" % (i, name)), "w", encoding="utf-8") as f:
        f.write(out)
PY
}

echo "JVM options: ${JAVA_OPTS:-none}; $(nproc) processors; $(java -version 2>&1 | head -1)"
# CPU seconds (user + sys) are printed beside wall seconds: on a shared machine the wall time mostly measures
# the other processes, the CPU time much less so. The load average at the start of each run says how busy it was.
printf '%8s %8s %8s %12s %9s %13s %6s\n' files "wall s" "cpu s" "peak RSS MB" findings "cpu s/1,000" load
for n in "${sizes[@]}"; do
    dir="$work/articles-$n"
    [ -d "$dir" ] && [ "$(ls "$dir" | wc -l)" -eq "$n" ] || { rm -rf "$dir"; generate "$n" "$dir"; }
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$work/time-$n.txt" java ${JAVA_OPTS:-} -jar "$jar" check --json "$dir"/*.txt \
        > "$work/out-$n.json" 2> "$work/err-$n.txt" || echo "exit $? for $n files; see $work/err-$n.txt" >&2
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s}' "$work/time-$n.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time-$n.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$work/time-$n.txt")
    findings=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/out-$n.json" 2>/dev/null || echo "?")
    awk -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" -v f="$findings" -v l="$load" \
        'BEGIN {printf "%8d %8.1f %8.1f %12d %9s %13.2f %6s\n", n, w, c, r, f, c / n * 1000, l}'
done
