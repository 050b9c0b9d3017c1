#!/usr/bin/env python3
"""Writes src/lexicon/given_names_world.rs: given names from outside the US counts
(`Mikael`, `Jochen`, `Orsolya`, `Maciej`), with the gender their bearers almost all have.

usage: scripts/given_names_world.py NAME_DATA.json SURNAMES WORDS > src/lexicon/given_names_world.rs

NAME_DATA is the name table of `nomquamgender` (Van Buskirk, Clauset and Larremore, "An
open-source cultural consensus approach to name-based gender classification", 2023; MIT
licence, copyright (c) 2022 Ian Van Buskirk): its wheel on PyPI ships it as
`nomquamgender/name_data.json`, one entry per name, `[sources, counts, p(female), ...]`:
how many of the 36 name-and-sex datasets the authors pooled list the name, how many
bearers they count, and the share of them who are women. SURNAMES and WORDS
are the census surname table and the GCIDE headwords that scripts/given_names.py reads; as
there, they only leave names out.

Only what the US table (given_names_us.rs) cannot give is taken: a name at least
MIN_SOURCES sources list, with at least MIN_COUNTS bearers among them, and at least SHARE
of them of one sex. SHARE is stricter than the US table's 95%: a name may carry one gender
in one country and the other elsewhere (`Andrea`, `Jan`, `Nicola`), and only a consensus
across the sources says it travels. Left out, as in given_names.py: a name any lexicon
table already has, the NOT_GIVEN words, any dictionary headword (`Else`, `Coral`, `Cliff`;
the dictionary capitalizes its headwords, so a name it lists as one, `Dieter` or
`Johannes`, goes too: the hand-written table has the common ones), a name shorter than
three letters, and a surname with SURNAME_SHARE or more of the 1990 census (`Franz`,
`Dixon`), since a lone surname read as a given name would give its bearer a gender the
text does not tell.
"""
import json, pickle, re, sys

from given_names import NOT_GIVEN, known_words, surname_shares, write_tables

MIN_SOURCES = 8
MIN_COUNTS = 1000
SHARE = 0.97
# A surname with at least this share of the 1990 census: about the 7,500 most common.
SURNAME_SHARE = 0.00002


def main(data_path, surnames_path, words_path):
    known = known_words(("given_names_world.rs", "nicknames.rs"))
    with open(data_path) as f:
        data = json.load(f)
    surnames = surname_shares(surnames_path)
    with open(words_path, "rb") as f:
        words = {w.lower() for w in pickle.load(f)}
    male, female = [], []
    for name, (sources, counts, female_share, *_) in data.items():
        if sources < MIN_SOURCES or counts < MIN_COUNTS or female_share is None:
            continue
        if 1 - SHARE < female_share < SHARE:
            continue
        if not re.fullmatch(r"[a-z]{3,}", name) or name in known or name in NOT_GIVEN:
            continue
        if name in words or surnames.get(name, 0) >= SURNAME_SHARE:
            continue
        (female if female_share >= SHARE else male).append(name)
    out = sys.stdout
    out.write("//! Given names from `nomquamgender`'s table, which pools 36 datasets of names and\n")
    out.write(f"//! their bearers' sex, each with the gender at least {SHARE:.0%} of its bearers\n")
    out.write("//! have, where the US tables have no entry. Written by `scripts/given_names_world.py`,\n")
    out.write("//! which says what it leaves out and why; do not edit by hand.\n")
    out.write("//!\n")
    out.write("//! The table is drawn from data under the MIT licence:\n")
    out.write("//! Copyright (c) 2022 Ian Van Buskirk. Permission is hereby granted, free of charge,\n")
    out.write("//! to any person obtaining a copy of this software and associated documentation\n")
    out.write("//! files (the \"Software\"), to deal in the Software without restriction, including\n")
    out.write("//! without limitation the rights to use, copy, modify, merge, publish, distribute,\n")
    out.write("//! sublicense, and/or sell copies of the Software, and to permit persons to whom the\n")
    out.write("//! Software is furnished to do so, subject to the following conditions: The above\n")
    out.write("//! copyright notice and this permission notice shall be included in all copies or\n")
    out.write("//! substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT\n")
    out.write("//! WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE\n")
    out.write("//! WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND\n")
    out.write("//! NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR\n")
    out.write("//! ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR\n")
    out.write("//! OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR\n")
    out.write("//! OTHER DEALINGS IN THE SOFTWARE.\n")
    write_tables(out, male, female, "the pooled sources")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
