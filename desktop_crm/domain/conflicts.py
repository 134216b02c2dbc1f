"""Sync conflicts as a person reads and decides them: which customer, which field in words,
both values as the dossier shows them, who made theirs and when; and the decision itself,
which the CLI (`desktop-crm conflicts resolve`) and the app's Conflicts page both make here.

A decision goes through ``storage/sync_conflicts.resolve`` (the record is written through the
outbox, so the next sync sends it to the team) and leaves an entry in the dossier's history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.addresses import follow_customer
from desktop_crm.domain.dossier import field_of, shown
from desktop_crm.storage import queries, sync_conflicts, sync_rows
from desktop_crm.storage.db import Store
from desktop_crm.storage.sync_tables import BY_KIND, STAMPS

CHOICES = sync_conflicts.RESOLUTIONS  # mine, theirs, edited


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    customer_id: int | None    # the dossier it is about, when it is on this laptop
    customer: str              # its name ('' when unknown)
    field: str | None          # the column; None: the whole record (an edit against a delete)
    field_label: str
    mine: str                  # both values as the dossier shows them
    theirs: str
    mine_deleted: bool
    theirs_deleted: bool
    who: str
    when: str
    raw: dict[str, Any]        # the stored conflict, for a decision
    refused: str | None = None  # why the server refused the change: see refusal()
    held_by: str = ''           # a value only one customer may hold: who holds it (give_way)


def open_conflicts(store: Store, language: str = "zh") -> list[Conflict]:
    staff = queries.staff_names(store)
    return [_described(store, c, staff, language) for c in sync_conflicts.open_conflicts(store)]


def count(store: Store) -> int:
    return sync_rows.open_conflict_count(store.conn)


def _described(store: Store, c: dict[str, Any], staff: dict[int, str], language: str
               ) -> Conflict:
    data = sync_rows.current(store.conn, c["kind"], c["uuid"]) or c["theirs"] or c["mine"] or {}
    customer_uuid = _customer_uuid(c["kind"], c["uuid"], data)
    customer_id = sync_rows.local_id_of(store.conn, "customer", customer_uuid)
    name = ""
    if customer_id is not None:
        row = store.get("customers", customer_id)
        name = row["name"] if row else ""
    elif c["kind"] == "customer":
        name = data.get("name") or ""
    fld = field_of(c["kind"], c["field"]) if c["field"] else None
    label = (fld.label(language) if fld else c["field"]) or ""
    return Conflict(
        id=c["id"], kind=c["kind"], customer_id=customer_id, customer=name, field=c["field"],
        field_label=label,
        mine=_value(store, c, "mine", fld, staff, language),
        theirs=_value(store, c, "theirs", fld, staff, language),
        mine_deleted=bool(c["mine_deleted"]), theirs_deleted=bool(c["theirs_deleted"]),
        who=c["their_login"] or "", when=(c["their_at"] or c["found_at"] or "")[:16].replace(
            "T", " "),
        raw=c, refused=refusal(c), held_by=held_by(store, c))


def held_by(store: Store, c: dict[str, Any]) -> str:
    """For a customer that gave up its code or an identifier to a customer arriving from the
    team (storage/sync_conflicts.give_way: base and mine are the value given up), that
    customer as "name (code)"; '' for any other conflict."""
    if (c["kind"] != "customer" or c["field"] not in sync_conflicts.UNIQUE_FIELDS
            or c["mine"] is None or c["base"] != c["mine"]):
        return ""
    holder = sync_conflicts.holder(store, c["field"], c["mine"])
    row = store.get("customers", holder) if holder is not None else None
    return f"{row['name']} ({row['code']})" if row is not None else ""


def refusal(c: dict[str, Any]) -> str | None:
    """Why the team server refused a change ('shared': the team's settings and reference data,
    which only a manager changes; 'give': a customer given to someone the login may not give
    it to; 'other'), or None for a conflict that is no refusal. A refusal is only dismissed,
    taking the team's record: sent again, it would be refused again."""
    if c.get("reason") != "refused":
        return None
    t = BY_KIND.get(c["kind"])
    if t is not None and t.shared:
        return "shared"
    mine, theirs = c.get("mine") or {}, c.get("theirs") or {}
    if c["kind"] == "customer" and mine.get("owner_id") != theirs.get("owner_id"):
        return "give"
    return "other"


