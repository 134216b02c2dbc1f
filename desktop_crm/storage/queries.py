"""Named queries the domain services need beyond the generic row helpers of :class:`Store`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from desktop_crm.storage import audit as audit_log
from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import Store, now_number
from desktop_crm.storage.driver import sqlite3


# --- customers ---------------------------------------------------------------------------

def customer_by_code(store: Store, code: str) -> sqlite3.Row | None:
    return store.conn.execute("SELECT * FROM customers WHERE code = ?", (code,)).fetchone()


def existing_codes(store: Store, codes: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(codes), 900):
        chunk = list(codes[start : start + 900])
        found.update(
            store.conn.execute(
                f"SELECT code, id FROM customers WHERE code IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return found


def next_codes(store: Store, count: int) -> list[str]:
    """Codes not yet used, for customers entered without one: ``C000001``...; on a laptop
    connected to a team server, ``LOGIN-000001``... (each login numbers its own, so two
    laptops never make up the same code)."""
    if count <= 0:  # an import whose rows all have codes asks for each chunk
        return []
    prefix = made_up_prefix(store.conn)
    row = store.conn.execute(
        "SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM customers "
        "WHERE substr(code, 1, ?) = ? AND substr(code, ?) GLOB '[0-9]*' "
        "AND substr(code, ?) NOT GLOB '*[^0-9]*'",
        (len(prefix) + 1, len(prefix), prefix, len(prefix) + 1, len(prefix) + 1),
    ).fetchone()
    start = (row[0] or 0) + 1
    return [f"{prefix}{n:06d}" for n in range(start, start + count)]


def made_up_prefix(conn: sqlite3.Connection) -> str:
    has_link = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").fetchone()
    login = conn.execute("SELECT login FROM sync_state").fetchone() if has_link else None
    return f"{login[0]}-" if login else "C"


def trashed_customers(store: Store) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT id, code, name, deleted_at FROM customers WHERE deleted_at IS NOT NULL "
        "ORDER BY deleted_at DESC"
    ).fetchall()


def tags_of(store: Store, customer_id: int) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag", (customer_id,)
        )
    ]


def set_tags(store: Store, customer_id: int, tags: Iterable[str]) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM customer_tags WHERE customer_id = ?", (customer_id,))
        store.conn.executemany(
            "INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)",
            [(customer_id, t) for t in tags],
        )


def add_tags_many(store: Store, pairs: Iterable[tuple[int, str]]) -> None:
    with store.transaction():
        store.conn.executemany(
            "INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)", pairs
        )


# --- staff -------------------------------------------------------------------------------

def staff_id(store: Store, value: object) -> int | None:
    """The id of a staff member given by id or by name."""
    if isinstance(value, int) or (isinstance(value, str) and value.isascii() and value.isdigit()):
        row = store.conn.execute("SELECT id FROM staff WHERE id = ?", (int(value),)).fetchone()
        if row:
            return row[0]
    row = store.conn.execute("SELECT id FROM staff WHERE name = ?", (str(value),)).fetchone()
    return row[0] if row else None


def staff_names(store: Store) -> dict[int, str]:
    return dict(store.conn.execute("SELECT id, name FROM staff").fetchall())


# --- history -----------------------------------------------------------------------------

def log_changes(
    store: Store,
    rows: Iterable[tuple[str, int, int, str, object, object]],
    actor: str,
    batch_id: int | None = None,
) -> None:
    """Record changes as ``(entity, entity_id, customer_id, field, old, new)`` rows.

    One statement reading the rows as JSON: an import logs 100,000 at a time, and binding
    them row by row took ~40 % longer."""
    listed = json.dumps([
        (entity, entity_id, customer_id, fld,
         None if old is None else str(old), None if new is None else str(new))
        for entity, entity_id, customer_id, fld, old, new in rows], ensure_ascii=False)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO change_log (at, actor, entity, entity_id, customer_id, field, "
            "old_value, new_value, batch_id) SELECT ?, ?, value ->> 0, value ->> 1, "
            "value ->> 2, value ->> 3, value ->> 4, value ->> 5, ? FROM json_each(?)",
            (now_number(), actor, batch_id, listed))


def history(store: Store, customer_id: int) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT * FROM change_log WHERE customer_id = ? ORDER BY at DESC, id DESC", (customer_id,)
    ).fetchall()


def audit(store: Store, actor: str, action: str, detail: str) -> None:
    audit_log.record(store, actor, action, detail)


# --- contacts and interactions ----------------------------------------------------------

def contacts_of(store: Store, customer_id: int, trashed: bool = False) -> list[sqlite3.Row]:
    """The customer's contacts, or those in the trash."""
    deleted = "IS NOT NULL" if trashed else "IS NULL"
    return store.conn.execute(
        f"SELECT * FROM contacts WHERE customer_id = ? AND deleted_at {deleted} "
        "ORDER BY is_primary DESC, id",
        (customer_id,),
    ).fetchall()


