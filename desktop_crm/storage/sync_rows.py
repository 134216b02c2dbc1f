"""Local rows as the team server holds them, and back: what a push reads and a pull writes.

A record travels as a JSON object of its synced columns, with every reference to another
record given as that record's UUID (storage/sync_tables.py says which columns and kinds); a
customer's or contact's custom field values travel as its fields ``custom:<key>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_crm.storage import days, products
from desktop_crm.storage.audit import machine
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_tables import (
    BY_KIND, CUSTOM, CUSTOM_PREFIX, KIND_CODES, ORDER, TABLES, UUID_SQL, WAS_CONNECTED, Synced,
    as_bytes, as_text, columns, kind_sql, link_uuid)


@dataclass
class Pending:
    """One outbox entry: a local record changed since the last sync."""

    kind: str
    local_key: str
    uuid: str | None
    base: dict[str, Any] | None   # the local row before its first change (local ids)
    deleted: bool
    stamp: int
    version: int | None = None    # a deleted row's server version


@dataclass
class Record:
    """A record in the server's terms."""

    kind: str
    uuid: str
    customer: str | None          # the dossier it belongs to (a customer's own UUID for one)
    data: dict[str, Any]
    deleted: bool = False
    version: int | None = None    # the server version this laptop last had
    base: dict[str, Any] | None = None  # in a push: the record as this laptop last had it


def pending(conn: sqlite3.Connection) -> list[Pending]:
    rows = conn.execute("SELECT kind, local_key, uuid, base, deleted, stamp, version "
                        "FROM sync_outbox").fetchall()
    out = [Pending(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None, bool(r[4]), r[5], r[6])
           for r in rows if r[0] in BY_KIND]
    return sorted(out, key=lambda p: ORDER[p.kind])


