"""The whole-file duplicate scan over the 100k demo database (phones, contacts' phones, same
name in an area, same pinyin, similar names), against reading the same customer rows raw."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.harness import Figure, backup_copy, demo_database, report, summary, timings
from desktop_crm.domain.duplicates import scan_duplicates
from desktop_crm.storage.db import open_database


def main(repeat: int = 3) -> None:
    source = demo_database()
    # the scan itself only reads; the copy keeps the cache safe from migrations
    copy = backup_copy(source, Path(tempfile.mkdtemp()) / "dedupe.sqlite3")
    store = open_database(copy)
    found: list[int] = []

    def scan() -> None:
        found.append(len(scan_duplicates(store)))

    def raw() -> None:
        store.conn.execute(
            "SELECT id, name, area, phone, kind, code FROM customers WHERE deleted_at IS NULL"
        ).fetchall()

    scan_ms = summary(timings(scan, repeat=repeat, warmup=0))
    raw_ms = summary(timings(raw, repeat=repeat))
    customers = store.count("customers")
    store.close()
    report("Duplicate scan", [
        Figure(f"scan_duplicates over {customers} customers", *scan_ms,
               baseline="reading the same customer rows raw (one SELECT)",
               baseline_median_ms=raw_ms[0], target="<= 30 s",
               notes={"pairs": found[-1]}),
    ])


if __name__ == "__main__":
    main()
