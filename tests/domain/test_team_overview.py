"""The manager's Team overview, counted by hand on a small file: three account managers, a
customer of each tier, visits this month and last, an overdue follow-up, an active plan and
an archived one, a customer in the trash; and the last syncs the team server reported."""

from __future__ import annotations

from datetime import date

from desktop_crm.domain import team_overview
from desktop_crm.domain.plans.service import PlanService
from desktop_crm.domain.staff import StaffService

TODAY = date(2026, 11, 25)  # November: 30 days


def test_the_figures_of_each_account_manager(store, customers, visits) -> None:
    staff = StaffService(store, actor="测试员")
    wang = staff.save({"name": "王敏", "role": "account_manager"})
    li = staff.save({"name": "李强", "role": "account_manager"})
    staff.save({"name": "赵雷", "role": "account_manager"})
    staff.save({"name": "陈经理", "role": "manager"})        # owns nothing: not a rep's row
    staff.save({"name": "老员工", "role": "account_manager", "active": False})  # left

    key = customers.create({"name": "明佳烟酒", "tier": "key", "owner": wang})
    regular = customers.create({"name": "永兴超市", "tier": "regular", "owner": wang})
    customers.create({"name": "小卖部", "tier": "occasional", "owner": wang})
    customers.create({"name": "无等级店", "owner": wang})        # no tier: asks no visit
    gone = customers.create({"name": "已关店", "tier": "key", "owner": wang})
    big = customers.create({"name": "大商场", "tier": "key", "owner": li})

    # 王敏's customers: three visits in November (one logged by 李强), one in October
    visits.log_visit(key, {"occurred_at": "2026-11-02 10:00", "channel": "visit", "staff": wang,
                           "follow_up_due": "2026-11-09"})         # overdue on the 25th
    visits.log_visit(key, {"occurred_at": "2026-11-10 10:00", "channel": "phone", "staff": wang,
                           "follow_up_due": "2026-11-30"})         # not yet due
    visits.log_visit(regular, {"occurred_at": "2026-11-01 09:00", "channel": "visit",
                               "staff": li})
    visits.log_visit(key, {"occurred_at": "2026-10-28 16:00", "channel": "visit", "staff": wang})
    visits.log_visit(gone, {"occurred_at": "2026-11-03 10:00", "channel": "visit", "staff": wang})
    customers.delete(gone)                                          # in the trash: not counted
    # 李强's one customer: last month only
    visits.log_visit(big, {"occurred_at": "2026-10-20 11:00", "channel": "visit", "staff": li})

    plans = PlanService(store, "测试员")
    active = plans.save(plans.new_plan(key))
    plans.set_status(active, "active")
    closed = plans.save(plans.new_plan(regular))
    plans.set_status(closed, "active")
    plans.set_status(closed, "archived")
    plans.save(plans.new_plan(big))                                  # a draft: not active

    found = {r.name: r for r in team_overview.rows(store, TODAY)}
    assert list(found) == ["李强", "王敏", "赵雷"]  # by name; the manager and who left are not
    wang_row, li_row, zhao_row = found["王敏"], found["李强"], found["赵雷"]
    # 30/14 + 30/30 + 30/90 = 2.14 + 1 + 0.33 = 3.48 → 3
    assert (wang_row.customers, wang_row.visits, wang_row.visits_asked) == (4, 3, 3)
    assert (wang_row.overdue, wang_row.active_plans, wang_row.behind) == (1, 1, False)
    # 30/14 = 2.14 → 2
    assert (li_row.customers, li_row.visits, li_row.visits_asked) == (1, 0, 2)
    assert (li_row.overdue, li_row.active_plans) == (0, 0)
    assert (zhao_row.customers, zhao_row.visits, zhao_row.visits_asked, zhao_row.overdue,
            zhao_row.active_plans, zhao_row.behind) == (0, 0, 0, 0, 0, False)
    assert li_row.behind
    # in October 王敏's key customer had one visit, and the month (31 days) asked
    # 31/14 + 31/30 + 31/90 = 2.21 + 1.03 + 0.34 = 3.59 → 4
    october = {r.name: r for r in team_overview.rows(store, date(2026, 10, 31))}
    assert (october["王敏"].visits, october["王敏"].visits_asked, october["王敏"].behind) == (
        1, 4, True)
    assert october["李强"].visits == 1


def test_the_last_syncs_the_server_reported(store) -> None:
    staff = StaffService(store, actor="测试员")
    staff.save({"name": "王敏", "role": "account_manager"})
    staff.save({"name": "李强", "role": "account_manager"})
    rows = team_overview.rows(store, TODAY)
    rows = [team_overview.RepRow(**{**r.__dict__, "staff_uuid": uuid})
            for r, uuid in zip(rows, ("u-li", "u-wang"), strict=True)]
    synced = team_overview.with_syncs(rows, {"u-wang": "2026-11-25T09:30:00", "u-other": None})
    assert [(r.name, r.last_sync_at) for r in synced] == [("李强", None),
                                                          ("王敏", "2026-11-25T09:30:00")]
    never = team_overview.with_syncs(rows, {"u-li": None})
    assert never[0].last_sync_at == ""  # a login that never synced
