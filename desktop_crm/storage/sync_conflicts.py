"""Conflicts found by a sync, kept until someone decides: the same field changed differently
on two laptops, an edit against a delete, or an edit the old owner of a customer made after
it was given to someone else. Both values are kept, with who made theirs and when; the record
holds one of them meanwhile (the team's, as the server has it)."""

from __future__ import annotations

import json
from typing import Any

from desktop_crm.storage import identifiers, queries
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.sync_rows import Record, apply, current, mute, uuid_of
from desktop_crm.storage.sync_tables import BY_KIND, KIND_CODES, STAMPS, as_bytes, bytes_sql

RESOLUTIONS = ("mine", "theirs", "edited")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def field_level(store: Store, theirs: Record, name: str, base: Any, mine: Any, their: Any,
                who: tuple[str, Any]) -> int:
    store.conn.execute(
        "INSERT INTO sync_conflicts (kind, uuid, field, base, mine, theirs, their_login, "
        "their_at, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (theirs.kind, theirs.uuid, name, _dump(base), _dump(mine), _dump(their), who[0],
         str(who[1]), now()))
    return 1


# Records that mirror a column of their dossier: a way to reach holds the preferred phone,
# mobile, WeChat id or email the customer or contact row also holds; the main address holds
# the customer's address line and area in parts. A clash on the column is the one the user
# decides; the same clash seen again in its mirror is not a second question (the mirror
# follows the decision: storage/contact_ways.py's triggers, domain/conflicts.decide).
_WAY_COLUMNS = {"customer": ("phone",), "contact": ("mobile", "phone", "wechat", "email")}
_WAY_FIELDS = ("value", "type", "preferred")
_ADDRESS_FIELDS = ("province", "city", "district", "street", "building", "line", "postcode",
                   "area")


def mirrored(store: Store, theirs: Record, mine: dict, name: str) -> bool:
    """Whether a clash on ``name`` of a way or an address (``mine`` as this laptop has it,
    server form) repeats an open clash on the column of its dossier that it mirrors."""
    def open_clash(kind: str, uuid: Any, fields: tuple[str, ...], *values: Any) -> bool:
        same = " AND mine = ? AND theirs = ?" if values else ""
        return store.conn.execute(
            f"SELECT 1 FROM sync_conflicts WHERE kind = ? AND uuid = ? AND resolved_at IS NULL "
            f"AND field IN ({', '.join('?' * len(fields))}){same} LIMIT 1",
            (kind, uuid, *fields, *(_dump(v) for v in values))).fetchone() is not None

    if theirs.kind == "contact_way" and name in _WAY_FIELDS:
        owner = ("contact", mine.get("contact_id")) if mine.get("contact_id") else \
            ("customer", mine.get("customer_id"))
        return open_clash(owner[0], owner[1], _WAY_COLUMNS[owner[0]], mine.get("value"),
                          theirs.data.get("value"))
    if theirs.kind == "address" and name in _ADDRESS_FIELDS and mine.get("is_main"):
        return open_clash("customer", mine.get("customer_id"), ("address", "area"))
    return False


def record_level(store: Store, theirs: Record, *, mine: dict | None, mine_deleted: bool,
                 who: tuple[str, Any]) -> int:
    store.conn.execute(
        "INSERT INTO sync_conflicts (kind, uuid, field, mine, theirs, mine_deleted, "
        "theirs_deleted, their_login, their_at, their_version, found_at) "
        "VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
        (theirs.kind, theirs.uuid, _dump(mine), _dump(None if theirs.deleted else theirs.data),
         int(mine_deleted), int(theirs.deleted), who[0], str(who[1]), theirs.version, now()))
    return 1


def refused(store: Store, mine: Record, theirs: dict | None) -> int:
    """A change the server does not take from this login (shared reference data, which only
    managers change): kept with the team's record for the user to see; one open refusal per
    record, holding the latest change."""
    values = (_dump(None if mine.deleted else mine.data), _dump(theirs), int(mine.deleted),
              int(theirs is None), now())
    done = store.conn.execute(
        "UPDATE sync_conflicts SET mine = ?, theirs = ?, mine_deleted = ?, theirs_deleted = ?, "
        "found_at = ? WHERE uuid = ? AND reason = 'refused' AND resolved_at IS NULL",
        (*values, mine.uuid)).rowcount
    if not done:
        store.conn.execute(
            "INSERT INTO sync_conflicts (kind, uuid, field, base, mine, theirs, mine_deleted, "
            "theirs_deleted, found_at, reason) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 'refused')",
            (mine.kind, mine.uuid, _dump(mine.base), *values))
    return 1


def from_stray(store: Store, uuid: str, kind: str, base: dict | None, data: dict,
               deleted: bool, login: str, at: Any) -> int:
    """An edit pushed by a login that could no longer see the record: a conflict per field it
    changed (against what it last had) that differs from the record here."""
    if kind not in BY_KIND:
        return 0
    here = current(store.conn, kind, uuid)
    if here is None:  # made by them after the move: new here, kept until someone decides
        if deleted or not data:
            return 0
        store.conn.execute(
            "INSERT INTO sync_conflicts (kind, uuid, field, theirs, mine_deleted, their_login, "
            "their_at, found_at) VALUES (?, ?, NULL, ?, 1, ?, ?, ?)",
            (kind, uuid, _dump(data), login, str(at), now()))
        return 1
    base = base or {}
    found = 0
    for name, value in data.items():
        if name in STAMPS or (name in base and base[name] == value):
            continue  # not changed by them
        if here.get(name) != value:
            store.conn.execute(
                "INSERT INTO sync_conflicts (kind, uuid, field, base, mine, theirs, their_login, "
                "their_at, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (kind, uuid, name, _dump(base.get(name)), _dump(here.get(name)), _dump(value),
                 login, str(at), now()))
            found += 1
    return found


