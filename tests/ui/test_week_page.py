"""The Week plan page: a column per day with the customers due in route order, moving one to
another day (a drop, or Alt+Right), "Mark visited" through the prefilled visit dialog, and the
route sheet written from the page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from desktop_crm.domain import week_plan
from desktop_crm.domain.staff import StaffService
from desktop_crm.ui.visits.visit_dialog import VisitDialog
from desktop_crm.ui.visits.week_page import WeekPlanPage

MONDAY = week_plan.week_start(date.today())
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def due(ctx, customers, visits) -> dict[str, int]:
    """The user (测试员) is an account manager with two key customers long unvisited."""
    me = StaffService(ctx.store, "测试员").save({"name": "测试员", "role": "account_manager"})
    ids = {}
    for name, address in (("明佳烟酒", "丹江口市均州路30号"), ("永兴超市", "丹江口市均州路8号")):
        ids[name] = customers.create({"name": name, "tier": "key", "area": "均州路",
                                      "address": address, "owner": me})
        visits.log_visit(ids[name], {"occurred_at": (MONDAY - timedelta(days=30)).isoformat(),
                                     "channel": "visit", "staff": me})
    # every day a working day, so that today has room whatever day the test runs
    week_plan.set_preferences(ctx.store, 8, [])
    return ids


def shown(page: WeekPlanPage) -> list[list[str]]:
    return [[listing.item(r).text().splitlines()[0] for r in range(listing.count())]
            for listing in page.lists]


def open_page(qtbot, ctx) -> WeekPlanPage:
    page = WeekPlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.show()
    return page


def test_the_week_by_day_in_street_order(qtbot, ctx, due) -> None:
    page = open_page(qtbot, ctx)
    today = (date.today() - MONDAY).days
    assert shown(page)[today] == ["1. 永兴超市", "2. 明佳烟酒"]  # number 8 before number 30
    assert "days overdue" in page.lists[today].item(0).text()
    assert page.heads[today].text().endswith("2 visits")
    assert page.rep.currentText() == "测试员"
    assert "2 visits planned, 0 done" in page.status.text()


def test_moving_a_customer_to_another_day(qtbot, ctx, due) -> None:
    page = open_page(qtbot, ctx)
    today = (date.today() - MONDAY).days
    target = today + 1 if today < 6 else today - 1
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.move_to(due["明佳烟酒"], MONDAY + timedelta(days=target))  # what a drop does
    assert shown(page)[target] == ["1. 明佳烟酒"] and shown(page)[today] == ["1. 永兴超市"]
    if today < 6:  # Alt+Right on the moved customer: one day further, if the week has one
        page.lists[today].setFocus()
        page.lists[today].setCurrentRow(0)
        with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
            qtbot.keyClick(page.lists[today], Qt.Key.Key_Right, ALT)
        assert shown(page)[target] == ["1. 永兴超市", "2. 明佳烟酒"]


def test_mark_visited_logs_the_visit(qtbot, ctx, due) -> None:
    page = open_page(qtbot, ctx)
    today = (date.today() - MONDAY).days
    page.lists[today].setCurrentRow(0)
    dialog = page.mark_visited()
    assert isinstance(dialog, VisitDialog) and "永兴超市" in dialog.windowTitle()
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        dialog.accept()
    assert dialog.saved_id is not None
    assert any("✓ visited" in page.lists[today].item(r).text()
               for r in range(page.lists[today].count()))
    assert "2 visits planned, 1 done" in page.status.text()


def test_the_route_sheet_from_the_page(qtbot, ctx, due, tmp_path) -> None:
    page = open_page(qtbot, ctx)
    target = page.write_sheet(tmp_path / "route.pdf")
    text = "".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", "")
    assert "拜访路线单" in text and "永兴超市" in text and "明佳烟酒" in text
