"""Keeping to the visit policy, as the user sees it: the customer list's "Visit policy" filter
and the last visit's tooltip, and the staff page's share per account manager and per tier."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_crm.domain.customer_list import column_index
from desktop_crm.domain.staff import StaffService
from desktop_crm.ui.customers import CustomersPage
from tests.ui.test_customers_page import click_header, column, settings  # noqa: F401 - the fixture too

LAST_VISIT = column_index("last_visit")
POLICY = column_index("visit_policy")


@pytest.fixture
def policy_shops(store, customers, visits) -> dict[str, int]:
    staff = StaffService(store, "测试员")
    wang = staff.save({"name": "王敏", "role": "account_manager"})
    li = staff.save({"name": "李强", "role": "account_manager"})
    ids = {"wang": wang, "li": li}
    for name, tier, days_ago, owner in (("明佳烟酒", "key", 3, wang), ("永兴超市", "key", 20, wang),
                                        ("小卖部", "occasional", None, wang),
                                        ("华联", "regular", 10, li), ("老店", None, 300, li)):
        ids[name] = customers.create({"name": name, "tier": tier, "owner": owner})
        if days_ago is not None:
            visits.log_visit(ids[name], {
                "occurred_at": (date.today() - timedelta(days=days_ago)).isoformat() + " 10:00",
                "channel": "visit", "staff": owner})
    return ids


def test_the_customer_list_filters_by_visit_policy(qtbot, ctx, policy_shops) -> None:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitUntil(lambda: bool(page.choices.tiers))
    combo = page.filters.policy_combo
    combo.setCurrentIndex(combo.findData("overdue"))
    qtbot.waitUntil(lambda: sorted(column(page)) == sorted(["永兴超市", "小卖部"]))
    assert combo.shown_text() == "Visit policy: visit overdue"
    row = column(page).index("永兴超市")
    index = page.model.index(row, LAST_VISIT)
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "Visit overdue by 6 days (visit every 14 days).")
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    never = page.model.index(column(page).index("小卖部"), LAST_VISIT)
    assert page.model.data(never, Qt.ItemDataRole.ToolTipRole) == (
        "Never visited (visit every 90 days).")
    combo.setCurrentIndex(combo.findData("within"))
    qtbot.waitUntil(lambda: sorted(column(page)) == sorted(["明佳烟酒", "华联"]))
    within = page.model.index(column(page).index("明佳烟酒"), LAST_VISIT)
    assert page.model.data(within, Qt.ItemDataRole.ToolTipRole) == (
        "Visited within policy (visit every 14 days).")
    assert page.model.data(within, Qt.ItemDataRole.ForegroundRole) is None
    page.filters.clear()
    qtbot.waitUntil(lambda: len(column(page)) == 5)


def test_the_visit_policy_column(qtbot, ctx, policy_shops) -> None:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitUntil(lambda: len(column(page)) == 5)
    assert page.model.headerData(POLICY, Qt.Orientation.Horizontal) == "拜访政策"  # ctx: zh
    shown = dict(zip(column(page), column(page, "visit_policy"), strict=True))
    # key: every 14 days; regular: 30; occasional: 90; 老店 has no tier, so no policy
    assert shown == {"明佳烟酒": "按政策已拜访", "永兴超市": "逾期 6 天", "小卖部": "从未拜访",
                     "华联": "按政策已拜访", "老店": ""}
    late = page.model.index(column(page).index("永兴超市"), POLICY)
    assert page.model.data(late, Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.data(late, Qt.ItemDataRole.ToolTipRole) == (
        "Visit overdue by 6 days (visit every 14 days).")
    # not sortable: a click keeps the order and the arrow where they were
    before = column(page)
    click_header(qtbot, page, "visit_policy")
    assert page.model.sort_column == "name" and column(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == column_index("name")


def test_the_staff_page_shows_who_keeps_the_policy(qtbot, ctx, policy_shops) -> None:
    from desktop_crm.ui.staff.page import StaffPage

    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.board.rowCount() == 2 and page.policy_label.text() != "")
    policy = 8  # the last column
    assert page.board.headerData(policy, Qt.Orientation.Horizontal) == "Within visit policy"
    shown = {page.board.data(page.board.index(r, 1)): page.board.data(page.board.index(r, policy))
             for r in range(2)}
    assert shown == {"王敏": "33.3% (1/3)", "李强": "100.0% (1/1)"}
    # the tiers by their labels in the file's language (ctx.language: zh), in their order
    assert page.policy_label.text() == (
        "Within visit policy, by tier: 主力 50.0% (1/2) · 一般 100.0% (1/1) · 零散 0.0% (0/1)")
