"""``desktop-crm plan-week``: the table, --json, the route sheet PDF (Chinese, read back), and
one clear sentence for a rep who does not exist."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from desktop_crm.domain.staff import StaffService

NEXT_MONDAY = date.today() + timedelta(days=7 - date.today().weekday())


@pytest.fixture
def week(store, customers, visits) -> None:
    wang = StaffService(store, actor="测试员").save({"name": "王敏", "role": "account_manager"})
    for name, tier, address, days_ago in (("明佳烟酒", "key", "文博路30号", 30),
                                          ("永兴超市", "key", "文博路8号", 20),
                                          # 8 days: in the past whatever day the test runs
                                          ("华联", "regular", "沿江路5号", 8)):
        cid = customers.create({"name": name, "tier": tier, "area": "均州路商圈",
                                "address": f"丹江口市{address}", "owner": wang,
                                "phone": "0719-5221234"})
        visits.log_visit(cid, {"occurred_at": (NEXT_MONDAY - timedelta(days=days_ago)).isoformat(),
                               "channel": "visit", "staff": wang,
                               "next_step": "送新品样品" if name == "永兴超市" else None,
                               "follow_up_due": NEXT_MONDAY.isoformat() if name == "永兴超市" else None})
        if name == "明佳烟酒":  # an active plan with an action for every visit
            from desktop_crm.domain.plans import Action, PlanService

            plans = PlanService(store, "王敏")
            plan = plans.new_plan(cid)
            plan.actions = [Action("检查中高档烟陈列", "王敏", None)]
            plans.set_status(plans.save(plan), "active")


def test_the_week_as_a_table(cli, week) -> None:
    code, out, err = cli("plan-week", "--rep", "王敏", "--from", NEXT_MONDAY.isoformat())
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"王敏, {NEXT_MONDAY} to {NEXT_MONDAY + timedelta(days=6)}: 2 visit(s)")
    monday = lines.index(f"{NEXT_MONDAY} Mon")
    # street order: number 8 before number 30; 华联 (visited 8 days before) is not due
    assert "永兴超市" in lines[monday + 1] and "送新品样品" in lines[monday + 1]
    assert "明佳烟酒" in lines[monday + 2] and "visit " in lines[monday + 2] \
        and " days overdue" in lines[monday + 2]
    # the active plan's action without a date, as the Week plan page and the PDF show it
    assert "plan: 检查中高档烟陈列" in lines[monday + 2]
    assert "华联" not in out
    code, out, _ = cli("plan-week", "--rep", "王敏", "--from", NEXT_MONDAY.isoformat(), lang="zh")
    assert code == 0 and "周一" in out and "每天最多 8 家" in out and "计划：检查中高档烟陈列" in out


def test_the_week_as_json(cli, week) -> None:
    code, out, _ = cli("plan-week", "--rep", "王敏", "--from", NEXT_MONDAY.isoformat(), "--json")
    data = json.loads(out)
    assert code == 0 and data["rep"] == "王敏" and data["from"] == NEXT_MONDAY.isoformat()
    assert [s["name"] for s in data["days"][0]["stops"]] == ["永兴超市", "明佳烟酒"]
    assert data["days"][0]["stops"][1]["due"] == (NEXT_MONDAY - timedelta(days=16)).isoformat()
    assert data["days"][0]["stops"][1]["plan_says"] == ["检查中高档烟陈列"]
    assert data["days"][5]["off"] and data["days"][6]["off"]


def test_the_route_sheet_pdf(cli, week, tmp_path) -> None:
    target = tmp_path / "route.pdf"
    code, out, err = cli("plan-week", "--rep", "王敏", "--from", NEXT_MONDAY.isoformat(),
                         "-o", str(target), lang="zh")
    assert code == 0, err
    assert "2 次拜访的路线单已写入" in out
    reader = PdfReader(target)
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert len(reader.pages) == 1  # one working day with visits: one page
    for expected in ("拜访路线单", "客户经理：王敏", "永兴超市", "丹江口市文博路8号", "0719-5221234",
                     "送新品样品", "拜访记录", "均州路商圈", "星期一", "计划：检查中高档烟陈列"):
        assert expected in text, expected
    assert text.index("永兴超市") < text.index("明佳烟酒")
    # under the last visit, what is late: 明佳烟酒's visit by its tier's policy
    assert "拜访逾期" in text[text.index("明佳烟酒"):]


def test_a_rep_who_does_not_exist(cli, week) -> None:
    code, _, err = cli("plan-week", "--rep", "无名氏")
    assert code == 3 and err == "desktop-crm: there is no account manager named 无名氏\n"
    code, _, err = cli("plan-week", "--rep", "王敏", "--from", "下周一")
    assert code == 2 and "is not a date" in err
    code, _, err = cli("plan-week")
    assert code == 2 and "--rep NAME" in err
