"""A million customers (issue 17): the file opens, lists, searches and scores.

``python -m bench.bench_million [--customers 1000000] [--compare 100000] [--skip PART,...]``.
The 1M file is the cached 100k demo replicated ten times in SQL (``bench/million_db.py``:
ids moved, codes, cards and mobiles made unique, names varied per copy, UUIDs, indexes and
search entries made by the app's bulk path), built once into ``bench/.cache/`` and reused;
the demo builder itself takes hours for a million on this machine (see the README). Each
part is the same work the 100k benches measure, with their baselines, run on the big file:

- ``open``: opening the file (``open_database``: lock, migrations check) and the cold start
  to the main window shown (bench_startup's child process), against a bare PySide6 window;
- ``list``: the first page by name and by last visit, and the worker's count + page index of
  the whole list by name, against bare ``SELECT id ... ORDER BY ... LIMIT 200`` / no LIMIT;
- ``search``: bench_search's kinds of query (60 terms each, drawn from the data) against
  raw FTS5 lookups of the same index;
- ``score``: a full scoring run on a backup-API copy (the cached file is never written),
  against pandas reading the purchases and a minimal RFM groupby.

With ``--compare N`` (100,000 by default; 0 for none) every figure is also measured on the
N-customer file in the same run, and the 1M figure notes its ratio to it (how it scales).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import bench_list, bench_search, bench_startup
from bench.harness import (
    CACHE,
    DEMO_TODAY,
    Figure,
    backup_copy,
    demo_database,
    report,
    summary,
    timings,
)
from bench.million_db import BASE, replicated_database
from desktop_crm.domain.customer_list import CustomerFilter, CustomerList
from desktop_crm.storage.db import open_database

PARTS = ("open", "list", "search", "score")
REPEAT = 15
SCORE_REPEAT = 2  # full scoring runs per size (--score-runs): at 1M each takes minutes


def open_figures(path: Path, label: str, repeat: int = 5) -> list[Figure]:
    """Opening the file in this process, and the app's cold start on it in a fresh one."""
    def opened() -> None:
        open_database(path).close()

    open_ms = summary(timings(opened, REPEAT))
    raw_ms = summary(timings(lambda: sqlite3.connect(path).execute(
        "SELECT count(*) FROM sqlite_master").fetchone(), REPEAT))
    bench_startup.used_before(path)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    args = [str(path), tempfile.mkdtemp()]
    app, bare = [], []
    for round_ in range(repeat + 1):  # turn about; the first round (compiling, disk cache) dropped
        a = bench_startup.timed_run(bench_startup.APP, args, env)
        b = bench_startup.timed_run(bench_startup.BARE, [], env)
        if round_:
            app.append(a)
            bare.append(b)
    return [
        Figure(f"{label}: open_database (lock, migrations check)", *open_ms,
               baseline="sqlite3.connect + one query of the schema",
               baseline_median_ms=raw_ms[0]),
        Figure(f"{label}: start to main window shown", *summary(app),
               baseline="bare PySide6 QMainWindow shown, same run",
               baseline_median_ms=summary(bare)[0], target="<= 2.5x baseline"),
    ]


def list_figures(path: Path, label: str) -> list[Figure]:
    """bench_list's first pages and whole-list count + page index, on this file."""
    store = open_database(path)
    raw = sqlite3.connect(path)
    listing = CustomerList(store, "zh")
    by_name = listing.query(CustomerFilter(), "name")
    by_visit = listing.query(CustomerFilter(), "last_visit", descending=True)
    figures = [
        bench_list.figure(
            f"{label}: first page, by name (UI)",
            timings(lambda: bench_list.shown(listing, listing.page(by_name)), REPEAT),
            timings(lambda: bench_list.bare(raw, bench_list.NAME_ORDER), REPEAT),
            "bare SELECT id ... ORDER BY name (pinyin) LIMIT 200"),
        bench_list.figure(
            f"{label}: first page, by last visit desc (UI)",
            timings(lambda: bench_list.shown(listing, listing.page(by_visit)), REPEAT),
            timings(lambda: bench_list.bare(raw, bench_list.VISIT_ORDER), REPEAT),
            "bare SELECT id ... ORDER BY last visit DESC LIMIT 200"),
    ]
    for sort, q, order_by in (("name", by_name, bench_list.NAME_ORDER),
                              ("last visit desc", by_visit, bench_list.VISIT_ORDER)):
        figures.append(bench_list.figure(
            f"{label}: count + page index, by {sort} (worker)",
            timings(lambda q=q: listing.layout(q), 5),
            timings(lambda o=order_by: bench_list.bare(raw, o, limit=-1), 5),
            "bare SELECT id of the whole list in that order (no LIMIT)",
            rows=listing.layout(q).count))
    raw.close()
    store.close()
    return figures


def search_figures(path: Path, customers: int, label: str) -> list[Figure]:
    store = open_database(path)
    try:
        figures = bench_search.search_figures(store, customers)
    finally:
        store.close()
    for f in figures:
        f.name = f"{label}: " + f.name.split("search: ", 1)[-1]
    return figures


