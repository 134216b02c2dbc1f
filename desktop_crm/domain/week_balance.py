"""Balancing a week's visit plan (拜访计划): no working day over the visits-per-day limit, and
the days as even as the visits allow, keeping a day to its trade zone (商圈).

A day over the even share (the week's visits on working days from today on, divided by those
days, never more than the limit) gives up customers, those of its smaller zones first (it
keeps its main zone), least urgent first, never one whose
follow-up is fixed on that day unless the day is over the limit and no other can go, and
never a visit already made. Each
goes to a day with room, a day that already covers its zone first, the next days before the
earlier ones. The result is hand moves (``week_plan.move``), so the page keeps and can undo
them like a drag. Pure: it reads the plan only.
"""

from __future__ import annotations

import math
from datetime import date

from desktop_crm.domain.week_plan import Stop, WeekPlan


def working_days(plan: WeekPlan) -> list[date]:
    """The days balancing may fill: not off, not before today."""
    return [d.day for d in plan.days if not d.off and d.day >= plan.today]


def balance(plan: WeekPlan) -> dict[int, date]:
    """``{customer id: day}`` of the customers to move; empty when the week is balanced."""
    days = working_days(plan)
    if not days:
        return {}
    load: dict[date, list[Stop]] = {d.day: list(d.stops) for d in plan.days if d.day in days}
    total = sum(len(v) for v in load.values())
    target = min(plan.per_day, math.ceil(total / len(days)))
    moved: dict[int, date] = {}
    for day in days:
        while len(load[day]) > target:
            choice = _pick(load, day, days, target, plan.per_day)
            if choice is None:
                break  # nothing that may move, or no room left: the day stays over
            stop, dest = choice
            load[day].remove(stop)
            load[dest].append(stop)
            moved[stop.customer_id] = dest
    return moved


def _pick(load: dict[date, list[Stop]], day: date, days: list[date], target: int,
          per_day: int) -> tuple[Stop, date] | None:
    """The customer to move off ``day`` and where: one with a day of its zone if any."""
    later = [d for d in days if d > day]
    earlier = [d for d in days if d < day][::-1]
    free = [d for d in later + earlier if len(load[d]) < target]
    if not free:
        return None
    over_limit = len(load[day]) > per_day  # a fixed follow-up moves only to get under it
    zones: dict[str, int] = {}
    for s in load[day]:
        zones[s.area] = zones.get(s.area, 0) + 1
    # the day's smaller zones go first (the day keeps its main zone), least urgent first
    movable = sorted((s for s in load[day] if not s.visited and (over_limit or s.fixed != day)),
                     key=lambda s: (s.fixed == day, zones[s.area], -s.urgency.toordinal(), s.code))
    fallback = None
    for stop in movable:
        same = next((d for d in free if stop.area and any(s.area == stop.area for s in load[d])),
                    None)
        if same is not None:
            return stop, same
        if fallback is None:
            fallback = stop, free[0]
    return fallback
