"""The bench's 1M file is the 100k demo replicated in SQL (bench/million_db.py): checked here
on a small demo file made three times as big."""

from __future__ import annotations

from datetime import date

from bench.million_db import replicate
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.search import search
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database
from desktop_crm.storage.sync_tables import KIND_CODES

N = 200
COUNTED = ("customers", "contacts", "customer_tags", "interactions", "interaction_contacts",
           "transactions", "members", "plans", "plan_points", "plan_actions", "metric_snapshots",
           "change_log")


def test_three_copies_make_three_times_the_rows_unique_and_healthy(tmp_path) -> None:
    store = open_database(tmp_path / "demo.sqlite3")
    build_demo(store, N, seed=3, today=date(2026, 11, 1))
    conn = store.conn
    before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    ids_before = conn.execute("SELECT count(*) FROM sync_ids").fetchone()[0]
    staff = conn.execute("SELECT count(*) FROM staff").fetchone()[0]
    original = conn.execute(
        "SELECT id, code, name FROM customers WHERE id NOT IN (SELECT customer_id FROM members) "
        "ORDER BY id LIMIT 1").fetchone()

    replicate(store, 3)

    after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    assert after == {t: 3 * n for t, n in before.items()}
    assert all(before.values())
    assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] == staff  # shared
    for column, table in (("code", "customers"), ("card_no", "members"), ("phone", "customers")):
        values = [r[0] for r in conn.execute(f"SELECT {column} FROM {table}")
                  if r[0] and r[0].startswith(("1", "4", "M"))]
        assert len(values) == len(set(values)), column
    # every record of the copies has its own UUID; the link rows and shared data add none
    uuids = conn.execute("SELECT count(*), count(DISTINCT uuid) FROM sync_ids").fetchone()
    assert uuids[0] == uuids[1] > ids_before
    for kind, table in (("customer", "customers"), ("interaction", "interactions"),
                        ("purchase", "transactions"), ("member", "members"),
                        ("history", "change_log")):
        assert conn.execute("SELECT count(*) FROM sync_ids WHERE kind = ?",
                            (KIND_CODES[kind],)).fetchone()[0] == after[table], kind
    # a copy keeps its dossier: the second copy of the first outlet has its contacts and
    # purchases, the history names it, the list's columns and the search index know it
    copy = original["id"] + 2 * conn.execute("SELECT max(id) FROM customers").fetchone()[0] // 3
    row = conn.execute("SELECT code, name, name_sort FROM customers WHERE id = ?",
                       (copy,)).fetchone()
    assert row["code"] != original["code"] and row["name"] == original["name"] + "三店"
    assert row["name_sort"].endswith(" " + row["name"]) and "sandian" in row["name_sort"]
    for table in ("contacts", "transactions", "interactions"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE customer_id = ?", (copy,)).fetchone()[0] \
            == conn.execute(f"SELECT count(*) FROM {table} WHERE customer_id = ?",
                            (original["id"],)).fetchone()[0], table
    assert conn.execute("SELECT entity_id FROM change_log WHERE customer_id = ?",
                        (copy,)).fetchone()[0] == copy
    assert [h.customer_id for h in search(store, row["code"])][:1] == [copy]
    assert copy in [h.customer_id for h in search(store, row["name"])]
    assert problems(store) == []
    store.close()

