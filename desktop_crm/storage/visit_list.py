"""Reading the visit log for lists: every visit of everyone, page by page, and the small
lookups the visit screens need (contacts per visit, staff).

The list of all visits is paged by key, not by OFFSET: a page is "the next ``limit`` visits
older than this one", ordered by ``(occurred_at, customer_id, id)`` newest first (visits
of one moment grouped by customer), so fetching any page
costs the same however deep it is. Only a jump far into the list (dragging the scroll bar)
needs :func:`visit_key_at`, which skips rows on an index without reading them.

Visits in the trash and visits of customers in the trash are never listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_crm.storage.days import stamp_number
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3

# The sort key of a visit in the list: (occurred_at, customer_id, id).
VisitKey = tuple[str, int, int]

# Indexes that keep the all-visits list fast at 500,000 visits: rows come in exactly the
# list's order (``id`` is named so that ties in ``occurred_at`` need no sort either), and
# counts, including the check against customers in the trash, read the index alone. They
# belong in a schema migration (schema.py owns migrations); without them the list still
# works, but every page scans the table.
INDEX_DDL = """
CREATE INDEX IF NOT EXISTS interactions_recent
    ON interactions(occurred_at, id, customer_id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS interactions_channel_recent
    ON interactions(channel, occurred_at, id, customer_id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS interactions_open_follow_ups
    ON interactions(follow_up_due, staff_id, customer_id)
    WHERE follow_up_due IS NOT NULL AND follow_up_done_at IS NULL AND deleted_at IS NULL;
"""
# m029: the two list indexes without ``id``: the row id ends every index, so ordering by
# (occurred_at, customer_id, id) walks (occurred_at, customer_id) with no sort, and the
# counts still check customers in the trash on the index alone (3.9 MiB at 500k visits).
LEAN_INDEX_DDL = """
DROP INDEX interactions_recent;
CREATE INDEX interactions_recent ON interactions(occurred_at, customer_id)
    WHERE deleted_at IS NULL;
DROP INDEX interactions_channel_recent;
CREATE INDEX interactions_channel_recent ON interactions(channel, occurred_at, customer_id)
    WHERE deleted_at IS NULL;
"""
_ORDER = "i.occurred_at {0}, i.customer_id {0}, i.id {0}"

_COLUMNS = (
    "i.id, i.occurred_at, i.channel, i.purpose, i.outcome, i.next_step, i.follow_up_due, "
    "i.follow_up_done_at, i.customer_id, c.code, c.name AS customer_name, s.name AS staff_name"
)


@dataclass(frozen=True)
class VisitFilter:
    """Which visits a list shows. Dates are inclusive ISO dates ('2026-11-01')."""

    staff_id: int | None = None
    channel: str | None = None
    since: str | None = None
    until: str | None = None


def _where(store: Store, f: VisitFilter) -> tuple[str, list[object]]:
    # ``deleted_at IS NULL`` is written exactly so, so the partial indexes apply.
    clauses = ["i.deleted_at IS NULL"]
    params: list[object] = []
    if f.staff_id is not None:
        clauses.append("i.staff_id = ?")
        params.append(f.staff_id)
    if f.channel is not None:
        # With a staff member chosen, their index is the narrow one: the unary + keeps
        # SQLite from walking every visit of the channel instead.
        clauses.append("+i.channel = ?" if f.staff_id is not None else "i.channel = ?")
        params.append(f.channel)
    if f.since is not None:
        clauses.append("i.occurred_at >= ?")
        params.append(stamp_number(f.since))
    if f.until is not None:
        # occurred_at holds date and time: everything before the next day is on ``until``
        clauses.append("i.occurred_at < ?")
        params.append(stamp_number(date.fromisoformat(f.until) + timedelta(days=1)))
    clauses += _not_in_trash(store)
    return " AND ".join(clauses), params


def _not_in_trash(store: Store) -> list[str]:
    """The condition leaving out visits of customers in the trash, if there are any.

    Usually the trash is empty and the check is skipped; when it is not, the trashed ids are
    few and SQLite tests membership in a small in-memory list, without reading customers.
    """
    row = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM customers WHERE deleted_at IS NOT NULL)"
    ).fetchone()
    if not row[0]:
        return []
    return ["i.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)"]


def count_visits(store: Store, f: VisitFilter) -> int:
    where, params = _where(store, f)
    return store.conn.execute(
        f"SELECT count(*) FROM interactions i WHERE {where}", params
    ).fetchone()[0]


def _keyed(
    where: str, params: list[object], after: VisitKey | None, before: VisitKey | None,
    oldest: bool,
) -> tuple[str, list[object], str]:
    """Add the key condition; returns the clause, its parameters and the sort direction."""
    if after is not None and (before is not None or oldest):
        raise ValueError("give after, or before / oldest, not both")
    if after is not None:
        return (where + " AND (i.occurred_at, i.customer_id, i.id) < (?, ?, ?)",
                [*params, *_bound(after)], "DESC")
    if before is not None:
        return (where + " AND (i.occurred_at, i.customer_id, i.id) > (?, ?, ?)",
                [*params, *_bound(before)], "ASC")
    return where, params, "ASC" if oldest else "DESC"


def key_of(row: Mapping[str, Any]) -> VisitKey:
    """The key of a visit of a page (:func:`visit_page`): where the next page starts."""
    return row["occurred_at"], row["customer_id"], row["id"]


def _bound(key: VisitKey) -> tuple[int | None, int, int]:
    return stamp_number(key[0]), key[1], key[2]  # the time as the column holds it (days.py)


def visit_page(
    store: Store,
    f: VisitFilter,
    limit: int,
    *,
    after: VisitKey | None = None,
    before: VisitKey | None = None,
    oldest: bool = False,
) -> list[sqlite3.Row]:
    """Up to ``limit`` visits, always returned newest first: the newest ones; or those just
    older than ``after``; or those just newer than ``before``; or, with ``oldest``, the
    oldest ones (the end of the list)."""
    where, params = _where(store, f)
    where, params, order = _keyed(where, params, after, before, oldest)
    # CROSS JOIN keeps interactions the outer loop, walked in index order; otherwise the
    # planner may start from customers and sort everything.
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM interactions i "
        "CROSS JOIN customers c ON c.id = i.customer_id "
        "LEFT JOIN staff s ON s.id = i.staff_id "
        f"WHERE {where} ORDER BY {_ORDER.format(order)} LIMIT ?",
        [*params, limit],
    ).fetchall()
    return rows[::-1] if order == "ASC" else rows


def visit_key_at(
    store: Store,
    f: VisitFilter,
    offset: int,
    *,
    after: VisitKey | None = None,
    before: VisitKey | None = None,
    oldest: bool = False,
) -> VisitKey | None:
    """The key of the visit ``offset`` rows along from a starting point, ``offset`` 0 being
    the first: from the newest going older, from just past ``after`` going older, from just
    before ``before`` going newer, or with ``oldest`` from the oldest going newer. Only the
    index is read."""
    where, params = _where(store, f)
    where, params, order = _keyed(where, params, after, before, oldest)
    row = store.conn.execute(
        f"SELECT i.occurred_at, i.customer_id, i.id FROM interactions i WHERE {where} "
        f"ORDER BY {_ORDER.format(order)} LIMIT 1 OFFSET ?",
        [*params, offset],
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])


# --- one customer's visits ---------------------------------------------------------------

def contact_names_by_visit(store: Store, customer_id: int) -> dict[int, list[str]]:
    """Names of the contacts who took part in each of the customer's visits."""
    out: dict[int, list[str]] = {}
    for interaction_id, name in store.conn.execute(
        "SELECT ic.interaction_id, k.name FROM interactions i "
        "JOIN interaction_contacts ic ON ic.interaction_id = i.id "
        "JOIN contacts k ON k.id = ic.contact_id "
        "WHERE i.customer_id = ? ORDER BY ic.interaction_id, k.is_primary DESC, k.id",
        (customer_id,),
    ):
        out.setdefault(interaction_id, []).append(name)
    return out


# --- follow-ups and staff -------------------------------------------------------------

def staff_list(store: Store) -> list[tuple[int, str]]:
    """Every staff member, (id, name), ordered by name; the filters offer them."""
    return [
        (r[0], r[1]) for r in store.conn.execute("SELECT id, name FROM staff ORDER BY name, id")
    ]


def staff_by_name(store: Store, name: str) -> int | None:
    row = store.conn.execute("SELECT id FROM staff WHERE name = ?", (name,)).fetchone()
    return None if row is None else row[0]
