"""The health check behind ``desktop-crm check``."""

from __future__ import annotations

from desktop_crm.storage import audit, search_index
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3

MAX_DAMAGE_LINES = 20  # SQLite lists every bad cell; the first ones say enough


def problems(store: Store) -> list[str]:
    """Everything wrong with the open database, as sentences; empty when healthy.

    A damaged file gets SQLite's findings and what to do, and no further checks: they would
    only stumble on the same pages.
    """
    damage = _damage(store)
    if damage:
        return damage + [
            f"the file is damaged: rescue what can be read with `desktop-crm recover "
            f"{store.path} NEW.sqlite3`, or restore a backup"
        ]
    found = []
    for table, rowid, parent, _ in store.conn.execute("PRAGMA foreign_key_check"):
        found.append(f"{table} row {rowid} refers to a missing {parent} row")
    found += [f"search index: {p}" for p in search_index.problems(store.conn)]
    found += audit.problems(store)  # the first broken link of the audit log's chain
    return found


def _damage(store: Store) -> list[str]:
    try:
        search_index.refresh_cached(store.conn)  # a long-lived connection's stale cache
        rows = store.conn.execute(f"PRAGMA integrity_check({MAX_DAMAGE_LINES})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [f"integrity: {exc}"]
    # SQLite's first finding starts with a line "*** in database main ***"
    found = [line for r in rows for line in r[0].splitlines() if not line.startswith("***")]
    return [f"integrity: {line}" for line in found if line != "ok"]


def reindex(store: Store) -> int:
    """Rebuild the search index from the data; returns the number of customers indexed."""
    with store.transaction():
        return search_index.rebuild(store.conn)
