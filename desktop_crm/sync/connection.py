"""A laptop's file connected to the team server: which server, as whom, since when.

The password is never stored in the file: it comes from the OS keyring (when the user chose
to keep it there), ``PGPASSWORD`` / ``~/.pgpass`` as for every libpq tool, or a prompt.

psycopg (and the sync engine) are loaded by the functions that talk to the server: the app
asks :func:`link` and :func:`status` of every file at start-up, and most files work alone
(psycopg is a fifth of a cold start).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_crm.storage import sync_rows, sync_tables
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3
from desktop_crm.sync import ServerError

if TYPE_CHECKING:
    import psycopg

    from desktop_crm.sync import engine

# psycopg's own warnings (a pipeline it cannot close on a dropped connection) go to the app's
# log when it keeps one, never to the user's terminal: the user gets ServerError's sentence
logging.getLogger("psycopg").addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Link:
    url: str
    login: str
    role: str | None
    staff_uuid: str | None
    checkpoint: str | None
    last_sync_at: str | None


def without_password(url: str, login: str | None = None) -> str:
    """The URL as kept in the file: no password, the login in it."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    params.pop("password", None)
    if login:
        params["user"] = login
    return make_conninfo("", **params)


def link(store: Store) -> Link | None:
    row = sync_rows.state(store.conn)
    return Link(*row) if row else None


def open_server(url: str, password: str | None = None) -> psycopg.Connection:
    from desktop_crm.sync.server import connect as server_connect

    options: dict[str, Any] = {"autocommit": True}
    if password:
        options["password"] = password
    return server_connect(url, **options)


def address(url: str, login: str | None = None) -> str:
    """The server as shown to the user and kept in the keyring: login@host:port/database."""
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(url)
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    return f"{login or params.get('user', '')}@{host}{port}/{params.get('dbname', '')}"


def probe(url: str, login: str, password: str | None) -> tuple[str, str | None]:
    """Try a server address and login without tying any file to it (the app's "Test
    connection", and :func:`connect` before it keeps the address): the server answers, the
    password is right, the schema is the one this app knows, the login is a member of the
    team. ``(role, staff uuid)``, or a ServerError saying what is wrong."""
    with open_server(without_password(url, login), password) as conn:
        return _membership(conn, login)


def team_customers(url: str, login: str, password: str | None) -> tuple[str, int]:
    """The login's role and how many of the team's customers it may see: what the app asks
    before connecting a file that holds customers of its own."""
    with open_server(without_password(url, login), password) as conn:
        role, _staff = _membership(conn, login)
        count = conn.execute("SELECT count(*) FROM crm.records "
                             "WHERE kind = 'customer' AND NOT deleted").fetchone()[0]
    return role, int(count)


def _membership(conn, login: str) -> tuple[str, str | None]:
    from desktop_crm.sync.server import check_version

    check_version(conn)
    me = conn.execute("SELECT crm.my_role(), crm.my_staff()::text").fetchone()
    if me is None or me[0] is None:
        raise ServerError("{login} signs in but is not a member of this team: ask your "
                          "administrator to add the login with `desktop-crm server add-user`.",
                          login=login)
    return me[0], me[1]


def connect(store: Store, url: str, login: str, password: str | None) -> Link:
    """Tie the file to the team server as ``login``: check the login and the schema, then keep
    the address. The first sync brings what the login may see and sends what is here."""
    if link(store) is not None:
        raise ServerError("This file is connected to a team server already: "
                          "`desktop-crm disconnect` first to connect it elsewhere.")
    role, staff = probe(url, login, password)
    with store.transaction():
        sync_tables.give_ids(store.conn)
        sync_rows.save_state(store.conn, without_password(url, login), login, role, staff, now())
        sync_rows.mark_all_unsent(store.conn, shared=role != "rep")  # a rep's would be refused
    return link(store)


def disconnect(store: Store) -> None:
    """Forget the server; the file keeps everything it holds and works on alone."""
    with store.transaction():
        sync_rows.clear_state(store.conn)


@contextmanager
def server_errors() -> Iterator[None]:
    """What can go wrong while talking to the server, as one sentence each (ServerError)."""
    import psycopg

    try:
        yield
    except psycopg.errors.SerializationFailure:
        raise ServerError("Other laptops kept changing the same records; nothing was lost: "
                          "sync again in a moment.") from None
    except psycopg.errors.InsufficientPrivilege as error:
        raise ServerError("The team server refused a change this login may not make "
                          "({error}); ask your administrator.",
                          error=error.diag.message_primary) from None
    except psycopg.OperationalError as error:
        first = (str(error).strip().splitlines() or [""])[0]
        raise ServerError("The connection to the team server was lost during the sync "
                          "({first}); nothing was half-done on either side: sync again.",
                          first=first) from None
    except psycopg.Error as error:
        raise ServerError("The team server reported a problem: {error}",
                          error=str(error).rstrip()) from None
    except sqlite3.IntegrityError as error:  # the team's data breaks a rule of this file
        raise ServerError("This file could not take what the team sent ({error}); nothing was "
                          "changed here: sync again, and if it comes back, tell your "
                          "administrator.", error=str(error)) from None


def sync(store: Store, password: str | None, progress: engine.Progress | None = None
         ) -> engine.SyncResult:
    """One sync of a connected file, as the login it was connected with."""
    from desktop_crm.sync import engine

    current = link(store)
    if current is None:
        raise ServerError("This file is not connected to a team server.")
    with server_errors(), open_server(current.url, password) as conn:
        return engine.sync(store, conn, progress or engine._quiet)


def status(store: Store) -> dict[str, Any] | None:
    """How the file stands with its server, read from the file alone (no password needed)."""
    current = link(store)
    if current is None:
        return None
    return {"server": address(current.url, current.login), "login": current.login,
            "role": current.role, "checkpoint": current.checkpoint,
            "last_sync_at": current.last_sync_at,
            "pending": sync_rows.pending_counts(store.conn),
            "open_conflicts": sync_rows.open_conflict_count(store.conn),
            "first_pull": _first_pull_share(store)}


def _first_pull_share(store: Store) -> tuple[int, int] | None:
    """(records received, records in all) of a first pull cut short; None when none is."""
    marker = sync_rows.first_pull(store.conn)
    return (marker["done"], marker.get("total") or marker["done"]) if marker else None


def team_syncs(store: Store, password: str | None) -> list[tuple[str, str | None, str | None]]:
    """``(login, staff uuid, last sync ISO time or None)`` of the team's logins, read with the
    file's own login: a manager sees every login (policy ``logins_read``), a rep only their
    own. For the manager's Team overview; run it off the UI thread."""
    current = link(store)
    if current is None:
        raise ServerError("This file is not connected to a team server.")
    from desktop_crm.sync.server import check_version

    with server_errors(), open_server(current.url, password) as conn:
        check_version(conn)
        rows = conn.execute(
            "SELECT login, staff::text, last_sync_at FROM crm.logins ORDER BY login").fetchall()
    # in this laptop's local time, as the file keeps its own times
    return [(login, staff, at.astimezone().replace(tzinfo=None).isoformat(timespec="seconds")
             if at is not None else None) for login, staff, at in rows]
