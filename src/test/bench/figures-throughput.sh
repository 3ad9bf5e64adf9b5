#!/usr/bin/env bash
# Times `figures --json` as a whole process on 16 MB of text made from seeds/ (one 16 MB file, and the seed
# articles repeated as ~2,000 files), plus a one-sentence file for JVM start-up. Prints wall seconds per run and
# the MB/s after start-up = MB / (median wall - median start-up wall). Public tools only (bash, GNU time, python3).
#   src/test/bench/figures-throughput.sh [RUNS] [JAVA_OPTIONS...]     (run from the project root, jar built)
# e.g. src/test/bench/figures-throughput.sh 5 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
set -euo pipefail
runs=${1:-5}
shift || true
jar=target/claimdesk.jar
work=${BENCH_DIR:-/tmp/claimdesk-figures-bench}
[ -f "$jar" ] || { echo "build first: mvn -q -o package -DskipTests" >&2; exit 2; }
mkdir -p "$work/many"

python3 - "$work" <<'PY'
import glob, os, sys
work = sys.argv[1]
target = 16 * 1024 * 1024
texts = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in sorted(glob.glob("seeds/*.txt"))]
one, size = [], 0
while size < target:
    for _, text in texts:
        block = (text.strip() + "\n\n").encode()
        one.append(block)
        size += len(block)
open(os.path.join(work, "one.txt"), "wb").write(b"".join(one))
size, i = 0, 0
while size < target:
    for name, text in texts:
        data = text.encode()
        open(os.path.join(work, "many", "%05d_%s" % (i, name)), "wb").write(data)
        size += len(data)
        i += 1
open(os.path.join(work, "tiny.txt"), "w").write("The ministry said 5 people died.\n")
PY

# Median wall seconds of $runs runs (after one warm-up) of: java "$@" -jar $jar figures --json FILES > /dev/null
median_wall() {
    java ${opts[@]+"${opts[@]}"} -jar "$jar" figures --json "$@" > /dev/null
    for _ in $(seq "$runs"); do
        /usr/bin/time -f %e -o "$work/t" java ${opts[@]+"${opts[@]}"} -jar "$jar" figures --json "$@" > /dev/null
        cat "$work/t"
    done | sort -n | awk '{w[NR] = $1} END {print w[int((NR + 1) / 2)]}'
}

opts=("$@")
startup=$(median_wall "$work/tiny.txt")
echo "JVM options: ${*:-none}; median of $runs runs"
echo "start-up (one sentence): ${startup} s"
for input in one many; do
    if [ "$input" = one ]; then files=("$work/one.txt"); else files=("$work"/many/*); fi
    mb=$(cat "${files[@]}" | wc -c | awk '{print $1 / 1e6}')   # MB = 10^6 bytes
    wall=$(median_wall "${files[@]}")
    awk -v n="$input" -v mb="$mb" -v w="$wall" -v s="$startup" \
        'BEGIN {printf "%-4s %.1f MB: %.2f s wall, %.1f MB/s after start-up\n", n, mb, w, mb / (w - s)}'
done
