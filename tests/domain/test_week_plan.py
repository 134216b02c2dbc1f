"""The week's visit plan on a small file, worked out by hand: who is due by tier policy, the
follow-ups and plan actions merged in, overdue first, a day per trade zone, the visits per day
and days off respected, moves by hand, visits logged in the week (planned or not)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.domain import week_plan
from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.plans import PlanService
from desktop_crm.domain.plans.model import Action
from desktop_crm.domain.staff import StaffService

MONDAY = date(2026, 11, 23)


@pytest.fixture
def rep(store, customers, visits) -> dict[str, int]:
    staff = StaffService(store, actor="测试员")
    wang = staff.save({"name": "王敏", "role": "account_manager"})
    li = staff.save({"name": "李强", "role": "account_manager"})
    ids = {"rep": wang}

    def shop(name: str, tier: str | None, area: str, address: str, last: str | None,
             owner: int = wang) -> int:
        cid = customers.create({"name": name, "tier": tier, "area": area, "address": address,
                                "owner": owner})
        if last:
            visits.log_visit(cid, {"occurred_at": f"{last} 10:00", "channel": "visit",
                                   "staff": owner})
        ids[name] = cid
        return cid

    # key: every 14 days; regular 30; occasional 90 (the default policies)
    shop("明佳烟酒", "key", "均州路", "丹江口市均州路30号", "2026-11-02")        # due 11-16: 7 days over
    shop("永兴超市", "key", "均州路", "丹江口市均州路8号", "2026-11-12")         # due 11-26
    shop("小卖部", "occasional", "沿江路", "丹江口市沿江路5号", None)             # never: due 11-23
    shop("华联", "regular", "沿江路", "丹江口市沿江路77号", "2026-11-20")        # due 12-20: not
    shop("老店", None, "沿江路", "丹江口市沿江路1号", None)                      # no policy
    shop("大商场", "key", "均州路", "丹江口市均州路1号", "2026-10-01", owner=li)  # 李强's
    # 华联 promised a call on Thursday; 老店's active plan has an action due Tuesday
    visits.log_visit(ids["华联"], {"occurred_at": "2026-11-20 15:00", "channel": "phone",
                                   "staff": wang, "follow_up_due": "2026-11-26",
                                   "next_step": "送新品样品"})
    plans = PlanService(store, "王敏")
    plan = plans.new_plan(ids["老店"])
    plan.actions = [Action("陈列检查", "王敏", "2026-11-24"), Action("年底回访", "王敏", "2027-01-10"),
                    Action("保持烟柜整洁", "王敏", None), Action("已办完的事", "王敏", None, "done")]
    plans.set_status(plans.save(plan), "active")
    return ids


def names(day: week_plan.Day) -> list[str]:
    return [s.name for s in day.stops]


def test_who_is_due_overdue_first(store, rep) -> None:
    plan = week_plan.build(store, rep["rep"], MONDAY, today=MONDAY)
    every = [s for d in plan.days for s in d.stops] + plan.not_this_week
    by_name = {s.name: s for s in every}
    assert set(by_name) == {"明佳烟酒", "永兴超市", "小卖部", "华联", "老店"}
    assert by_name["明佳烟酒"].overdue_days(MONDAY) == 7
    assert by_name["明佳烟酒"].due == date(2026, 11, 16)
    # what is late: the visit the tier asks for, or a follow-up / plan action with a date
    assert [by_name[n].overdue_for for n in ("明佳烟酒", "华联", "老店")] == [
        "visit", "follow_up", "follow_up"]
    assert by_name["小卖部"].due == MONDAY and by_name["小卖部"].last_visit is None
    assert by_name["华联"].due is None and by_name["华联"].follow_ups == ("2026-11-26 送新品样品",)
    assert by_name["老店"].actions == ("2026-11-24 陈列检查",)  # January's is not this week
    # what the active plan asks at any visit: its open actions without a date
    assert by_name["老店"].standing == ("保持烟柜整洁",) and by_name["华联"].standing == ()
    assert plan.staff_name == "王敏" and plan.end == date(2026, 11, 29)


def test_a_day_per_zone_within_the_visits_a_day(store, rep) -> None:
    week_plan.set_preferences(store, 2, [6, 7])
    plan = week_plan.build(store, rep["rep"], MONDAY, today=MONDAY)
    monday, tuesday, wednesday, thursday, friday, saturday, sunday = plan.days
    # Monday: the most urgent (明佳烟酒, 7 days over) and the rest of its zone, street order
    assert names(monday) == ["永兴超市", "明佳烟酒"]
    # Tuesday: 老店's plan action is due that day, and its zone fills the day
    assert names(tuesday) == ["老店", "小卖部"]
    # Thursday: 华联's follow-up
    assert names(thursday) == ["华联"] and not wednesday.stops and not friday.stops
    assert saturday.off and sunday.off and not saturday.stops
    assert plan.not_this_week == []


def test_what_does_not_fit_is_not_this_week(store, rep) -> None:
    week_plan.set_preferences(store, 1, [6, 7])
    plan = week_plan.build(store, rep["rep"], MONDAY, today=date(2026, 11, 26))  # Thursday
    assert [names(d) for d in plan.days[:3]] == [[], [], []]  # the past is not planned
    thursday, friday = plan.days[3], plan.days[4]
    assert names(thursday) == ["华联"] and names(friday) == ["明佳烟酒"]
    assert [s.name for s in plan.not_this_week] == ["小卖部", "老店", "永兴超市"]


def test_a_move_by_hand_stays(store, rep) -> None:
    week_plan.set_preferences(store, 2, [6, 7])
    week_plan.move(store, rep["rep"], MONDAY, rep["明佳烟酒"], date(2026, 11, 27))
    plan = week_plan.build(store, rep["rep"], MONDAY, today=MONDAY)
    assert names(plan.days[4]) == ["明佳烟酒"]
    assert "明佳烟酒" not in names(plan.days[0])
    week_plan.move(store, rep["rep"], MONDAY, rep["明佳烟酒"], None)
    assert "明佳烟酒" in names(week_plan.build(store, rep["rep"], MONDAY, today=MONDAY).days[0])


def test_visits_in_the_week_planned_or_not(store, rep, visits) -> None:
    visits.log_visit(rep["明佳烟酒"], {"occurred_at": "2026-11-24 09:30", "channel": "visit",
                                      "staff": rep["rep"]})
    visits.log_visit(rep["华联"], {"occurred_at": "2026-11-23 16:00", "channel": "visit",
                                  "staff": rep["rep"]})  # due only on Thursday: still planned
    plan = week_plan.build(store, rep["rep"], MONDAY, today=date(2026, 11, 25))
    tuesday = {s.name: s for s in plan.days[1].stops}
    assert tuesday["明佳烟酒"].visited == "2026-11-24" and not tuesday["明佳烟酒"].unplanned
    monday = {s.name: s for s in plan.days[0].stops}
    assert monday["华联"].visited == "2026-11-23"
    later = [s.name for d in plan.days[2:] for s in d.stops] + [s.name for s in plan.not_this_week]
    assert "明佳烟酒" not in later and "华联" not in later


def test_an_unplanned_visit(store, rep, customers, visits) -> None:
    fresh = customers.create({"name": "新店", "tier": "regular", "area": "均州路",
                              "owner": rep["rep"]})
    visits.log_visit(fresh, {"occurred_at": "2026-11-10 10:00", "channel": "visit",
                             "staff": rep["rep"]})  # due 12-10: not this week
    visits.log_visit(fresh, {"occurred_at": "2026-11-23 11:00", "channel": "visit",
                             "staff": rep["rep"]})
    plan = week_plan.build(store, rep["rep"], MONDAY, today=MONDAY)
    found = [s for s in plan.days[0].stops if s.name == "新店"]
    assert found and found[0].unplanned and found[0].visited == "2026-11-23"


def test_coordinates_give_a_tour_and_its_length(store, rep) -> None:
    fields = CustomFieldService(store, "测试员")
    # as an import makes them of columns 纬度 and 经度 (keys wei_du, jing_du)
    assert fields.define("纬度", "number").key == "wei_du"
    assert fields.define("经度", "number").key == "jing_du"
    fields.set_values(rep["明佳烟酒"], {"wei_du": "32.5400", "jing_du": "111.5000"})
    fields.set_values(rep["永兴超市"], {"wei_du": "32.5400", "jing_du": "111.5200"})
    week_plan.set_preferences(store, 3, [6, 7])
    plan = week_plan.build(store, rep["rep"], MONDAY, today=MONDAY)
    monday = plan.days[0]
    assert names(monday)[:2] in (["明佳烟酒", "永兴超市"], ["永兴超市", "明佳烟酒"])
    assert monday.km == pytest.approx(1.875, abs=0.01)  # 0.02° of longitude at 32.54° N
    assert plan.days[1].km is None


def test_preferences_are_checked(store) -> None:
    assert week_plan.per_day(store) == week_plan.DEFAULT_PER_DAY
    with pytest.raises(ValueError):
        week_plan.set_preferences(store, 0, [])
    week_plan.set_preferences(store, 12, [7])
    assert (week_plan.per_day(store), week_plan.days_off(store)) == (12, (7,))


def test_one_zone_a_day_while_the_week_has_room() -> None:
    def stop(n: int, area: str, due: str, fixed: str | None = None) -> week_plan.Stop:
        return week_plan.Stop(n, f"C{n}", f"店{n}", area=area, due=date.fromisoformat(due),
                              fixed=date.fromisoformat(fixed) if fixed else None)

    stops = sorted([stop(1, "A", "2026-11-01"), stop(2, "B", "2026-11-02"),
                    stop(3, "A", "2026-11-20"), stop(4, "C", "2026-11-03"),
                    stop(5, "B", "2026-11-25", fixed="2026-11-25")], key=lambda s: s.urgency)
    days = [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)]
    placed, left = week_plan.propose(stops, days, 3)
    zones = {d: {s.area for s in placed[d]} for d in days}
    # Monday: A, Tuesday: B (the next most urgent) and, B being one stop there, C to fill the
    # day; Wednesday: B's follow-up
    assert zones == {days[0]: {"A"}, days[1]: {"B", "C"}, days[2]: {"B"}} and left == []
    # one day for five: the day fills up with a second and a third zone, most urgent first
    placed, left = week_plan.propose(stops, days[:1], 3)
    assert [s.customer_id for s in placed[days[0]]] == [1, 3, 2] and len(left) == 2