def pending_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Changes waiting to be sent, by kind of record; the history entries describing them
    travel along and are not changes of their own."""
    return dict(conn.execute("SELECT kind, count(*) FROM sync_outbox WHERE kind <> 'history' "
                             "GROUP BY kind ORDER BY kind"))


def open_conflict_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0]


def pending_of(conn: sqlite3.Connection, kind: str, local_key: str) -> Pending | None:
    return next((p for p in pending(conn) if p.kind == kind and p.local_key == local_key), None)


def forget_sent(conn: sqlite3.Connection, sent: Iterable[Pending]) -> None:
    """Clear outbox entries a push delivered, unless the row changed again meanwhile."""
    conn.executemany("DELETE FROM sync_outbox WHERE kind = ? AND local_key = ? AND stamp = ?",
                     [(p.kind, p.local_key, p.stamp) for p in sent])


def uuid_of(conn: sqlite3.Connection, kind: str, local_id: Any) -> str | None:
    if local_id is None:
        return None
    row = conn.execute("SELECT uuid FROM sync_ids WHERE kind = ? AND local_id = ?",
                       (KIND_CODES[kind], local_id)).fetchone()
    return as_text(row[0]) if row else None


def given_uuid(conn: sqlite3.Connection, kind: str, local_id: int) -> str:
    """The record's UUID, given now if it has none (a file alone gives UUIDs when it first
    connects; what must name a record before then, the audit log, gives it its own here);
    in a write transaction."""
    conn.execute(f"INSERT OR IGNORE INTO sync_ids (kind, local_id, uuid) VALUES (?, ?, {UUID_SQL})",
                 (KIND_CODES[kind], local_id))
    return uuid_of(conn, kind, local_id)


def local_id_of(conn: sqlite3.Connection, kind: str, uuid: str | None) -> int | None:
    if uuid is None:
        return None
    row = conn.execute("SELECT local_id FROM sync_ids WHERE kind = ? AND uuid = ?",
                       (KIND_CODES[kind], as_bytes(uuid))).fetchone()
    return row[0] if row else None


def version_of(conn: sqlite3.Connection, kind: str, uuid: str) -> int | None:
    row = conn.execute("SELECT version FROM sync_ids WHERE kind = ? AND uuid = ?",
                       (KIND_CODES[kind], as_bytes(uuid))).fetchone()
    return row[0] if row else None


def set_version(conn: sqlite3.Connection, kind: str, uuid: str, version: int) -> None:
    conn.execute("UPDATE sync_ids SET version = ? WHERE kind = ? AND uuid = ?",
                 (version, KIND_CODES[kind], as_bytes(uuid)))


def to_server(conn: sqlite3.Connection, t: Synced, row: dict[str, Any]) -> dict[str, Any]:
    """A local row (a dict of its columns) as the server holds it."""
    data = {c: v for c, v in row.items() if c not in ("id", *t.local)}
    for column, kind in t.refs.items():
        if column in data:
            data[column] = uuid_of(conn, kind, data[column])
    if t.poly and t.poly[0] in data:
        column, kind = t.poly[0], data.get(t.poly[1])
        data[column] = uuid_of(conn, kind, data[column]) if kind in BY_KIND else None
    if "machine" in data and t.append_only and data["machine"] is None:
        data["machine"] = machine()  # made here: the team learns where
    custom = data.pop("custom", None)
    if isinstance(custom, str):  # as an outbox base keeps it
        custom = json.loads(custom)
    data.update((CUSTOM_PREFIX + key, value) for key, value in (custom or {}).items())
    return data


def custom_values(conn: sqlite3.Connection, kind: str, local_id: int) -> dict[str, Any]:
    """{key: value} of a customer's or contact's custom fields."""
    return dict(conn.execute(
        "SELECT f.key, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
        "WHERE f.entity = ? AND v.entity_id = ?", (kind, local_id)))


def write_custom(conn: sqlite3.Connection, kind: str, local_id: int, data: dict[str, Any],
                 fresh: bool = False) -> None:
    """Set a pulled record's custom field values to those it carries (``fresh``: the row
    was just made, it has none yet). A field this laptop does not know is left out."""
    if not fresh:
        conn.execute("DELETE FROM custom_values WHERE entity_id = ? AND field_id IN "
                     "(SELECT id FROM custom_fields WHERE entity = ?)", (local_id, kind))
    wanted = {k[len(CUSTOM_PREFIX):]: v for k, v in data.items()
              if k.startswith(CUSTOM_PREFIX) and v is not None}
    if wanted:
        conn.executemany(
            "INSERT OR REPLACE INTO custom_values (field_id, entity_id, value) SELECT id, ?, ? "
            "FROM custom_fields WHERE entity = ? AND key = ?",
            [(local_id, value, kind, key) for key, value in wanted.items()])


def _row(conn: sqlite3.Connection, t: Synced, local_key: str) -> dict[str, Any] | None:
    if t.link:
        where = " AND ".join(f"{c} = ?" for c in t.link)
        values: list[Any] = local_key.split("|", len(t.link) - 1)
    else:
        where, values = "rowid = ?", [int(local_key)]
    if t.products:  # the product's texts, as the server holds them (so do outbox bases)
        found = next(iter(products.read(conn, f"t.{where}", values)), None)
    else:
        found = conn.execute(f"SELECT * FROM {t.table} WHERE {where}", values).fetchone()
    if found is None:
        return None
    row = dict(found)
    if t.kind in CUSTOM:
        row["custom"] = custom_values(conn, t.kind, row["id"])
    return row


def customer_of(conn: sqlite3.Connection, t: Synced, row: dict[str, Any]) -> str | None:
    """The UUID of the dossier a local row belongs to."""
    if t.parent is None:
        return None
    if t.kind == "customer":
        return uuid_of(conn, "customer", row["id"])
    parent_kind = t.refs[t.parent]
    if parent_kind == "customer":
        return uuid_of(conn, "customer", row[t.parent])
    parent = BY_KIND[parent_kind]
    found = conn.execute(f"SELECT * FROM {parent.table} WHERE rowid = ?",
                         (row[t.parent],)).fetchone()
    return customer_of(conn, parent, dict(found)) if found is not None else None


def record(conn: sqlite3.Connection, p: Pending) -> Record | None:
    """What a push sends for an outbox entry; None when the row was made and removed between
    two syncs and so never existed for anyone else."""
    t = BY_KIND[p.kind]
    row = None if p.deleted else _row(conn, t, p.local_key)
    if row is None:  # deleted: the server marks its record deleted, nothing more
        if t.link:
            # the dossier it belonged to (its parent is the first link column): the server
            # takes a removal only from who may change that dossier
            parts = p.local_key.split("|", len(t.link) - 1)
            customer = customer_of(conn, t, {t.parent: int(parts[0])})
            if p.uuid is not None:  # its key was erased (storage/person_rights.py)
                return Record(t.kind, p.uuid, customer, {}, deleted=True)
            data = to_server(conn, t, dict(zip(t.link, parts)))
            if any(data[c] is None for c in t.link if c in t.refs):
                return None  # what it linked is gone too: its own tombstone says enough
            return Record(t.kind, link_uuid(t.kind, tuple(str(data[c]) for c in t.link)),
                          customer, data, deleted=True)
        if p.uuid is None or p.version is None:
            return None  # made and removed between two syncs: nobody else ever had it
        return Record(t.kind, p.uuid, None, to_server(conn, t, p.base or {}), deleted=True,
                      version=p.version)
    data = to_server(conn, t, row)
    customer = customer_of(conn, t, row)
    if t.append_only and customer is None:
        return None  # history of no dossier (staff, settings) stays on this laptop
    if t.link:
        uuid = link_uuid(t.kind, tuple(str(data[c]) for c in t.link))
        version = None
    else:
        uuid = uuid_of(conn, t.kind, row["id"] if "id" in row else int(p.local_key))
        version = version_of(conn, t.kind, uuid)
    base = to_server(conn, t, p.base) if p.base else None
    return Record(t.kind, uuid, customer, data, version=version, base=base)


def current(conn: sqlite3.Connection, kind: str, uuid: str) -> dict[str, Any] | None:
    """The local record ``uuid`` in the server's terms, or None when this laptop has none."""
    t = BY_KIND[kind]
    local_id = local_id_of(conn, kind, uuid)
    if local_id is None:
        return None
    row = _row(conn, t, str(local_id))
    return to_server(conn, t, row) if row is not None else None


