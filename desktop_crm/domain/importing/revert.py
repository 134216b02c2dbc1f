"""Undoing an import batch completely: rows it created are removed, fields it changed are
put back — except fields someone changed again since, which are left as they are and
counted. One transaction; the batch is then marked reverted."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.addresses import follow_customer
from desktop_crm.domain.custom_fields import PREFIX
from desktop_crm.domain.service import default_actor
from desktop_crm.domain.validation import NotFoundError
from desktop_crm.storage import autobackup
from desktop_crm.storage import custom_fields as custom_sql
from desktop_crm.storage import importing as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

# Children before parents, so nothing is removed twice by a cascade; then the staff members
# and custom fields the import created for what the file named.
_ORDER = ("contact_way", "points_move", "member", "transaction", "interaction", "contact", "customer", "staff",
          "custom_field")
_TABLES = {**sql.ENTITY_TABLES, "staff": "staff", "custom_field": "custom_fields",
           "contact_way": "contact_ways"}


@dataclass
class Batch:
    id: int
    kind: str
    source: str
    started_at: str
    actor: str | None
    status: str
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass
class RevertPlan:
    batch: Batch
    created: dict[str, int]              # entity -> rows to remove
    updated: int                         # rows whose fields go back
    changed_since: int                   # created customers someone changed after the import


@dataclass
class RevertResult:
    batch_id: int
    removed: dict[str, int]
    restored: int                        # field values put back
    kept: int                            # field values changed since, left alone


class RevertError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def batches(store: Store, limit: int = 200) -> list[Batch]:
    return [_batch(r) for r in sql.batches(store, limit)]


def _batch(row: Any) -> Batch:
    return Batch(row["id"], row["kind"], row["source"] or "", row["started_at"], row["actor"],
                 row["status"], json.loads(row["summary"] or "{}"))


def _get(store: Store, batch_id: int) -> Batch:
    row = sql.batch(store, batch_id)
    if row is None:
        raise NotFoundError(f"There is no import batch {batch_id}.")
    return _batch(row)


def _created(store: Store, batch_id: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for row in sql.batch_items(store, batch_id, "created"):
        out.setdefault(row["entity"], []).append(row["entity_id"])
    return out


def revert_plan(store: Store, batch_id: int) -> RevertPlan:
    """What reverting ``batch_id`` would do, to show before asking."""
    batch = _get(store, batch_id)
    created = _created(store, batch_id)
    updated = len(sql.batch_items(store, batch_id, "updated"))
    since = sql.changed_since(store, batch_id, "customer", created.get("customer", []))
    return RevertPlan(batch, {k: len(v) for k, v in created.items()}, updated, since)


def revert_batch(store: Store, batch_id: int, actor: str | None = None) -> RevertResult:
    batch = _get(store, batch_id)
    if batch.status == "reverted":
        raise RevertError("reverted", f"import batch {batch_id} was already reverted")
    if batch.status != "done":
        raise RevertError("status", f"import batch {batch_id} did not finish; there is nothing to revert")
    actor = actor or default_actor(store)
    created = _created(store, batch_id)
    restored = kept = 0
    autobackup.before(store, "revert")
    with store.transaction():
        history = []
        for change in sql.batch_changes(store, batch_id):
            table = sql.ENTITY_TABLES[change["entity"]]
            rid, name = change["entity_id"], change["field"]
            custom = name.startswith(PREFIX)
            if name == "tags":
                current = ", ".join(queries.tags_of(store, rid)) or None
            elif custom:
                current = custom_sql.value_by_name(store, change["entity"], rid, name[len(PREFIX):])
            else:
                value = sql.current_value(store, table, rid, name)
                current = None if value is None else str(value)
            if current != change["new_value"]:
                kept += 1
                continue
            if name == "tags":
                old = change["old_value"]
                queries.set_tags(store, rid, old.split(", ") if old else [])
            elif custom:
                field = custom_sql.field_by_key(store, change["entity"], name[len(PREFIX):])
                if field is not None:
                    custom_sql.set_values(store, [(field["id"], rid, change["old_value"])])
            else:
                sql.set_value(store, table, rid, name, change["old_value"])
                if change["entity"] == "customer" and name in ("address", "area"):
                    follow_customer(store, rid, {name: change["old_value"]})  # its main address
            history.append((change["entity"], rid, change["customer_id"], name, current,
                            change["old_value"]))
            restored += 1
        if history:
            queries.log_changes(store, history, actor)
        removed: dict[str, int] = {}
        for entity in _ORDER:
            ids = created.get(entity, [])
            if not ids:
                continue
            if entity in ("customer", "contact"):
                sql.delete_custom_values(store, entity, ids)
            sql.delete_rows(store, _TABLES[entity], ids)
            removed[entity] = len(ids)
        result = RevertResult(batch_id, removed, restored, kept)
        sql.mark_reverted(store, batch_id, {"removed": removed, "restored": restored, "kept": kept})
        queries.audit(store, actor, "import_revert", f"batch {batch_id}: removed {removed}, "
                      f"restored {restored} values, kept {kept} changed since")
    return result
