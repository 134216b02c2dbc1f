"""Staff: who they are and their targets, what each one looks after and does in a month
against those targets, a leaderboard, moving members from one to another, and the prospect
funnel (aware → intent → purchase) per staff member and per source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_crm.domain.fields import CHANNELS, STAFF_FIELDS, by_name
from desktop_crm.domain.service import (  # noqa: F401 - current_user: staff.current_user
    USER_SETTING,
    current_user,
    default_actor,
    fail,
)
from desktop_crm.domain.validation import NotFoundError, check_value
from desktop_crm.storage import members as member_sql
from desktop_crm.storage import queries
from desktop_crm.storage import staff as sql
from desktop_crm.storage.db import Store

ROLES = {
    "admin": ("管理员", "Admin"),
    "manager": ("经理", "Manager"),
    "account_manager": ("客户经理", "Account manager"),
    "shop_staff": ("店员", "Shop staff"),
}
_FIELDS = by_name(STAFF_FIELDS)
DEFAULT_TARGET_MEMBERS = 350  # a staff member of the baby store looks after ~350 [001/篇2]
LEADERBOARD_METRICS = ("interactions", "revenue", "members")


@dataclass(frozen=True)
class StaffStats:
    id: int
    name: str
    role: str
    active: bool
    members: int
    target_members: int | None
    interactions: int
    target_interactions: int | None
    revenue: float
    sales: int

    @property
    def members_share(self) -> float | None:
        return self.members / self.target_members if self.target_members else None

    @property
    def interactions_share(self) -> float | None:
        return self.interactions / self.target_interactions if self.target_interactions else None


@dataclass(frozen=True)
class FunnelRow:
    """Customers of one staff member or source through the stages."""

    key: str
    aware: int
    intent: int
    purchase: int

    @property
    def intent_rate(self) -> float | None:
        return self.intent / self.aware if self.aware else None

    @property
    def purchase_rate(self) -> float | None:
        """Purchase of those with intent."""
        return self.purchase / self.intent if self.intent else None

    @property
    def overall_rate(self) -> float | None:
        return self.purchase / self.aware if self.aware else None


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)


class StaffService:
    def __init__(self, store: Store, actor: str | None = None, language: str = "zh") -> None:
        self.store = store
        self.actor = actor or default_actor(store)
        self.language = language

    def all(self, include_inactive: bool = True) -> list[dict[str, Any]]:
        return [dict(r) for r in sql.staff(self.store, include_inactive)]

    def save(self, data: dict[str, Any], staff_id: int | None = None) -> int:
        """Create (no ``staff_id``) or update a staff member."""
        name = check_value(_FIELDS["name"], str(data.get("name") or ""))
        if not name:
            raise fail("name", "required", "a staff member needs a name")
        same = self.store.find_one("staff", name=name)
        if same is not None and same["id"] != staff_id:
            raise fail("name", "duplicate_staff", f"there is already a staff member called {name}",
                       name=name)
        role = data.get("role") or "shop_staff"
        if role not in ROLES:
            raise fail("role", "choice", f"{role!r} is not a role")
        values: dict[str, Any] = {"name": name, "role": role,
                                  "phone": check_value(_FIELDS["phone"], data.get("phone") or ""),
                                  "active": int(bool(data.get("active", True)))}
        for key in ("target_members", "target_visits_per_month"):
            raw = data.get(key)
            if raw in (None, ""):
                values[key] = None
                continue
            try:
                values[key] = int(raw)
            except (TypeError, ValueError):
                raise fail(key, "integer", f"{raw!r} is not a whole number") from None
            if values[key] < 0:
                raise fail(key, "range", "a target cannot be negative", minimum=0)
        if staff_id is None:
            return self.store.insert("staff", values)
        if self.store.get("staff", staff_id) is None:
            raise NotFoundError(f"There is no staff member with id {staff_id}.")
        self.store.update("staff", staff_id, values)
        return staff_id

    def stats(self, month: date | None = None, include_inactive: bool = False) -> list[StaffStats]:
        first, last = month_bounds(month or date.today())
        return [
            StaffStats(r["id"], r["name"], r["role"], bool(r["active"]), r["members"],
                       r["target_members"], r["interactions"], r["target_visits_per_month"],
                       r["revenue"], r["sales"])
            for r in sql.stats(self.store, first.isoformat(), last.isoformat())
            if include_inactive or r["active"]
        ]

    def leaderboard(self, metric: str = "interactions", month: date | None = None) -> list[StaffStats]:
        """Active staff ranked by ``metric`` this month, best first."""
        if metric not in LEADERBOARD_METRICS:
            raise fail("metric", "choice", f"{metric!r} cannot rank staff")
        return sorted(self.stats(month), key=lambda s: (-getattr(s, metric), s.name))

    def reassign(self, member_ids: Sequence[int] | None, to_staff: int | None, *,
                 from_staff: int | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> int:
        """Give members — the ones listed, or all of ``from_staff`` — to ``to_staff``, with
        their customer files; each change is in the customer's history. Returns how many."""
        if to_staff is not None and self.store.get("staff", to_staff) is None:
            raise fail("staff", "staff", "no such staff member; add them first")
        ids = list(member_ids) if member_ids is not None else sql.member_ids_of(self.store, from_staff)
        if progress and not progress(0, len(ids)):
            return 0
        with self.store.transaction():
            changed = member_sql.reassign(self.store, ids, to_staff)
            queries.log_changes(self.store, [
                ("customer", c, c, "owner_id", old, to_staff) for _m, c, old in changed
            ], self.actor)
        if progress:
            progress(len(ids), len(ids))
        return len(changed)

    def funnel(self, since: date | None = None) -> tuple[list[FunnelRow], list[FunnelRow], FunnelRow]:
        """Aware (in the files) → intent (engaged: a contact logged, or a purchase, which
        shows intent too, so each stage holds the next) → purchase (bought at least once),
        per staff member and per source, and in total."""
        names = queries.staff_names(self.store)
        lang = 0 if self.language.startswith("zh") else 1
        by_staff: dict[str, list[int]] = {}
        by_source: dict[str, list[int]] = {}
        total = [0, 0, 0]
        for owner, source, n, engaged, bought in sql.funnel_rows(
            self.store, since.isoformat() if since else None
        ):
            who = names.get(owner, "") if owner else ""
            label = ("老带新", "Referral")[lang] if source == "referral" else (
                CHANNELS[source][lang] if source in CHANNELS else source)
            for bucket, key in ((by_staff, who), (by_source, label)):
                acc = bucket.setdefault(key, [0, 0, 0])
                acc[0] += n
                acc[1] += engaged
                acc[2] += bought
            total = [total[0] + n, total[1] + engaged, total[2] + bought]

        def rows(bucket: dict[str, list[int]]) -> list[FunnelRow]:
            return sorted((FunnelRow(k, *v) for k, v in bucket.items()), key=lambda r: (-r.aware, r.key))
        return rows(by_staff), rows(by_source), FunnelRow("", *total)


# --- who uses this file ----------------------------------------------------------------------
# current_user (imported above) reads who it is; domain/service.py owns the setting, so
# default_actor, the change history and the audit log read the same one.

def set_current_user(store: Store, name: str, role: str = "account_manager") -> int:
    """Record ``name`` as the person using this file, adding them to the staff list if they
    are not on it, so history, visits, new customers and print footers carry a real person.
    Returns their staff id."""
    name = name.strip()
    with store.transaction():
        same = store.find_one("staff", name=name)
        staff_id = same["id"] if same else StaffService(store, name).save({"name": name, "role": role})
        store.set_setting(USER_SETTING, name)
    return staff_id