def apply(conn: sqlite3.Connection, r: Record) -> None:
    """Write a pulled record into the local file (the caller has muted the outbox)."""
    t = BY_KIND[r.kind]
    values = days.encoded(days.column_types(conn, t.table), r.data)  # ISO dates as numbers
    if t.products:
        values = products.Names(conn).row(values)
    for column, kind in t.refs.items():
        if column in values:
            values[column] = local_id_of(conn, kind, values[column])
    if t.poly and t.poly[0] in values:  # 0: a record this laptop does not have (any more)
        column, kind = t.poly[0], values.get(t.poly[1])
        values[column] = (local_id_of(conn, kind, values[column]) if kind in BY_KIND else None) or 0
    names = [c for c in columns(conn, t.table) if c not in ("id", *t.local) and c in values]
    if t.link:
        if any(values.get(c) is None for c in t.link):
            return  # what it links is not on this laptop (not visible, or gone)
        where = " AND ".join(f"{c} = ?" for c in t.link)
        keys = [values[c] for c in t.link]
        if r.deleted:
            conn.execute(f"DELETE FROM {t.table} WHERE {where}", keys)
        else:
            conn.execute(f"INSERT OR IGNORE INTO {t.table} ({', '.join(names)}) VALUES "
                         f"({', '.join('?' * len(names))})", [values[c] for c in names])
        return
    if t.parent in t.refs and values.get(t.parent) is None and r.data.get(t.parent) is not None:
        return  # what it hangs off is not on this laptop (deleted here meanwhile)
    local_id = local_id_of(conn, t.kind, r.uuid)
    if r.deleted:
        if local_id is not None:
            conn.execute(f"DELETE FROM {t.table} WHERE rowid = ?", (local_id,))
        return
    if local_id is None:  # the same tier, staff member or membership made here before
        local_id = adopt(conn, r)
    if local_id is None:
        cursor = conn.execute(f"INSERT INTO {t.table} ({', '.join(names)}) VALUES "
                              f"({', '.join('?' * len(names))})", [values[c] for c in names])
        conn.execute("INSERT OR REPLACE INTO sync_ids (kind, local_id, uuid, version) "
                     "VALUES (?, ?, ?, ?)",
                     (KIND_CODES[t.kind], cursor.lastrowid, as_bytes(r.uuid), r.version))
        if t.kind in CUSTOM:
            write_custom(conn, t.kind, cursor.lastrowid, r.data, fresh=True)
        return
    if names:
        conn.execute(f"UPDATE {t.table} SET {', '.join(f'{c} = ?' for c in names)} "
                     "WHERE rowid = ?", [*(values[c] for c in names), local_id])
    if t.kind in CUSTOM:
        write_custom(conn, t.kind, local_id, r.data)
    set_version(conn, t.kind, r.uuid, r.version)


