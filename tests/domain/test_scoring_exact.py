"""A full scoring run stores what it stored before the run was made faster: every value of
every customer's row with its SQLite type, on a generated demo file, against
``tests/fixtures/scores-run-224254d.json`` (written by this module's :func:`stored_run` with
the code of commit 224254d, before the rescore-fast changes:
``PYTHONPATH=<that checkout> python tests/domain/test_scoring_exact.py <file.json>``).

Codes, counts and days match exactly; so did every figure, to the last bit, with the pandas 2
the fixture was written with. pandas 3 sums a column's mean and spread in another order, which
moves 17 of the 6,519 figures (the potential value, a sum of standardised indicators near
zero) by up to 16 units in the last place, about 1e-17: figures are compared to 1e-12, far
below any change of a formula, a weight or an input."""

from __future__ import annotations

import json
import math
import sys
from datetime import date
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "scores-run-224254d.json"
AS_OF = date(2026, 11, 1)
CUSTOMERS = 300
EDITED = "2026-09-20T09:30:00"  # the demo stamps updated_at with the day it is built


def stored_run(path: Path) -> dict:
    """Build the demo into ``path``, score it as of AS_OF, and return the stored run: the
    columns and rows of ``score_rows`` (without run_id) and each value's SQLite type."""
    from desktop_crm.domain.demo import build_demo
    from desktop_crm.domain.scoring.service import ScoringService
    from desktop_crm.storage.days import stamp_number
    from desktop_crm.storage.db import open_database

    store = open_database(path)
    try:
        build_demo(store, CUSTOMERS, seed=3, today=AS_OF)
        with store.transaction():
            store.conn.execute("UPDATE customers SET updated_at = ?", (stamp_number(EDITED),))
        run_id = ScoringService(store).run(AS_OF)
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(score_rows)")
                   if r[1] != "run_id"]
        cur = store.conn.cursor()
        cur.row_factory = None
        rows = cur.execute(f"SELECT {', '.join(columns)} FROM score_rows WHERE run_id = ? "
                           "ORDER BY customer_id", (run_id,)).fetchall()
        types = cur.execute(
            f"SELECT {', '.join(f'typeof({c})' for c in columns)} FROM score_rows "
            "WHERE run_id = ? ORDER BY customer_id", (run_id,)).fetchall()
        customers = store.conn.execute(
            "SELECT customers FROM score_runs WHERE id = ?", (run_id,)).fetchone()[0]
    finally:
        store.close()
    return {"columns": columns, "rows": [list(r) for r in rows],
            "types": [list(t) for t in types], "customers": customers}


def test_a_full_run_stores_every_value_as_before(tmp_path) -> None:
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(stored_run(tmp_path / "demo.sqlite3")))  # as the fixture was
    assert got["columns"] == expected["columns"]
    assert got["customers"] == expected["customers"] == len(expected["rows"])
    assert got["types"] == expected["types"]
    for mine, theirs in zip(got["rows"], expected["rows"], strict=True):
        assert [_same(a, b) for a, b in zip(mine, theirs, strict=True)] == [True] * len(mine), \
            (mine[0], [(c, a, b) for c, a, b in zip(got["columns"], mine, theirs) if not _same(a, b)])


def _same(mine: object, theirs: object) -> bool:
    """Equal, and of one type (== alone would take 1 for 1.0); figures within 1e-12."""
    if isinstance(mine, float) and isinstance(theirs, float):
        return math.isclose(mine, theirs, rel_tol=0, abs_tol=1e-12)
    return type(mine) is type(theirs) and mine == theirs


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        run = stored_run(Path(folder) / "demo.sqlite3")
    Path(sys.argv[1]).write_text(json.dumps(run, separators=(",", ":")), encoding="utf-8")
