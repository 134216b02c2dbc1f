"""What every benchmark shares: the cached demo database and honest timing.

Figures are medians (and p95) over repeated runs, reported with the ratio to a baseline
measured in the same run on the same machine, never as absolute pass/fail thresholds.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
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
        build_demo(store, customers, seed=seed, today=DEMO_TODAY)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        shutil.move(tmp, path)
        print(f"built in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


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


def scaled_database(factor: int, customers: int = 100_000, seed: int = 1) -> Path:
    """The demo database of ``customers`` ``factor`` times over, built once and cached: its
    customers, contacts, tags, visits and purchases repeated under new ids and codes (the
    search index, sort keys and visit dates filled by the app's own triggers and flush).
    The same mix of names and texts with ``factor`` times the hits of every term: what a
    search bench needs, in minutes — building a 300k demo takes over an hour on a shared
    two-core machine. Members, plans and scores are not repeated."""
    from desktop_crm.storage.db import open_database

    base = demo_database(customers, seed)
    path = CACHE / f"{base.stem}-x{factor}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for stale in CACHE.glob(tmp.name + "*"):
        stale.unlink()
    print(f"building {factor} x {customers} customers from the demo (once)...", file=sys.stderr)
    start = time.perf_counter()
    source = open_database(base)
    target = open_database(tmp)
    source.conn.backup(target.conn)
    source.close()
    target.close()
    store = open_database(tmp)
    conn = store.conn
    tables = {"customers": None, "contacts": "customer_id", "customer_tags": "customer_id",
              "interactions": "customer_id", "transactions": "customer_id"}
    last = {t: conn.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0
            for t in tables if t != "customer_tags"} | {"customer_tags": 0}
    with store.transaction():
        for table, parent in tables.items():
            _repeat(conn, table, parent, factor, last[table], last["customers"])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    shutil.move(tmp, path)
    print(f"built in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


def _repeat(conn, table: str, parent: str | None, factor: int, step: int, customers: int) -> None:
    """Rows of ``table`` again ``factor - 1`` times, ids moved on by ``step`` each time,
    their customer by ``customers``."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    for k in range(1, factor):
        values = []
        for c in columns:
            if c == "id":
                values.append(f"id + {k * step}")
            elif c == parent:
                values.append(f"{c} + {k * customers}")
            elif table == "customers" and c == "code":
                values.append(f"code || '-{k}'")
            else:
                values.append(c)
        conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                     f"SELECT {', '.join(values)} FROM {table} "
                     f"WHERE {parent or 'id'} <= {customers}")
