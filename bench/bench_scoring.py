"""Scoring at 100,000 customers and ~1M purchases: a full recompute (read, score, store a
run) against a minimal pandas RFM groupby over the same purchases, in the same run; one
customer's refresh against reading that customer's purchases."""

from __future__ import annotations

import random

import pandas as pd

from bench.harness import (CACHE, DEMO_TODAY, Figure, backup_copy, demo_database, report, summary,
                           timings)
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.storage.db import open_database

WORK = CACHE / "scoring-work.sqlite3"


def working_copy() -> None:
    """The cached demo database copied with the backup API (never written to itself)."""
    backup_copy(demo_database(), WORK)


def main() -> None:
    working_copy()
    store = open_database(WORK)  # applies the scoring migration to the copy
    service = ScoringService(store)
    conn = store.conn
    count = conn.execute("SELECT count(*) FROM transactions").fetchone()[0]

    def baseline() -> None:
        frame = pd.read_sql_query(  # the days as stored (storage/days.py), not as ISO text
            "SELECT customer_id, CAST(occurred_on AS INTEGER) AS occurred_on, amount "
            "FROM transactions", conn)
        frame.groupby("customer_id").agg(
            last=("occurred_on", "max"), frequency=("amount", "size"), monetary=("amount", "sum"))

    def full() -> None:
        service.run(DEMO_TODAY)

    def clear_runs() -> None:
        with store.transaction():
            conn.execute("DELETE FROM score_runs")

    base_ms = summary(timings(baseline, repeat=5))
    full_samples = []
    for _ in range(3):
        clear_runs()
        full_samples += timings(full, repeat=1, warmup=0)
    full_ms = summary(full_samples)

    ids = [r[0] for r in conn.execute(
        "SELECT customer_id FROM score_customers ORDER BY customer_id")]
    picks = random.Random(1).sample(ids, 40)
    it = iter(picks * 3)
    refresh_ms = summary(timings(lambda: service.refresh(next(it), DEMO_TODAY), repeat=40))
    it2 = iter(picks * 3)
    read_ms = summary(timings(lambda: conn.execute(
        "SELECT * FROM transactions WHERE customer_id = ?", (next(it2),)).fetchall(), repeat=40))
    store.close()
    for stale in CACHE.glob(WORK.name + "*"):
        stale.unlink()
    report("Scoring", [
        Figure(f"full recompute + store, {len(ids)} customers", *full_ms,
               baseline=f"pandas read + RFM groupby of the same {count} purchases",
               baseline_median_ms=base_ms[0], target="<= 5 s and <= 3x baseline",
               notes={"purchases": count}),
        Figure("refresh one customer", *refresh_ms,
               baseline="SELECT that customer's purchases", baseline_median_ms=read_ms[0],
               target="<= 50 ms"),
    ])


if __name__ == "__main__":
    main()
