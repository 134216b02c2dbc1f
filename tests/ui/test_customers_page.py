"""The customer list page, driven as a user drives it: typing, filtering, sorting, selecting,
bulk edits with undo, the trash, the column chooser."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop_crm.domain.bulk_edit import BulkChange
from desktop_crm.domain.customer_list import COLUMNS, NOT_SET, PAGE_SIZE, column_index
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.ui.customers import CustomerListModel, CustomersPage
from desktop_crm.ui.customers.columns import SETTINGS_COLUMNS

NAME = column_index("name")


@pytest.fixture(autouse=True)
def settings(qapp, tmp_path):
    """Column choices go to a settings file of this test, not the user's."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, home)


@pytest.fixture
def shops(store, customers, mingjia):
    """Five customers that differ in every filter of the bar."""
    wang = store.insert("staff", {"name": "王芳"})
    li = store.insert("staff", {"name": "李强"})
    ids = customers.create_many([
        {"name": "鑫源超市", "tier": "key", "lifecycle": "active", "asset_grade": "good",
         "owner": "王芳", "area": "火车站商圈", "tags": "夜市"},
        {"name": "百佳便利", "tier": "regular", "lifecycle": "lost", "asset_grade": "poor",
         "owner": "李强", "area": "文博路商圈"},
        {"name": "金鼎烟酒", "tier": "occasional", "lifecycle": "new", "asset_grade": "develop",
         "owner": "王芳", "area": "北街商圈", "tags": "重点户"},
        {"name": "阿福小卖部", "tier": "key", "lifecycle": "old", "area": "北街商圈"},
    ])
    visits = InteractionService(store, actor="测试员")
    visits.log_visit(ids[0], {"channel": "visit", "occurred_at": "2025-05-01 10:00",
                              "follow_up_due": "2025-05-10"})  # overdue
    visits.log_visit(ids[1], {"channel": "phone", "occurred_at": "2025-07-01 10:00"})
    visits.log_visit(mingjia, {"channel": "visit", "occurred_at": "2025-06-01 10:00",
                               "follow_up_due": "2099-01-01"})
    store.insert("plans", {"customer_id": ids[2], "version": 1, "status": "active",
                           "plan_date": "2025-01-01"})
    return {"明佳烟酒": mingjia, "鑫源超市": ids[0], "百佳便利": ids[1], "金鼎烟酒": ids[2],
            "阿福小卖部": ids[3], "wang": wang, "li": li}


@pytest.fixture
def page(qtbot, ctx, shops):
    widget = CustomersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.choices.tiers))  # filter choices load on the worker
    return widget


