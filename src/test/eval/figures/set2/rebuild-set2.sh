#!/usr/bin/env bash
# Rebuilds set 2 of the held-out figure sentences (issue 12): 200 sentences from the same two repositories and
# commits as set 1 (../rebuild-sentences.sh), walked in the order of a salted hash of the source path, so no
# sentence is chosen by what the figure engine makes of it. Every article of set 1 and of the consistency corpus
# (../../articles.tsv) is left out, and so is every sentence text of set 1 (the wire repeats stories across
# outlets). Mix: 16 + 2 sentences per BBC section (with / without a number-like word) and 99 + 11 from the wire.
# The text belongs to its publishers, so it is not committed; sentences.sha256 holds the sum of the rebuilt file.
#
#   src/test/eval/figures/set2/rebuild-set2.sh [BBC_GIT_DIR WIRE_GIT_DIR] [OUT_FILE]
#
# OUT_FILE defaults to target/figure-eval-set2/sentences.tsv. Set 1 (target/figure-eval/sentences.tsv) is
# rebuilt first when it is missing, with the same git dirs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
figures="$(cd "$here/.." && pwd)"
root="$(cd "$figures/../../../.." && pwd)"
bbc_commit=f0ee062afc877254b3283731e8eff33dee78dfd4
wire_commit=4a4d0d81d2581e57152f1a15a52643512d5f7cbb
bbc_git="${1:-$root/target/figure-eval-bbc.git}"
wire_git="${2:-$root/target/eval-source.git}"
out="${3:-$root/target/figure-eval-set2/sentences.tsv}"
set1="$root/target/figure-eval/sentences.tsv"
[ -f "$set1" ] || "$figures/rebuild-sentences.sh" "$bbc_git" "$wire_git" "$set1"
(cd "$(dirname "$set1")" && sha256sum --quiet -c "$figures/sentences.sha256") \
  || { echo "$set1 differs from set 1 (../sentences.sha256); rebuild it first" >&2; exit 1; }
git --git-dir "$bbc_git" cat-file -e "$bbc_commit^{commit}"
git --git-dir "$wire_git" cat-file -e "$wire_commit^{commit}"
mkdir -p "$(dirname "$out")"
python3 "$figures/select_sentences.py" "$bbc_git" "$bbc_commit" "$wire_git" "$wire_commit" \
  "$figures/../articles.tsv" "$out" \
  --salt 'claimdesk figure set 2:' --bbc-counts 16 2 --wire-counts 99 11 \
  --exclude "$set1:4" --exclude-sentences "$set1:5" --id-prefix t
expected="$(cut -d' ' -f1 "$here/sentences.sha256" 2>/dev/null || true)"
actual="$(sha256sum "$out" | cut -d' ' -f1)"
if [ "$expected" != "$actual" ]; then
  echo "sentences differ from the committed set 2: sha256 $actual, expected ${expected:-none}" >&2
  exit 1
fi
echo "$out: $(grep -vc '^#' "$out") sentences"