def adopt(conn: sqlite3.Connection, r: Record) -> int | None:
    """The local row that is the same record as ``r`` under another UUID (made here and on
    another laptop), now named by ``r``'s UUID; None when there is none."""
    t = BY_KIND[r.kind]
    if not t.same_if or local_id_of(conn, t.kind, r.uuid) is not None:
        return None
    values = [local_id_of(conn, t.refs[c], r.data.get(c)) if c in t.refs else r.data.get(c)
              for c in t.same_if]
    where = " AND ".join(f"{c} = ?" for c in t.same_if)
    found = conn.execute(f"SELECT rowid FROM {t.table} WHERE {where}", values).fetchone()
    if found is None:
        return None
    conn.execute("DELETE FROM sync_ids WHERE kind = ? AND local_id = ?",
                 (KIND_CODES[t.kind], found[0]))
    conn.execute("INSERT INTO sync_ids (kind, local_id, uuid) VALUES (?, ?, ?)",
                 (KIND_CODES[t.kind], found[0], as_bytes(r.uuid)))
    return found[0]


def recount_points(conn: sqlite3.Connection, customers: Iterable[str]) -> None:
    """Members' balances from their purchases and points moves (the sum is the truth, so two
    tills never overwrite each other's points)."""
    ids = [i for i in (local_id_of(conn, "customer", u) for u in set(customers)) if i is not None]
    conn.executemany(
        "UPDATE members SET points_balance = "
        "(SELECT coalesce(sum(points_earned - points_redeemed), 0) FROM transactions t "
        " WHERE t.customer_id = members.customer_id) + "
        "(SELECT coalesce(sum(points), 0) FROM points_moves p WHERE p.member_id = members.id) "
        "WHERE customer_id = ?", [(i,) for i in ids])


def mute(conn: sqlite3.Connection, on: bool) -> None:
    conn.execute("INSERT INTO sync_mute VALUES (1)" if on else "DELETE FROM sync_mute")


def mark_all_unsent(conn: sqlite3.Connection, shared: bool = True) -> None:
    """Put every record the server has not had into the outbox (connecting a file); shared
    reference data only when ``shared`` (the login may change it for the team)."""
    kinds = [KIND_CODES[t.kind] for t in TABLES if shared or not t.shared]
    conn.execute("INSERT OR IGNORE INTO sync_outbox (kind, local_key) "
                 f"SELECT {kind_sql('kind')}, CAST(local_id AS TEXT) FROM sync_ids "
                 "WHERE version IS NULL "
                 f"AND kind IN ({', '.join('?' * len(kinds))})", kinds)
    for t in TABLES:
        if t.link and (shared or not t.shared):
            key = " || '|' || ".join(t.link)
            conn.execute(f"INSERT OR IGNORE INTO sync_outbox (kind, local_key) "
                         f"SELECT '{t.kind}', {key} FROM {t.table}")


def state(conn: sqlite3.Connection) -> tuple | None:
    return conn.execute("SELECT url, login, role, staff_uuid, checkpoint, last_sync_at "
                        "FROM sync_state").fetchone()


def default_owner(conn: sqlite3.Connection) -> int | None:
    """Whom a customer made without an owner belongs to: on a laptop connected as a rep or a
    manager, the login's own staff member (the team server takes no customer of nobody from
    them); otherwise nobody."""
    found = state(conn)
    if found is None or found[2] not in ("rep", "manager"):
        return None
    return local_id_of(conn, "staff", found[3])


GIVE_TO = "sync.give_to"  # a local setting: never in SHARED_SETTINGS, so it does not travel