def give_way(store: Store, theirs: Record, who: tuple[str, Any]) -> int:
    """A customer arriving from the team keeps its code and its unique identifiers (credit
    code, resident ID, licence number); a local customer that holds one of them takes a new
    code, or gives the identifier up (a change sent to the team like any edit), and a conflict
    on that field says so: the user picks another value, or merges the two dossiers if they
    are one. Returns how many conflicts it made."""
    made = 0
    for name, value in unique_values(theirs):
        held = holder(store, name, value)
        if held is None or uuid_of(store.conn, "customer", held) == theirs.uuid:
            continue
        instead = queries.next_codes(store, 1)[0] if name == "code" else None
        mute(store.conn, False)  # the change goes to the outbox, as an edit made here would
        try:
            store.conn.execute(f"UPDATE customers SET {name} = ? WHERE id = ?", (instead, held))
        finally:
            mute(store.conn, True)
        queries.log_changes(store, [("customer", held, held, name, value, instead)], who[0])
        mine = Record("customer", uuid_of(store.conn, "customer", held), None, {})
        made += field_level(store, mine, name, value, value, instead, who)
    return made


# What no two customers of a file may share: a code (the trash included), an identifier
# (outside the trash; storage/identifiers.py).
UNIQUE_FIELDS = ("code", *identifiers.UNIQUE)


def unique_values(theirs: Record) -> list[tuple[str, Any]]:
    """The values of :data:`UNIQUE_FIELDS` a customer record holds: ``(field, value)``."""
    if theirs.kind != "customer" or theirs.deleted:
        return []
    trashed = bool(theirs.data.get("deleted_at"))
    return [(name, theirs.data[name]) for name in UNIQUE_FIELDS
            if theirs.data.get(name) and (name == "code" or not trashed)]


def holder(store: Store, name: str, value: Any) -> int | None:
    """The customer holding ``value`` in ``name``, one of :data:`UNIQUE_FIELDS`."""
    if name == "code":
        row = queries.customer_by_code(store, value)
        return row["id"] if row is not None else None
    row = identifiers.holders(store, name, [value]).get(value)
    return row["id"] if row is not None else None


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id").fetchall()
    out = []
    for row in rows:
        item = dict(row)
        for key in ("base", "mine", "theirs"):
            item[key] = json.loads(item[key]) if item[key] is not None else None
        out.append(item)
    return out


def get(store: Store, conflict_id: int) -> dict[str, Any] | None:
    return next((c for c in open_conflicts(store) if c["id"] == conflict_id), None)


def refused_customers(conn, ids: list[int]) -> set[int]:
    """Of the customers ``ids``, those with an open refusal (the file was set back to the
    team's record after the server refused a change made here)."""
    return {r[0] for r in conn.execute(
        f"SELECT i.local_id FROM sync_conflicts c JOIN sync_ids i ON i.kind = ? "
        f"AND i.uuid = {bytes_sql('c.uuid')} WHERE c.reason = 'refused' AND c.resolved_at IS NULL "
        f"AND i.local_id IN ({','.join('?' * len(ids))})",
        [KIND_CODES["customer"], *ids])} if ids else set()


class RefusedAgain(ValueError):
    """Keeping a change the server refused from this login: it would be refused again. A
    refusal is only dropped ("theirs"); a manager makes the change."""


def resolve(store: Store, conflict_id: int, choice: str, value: Any = None) -> dict[str, Any]:
    """Decide a conflict: keep mine, keep theirs, or an edited value. The record is written
    through the outbox, so the next sync sends the decision to the team."""
    if choice not in RESOLUTIONS:
        raise ValueError(choice)
    conflict = get(store, conflict_id)
    if conflict is None:
        raise KeyError(conflict_id)
    if conflict["reason"] == "refused" and choice != "theirs":
        raise RefusedAgain(conflict_id)
    kind, uuid = conflict["kind"], conflict["uuid"]
    with store.transaction():
        here = current(store.conn, kind, uuid)
        if conflict["field"] is not None:
            chosen = {"mine": conflict["mine"], "theirs": conflict["theirs"], "edited": value}[choice]
            if here is not None and here.get(conflict["field"]) != chosen:
                apply(store.conn, Record(kind, uuid, None, {**here, conflict["field"]: chosen},
                                         version=_version(store, kind, uuid)))
        else:
            _resolve_record(store, conflict, choice, here, value)
        store.conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                           (now(), choice, conflict_id))
    return conflict


def _resolve_record(store: Store, conflict: dict, choice: str, here: dict | None,
                    value: Any) -> None:
    kind, uuid = conflict["kind"], conflict["uuid"]
    wanted_deleted = conflict["mine_deleted"] if choice == "mine" else conflict["theirs_deleted"]
    data = {"mine": conflict["mine"], "theirs": conflict["theirs"], "edited": value}[choice]
    if choice == "edited":
        wanted_deleted = value is None
    version = _version(store, kind, uuid) or conflict["their_version"]
    if wanted_deleted:
        if here is not None:
            apply(store.conn, Record(kind, uuid, None, here, deleted=True, version=version))
        return
    if data is not None:
        apply(store.conn, Record(kind, uuid, None, data, version=version))


def _version(store: Store, kind: str, uuid: str) -> int | None:
    row = store.conn.execute("SELECT version FROM sync_ids WHERE kind = ? AND uuid = ?",
                             (KIND_CODES[kind], as_bytes(uuid))).fetchone()
    return row[0] if row else None
