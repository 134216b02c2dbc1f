"""The dossier's Addresses tab, driven as a user does: add one by pasting a line and
splitting it, make it main from the keyboard, delete one after the question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm.domain.addresses import AddressService
from desktop_crm.ui.dossier import DossierWidget
from desktop_crm.ui.dossier.addresses_tab import AddressDialog
from tests.ui.test_dossier import answer_next_box, choose, rows


@pytest.fixture
def shop(customers) -> int:
    return customers.create({"code": "C100", "name": "明佳烟酒",
                             "address": "广东省深圳市南山区科技园南路18号", "area": "科技园"})


@pytest.fixture
def page(qtbot, ctx, shop) -> DossierWidget:
    widget = DossierWidget(ctx, shop)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.show_tab("addresses")
    return widget


def test_the_main_address_is_listed_first_and_marked(page, qtmodeltester) -> None:
    tab = page.addresses_tab
    assert rows(tab.model) == [("✓", "经营地址", "广东省深圳市南山区科技园南路18号", "", "科技园")]
    assert page.tabs.tabText(page.TABS.index("addresses")) == "Addresses (1)"
    assert not tab.main_button.isEnabled()  # it is the main one already
    qtmodeltester.check(tab.model)


def test_add_by_pasting_a_line_then_make_it_main(qtbot, type_into, ctx, store, shop, page) -> None:
    tab = page.addresses_tab

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AddressDialog)
        assert not dialog.main_box.isChecked()  # the customer has a main address already
        type_into(dialog.paste, "上海市浦东新区张杨路500号")
        qtbot.keyClick(dialog.paste, Qt.Key.Key_Return)  # splits, does not save
        assert dialog.form.editor("district").text() == "浦东新区"
        assert dialog.form.editor("street").text() == "张杨路500号"
        choose(dialog.kind_form.editor("kind"), "送货地址")
        type_into(dialog.form.editor("building"), "3号楼")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(ctx.signals.sig_customers_changed):
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    assert rows(tab.model)[1] == ("", "送货地址", "上海市浦东新区张杨路500号3号楼", "", "")
    assert page.tabs.tabText(page.TABS.index("addresses")) == "Addresses (2)"
    assert tab.selected_id() == AddressService(store).of_customer(shop)[1]["id"]

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    tab.table.setFocus()
    with qtbot.waitSignal(ctx.signals.sig_customers_changed):
        qtbot.keyClick(tab.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [r[:3] for r in rows(tab.model)] == [
        ("✓", "送货地址", "上海市浦东新区张杨路500号3号楼"),
        ("", "经营地址", "广东省深圳市南山区科技园南路18号")]
    # the customer's line (the list's, the profile's) is the main one's now
    assert store.get("customers", shop)["address"] == "上海市浦东新区张杨路500号3号楼"
    assert page.profile_form.editor("address").text() == "上海市浦东新区张杨路500号3号楼"
    history = page.history_tab.model
    texts = [history.index(r, c).data() for r in range(history.rowCount())
             for c in range(history.columnCount())]
    at = texts.index("地址 上海市浦东新区张杨路500号3号楼 · 主地址")  # the file's language: zh
    assert texts[at + 1] == "否 → 是"


def test_delete_asks_first(qtbot, ctx, store, shop, page) -> None:
    tab = page.addresses_tab
    AddressService(store).add(shop, {"kind": "home", "line": "阳光小区3栋"})
    tab.refresh()
    tab.table.selectRow(1)
    tab.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    answer_next_box(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(AddressService(store).of_customer(shop)) == 2
    page.activateWindow()  # the question box had it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    tab.table.setFocus()
    answer_next_box("Delete")
    with qtbot.waitSignal(ctx.signals.sig_customers_changed):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [r[2] for r in rows(tab.model)] == ["广东省深圳市南山区科技园南路18号"]


def test_an_empty_address_is_not_saved(qtbot, ctx, store, shop, page) -> None:
    dialog = AddressDialog(ctx, shop, None, page)
    qtbot.addWidget(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.address_id is None
    assert dialog.form.error_text("line")  # said under the free line
    assert len(AddressService(store).of_customer(shop)) == 1
