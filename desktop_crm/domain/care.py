"""The care calendar: who to greet or call on which day.

Birthdays of contacts and of members' children, membership anniversaries, expected births,
festivals (the lunar ones through ``lunardate``) and follow-ups due, in one dated list. A
birthday on 29 February is kept on 28 February in a year without one, as shops do.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_crm.storage import care as sql
from desktop_crm.storage.db import Store

MAX_DAYS = 366

# key: (kind, month, day or (week-day, n-th), Chinese, English). Lunar dates are in the lunar
# calendar; the eve of the Spring Festival is the day before lunar 1/1 (month 12 has 29 or
# 30 days, so it is not a fixed lunar date).
FESTIVALS: dict[str, tuple[str, int, object, str, str]] = {
    "new_year": ("solar", 1, 1, "元旦", "New Year's Day"),
    "spring_eve": ("eve", 1, 1, "除夕", "Spring Festival Eve"),
    "spring": ("lunar", 1, 1, "春节", "Spring Festival"),
    "lantern": ("lunar", 1, 15, "元宵节", "Lantern Festival"),
    "womens_day": ("solar", 3, 8, "妇女节", "Women's Day"),
    "mothers_day": ("nth", 5, (6, 2), "母亲节", "Mother's Day"),
    "childrens_day": ("solar", 6, 1, "儿童节", "Children's Day"),
    "dragon_boat": ("lunar", 5, 5, "端午节", "Dragon Boat Festival"),
    "fathers_day": ("nth", 6, (6, 3), "父亲节", "Father's Day"),
    "qixi": ("lunar", 7, 7, "七夕", "Qixi Festival"),
    "mid_autumn": ("lunar", 8, 15, "中秋节", "Mid-Autumn Festival"),
    "double_ninth": ("lunar", 9, 9, "重阳节", "Double Ninth Festival"),
    "national_day": ("solar", 10, 1, "国庆节", "National Day"),
}

KINDS = ("birthday", "child_birthday", "anniversary", "festival", "due_date", "follow_up")
KIND_LABELS = {
    "birthday": ("生日", "Birthday"),
    "child_birthday": ("宝宝生日", "Child's birthday"),
    "anniversary": ("入会周年", "Membership anniversary"),
    "festival": ("节日", "Festival"),
    "due_date": ("预产期", "Expected birth"),
    "follow_up": ("待跟进", "Follow-up due"),
}


@dataclass(frozen=True)
class Event:
    """One thing on the calendar. ``years`` is the age reached or the years of membership;
    ``festival`` the festival key; ``detail`` a note (the next step of a follow-up)."""

    on: date
    kind: str
    name: str = ""
    customer_id: int | None = None
    member_id: int | None = None
    contact_id: int | None = None
    phone: str | None = None
    staff_id: int | None = None
    years: int | None = None
    festival: str | None = None
    detail: str | None = None


def festival_label(key: str, language: str = "zh") -> str:
    spec = FESTIVALS[key]
    return spec[3] if language.startswith("zh") else spec[4]


def festival_date(key: str, year: int) -> date:
    """The Gregorian date of festival ``key`` in Gregorian ``year``."""
    from lunardate import LunarDate  # loaded when a calendar is drawn, not at start-up

    kind, month, day, _zh, _en = FESTIVALS[key]
    if kind == "solar":
        return date(year, month, day)  # type: ignore[arg-type]
    if kind == "nth":
        weekday, nth = day  # type: ignore[misc]
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return first + timedelta(days=offset + 7 * (nth - 1))
    if kind == "eve":
        return LunarDate(year, 1, 1).to_solar_date() - timedelta(days=1)
    # A lunar date of lunar year ``year`` falls in Gregorian ``year`` for these festivals
    # (lunar new year is never later than 20 February).
    return LunarDate(year, month, day).to_solar_date()  # type: ignore[arg-type]


def festivals_between(first: date, last: date) -> list[tuple[date, str]]:
    out = []
    for year in range(first.year - 1, last.year + 1):
        for key in FESTIVALS:
            try:
                on = festival_date(key, year)
            except ValueError:  # outside the library's years (1900-2099)
                continue
            if first <= on <= last:
                out.append((on, key))
    return sorted(out)


def days_of(first: date, days: int) -> list[date]:
    days = max(1, min(days, MAX_DAYS))
    return [first + timedelta(days=k) for k in range(days)]


def month_days(window: Iterable[date]) -> dict[str, date]:
    """'MM-DD' -> the day in the window it is celebrated on. 29 February falls on 28
    February in a year without one."""
    out: dict[str, date] = {}
    for day in window:
        out[f"{day:%m-%d}"] = day
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            out["02-29"] = day
    return out


def upcoming(store: Store, first: date, days: int, kinds: Iterable[str] = KINDS) -> list[Event]:
    """Events from ``first`` for ``days`` days (at most a year), by date then kind."""
    kinds = set(kinds)
    window = days_of(first, days)
    last = window[-1]
    md = month_days(window)
    keys = list(md)
    events: list[Event] = []
    if "birthday" in kinds:
        for r in sql.birthdays(store, keys):
            on = md[r["born"][5:10]]
            events.append(Event(on, "birthday", r["name"], r["customer_id"], r["member_id"],
                                r["contact_id"], r["phone"], r["staff_id"],
                                years=on.year - int(r["born"][:4])))
    if "child_birthday" in kinds:
        for r in sql.children_birthdays(store, keys):
            on = md[r["born"][5:10]]
            years = on.year - int(r["born"][:4])
            if years >= 1:  # a birth date in the window this year is not a birthday yet
                events.append(Event(on, "child_birthday", r["name"], r["customer_id"],
                                    r["member_id"], None, r["phone"], r["staff_id"], years=years))
    if "anniversary" in kinds:
        for r in sql.anniversaries(store, keys):
            on = md[r["born"][5:10]]
            years = on.year - int(r["born"][:4])
            if years >= 1:
                events.append(Event(on, "anniversary", r["name"], r["customer_id"],
                                    r["member_id"], None, r["phone"], r["staff_id"], years=years))
    if "due_date" in kinds:
        for r in sql.due_dates(store, first.isoformat(), last.isoformat()):
            events.append(Event(date.fromisoformat(r["day"]), "due_date", r["name"],
                                r["customer_id"], r["member_id"], None, r["phone"], r["staff_id"]))
    if "follow_up" in kinds:
        for r in sql.follow_ups(store, first.isoformat(), last.isoformat()):
            events.append(Event(date.fromisoformat(r["day"]), "follow_up", r["name"],
                                r["customer_id"], None, None, r["phone"], r["staff_id"],
                                detail=r["next_step"]))
    if "festival" in kinds:
        for on, key in festivals_between(first, last):
            events.append(Event(on, "festival", festival=key))
    order = {k: i for i, k in enumerate(KINDS)}
    events.sort(key=lambda e: (e.on, order[e.kind], e.name, e.customer_id or 0))
    return events
