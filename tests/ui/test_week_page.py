"""The Week plan page: a column per day with the customers due in route order, moving one to
another day (a drop, or Alt+Right), "Mark visited" through the prefilled visit dialog, and the
route sheet written from the page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_crm.domain import week_plan
from desktop_crm.domain.staff import StaffService
from desktop_crm.ui.visits.visit_dialog import VisitDialog
from desktop_crm.ui.visits.week_page import WeekPlanPage



def this_monday() -> date:
    """The Monday of the week the page shows: asked when a test runs, not when the module
    was imported (a run that crosses midnight into a new week would compare two weeks)."""
    return week_plan.week_start(date.today())

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def due(ctx, customers, visits) -> dict[str, int]:
    """The user (测试员) is an account manager with two key customers long unvisited."""
    me = StaffService(ctx.store, "测试员").save({"name": "测试员", "role": "account_manager"})
    ids = {}
    for name, address in (("明佳烟酒", "丹江口市均州路30号"), ("永兴超市", "丹江口市均州路8号")):
        ids[name] = customers.create({"name": name, "tier": "key", "area": "均州路",
                                      "address": address, "owner": me})
        visits.log_visit(ids[name], {"occurred_at":
                                     (this_monday() - timedelta(days=30)).isoformat(),
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
    today = (date.today() - this_monday()).days
    assert shown(page)[today] == ["1. 永兴超市", "2. 明佳烟酒"]  # number 8 before number 30
    assert "days overdue" in page.lists[today].item(0).text()
    assert page.heads[today].text().endswith("2 visits")
    assert page.rep.currentText() == "测试员"
    assert "2 visits planned, 0 done" in page.status.text()


def test_moving_a_customer_to_another_day(qtbot, ctx, due) -> None:
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):  # next week: every day to plan
        page.week.setDate(page.week.date().addDays(7))
    assert shown(page)[0] == ["1. 永兴超市", "2. 明佳烟酒"]
    next_monday = this_monday() + timedelta(days=7)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.move_to(due["明佳烟酒"], next_monday + timedelta(days=2))  # what a drop does
    assert shown(page)[2] == ["1. 明佳烟酒"] and shown(page)[0] == ["1. 永兴超市"]
    # Alt+Right on 永兴超市: to Tuesday, where it stays on the next load
    page.lists[0].setFocus()
    page.lists[0].setCurrentRow(0)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        qtbot.keyClick(page.lists[0], Qt.Key.Key_Right, ALT)
    assert shown(page)[:3] == [[], ["1. 永兴超市"], ["1. 明佳烟酒"]]
    assert week_plan.moves(ctx.store, page.rep.currentData(), next_monday) == {
        due["明佳烟酒"]: next_monday + timedelta(days=2), due["永兴超市"]: next_monday + timedelta(days=1)}


def test_a_drop_moves_the_dragged_customer(qtbot, ctx, due) -> None:
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.week.setDate(page.week.date().addDays(7))
    source, target = page.lists[0], page.lists[3]
    source.setCurrentRow(1)  # 明佳烟酒
    with qtbot.waitSignal(target.sig_dropped) as dropped:
        _drop(source, target)
    assert dropped.args == [due["明佳烟酒"], this_monday() + timedelta(days=10)]


def _drop(source, target) -> None:
    """What Qt does when an item dragged from ``source`` is let go over ``target``."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    data = source.model().mimeData([source.currentIndex()])

    class Event(QDropEvent):
        def source(self):
            return source

    event = Event(QPointF(5, 5), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                  Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)


def test_mark_visited_logs_the_visit(qtbot, ctx, due) -> None:
    page = open_page(qtbot, ctx)
    today = (date.today() - this_monday()).days
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


def test_balancing_the_week_and_undoing_it(qtbot, ctx, customers, visits) -> None:
    """Six customers dragged onto one Monday (two a day at most): Ctrl+B spreads them one a
    day, zone by zone; Ctrl+Z puts the drags back."""
    me = StaffService(ctx.store, "测试员").save({"name": "测试员", "role": "account_manager"})
    week_plan.set_preferences(ctx.store, 2, [7])  # Sunday off
    nxt = this_monday() + timedelta(days=7)
    for n, area in enumerate(("均州路", "均州路", "沿江路", "均州路", "沿江路", "均州路"), 1):
        cid = customers.create({"name": f"店{n}", "tier": "key", "area": area,
                                "address": f"丹江口市{area}{n}号", "owner": me})
        week_plan.move(ctx.store, me, nxt, cid, nxt)  # all on Monday, by hand
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.week.setDate(page.week.date().addDays(7))
    assert [len(lst) for lst in shown(page)] == [6, 0, 0, 0, 0, 0, 0, 0]
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    # 6 visits over 6 working days: one a day, Sunday off left empty
    assert [len(lst) for lst in shown(page)] == [1, 1, 1, 1, 1, 1, 0, 0]
    assert "5 customers moved to even out the week" in page.status.text()
    assert page.undo_action.isEnabled()
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [len(lst) for lst in shown(page)] == [6, 0, 0, 0, 0, 0, 0, 0]
    assert "Balancing undone" in page.status.text() and not page.undo_action.isEnabled()
    page.balance()  # balanced, then asked again: nothing more to move
    qtbot.waitUntil(lambda: shown(page)[1] != [])
    assert page.balance() == 0 and "balanced already" in page.status.text()
