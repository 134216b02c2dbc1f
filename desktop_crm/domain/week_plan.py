"""The week's visit plan of one account manager (拜访计划).

Who is due: a customer whose tier asks a visit every N days is due N days after the last visit
before the week (a customer never visited is due on the week's first day); with them come the
customers with an open follow-up or plan action due by the week's end. Overdue first.

The proposal (:func:`propose`) spreads them over the working days from today on — at most the
visits per day the user set, days off left out — so that a day covers one trade zone (商圈):
a day takes the zone of its most urgent customer (or of a follow-up fixed on that day) and
fills up from it before another zone. What does not fit is "not this week". A customer moved
to another day by hand stays there (:func:`move`, kept in the file's settings per rep and
week). Visits logged in the week mark their customer visited; a visit at a customer not in the
plan counts too, as unplanned. Each day is put in route order (``domain/routes.py``).

``build`` reads the database; ``due_stops``, ``propose`` and ``order_day`` are pure.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from desktop_crm.domain import follow_ups, routes
from desktop_crm.storage import visit_plan as sql
from desktop_crm.storage.db import Store

DEFAULT_PER_DAY = 8
DEFAULT_DAYS_OFF = (6, 7)  # ISO weekdays: Saturday, Sunday
PER_DAY_SETTING = "visit_plan.per_day"
DAYS_OFF_SETTING = "visit_plan.days_off"
_MOVES_SETTING = "visit_plan.moves.{staff}.{start}"


@dataclass(slots=True)  # not frozen: 1,000 of them are made per plan, and frozen ones are slow
class Stop:
    """A customer to visit in the week, and why."""

    customer_id: int
    code: str
    name: str
    tier: str | None = None
    area: str = ""
    address: str = ""
    phone: str = ""
    contact: str = ""
    contact_phone: str = ""
    every: int | None = None        # the tier's "visit every N days"
    last_visit: str | None = None   # ISO date, before the week
    due: date | None = None         # by the tier's policy (None: no policy)
    follow_ups: tuple[str, ...] = ()  # open follow-ups due by the week's end: "date text"
    actions: tuple[str, ...] = ()     # open plan actions due by the week's end: "date text"
    fixed: date | None = None       # the earliest follow-up or action date, if any
    point: routes.Point | None = None
    standing: tuple[str, ...] = ()  # the active plan's open actions without a date
    visited: str | None = None      # the day of a visit logged in the week
    unplanned: bool = False         # visited in the week though not due

    @property
    def urgency(self) -> date:
        """The earliest of its dates: what "overdue first" sorts by."""
        return min(d for d in (self.due, self.fixed, date.max) if d is not None)

    def overdue_days(self, today: date) -> int:
        return max(0, (today - self.urgency).days)

    @property
    def overdue_for(self) -> str:
        """What :attr:`urgency` is the date of: "visit" (the tier's policy) or "follow_up" (a
        follow-up or a plan action), so a sheet can say which is late."""
        return "visit" if self.due is not None and self.urgency == self.due else "follow_up"


@dataclass
class Day:
    day: date
    off: bool = False
    stops: list[Stop] = field(default_factory=list)
    km: float | None = None  # the tour's length, when the stops have coordinates


@dataclass
class WeekPlan:
    staff_id: int
    staff_name: str
    start: date
    today: date
    per_day: int
    days: list[Day]
    not_this_week: list[Stop]

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    def as_json(self) -> dict[str, Any]:
        def stop(s: Stop) -> dict[str, Any]:
            return {"code": s.code, "name": s.name, "tier": s.tier, "area": s.area,
                    "address": s.address, "phone": s.phone, "contact": s.contact,
                    "contact_phone": s.contact_phone, "every": s.every,
                    "last_visit": s.last_visit, "due": s.due and s.due.isoformat(),
                    "overdue_days": s.overdue_days(self.today), "follow_ups": list(s.follow_ups),
                    "actions": list(s.actions), "plan_says": list(s.standing),
                    "visited": s.visited, "unplanned": s.unplanned,
                    "latitude": s.point and s.point[0], "longitude": s.point and s.point[1]}
        return {"rep": self.staff_name, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "per_day": self.per_day,
                "days": [{"date": d.day.isoformat(), "off": d.off, "km": d.km,
                          "stops": [stop(s) for s in d.stops]} for d in self.days],
                "not_this_week": [stop(s) for s in self.not_this_week]}


# --- settings ------------------------------------------------------------------------------

def per_day(store: Store) -> int:
    value = store.setting(PER_DAY_SETTING)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_PER_DAY


def days_off(store: Store) -> tuple[int, ...]:
    value = store.setting(DAYS_OFF_SETTING)
    if value is None:
        return DEFAULT_DAYS_OFF
    return tuple(sorted({int(v) for v in value.split(",") if v.strip() in "1234567" and v.strip()}))


def set_preferences(store: Store, visits_per_day: int, off: Sequence[int]) -> None:
    """Visits per day (1–40) and days off (ISO weekdays, 1 = Monday)."""
    if not 1 <= visits_per_day <= 40:
        raise ValueError("Visits per day must be between 1 and 40.")
    with store.transaction():
        store.set_setting(PER_DAY_SETTING, str(visits_per_day))
        store.set_setting(DAYS_OFF_SETTING, ",".join(str(d) for d in sorted(set(off))))


def moves(store: Store, staff_id: int, start: date) -> dict[int, date]:
    raw = store.setting(_MOVES_SETTING.format(staff=staff_id, start=start.isoformat()))
    try:
        return {int(k): date.fromisoformat(v) for k, v in json.loads(raw or "{}").items()}
    except (ValueError, AttributeError):
        return {}  # a damaged setting loses the hand-made moves, not the plan


def move(store: Store, staff_id: int, start: date, customer_id: int, day: date | None) -> None:
    """Keep ``customer_id`` on ``day`` in the plan of the week from ``start`` (None: back to
    where the proposal puts it)."""
    done = moves(store, staff_id, start)
    if day is None:
        done.pop(customer_id, None)
    else:
        done[customer_id] = day
    set_moves(store, staff_id, start, done)


def set_moves(store: Store, staff_id: int, start: date, done: Mapping[int, date]) -> None:
    """All the hand moves of the week from ``start`` at once (balancing, and its undo)."""
    store.set_setting(_MOVES_SETTING.format(staff=staff_id, start=start.isoformat()),
                      json.dumps({str(k): v.isoformat() for k, v in done.items()}))


# --- pure parts ----------------------------------------------------------------------------

def due_stops(customers: Sequence[Mapping[str, Any]], open_items: Sequence[Mapping[str, Any]],
              start: date, points: Mapping[int, routes.Point] | None = None) -> list[Stop]:
    """The customers due in the week from ``start``, most urgent first: by tier policy (last
    visit + N days ≤ the week's end) or by an open follow-up / plan action due by then.
    ``customers`` are rows of ``storage.visit_plan.customers_of``; ``open_items`` those of
    ``follow_ups.open_items`` (any customer of them not in ``customers`` is left out)."""
    end = start + timedelta(days=6)
    points = points or {}
    notes: dict[int, dict[str, list]] = {}
    for item in open_items:
        when = date.fromisoformat(item["follow_up_due"])
        if when > end:
            continue
        got = notes.setdefault(item["customer_id"], {"follow_ups": [], "actions": [], "dates": []})
        kind = "follow_ups" if item["kind"] == "visit" else "actions"
        got[kind].append(f"{item['follow_up_due']} {item['next_step'] or ''}".strip())
        got["dates"].append(when)
    out = []
    for c in customers:
        due = None
        if c["every"]:
            due = (date.fromisoformat(c["last_visit"]) + timedelta(days=c["every"])
                   if c["last_visit"] else start)
        got = notes.get(c["id"])
        if got is None and (due is None or due > end):
            continue
        out.append(Stop(
            c["id"], c["code"], c["name"], c["tier"], c["area"] or "", c["address"] or "",
            c["phone"] or "", c["contact"] or "", c["contact_phone"] or "", c["every"],
            c["last_visit"], due if due is not None and due <= end else None,
            tuple(got["follow_ups"]) if got else (), tuple(got["actions"]) if got else (),
            min(got["dates"]) if got else None, points.get(c["id"])))
    out.sort(key=lambda s: (s.urgency, s.code))
    return out


def propose(stops: Sequence[Stop], days: Sequence[date], per_day: int) -> tuple[dict[date, list[Stop]], list[Stop]]:
    """``stops`` (most urgent first) spread over the working ``days``, at most ``per_day`` a
    day; and what did not fit. A day takes the zone of its fixed follow-up, else of the most
    urgent customer left, and a second zone only when the later days could not hold the rest, or to fill a day
    that is less than half full."""
    placed: dict[date, list[Stop]] = {d: [] for d in days}
    if not days:
        return placed, list(stops)
    left = []
    for s in stops:  # a follow-up fixed on a working day goes on that day, if there is room
        if s.fixed in placed and len(placed[s.fixed]) < per_day:
            placed[s.fixed].append(s)
        else:
            left.append(s)
    for k, d in enumerate(days):
        zones = [s.area for s in placed[d]][:1]  # a fixed follow-up's zone comes first
        while left and len(placed[d]) < per_day:
            later_room = sum(per_day - len(placed[x]) for x in days[k + 1:])
            if (placed[d] and not zones and len(left) <= later_room
                    and 2 * len(placed[d]) >= per_day):
                break  # the day's zone is done, half a day at least: the rest goes later
            zone = zones.pop() if zones else left[0].area
            take = [s for s in left if s.area == zone][:per_day - len(placed[d])]
            placed[d] += take
            taken = {s.customer_id for s in take}
            left = [s for s in left if s.customer_id not in taken]
    return placed, left


def order_day(stops: Sequence[Stop]) -> tuple[list[Stop], float | None]:
    """A day's stops in route order, and the tour's kilometres when two or more have
    coordinates: by zone and street first; those with coordinates then as the shortest tour
    from the first of them, those without after them, by zone and street."""
    by_street = sorted(stops, key=lambda s: routes.street_key(s.area, s.address))
    located = [s for s in by_street if s.point is not None]
    if len(located) < 2:
        return by_street, None
    order, km = routes.shortest_tour([s.point for s in located])  # type: ignore[misc]
    return [located[k] for k in order] + [s for s in by_street if s.point is None], km


# --- reading the database ------------------------------------------------------------------

def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def build(store: Store, staff_id: int, start: date | None = None,
          today: date | None = None) -> WeekPlan:
    """The plan of ``staff_id`` for the seven days from ``start`` (default: this week's
    Monday), proposing visits from ``today`` (or ``start`` if later) on."""
    today = today or date.today()
    start = start or week_start(today)
    end = start + timedelta(days=6)
    found = store.get("staff", staff_id)
    staff_name = found["name"] if found is not None else ""
    customers = sql.customers_of(store, staff_id, start.isoformat())
    points = _points(sql.coordinates(store, [c["id"] for c in customers]))
    items = follow_ups.open_items(store, staff_id)
    owned = {c["id"] for c in customers}
    stops = due_stops(customers, [i for i in items if i["customer_id"] in owned], start, points)
    off = set(days_off(store))
    limit = per_day(store)
    first = max(start, today)
    working = [start + timedelta(days=k) for k in range(7)
               if start + timedelta(days=k) >= first
               and (start + timedelta(days=k)).isoweekday() not in off]
    visited: dict[int, str] = {}
    for r in sql.visits_between(store, staff_id, start.isoformat(), end.isoformat()):
        visited.setdefault(r["customer_id"], r["day"])
    pending = [s for s in stops if s.customer_id not in visited]
    placed, left = propose(pending, working, limit)
    days = {start + timedelta(days=k): Day(start + timedelta(days=k),
                                           (start + timedelta(days=k)).isoweekday() in off)
            for k in range(7)}
    for d, chosen in placed.items():
        days[d].stops += chosen
    _apply_moves(days, left, moves(store, staff_id, start))
    by_id = {c["id"]: c for c in customers}
    due_ids = {s.customer_id for s in stops}
    for s in stops:
        if s.customer_id in visited:
            days[date.fromisoformat(visited[s.customer_id])].stops.append(
                replace(s, visited=visited[s.customer_id]))
    for cid, day in visited.items():
        if cid not in due_ids and cid in by_id:
            c = by_id[cid]
            days[date.fromisoformat(day)].stops.append(Stop(
                cid, c["code"], c["name"], c["tier"], c["area"] or "", c["address"] or "",
                c["phone"] or "", c["contact"] or "", c["contact_phone"] or "", c["every"],
                c["last_visit"], point=points.get(cid), visited=day, unplanned=True))
    shown = [s for d in days.values() for s in d.stops] + left
    standing = sql.undated_actions(store, [s.customer_id for s in shown])
    for s in shown:
        s.standing = tuple(standing.get(s.customer_id, ()))
    for d in days.values():
        d.stops, d.km = order_day(d.stops)
    return WeekPlan(staff_id, staff_name, start, today, limit, list(days.values()), left)


def _apply_moves(days: dict[date, Day], left: list[Stop], moved: Mapping[int, date]) -> None:
    for cid, target in moved.items():
        if target not in days:
            continue
        for source in [*(d.stops for d in days.values()), left]:
            found = [s for s in source if s.customer_id == cid]
            if found:
                source.remove(found[0])
                days[target].stops.append(found[0])
                break


def _points(raw: Mapping[int, tuple[str, str]]) -> dict[int, routes.Point]:
    out = {}
    for cid, (lat, lon) in raw.items():
        try:
            point = (float(lat), float(lon))
        except ValueError:
            continue
        if -90 <= point[0] <= 90 and -180 <= point[1] <= 180 and all(map(math.isfinite, point)):
            out[cid] = point
    return out


def staff_choices(store: Store) -> list[tuple[int, str]]:
    """Whom a plan can be made for: active account managers and owners, by name."""
    return [(r["id"], r["name"]) for r in sql.staff_of(store)]
