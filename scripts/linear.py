#!/usr/bin/env python3
"""Check that every hostile shape takes linear time: its 4 MiB run at most LIMIT times its 1 MiB run.

Reads the estimates criterion wrote for the `hostile/*` benches
(`cargo bench --bench extract -- hostile` first). Linear time gives a ratio near 4 (a little
more once the larger input no longer fits in cache); quadratic time gives 16. A one-second
smoke run cannot tell them apart when the quadratic term is small at 1 MiB, so CI compares
the two sizes instead.

    python3 scripts/linear.py [--limit 8]
"""

import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RESULTS = ROOT / "target" / "criterion" / "hostile"
SIZE = re.compile(r"^extract_(?P<shape>.+)_(?P<mib>\d+)MiB$")


def mean_seconds(bench_dir: pathlib.Path) -> float:
    estimates = json.loads((bench_dir / "new" / "estimates.json").read_text())
    return estimates["mean"]["point_estimate"] / 1e9


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=8.0, help="largest 4 MiB / 1 MiB time ratio")
    args = ap.parse_args()

    times: dict[str, dict[int, float]] = {}
    for bench_dir in sorted(RESULTS.glob("extract_*")):
        m = SIZE.match(bench_dir.name)
        if m and (bench_dir / "new" / "estimates.json").exists():
            times.setdefault(m["shape"], {})[int(m["mib"])] = mean_seconds(bench_dir)
    if not times:
        print(f"no hostile bench results under {RESULTS}", file=sys.stderr)
        return 1

    failed = []
    print(f"{'shape':<28} {'1 MiB':>9} {'4 MiB':>9} {'ratio':>6}")
    for shape, t in sorted(times.items()):
        if 1 not in t or 4 not in t:
            failed.append(f"{shape}: a size is missing ({sorted(t)} MiB)")
            continue
        ratio = t[4] / t[1]
        print(f"{shape:<28} {t[1] * 1e3:>7.1f}ms {t[4] * 1e3:>7.1f}ms {ratio:>6.2f}")
        if ratio > args.limit:
            failed.append(f"{shape}: 4 MiB takes {ratio:.1f} times as long as 1 MiB")
    for f in failed:
        print(f"NOT LINEAR {f}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