def focus_table(qtbot, page: CustomersPage) -> None:
    """Keyboard shortcuts go to the focus widget of the active window."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)


def column(page: CustomersPage, name: str = "name") -> list[str]:
    model, col = page.model, column_index(name)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


ALL = ["阿福小卖部", "百佳便利", "金鼎烟酒", "明佳烟酒", "鑫源超市"]  # pinyin order


def select_rows(page: CustomersPage, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().clearSelection()
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)
    page.table.selectionModel().setCurrentIndex(page.model.index(rows[0], 0),
                                                QItemSelectionModel.SelectionFlag.NoUpdate)


def test_list_shows_every_customer_with_labels_and_a_count(page) -> None:
    assert column(page) == ALL
    row = column(page, "name").index("鑫源超市")
    cells = [page.model.data(page.model.index(row, c)) for c in range(len(COLUMNS))]
    assert cells == ["C000001", "鑫源超市", "主力", "活跃", "优良", "王芳", "火车站商圈", "", "",
                     "2025-05-01", f"逾期 {(date.today() - date(2025, 5, 1)).days - 14} 天",
                     "2025-05-10", "夜市", ""]
    assert page.model.data(page.model.index(row, column_index("next_follow_up")),
                           Qt.ItemDataRole.ForegroundRole) is not None  # overdue: in red
    assert "5" in page.count_label.text() and "…" not in page.count_label.text()
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["客户代码", "客户名称", "客户等级"]


def test_search_as_you_type_in_chinese_and_pinyin(qtbot, page, type_into) -> None:
    type_into(page.search_box, "烟酒")  # two characters: the short-term index
    qtbot.waitUntil(lambda: column(page) == ["金鼎烟酒", "明佳烟酒"])
    assert "2" in page.count_label.text()
    page.search_box.clear()
    type_into(page.search_box, "mjyj")
    qtbot.waitUntil(lambda: column(page) == ["明佳烟酒"])
    page.search_box.clear()
    qtbot.waitUntil(lambda: column(page) == ALL)


@pytest.mark.parametrize("name, value, expected", [
    ("tier", "key", ["阿福小卖部", "鑫源超市"]),
    ("tier", NOT_SET, ["明佳烟酒"]),
    ("lifecycle", "lost", ["百佳便利"]),
    ("asset_grade", "develop", ["金鼎烟酒"]),
    ("area", "北街商圈", ["阿福小卖部", "金鼎烟酒"]),
])
def test_each_combo_filter(page, name, value, expected) -> None:
    page.filters.select(name, value)
    assert column(page) == expected
    assert page.filters.combos[name].shown_text().endswith(page.filters.combos[name].currentText())
    page.filters.clear_button.click()
    assert column(page) == ALL


def test_owner_tags_overdue_and_plan_filters(qtbot, page, shops, type_into) -> None:
    page.filters.select("owner", shops["wang"])
    assert column(page) == ["金鼎烟酒", "鑫源超市"]
    page.filters.select("owner", NOT_SET)
    assert column(page) == ["阿福小卖部", "明佳烟酒"]
    page.filters.select("owner", None)
    page.filters.check_tag("重点户")
    assert column(page) == ["金鼎烟酒", "明佳烟酒"]
    assert "重点户" in page.filters.tags_button.text()
    page.filters.check_tag("诚信户")  # tags must all be present
    assert column(page) == ["明佳烟酒"]
    page.filters.clear()
    qtbot.mouseClick(page.filters.overdue_check, Qt.MouseButton.LeftButton)
    assert column(page) == ["鑫源超市"]
    page.filters.overdue_check.setChecked(False)
    page.filters.plan_check.setChecked(True)
    assert column(page) == ["金鼎烟酒"]
    type_into(page.search_box, "超市")  # search and filters combine
    qtbot.waitUntil(lambda: column(page) == [])
    assert "0" in page.count_label.text()


def test_save_a_filter_by_name_and_use_it_again(qtbot, page, store, shops, monkeypatch) -> None:
    from desktop_crm.domain.campaigns import saved_filters

    page.filters.select("area", "北街商圈")
    page.filters.check_tag("重点户")
    assert column(page) == ["金鼎烟酒"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (" 北街重点户 ", True))
    page.saved_filters.save()                         # Saved filters ▸ Save the current filter…
    assert [f.name for f in saved_filters(store)] == ["北街重点户"]
    assert "北街重点户" in page.status.text()

    page.filters.clear()
    assert column(page) == ALL
    page.saved_filters.fill_menu()                   # what opening the menu does
    names = [a.text() for a in page.saved_filters.menu().actions()]
    assert names[0] == "北街重点户" and "Save the current filter…" in names
    page.saved_filters.menu().actions()[0].trigger()
    assert column(page) == ["金鼎烟酒"]
    assert page.filters.combos["area"].currentData() == "北街商圈"
    assert page.filters.checked_tags() == ["重点户"]

    # a tag no customer has any more still filters: to no one, not to everyone
    from desktop_crm.domain.customer_list import CustomerFilter

    page.use_saved_filter(CustomerFilter(tags=("停业",)))
    assert column(page) == [] and page.filters.checked_tags() == ["停业"]

    # an empty filter is every customer: not worth a name
    page.filters.clear()
    page.saved_filters.save()
    assert len(saved_filters(store)) == 1 and "every customer" in page.status.text()

    # Saved filters ▸ Delete a saved filter ▸ 北街重点户, after a question
    from tests.ui.test_dossier import answer_next_box

    page.saved_filters.fill_menu()
    forget = next(a.menu() for a in page.saved_filters.menu().actions() if a.menu())
    answer_next_box(QMessageBox.StandardButton.Cancel)
    forget.actions()[0].trigger()
    assert len(saved_filters(store)) == 1
    answer_next_box("Delete")
    forget.actions()[0].trigger()
    assert saved_filters(store) == []


def click_header(qtbot, page: CustomersPage, name: str) -> None:
    header = page.table.horizontalHeader()
    section = column_index(name)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sort_by_name_and_by_last_visit(qtbot, page) -> None:
    click_header(qtbot, page, "last_visit")
    assert page.model.sort_column == "last_visit" and not page.model.sort_descending
    assert column(page, "last_visit") == ["", "", "2025-05-01", "2025-06-01", "2025-07-01"]
    click_header(qtbot, page, "last_visit")
    assert column(page) == ["百佳便利", "明佳烟酒", "鑫源超市", "阿福小卖部", "金鼎烟酒"]
    click_header(qtbot, page, "name")
    assert column(page) == ALL
    click_header(qtbot, page, "name")
    assert column(page) == ALL[::-1]
    click_header(qtbot, page, "tier")  # by the tiers' order, not the codes' alphabet
    assert column(page, "tier") == ["主力", "主力", "一般", "零散", ""]


def test_bulk_edit_then_undo(qtbot, page, store, shops) -> None:
    select_rows(page, [0, 1])  # 阿福小卖部 (key), 百佳便利 (regular)
    dialog = page.open_bulk_edit()
    dialog.operation.setCurrentIndex(dialog.operation.findData("tier"))
    dialog.value_combo.setCurrentIndex(dialog.value_combo.findData("regular"))
    dialog.accept()
    question = page.confirm_box.text()
    assert "客户等级" in question and "2" in question and "一般" in question
    page.confirm_yes.click()
    qtbot.waitUntil(lambda: column(page, "tier")[:2] == ["一般", "一般"], timeout=10_000)
    assert store.get("customers", shops["阿福小卖部"])["tier"] == "regular"
    assert page.undo_action.isEnabled()

    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: column(page, "tier")[:2] == ["主力", "一般"], timeout=10_000)
    assert store.get("customers", shops["阿福小卖部"])["tier"] == "key"
    assert not page.undo_action.isEnabled()
    log = [(r["old_value"], r["new_value"]) for r in
           store.find("change_log", order_by="id", customer_id=shops["阿福小卖部"], field="tier")]
    assert log[-2:] == [("key", "regular"), ("regular", "key")]
    # the other one was regular already: nothing to change, nothing to undo, nothing logged
    assert store.count("change_log", customer_id=shops["百佳便利"], field="tier") == 0


def test_bulk_edit_refuses_an_empty_tag_next_to_the_field(qtbot, page) -> None:
    select_rows(page, [0])
    dialog = page.open_bulk_edit()
    dialog.operation.setCurrentIndex(dialog.operation.findData("add_tags"))
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "tag" in dialog.error.text()
    assert page.confirm_box is None
    dialog.tags_edit.setText("新标签")
    dialog.accept()
    assert page.confirm_box is not None and "新标签" in page.confirm_box.text()
    page.confirm_box.reject()


def test_bulk_tags_change_is_announced(qtbot, page, ctx, shops) -> None:
    select_rows(page, [0, 2])
    with qtbot.waitSignal(ctx.signals.sig_customers_changed, timeout=10_000) as blocker:
        page.run_bulk_edit(BulkChange("add_tags", "新标签"), page.selected_ranges())
    assert sorted(blocker.args[0]) == sorted([shops["阿福小卖部"], shops["金鼎烟酒"]])
    qtbot.waitUntil(lambda: "新标签" in column(page, "tags")[0])


def test_trash_and_restore_from_the_list(qtbot, page, store, shops) -> None:
    select_rows(page, [column(page).index("金鼎烟酒")])
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "金鼎烟酒" in page.confirm_box.text()
    page.confirm_yes.click()
    qtbot.waitUntil(lambda: "金鼎烟酒" not in column(page), timeout=10_000)
    assert "4" in page.count_label.text()
    assert store.get("customers", shops["金鼎烟酒"])["deleted_at"] is not None

    qtbot.mouseClick(page.trash_toggle, Qt.MouseButton.LeftButton)
    assert column(page) == ["金鼎烟酒"]
    assert page.buttons["restore"].isVisible() and not page.buttons["trash"].isVisible()
    select_rows(page, [0])
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: column(page) == [], timeout=10_000)
    page.trash_toggle.click()
    assert column(page) == ALL
    assert store.get("customers", shops["金鼎烟酒"])["deleted_at"] is None


def test_purge_from_the_trash_asks_defaulting_to_cancel(qtbot, page, store, customers, shops) -> None:
    gone, kept = shops["金鼎烟酒"], shops["阿福小卖部"]
    customers.delete(gone)
    customers.delete(kept)
    visit = store.insert("interactions", {"customer_id": gone, "occurred_at": "2026-11-01T10:00:00",
                                          "channel": "visit"})
    qtbot.mouseClick(page.trash_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sorted(column(page)) == sorted(["金鼎烟酒", "阿福小卖部"]), timeout=10_000)
    assert page.buttons["purge"].isVisible()
    select_rows(page, [column(page).index("金鼎烟酒")])
    focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    box = page.confirm_box
    assert "cannot be undone" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter: no
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert store.get("customers", gone) is not None

    page.purge_from_trash()
    page.confirm_yes.click()
    qtbot.waitUntil(lambda: column(page) == ["阿福小卖部"], timeout=10_000)
    assert store.get("customers", gone) is None and store.get("interactions", visit) is None
    assert "Deleted 1 customer for good." in page.status.text()
    assert store.get("customers", kept)["deleted_at"] is not None  # only what was selected


def header_menu_action(page: CustomersPage, text: str):
    """Right-click on the table's header: the column chooser, and its entry ``text``."""
    header = page.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    return next(a for a in page.header_menu.actions() if a.text() == text)


