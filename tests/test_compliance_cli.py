"""``desktop-crm compliance``: per account manager and per tier, the share of customers
visited within their tier's visit policy, as a table (both languages) and as JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop_crm.domain.staff import StaffService


@pytest.fixture
def shops(store, customers, visits) -> None:
    staff = StaffService(store, "测试员")
    wang = staff.save({"name": "王敏", "role": "account_manager"})
    li = staff.save({"name": "李强", "role": "account_manager"})
    for name, tier, days_ago, owner in (("明佳烟酒", "key", 3, wang), ("永兴超市", "key", 20, wang),
                                        ("小卖部", "occasional", None, wang),
                                        ("华联", "regular", 10, li), ("老店", None, 300, li)):
        cid = customers.create({"name": name, "tier": tier, "owner": owner})
        if days_ago is not None:
            visits.log_visit(cid, {
                "occurred_at": (date.today() - timedelta(days=days_ago)).isoformat() + " 10:00",
                "channel": "visit", "staff": owner})


def test_the_shares_as_a_table(cli, shops) -> None:
    code, out, err = cli("compliance")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Visited within policy, counted on {date.today()}"
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:] if line.strip()}
    assert rows["王敏"] == ["3", "1", "33.3%"]
    assert rows["李强"] == ["1", "1", "100.0%"]  # 老店 has no tier: no policy to keep
    assert rows["Key"] == ["2", "1", "50.0%"] and rows["Occasional"] == ["1", "0", "0.0%"]
    code, out, _ = cli("compliance", lang="zh")
    assert code == 0 and "按政策按时拜访" in out and "主力" in out and "客户经理" in out


def test_the_shares_as_json(cli, shops) -> None:
    code, out, _ = cli("compliance", "--json")
    data = json.loads(out)
    assert code == 0 and data["on"] == date.today().isoformat()
    assert {r["rep"]: (r["customers"], r["within"], r["share"]) for r in data["reps"]} == {
        "王敏": (3, 1, 0.3333), "李强": (1, 1, 1.0)}
    assert [t["tier"] for t in data["tiers"]] == ["key", "regular", "occasional"]
    assert data["frequencies"] == {"key": 14, "regular": 30, "occasional": 90}


def test_a_past_month_and_a_wrong_one(cli, shops) -> None:
    code, out, _ = cli("compliance", "--month", "2020-02", "--json")
    data = json.loads(out)
    # counted on the month's last day: nobody was visited yet then
    assert code == 0 and data["on"] == "2020-02-29"
    assert all(r["within"] == 0 for r in data["reps"])
    code, _, err = cli("compliance", "--month", "二月")
    assert code == 2 and err == "desktop-crm: 二月 is not a month (YYYY-MM)\n"
