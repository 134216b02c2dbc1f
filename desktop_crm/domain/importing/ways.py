"""Ways to reach from an import's extra columns (QQ, 邮箱, 传真, 网址, a second phone): each
value checked with the row, so a value that is no way of its type rejects its row with a
sentence like any other field; then added to the customer's (or the contact's) ways, in the
import's batch, so reverting the batch removes them again.

A value already among the owner's ways is left as it is; the first way of its type is the
preferred one, and a customer without a phone takes its first new phone as its phone (a
change of the batch too)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop_crm.domain.contact_ways import ENTITY, IMPORT_FIELDS, check_way
from desktop_crm.domain.validation import FieldProblem
from desktop_crm.storage import contact_ways as sql
from desktop_crm.storage import importing as batches
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

# Problem(row, field, code, message, **params), as the import engine reports one
Problem = Callable[..., None]
# a contact's own columns hold its mobile, landline, WeChat id and email: the extra columns
# of a contacts file are the other kinds
CONTACT_IMPORT_FIELDS = tuple(f for f in IMPORT_FIELDS
                              if f.name in ("way_mobile", "way_qq", "way_fax", "way_website"))


def check(row: Any, problem: Problem) -> None:
    """Each way column of ``row`` cleaned in place, or a problem reported on its field."""
    for f in IMPORT_FIELDS:
        value = row.values.get(f.name)
        if not value:
            continue
        try:
            row.values[f.name] = check_way(f.name.removeprefix("way_"), value)
        except FieldProblem as p:
            problem(row, f.name, p.code, p.message, **p.params)


def new_ways(store: Store, owners: Sequence[tuple[int, int | None, Mapping[str, Any]]]
             ) -> list[tuple[int, int | None, str, str, int]]:
    """The ways the rows would add: ``owners`` are ``(customer id, contact id or None, row
    values)``; returns ``(customer id, contact id, type, value, preferred)``."""
    wanted = [(cid, contact, f.name.removeprefix("way_"), values[f.name])
              for cid, contact, values in owners for f in IMPORT_FIELDS if values.get(f.name)]
    if not wanted:
        return []
    have: dict[tuple[int, int | None, str], list[tuple[str, int]]] = {}
    for r in sql.owned_by(store, sorted({w[0] for w in wanted})):
        have.setdefault((r[0], r[1], r[2]), []).append((r[3], r[4]))
    new = []
    for cid, contact, type_, value in wanted:
        same = have.setdefault((cid, contact, type_), [])
        if any(v == value for v, _ in same):
            continue
        preferred = int(not any(p for _, p in same))
        same.append((value, preferred))
        new.append((cid, contact, type_, value, preferred))
    return new


def write(store: Store, new: list[tuple[int, int | None, str, str, int]],
          batch_of: Callable[[], int], actor: str) -> None:
    """Add ``new`` (from :func:`new_ways`) as part of the import's batch (``batch_of()``)."""
    if not new:
        return
    batch = batch_of()
    ids = store.insert_many("contact_ways", [
        {"customer_id": cid, "contact_id": contact, "type": type_, "value": value,
         "preferred": preferred} for cid, contact, type_, value, preferred in new])
    batches.add_items(store, batch, ENTITY, ids, "created")
    history = [(ENTITY, way, cid, "*created", None, value)
               for way, (cid, _, _, value, _) in zip(ids, new)]
    # a customer without a phone: its first new phone is its phone
    phones = {cid: value for cid, contact, type_, value, preferred in reversed(new)
              if contact is None and preferred and type_ in ("mobile", "landline")}
    filled = sql.fill_phones(store, list(phones.items()))
    history += [("customer", cid, cid, "phone", None, phones[cid]) for cid in filled]
    queries.log_changes(store, history, actor, batch)
    batches.add_items(store, batch, "customer", filled, "updated")
