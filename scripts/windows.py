#!/usr/bin/env python3
"""Cuts windows out of the dev texts, for a debug build to read: no panic on any text.

Usage: python3 scripts/windows.py [--every N] [FILE.jsonl ...] > windows.jsonl

A window starts at a word and runs for 20 to 400 characters, so it opens and ends
mid-sentence, mid-name, mid-quotation: the texts a pipeline hands over after cutting an
article up, and the shapes where a reader that steps back from a word runs past the
first token. One window starts at every Nth word (default 4); its length cycles through
the sizes. The files default to `../shared/eval/*_dev.jsonl`. Output is one JSON document
per line, as `examples/extract --jsonl` reads it. The windows are written to stdout only:
they are the publishers' text and never enter the checkout.
"""

import argparse
import glob
import json
import re
import sys

SIZES = (20, 45, 90, 180, 400)

# A word start: a non-space after a space, a quotation mark, a bracket or a dash.
WORD_START = re.compile(r"(?<=[\s\"“”'‘’(—-])\S")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("../shared/eval/*_dev.jsonl"))
    out = sys.stdout
    n = 0
    for path in files:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            for k, m in enumerate(WORD_START.finditer(text)):
                if k % args.every:
                    continue
                size = SIZES[(k // args.every) % len(SIZES)]
                window = text[m.start():m.start() + size]
                out.write(json.dumps({"id": f"{doc['id']}:{m.start()}", "text": window}))
                out.write("\n")
                n += 1
    print(f"{n} windows", file=sys.stderr)


if __name__ == "__main__":
    main()
