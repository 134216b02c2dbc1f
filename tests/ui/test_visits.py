"""Logging, editing and trashing visits through the real widgets; the list of all visits."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from desktop_crm.domain import visit_list
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.domain.visit_list import VisitFilter
from desktop_crm.storage import queries
from desktop_crm.ui.visits import all_visits
from desktop_crm.ui.visits.agenda import FollowUpsPage
from desktop_crm.ui.visits.all_visits import VisitsPage
from desktop_crm.ui.visits.customer_visits import CustomerVisitsWidget
from desktop_crm.ui.visits.visit_dialog import VisitDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def cell(model, row: int, column: int, parent: QModelIndex = QModelIndex()):  # noqa: B008
    # model.data, not index.data(): the latter leaks a reference to None on PySide6 6.12
    return model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)


def column_of(model, name: str) -> int:
    return model.COLUMNS.index(name)


def show(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_log_a_visit_with_a_follow_up_and_see_it_everywhere(qtbot, ctx, type_into, mingjia) -> None:
    li_juan = ContactService(ctx.store).of_customer(mingjia)[0]["id"]
    widget = CustomerVisitsWidget(ctx, mingjia)
    show(qtbot, widget)
    assert widget.empty_label.isVisible() and not widget.table.isVisible()

    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_L, CTRL)
    dialog = widget.dialog
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(dialog.channel, Qt.Key.Key_D)  # 电话 (dian hua) by its pinyin initial
    assert dialog.channel.currentText() == "电话"
    dialog.contacts.setFocus()
    qtbot.keyClick(dialog.contacts, Qt.Key.Key_Space)
    assert dialog.contact_ids() == [li_juan]
    type_into(dialog.purpose, "了解新品需求")
    type_into(dialog.customer_said, "想进一些省外品牌")
    type_into(dialog.needs, "增加黄鹤楼投放量")
    type_into(dialog.outcome, "客户同意试销")
    type_into(dialog.next_step, "下周送样品 sample")
    qtbot.mouseClick(dialog.month_button, Qt.MouseButton.LeftButton)
    assert dialog.follow_up.isChecked()
    due = QDate.currentDate().addMonths(1).toPython()
    assert dialog.follow_up_date.date().toPython() == due

    with qtbot.waitSignal(ctx.signals.sig_visits_changed) as changed:
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return, CTRL)
    assert changed.args == [mingjia]
    assert widget.dialog is None  # closed

    row = ctx.store.get("interactions", dialog.saved_id)
    assert (row["channel"], row["purpose"], row["customer_said"], row["next_step"]) == (
        "phone", "了解新品需求", "想进一些省外品牌", "下周送样品 sample"
    )
    assert row["follow_up_due"] == due.isoformat()
    assert row["occurred_at"][:10] == date.today().isoformat()
    assert (row["satisfaction"], row["nps"]) == (None, None)
    assert queries.interaction_contact_ids(ctx.store, dialog.saved_id) == [li_juan]

    model = widget.model
    assert model.rowCount() == 1 and widget.table.isVisible()
    assert cell(model, 0, column_of(model, "channel")) == "电话"
    assert cell(model, 0, column_of(model, "contacts")) == "李娟"
    assert cell(model, 0, column_of(model, "purpose")) == "了解新品需求"
    assert due.isoformat() in cell(model, 0, column_of(model, "follow_up"))
    assert "1" in widget.count_label.text()

    page = FollowUpsPage(ctx)
    with qtbot.waitSignal(page.sig_refreshed):
        show(qtbot, page)
    model = page.model
    later = model.heading_rows()[3]
    assert model.group_at(later) == "later" and "(1)" in cell(model, later, 0)
    assert model.rowCount() == later + 2  # four headings, one follow-up, under the last
    assert [cell(model, later + 1, c) for c in (0, 1, 2, 4)] == [
        "明佳烟酒", "420381104741", due.isoformat(), "下周送样品 sample"
    ]


def test_a_follow_up_before_the_visit_is_refused_and_nothing_is_saved(qtbot, ctx, type_into, mingjia) -> None:
    dialog = VisitDialog(ctx, mingjia)
    qtbot.addWidget(dialog)
    dialog.show()
    yesterday = date.today() - timedelta(days=1)
    dialog.when.setDateTime(QDateTime(QDate.currentDate(), QTime(9, 30)))
    type_into(dialog.purpose, "催收货款")
    dialog.follow_up.setChecked(True)
    dialog.follow_up_date.setDate(QDate(yesterday))

    dialog.accept()
    error = dialog.errors["follow_up_due"]
    assert dialog.isVisible() and error.isVisible() and error.text()
    assert not dialog.general_error.isVisible()
    assert not dialog.errors["purpose"].isVisible()
    assert ctx.store.count("interactions") == 0
    assert dialog.purpose.text() == "催收货款"  # nothing typed is lost

    qtbot.mouseClick(dialog.week_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert not error.isVisible() and not dialog.isVisible()
    assert ctx.store.get("interactions", dialog.saved_id)["follow_up_due"] == (
        date.today() + timedelta(days=7)
    ).isoformat()


def test_a_visit_in_the_future_is_refused_next_to_its_date(qtbot, ctx, mingjia) -> None:
    dialog = VisitDialog(ctx, mingjia)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(3))
    dialog.accept()
    assert dialog.errors["occurred_at"].text()
    assert ctx.store.count("interactions") == 0


def test_edit_a_visit_from_the_list(qtbot, ctx, type_into, mingjia) -> None:
    contacts = ContactService(ctx.store)
    wang = contacts.create(mingjia, {"name": "王明", "role": "buyer"})
    li_juan = contacts.of_customer(mingjia)[0]["id"]
    service = InteractionService(ctx.store, "测试员")
    old = service.log_visit(mingjia, {"occurred_at": "2026-10-02 10:00", "channel": "visit",
                                      "purpose": "宣传新品上市"}, [li_juan])
    new = service.log_visit(mingjia, {"occurred_at": "2026-10-09 15:00", "channel": "phone",
                                      "purpose": "电话确认订货量", "satisfaction": 4,
                                      "follow_up_due": "2026-10-16"})
    widget = CustomerVisitsWidget(ctx, mingjia)
    show(qtbot, widget)
    model = widget.model
    assert [cell(model, r, 0) for r in range(2)] == ["2026-10-09 15:00", "2026-10-02 10:00"]
    assert cell(model, 1, column_of(model, "channel")) == "上门拜访"
    assert "2026-10-16" in cell(model, 0, column_of(model, "follow_up"))

    widget.table.setFocus()
    widget.table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    dialog = widget.dialog
    assert dialog.interaction_id == old
    assert dialog.purpose.text() == "宣传新品上市" and dialog.channel.code() == "visit"
    assert dialog.contact_ids() == [li_juan]
    assert not dialog.follow_up.isChecked()
    dialog.outcome.clear()
    type_into(dialog.outcome, "已帮助客户重新整理陈列")
    for i in range(dialog.contacts.count()):  # swap who took part
        item = dialog.contacts.item(i)
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
    dialog.accept()

    assert ctx.store.get("interactions", old)["outcome"] == "已帮助客户重新整理陈列"
    assert queries.interaction_contact_ids(ctx.store, old) == [wang]
    assert cell(model, 1, column_of(model, "outcome")) == "已帮助客户重新整理陈列"
    assert cell(model, 1, column_of(model, "contacts")) == "王明"

    # the newer visit's survey answer and follow-up survive an edit that leaves them alone
    widget.table.setCurrentIndex(model.index(0, 0))
    dialog = widget.edit_selected()
    assert dialog.satisfaction.value() == 4 and dialog.follow_up.isChecked()
    dialog.follow_up_done.setChecked(True)
    dialog.accept()
    row = ctx.store.get("interactions", new)
    assert row["satisfaction"] == 4 and row["follow_up_due"] == "2026-10-16"
    assert row["follow_up_done_at"] is not None
    assert "2026-10-16" not in cell(model, 0, column_of(model, "follow_up"))


def test_moving_a_visit_to_the_trash_asks_first(qtbot, ctx, mingjia) -> None:
    vid = InteractionService(ctx.store).log_visit(mingjia, {"channel": "wechat", "purpose": "微信发送新品信息"})
    widget = CustomerVisitsWidget(ctx, mingjia)
    show(qtbot, widget)
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_Delete)
    box = widget.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert widget.model.rowCount() == 1 and ctx.store.get("interactions", vid)["deleted_at"] is None

    box = widget.trash_selected()
    with qtbot.waitSignal(ctx.signals.sig_visits_changed):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert widget.model.rowCount() == 0 and widget.empty_label.isVisible()
    assert ctx.store.get("interactions", vid)["deleted_at"] is not None


def test_a_visit_in_the_trash_is_restored_from_the_dossier(qtbot, ctx, mingjia) -> None:
    service = InteractionService(ctx.store)
    kept = service.log_visit(mingjia, {"channel": "visit", "purpose": "陈列检查"})
    gone = service.log_visit(mingjia, {"channel": "wechat", "purpose": "微信发送新品信息"})
    service.delete(gone)
    widget = CustomerVisitsWidget(ctx, mingjia)
    show(qtbot, widget)
    widget.table.setFocus()
    assert widget.model.rowCount() == 1 and not widget.buttons[widget.restore_action].isVisible()

    qtbot.keyClick(widget.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Show trash
    assert [r["id"] for r in widget.model.rows] == [gone]
    assert widget.count_label.text() == "1 visit in the trash"
    assert widget.buttons[widget.restore_action].isVisible()
    assert not widget.buttons[widget.log_action].isVisible() and not widget.trash_action.isEnabled()
    with qtbot.waitSignal(ctx.signals.sig_visits_changed):
        qtbot.keyClick(widget.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.get("interactions", gone)["deleted_at"] is None
    assert widget.model.rowCount() == 0 and widget.empty_label.text() == "No visits in the trash."

    widget.trash_view_action.trigger()                                # back to the log
    assert {r["id"] for r in widget.model.rows} == {kept, gone}


def test_channel_is_picked_by_letters(qtbot, ctx, mingjia) -> None:
    ctx.language = "en"
    dialog = VisitDialog(ctx, mingjia)
    qtbot.addWidget(dialog)
    combo = dialog.channel
    qtbot.keyClick(combo, Qt.Key.Key_P)
    assert combo.currentText() == "Phone"
    qtbot.keyClick(combo, Qt.Key.Key_E)
    assert combo.currentText() == "Email"
    qtbot.keyClick(combo, Qt.Key.Key_E)
    assert combo.currentText() == "Event"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Care call"
    ctx.language = "zh"
    dialog = VisitDialog(ctx, mingjia)
    qtbot.addWidget(dialog)
    combo = dialog.channel
    seen = []
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_D)
        seen.append(combo.currentText())
    assert seen == ["电话", "短信", "调查"]


# --- the list of all visits ----------------------------------------------------------------

@pytest.fixture
def many_visits(ctx, customers):
    """Three customers, 37 visits across channels, times and two staff members."""
    staff = ctx.store.insert_many("staff", [{"name": "罗超"}, {"name": "许俊"}])
    ids = [customers.create({"name": n}) for n in ("明佳烟酒", "鑫源超市", "文博便利")]
    service = InteractionService(ctx.store, "测试员")
    channels = ("visit", "phone", "wechat", "survey")
    start = datetime(2026, 9, 1, 9, 0)
    for n in range(37):
        service.log_visit(ids[n % 3], {
            "occurred_at": start + timedelta(hours=7 * n - (n % 4) * 3),
            "channel": channels[n % 4], "staff": ["罗超", "许俊"][n % 2],
            "purpose": f"第{n}次拜访",
        })
    return ids, staff


def expected_ids(ctx, f: VisitFilter = VisitFilter()) -> list[int]:  # noqa: B008
    return [r["id"] for r in visit_list.visit_page(ctx.store, f, 10_000)]


def test_visits_page_lists_newest_first_and_filters(qtbot, qtmodeltester, ctx, many_visits) -> None:
    page = VisitsPage(ctx)
    show(qtbot, page)
    model = page.model
    assert model.rowCount() == 37
    assert "37" in page.count_label.text()
    times = [cell(model, r, 0) for r in range(37)]
    assert times == sorted(times, reverse=True)
    assert cell(model, 0, column_of(model, "purpose")) == "第36次拜访"
    qtmodeltester.check(model)

    page.set_channel("phone")
    phone = [r for r in range(model.rowCount())]
    assert len(phone) == 9  # n % 4 == 1 for n < 37
    assert {cell(model, r, column_of(model, "channel")) for r in phone} == {"电话"}
    assert "9" in page.count_label.text()
    qtmodeltester.check(model)

    page.set_channel(None)
    staff_index = page._staff_ids.index(many_visits[1][0])
    page.staff.setCurrentIndex(staff_index)
    assert model.rowCount() == 19
    assert {cell(model, r, column_of(model, "staff")) for r in range(19)} == {"罗超"}

    page.set_staff(None)
    page.set_period("custom")
    page.since.setDate(QDate(2026, 9, 2))
    page.until.setDate(QDate(2026, 9, 3))
    shown = [cell(model, r, 0)[:10] for r in range(model.rowCount())]
    assert shown and set(shown) <= {"2026-09-02", "2026-09-03"}
    assert len(shown) == sum(
        1 for n in range(37)
        if (datetime(2026, 9, 1, 9) + timedelta(hours=7 * n - (n % 4) * 3)).date()
        in (date(2026, 9, 2), date(2026, 9, 3))
    )


def test_visits_page_pages_by_key_in_any_order(qtbot, qtmodeltester, ctx, many_visits, monkeypatch) -> None:
    monkeypatch.setattr(all_visits, "PAGE", 5)  # 37 rows: 8 pages, the last one short
    page = VisitsPage(ctx)
    show(qtbot, page)
    model = page.model
    want = expected_ids(ctx)
    # jumps far ahead, back, to the end and into the middle, as a dragged scroll bar does
    for row in (36, 0, 22, 21, 4, 5, 30, 12, 35, 17):
        assert model.visit(row)["id"] == want[row], row
    assert [model.visit(r)["id"] for r in range(37)] == want
    assert model.visit(37) is None
    qtmodeltester.check(model)

    # read from the top, a page is one statement, however many rows are shown
    model.reload()
    before = model.queries
    assert [model.visit(r)["id"] for r in range(37)] == want
    assert model.queries - before <= 8  # (the view may have asked for the first page)

    # a newly logged visit comes first once the page hears of it
    vid = InteractionService(ctx.store).log_visit(many_visits[0][0], {"channel": "sms"})
    ctx.signals.sig_visits_changed.emit(many_visits[0][0])
    assert model.rowCount() == 38 and model.visit(0)["id"] == vid


def test_enter_opens_the_customer_of_a_visit(qtbot, ctx, many_visits) -> None:
    page = VisitsPage(ctx)
    show(qtbot, page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.visit(2)["customer_id"]]


def test_a_visit_is_credited_to_the_user_on_the_staff_list(qtbot, ctx, mingjia) -> None:
    [me] = ctx.store.insert_many("staff", [{"name": "测试员"}])
    widget = CustomerVisitsWidget(ctx, mingjia)
    show(qtbot, widget)
    dialog = widget.log_visit()
    assert "明佳烟酒" in dialog.windowTitle()
    dialog.purpose.setText("例行拜访")
    dialog.accept()
    assert ctx.store.get("interactions", dialog.saved_id)["staff_id"] == me
    assert cell(widget.model, 0, column_of(widget.model, "staff")) == "测试员"
