#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rebuilds src/main/resources/claimdesk/analysis/lexicon/gazetteer.tsv from GeoNames extracts.

    packaging/gazetteer/build_gazetteer.py COUNTRY_INFO ADMIN1 CITIES [OUT]

COUNTRY_INFO is GeoNames countryInfo.txt, ADMIN1 admin1CodesASCII.txt, CITIES cities15000.txt (all CC BY 4.0,
https://www.geonames.org). extra-places.tsv and demonyms.tsv next to this script are written by hand.
rebuild.sh fetches the pinned copies. Output lines, in priority order (the loader lets the first key that
claims a name keep it): key, parent key (empty for a country), names separated by "|", demonyms ("|").
Keys and names are lower case; keys join words with "-". Cities keep only those a news story names:
100,000 people or more, capitals and provincial seats.
"""
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_CITY = 100_000
SEATS = {"PPLC", "PPLA"}
ADMIN_PREFIXES = ("muhafazat ", "ostan-e ", "state of ", "province of ", "provincia de ", "provincia di ",
                  "departamento de ", "wilayat ", "region of ")
ADMIN_SUFFIXES = (" province", " governorate", " oblast", " region", " prefecture", " state", " district",
                  " county", " department", " voivodeship")
OBSOLETE = {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles: countries no longer.
# City names that are also common English words, read far more often as the word ("Reading said", "a Nice
# touch"): the place keeps its key but is never matched by that name.
COMMON_WORDS = {"reading", "sale", "nice", "mobile", "split", "van", "most", "surprise", "independence",
                "orange", "concord", "providence", "victoria", "temple", "mission", "hope", "ocean", "bury",
                "deal", "goes", "same", "police", "of", "kent", "gary", "lawrence", "elizabeth", "march",
                "marion", "union", "enterprise", "centre", "center", "federal", "capital", "eastern", "western",
                "northern", "southern", "central", "north", "south", "east", "west", "national", "lakes",
                "islands", "coast", "upper", "lower", "interior", "littoral", "plateau", "river", "delta",
                "mountain", "highlands", "lagoons", "savanes", "sud", "nord", "est", "ouest", "centro"}
ARTICLES = ("al ", "an ", "ar ", "as ", "ash ", "ad ", "at ", "az ", "el ")


def ascii_lower(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("\u2019", "'").replace("`", "'").lower().split())


def key_of(name):
    return ascii_lower(name).replace(" ", "-")


def names_of(*written):
    names = []
    for w in written:
        for n in (" ".join(w.lower().split()), ascii_lower(w)):
            if n and n not in names and "|" not in n:
                names.append(n)
    return names


def admin_names(name, ascii_name):
    names = names_of(name, ascii_name)
    for n in list(names):
        short = n
        for p in ADMIN_PREFIXES:
            if short.startswith(p):
                short = short[len(p):]
        for s in ADMIN_SUFFIXES:
            if short.endswith(s) and len(short) > len(s) + 2:
                short = short[: -len(s)]
        short = short.strip("'")
        for a in ARTICLES:
            if short.startswith(a) and len(short) > len(a) + 3:
                names.append(short[len(a):])
        names.append(short)
    return list(dict.fromkeys(n for n in names if len(n) > 2))


def rows(path):
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def main(country_info, admin1, cities, out):
    lines = []
    taken = set()
    demonyms = {f[0]: f[1] for f in rows(HERE / "demonyms.tsv")}

    def add(key, parent, names, dem=""):
        taken.add(key)
        names = [n for n in dict.fromkeys(names + aliases.get(key, [])) if n not in COMMON_WORDS]
        lines.append("\t".join([key, parent, "|".join(names), dem]))

    aliases = {f[0]: f[2].split("|") for f in rows(HERE / "extra-places.tsv") if f[1] == "="}
    extras = [f for f in rows(HERE / "extra-places.tsv") if f[1] != "="]
    extra_keys = {f[0] for f in extras}
    countries = {}
    for f in sorted(rows(country_info), key=lambda f: -int(f[7] or 0)):
        if f[0] not in OBSOLETE:
            countries[f[0]] = key_of(f[4])
    for f in extras:
        add(f[0], f[1], f[2].split("|"), demonyms.get(f[0], ""))
    for f in sorted(rows(country_info), key=lambda f: -int(f[7] or 0)):
        key = countries.get(f[0])
        if key and key not in extra_keys:
            add(key, "", names_of(f[4]), demonyms.get(key, ""))
    admins = {}
    by_country_pop = {f[0]: int(f[7] or 0) for f in rows(country_info)}
    for f in sorted(rows(admin1), key=lambda f: (-by_country_pop.get(f[0][:2], 0), f[0])):
        cc = f[0][:2]
        if cc not in countries:
            continue
        key = key_of(f[2])
        if key in taken:
            key = key + "~" + cc.lower()
        if key in taken:
            continue
        admins[f[0]] = key
        add(key, countries[cc], admin_names(f[1], f[2]))
    for f in sorted(rows(cities), key=lambda f: -int(f[14] or 0)):
        pop, cc = int(f[14] or 0), f[8]
        if cc not in countries or (pop < MIN_CITY and f[7] not in SEATS):
            continue
        parent = admins.get(cc + "." + f[10], countries[cc])
        key = key_of(f[2])
        if key == parent or key == countries[cc]:
            continue  # "Baghdad" the city stands inside "Baghdad" the province: one name, one place.
        if key in taken:
            key = key + "~" + cc.lower()
        if key in taken:
            continue
        add(key, parent, names_of(f[1], f[2]))
    Path(out).write_text(
        "# Places: key, parent, names, demonyms. GeoNames (CC BY 4.0, https://www.geonames.org) and hand"
        " additions;\n# rebuilt by packaging/gazetteer/build_gazetteer.py. Do not edit by hand.\n"
        + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    default = HERE.parent.parent / "src/main/resources/claimdesk/analysis/lexicon/gazetteer.tsv"
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else default)
