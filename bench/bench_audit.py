"""The audit log's costs: one ``record()`` (write lock, previous hash, SHA-256, row, head, commit)
against a raw INSERT of the same row in its own transaction; ``publish()`` of a small file
(note the temporary file, write, row, rename, forget the note) against writing it beside and
renaming it plus one raw INSERT; verifying the chain of 100,000 rows against reading them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.harness import Figure, report, summary, timings
from desktop_crm.storage import audit
from desktop_crm.storage.db import connect, open_database

ROWS = 100_000
CALLS = 200
DETAIL = "420381104741 -> /home/li/文档/客户资料卡/420381104741-明佳烟酒-card.pdf"


def alternating(ours, baseline) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median and p95 of each, timed turn about: a commit waits for the disk, whose speed on a
    shared machine drifts; taking turns gives both the same drift."""
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(CALLS):
        mine += timings(ours, repeat=1, warmup=0)
        theirs += timings(baseline, repeat=1, warmup=0)
    return summary(mine), summary(theirs)


def main() -> None:
    workdir = Path(tempfile.mkdtemp())
    store = open_database(workdir / "crm.sqlite3")
    with store.transaction():
        for n in range(ROWS):
            audit.record(store, "李娟", "print_card", f"{n} {DETAIL}")

    raw = connect(workdir / "raw.sqlite3")
    raw.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT, "
                "machine TEXT, action TEXT NOT NULL, detail TEXT, prev_hash TEXT, hash TEXT)")

    def ours_record() -> None:
        audit.record(store, "李娟", "print_card", DETAIL)

    def raw_insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO audit_log (at, actor, machine, action, detail) VALUES (?, ?, ?, ?, ?)",
                    ("2026-11-01T09:00:00", "李娟", "pc", "print_card", DETAIL))
        raw.execute("COMMIT")

    record_ms, insert_ms = alternating(ours_record, raw_insert)

    data = b"x" * 1024
    out = workdir / "out"
    out.mkdir()

    def ours_publish() -> None:
        with audit.publish(store, out / "card.pdf", "李娟", "print_card", DETAIL) as tmp:
            tmp.write_bytes(data)

    def raw_publish() -> None:
        tmp = out / ".plain.pdf.tmp"
        tmp.write_bytes(data)
        raw_insert()
        os.replace(tmp, out / "plain.pdf")

    publish_ms, plain_ms = alternating(ours_publish, raw_publish)

    def verify() -> None:
        assert audit.first_break(store.conn) is None

    def read_all() -> None:
        for _ in store.conn.execute("SELECT id, at, actor, machine, action, detail, prev_hash, hash "
                                    "FROM audit_log ORDER BY id"):
            pass

    verify_ms = summary(timings(verify, repeat=5))
    read_ms = summary(timings(read_all, repeat=5))
    rows = store.count("audit_log")
    store.close()
    raw.close()
    report("Audit log", [
        Figure("record(), one row (chained, own transaction)", *record_ms,
               baseline="raw INSERT of the same row in its own transaction",
               baseline_median_ms=insert_ms[0]),
        Figure("publish() of a 1 KB file", *publish_ms,
               baseline="write beside, raw INSERT, rename", baseline_median_ms=plain_ms[0]),
        Figure(f"check: verify the chain of {rows} rows", *verify_ms,
               baseline="reading the same rows", baseline_median_ms=read_ms[0],
               notes={"us_per_row": verify_ms[0] / rows * 1000}),
    ])


if __name__ == "__main__":
    main()
