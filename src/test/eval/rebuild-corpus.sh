#!/usr/bin/env bash
# Rebuilds the evaluation corpus (issue 11) from the public repository secureIntent-git/teftst, a 2016 export of a
# news-aggregator blog whose posts hold wire and newspaper stories (Reuters, AP, CNN, NBC, ...) with their dates.
# The article text is not ours to commit, so this script rebuilds it: one .txt per article (front matter with
# date and title, then the text with its HTML removed) plus the planted copies listed in rebuild_corpus.py.
#
#   src/test/eval/rebuild-corpus.sh [GIT_DIR] [OUT_DIR]
#
# GIT_DIR (or $EVAL_SOURCE_GIT): a git directory of that repository holding the pinned commit; without one the
# repository is cloned from https://github.com/secureIntent-git/teftst into target/eval-source.git.
# OUT_DIR (or $EVAL_CORPUS): default target/eval-corpus. The output is byte-identical from run to run; its sha256
# sums are in src/test/eval/MANIFEST.sha256:
#   (cd target/eval-corpus && sha256sum -c ../../src/test/eval/MANIFEST.sha256)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
commit=4a4d0d81d2581e57152f1a15a52643512d5f7cbb
git_dir="${1:-${EVAL_SOURCE_GIT:-}}"
out="${2:-${EVAL_CORPUS:-$root/target/eval-corpus}}"
if [ -z "$git_dir" ]; then
  git_dir="$root/target/eval-source.git"
  if [ ! -d "$git_dir" ]; then
    git clone --bare --quiet https://github.com/secureIntent-git/teftst "$git_dir"
  fi
fi
git --git-dir "$git_dir" cat-file -e "$commit^{commit}"
rm -rf "$out"
mkdir -p "$out"
python3 "$here/rebuild_corpus.py" "$git_dir" "$commit" "$here/articles.tsv" "$out"
