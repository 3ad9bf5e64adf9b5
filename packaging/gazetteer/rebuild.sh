#!/usr/bin/env bash
# Rebuilds src/main/resources/claimdesk/analysis/lexicon/gazetteer.tsv from pinned GeoNames extracts.
#   packaging/gazetteer/rebuild.sh [WORK_DIR]
# GeoNames data (https://www.geonames.org, CC BY 4.0) as committed to two public repositories; the files
# themselves are GeoNames dumps, unchanged. The extract checks below fail loudly if a copy differs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d)}"
fetch() {  # repo commit path out
  local dir="$work/$(echo "$1" | tr / +).git"
  [ -d "$dir" ] || git clone --bare --quiet "https://github.com/$1" "$dir"
  git --git-dir "$dir" show "$2:$3" > "$work/$4"
}
fetch GetTogetherComm/GetTogether 6dd4fc282234f19cbacc5bba6e79b12371dae9a0 countryInfo.txt countryInfo.txt
fetch GetTogetherComm/GetTogether b206a465ed0578877b43cbabc7ec080ebd98d465 admin1CodesASCII.txt admin1CodesASCII.txt
fetch CliveEvans/lucene-spike 51cf9061f2792e306b74211dfa02c8bcd8786949 cities15000.txt cities15000.txt
(cd "$work" && sha256sum --quiet -c - <<'SUMS'
9638057f282051fb60d84bc2977bcde1287a80fee784675ddc7b283269841fab  countryInfo.txt
0613b23f234dcc67ac3faf2b4aeeb18d860fcc888c644aa2d5891dbd14a7d95a  admin1CodesASCII.txt
e0881a7718acb81dfb443510f554aeef4f9b371bc2f0f9ce36dfc53ac3a75b35  cities15000.txt
SUMS
)
python3 "$here/build_gazetteer.py" "$work/countryInfo.txt" "$work/admin1CodesASCII.txt" "$work/cities15000.txt"
