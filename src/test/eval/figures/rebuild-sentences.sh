#!/usr/bin/env bash
# Rebuilds the held-out sentences of the figure evaluation (issue 12) from two public repositories of news text:
#   ZitRos/news-articles-dataset (BBC News stories of 2004-2005 in five sections: business, entertainment,
#   politics, sport, tech) and secureIntent-git/teftst (a 2016 news-aggregator export of wire and network
#   stories: Reuters, AP, CNN, ...). The text belongs to its publishers, so it is not committed; this script
#   rebuilds it, byte for byte (sentences.sha256 holds the sum).
#
#   src/test/eval/figures/rebuild-sentences.sh [BBC_GIT_DIR WIRE_GIT_DIR] [OUT_FILE]
#
# Without git directories both repositories are cloned into target/. OUT_FILE defaults to
# target/figure-eval/sentences.tsv. The 30 articles of the consistency evaluation (../articles.tsv) are left out.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
bbc_commit=f0ee062afc877254b3283731e8eff33dee78dfd4
wire_commit=4a4d0d81d2581e57152f1a15a52643512d5f7cbb
bbc_git="${1:-$root/target/figure-eval-bbc.git}"
wire_git="${2:-$root/target/eval-source.git}"
out="${3:-$root/target/figure-eval/sentences.tsv}"
[ -d "$bbc_git" ] || git clone --bare --quiet https://github.com/ZitRos/news-articles-dataset "$bbc_git"
[ -d "$wire_git" ] || git clone --bare --quiet https://github.com/secureIntent-git/teftst "$wire_git"
git --git-dir "$bbc_git" cat-file -e "$bbc_commit^{commit}"
git --git-dir "$wire_git" cat-file -e "$wire_commit^{commit}"
mkdir -p "$(dirname "$out")"
python3 "$here/select_sentences.py" "$bbc_git" "$bbc_commit" "$wire_git" "$wire_commit" "$here/../articles.tsv" "$out"
expected="$(cut -d' ' -f1 "$here/sentences.sha256")"
actual="$(sha256sum "$out" | cut -d' ' -f1)"
if [ "$expected" != "$actual" ]; then
  echo "sentences differ from the committed set: sha256 $actual, expected $expected" >&2
  exit 1
fi
echo "$out: $(grep -vc '^#' "$out") sentences"
