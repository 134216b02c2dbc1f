"""The local side of publishing a file to the team server: its customers as a merge sees them,
and the two changes a merge makes before the first sync — a matched customer takes the
server's UUID (what hangs off it follows, as it refers to the local id), and codes that
would clash with the team's are changed."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_crm.storage import queries
from desktop_crm.storage.days import stamp_number
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_tables import KIND_CODES, as_bytes, text_sql


def customers(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every customer (the trash too) with its UUID, code and name."""
    return conn.execute(
        f"SELECT c.id, {text_sql('s.uuid')} AS uuid, c.code, c.name FROM customers c "
        "JOIN sync_ids s ON s.kind = ? AND s.local_id = c.id ORDER BY c.id",
        (KIND_CODES["customer"],)).fetchall()


def take_over(conn: sqlite3.Connection, customer_id: int, uuid: str,
              created_at: str | None) -> None:
    """The customer becomes the team's record ``uuid``: its UUID, and the date the team has
    had it since (not a difference worth a conflict)."""
    conn.execute("UPDATE sync_ids SET uuid = ?, version = NULL WHERE kind = ? "
                 "AND local_id = ?", (as_bytes(uuid), KIND_CODES["customer"], customer_id))
    if created_at:
        conn.execute("UPDATE customers SET created_at = ? WHERE id = ?",
                     (stamp_number(created_at), customer_id))


def change_codes(store: Store, codes: Mapping[int, str], actor: str) -> None:
    """Give customers new codes at once (a temporary code first, so that two customers may
    swap codes), each change in the dossier's history."""
    conn = store.conn
    old = {row[0]: row[1] for row in conn.execute(
        f"SELECT id, code FROM customers WHERE id IN ({','.join('?' * len(codes))})",
        list(codes))}
    conn.executemany("UPDATE customers SET code = '~' || id || '~' || code WHERE id = ?",
                     [(i,) for i in codes])
    conn.executemany("UPDATE customers SET code = ? WHERE id = ?",
                     [(code, i) for i, code in codes.items()])
    queries.log_changes(store, [("customer", i, i, "code", old[i], code)
                                for i, code in codes.items() if old[i] != code], actor)
