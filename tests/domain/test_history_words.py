"""The dossier's History tab words changes made outside the dossier (plans, their actions)."""

from __future__ import annotations

from desktop_crm.domain.dossier import history
from desktop_crm.domain.plans import Action, PlanService


def test_plan_and_action_changes_read_as_words(store, mingjia) -> None:
    plans = PlanService(store, "李娟")
    plan = plans.new_plan(mingjia)
    plan.actions = [Action("建议您保持中高档烟品牌的完整性", "李娟", "2026-12-01")]
    plan_id = plans.save(plan)
    plans.set_status(plan_id, "active")
    action_id = store.find_one("plan_actions", plan_id=plan_id)["id"]
    plans.complete_action(action_id, "已上柜")

    saved = plans.load(plan_id)
    zh = {(e.subject, e.field, e.old, e.new) for e in history(store, mingjia, "zh")}
    assert (f"计划书 v{saved.version} {saved.plan_date}", "状态", "草稿", "生效") in zh
    assert ("计划行动 建议您保持中高档烟品牌的完整性", "状态", "未开始", "已完成") in zh
    assert ("计划行动 建议您保持中高档烟品牌的完整性", "结果", "", "已上柜") in zh
    en = {(e.field, e.old, e.new) for e in history(store, mingjia, "en")}
    assert ("Status", "Draft", "Active") in en


def test_a_flag_changed_reads_yes_and_no(store, mingjia, contacts) -> None:
    """主要联系人 / a way's 首选 are stored as 1/0; the history (and a conflict, which words
    values the same way) says 是/否."""
    contact = store.find_one("contacts", customer_id=mingjia)["id"]
    contacts.update(contact, {"is_primary": 1})
    zh = {(e.field, e.old, e.new) for e in history(store, mingjia, "zh")}
    assert ("主要联系人", "否", "是") in zh
    en = {(e.field, e.old, e.new) for e in history(store, mingjia, "en")}
    assert ("Primary contact", "No", "Yes") in en
