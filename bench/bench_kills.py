"""kill -9 of every long operation at seeded random moments, as many rounds as asked: the
longer mode of tests/test_kills.py (which runs two rounds of each in the suite).

    .venv/bin/python -m bench.bench_kills [--rounds 10] [--customers 3000] [--seed 1]

Each round copies a prepared demo database, starts the real ``desktop-crm`` command, kills it
at a random moment within its undisturbed length, and checks: SQLite's integrity, ``check``
(search index, audit chain), all or none of the operation's rows, no process left, no
half-file left, no file without its audit row (see tests/kills.py). Prints one line per
operation and writes bench/results/kills.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/kills.py is shared with the suite

from bench.harness import RESULTS  # noqa: E402
from tests.kills import OPERATIONS, durations, kill_round, prepare_base  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="rounds per operation")
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--seed", default="1")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-kills-"))
    base = prepare_base(folder, args.customers)
    lengths = durations(base, folder)
    print(f"\n## kill -9 at random moments, {args.rounds} rounds per operation")
    print(f"{'operation':10} {'length s':>9} {'killed':>7} {'whole':>6}  first problem")
    rows, failed = [], 0
    started = time.monotonic()
    for op in OPERATIONS:
        rng = random.Random(f"{args.seed}-{op.name}")
        outcomes = [kill_round(op, base, folder / f"{op.name}-{i}", lengths[op.name], rng)
                    for i in range(args.rounds)]
        bad = [o for o in outcomes if o.problems]
        failed += len(bad)
        first = f"at {bad[0].moment:.2f} s: {bad[0].problems[0]}" if bad else ""
        print(f"{op.name:10} {lengths[op.name]:9.2f} {len(outcomes):7} "
              f"{len(outcomes) - len(bad):6}  {first}")
        rows.append({"operation": op.name, "length_s": lengths[op.name], "kills": len(outcomes),
                     "whole": len(outcomes) - len(bad),
                     "problems": [(o.moment, o.problems) for o in bad]})
    total = args.rounds * len(OPERATIONS)
    print(f"{total - failed} of {total} kills left the data whole and nothing behind "
          f"({time.monotonic() - started:.0f} s)")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "kills.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
