"""Account plans: a draft prefilled from the dossier, saving, versions, statuses, templates,
comparing versions and the plan actions that reach the follow-up agenda."""

from __future__ import annotations

import pytest

from desktop_crm.domain.plans import (
    Action, Objective, PlanService, compare, save_template, summary, template,
)
from desktop_crm.domain.validation import ValidationError
from desktop_crm.domain.visit_list import agenda


@pytest.fixture
def plans(store) -> PlanService:
    return PlanService(store, "李娟")


def sample(plans: PlanService, customer_id: int):
    plan = plans.new_plan(customer_id)
    plan.points["S"] = ["销售能力强，主销各类名优卷烟", "地理位置优势明显，经营环境好"]
    plan.points["W"] = ["店内商品局限的范围小"]
    plan.points["O"] = ["交通便利，客流量大"]
    plan.points["T"] = ["周边的零售客户分流客源"]
    plan.strategies["SO"] = ["利用人缘优势扩大中高档卷烟销售"]
    plan.actions = [Action("建议您保持中高档烟品牌的完整性", "李娟", "2026-12-01"),
                    Action("避免品牌展示陈旧及过分拥挤", None, "2026-12-15", "doing")]
    plan.objectives = [Objective("月均卷烟销量提升", "提升10%")]
    return plan


def test_new_plan_is_prefilled_from_the_dossier(plans, customers, mingjia):
    customers.update(mingjia, {"strengths": "销售能力强；地理位置好", "problems": "烟柜陈旧",
                               "competitor_ties": "附近30米有一家烟酒店"})
    plan = plans.new_plan(mingjia)
    assert plan.background == {"owner": "李娟", "customer_code": "420381104741",
                               "shop_name": "明佳烟酒", "business_format": "烟酒店"}
    assert plan.title == "明佳烟酒客户经营指导计划书"
    assert plan.points["S"] == ["销售能力强", "地理位置好"]
    assert plan.points["W"] == ["烟柜陈旧"]
    assert "30米" in plan.competition
    assert plan.id is None and plan.status == "draft"


def test_each_template_prefills_its_own_questions(plans, store, customers, mingjia):
    customers.update(mingjia, {"relationship": "partner", "industry": "烟草零售",
                               "assets": 1200000, "dna": "偏好稳健理财"})
    store.insert("metric_snapshots", {"customer_id": mingjia, "taken_on": "2026-10-31",
                                      "metric": "deposit_balance", "value": 523000.5})
    key = plans.new_plan(mingjia, "key_account")
    assert key.title == "明佳烟酒大客户开发计划"
    assert "关系层级：合作伙伴" in key.owner_personality
    assert "李娟（店主）" in key.consumer_groups and "烟草零售" in key.business_format_analysis
    vip = plans.new_plan(mingjia, "bank_vip")
    assert "523,000.50" in vip.business_format_analysis and "1,200,000" in vip.business_format_analysis
    assert vip.consumer_groups == "偏好稳健理财"


def test_each_retail_analysis_section_gets_its_own_source(plans, customers, mingjia):
    customers.update(mingjia, {"service_area": "主要服务文博路周边居民及过往顾客",
                               "sales_capability": "销售能力强，月均卷烟销量约300条",
                               "sales_performance": "近一年销售稳中有升"})
    plan = plans.new_plan(mingjia)
    assert plan.consumer_groups == "主要服务文博路周边居民及过往顾客"  # 消费群体构成: whom it serves
    assert "销售能力强" in plan.business_format_analysis
    assert "稳中有升" in plan.business_format_analysis
    assert "周边居民" not in plan.business_format_analysis


def test_save_and_load_round_trip(plans, mingjia):
    plan = sample(plans, mingjia)
    plan_id = plans.save(plan)
    again = plans.load(plan_id)
    assert again.version == 1
    assert again.points == plan.points
    assert again.strategies["SO"] == ["利用人缘优势扩大中高档卷烟销售"]
    assert [a.text for a in again.actions] == [a.text for a in plan.actions]
    assert again.actions[1].status == "doing"
    assert again.objectives[0].target == "提升10%"


def test_bad_dates_are_refused_and_nothing_is_written(plans, store, mingjia):
    plan = sample(plans, mingjia)
    plan.actions[0].due_date = "下周"
    with pytest.raises(ValidationError) as info:
        plans.save(plan)
    assert "下周" in str(info.value)
    assert store.count("plans") == 0


def test_new_version_copies_and_activating_archives_the_old(plans, mingjia):
    first = plans.save(sample(plans, mingjia))
    plans.set_status(first, "active")
    second = plans.new_version(customer_id=mingjia)
    copy = plans.load(second)
    assert copy.version == 2 and copy.status == "draft"
    assert copy.points == plans.load(first).points
    plans.set_status(second, "active")
    assert [(v["version"], v["status"]) for v in plans.versions(mingjia)] == [
        (2, "active"), (1, "archived")]


def test_only_drafts_can_be_deleted(plans, mingjia):
    plan_id = plans.save(sample(plans, mingjia))
    plans.set_status(plan_id, "active")
    with pytest.raises(ValidationError):
        plans.delete(plan_id)
    draft = plans.new_version(plan_id)
    plans.delete(draft)
    assert [v["version"] for v in plans.versions(mingjia)] == [1]


def test_compare_finds_added_removed_and_changed_points(plans, mingjia):
    old = sample(plans, mingjia)
    new = old.copy()
    new.points["S"][0] = "销售能力很强，主销各类名优卷烟"
    new.points["O"].append("周边新建小区陆续入住")
    new.points["T"] = []
    changes = compare(old, new, include_same=False)
    assert ("S", "changed", "销售能力强，主销各类名优卷烟", "销售能力很强，主销各类名优卷烟") in [
        (c.section, c.kind, c.old, c.new) for c in changes]
    assert ("O", "added", "", "周边新建小区陆续入住") in [
        (c.section, c.kind, c.old, c.new) for c in changes]
    assert ("T", "removed", "周边的零售客户分流客源", "") in [
        (c.section, c.kind, c.old, c.new) for c in changes]
    assert summary(changes) == {"added": 1, "removed": 1, "changed": 1}


def test_templates_take_edited_headings_and_placeholders(plans, store, mingjia):
    t = template(store, "bank_vip")
    assert t.heading("actions") == "五、服务行动"
    save_template(store, "retail_outlet", {**t.headings, "swot": "三、优劣势分析"},
                  {"title": "{customer_name}（{customer_code}）经营计划", "closing": "谢谢！"})
    assert template(store, "retail_outlet").heading("swot") == "三、优劣势分析"
    plan = plans.new_plan(mingjia)
    assert plan.title == "明佳烟酒（420381104741）经营计划"
    assert plan.closing == "谢谢！"
    with pytest.raises(ValidationError) as info:
        save_template(store, "retail_outlet", {}, {"title": "{shop}"})
    assert "{customer_name}" in str(info.value)


def test_actions_with_a_due_date_are_on_the_agenda(plans, store, mingjia):
    from datetime import date

    plan_id = plans.save(sample(plans, mingjia))
    assert not agenda(store, date(2026, 11, 20))["later"]  # a draft's actions are not due yet
    plans.set_status(plan_id, "active")
    groups = agenda(store, date(2026, 11, 20))
    later = groups["later"]
    assert [r["next_step"] for r in later] == ["建议您保持中高档烟品牌的完整性",
                                               "避免品牌展示陈旧及过分拥挤"]
    assert all(r["kind"] == "plan_action" for r in later)
    plans.complete_action(later[0]["action_id"], "已完成")
    assert len(agenda(store, date(2026, 11, 20))["later"]) == 1
