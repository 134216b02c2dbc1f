"""Service-layer bulk insert (validation, codes, history, search index) against a raw
``executemany`` of the same rows into the same table."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

from bench.harness import Figure, report, summary, timings
from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage.days import stamp_number
from desktop_crm.storage.db import connect, open_database

ROWS = 10_000
NAMES = ["明佳", "鑫源", "福满", "兴隆", "永盛", "金鼎", "华联", "好又多"]
FORMATS = ["烟酒", "超市", "便利店", "食杂店"]


def rows(seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [
        {
            "code": f"4203811{i:05d}",
            "name": f"{rng.choice(NAMES)}{rng.choice(FORMATS)}{i}",
            "phone": f"139{rng.randrange(10**8):08d}",
            "area": rng.choice(["文博路商圈", "火车站商圈", "解放路商圈"]),
            "address": f"文博路{rng.randrange(1, 300)}号",
        }
        for i in range(ROWS)
    ]


def main() -> None:
    data = rows(1)
    workdir = Path(tempfile.mkdtemp())
    counter = iter(range(1000))

    def ours() -> None:
        store = open_database(workdir / f"ours-{next(counter)}.sqlite3")
        CustomerService(store, actor="bench").create_many(data)
        store.close()

    template = open_database(workdir / "schema.sqlite3")
    ddl = [  # the customers table and the tables its foreign keys name, nothing else
        row[0]
        for row in template.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name IN ('staff', 'tiers', 'customers') ORDER BY rowid"
        )
    ]
    template.close()
    columns = ["code", "name", "phone", "area", "address", "lifecycle", "created_at", "updated_at"]
    stamp = stamp_number("2026-01-01")  # as the file keeps it (storage/days.py)
    tuples = [(*(r[c] for c in columns[:5]), "prospect", stamp, stamp) for r in data]

    def raw() -> None:
        conn = connect(workdir / f"raw-{next(counter)}.sqlite3")
        for statement in ddl:
            conn.execute(statement)
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT INTO customers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            tuples,
        )
        conn.execute("COMMIT")
        conn.close()

    ours_ms = summary(timings(ours, repeat=5))
    raw_ms = summary(timings(raw, repeat=5))
    per_row = ours_ms[0] / ROWS * 1000
    report(
        "Bulk insert",
        [
            Figure(
                f"CustomerService.create_many, {ROWS} rows", *ours_ms,
                baseline=f"raw executemany of the same {ROWS} rows into the same table",
                baseline_median_ms=raw_ms[0], notes={"us_per_row": per_row},
            )
        ],
    )


if __name__ == "__main__":
    sqlite3.enable_callback_tracebacks(True)
    main()
