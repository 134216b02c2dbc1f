"""What was promised to customers and is not done yet: the follow-ups of visits and the open
actions (with a due date) of active account plans, of customers not in the trash.

The one definition of "open" and "overdue" (due before today). The agenda, the main window's
tab badge, status bar and start-up banner, the dossier's "Open follow-ups", the customer list's "Overdue follow-up" filter and
``desktop-crm agenda`` all count through this module, so they show the same numbers.
"Only mine" narrows it to one staff member: the follow-ups of their visits, and the plan
actions they own (or unowned ones of customers they look after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_crm.storage import plans, queries
from desktop_crm.storage.db import Store

GROUPS = ("overdue", "today", "this_week", "later")


@dataclass(frozen=True)
class Overdue:
    """Overdue items, and how many customers they belong to (what the customer list's
    "Overdue follow-up" filter finds)."""

    items: int
    customers: int


def open_items(store: Store, staff_id: int | None = None, before: date | None = None,
               customer_id: int | None = None) -> list[dict[str, Any]]:
    """Open items, earliest first (a visit's follow-up before a plan action due the same
    day). Visits' follow-ups have ``kind`` 'visit'; plan actions ``kind`` 'plan_action',
    shaped like a follow-up: ``follow_up_due`` is the action's due date, ``next_step`` its
    text, ``action_id`` its id and ``id`` the action id negated, so ids stay unique in one
    list (:mod:`desktop_crm.domain.visit_list` completes and reschedules either kind)."""
    rows = [{**dict(r), "kind": "visit"}
            for r in queries.open_follow_ups(store, staff_id=staff_id, before=before,
                                             customer_id=customer_id)]
    staff_name = queries.staff_names(store).get(staff_id) if staff_id is not None else None
    rows += [
        {"kind": "plan_action", "id": -a["id"], "action_id": a["id"],
         "plan_id": a["plan_id"], "customer_id": a["customer_id"], "code": a["code"],
         "customer_name": a["customer_name"], "follow_up_due": a["due_date"],
         "next_step": a["text"], "purpose": None, "channel": "visit", "staff_id": None,
         "staff_name": a["owner"], "plan_version": a["version"], "status": a["status"]}
        for a in plans.open_actions_due(store, staff_name, staff_id, before=before,
                                        customer_id=customer_id)
    ]
    rows.sort(key=lambda r: (r["follow_up_due"], r["kind"] != "visit", abs(r["id"])))
    return rows


def agenda(store: Store, today: date | None = None,
           staff_id: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """Open items in the groups a user plans by (:data:`GROUPS`): overdue, today, this week
    (to Sunday), later."""
    today = today or date.today()
    week_end = today + timedelta(days=6 - today.weekday())
    groups: dict[str, list[dict[str, Any]]] = {g: [] for g in GROUPS}
    for row in open_items(store, staff_id):
        due = date.fromisoformat(row["follow_up_due"])
        groups[
            "overdue" if due < today
            else "today" if due == today
            else "this_week" if due <= week_end
            else "later"
        ].append(row)
    return groups


def overdue(store: Store, today: date | None = None, staff_id: int | None = None) -> Overdue:
    """How many open items are past their date, and of how many customers."""
    rows = open_items(store, staff_id, before=today or date.today())
    return Overdue(len(rows), len({r["customer_id"] for r in rows}))
