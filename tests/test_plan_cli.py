"""``plan print`` and ``card print`` from the command line: files, text in them, exit codes."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop_crm.domain.plans import PlanService
from tests.domain.test_plans import sample


def pdf_text(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages).replace("\n", "")


@pytest.fixture
def two_plans(store, customers, mingjia):
    plans = PlanService(store, "李娟")
    plan_id = plans.save(sample(plans, mingjia))
    plans.set_status(plan_id, "active")
    draft = plans.new_version(plan_id)
    later = plans.load(draft)
    later.points["O"].append("周边新建小区陆续入住")
    plans.save(later)
    other = customers.create({"name": "文博便利店", "code": "420381100099", "area": "文博路商圈"})
    plans.save(sample(plans, other))
    customers.create({"name": "无计划商店", "code": "420381100098", "area": "文博路商圈"})
    store.close()  # the command opens the file itself
    return mingjia


def test_plan_print_one_customer(cli, two_plans, tmp_path):
    target = tmp_path / "mingjia.pdf"
    code, out, err = cli("plan", "print", "420381104741", "-o", str(target))
    assert code == 0 and str(target) in out and not err
    text = pdf_text(target)
    assert "明佳烟酒" in text and "销售能力强，主销各类名优卷烟" in text
    assert "周边新建小区陆续入住" not in text  # the active plan, not the newer draft
    code, _, _ = cli("plan", "print", "420381104741", "--version", "2", "-o", str(target))
    assert code == 0 and "周边新建小区陆续入住" in pdf_text(target)


def test_plan_print_all_with_a_filter(cli, two_plans, tmp_path):
    out_dir = tmp_path / "plans"
    code, out, _ = cli("plan", "print", "--all", "--area", "文博路商圈", "--out-dir", str(out_dir))
    assert code == 0, out
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "420381100099-文博便利店-plan.pdf", "420381104741-明佳烟酒-plan.pdf"]
    one = tmp_path / "all.pdf"
    assert cli("plan", "print", "--all", "-o", str(one))[0] == 0
    assert "文博便利店" in pdf_text(one) and "明佳烟酒" in pdf_text(one)


def test_card_print_and_mistakes(cli, two_plans, tmp_path):
    target = tmp_path / "card.pdf"
    code, out, _ = cli("card", "print", "420381104741", "-o", str(target), lang="zh")
    assert code == 0 and "客户资料卡" in pdf_text(target)
    code, _, err = cli("plan", "print", "420381100098", "-o", str(tmp_path / "x.pdf"))
    assert code == 3 and "no account plan" in err
    code, _, err = cli("plan", "print", "420381104741")
    assert code == 2 and "-o FILE.pdf" in err
    code, _, err = cli("card", "print", "999", "-o", str(target))
    assert code == 3
    assert not (tmp_path / "x.pdf").exists()
