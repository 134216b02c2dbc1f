"""Balancing a week (domain/week_balance.py), worked out by hand on plans made directly: a
day over the limit or above the even share gives its least urgent customers to the next days
with room, a day of the same zone first; visits made and fixed follow-ups stay."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_crm.domain.week_balance import balance
from desktop_crm.domain.week_plan import Day, Stop, WeekPlan

MONDAY = date(2026, 11, 23)


def stop(n: int, area: str, due_days: int = 0, **kw) -> Stop:
    return Stop(n, f"C{n:03d}", f"店{n}", "key", area, due=MONDAY + timedelta(days=due_days), **kw)


def plan(per_day: int, *days: list[Stop], today: date = MONDAY) -> WeekPlan:
    week = [Day(MONDAY + timedelta(days=k), off=k >= 5) for k in range(7)]
    for k, stops in enumerate(days):
        week[k].stops = list(stops)
    return WeekPlan(1, "王敏", MONDAY, today, per_day, week, [])


def test_a_balanced_week_moves_nothing() -> None:
    even = plan(4, [stop(1, "A"), stop(2, "A")], [stop(3, "B"), stop(4, "B")],
                [stop(5, "C"), stop(6, "C")], [stop(7, "D"), stop(8, "D")], [stop(9, "E"), stop(10, "E")])
    assert balance(even) == {}


def test_an_overfull_day_spreads_to_days_of_its_zone_first() -> None:
    tue, wed, thu, fri = (MONDAY + timedelta(days=k) for k in range(1, 5))
    # Monday: 6 customers by hand (limit 3), three of zone A, three of zone B (the least urgent);
    # Thursday covers zone B already, Tuesday zone A
    monday = [stop(1, "A"), stop(2, "A"), stop(3, "A", 1), stop(4, "B", 3), stop(5, "B", 4),
              stop(6, "B", 5)]
    week = plan(3, monday, [stop(7, "A")], [], [stop(8, "B")], [])
    moved = balance(week)
    # 8 visits over 5 days: 2 a day. The least urgent B goes to Thursday (B's day), A's 3 to
    # Tuesday (A's day), the other B's together to the next free day; Friday stays free
    assert moved == {6: thu, 3: tue, 5: wed, 4: wed}


def test_visits_made_and_fixed_follow_ups_stay() -> None:
    done = stop(1, "A", visited=MONDAY.isoformat())
    fixed = stop(2, "A", 6, fixed=MONDAY)  # promised for Monday
    moved = balance(plan(2, [done, fixed, stop(3, "A"), stop(4, "A")], [], [], [], []))
    # 4 visits over 5 days: 1 a day; Monday keeps the visit made and the promise (2, the limit)
    assert moved == {3: MONDAY + timedelta(days=1), 4: MONDAY + timedelta(days=2)}
    # over the limit, a fixed follow-up moves when nothing else can
    fixed_too = [stop(2, "A", fixed=MONDAY), stop(3, "A", fixed=MONDAY), stop(4, "A", fixed=MONDAY)]
    assert balance(plan(2, [done, *fixed_too], [], [], [], [])) == {
        2: MONDAY + timedelta(days=1), 3: MONDAY + timedelta(days=2)}


def test_days_before_today_and_days_off_are_left_alone() -> None:
    wed = MONDAY + timedelta(days=2)
    week = plan(2, [stop(1, "A"), stop(2, "A"), stop(3, "A")], [], [stop(4, "A"), stop(5, "A"),
                                                                  stop(6, "A")], [], [], today=wed)
    # Monday is past: its 3 stay; 3 over Wednesday to Friday, one a day (days off stay empty)
    assert balance(week) == {4: wed + timedelta(days=1), 5: wed + timedelta(days=2)}


def test_no_room_anywhere_keeps_the_day_over() -> None:
    full = [[stop(10 * k + j, "A") for j in range(2)] for k in range(1, 5)]
    week = plan(2, [stop(1, "A"), stop(2, "A"), stop(3, "A")], *full)
    assert balance(week) == {}


def test_a_day_keeps_its_main_zone() -> None:
    # Monday: four of zone A, two of B, the B's the most urgent; 6 over 3 days: 2 a day at most
    monday = [stop(1, "A", 3), stop(2, "A", 3), stop(3, "A", 4), stop(4, "A", 4),
              stop(5, "B", 0), stop(6, "B", 0)]
    week = plan(9, monday, [], [])
    week.days[3].off = week.days[4].off = True  # Monday to Wednesday only
    tue, wed = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    # B goes together to Tuesday, then the least urgent A's to Wednesday
    assert balance(week) == {5: tue, 6: tue, 3: wed, 4: wed}
