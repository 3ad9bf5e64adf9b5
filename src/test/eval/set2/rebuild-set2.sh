#!/usr/bin/env bash
# Rebuilds the second, unseen consistency corpus (issue 11) from secureIntent-git/teftst at the same pinned
# commit as the first corpus: one .txt per article listed in articles.tsv, no planted files.
#
#   src/test/eval/set2/rebuild-set2.sh [GIT_DIR] [OUT_DIR]     # default OUT_DIR: target/eval-corpus-set2
#
# GIT_DIR (or $EVAL_SOURCE_GIT): a git directory of that repository; without one it is cloned into
# target/eval-source.git. The output is checked against MANIFEST.sha256 here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
commit=4a4d0d81d2581e57152f1a15a52643512d5f7cbb
git_dir="${1:-${EVAL_SOURCE_GIT:-}}"
out="${2:-$root/target/eval-corpus-set2}"
if [ -z "$git_dir" ]; then
  git_dir="$root/target/eval-source.git"
  [ -d "$git_dir" ] || git clone --bare --quiet https://github.com/secureIntent-git/teftst "$git_dir"
fi
git --git-dir "$git_dir" cat-file -e "$commit^{commit}"
rm -rf "$out"
mkdir -p "$out"
python3 "$here/rebuild_set2.py" "$git_dir" "$commit" "$here/articles.tsv" "$out"
if [ -f "$here/MANIFEST.sha256" ]; then
  (cd "$out" && sha256sum --quiet -c "$here/MANIFEST.sha256")
fi
echo "$out: $(ls "$out" | wc -l) files"
