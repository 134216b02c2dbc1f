"""The SQL of user-defined fields (``custom_fields``) and their values (``custom_values``)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3


def fields(store: Store, entity: str) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT * FROM custom_fields WHERE entity = ? ORDER BY position, id", (entity,)
    ).fetchall()


def field_by_key(store: Store, entity: str, key: str) -> sqlite3.Row | None:
    return store.conn.execute(
        "SELECT * FROM custom_fields WHERE entity = ? AND key = ?", (entity, key)
    ).fetchone()


def next_position(store: Store, entity: str) -> int:
    row = store.conn.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM custom_fields WHERE entity = ?", (entity,)
    ).fetchone()
    return row[0]


def values_of(store: Store, entity: str, entity_id: int) -> dict[str, str]:
    """Stored values of one record, by field key (fields without a value are absent)."""
    return dict(
        store.conn.execute(
            "SELECT f.key, v.value FROM custom_values v "
            "JOIN custom_fields f ON f.id = v.field_id "
            "WHERE f.entity = ? AND v.entity_id = ? AND v.value IS NOT NULL",
            (entity, entity_id),
        ).fetchall()
    )


def values_of_field(store: Store, field_id: int) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT entity_id, value FROM custom_values WHERE field_id = ? AND value IS NOT NULL "
        "ORDER BY entity_id",
        (field_id,),
    ).fetchall()


def count_values(store: Store, field_id: int) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM custom_values WHERE field_id = ? AND value IS NOT NULL",
        (field_id,),
    ).fetchone()[0]


def set_values(store: Store, rows: Iterable[tuple[int, int, str | None]]) -> None:
    """Write ``(field_id, entity_id, value)``; a value of None removes it."""
    rows = list(rows)
    with store.transaction():
        store.conn.executemany(
            "DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?",
            [(f, e) for f, e, v in rows if v is None],
        )
        store.conn.executemany(
            "INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?) "
            "ON CONFLICT (field_id, entity_id) DO UPDATE SET value = excluded.value",
            [(f, e, v) for f, e, v in rows if v is not None],
        )


def contact_customers(store: Store, contact_ids: Iterable[int]) -> dict[int, int]:
    """The customer each contact belongs to (the dossier a contact's change is logged in)."""
    ids = list(contact_ids)
    out: dict[int, int] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        out.update(
            store.conn.execute(
                f"SELECT id, customer_id FROM contacts WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return out


def values_for(store: Store, field_ids: Iterable[int], entity_ids: Iterable[int]) -> dict[tuple[int, int], str]:
    """``(field_id, entity_id) -> value`` of these fields for these records."""
    fields = list(field_ids)
    ids = list(dict.fromkeys(entity_ids))
    out: dict[tuple[int, int], str] = {}
    if not fields:
        return out
    marks = ",".join("?" * len(fields))
    for start in range(0, len(ids), 800):
        chunk = ids[start : start + 800]
        for field_id, entity_id, value in store.conn.execute(
            f"SELECT field_id, entity_id, value FROM custom_values WHERE field_id IN ({marks}) "
            f"AND entity_id IN ({','.join('?' * len(chunk))}) AND value IS NOT NULL",
            [*fields, *chunk],
        ):
            out[(field_id, entity_id)] = value
    return out


def value_by_name(store: Store, entity: str, entity_id: int, key: str) -> str | None:
    row = store.conn.execute(
        "SELECT v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
        "WHERE f.entity = ? AND f.key = ? AND v.entity_id = ?", (entity, key, entity_id),
    ).fetchone()
    return None if row is None else row[0]
