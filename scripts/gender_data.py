"""Write data/lexicon/given_gender.tsv: given names that census data gives
almost only to women or almost only to men, for agreement of "he" and "she"
with the people an article names.

    python3 -m venv /tmp/v && /tmp/v/bin/pip install names==0.3.0
    /tmp/v/bin/python scripts/gender_data.py

Facts: US Census Bureau 1990 first-name frequency lists (public domain),
as shipped in the PyPI package `names` 0.3.0. A name on both lists is kept
only when one list gives it at least ten times the frequency of the other.
The output is sorted, so the same input gives the same file.
"""

import os

import names

RATIO = 10.0

# Romanised Chinese, Korean and Vietnamese name syllables that the 1990 US
# lists give to one sex. In those languages the surname comes first ("Li
# Wen", "Moon Jae-in", "Tran Dai Quang") and most given-name syllables are
# borne by men and women alike, so the first word of such a name says
# nothing of the person's sex: they are written "x" (a given name, of
# either sex), which still tells a name but agrees with "he" and "she".
EAST_ASIAN = set(
    """Anh Bo Chan Chau Chin Ching Chu Chun Ha Hai Han Hang Hoa Hui Hyun Jin
    Jung Kyung Lan Le Li Lin Ling Linh Long Lu Ma Mai Mei Min Moon Nan Ping
    Shan Shin Soo Song Sun Tam Thao Thi Tran Trinh Wei Wen Xiao Yan Yang Yee
    Yi Ying Yu Yun""".split()
)


def read(path):
    freq = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0].capitalize()] = float(parts[1])
    return freq


def main():
    base = os.path.dirname(names.__file__)
    female = read(os.path.join(base, "dist.female.first"))
    male = read(os.path.join(base, "dist.male.first"))
    rows = []
    for name in sorted(set(female) | set(male)):
        if name in EAST_ASIAN:
            rows.append((name, "x"))
            continue
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f > 0 and (m == 0 or f >= RATIO * m):
            rows.append((name, "f"))
        elif m > 0 and (f == 0 or m >= RATIO * f):
            rows.append((name, "m"))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "lexicon", "given_gender.tsv")
    with open(out, "w", encoding="utf-8") as w:
        w.write(
            "# Given names that the US Census Bureau's 1990 first-name lists give\n"
            "# (almost) only to women (f) or only to men (m); a name on both lists is\n"
            "# here only when one gives it ten times the frequency of the other.\n"
            "# Public domain data, via the PyPI package `names` 0.3.0; written by\n"
            "# scripts/gender_data.py. Used so that \"she\" and \"he\" agree with the\n"
            "# person they stand for; a name not listed agrees with both. Chinese,\n"
            "# Korean and Vietnamese syllables, written surname first and given to\n"
            "# either sex, are x: a given name that agrees with both.\n"
            "name\tgender\n"
        )
        for name, g in rows:
            w.write(f"{name}\t{g}\n")
    print(f"wrote {len(rows)} names to {out}")


if __name__ == "__main__":
    main()