def test_column_chooser_hides_and_shows_a_column(qtbot, ctx, page) -> None:
    phone = column_index("phone")
    action = header_menu_action(page, "电话")
    assert action.isChecked()
    action.trigger()
    assert page.table.horizontalHeader().isSectionHidden(phone)
    assert "phone" not in QSettings().value(SETTINGS_COLUMNS)
    page.header_menu.close()

    again = CustomersPage(ctx)  # the choice is remembered
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(phone)
    action = header_menu_action(again, "电话")
    assert not action.isChecked()
    action.trigger()
    assert not again.table.horizontalHeader().isSectionHidden(phone)
    assert "phone" in QSettings().value(SETTINGS_COLUMNS)
    again.header_menu.close()


def test_keyboard_from_search_to_dossier(qtbot, page, ctx, shops, type_into) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_box
    type_into(page.search_box, "鑫源")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # search now, go to the first found
    assert column(page) == ["鑫源超市"]
    assert QApplication.focusWidget() is page.table and page.table.currentIndex().row() == 0
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [shops["鑫源超市"]]


def test_a_logged_visit_shows_in_the_list(qtbot, page, ctx, store, shops) -> None:
    InteractionService(store, actor="测试员").log_visit(
        shops["阿福小卖部"], {"channel": "visit", "occurred_at": "2025-08-08 08:00"})
    ctx.signals.sig_visits_changed.emit(shops["阿福小卖部"])
    assert column(page, "last_visit")[0] == "2025-08-08"


