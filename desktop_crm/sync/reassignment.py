"""A customer given to someone else, as one laptop's sync meets it: whom this login may give
a customer to (kept in the file, for the app to offer only them), and the dossiers that left
this login's sight (removed from the file once their edits were pushed)."""

from __future__ import annotations

import psycopg

from desktop_crm.storage import sync_rows
from desktop_crm.storage.db import Store


def note_give_to(store: Store, conn: psycopg.Connection) -> None:
    """Keep in the file whom this login may give a customer to, for the app to offer only
    them (a manager: the team's staff; the file does not hold the teams)."""
    owners = [r[0] for r in conn.execute("SELECT unnest(crm.visible_owners())::text")]
    with store.transaction():
        sync_rows.set_give_to(store.conn, owners)


def remove_departed(store: Store, conn: psycopg.Connection,
                    names: list[str] | None = None) -> int:
    """Remove the dossiers given to someone this login may not see (their edits here were
    pushed just before, as stray edits for the new owner). A pull notes them in the file, so
    a sync cut after its pull still removes them the next time. The names of the customers
    removed are added to ``names``."""
    customers = sync_rows.departures(store.conn)
    if not customers:
        return 0
    gone = [c for c in customers
            if conn.execute("SELECT 1 FROM crm.records WHERE uuid = %s", (c,)).fetchone() is None]
    removed = 0
    with store.transaction():
        sync_rows.mute(store.conn, True)
        try:
            for uuid in gone:
                local_id = sync_rows.local_id_of(store.conn, "customer", uuid)
                row = store.get("customers", local_id) if local_id is not None else None
                if sync_rows.remove(store.conn, "customer", uuid):
                    removed += 1
                    if names is not None and row is not None:
                        names.append(row["name"])
            sync_rows.forget_departures(store.conn, customers)
        finally:
            sync_rows.mute(store.conn, False)
    return removed