def _customer_uuid(kind: str, uuid: str, data: dict[str, Any]) -> str | None:
    t = BY_KIND.get(kind)
    if t is None or t.parent is None:
        return None
    if kind == "customer":
        return uuid
    if t.refs.get(t.parent) == "customer":
        return data.get(t.parent)
    return None  # a plan's point, a member's points: named by their kind only



def _value(store: Store, c: dict[str, Any], side: str, fld, staff: dict[int, str],
           language: str) -> str:
    """One side of a field conflict as the dossier would show it ('' for empty); a whole
    record's side is left to the page ('deleted' or 'edited')."""
    if c["field"] is None or c[f"{side}_deleted"]:
        return ""
    value = _local(store, c["kind"], c["field"], c[side])
    return shown(fld, None if value is None else str(value), staff, language)


def _local(store: Store, kind: str, name: str, value: Any) -> Any:
    """A value in server terms (a reference is a UUID) in this file's terms."""
    ref = BY_KIND[kind].refs.get(name) if kind in BY_KIND else None
    return sync_rows.local_id_of(store.conn, ref, value) if ref and value else value


def typed(conflict: dict[str, Any], text: str) -> Any:
    """A typed value as the field holds values: a number stays a number."""
    sides = [conflict["mine"], conflict["theirs"]]
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in sides):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def decide(store: Store, actor: str, conflict_id: int, choice: str, value: Any = None
           ) -> dict[str, Any]:
    """Decide a conflict (mine, theirs, or an edited value) and note it in the history; the
    next sync sends the decision. Raises KeyError when no open conflict has that id, and the
    driver's IntegrityError when the value is another record's (a code, a card number)."""
    conflict = sync_conflicts.get(store, conflict_id)
    if conflict is None:
        raise KeyError(conflict_id)
    kind, uuid, name = conflict["kind"], conflict["uuid"], conflict["field"]
    with store.transaction():
        before = _row(store, kind, uuid)
        sync_conflicts.resolve(store, conflict_id, choice, value)
        after = _row(store, kind, uuid)
        if kind == "customer" and name in ("address", "area") and after is not None:
            follow_customer(store, after["id"], {name: after[name]})  # the main address too
        row = after or before
        if row is not None and kind in BY_KIND:
            local_id = sync_rows.local_id_of(store.conn, kind, uuid) or row.get("id")
            customer = _customer_of(store, kind, row)
            if name is not None:
                chosen = {"mine": conflict["mine"], "theirs": conflict["theirs"],
                          "edited": value}[choice]
                other = conflict["theirs"] if choice != "theirs" else conflict["mine"]
                changes = [(name, _local(store, kind, name, other),
                            _local(store, kind, name, chosen))]
            elif before is None and after is not None:
                changes = [("*restored", None, None)]
            elif after is None:
                changes = [("*deleted", None, None)]
            else:
                changes = [(c, before.get(c), after.get(c)) for c in after
                           if c not in STAMPS and before.get(c) != after.get(c)]
            if customer is not None and local_id is not None:
                queries.log_changes(store, [(kind, local_id, customer, *change)
                                            for change in changes], actor)
    return conflict


def _row(store: Store, kind: str, uuid: str) -> dict[str, Any] | None:
    t = BY_KIND.get(kind)
    local_id = sync_rows.local_id_of(store.conn, kind, uuid)
    if t is None or t.link or local_id is None:
        return None
    found = store.get(t.table, local_id)
    return dict(found) if found is not None else None


def _customer_of(store: Store, kind: str, row: dict[str, Any]) -> int | None:
    if kind == "customer":
        return row.get("id")
    return row.get("customer_id")
