"""m016: scoring runs stored lean (``score_rows``) behind the ``score_customers`` view.

``tests/fixtures/scores-3b5ece8.sqlite3`` was made by the code at commit 3b5ece8 (main before
this change): a 60-customer demo (seed 3, today 2026-11-01), scoring runs as of 2026-09-01
and 2026-11-01, one customer refreshed after a purchase, then VACUUMed. Every segment code
occurs in it, and missing values (customers who never bought or answered a survey).
"""

from __future__ import annotations

import math
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.domain.scoring import engine
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.storage import scores
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3

MADE_BEFORE = Path(__file__).parent.parent / "fixtures" / "scores-3b5ece8.sqlite3"
AS_OF = date(2026, 11, 1)


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(MADE_BEFORE, path)
    return path


def runs_as_stored(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        f"SELECT run_id, customer_id, {', '.join(scores.SCORE_COLUMNS)}, refreshed_at "
        "FROM score_customers ORDER BY run_id, customer_id").fetchall()


def same(a: object, b: object) -> bool:
    """Equal to the last bit (NaN and NULL both mean none)."""
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    return type(a) is type(b) and a == b


def test_the_runs_of_a_file_made_before_move_over_unchanged(old_file) -> None:
    raw = sqlite3.connect(f"file:{MADE_BEFORE}?mode=ro", uri=True)
    before = runs_as_stored(raw)
    raw.close()
    store = open_database(old_file)
    try:
        kinds = dict(store.conn.execute("SELECT name, type FROM sqlite_master "
                                        "WHERE name LIKE 'score%'").fetchall())
        assert kinds["score_customers"] == "view" and kinds["score_rows"] == "table"
        assert "score_values" not in kinds  # the long table of m001 was never written
        after = runs_as_stored(store.conn)
        assert len(after) == len(before) == 120
        for old, new in zip(before, after, strict=True):
            assert all(same(a, b) for a, b in zip(old, new, strict=True)), (old, new)
        # what each reader shows: history, the breakdown, changes, segments, the rank
        service = ScoringService(store)
        refreshed = store.conn.execute(
            "SELECT customer_id FROM score_customers WHERE refreshed_at IS NOT NULL").fetchone()[0]
        trend = service.trend(refreshed)
        assert [p["as_of"] for p in trend] == ["2026-09-01", "2026-11-01"]
        assert service.explain(refreshed).total == pytest.approx(trend[-1]["value"], abs=1e-9)
        changed = service.changed("rfm_segment")
        assert changed and all(c["before"] != c["after"] for c in changed)
        latest = service.latest()[0]
        counts = dict(scores.distribution(store, latest, "value_quadrant"))
        assert sum(counts.values()) == 60 and set(counts) == {"invest", "develop", "maintain",
                                                               "stop"}
        where, args = scores.segment_clause("value_quadrant", "invest")
        assert store.conn.execute(f"SELECT count(*) FROM customers c WHERE {where}",
                                  args).fetchone()[0] == counts["invest"]
    finally:
        store.close()


def test_a_run_reads_back_what_the_engine_computed_to_the_last_bit(old_file) -> None:
    """The columns the view computes (value, margin, profit per order, repeat rate...) come
    out bit for bit as the engine's, and the codes as the engine's words."""
    store = open_database(old_file)
    try:
        service = ScoringService(store)
        frame, _ = engine.compute(service.inputs(AS_OF), service.model())
        run_id = service.run(AS_OF)
        stored = {r["customer_id"]: r for r in store.conn.execute(
            "SELECT * FROM score_customers WHERE run_id = ?", (run_id,))}
        assert set(stored) == set(frame.index)
        for cid, row in frame.iterrows():
            for column in scores.SCORE_COLUMNS:
                want, got = row[column], stored[cid][column]
                if isinstance(want, str) or got is None or isinstance(got, str):
                    assert got == (None if want is None or pd.isna(want) else want), column
                else:
                    assert float(got) == float(want), (cid, column, got, want)
    finally:
        store.close()


def payload(path: Path, table: str) -> int:
    """Bytes of ``table``'s rows (the standard library's SQLite has the dbstat table)."""
    import sqlite3 as standard

    conn = standard.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT sum(payload) FROM dbstat WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()


def test_the_same_runs_take_a_third_less_room(old_file) -> None:
    open_database(old_file).close()
    assert payload(old_file, "score_rows") < 0.7 * payload(MADE_BEFORE, "score_customers")
    store = open_database(old_file)
    try:
        assert store.conn.execute("SELECT DISTINCT typeof(value_quadrant) FROM score_rows "
                                  "WHERE value_quadrant IS NOT NULL").fetchone()[0] == "integer"
    finally:
        store.close()


def test_a_word_without_a_code_is_refused_not_stored_as_nothing() -> None:
    columns = {c: [None] for c in scores.SCORE_COLUMNS}
    columns["value_quadrant"] = ["grow"]
    with pytest.raises(ValueError, match="value_quadrant has no code for 'grow'"):
        list(scores.stored_rows([1], columns))


def test_the_codes_cover_every_word_the_engine_writes() -> None:
    from desktop_crm.domain.scoring.segments import RFM_SEGMENTS

    assert set(scores.CODES["value_quadrant"]) == set(engine.VALUE_QUADRANTS)
    assert set(scores.CODES["volume_loyalty"]) == set(engine.VOLUME_LOYALTY)
    assert set(scores.CODES["churn_level"]) == set(engine.CHURN_LEVELS)
    assert set(scores.CODES["nps_group"]) == set(engine.NPS_GROUPS)
    assert set(scores.CODES["rfm_segment"]) == set(RFM_SEGMENTS)


def test_a_customer_purged_while_a_run_computes_leaves_no_row(store, customers) -> None:
    """The rows go in without per-row foreign-key checks; a customer that is gone by the
    time they are stored leaves no row (as before, when the check refused the whole run,
    the run now keeps the others), and the checks are on again afterwards."""
    kept = [customers.create({"name": name}) for name in ("留下的店", "也留下的店")]
    with store.transaction():
        gone = customers.create({"name": "被清除的店"})
        store.conn.execute("DELETE FROM customers WHERE id = ?", (gone,))
    ids = [kept[0], gone, kept[1]]
    columns = {c: [None] * 3 for c in scores.SCORE_COLUMNS}
    columns["value"] = columns["current_value"] = [1.0, 2.0, 3.0]
    run_id = scores.save_run(store, "2026-11-01", {}, ids, columns)
    assert [r[0] for r in store.conn.execute(
        "SELECT customer_id FROM score_customers WHERE run_id = ?", (run_id,))] == kept
    assert scores.run(store, run_id)["customers"] == 2
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.conn.execute("INSERT INTO score_rows (run_id, customer_id) VALUES (?, ?)",
                           (run_id, gone))
