#!/usr/bin/env bash
# Scores the current checker against the hand-written gold: the news corpus (real and planted runs) and the seeds.
#   src/test/eval/evaluate.sh [GIT_DIR_OF_secureIntent-git/teftst]
# Rebuilds target/eval-corpus when it is missing (see rebuild-corpus.sh), compiles, runs the checker in-process
# (target/claimdesk.jar's own `check --json ...`), saves its JSON in target/eval-out/ and prints
# Markdown tables. Extra arguments after the git dir go to ConsistencyEvaluation for the corpus run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"
if [ ! -f target/eval-corpus/c01-a1.txt ]; then
  "$here/rebuild-corpus.sh" "${1:-}"
fi
(cd target/eval-corpus && sha256sum --quiet -c "$here/MANIFEST.sha256") || echo "warning: corpus differs from MANIFEST"
# -DskipTests still compiles the tests; the shaded jar carries the app and its libraries.
mvn -q -o package -DskipTests > /dev/null
cp="target/test-classes:target/claimdesk.jar"
echo "## News corpus ($(git rev-parse --short HEAD), $(date -u +%Y-%m-%d))"
java -cp "$cp" claimdesk.bench.ConsistencyEvaluation target/eval-corpus "$here/gold.tsv" \
  --save-json target/eval-out/corpus "${@:2}"
echo
echo "## Seeds"
java -cp "$cp" claimdesk.bench.ConsistencyEvaluation seeds "$here/seeds-gold.tsv" --save-json target/eval-out/seeds
