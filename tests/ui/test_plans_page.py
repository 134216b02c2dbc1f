"""The Plans area (all plans, by status) and the template editor."""

from __future__ import annotations

import pytest

from desktop_crm.domain.plans import PlanService, template
from desktop_crm.ui.plans.page import PlansPage
from desktop_crm.ui.plans.templates import TemplateDialog
from tests.domain.test_plans import sample


@pytest.fixture
def plans(ctx, mingjia, customers):
    service = PlanService(ctx.store, "测试员")
    first = service.save(sample(service, mingjia))
    service.set_status(first, "active")
    service.new_version(first)                       # a draft v2
    other = customers.create({"name": "文博便利店"})
    service.save(sample(service, other))             # a draft
    return first


def test_plans_by_status(qtbot, ctx, plans, qtmodeltester):
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.show()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1                # active plans by default
    assert page.model.data(page.model.index(0, 1)) == "明佳烟酒"
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    assert page.model.rowCount() == 3
    assert "3" in page.count.text()
    editor = page.open_plan(page.model.index(0, 0))
    qtbot.addWidget(editor)
    assert editor.plan.id == page.model.rows[0]["id"]
    dialog = page.print_plans()                      # nothing selected: every listed customer
    assert "2" in dialog.heading.text()
    dialog.reject()


def test_editing_a_template(qtbot, ctx, plans, mingjia):
    dialog = TemplateDialog(ctx, "retail_outlet")
    qtbot.addWidget(dialog)
    dialog.headings["swot"].setText("三、优劣势分析")
    dialog.boilerplate["title"].setPlainText("{customer_name}（{customer_code}）经营计划")
    assert dialog.save()
    assert template(ctx.store, "retail_outlet").heading("swot") == "三、优劣势分析"
    new = PlanService(ctx.store).new_plan(mingjia)
    assert new.title == "明佳烟酒（420381104741）经营计划"

    dialog.boilerplate["closing"].setPlainText("谢谢{shop}！")
    assert not dialog.save()
    assert "{shop}" in dialog.error.text()

    dialog.defaults()
    assert dialog.headings["swot"].text() == "三、SWOT分析"
    assert dialog.save()
    assert template(ctx.store, "retail_outlet").heading("swot") == "三、SWOT分析"
