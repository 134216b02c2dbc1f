"""The SQL of imports: batches and their items, matching rows by a key, bulk writes, revert.

An import writes through these functions inside one transaction opened by the domain
(:mod:`desktop_crm.domain.importing`); every statement here joins that transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop_crm.storage import search_index, sync_tables
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3

_CHUNK = 900  # values per IN (...): under SQLite's 999 host parameters of old builds

# What each kind of import writes, and the column that ties a row to its customer.
TABLES = {
    "customers": ("customers", None),
    "contacts": ("contacts", "customer_id"),
    "visits": ("interactions", "customer_id"),
    "transactions": ("transactions", "customer_id"),
    "members": ("members", "customer_id"),
}
# Entities as ``import_batch_items`` and ``change_log`` name them.
ENTITIES = {
    "customers": "customer", "contacts": "contact", "visits": "interaction",
    "transactions": "transaction", "members": "member",
}
ENTITY_TABLES = {entity: TABLES[kind][0] for kind, entity in ENTITIES.items()}
ENTITY_TABLES["points_move"] = "points_moves"  # imported member balances, as adjustments


def _chunks(values: Sequence[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start : start + _CHUNK])


# --- batches ------------------------------------------------------------------------------

def create_batch(store: Store, kind: str, source: str, actor: str) -> int:
    return store.insert(
        "import_batches",
        {"kind": kind, "source": source, "started_at": now(), "actor": actor, "status": "running"},
    )


def finish_batch(store: Store, batch_id: int, status: str, summary: Mapping[str, Any]) -> None:
    store.conn.execute(
        "UPDATE import_batches SET status = ?, finished_at = ?, summary = ? WHERE id = ?",
        (status, now(), json.dumps(summary, ensure_ascii=False), batch_id),
    )


def add_items(store: Store, batch_id: int, entity: str, ids: Iterable[int], action: str) -> None:
    store.conn.execute(
        "INSERT OR IGNORE INTO import_batch_items (batch_id, entity, entity_id, action) "
        "SELECT ?, ?, value, ? FROM json_each(?)", (batch_id, entity, action, search_index.json_ids(ids)))


def batches(store: Store, limit: int = 200) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT * FROM import_batches ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()


def batch(store: Store, batch_id: int) -> sqlite3.Row | None:
    return store.conn.execute("SELECT * FROM import_batches WHERE id = ?", (batch_id,)).fetchone()


def batch_items(store: Store, batch_id: int, action: str) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT entity, entity_id FROM import_batch_items WHERE batch_id = ? AND action = ? "
        "ORDER BY entity, entity_id",
        (batch_id, action),
    ).fetchall()


def batch_changes(store: Store, batch_id: int) -> list[sqlite3.Row]:
    """Field changes an import made to existing rows (not its '*created' entries)."""
    return store.conn.execute(
        "SELECT * FROM change_log WHERE batch_id = ? AND field NOT LIKE '*%' ORDER BY id DESC",
        (batch_id,),
    ).fetchall()


def changed_since(store: Store, batch_id: int, entity: str, ids: Sequence[int]) -> int:
    """How many of ``ids`` someone changed after the import (history rows of other batches
    or of no batch, written later than the batch's own)."""
    last = store.conn.execute(
        "SELECT coalesce(max(id), 0) FROM change_log WHERE batch_id = ?", (batch_id,)
    ).fetchone()[0]
    found: set[int] = set()
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        column = "customer_id" if entity == "customer" else "entity_id"
        found.update(
            r[0]
            for r in store.conn.execute(
                f"SELECT DISTINCT {column} FROM change_log WHERE id > ? "
                f"AND {column} IN ({marks})" + ("" if entity == "customer" else " AND entity = ?"),
                [last, *chunk] + ([] if entity == "customer" else [entity]),
            )
        )
    return len(found)


# --- matching -----------------------------------------------------------------------------

def customers_by(store: Store, column: str, values: Sequence[str]) -> dict[str, list[int]]:
    """Customers not in the trash whose ``column`` is one of ``values``: value -> ids."""
    store._checked("customers", [column])
    out: dict[str, list[int]] = {}
    for chunk in _chunks(list(dict.fromkeys(values))):
        for value, cid in store.conn.execute(
            f"SELECT {column}, id FROM customers WHERE {column} IN ({','.join('?' * len(chunk))}) "
            "AND deleted_at IS NULL ORDER BY id",
            chunk,
        ):
            out.setdefault(str(value), []).append(cid)
    return out


def customers_by_phone(store: Store, phones: Sequence[str]) -> dict[str, sqlite3.Row]:
    """The first customer not in the trash with each phone (through the list's phone index)."""
    out: dict[str, sqlite3.Row] = {}
    for chunk in _chunks(list(dict.fromkeys(phones))):
        for row in store.conn.execute(
            "SELECT id, code, name, area, phone FROM customers WHERE coalesce(phone, '') IN "
            f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL ORDER BY id", chunk,
        ):
            out.setdefault(row["phone"], row)
    return out


def customers_by_name(store: Store, names: Sequence[str]) -> dict[str, list[sqlite3.Row]]:
    out: dict[str, list[sqlite3.Row]] = {}
    for chunk in _chunks(list(dict.fromkeys(names))):
        for row in store.conn.execute(
            "SELECT id, code, name, area FROM customers WHERE name IN "
            f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL ORDER BY id", chunk,
        ):
            out.setdefault(row["name"], []).append(row)
    return out


def rows_by_key(
    store: Store, table: str, key: str, pairs: Sequence[tuple[int | None, Any]],
    customer_column: str | None,
) -> dict[tuple[int | None, str], int]:
    """Existing rows of ``table`` whose ``key`` (within the customer, when the table has one)
    matches: ``(customer_id, value) -> id``."""
    store._checked(table, [key])
    deleted = " AND deleted_at IS NULL" if "deleted_at" in store.columns(table) else ""
    out: dict[tuple[int | None, str], int] = {}
    values = list(dict.fromkeys(v for _, v in pairs))
    for chunk in _chunks(values):
        marks = ",".join("?" * len(chunk))
        owner = customer_column or "NULL"
        for cid, value, rid in store.conn.execute(
            f"SELECT {owner}, {key}, id FROM {table} WHERE {key} IN ({marks}){deleted} ORDER BY id",
            chunk,
        ):
            out.setdefault((cid, str(value)), rid)
    return out


def rows_by_id(store: Store, table: str, ids: Sequence[int]) -> dict[int, sqlite3.Row]:
    out: dict[int, sqlite3.Row] = {}
    for chunk in _chunks(list(ids)):
        out.update(
            (r["id"], r)
            for r in store.conn.execute(
                f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    return out


def member_cards(store: Store, cards: Sequence[str]) -> dict[str, int]:
    """Card number -> customer id of existing members."""
    out: dict[str, int] = {}
    for chunk in _chunks(list(cards)):
        out.update(
            store.conn.execute(
                f"SELECT card_no, customer_id FROM members WHERE card_no IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return out


def staff_by_name(store: Store) -> dict[str, int]:
    return {name: sid for sid, name in store.conn.execute("SELECT id, name FROM staff")}


# --- writing ------------------------------------------------------------------------------

def add_points_moves(store: Store, points: Mapping[int, int], note: str) -> list[int]:
    """An 'adjust' points move per member (``{member id: points}``), dated today."""
    stamp = now()
    rows = [{"member_id": mid, "occurred_on": stamp[:10], "kind": "adjust", "points": p,
             "note": note, "created_at": stamp} for mid, p in points.items()]
    return store.insert_many("points_moves", rows)


def members_of(store: Store, customer_ids: Sequence[int]) -> list[sqlite3.Row]:
    out: list[sqlite3.Row] = []
    for chunk in _chunks(list(customer_ids)):
        out += store.conn.execute(
            f"SELECT id, customer_id, points_balance FROM members WHERE customer_id IN "
            f"({','.join('?' * len(chunk))})", chunk).fetchall()
    return out


def update_rows(store: Store, table: str, changes: Mapping[int, Mapping[str, Any]]) -> None:
    """Set columns per row id (``{id: {column: value}}``), grouped by the set of columns."""
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    stamp = now()
    has_updated = "updated_at" in store.columns(table)
    for rid, values in changes.items():
        values = store._encoded(table, {**values, "updated_at": stamp} if has_updated else values)
        cols = tuple(sorted(values))
        store._checked(table, cols)
        groups.setdefault(cols, []).append((*(values[c] for c in cols), rid))
    for cols, params in groups.items():
        sets = ", ".join(f"{c} = ?" for c in cols)
        store.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params)


def delete_rows(store: Store, table: str, ids: Sequence[int]) -> None:
    store.columns(table)
    for chunk in _chunks(list(ids)):
        store.conn.execute(
            f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )


def delete_custom_values(store: Store, entity: str, ids: Sequence[int]) -> None:
    """Custom values of removed customers or contacts (they have no foreign key)."""
    for chunk in _chunks(list(ids)):
        store.conn.execute(
            "DELETE FROM custom_values WHERE field_id IN "
            "(SELECT id FROM custom_fields WHERE entity = ?) "
            f"AND entity_id IN ({','.join('?' * len(chunk))})",
            [entity, *chunk],
        )


def current_value(store: Store, table: str, row_id: int, column: str) -> Any:
    store._checked(table, [column])
    row = store.conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else row[0]


def set_value(store: Store, table: str, row_id: int, column: str, value: Any) -> None:
    store._checked(table, [column])
    store.conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                       (store._encoded(table, {column: value})[column], row_id))


def mark_reverted(store: Store, batch_id: int, summary: Mapping[str, Any]) -> None:
    row = batch(store, batch_id)
    merged = {**json.loads(row["summary"] or "{}"), "revert": dict(summary)}
    store.conn.execute(
        "UPDATE import_batches SET status = 'reverted', summary = ? WHERE id = ?",
        (json.dumps(merged, ensure_ascii=False), batch_id),
    )


# --- the search index, for big batches ----------------------------------------------------

BULK_INDEX_MIN = 2000   # rows below which keeping the full-text indexes in step is as good
BULK_ROWS = 20_000      # rows from which a file is loaded with the table's indexes set aside
# Indexes a big import keeps in step: the unique ones guard the data, and its own look-ups
# (by name and phone, for likely duplicates) read these two.
_KEPT_INDEXES = ("customers_name", "customers_list_phone")
# The trigger a bulk import does the work of (see set_search_aside): marking each new
# customer to be indexed, when the import writes its entry itself.
_SET_ASIDE = ("customers_search_ai",)


def _drop(store: Store, kind: str, where: str, params: Sequence[Any] = ()) -> list[str]:
    """Drop the indexes or triggers (``kind``) of the schema that ``where`` picks; returns
    the statements that make them again (:func:`restore_aside`). Done inside the import's
    transaction, so a failure brings them back with the rest."""
    found = store.conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND {where}",
        (kind, *params)).fetchall()
    for name, _ in found:
        store.conn.execute(f'DROP {kind.upper()} "{name}"')
    return [statement for _, statement in found]


def set_indexes_aside(store: Store, table: str) -> list[str]:
    """Drop ``table``'s other indexes for a big load. Building an index once over the loaded
    table is ~5x cheaper than keeping a dozen in step row by row (100k customers: 1.1 s
    against 5.4 s)."""
    kept = ", ".join("?" * len(_KEPT_INDEXES))
    return _drop(store, "index", f"tbl_name = ? AND sql NOT LIKE 'CREATE UNIQUE%' "
                 f"AND name NOT IN ({kept})", (table, *_KEPT_INDEXES))


# The trigger that makes each new customer's phone a way (storage/contact_ways.py): a big
# load drops it and adds a chunk's ways in one statement (contact_ways.add_missing): 100k
# customers 0.3 s instead of 1.9 s, row by row.
WAY_TRIGGER = "contact_ways_customer_insert"


def set_ways_aside(store: Store) -> list[str]:
    """Drop :data:`WAY_TRIGGER` for a big load (none to drop in a file without it)."""
    return _drop(store, "trigger", "name = ?", (WAY_TRIGGER,))


def set_sync_aside(store: Store) -> list[str]:
    """Drop the synced tables' insert triggers for a big load into a file not connected to a
    team, where they do nothing (they wait for a connection; connecting gives every record
    its UUID and sends it) but still cost each row ~2.5 µs per table. None while connected:
    there they give UUIDs and fill the outbox."""
    if sync_tables.connected(store.conn):
        return []
    return _drop(store, "trigger", "name LIKE 'sync\\_%' ESCAPE '\\' "
                 "AND sql LIKE '% AFTER INSERT ON %'")


def restore_aside(store: Store, statements: Sequence[str]) -> None:
    """Make again what :func:`set_indexes_aside` and the like set aside."""
    for statement in statements:
        store.conn.execute(statement)


def set_search_aside(store: Store, incoming: int) -> bool:
    """Before an import of ``incoming`` rows: whether the import writes the search entries of
    the customers it creates itself, a chunk at a time (:func:`index_created`), from what it
    worked out in its preparing process, instead of marking them for the flush to read back
    and work out again. Worth it when the rows coming are many, and a tenth or more of the
    index. The marking trigger is dropped inside the import's transaction, so a failure
    brings it back; :func:`restore_search` makes it again."""
    indexed = store.conn.execute("SELECT count(*) FROM search_keys").fetchone()[0]
    if incoming < BULK_INDEX_MIN or incoming * 10 < indexed + incoming:
        return False
    for trigger in _SET_ASIDE:
        store.conn.execute(f"DROP TRIGGER {trigger}")
    return True


def index_created(store: Store, entries: Mapping[int, search_index.Entry], *, bulk: bool) -> None:
    """Store the search entries of customers just created, worked out by the import from
    their values (the flush on commit need not read them back to build the same): each
    full-text index takes a chunk in one statement."""
    search_index.write(store.conn, entries, new=True)
    if not bulk:  # the trigger marked them to be indexed: they are
        store.conn.executemany(
            "DELETE FROM search_dirty WHERE customer_id = ?", ((i,) for i in entries))


def restore_search(store: Store) -> None:
    """After a bulk import: bring the entries of customers changed rather than created up to
    date, and make the trigger again."""
    search_index.flush(store.conn)
    search_index.make_triggers(store.conn, _SET_ASIDE)


# --- keys met so far in a file ------------------------------------------------------------
# A file of a million rows has a million keys: the importer keeps them here, in a temporary
# table (on disk, not in memory), to tell a row whose key came earlier in the same file.

def seen_start(store: Store) -> None:
    store.conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS import_seen (kind TEXT NOT NULL, key TEXT NOT NULL, "
        "line INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID"
    )
    store.conn.execute("DELETE FROM temp.import_seen")


def seen_lines(store: Store, kind: str, keys: Sequence[str]) -> dict[str, int]:
    """The line each of ``keys`` was first met on, for those met before."""
    out: dict[str, int] = {}
    for chunk in _chunks(list(dict.fromkeys(keys))):
        out.update(store.conn.execute(
            f"SELECT key, line FROM temp.import_seen WHERE kind = ? AND key IN "
            f"({','.join('?' * len(chunk))})", [kind, *chunk]).fetchall())
    return out


def seen_add(store: Store, rows: Iterable[tuple[str, str, int]]) -> None:
    store.conn.executemany(
        "INSERT OR IGNORE INTO temp.import_seen (kind, key, line) VALUES (?, ?, ?)", rows)


def seen_end(store: Store) -> None:
    store.conn.execute("DELETE FROM temp.import_seen")
