"""What every benchmark shares: the cached demo database and honest timing.

Figures are medians (and p95) over repeated runs, reported with the ratio to a baseline
measured in the same run on the same machine, never as absolute pass/fail thresholds.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
RESULTS = ROOT / "results"
DEMO_TODAY = date(2026, 11, 1)  # fixed, so the cached database is the same every time


@dataclass
class Figure:
    name: str
    median_ms: float
    p95_ms: float
    baseline: str = ""
    baseline_median_ms: float | None = None
    target: str = ""
    notes: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.baseline_median_ms:
            return None
        return self.median_ms / self.baseline_median_ms


def timings(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def backup_copy(source: Path, target: Path) -> Path:
    """``source`` copied to ``target`` with SQLite's backup API, read-only on the source (a
    cached database is never written to by a bench), any older ``target`` files removed."""
    import sqlite3

    for stale in target.parent.glob(target.name + "*"):
        stale.unlink()
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def demo_database(customers: int = 100_000, seed: int = 1) -> Path:
    """A demo database of ``customers``, built once per size and seed, then reused."""
    from desktop_crm.domain.demo import build_demo
    from desktop_crm.storage.db import open_database

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{customers}-{seed}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for stale in CACHE.glob(tmp.name + "*"):
            stale.unlink()
        print(f"building a {customers}-customer demo database (once)...", file=sys.stderr)
        start = time.perf_counter()
        store = open_database(tmp)
        build_demo(store, customers, seed=seed, today=DEMO_TODAY,
                   progress=_building(customers, start))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        shutil.move(tmp, path)
        print(f"built in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    _bring_up_to_date(path)
    return path


def _bring_up_to_date(path: Path) -> None:
    """Migrate the cached file once when the schema has moved on since it was built, so a
    bench's copy of it is not migrated (untimed, for minutes) on every run. The automatic
    backup a migration takes goes to a folder deleted after, not the user's data folder."""
    from desktop_crm.storage.db import open_database

    with tempfile.TemporaryDirectory(dir=CACHE) as data:
        before = os.environ.get("XDG_DATA_HOME")
        os.environ["XDG_DATA_HOME"] = data
        try:
            open_database(path).close()
        finally:
            if before is None:
                del os.environ["XDG_DATA_HOME"]
            else:
                os.environ["XDG_DATA_HOME"] = before


def _building(customers: int, start: float) -> Callable[[int, int], bool]:
    """The build's progress on stderr, every tenth (a million customers take long)."""
    step = max(customers // 10, 1)

    def progress(done: int, total: int) -> bool:
        if done and (done % step == 0 or done == total):
            seconds = time.perf_counter() - start
            print(f"  {done:,} of {total:,} customers in {seconds:.0f} s "
                  f"({done / seconds:.0f} a second)", file=sys.stderr, flush=True)
        return True
    return progress


def report(title: str, figures: list[Figure]) -> None:
    print(f"\n## {title}")
    print(f"{'what':44} {'median':>9} {'p95':>9} {'baseline':>10} {'ratio':>7}  target")
    for f in figures:
        base = f"{f.baseline_median_ms:.2f}" if f.baseline_median_ms is not None else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        print(f"{f.name:44} {f.median_ms:9.2f} {f.p95_ms:9.2f} {base:>10} {ratio:>7}  {f.target}")
    bases = sorted({f.baseline for f in figures if f.baseline})
    for b in bases:
        print(f"  baseline: {b}")
    RESULTS.mkdir(exist_ok=True)
    slug = title.lower().replace(" ", "_")
    (RESULTS / f"{slug}.json").write_text(
        json.dumps([asdict(f) | {"ratio": f.ratio} for f in figures], ensure_ascii=False, indent=2)
    )

