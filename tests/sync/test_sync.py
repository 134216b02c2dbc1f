"""Laptops syncing through the team server: what each login receives, merges by field,
conflicts kept for review, deletes, reassignment."""

from __future__ import annotations

import pytest

from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


@pytest.fixture
def laptops(tmp_path, team):
    made = {login: laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "li", "chen", "zhao")}
    for one in made.values():
        one.sync()  # the staff list arrives
    yield made
    for one in made.values():
        one.store.close()


def test_each_laptop_receives_what_its_login_may_see(laptops) -> None:
    wang, li, chen, zhao = (laptops[n] for n in ("wang", "li", "chen", "zhao"))
    me = wang.staff_id("王敏")
    mingjia = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    wang.contacts.create(mingjia, {"name": "李娟", "mobile": "13800000001"})
    wang.visits.log_visit(mingjia, {"occurred_at": "2026-12-01 10:00", "channel": "visit",
                                    "purpose": "例行拜访"}, [])
    result = wang.sync()
    assert result.pushed >= 3
    for other in (li, chen, zhao):
        other.sync()
    assert "明佳烟酒" in chen.names()          # the manager of team north
    assert "明佳烟酒" not in li.names()        # another rep
    assert "明佳烟酒" not in zhao.names()      # another team
    mine = chen.id_of("明佳烟酒")
    assert [c["name"] for c in chen.contacts.of_customer(mine)] == ["李娟"]
    assert [v["purpose"] for v in chen.visits.of_customer(mine)] == ["例行拜访"]


def test_different_fields_merge_and_the_same_field_becomes_a_conflict(laptops) -> None:
    wang, chen = laptops["wang"], laptops["chen"]
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001",
                                 "owner": "王敏", "phone": "0710-3600001"})
    wang.sync()
    chen.sync()
    wang.customers.update(cid, {"phone": "0710-3600002", "address": "襄阳市人民路1号"})
    chen.customers.update(chen.id_of("明佳烟酒"), {"phone": "0710-3600003", "area": "襄城区"})
    wang.sync()
    result = chen.sync()  # chen syncs second: the conflict is his to review
    assert result.conflicts == 1
    mine = chen.customer("明佳烟酒")
    assert (mine["address"], mine["area"], mine["phone"]) == ("襄阳市人民路1号", "襄城区", "0710-3600002")
    from desktop_crm.storage import sync_conflicts
    (conflict,) = sync_conflicts.open_conflicts(chen.store)
    assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["their_login"]) == (
        "phone", "0710-3600003", "0710-3600002", "wang")
    sync_conflicts.resolve(chen.store, conflict["id"], "mine")
    chen.sync()
    wang.sync()
    assert wang.customer("明佳烟酒")["phone"] == "0710-3600003"
    assert wang.customer("明佳烟酒")["area"] == "襄城区"
    assert sync_conflicts.open_conflicts(chen.store) == []
