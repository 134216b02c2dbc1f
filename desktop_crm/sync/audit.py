"""The audit log goes up: exports, prints and other uses of customer data recorded on a
laptop are sent to the team server (``crm.audit``) by each sync, where admins list them.

Up only, append-only: nothing comes back down, nothing conflicts. The file remembers the
last of its rows the server acknowledged (``sync_state.audit_sent``); each row carries its
local id, so a push whose answer was lost with the connection sends nothing twice.
"""

from __future__ import annotations

from typing import Any

import psycopg

from desktop_crm.storage import sync_rows
from desktop_crm.storage.db import Store
from desktop_crm.sync import ServerError
from desktop_crm.sync.server import check_version, connect


def push(store: Store, conn: psycopg.Connection) -> int:
    """Send the audit rows the server has not had; how many."""
    rows = sync_rows.audit_unsent(store.conn)
    if not rows:
        return 0
    with conn.transaction():
        with conn.cursor() as cursor:
            cursor.executemany("SELECT crm.send_audit(%s, %s, %s, %s, %s, %s)", rows)
    with store.transaction():
        sync_rows.set_audit_sent(store.conn, rows[-1][0])
    return len(rows)


def listing(url: str, limit: int | None = None) -> list[dict[str, Any]]:
    """The team's audit log, newest first, for an admin."""
    with connect(url) as conn:
        check_version(conn)
        if conn.execute("SELECT crm.my_role()").fetchone()[0] != "admin":
            raise ServerError("Only the team's administrators may read its audit log.")
        cursor = conn.execute(
            "SELECT login, machine, at, actor, action, detail, received_at::text "
            "FROM crm.audit ORDER BY received_at DESC, id DESC LIMIT %s", (limit,))
        names = [c.name for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor]
