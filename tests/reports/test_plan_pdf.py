"""The printed plan and file card, read back from the PDF file: the customer's Chinese name,
every SWOT point and action as extractable text, the embedded TrueType font, page flow."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.domain.plans import Action, Objective, PlanService
from desktop_crm.reports.pdf.batch import (
    PrintCancelled, print_batch, print_card, print_options, print_plan,
)
from desktop_crm.reports.pdf.fonts import pdf_font
from tests.domain.test_plans import sample


def text_of(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    # Chinese text wraps anywhere: compare without line breaks
    return "".join(p.extract_text() for p in reader.pages).replace("\n", ""), len(reader.pages)


def fonts_of(path: Path) -> dict[str, bool]:
    """Font name -> embedded, for every font the pages use."""
    out = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = bool(descriptor and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")))
            out[str(font["/BaseFont"])] = embedded
    return out


@pytest.fixture
def plans(store) -> PlanService:
    return PlanService(store, "李娟")


def test_plan_pdf_has_every_point_and_action_in_an_embedded_font(store, plans, mingjia, tmp_path):
    plan = sample(plans, mingjia)
    plan_id = plans.save(plan)
    target = tmp_path / "明佳烟酒.pdf"
    result = print_plan(store, plan_id, target, print_options(store, "李娟"))
    assert result.warning is None and pdf_font().embedded
    text, pages = text_of(target)
    assert pages == 1  # a typical plan fits on one page
    assert "明佳烟酒" in text and "420381104741" in text
    for points in plan.points.values():
        for point in points:
            assert point in text
    for action in plan.actions:
        assert action.text in text
    assert "利用人缘优势扩大中高档卷烟销售" in text
    assert "客户签名" in text and "第 1 / 1 页" in text.replace("第1/1页", "第 1 / 1 页")
    assert "打印：李娟" in text
    fonts = fonts_of(target)
    cjk = [name for name in fonts if "WenQuanYi" in name or "CJK" in name]
    assert cjk and all(fonts[name] for name in cjk)


def test_a_long_plan_flows_onto_more_pages_with_nothing_lost(store, plans, mingjia, tmp_path):
    plan = sample(plans, mingjia)
    plan.points["S"] = [f"优势{i:02d}：地理位置优势明显，经营环境好，消费群体稳定" for i in range(45)]
    plan.points["T"] = [f"威胁{i:02d}：周边零售客户分流客源" for i in range(30)]
    plan.actions = [Action(f"行动{i:02d}：定期更换卷烟陈列品，保证陈列新鲜度") for i in range(20)]
    plan_id = plans.save(plan)
    target = tmp_path / "long.pdf"
    print_plan(store, plan_id, target, print_options(store, "李娟"))
    text, pages = text_of(target)
    assert pages >= 2
    for i in range(45):
        assert f"优势{i:02d}：地理位置优势明显，经营环境好，消费群体稳定" in text
    for i in range(30):
        assert f"威胁{i:02d}" in text
    for i in range(20):
        assert f"行动{i:02d}" in text
    assert f"第 {pages} / {pages} 页".replace(" ", "") in text.replace(" ", "")


def test_file_card_has_fields_contacts_visits_and_scores(store, mingjia, visits, tmp_path):
    visits.log_visit(mingjia, {"channel": "visit", "purpose": "了解新品需求",
                               "follow_up_due": "2099-01-01"})
    target = tmp_path / "card.pdf"
    print_card(store, mingjia, target, print_options(store, "李娟"))
    text, _ = text_of(target)
    assert "当前评分" not in text  # never scored: no scores section
    for expected in ("明佳烟酒", "客户资料卡", "文博路商圈", "烟酒店", "李娟", "店主",
                     "了解新品需求", "上门拜访", "重点户"):
        assert expected in text

    from desktop_crm.domain.scoring.service import ScoringService

    ScoringService(store).run()
    print_card(store, mingjia, target, print_options(store, "李娟"))
    text, _ = text_of(target)
    for expected in ("当前评分", "客户价值(AHP)", "价值象限", "档案完整度"):
        assert expected in text


def test_batch_into_one_file_and_one_per_customer(store, plans, customers, mingjia, tmp_path):
    other = customers.create({"name": "文博便利店", "code": "420381100099"})
    no_plan = customers.create({"name": "无计划商店", "code": "420381100098"})
    plans.save(sample(plans, mingjia))
    second = sample(plans, other)
    second.points["S"] = ["营业时间长，服务周到"]
    plans.save(second)
    one = tmp_path / "all.pdf"
    result = print_batch(store, "plan", [mingjia, other, no_plan], one, print_options(store, "李娟"))
    assert result.printed == 2 and result.skipped == ["420381100098"]
    text, pages = text_of(one)
    assert "明佳烟酒" in text and "文博便利店" in text and "营业时间长，服务周到" in text
    assert pages == 2 and text.replace(" ", "").count("第1/1页") == 2  # numbered per customer
    folder = tmp_path / "cards"
    result = print_batch(store, "card", [mingjia, other], folder, print_options(store, "李娟"),
                         per_customer=True)
    assert sorted(p.name for p in folder.iterdir()) == [
        "420381100099-文博便利店-card.pdf", "420381104741-明佳烟酒-card.pdf"]
    # one row for the single PDF, one per file of the batch, each naming its file
    assert [r["detail"] for r in store.find("audit_log", action="print_plans")] == [
        f"2 customers (420381104741, 420381100099) -> {one}"]
    assert sorted(r["detail"] for r in store.find("audit_log", action="print_card")) == [
        f"{code} -> {folder / name}" for code, name in (
            ("420381100099", "420381100099-文博便利店-card.pdf"),
            ("420381104741", "420381104741-明佳烟酒-card.pdf"))]


def test_cancelling_a_batch_leaves_no_file(store, plans, mingjia, customers, tmp_path):
    other = customers.create({"name": "文博便利店"})
    plans.save(sample(plans, mingjia))
    plans.save(sample(plans, other))
    folder = tmp_path / "out"
    with pytest.raises(PrintCancelled):
        print_batch(store, "plan", [mingjia, other], folder, print_options(store, "李娟"),
                    per_customer=True, progress=lambda done, total: done < 1)
    assert list(folder.iterdir()) == []


def test_a_full_typical_plan_is_one_page_in_one_language(store, plans, mingjia, tmp_path):
    """Four points a quadrant, a line for each strategy, four actions, two objectives: one
    page; its headings, captions and page furniture all in the interface's language."""
    plan = sample(plans, mingjia)
    plan.points = {q: [f"{q}要点{i}：店面位置好，客流量大，周边居民稳定" for i in range(4)] for q in "SWOT"}
    plan.strategies = {k: [f"{k}策略：利用优势抓住机会，扩大中高档卷烟销售"] for k in ("SO", "ST", "WO", "WT")}
    plan.actions = [Action(f"建议{i}：保持中高档卷烟品牌的完整性，定期更换陈列", "李娟", f"2026-12-0{i}")
                    for i in range(1, 5)]
    plan.objectives = [Objective("月均卷烟销量提升", "提升10%"), Objective("中高档卷烟占比提高", "达到45%")]
    plan_id = plans.save(plan)
    target = tmp_path / "typical.pdf"
    print_plan(store, plan_id, target, print_options(store, "李娟"))
    text, pages = text_of(target)
    assert pages == 1
    assert "WT策略：利用优势抓住机会，扩大中高档卷烟销售" in text and "建议4" in text
    assert "负责人" in text and "完成时间" in text and "内部资料" in text and "一、客户背景" in text
    for english in ("Owner", "Due", "Confidential", "Page 1", "DRAFT"):
        assert english not in text
    print_plan(store, plan_id, target, print_options(store, "李娟", language="en"))
    text, pages = text_of(target)
    assert pages == 1
    for english in ("Owner", "Due", "Confidential", "Page 1", "1. Customer background",
                    "3. SWOT analysis", "Strengths S", "5. Action plan"):
        assert english in text
    for chinese in ("负责人", "完成时间", "内部资料", "一、客户背景", "优势 S", "草稿"):
        assert chinese not in text


def test_file_card_prints_assets_with_thousands_and_unit(store, customers, mingjia, tmp_path):
    customers.update(mingjia, {"assets": 978800})
    target = tmp_path / "card.pdf"
    print_card(store, mingjia, target, print_options(store, "李娟"))
    text, _ = text_of(target)
    assert "¥978,800" in text and "978800" not in text
