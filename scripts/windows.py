#!/usr/bin/env python3
"""Cuts windows out of the dev texts, for a debug build to read: no panic on any text.

Usage: python3 scripts/windows.py [--every N] [FILE.jsonl ...] > windows.jsonl
       python3 scripts/windows.py --check PRED [--every N] [FILE.jsonl ...]

A window starts at a word and runs for 20 to 400 characters, so it opens and ends
mid-sentence, mid-name, mid-quotation: the texts a pipeline hands over after cutting an
article up, and the shapes where a reader that steps back from a word runs past the
first token. One window starts at every Nth word (default 4); its length cycles through
the sizes. The files default to `../shared/eval/*_dev.jsonl`. Output is one JSON document
per line, as `examples/extract --jsonl` reads it. The windows are written to stdout only:
they are the publishers' text and never enter the checkout.

With `--check PRED` (`-` for stdin), the script reads what the extractor wrote for the
same windows, in the same order, and checks each quote against its window: its span cuts
its text out of the window's bytes, quotes are sorted, quotes in marks do not overlap, and
the speaker's and cue's spans cut their words out too. It exits 1 on the first that fails.
"""

import argparse
import glob
import json
import re
import sys

SIZES = (20, 45, 90, 180, 400)

# A word start: a non-space after a space, a quotation mark, a bracket or a dash.
WORD_START = re.compile(r"(?<=[\s\"“”'‘’(—-])\S")


def windows(files, every):
    """Each window, as `(id, text)`, in order."""
    for path in files:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            for k, m in enumerate(WORD_START.finditer(text)):
                if k % every:
                    continue
                size = SIZES[(k // every) % len(SIZES)]
                yield f"{doc['id']}:{m.start()}", text[m.start():m.start() + size]


def cut(data, span):
    """The bytes `span` covers, decoded; None if it is out of range or splits a character."""
    start, end = span["start"], span["end"]
    if not 0 <= start <= end <= len(data):
        return None
    try:
        return data[start:end].decode("utf-8")
    except UnicodeDecodeError:
        return None


def problem(text, quotes):
    """What is wrong with the extractor's `quotes` for window `text`, if anything."""
    data = text.encode("utf-8")
    last_start = last_end = 0
    for q in quotes:
        if cut(data, q["span"]) != q["text"]:
            return f"span {q['span']} does not cut out {q['text']!r}"
        if q["span"]["start"] < last_start:
            return "quotes not sorted"
        last_start = q["span"]["start"]
        if q["kind"] != "indirect":
            if q["span"]["start"] < last_end:
                return "quotes in marks overlap"
            last_end = q["span"]["end"]
        for part, words in (("speaker", "mention"), ("cue", "text")):
            p = q.get(part)
            if p and cut(data, p["span"]) != p[words]:
                return f"{part} span {p['span']} does not cut out {p[words]!r}"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--check", metavar="PRED")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("../shared/eval/*_dev.jsonl"))
    if args.check:
        preds = sys.stdin if args.check == "-" else open(args.check, encoding="utf-8")
        n = 0
        cuts = windows(files, args.every)
        for (wid, text), line in zip(cuts, preds):
            record = json.loads(line)
            if record["id"] != wid:
                sys.exit(f"windows: prediction {record['id']} where {wid} was expected")
            wrong = problem(text, record["quotes"])
            if wrong:
                sys.exit(f"windows: {wid}: {wrong}")
            n += 1
        if next(cuts, None) is not None or preds.readline():
            sys.exit(f"windows: the predictions stop or run on after {n} windows")
        print(f"{n} windows keep the invariants", file=sys.stderr)
        return
    n = 0
    for wid, text in windows(files, args.every):
        sys.stdout.write(json.dumps({"id": wid, "text": text}))
        sys.stdout.write("\n")
        n += 1
    print(f"{n} windows", file=sys.stderr)


if __name__ == "__main__":
    main()
