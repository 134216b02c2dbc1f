"""The health check behind ``desktop-crm check``."""

from __future__ import annotations

from desktop_crm.storage import audit, search_index
from desktop_crm.storage.db import Store


def problems(store: Store) -> list[str]:
    """Everything wrong with the open database, as sentences; empty when healthy."""
    found = [
        f"integrity: {row[0]}"
        for row in store.conn.execute("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    for table, rowid, parent, _ in store.conn.execute("PRAGMA foreign_key_check"):
        found.append(f"{table} row {rowid} refers to a missing {parent} row")
    found += [f"search index: {p}" for p in search_index.problems(store.conn)]
    found += audit.problems(store)  # the first broken link of the audit log's chain
    return found


def reindex(store: Store) -> int:
    """Rebuild the search index from the data; returns the number of customers indexed."""
    with store.transaction():
        return search_index.rebuild(store.conn)