def interactions_of(
    store: Store, customer_id: int, limit: int | None = None, trashed: bool = False
) -> list[sqlite3.Row]:
    """The customer's visits newest first, or those in the trash."""
    deleted = "IS NOT NULL" if trashed else "IS NULL"
    return store.conn.execute(
        "SELECT i.*, s.name AS staff_name FROM interactions i "
        "LEFT JOIN staff s ON s.id = i.staff_id "
        f"WHERE i.customer_id = ? AND i.deleted_at {deleted} "
        "ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?",
        (customer_id, -1 if limit is None else limit),
    ).fetchall()


def interaction_contact_ids(store: Store, interaction_id: int) -> list[int]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?",
            (interaction_id,),
        )
    ]


def set_interaction_contacts(store: Store, interaction_id: int, contact_ids: Iterable[int]) -> None:
    with store.transaction():
        store.conn.execute(
            "DELETE FROM interaction_contacts WHERE interaction_id = ?", (interaction_id,)
        )
        store.conn.executemany(
            "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)",
            [(interaction_id, c) for c in contact_ids],
        )


def open_follow_ups(
    store: Store,
    until: date | None = None,
    staff_id: int | None = None,
    customer_id: int | None = None,
    before: date | None = None,
) -> list[sqlite3.Row]:
    """Follow-ups not yet done, earliest first, of customers not in the trash; with
    ``before``, those due before that day (overdue, when it is today)."""
    sql = (
        "SELECT i.*, c.code, c.name AS customer_name FROM interactions i "
        "JOIN customers c ON c.id = i.customer_id "
        "WHERE i.follow_up_due IS NOT NULL AND i.follow_up_done_at IS NULL "
        "AND i.deleted_at IS NULL AND c.deleted_at IS NULL"
    )
    params: list[object] = []
    if until is not None:
        sql += " AND i.follow_up_due <= ?"
        params.append(day_number(until))
    if before is not None:
        sql += " AND i.follow_up_due < ?"
        params.append(day_number(before))
    if staff_id is not None:
        sql += " AND i.staff_id = ?"
        params.append(staff_id)
    if customer_id is not None:
        sql += " AND i.customer_id = ?"
        params.append(customer_id)
    return store.conn.execute(sql + " ORDER BY i.follow_up_due, i.id", params).fetchall()


def delete_custom_values(store: Store, customer_id: int) -> None:
    """Custom values of a customer and its contacts (they have no foreign key to cascade)."""
    with store.transaction():
        store.conn.execute(
            "DELETE FROM custom_values WHERE field_id IN "
            "(SELECT id FROM custom_fields WHERE entity = 'customer') AND entity_id = ?",
            (customer_id,),
        )
        store.conn.execute(
            "DELETE FROM custom_values WHERE field_id IN "
            "(SELECT id FROM custom_fields WHERE entity = 'contact') "
            "AND entity_id IN (SELECT id FROM contacts WHERE customer_id = ?)",
            (customer_id,),
        )
