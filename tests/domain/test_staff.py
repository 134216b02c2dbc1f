"""Staff: targets, month figures, leaderboard, moving members, the prospect funnel."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.domain.members import MemberService
from desktop_crm.domain.staff import StaffService
from desktop_crm.domain.validation import ValidationError


@pytest.fixture
def team(store, customers, visits):
    svc = StaffService(store, actor="测试员")
    li = svc.save({"name": "李店员", "role": "shop_staff", "target_members": 2,
                   "target_visits_per_month": 4})
    zhao = svc.save({"name": "赵店员", "role": "shop_staff", "target_members": 350})
    members = MemberService(store, actor="测试员")
    ids = []
    for i in range(3):
        cid = customers.create({"name": f"会员{i}", "kind": "individual", "owner": li})
        ids.append(members.enrol(cid, f"BB10{i}", staff_id=li))
    prospect = customers.create({"name": "潜在客户", "kind": "individual", "owner": zhao})
    visits.log_visit(prospect, {"channel": "wechat", "occurred_at": "2025-05-03 10:00", "staff": zhao})
    visits.log_visit(prospect, {"channel": "phone", "occurred_at": "2025-05-04 10:00", "staff": zhao})
    members.purchase(ids[0], 300, on="2025-05-06", staff_id=li)
    return svc, li, zhao, ids, prospect


def test_month_figures_against_targets(team):
    svc, li, zhao, _ids, _p = team
    stats = {s.name: s for s in svc.stats(date(2025, 5, 20))}
    assert (stats["李店员"].members, stats["李店员"].members_share) == (3, 1.5)
    assert stats["李店员"].revenue == 300
    assert (stats["赵店员"].interactions, stats["赵店员"].interactions_share) == (2, None)
    assert [s.name for s in svc.leaderboard("interactions", date(2025, 5, 1))] == ["赵店员", "李店员"]
    assert [s.name for s in svc.leaderboard("revenue", date(2025, 5, 1))] == ["李店员", "赵店员"]
    assert svc.stats(date(2025, 6, 1))[0].interactions == 0


def test_reassign_members_in_bulk(team, store):
    svc, li, zhao, ids, _p = team
    assert svc.reassign(None, zhao, from_staff=li) == 3
    owners = {r[0] for r in store.conn.execute("SELECT owner_id FROM customers WHERE name LIKE '会员%'")}
    assert owners == {zhao}
    assert svc.reassign(ids[:1], li) == 1
    assert svc.reassign(ids[:1], li) == 0  # already theirs
    logged = store.conn.execute("SELECT count(*) FROM change_log WHERE field = 'owner_id'").fetchone()[0]
    assert logged == 4


def test_staff_checks(team):
    svc = team[0]
    with pytest.raises(ValidationError) as err:
        svc.save({"name": "李店员"})
    assert err.value.errors[0].code == "duplicate_staff"
    with pytest.raises(ValidationError):
        svc.save({"name": "新人", "target_members": "-3"})


def test_funnel_per_staff_and_source(team):
    svc, *_ = team
    by_staff, by_source, total = svc.funnel()
    staff = {r.key: (r.aware, r.intent, r.purchase) for r in by_staff}
    assert staff == {"李店员": (3, 1, 1), "赵店员": (1, 1, 0)}
    source = {r.key: (r.aware, r.intent, r.purchase) for r in by_source}
    assert source == {"": (3, 1, 1), "微信": (1, 1, 0)}
    assert (total.aware, total.intent, total.purchase) == (4, 2, 1)
    assert total.intent_rate == 0.5 and total.overall_rate == 0.25
