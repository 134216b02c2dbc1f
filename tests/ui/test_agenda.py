"""The follow-up agenda: groups, mark done (with and without logging the visit), reschedule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from desktop_crm.domain.interactions import InteractionService
from desktop_crm.domain.follow_ups import overdue
from desktop_crm.ui.visits.agenda import FollowUpsPage, RescheduleDialog
from desktop_crm.ui.visits.visit_dialog import VisitDialog

CTRL = Qt.KeyboardModifier.ControlModifier
GROUPS = ("overdue", "today", "this_week", "later")


def cell(model, row: int, column: int, parent: QModelIndex = QModelIndex()):  # noqa: B008
    return model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)


def shown(page: FollowUpsPage) -> dict[str, list[str]]:
    """Group -> the next steps listed under its heading, as the user sees them."""
    model = page.model
    out: dict[str, list[str]] = {}
    group = None
    for row in range(model.rowCount()):
        if (heading := model.group_at(row)) is not None:
            group = out.setdefault(heading, [])
        else:
            group.append(cell(model, row, 4))
    return out


def heading(page: FollowUpsPage, key: str) -> str:
    return cell(page.model, page.model.heading_rows()[GROUPS.index(key)], 0)


def rows_under(page: FollowUpsPage, key: str) -> list[int]:
    model = page.model
    start = model.heading_rows()[GROUPS.index(key)] + 1
    end = next((r for r in model.heading_rows() if r >= start), model.rowCount())
    return list(range(start, end))


def show(qtbot, page: FollowUpsPage) -> None:
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


@pytest.fixture
def follow_ups(ctx, mingjia, customers, contacts):
    """Three open follow-ups of 明佳烟酒 and one of 鑫源超市, visited five days ago."""
    service = InteractionService(ctx.store, "测试员")
    visited = (date.today() - timedelta(days=5)).isoformat() + " 10:00"
    li_juan = contacts.of_customer(mingjia)[0]["id"]
    xinyuan = customers.create({"name": "鑫源超市", "code": "C000777"})

    def log(customer: int, due: date, step: str, channel: str = "visit", people=()) -> int:
        return service.log_visit(customer, {
            "occurred_at": visited, "channel": channel, "purpose": "例行拜访",
            "next_step": step, "follow_up_due": due.isoformat(),
        }, people)

    return {
        "overdue": log(mingjia, date.today() - timedelta(days=2), "送陈列物料", "phone", [li_juan]),
        "today": log(mingjia, date.today(), "确认订货量"),
        "later": log(mingjia, date.today() + timedelta(days=30), "回访销售情况"),
        "other": log(xinyuan, date.today() - timedelta(days=1), "催收货款"),
        "li_juan": li_juan, "xinyuan": xinyuan,
    }


def test_groups_with_counts_and_days_overdue(qtbot, qtmodeltester, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    assert shown(page) == {"overdue": ["送陈列物料", "催收货款"], "today": ["确认订货量"],
                           "this_week": [], "later": ["回访销售情况"]}
    model = page.model
    assert "(2)" in heading(page, "overdue") and "(1)" in heading(page, "today")
    assert "(0)" in heading(page, "this_week")
    first = rows_under(page, "overdue")[0]
    assert [cell(model, first, c) for c in (0, 1, 2)] == [
        "明佳烟酒", "420381104741", (date.today() - timedelta(days=2)).isoformat()
    ]
    assert "2" in cell(model, first, 3)  # days overdue
    assert cell(model, rows_under(page, "today")[0], 3) == ""  # due today is not overdue
    assert page.table.columnSpan(model.heading_rows()[0], 0) == len(model.COLUMNS)
    assert "4" in page.status.text()
    qtmodeltester.check(model)
    assert overdue(ctx.store).items == 2


def test_mark_done_without_logging_a_visit(qtbot, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    assert page.select(follow_ups["overdue"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)
    box = page.question
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        qtbot.mouseClick(page.just_done_button, Qt.MouseButton.LeftButton)
    assert shown(page)["overdue"] == ["催收货款"]
    assert "(1)" in heading(page, "overdue")
    assert ctx.store.get("interactions", follow_ups["overdue"])["follow_up_done_at"] is not None
    assert ctx.store.count("interactions") == 4  # no visit logged
    assert overdue(ctx.store).items == 1


def test_mark_done_and_log_the_visit(qtbot, ctx, type_into, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    page.select(follow_ups["overdue"])
    page.mark_done()
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    # prefilled from the follow-up: its channel, its next step as purpose, the same people
    assert dialog.channel.code() == "phone"
    assert dialog.purpose.text() == "送陈列物料"
    assert dialog.contact_ids() == [follow_ups["li_juan"]]
    type_into(dialog.outcome, "物料已送到，客户很满意")
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return, CTRL)
    assert shown(page)["overdue"] == ["催收货款"]
    new = ctx.store.get("interactions", dialog.saved_id)
    assert (new["purpose"], new["outcome"], new["follow_up_due"]) == (
        "送陈列物料", "物料已送到，客户很满意", None
    )
    assert ctx.store.get("interactions", follow_ups["overdue"])["follow_up_done_at"] is not None


def test_cancelling_the_visit_leaves_the_follow_up_open(qtbot, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    page.select(follow_ups["today"])
    page.mark_done()
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    page.dialog.reject()  # nothing typed beyond the prefill: closes without asking
    assert page.dialog is None
    assert ctx.store.get("interactions", follow_ups["today"])["follow_up_done_at"] is None
    assert shown(page)["today"] == ["确认订货量"]
    assert ctx.store.count("interactions") == 4


def test_reschedule_moves_between_groups_and_refuses_a_date_before_the_visit(qtbot, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    page.select(follow_ups["later"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, RescheduleDialog) and dialog.isVisible()

    dialog.date_edit.setDate(QDate(date.today() - timedelta(days=6)))  # the visit was 5 days ago
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert ctx.store.get("interactions", follow_ups["later"])["follow_up_due"] == (
        date.today() + timedelta(days=30)
    ).isoformat()

    dialog.date_edit.setDate(QDate(date.today() - timedelta(days=3)))
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        dialog.accept()
    assert shown(page)["later"] == []
    assert shown(page)["overdue"] == ["回访销售情况", "送陈列物料", "催收货款"]
    assert page.current_follow_up()["id"] == follow_ups["later"]  # still selected

    # and back to later with a quick button
    page.reschedule()
    dialog = page.dialog
    month = next(b for b, days in dialog._quick_days.items() if days == 30)
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        dialog.accept()
    assert shown(page)["later"] == ["回访销售情况"]


def test_enter_on_a_heading_folds_its_group(qtbot, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(page.model.heading_rows()[0], 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert shown(page)["overdue"] == [] and "(2)" in heading(page, "overdue")
    assert page.model.group_at(page.table.currentIndex().row()) == "overdue"
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):  # stays folded on refresh
        page.refresh()
    assert shown(page)["overdue"] == []
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert shown(page)["overdue"] == ["送陈列物料", "催收货款"]


def test_enter_opens_the_customer(qtbot, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    page.select(follow_ups["other"])
    page.table.setFocus()
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [follow_ups["xinyuan"]]


def test_only_mine(qtbot, ctx, customers, follow_ups) -> None:
    ctx.store.insert_many("staff", [{"name": "测试员"}, {"name": "罗超"}])
    service = InteractionService(ctx.store, "测试员")
    service.log_visit(follow_ups["xinyuan"], {
        "occurred_at": date.today().isoformat(), "channel": "visit", "staff": "测试员",
        "next_step": "送新品样品", "follow_up_due": (date.today() - timedelta(days=0)).isoformat(),
    })
    service.log_visit(follow_ups["xinyuan"], {
        "occurred_at": date.today().isoformat(), "channel": "visit", "staff": "罗超",
        "next_step": "罗超的事", "follow_up_due": date.today().isoformat(),
    })
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    assert page.only_mine.isEnabled() and page.only_mine.isChecked()
    assert shown(page) == {"overdue": [], "today": ["送新品样品"], "this_week": [], "later": []}
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.only_mine.setChecked(False)
    assert set(shown(page)["today"]) == {"确认订货量", "送新品样品", "罗超的事"}
    assert overdue(ctx.store, staff_id=page.my_staff_id).items == 0  # the user's own


def test_a_visit_logged_elsewhere_appears_in_the_agenda(qtbot, ctx, follow_ups) -> None:
    page = FollowUpsPage(ctx)
    show(qtbot, page)
    vid = InteractionService(ctx.store).log_visit(follow_ups["xinyuan"], {
        "channel": "wechat", "next_step": "发送促销方案", "follow_up_due": date.today().isoformat(),
    })
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        ctx.signals.sig_visits_changed.emit(follow_ups["xinyuan"])
    assert "发送促销方案" in shown(page)["today"]
    assert page.model.position_of(vid).isValid()
