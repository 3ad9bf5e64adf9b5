#!/usr/bin/env bash
# Scores the figure engine on the held-out sentences against the hand-written gold (issue 12; GOLD-FORMAT.md):
#   src/test/eval/figures/evaluate-figures.sh [BBC_GIT_DIR WIRE_GIT_DIR] [-v]
# Rebuilds target/figure-eval/sentences.tsv when it is missing (rebuild-sentences.sh, which takes the two git
# dirs), compiles the tests offline, runs claimdesk.bench.FigureEvaluation on the sentences and every gold-*.tsv in
# this folder, prints Markdown and saves the per-sentence results in target/figure-eval/results.json. Other
# arguments go to FigureEvaluation (-v: list every miss and false positive).
# FIGURE_EVAL_SENTENCES and FIGURE_EVAL_GOLD_DIR score other files (the test fixture, set 2) with the same steps;
# FIGURE_EVAL_RESULTS puts their per-sentence results elsewhere, so set 1's results.json is not overwritten.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
cd "$root"
git_dirs=()
if [ $# -ge 2 ] && [ "${1#-}" = "$1" ] && [ "${2#-}" = "$2" ]; then
  git_dirs=("$1" "$2")
  shift 2
fi
sentences="${FIGURE_EVAL_SENTENCES:-target/figure-eval/sentences.tsv}"
gold_dir="${FIGURE_EVAL_GOLD_DIR:-$here}"
results="${FIGURE_EVAL_RESULTS:-target/figure-eval/results.json}"
if [ -z "${FIGURE_EVAL_SENTENCES:-}" ]; then
  if [ ! -f "$sentences" ]; then
    "$here/rebuild-sentences.sh" ${git_dirs[@]+"${git_dirs[@]}"}
  fi
  (cd "$(dirname "$sentences")" && sha256sum --quiet -c "$here/sentences.sha256") \
    || echo "warning: $sentences differs from sentences.sha256" >&2
fi
shopt -s nullglob
gold=("$gold_dir"/gold-*.tsv)
if [ ${#gold[@]} -eq 0 ]; then
  echo "no gold files ($gold_dir/gold-*.tsv)" >&2
  exit 1
fi
mvn -q -o -B test-compile > /dev/null
# FigureEvaluation needs only the JDK and the app's own classes, so when the dependency plugin cannot resolve
# offline (it is not in every local repository) the two class folders are enough.
cp="target/test-classes:target/classes"
mkdir -p target/figure-eval "$(dirname "$results")"
if mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/figure-eval/classpath.txt > /dev/null 2>&1; then
  cp="$cp:$(cat target/figure-eval/classpath.txt)"
fi
echo "## Figure evaluation ($(git rev-parse --short HEAD), $(date -u +%Y-%m-%d); gold: $(cd "$gold_dir" && echo gold-*.tsv))"
echo
java -cp "$cp" claimdesk.bench.FigureEvaluation "$sentences" "${gold[@]}" --json "$results" "$@"
