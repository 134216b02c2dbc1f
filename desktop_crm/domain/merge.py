"""Merging two dossiers of the same customer, field by field, keeping everything attached to
both; and undoing a merge.

The survivor keeps its code; for every other field the user picks whose value to keep (by
default the survivor's, or the other's where the survivor has none). Contacts, visits,
plans, purchases, member cards... move to the survivor; tags and custom values it lacks are
copied; the other dossier goes to the trash with anything that could not move (a second
member card), so nothing is lost. What moved and what changed is recorded, so
:func:`undo_merge` puts both dossiers back — except fields someone changed since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.fields import CUSTOMER_FIELDS, Field
from desktop_crm.domain.service import column, default_actor, fail
from desktop_crm.domain.validation import NotFoundError
from desktop_crm.storage import addresses, autobackup, contact_ways
from desktop_crm.storage import merge as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

MERGEABLE: tuple[Field, ...] = tuple(f for f in CUSTOMER_FIELDS if f.name not in ("code", "tags"))
SURVIVOR, MERGED = "survivor", "merged"


@dataclass
class MergePreview:
    survivor: dict[str, Any]
    merged: dict[str, Any]
    differing: list[Field]                    # fields where the two hold different values
    defaults: dict[str, str]                  # field -> SURVIVOR or MERGED
    attached: dict[str, tuple[int, int]]      # table -> (survivor's rows, merged's rows)
    tags: tuple[list[str], list[str]]
    owner_names: dict[int, str] = field(default_factory=dict)

    def value(self, fld: Field, side: str) -> Any:
        row = self.survivor if side == SURVIVOR else self.merged
        return row[column(fld)]


@dataclass
class UndoResult:
    merge_id: int
    restored: int                             # fields put back
    kept: list[str]                           # fields changed since the merge, left alone
    moved_back: int                           # attached rows returned to the merged dossier


class MergeError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def _customer(store: Store, customer_id: int) -> dict[str, Any]:
    row = store.get("customers", customer_id)
    if row is None:
        raise NotFoundError(f"There is no customer with id {customer_id}.")
    return dict(row)


def merge_preview(store: Store, survivor_id: int, merged_id: int) -> MergePreview:
    if survivor_id == merged_id:
        raise MergeError("same", "a customer cannot be merged with itself")
    keep, other = _customer(store, survivor_id), _customer(store, merged_id)
    differing, defaults = [], {}
    for fld in MERGEABLE:
        mine, theirs = keep[column(fld)], other[column(fld)]
        if mine != theirs and theirs not in (None, ""):
            differing.append(fld)
            defaults[fld.name] = SURVIVOR if mine not in (None, "") else MERGED
    a, b = sql.counts(store, survivor_id), sql.counts(store, merged_id)
    attached = {t: (a.get(t, 0), b.get(t, 0)) for t in sorted(set(a) | set(b))}
    return MergePreview(keep, other, differing, defaults, attached,
                        (queries.tags_of(store, survivor_id), queries.tags_of(store, merged_id)),
                        queries.staff_names(store))


def merge_customers(
    store: Store, survivor_id: int, merged_id: int, choices: dict[str, str] | None = None,
    actor: str | None = None,
) -> int:
    """Merge ``merged_id`` into ``survivor_id``; ``choices`` maps field names to SURVIVOR or
    MERGED (fields left out take the preview's default). Returns the merge's id. An
    automatic backup is taken first; without it the merge does not start."""
    preview = merge_preview(store, survivor_id, merged_id)
    if preview.survivor["deleted_at"] or preview.merged["deleted_at"]:
        raise MergeError("trashed", "restore the customer from the trash before merging it")
    actor = actor or default_actor(store)
    picks = {**preview.defaults, **(choices or {})}
    bad = [k for k, v in picks.items() if v not in (SURVIVOR, MERGED)]
    if bad:
        raise fail(bad[0], "choice", f"choose {SURVIVOR} or {MERGED} for {bad[0]}")
    changes = {
        f.name: preview.merged[column(f)]
        for f in preview.differing if picks.get(f.name) == MERGED
    }
    service = CustomerService(store, actor)
    autobackup.before(store, "merge")
    with store.transaction():
        service.delete(merged_id)  # first: the survivor may take its unique identifiers
        before = {column(f): preview.survivor[column(f)] for f in MERGEABLE if f.name in changes}
        service.update(survivor_id, changes)
        after = {c: v for c, v in dict(store.get("customers", survivor_id)).items() if c in before}
        moved: dict[str, dict[str, Any]] = {}
        versions = sql.renumber_plans(store, merged_id, survivor_id)
        for table, col, has_id in sql.owned_tables(store):
            if not has_id:
                continue  # e.g. score values: recomputed on the next scoring run
            ids = sql.ids_of(store, table, col, merged_id)
            if ids:
                moved[table] = {"column": col, "ids": sql.move(store, table, col, ids, survivor_id)}
        addresses.after_merge(store, survivor_id, moved.get("customer_addresses", {}).get("ids", []))
        contact_ways.settle(store, survivor_id)  # the merged one's phones, QQ… come along
        tags = sql.copy_tags(store, merged_id, survivor_id)
        custom = sql.copy_custom_values(store, merged_id, survivor_id)
        snapshot = {"before": before, "after": after, "moved": moved, "plan_versions": versions,
                    "tags": tags, "custom_fields": custom}
        merge_id = sql.record_merge(store, survivor_id, merged_id, actor, snapshot)
        queries.audit(store, actor, "merge",
                      f"{preview.merged['code']} {preview.merged['name']} into "
                      f"{preview.survivor['code']} {preview.survivor['name']} (merge {merge_id})")
        queries.log_changes(store, [
            ("customer", survivor_id, survivor_id, "*merged", preview.merged["code"],
             preview.merged["name"]),
            ("customer", merged_id, merged_id, "*merged", preview.merged["code"],
             preview.survivor["code"]),
        ], actor)
    return merge_id


def undo_merge(store: Store, merge_id: int, actor: str | None = None) -> UndoResult:
    row = sql.merge_row(store, merge_id)
    if row is None:
        raise NotFoundError(f"There is no merge {merge_id}.")
    if row["undone_at"]:
        raise MergeError("undone", "this merge was already undone")
    survivor_id, merged_id = row["survivor_id"], row["merged_id"]
    if store.get("customers", merged_id) is None:
        raise MergeError("purged", "the merged customer was purged from the trash; the merge cannot be undone")
    if store.get("customers", survivor_id) is None:
        raise MergeError("purged", "the surviving customer was purged; the merge cannot be undone")
    snap = json.loads(row["snapshot"])
    actor = actor or default_actor(store)
    service = CustomerService(store, actor)
    with store.transaction():
        moved_back = 0
        for table, entry in snap["moved"].items():
            moved_back += len(sql.move(store, table, entry["column"], entry["ids"], merged_id))
        sql.restore_versions(store, {int(k): v for k, v in snap["plan_versions"].items()})
        addresses.ensure_main(store, merged_id)
        sql.remove_tags(store, survivor_id, snap["tags"])
        sql.remove_custom_values(store, survivor_id, snap["custom_fields"])
        current = dict(store.get("customers", survivor_id))
        back, kept = {}, []
        by_column = {column(f): f for f in MERGEABLE}
        for col, old in snap["before"].items():
            if current[col] == snap["after"].get(col):
                back[by_column[col].name] = old
            else:
                kept.append(by_column[col].name)
        service.update(survivor_id, back)
        service.restore(merged_id)
        for customer in (merged_id, survivor_id):  # ways to reach as the columns say again
            contact_ways.settle(store, customer)
        sql.mark_undone(store, merge_id)
        queries.audit(store, actor, "merge_undo",
                      f"merge {merge_id}: {store.get('customers', merged_id)['code']} "
                      f"out of {current['code']}")
        queries.log_changes(store, [
            ("customer", survivor_id, survivor_id, "*unmerged", None, current["code"]),
            ("customer", merged_id, merged_id, "*unmerged", None, current["code"]),
        ], actor)
    return UndoResult(merge_id, len(back), kept, moved_back)


def recent_merges(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    return [dict(r) for r in sql.recent_merges(store, limit)]


def dismiss_pair(store: Store, a: int, b: int, actor: str | None = None) -> None:
    """Mark two customers as not duplicates: later scans leave the pair out."""
    sql.dismiss(store, a, b, actor or default_actor(store))
