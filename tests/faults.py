"""Ways files get hurt, for the tests that check nothing is lost when they do."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def corrupt_pages(path: Path, pages: int = 5, seed: int = 3, tables: tuple[str, ...] = ()) -> list[int]:
    """Overwrite part of ``pages`` pages in the second half of the file with noise, as a
    failing disk or a bad copy does (the schema pages at the start stay readable); with
    ``tables``, pages holding those tables' rows. The file is checkpointed first, so the
    damage is in the file and not in a WAL beside it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        count = conn.execute("PRAGMA page_count").fetchone()[0]
        marks = ", ".join("?" * len(tables))
        candidates = [r[0] for r in conn.execute(
            f"SELECT pageno FROM dbstat WHERE name IN ({marks}) AND pagetype = 'leaf' "
            "ORDER BY pageno", tables)] if tables else list(range(count // 2, count))
    finally:
        conn.close()
    rng = random.Random(seed)
    hit = sorted(rng.sample(candidates[len(candidates) // 2:] if tables else candidates, pages))
    with path.open("r+b") as fh:
        for page in hit:
            fh.seek((page - 1) * size + 100 if tables else page * size + 100)
            fh.write(bytes(rng.randrange(256) for _ in range(500)))
    return hit
