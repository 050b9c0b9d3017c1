#!/usr/bin/env python3
"""Fails when the crate's own text shares a run of seven words with the dev files.

The annotated texts in ../shared/eval belong to their publishers: the crate measures on
them and never copies their sentences into its code, tests or docs. A test sentence
written while reading a dev article tends to keep its wording, so this reads every
source, test, example, bench and the README, and lists each line that shares seven words
in a row with a dev text. The runs in STOCK are stock phrases or public titles that any
news text has; anything else is to be rewritten in one's own words.

usage: echoes.py [EVAL_DIR]
"""
import glob
import json
import os
import re
import sys

RUN = 7
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# Shared with the dev files, but no one's sentence: formulas of news and fiction, and
# public names with their titles. A run inside one of these is let be.
STOCK = (
    "senator lindsey graham republican of south carolina",
    "a white house official who spoke anonymously to discuss",
    "navdeep bains minister of innovation science and economic development said",
    "said in an interview this summer the",
    "said in her opening remarks that the",
    "she did not know what to do",
    "according to the bureau of labor statistics",
    "according to former bank of canada governor",
    "he had made up his mind to",
    "the president of the communications workers of america which",
    "and percent said not at all likely",
    "representative peter t king of new york",
)

# Data tables of names and places, which the dev texts share word for word by nature.
SKIP = ("given_names", "places")


def words(text):
    return WORD.findall(text.lower().replace("\u2019", "'"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    eval_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "eval")
    dev = sorted(glob.glob(os.path.join(eval_dir, "*.jsonl")))
    if not dev:
        print(f"echoes: no dev files in {eval_dir}; skipped")
        return 0
    runs = set()
    for path in dev:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    w = words(json.loads(line)["text"])
                    runs.update(hash(tuple(w[i : i + RUN])) for i in range(len(w) - RUN + 1))
    ours = (
        glob.glob(os.path.join(root, "src", "**", "*.rs"), recursive=True)
        + glob.glob(os.path.join(root, "tests", "*.rs"))
        + glob.glob(os.path.join(root, "examples", "*.rs"))
        + glob.glob(os.path.join(root, "benches", "*.rs"))
        + glob.glob(os.path.join(root, "docs", "*.md"))
        + [os.path.join(root, "README.md")]
    )
    found = []
    for path in sorted(ours):
        if any(s in os.path.basename(path) for s in SKIP):
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                w = words(line)
                for i in range(len(w) - RUN + 1):
                    run = tuple(w[i : i + RUN])
                    stock = any(" ".join(run) in phrase for phrase in STOCK)
                    if hash(run) in runs and not stock:
                        found.append(f"{os.path.relpath(path, root)}:{n}: {' '.join(run)}")
                        break
    for f in found:
        print(f)
    print(f"echoes: {len(found)} lines share {RUN} words in a row with the dev files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
