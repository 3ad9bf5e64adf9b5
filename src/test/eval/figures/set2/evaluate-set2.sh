#!/usr/bin/env bash
# Scores the figure engine on set 2 of the held-out sentences (issue 12; README.md here):
#   src/test/eval/figures/set2/evaluate-set2.sh [BBC_GIT_DIR WIRE_GIT_DIR] [-v]
# Rebuilds target/figure-eval-set2/sentences.tsv when it is missing (rebuild-set2.sh, which takes the two git
# dirs), checks it against sentences.sha256, then runs the same scorer as set 1 (../evaluate-figures.sh) on it
# and gold-d.tsv. Per-sentence results go to target/figure-eval-set2/results.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
cd "$root"
git_dirs=()
if [ $# -ge 2 ] && [ "${1#-}" = "$1" ] && [ "${2#-}" = "$2" ]; then
  git_dirs=("$1" "$2")
  shift 2
fi
sentences=target/figure-eval-set2/sentences.tsv
[ -f "$sentences" ] || "$here/rebuild-set2.sh" ${git_dirs[@]+"${git_dirs[@]}"}
(cd "$(dirname "$sentences")" && sha256sum --quiet -c "$here/sentences.sha256") \
  || { echo "$sentences differs from set2/sentences.sha256; delete it and rebuild" >&2; exit 1; }
FIGURE_EVAL_SENTENCES="$sentences" FIGURE_EVAL_GOLD_DIR="$here" \
  FIGURE_EVAL_RESULTS=target/figure-eval-set2/results.json "$here/../evaluate-figures.sh" "$@"
