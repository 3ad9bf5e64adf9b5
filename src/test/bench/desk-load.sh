#!/usr/bin/env bash
# The desk under load (issue 13): 20 simulated reviewers save claims and sources for 5 minutes against one local
# PostgreSQL, then every acknowledged write is checked to be stored. Prints the machine and a Markdown summary;
# exits 1 when an acknowledged write is missing. Needs PostgreSQL's server binaries (as the store tests do) unless
# CLAIMDESK_DB names a server (with PGUSER/PGPASSWORD).
#   src/test/bench/desk-load.sh [JAVA_OPTIONS...]        (run from the project root)
# e.g. src/test/bench/desk-load.sh -Dduration=30         (a quick run; also -Dreviewers=N, -Dseed=N)
set -euo pipefail
mvn -q -o -B test-compile > /dev/null
mkdir -p target/desk-load
# The store, Jdbi, Flyway and the PostgreSQL driver come from the dependency classpath; PostgresCluster also needs
# JUnit's API on it. Offline, dependency:build-classpath only works once the plugin is in the local repository.
if ! mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/desk-load/classpath.txt > /dev/null 2>&1 \
   && ! mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/desk-load/classpath.txt > /dev/null; then
  echo "cannot build the dependency classpath (mvn dependency:build-classpath)" >&2
  exit 2
fi
cp="target/test-classes:target/classes:$(cat target/desk-load/classpath.txt)"
# Flyway logs each store's schema check (21 stores); only warnings go through, so the summary stays readable.
printf '%s\n' 'handlers=java.util.logging.ConsoleHandler' '.level=WARNING' > target/desk-load/logging.properties
pg=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
echo "## Desk load ($(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), \
$(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(uname -sr); $("${pg:-/usr/bin}"/postgres --version 2>/dev/null \
|| echo 'PostgreSQL version unknown'); JVM options: ${*:-none}."
echo
# Other work on the machine competes with the desk for its cores; the load average shows how much there was.
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
status=0
/usr/bin/time -f '%e %U %S' -o target/desk-load/time.txt \
    java -Djava.util.logging.config.file=target/desk-load/logging.properties "$@" -cp "$cp" \
    claimdesk.bench.DeskLoadBenchmark || status=$?
echo
# The JVM's CPU time covers the reviewers, the import and the check, but not the PostgreSQL server's processes.
# time's last line holds the numbers (a line before it says so when the benchmark failed).
tail -1 target/desk-load/time.txt | awk '{printf "Benchmark JVM: %.0f s wall, %.0f s CPU (user + system, cluster " \
    "start and check included).\n", $1, $2 + $3}'
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
exit $status
