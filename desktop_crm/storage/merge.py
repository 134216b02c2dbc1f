"""The SQL of merging two customers and of undoing a merge.

What belongs to a customer is found from the schema itself: every table with a foreign key
to ``customers(id)`` (contacts, visits, plans, purchases, members, campaign targets, and
whatever later migrations add). Rows of tables with an ``id`` are moved to the surviving
customer one by one, so an undo can move exactly those back; a row that cannot move because
the survivor already has its unique counterpart (a second member card, the same metric on
the same day) stays with the merged customer, which goes to the trash and keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3

DDL = """
CREATE TABLE duplicate_dismissals (
    a_id INTEGER NOT NULL,
    b_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    PRIMARY KEY (a_id, b_id)
) WITHOUT ROWID;

CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL,
    merged_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    snapshot TEXT NOT NULL,     -- JSON: what moved and what changed, enough to undo
    undone_at TEXT
);
CREATE INDEX merges_customers ON merges(survivor_id, merged_id);
"""

_CHUNK = 900


def owned_tables(store: Store) -> list[tuple[str, str, bool]]:
    """``(table, column, has_id)`` of every table whose rows belong to a customer."""
    out = []
    tables = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    for table in tables:
        for fk in store.conn.execute(f"PRAGMA foreign_key_list({table})"):
            if fk["table"] == "customers" and fk["to"] in (None, "id"):
                out.append((table, fk["from"], "id" in store.columns(table)))
    return out


def ids_of(store: Store, table: str, column: str, customer_id: int) -> list[int]:
    return [r[0] for r in store.conn.execute(
        f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id", (customer_id,))]


def move(store: Store, table: str, column: str, ids: Sequence[int], to: int) -> list[int]:
    """Move rows ``ids`` to customer ``to``; those a unique constraint keeps back stay.
    Returns the ids moved."""
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        store.conn.execute(
            f"UPDATE OR IGNORE {table} SET {column} = ? WHERE id IN ({','.join('?' * len(chunk))})",
            [to, *chunk],
        )
    moved: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        moved += [r[0] for r in store.conn.execute(
            f"SELECT id FROM {table} WHERE {column} = ? AND id IN ({','.join('?' * len(chunk))})",
            [to, *chunk])]
    return moved


def renumber_plans(store: Store, from_customer: int, to_customer: int) -> dict[int, int]:
    """Give the merged customer's plans versions after the survivor's (versions are unique per
    customer); returns ``{plan id: old version}``."""
    top = store.conn.execute(
        "SELECT coalesce(max(version), 0) FROM plans WHERE customer_id = ?", (to_customer,)
    ).fetchone()[0]
    old = dict(store.conn.execute(
        "SELECT id, version FROM plans WHERE customer_id = ?", (from_customer,)).fetchall())
    if top:
        # two steps: negative first, so no intermediate version collides
        store.conn.execute("UPDATE plans SET version = -version WHERE customer_id = ?", (from_customer,))
        store.conn.execute("UPDATE plans SET version = ? - version WHERE customer_id = ?",
                           (top, from_customer))
    return old


def restore_versions(store: Store, versions: dict[int, int]) -> None:
    store.conn.executemany("UPDATE plans SET version = -? WHERE id = ?",
                           [(v, int(i)) for i, v in versions.items()])
    store.conn.executemany("UPDATE plans SET version = ? WHERE id = ?",
                           [(v, int(i)) for i, v in versions.items()])


def copy_tags(store: Store, from_customer: int, to_customer: int) -> list[str]:
    """Give the survivor the merged customer's tags it lacks; returns those added."""
    added = [r[0] for r in store.conn.execute(
        "SELECT tag FROM customer_tags WHERE customer_id = ? AND tag NOT IN "
        "(SELECT tag FROM customer_tags WHERE customer_id = ?) ORDER BY tag",
        (from_customer, to_customer))]
    store.conn.executemany("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)",
                           [(to_customer, t) for t in added])
    return added


def remove_tags(store: Store, customer_id: int, tags: Sequence[str]) -> None:
    store.conn.executemany("DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?",
                           [(customer_id, t) for t in tags])


def copy_custom_values(store: Store, from_customer: int, to_customer: int) -> list[int]:
    """Custom field values of the merged customer the survivor has none for; returns the
    field ids copied."""
    rows = store.conn.execute(
        "SELECT v.field_id, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
        "WHERE f.entity = 'customer' AND v.entity_id = ? AND v.value IS NOT NULL AND v.value != '' "
        "AND NOT EXISTS (SELECT 1 FROM custom_values w WHERE w.field_id = v.field_id "
        "AND w.entity_id = ? AND w.value IS NOT NULL AND w.value != '')",
        (from_customer, to_customer)).fetchall()
    store.conn.executemany(
        "INSERT OR REPLACE INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)",
        [(r[0], to_customer, r[1]) for r in rows])
    return [r[0] for r in rows]


def remove_custom_values(store: Store, customer_id: int, field_ids: Sequence[int]) -> None:
    store.conn.executemany("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?",
                           [(f, customer_id) for f in field_ids])


def counts(store: Store, customer_id: int) -> dict[str, int]:
    """How many rows of each owned table belong to the customer (for the merge dialog)."""
    out = {}
    for table, column, _ in owned_tables(store):
        n = store.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                               (customer_id,)).fetchone()[0]
        if n:
            out[table] = n
    return out


# --- the record of merges -----------------------------------------------------------------

def record_merge(store: Store, survivor: int, merged: int, actor: str, snapshot: dict[str, Any]) -> int:
    return store.conn.execute(
        "INSERT INTO merges (survivor_id, merged_id, at, actor, snapshot) VALUES (?, ?, ?, ?, ?)",
        (survivor, merged, now(), actor, json.dumps(snapshot, ensure_ascii=False)),
    ).lastrowid


def merge_row(store: Store, merge_id: int) -> sqlite3.Row | None:
    return store.conn.execute("SELECT * FROM merges WHERE id = ?", (merge_id,)).fetchone()


def recent_merges(store: Store, limit: int = 100) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT m.*, s.name AS survivor_name, s.code AS survivor_code, d.name AS merged_name, "
        "d.code AS merged_code FROM merges m LEFT JOIN customers s ON s.id = m.survivor_id "
        "LEFT JOIN customers d ON d.id = m.merged_id ORDER BY m.id DESC LIMIT ?", (limit,)
    ).fetchall()


def mark_undone(store: Store, merge_id: int) -> None:
    store.conn.execute("UPDATE merges SET undone_at = ? WHERE id = ?", (now(), merge_id))


# --- dismissed pairs ----------------------------------------------------------------------

def dismiss(store: Store, a: int, b: int, actor: str) -> None:
    low, high = sorted((a, b))
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO duplicate_dismissals (a_id, b_id, at, actor) VALUES (?, ?, ?, ?)",
            (low, high, now(), actor))


def dismissed(store: Store) -> set[tuple[int, int]]:
    return {(r[0], r[1]) for r in store.conn.execute("SELECT a_id, b_id FROM duplicate_dismissals")}