def set_give_to(conn: sqlite3.Connection, uuids: list[str]) -> None:
    """Keep whom the login may give customers to (the server's ``crm.visible_owners``)."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (GIVE_TO, json.dumps(sorted(uuids))))


def give_to(conn: sqlite3.Connection) -> list[int] | None:
    """The local staff ids kept by :func:`set_give_to`; None before a sync kept them."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (GIVE_TO,)).fetchone()
    if row is None or row[0] is None:
        return None
    found = (local_id_of(conn, "staff", uuid) for uuid in json.loads(row[0]))
    return [i for i in found if i is not None]


def save_state(conn: sqlite3.Connection, url: str, login: str, role: str, staff: str,
               at: str) -> None:
    conn.execute("INSERT INTO sync_state (id, url, login, role, staff_uuid, connected_at) "
                 "VALUES (1, ?, ?, ?, ?, ?)", (url, login, role, staff, at))
    conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (WAS_CONNECTED, at))


def set_checkpoint(conn: sqlite3.Connection, checkpoint: str, at: str) -> None:
    conn.execute("UPDATE sync_state SET checkpoint = ?, last_sync_at = ?", (checkpoint, at))


FIRST_PULL = "sync.first_pull"  # a local setting: where a first pull cut short stopped


def first_pull(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The resume marker of a first pull cut short (see ``sync/engine.py``): ``checkpoint``
    (the snapshot the first pull began with), ``after`` (the last record written, as
    [kind position, changed_xid, uuid]), ``done`` and ``total`` records; None when none."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (FIRST_PULL,)).fetchone()
    return json.loads(row[0]) if row is not None and row[0] else None


def set_first_pull(conn: sqlite3.Connection, marker: dict[str, Any] | None) -> None:
    if marker is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (FIRST_PULL,))
        return
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value", (FIRST_PULL, json.dumps(marker)))


def clear_state(conn: sqlite3.Connection) -> None:
    """Forget the server: no outbox, nothing counted as sent."""
    conn.execute("DELETE FROM sync_state")
    set_first_pull(conn, None)
    conn.execute("DELETE FROM sync_outbox")
    conn.execute("DELETE FROM sync_departures")
    conn.execute("UPDATE sync_ids SET version = NULL")


def audit_unsent(conn: sqlite3.Connection) -> list[tuple]:
    """The audit log's rows not yet sent: (id, at, actor, machine, action, detail)."""
    return conn.execute(
        "SELECT id, at, actor, machine, action, detail FROM audit_log "
        "WHERE id > (SELECT audit_sent FROM sync_state) ORDER BY id").fetchall()


def set_audit_sent(conn: sqlite3.Connection, last_id: int) -> None:
    conn.execute("UPDATE sync_state SET audit_sent = max(audit_sent, ?)", (last_id,))


def note_departures(conn: sqlite3.Connection, customers: list[str]) -> None:
    conn.executemany("INSERT OR IGNORE INTO sync_departures (customer) VALUES (?)",
                     [(c,) for c in customers])


def departures(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT customer FROM sync_departures")]


def forget_departures(conn: sqlite3.Connection, customers: list[str]) -> None:
    conn.executemany("DELETE FROM sync_departures WHERE customer = ?", [(c,) for c in customers])


def replace_base(conn: sqlite3.Connection, p: Pending, image: dict) -> None:
    conn.execute("UPDATE sync_outbox SET base = ? WHERE kind = ? AND local_key = ?",
                 (json.dumps(image, ensure_ascii=False), p.kind, p.local_key))


def drop_pending(conn: sqlite3.Connection, p: Pending) -> None:
    conn.execute("DELETE FROM sync_outbox WHERE kind = ? AND local_key = ?", (p.kind, p.local_key))


def remove(conn: sqlite3.Connection, kind: str, uuid: str) -> int:
    """Remove a record (and, through the foreign keys, what hangs off it); 1 if it was here."""
    local_id = local_id_of(conn, kind, uuid)
    if local_id is None:
        return 0
    conn.execute(f"DELETE FROM {BY_KIND[kind].table} WHERE rowid = ?", (local_id,))
    return 1
