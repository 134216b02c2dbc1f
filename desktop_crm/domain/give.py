"""Giving customers to another account manager ("Give to…"): whom the login may give them to,
what the move means, and the move itself — an owner change made as a bulk edit makes it
(``BulkEditService.apply``): one history entry per customer, the outbox fed by the same
triggers, undone the same way.

On a connected file the team server moves the dossier at the next sync: it reaches the new
owner's laptop with its visits, plans, members and purchases and leaves the old owner's
(``sync/reassignment.remove_departed``). Whom a login may give to is the server's rule
(``crm.visible_owners``): an admin anyone, a manager the staff of the team. The file does not
hold the teams: each sync keeps that list (``sync_rows.give_to``); before one has, a manager
is offered the staff whose customers the file holds. The server refuses anything else, kept
as a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_crm.domain.bulk_edit import BulkChange, BulkEdit, BulkEditService, Progress
from desktop_crm.domain.service import fail
from desktop_crm.domain.team_rights import Rights, rights
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import staff as staff_sql
from desktop_crm.storage import sync_conflicts, sync_rows
from desktop_crm.storage.db import Store


def targets(store: Store, granted: Rights | None = None) -> list[tuple[int, str]]:
    """``(staff id, name)`` of the active staff the login may give customers to, by name."""
    granted = granted or rights(store)
    if not granted.give:
        return []
    active = {r["id"] for r in staff_sql.staff(store, include_inactive=False)}
    people = [(r["id"], r["name"]) for r in listing.owners(store) if r["id"] in active]
    if granted.role == "manager":
        team = sync_rows.give_to(store.conn)
        if team is None:  # not synced since this app kept it: those the file shows as team
            team = staff_sql.owning(store)
        me = sync_rows.default_owner(store.conn)
        people = [p for p in people if p[0] in set(team) | {me}]
    return people  # in pinyin order


@dataclass(frozen=True)
class Handover:
    """The customers chosen and whom they belong to now, for the question before the move."""

    ids: list[int]
    owners: dict[int | None, int]           # owner id (None: nobody) -> customers
    names: dict[int, str] = field(default_factory=dict)
    connected: bool = False

    @property
    def count(self) -> int:
        return len(self.ids)

    def moving(self, to: int) -> int:
        """Customers that change hands (those ``to`` owns already stay as they are)."""
        return sum(n for owner, n in self.owners.items() if owner != to)

    def leaving(self, to: int) -> list[str]:
        """The present owners who lose customers, by name."""
        return [self.names.get(o, "?") for o in self.owners if o is not None and o != to]


def handover(store: Store, ids: Sequence[int]) -> Handover:
    ids = list(dict.fromkeys(ids))
    return Handover(ids, staff_sql.owners_of(store, ids),
                    {r["id"]: r["name"] for r in staff_sql.staff(store)},
                    sync_rows.state(store.conn) is not None)


def give(store: Store, actor: str, ids: Sequence[int], to: int,
         progress: Progress | None = None) -> BulkEdit:
    """Make ``to`` the owner of the customers ``ids``; raises ValidationError when the login
    may not give customers, or not to ``to``."""
    allowed = targets(store)
    if not allowed:
        raise fail("owner", "forbidden",
                   "this login may not give customers to someone else: a manager does")
    if to not in {sid for sid, _ in allowed}:
        raise fail("owner", "forbidden", "this login may not give customers to that person")
    return BulkEditService(store, actor).apply(ids, BulkChange("owner", to), progress)


def arrivals(store: Store, ids: Sequence[int]) -> list[str]:
    """Of the customers a sync brought in or gave a new owner, the names of those now the
    login's own (what the user is told arrived), by name. A customer set back to the team's
    record after a refusal (a rep gave it away here) did not arrive: it never left."""
    me = sync_rows.default_owner(store.conn)
    if me is None or not ids:
        return []
    found = []
    back = sync_conflicts.refused_customers(store.conn, list(ids))
    for customer in set(ids) - back:
        row = store.get("customers", customer)
        if row is not None and row["owner_id"] == me and row["deleted_at"] is None:
            found.append(row["name"])
    return sorted(found)
