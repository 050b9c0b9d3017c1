#!/usr/bin/env python3
"""Writes the crate's own test texts out as seed inputs for the `extract` fuzz target.

Usage: python3 scripts/fuzz_seeds.py OUT_DIR

A fuzz run that starts from nothing spends its first minutes finding out what a sentence
is. Started from the articles the tests are written on (our own text: speakers, speech
verbs, names, institutions, dialogue), its mutations reach the name and attribution
readers at once, which is where a bad index hides. Each Rust string literal of the test
files and of the rule table's examples that is long enough to be text becomes one file.
Nothing is written to the checkout unless OUT_DIR is inside it.
"""

import hashlib
import os
import re
import sys

SOURCES = ["tests/articles.rs", "tests/rules.rs", "tests/marks.rs", "tests/gender.rs",
           "tests/invariants.rs", "tests/seed.rs", "src/rules/mod.rs"]

# A plain literal (with escapes) or a raw one (`r#"..."#`).
LITERAL = re.compile(r'r(#*)"(.*?)"\1|"((?:[^"\\]|\\.)*)"', re.S)

MIN_LEN = 40


def unescape(body):
    """The text a plain Rust literal stands for."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = body[i + 1] if i + 1 < len(body) else ""
        if e == "\n":
            # A line continuation: the newline and the next line's indent are dropped.
            i += 2
            while i < len(body) and body[i] in " \t":
                i += 1
            continue
        if e == "u":
            end = body.index("}", i)
            out.append(chr(int(body[i + 3:end], 16)))
            i = end + 1
            continue
        out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(e, e))
        i += 2
    return "".join(out)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    written = 0
    for path in SOURCES:
        if not os.path.exists(path):
            continue
        src = open(path, encoding="utf-8").read()
        for m in LITERAL.finditer(src):
            text = m.group(2) if m.group(2) is not None else unescape(m.group(3))
            if len(text) < MIN_LEN or "{" in text and "}" in text and "\n" not in text:
                continue
            name = hashlib.sha1(text.encode()).hexdigest()[:16]
            with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
                f.write(text)
            written += 1
    print(f"{written} seeds in {out_dir}")


if __name__ == "__main__":
    main()
