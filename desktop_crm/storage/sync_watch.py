"""What a sync changed in the local file, for the app to refresh what it shows.

The engine writes what it pulls with ``sync_mute`` set. Temporary triggers on the sync's own
connection note every row written while muted, as (kind, customer id): temporary, so the file
itself never holds them and other connections (the app's own edits) do not fire them. The
engine is not asked for anything: it stays as it is. Customers a pull brings in, or gives to
someone else than before, are noted apart (``arrived``): the app tells a user what came.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_tables import BY_KIND, TABLES, Synced

_TABLE = "temp.sync_seen"
_ARRIVED = "temp.sync_arrived"


@dataclass
class Changed:
    kinds: set[str] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    arrived: set[int] = field(default_factory=set)   # customers new here, or with a new owner

    def __bool__(self) -> bool:
        return bool(self.kinds)


def _customer_sql(t: Synced, row: str) -> str:
    """The customer a row belongs to, as SQL over ``row`` (NEW or OLD); NULL for shared data."""
    if t.parent is None:
        return "NULL"
    if t.kind == "customer":
        return f"{row}.id"
    parent_kind = t.refs[t.parent]
    if parent_kind == "customer":
        return f"{row}.{t.parent}"
    parent = BY_KIND[parent_kind]
    return (f"(SELECT {_customer_sql(parent, 'p')} FROM {parent.table} p "
            f"WHERE p.rowid = {row}.{t.parent})")


def start(conn: sqlite3.Connection) -> None:
    """Note, from now on, what this connection writes while the outbox is muted."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_TABLE} (kind TEXT NOT NULL, customer INTEGER)")
    conn.execute(f"DELETE FROM {_TABLE}")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_ARRIVED} (customer INTEGER NOT NULL)")
    conn.execute(f"DELETE FROM {_ARRIVED}")
    muted = "EXISTS (SELECT 1 FROM main.sync_mute)"
    for name, event, extra in (
            ("sync_arrived_insert", "INSERT", ""),
            ("sync_arrived_owner", "UPDATE OF owner_id", " AND OLD.owner_id IS NOT NEW.owner_id")):
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
        conn.execute(f"CREATE TEMP TRIGGER {name} AFTER {event} ON main.customers "
                     f"WHEN {muted}{extra} BEGIN INSERT INTO sync_arrived VALUES (NEW.id); END")
    for t in TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            name = f"temp.sync_seen_{t.table}_{event.lower()}"
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(
                f"CREATE TEMP TRIGGER {name.removeprefix('temp.')} AFTER {event} ON main.{t.table} "
                f"WHEN EXISTS (SELECT 1 FROM main.sync_mute) BEGIN "
                f"INSERT INTO sync_seen VALUES ('{t.kind}', {_customer_sql(t, row)}); END")


def seen(conn: sqlite3.Connection) -> Changed:
    """What was noted since :func:`start` (and forget it)."""
    out = Changed()
    for kind, customer in conn.execute(f"SELECT DISTINCT kind, customer FROM {_TABLE}"):
        out.kinds.add(kind)
        if customer is not None:
            out.customers.add(customer)
    out.arrived = {r[0] for r in conn.execute(f"SELECT customer FROM {_ARRIVED}")}
    conn.execute(f"DELETE FROM {_TABLE}")
    conn.execute(f"DELETE FROM {_ARRIVED}")
    return out