def score_figures(path: Path, label: str, repeat: int = 2) -> list[Figure]:
    """A full scoring run on a backup-API copy, against pandas reading the same purchases and
    grouping them (bench_scoring's baseline)."""
    import pandas as pd

    from desktop_crm.domain.scoring.service import ScoringService

    work = backup_copy(path, CACHE / "million-work.sqlite3")
    store = open_database(work)
    conn = store.conn
    purchases = conn.execute("SELECT count(*) FROM transactions").fetchone()[0]

    def baseline() -> None:
        frame = pd.read_sql_query(  # the days as stored (storage/days.py), as bench_scoring
            "SELECT customer_id, CAST(occurred_on AS INTEGER) AS occurred_on, amount "
            "FROM transactions", conn)
        frame.groupby("customer_id").agg(
            last=("occurred_on", "max"), frequency=("amount", "size"), monetary=("amount", "sum"))

    service = ScoringService(store)
    ours, base = [], []
    for _ in range(repeat):  # turn about
        with store.transaction():
            conn.execute("DELETE FROM score_runs")
        ours += timings(lambda: service.run(DEMO_TODAY), repeat=1, warmup=0)
        base += timings(baseline, repeat=1, warmup=0)
    ids = [r[0] for r in conn.execute("SELECT id FROM customers ORDER BY id")]
    picks = iter(random.Random(1).sample(ids, 20) * 2)
    refresh = summary(timings(lambda: service.refresh(next(picks), DEMO_TODAY), repeat=20, warmup=0))
    store.close()
    for stale in CACHE.glob(work.name + "*"):
        stale.unlink()
    return [
        Figure(f"{label}: scoring, full run + store", *summary(ours),
               baseline=f"pandas read + RFM groupby of the same {purchases:,} purchases",
               baseline_median_ms=summary(base)[0], target="<= 3x baseline",
               notes={"purchases": purchases}),
        Figure(f"{label}: scoring, refresh one customer", *refresh, target="<= 50 ms"),
    ]


def measure(customers: int, parts: tuple[str, ...]) -> list[Figure]:
    path = (replicated_database(customers) if customers > BASE and customers % BASE == 0
            else demo_database(customers))
    started = time.perf_counter()
    open_database(path).close()  # a file cached by an older release is migrated here, untimed
    migrated = time.perf_counter() - started
    label = f"{customers // 1000}k" if customers < 1_000_000 else f"{customers / 1e6:g}M"
    print(f"{label}: {path.name}, {path.stat().st_size / 2**30:.2f} GiB, "
          f"first open {migrated:.1f} s", flush=True)
    runs: dict[str, Callable[[], list[Figure]]] = {
        "open": lambda: open_figures(path, label),
        "list": lambda: list_figures(path, label),
        "search": lambda: search_figures(path, customers, label),
        "score": lambda: score_figures(path, label, SCORE_REPEAT),
    }
    figures = []
    for part in parts:
        start = time.perf_counter()
        made = runs[part]()
        figures += made
        print(f"  {part}: {time.perf_counter() - start:.0f} s", flush=True)
        for f in made:  # as they come: a part at 1M takes minutes, and a run may be cut short
            base = f" (baseline {f.baseline_median_ms:.1f})" if f.baseline_median_ms else ""
            print(f"    {f.name}: median {f.median_ms:.1f} ms, p95 {f.p95_ms:.1f}{base}",
                  flush=True)
    return figures


def main(customers: int = 1_000_000, compare: int = 100_000, parts: tuple[str, ...] = PARTS) -> None:
    big = measure(customers, parts)
    if compare:
        small = {f.name.split(": ", 1)[1]: f for f in measure(compare, parts)}
        for f in big:
            other = small.get(f.name.split(": ", 1)[1])
            if other is not None:
                f.notes[f"{compare // 1000}k_median_ms"] = round(other.median_ms, 2)
                f.notes[f"ratio_to_{compare // 1000}k"] = round(f.median_ms / other.median_ms, 2)
                f.notes[f"{compare // 1000}k_ratio_to_baseline"] = (
                    round(other.ratio, 2) if other.ratio is not None else None)
    report("A million customers", big)
    for f in big:
        shown = {k: v for k, v in f.notes.items() if k != "examples"}
        if shown:
            print(f"  {f.name}: {shown}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--compare", type=int, default=100_000,
                        help="also measure this size in the same run (0: none)")
    parser.add_argument("--skip", default="", help="parts to leave out: " + ",".join(PARTS))
    parser.add_argument("--score-runs", type=int, default=SCORE_REPEAT,
                        help="full scoring runs (and baselines) per size")
    args = parser.parse_args()
    SCORE_REPEAT = args.score_runs
    skipped = {s for s in args.skip.split(",") if s}
    main(args.customers, args.compare, tuple(p for p in PARTS if p not in skipped))
