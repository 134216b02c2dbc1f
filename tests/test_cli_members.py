"""The member, staff, greetings and campaign commands, as a user drives them."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest

from desktop_crm.storage.db import open_database


@pytest.fixture
def shop(cli, db_path):
    open_database(db_path).close()
    assert cli("staff", "add", "李店员", "--target-members", "350")[0] == 0
    assert cli("staff", "add", "赵店员")[0] == 0
    soon = (date.today() + timedelta(days=2)).replace(year=1992).isoformat()  # 1992: leap
    for i in range(4):
        assert cli("add", f"name=会员{i}", "kind=individual", "tags=流失", "owner=李店员",
                   "consent_channels=sms", f"phone=1391234880{i}")[0] == 0
        assert cli("contact", _code(db_path, f"会员{i}"), f"name=会员{i}",
                   "role=self", f"mobile=1391234880{i}", f"birthday={soon}")[0] == 0
    from desktop_crm.domain.members import MemberService
    with open_database(db_path) as store:
        for i, row in enumerate(store.conn.execute("SELECT id FROM customers ORDER BY id")):
            MemberService(store).enrol(row[0], f"BB900{i}")


def _code(db_path, name: str) -> str:
    with open_database(db_path) as store:
        return store.conn.execute("SELECT code FROM customers WHERE name = ?", (name,)).fetchone()[0]


def test_purchase_and_member_show(cli, shop):
    code, out, _ = cli("member", "purchase", "BB9000", "1600", "--product", "奶粉")
    assert code == 0 and "+1600" in out and "silver" in out
    code, out, _ = cli("member", "show", "BB9000", "--json")
    data = json.loads(out)
    assert data["member"]["points_balance"] == 1600 and data["history"][0]["amount"] == 1600
    code, _, err = cli("member", "purchase", "BB9000", "abc")
    assert code == 4 and "amount" in err
    assert cli("member", "purchase", "NOPE", "10")[0] == 3


def test_greetings_csv(cli, shop, tmp_path, db_path):
    out_file = tmp_path / "birthday.csv"
    code, out, _ = cli("greetings", "--occasion", "birthday", "--within", "7", "-o", str(out_file),
                       lang="zh")
    assert code == 0 and out.startswith("4 条问候已写入")
    with open(out_file, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 5 and rows[1][1].startswith("会员") and "生日快乐" in rows[1][3]
    with open_database(db_path) as store:
        assert store.count("interactions", channel="sms") == 4


def test_campaign_report(cli, shop):
    today = date.today()
    code, out, _ = cli("campaign", "create", "老客唤回", "--from", (today - timedelta(days=5)).isoformat(),
                       "--to", (today + timedelta(days=20)).isoformat(), "--budget", "100")
    cid = out.strip()
    assert cli("campaign", "targets", cid, "--tag", "流失", "--save-as", "流失会员")[1].startswith("4 targets")
    code, out, _ = cli("campaign", "assign", cid, "--staff", "李店员", "--staff", "赵店员")
    assert code == 0 and "李店员  2" in out
    code, out, _ = cli("campaign", "worklist", cid, "--staff", "李店员")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    target = lines[0].split()[0]
    assert cli("campaign", "record", target, "interested", "周末来店")[0] == 0
    code, out, _ = cli("campaign", "worklist", cid, "--staff", "李店员")
    assert len(out.strip().splitlines()) == 1
    code, out, _ = cli("campaign", "worklist", cid, "--staff", "李店员", "--all", lang="zh")
    assert "有意向" in out and "周末来店" in out
    cli("member", "purchase", "BB9001", "300")
    code, out, _ = cli("campaign", "report", cid, "--json")
    data = json.loads(out)
    assert data["treated"]["targets"] == 4 and data["treated"]["converted"] == 1
    assert data["treated"]["contacted"] == 1 and data["treated"]["reached"] == 1
    assert data["treated"]["revenue"] == 300 and data["roi"] == pytest.approx(2.0)
    code, out, _ = cli("campaign", "report", cid)
    assert code == 0 and "老客唤回" in out and "25.0%" in out
    code, out, _ = cli("campaign", "report", cid, "--by-rep", "--json")
    by_rep = json.loads(out)
    assert [(r["owner"], r["treated"]["targets"], r["treated"]["converted"]) for r in by_rep["by_rep"]] \
        == [("李店员", 4, 1)]
    assert by_rep["total"] == {k: v for k, v in data.items() if k != "campaign"}
    code, out, _ = cli("campaign", "report", cid, "--by-rep", lang="zh")
    lines = out.splitlines()
    assert code == 0 and lines[1].startswith("客户经理") and lines[2].startswith("李店员")
    assert lines[3].startswith("整个活动") and "200.0%" in lines[3]
    assert cli("campaign", "report", "999")[0] == 3


def test_member_add(cli, db_path):
    open_database(db_path).close()
    assert cli("staff", "add", "李店员")[0] == 0
    assert cli("add", "name=王丽", "kind=individual", "code=M001")[0] == 0
    assert cli("add", "name=陈静", "kind=individual", "code=M002")[0] == 0
    code, out, _ = cli("member", "add", "M001", "BB7001", "--staff", "李店员", "--joined", "2024-01-05")
    assert code == 0 and "BB7001" in out
    assert cli("member", "add", "M002", "BB7002", "--referred-by", "BB7001")[0] == 0
    code, out, _ = cli("member", "show", "BB7002", "--json")
    assert json.loads(out)["member"]["referrer_name"] == "王丽"
    code, _, err = cli("member", "add", "M002", "BB7003")
    assert code == 4 and "already a member" in err
    assert cli("member", "add", "NOPE", "BB7004")[0] == 3


def test_staff_list_and_funnel(cli, shop):
    code, out, _ = cli("staff", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["李店员"]["members"] == 0 and rows["李店员"]["target_members"] == 350  # cards without staff
    code, out, _ = cli("staff", "funnel", "--json")
    data = json.loads(out)
    assert data["total"]["aware"] == 4 and data["by_staff"][0]["key"] == "李店员"
    code, out, _ = cli("staff", "funnel")
    assert code == 0 and "by source" in out
