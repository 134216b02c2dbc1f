"""The team at a glance, for a manager: per account manager, as this laptop's synced data
knows them, the customers they own, the visits logged at those customers this month against
what the tier policies ask for, overdue follow-ups, active account plans; and, from the team
server (``sync/server.py``), when their laptop last synced.

What a month asks: a customer whose tier asks a visit every N days asks (days in the month) ÷
N visits in it; a rep's figure is the sum over their customers, rounded to the nearest whole
visit (a key customer every 14 days asks 2.2 in a 31-day month, an occasional one every 90
days 0.3). Customers without a tier, or a tier without a visit frequency, ask none. Overdue
follow-ups are counted as everywhere else (``domain/follow_ups.py``): the follow-ups of the
rep's visits and the plan actions they own, past their date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop_crm.domain import follow_ups
from desktop_crm.domain.staff import month_bounds
from desktop_crm.storage import staff as sql
from desktop_crm.storage.db import Store


@dataclass(frozen=True)
class RepRow:
    staff_id: int
    name: str
    customers: int
    visits: int          # logged at their customers this month (to today)
    visits_asked: int    # what their customers' tiers ask for the whole month
    overdue: int         # open follow-ups and plan actions past their date
    active_plans: int
    staff_uuid: str | None  # the staff member's record on the team server, once synced
    last_sync_at: str | None = None  # of their laptop, from the server ('' : never synced)

    @property
    def behind(self) -> bool:
        """Fewer visits than the month asks."""
        return self.visits < self.visits_asked


def rows(store: Store, today: date | None = None) -> list[RepRow]:
    """One row per account manager, by name; nothing from the server yet (see :func:`with_syncs`)."""
    today = today or date.today()
    first, last = month_bounds(today)
    return [
        RepRow(r["id"], r["name"], r["customers"], r["visits"], int(r["asked"] + 0.5),
               follow_ups.overdue(store, today, staff_id=r["id"]).items, r["active_plans"],
               r["uuid"])
        for r in sql.team_overview(store, first.isoformat(), last.isoformat())
    ]


def with_syncs(found: list[RepRow], syncs: Mapping[str, str | None]) -> list[RepRow]:
    """The rows with their laptop's last sync, from ``{staff uuid: ISO time or None}`` (what
    the team server said); a rep the server has no login for keeps None."""
    from dataclasses import replace

    return [replace(r, last_sync_at=(syncs[r.staff_uuid] or "")
                    if r.staff_uuid in syncs else None) for r in found]