def test_enter_and_double_click_open_the_dossier(qtbot, page, ctx, shops) -> None:
    row = column(page).index("明佳烟酒")
    select_rows(page, [row])
    focus_table(qtbot, page)
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [shops["明佳烟酒"]]
    rect = page.table.visualRect(page.model.index(0, NAME))
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as blocker:
        # what a double click sends: a click, then the double-click event
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [shops["阿福小卖部"]]


def test_refresh_after_a_change_keeps_the_current_row(qtbot, page, ctx, customers, shops) -> None:
    row = column(page).index("金鼎烟酒")
    select_rows(page, [row])
    customers.update(shops["金鼎烟酒"], {"name": "阿爱烟酒"})  # now first in pinyin order
    ctx.signals.sig_customers_changed.emit([shops["金鼎烟酒"]])
    assert column(page)[0] == "阿爱烟酒"
    assert page.table.currentIndex().row() == 0
    assert page.model.customer_id(page.table.currentIndex().row()) == shops["金鼎烟酒"]


def test_model_passes_the_model_tester(qtmodeltester, ctx, shops) -> None:
    model = CustomerListModel(ctx)
    qtmodeltester.check(model)
    from desktop_crm.domain.customer_list import CustomerFilter

    model.set_filter(CustomerFilter(tier="key"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.sort(column_index("last_visit"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_a_long_list_is_counted_off_the_ui_thread(qtbot, qtmodeltester, ctx, customers) -> None:
    total = PAGE_SIZE * 2 + 50
    customers.create_many([{"name": f"店铺{i:04d}", "tier": "key" if i % 2 else "regular"}
                           for i in range(total)])
    model = CustomerListModel(ctx)
    assert model.is_counting() and model.rowCount() == PAGE_SIZE  # the first page, at once
    qtmodeltester.check(model)  # also watches the rows arriving from the worker
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=10_000)
    assert model.rowCount() == total
    last = model.index(total - 1, NAME)
    assert model.data(last) == f"店铺{total - 1:04d}"  # jumping to the end reads one page

    from desktop_crm.domain.customer_list import CustomerFilter

    model.set_filter(CustomerFilter(tier="key"))  # 225 of them: counted again, in the worker
    qtbot.waitUntil(lambda: not model.is_counting() and model.rowCount() == total // 2, timeout=10_000)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=10_000)
    assert model.data(model.index(0, NAME)) == f"店铺{total - 1:04d}"
    assert model.data(model.index(total // 2 - 1, NAME)) == "店铺0001"
    qtmodeltester.check(model)


def test_a_refresh_keeps_the_scroll_position_a_new_filter_starts_at_the_top(qtbot, ctx, customers) -> None:
    customers.create_many([{"name": f"店铺{i:04d}"} for i in range(PAGE_SIZE * 2 + 50)])
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: not page.model.is_counting(), timeout=10_000)
    page.table.scrollTo(page.model.index(300, 0), page.table.ScrollHint.PositionAtTop)
    top = page.table.rowAt(0)
    assert top >= 290
    customers.create({"name": "店铺9999"})  # added at the end: the rows on screen stay
    ctx.signals.sig_customers_changed.emit([])
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE * 2 + 51, timeout=10_000)
    assert page.table.rowAt(0) == top
    assert page.model.data(page.model.index(top, NAME)) == f"店铺{top:04d}"
    page.filters.select("lifecycle", "prospect")  # another list: from its top
    qtbot.waitUntil(lambda: not page.model.is_counting(), timeout=10_000)
    assert page.table.rowAt(0) == 0


def marked_pixels(page: CustomersPage, row: int, name: str = "name") -> int:
    """How many pixels of the cell carry the search highlight's colour, as drawn on screen."""
    from desktop_crm.ui.customers.highlight import MARK

    rect = page.table.visualRect(page.model.index(row, column_index(name)))
    image = page.table.viewport().grab(rect).toImage()
    return sum(image.pixelColor(x, y) == MARK
               for x in range(image.width()) for y in range(image.height()))


def test_search_hits_are_marked_in_the_list_pinyin_on_the_characters(qtbot, page, type_into) -> None:
    from desktop_crm.ui.customers.model import HIGHLIGHT_ROLE

    assert marked_pixels(page, ALL.index("明佳烟酒")) == 0
    type_into(page.search_box, "mj")
    qtbot.waitUntil(lambda: column(page) == ["明佳烟酒"])
    name = page.model.index(0, NAME)
    assert page.model.data(name, HIGHLIGHT_ROLE) == [(0, 2)]  # 明佳, spelt by its initials
    assert marked_pixels(page, 0) > 50
    assert marked_pixels(page, 0, "area") == 0  # 文博路商圈 has no m-j
    page.search_box.clear()
    type_into(page.search_box, "商圈")
    qtbot.waitUntil(lambda: page.count_label.text() == "5 matching")
    assert page.model.data(page.model.index(0, column_index("area")), HIGHLIGHT_ROLE) is not None
    assert marked_pixels(page, 0, "area") > 50 and marked_pixels(page, 0) == 0


def test_the_list_says_how_many_match_and_the_status_bar_how_many_in_all(qtbot, page, type_into) -> None:
    assert page.count_label.text() == "5 customers"
    type_into(page.search_box, "烟酒")
    qtbot.waitUntil(lambda: len(column(page)) == 2)
    assert page.count_label.text() == "2 matching"


def test_a_search_with_very_many_hits_says_more_than_and_holds_what_it_shows(
    qtbot, page, customers, type_into
) -> None:
    from desktop_crm.domain.customer_list import SHOWN_HITS

    customers.create_many([{"name": f"测试{i}号店"} for i in range(SHOWN_HITS + 50)])
    type_into(page.search_box, "号店")
    qtbot.waitUntil(lambda: page.count_label.text().startswith("More than"))
    assert page.count_label.text() == "More than 2,000 match the search; 2,000 shown"
    assert page.model.rowCount() == SHOWN_HITS
    page.search_box.clear()
    type_into(page.search_box, "明佳")  # a narrower search counts exactly again
    qtbot.waitUntil(lambda: page.count_label.text() == "1 matching")
