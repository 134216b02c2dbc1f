"""The dossier's ways to reach (issue 18, part 3), driven as a user does: the list under the
contacts, add with the keyboard, a wrong number refused in the dialog, make preferred (the
contacts' table follows), delete after a question, and the history's note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_crm.domain.contact_ways import ContactWayService
from desktop_crm.ui.dossier import DossierWidget
from desktop_crm.ui.dossier.ways_panel import WayDialog


@pytest.fixture
def shop(customers, contacts):
    cid = customers.create({"name": "明佳烟酒", "phone": "13812345678"})
    lijuan = contacts.create(cid, {"name": "李娟", "mobile": "13987654321", "wechat": "lijuan_w"})
    return cid, lijuan


def rows(model) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def open_dossier(qtbot, ctx, customer_id: int) -> DossierWidget:
    widget = DossierWidget(ctx, customer_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.show_tab("contacts")
    return widget


def in_next_dialog(monkeypatch, act) -> None:
    """The next way dialog is filled by ``act`` as a user would, instead of waiting modally."""
    def run(dialog: WayDialog) -> int:
        dialog.show()
        act(dialog)
        return dialog.result()
    monkeypatch.setattr(WayDialog, "exec", run)


def test_the_ways_are_listed_added_by_keyboard_and_checked(qtbot, type_into, ctx, store, shop,
                                                          monkeypatch):
    cid, lijuan = shop
    w = open_dossier(qtbot, ctx, cid)
    ways = w.contacts_tab.ways
    assert rows(ways.model) == [
        ("The customer itself", "手机", "13812345678", "", "★"),
        ("李娟", "手机", "13987654321", "", "★"),
        ("李娟", "微信", "lijuan_w", "", "★"),
    ]
    seen: list[str] = []

    def wrong_then_right(dialog: WayDialog) -> None:
        dialog.owner.setCurrentIndex(dialog.owner.findText("李娟"))
        dialog.type_box.setCurrentIndex(dialog.type_box.findText("手机"))
        type_into(dialog.value, "0710-3212345")
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)          # Save: refused, stays open
        assert dialog.isVisible()
        seen.append(dialog.problem.text())
        dialog.value.clear()
        type_into(dialog.value, "137 0000 1111")
        type_into(dialog.label, "老板私人")
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)

    in_next_dialog(monkeypatch, wrong_then_right)
    with qtbot.waitSignal(ctx.signals.sig_customers_changed, timeout=3000):
        ways.add_button.click()
    assert ways.add_button.text() == "Add &way…"                 # Alt+W
    assert seen == ["This is a landline number: choose Landline, or type a mobile."]
    assert ("李娟", "手机", "13700001111", "老板私人", "") in rows(ways.model)
    assert ContactWayService(store).of_dossier(cid)[2].value == "13700001111"


def test_make_preferred_updates_the_contacts_table_and_delete_asks(qtbot, ctx, store, shop,
                                                                  monkeypatch):
    cid, lijuan = shop
    second = ContactWayService(store, "测试员").add(cid, lijuan, {"type": "mobile",
                                                                 "value": "13700001111"})
    w = open_dossier(qtbot, ctx, cid)
    ways, contacts_model = w.contacts_tab.ways, w.contacts_tab.model
    ways.table.setFocus()
    ways.table.selectRow(ways.model.row_of(second))
    ways.prefer_button.click()                                   # Make &preferred (Alt+P)
    assert contacts_model.index(0, 2).data() == "13700001111"   # the contacts' Mobile column
    assert [r[4] for r in rows(ways.model) if r[0] == "李娟" and r[1] == "手机"] == ["★", ""]

    asked: list[str] = []

    def answer(text: str) -> None:
        def ask(parent, title, question, yes_text) -> bool:
            asked.append(question)
            return text == yes_text
        monkeypatch.setattr("desktop_crm.ui.dossier.ways_panel.ask", ask)

    ways.table.selectRow(ways.model.row_of(second))
    answer("Cancel")
    ways.delete_button.click()
    assert ways.model.row_of(second) >= 0                        # Cancel kept it
    answer("Delete")
    ways.delete_button.click()
    assert ways.model.row_of(second) < 0
    assert all("13700001111" in q for q in asked) and len(asked) == 2
    assert contacts_model.index(0, 2).data() == "13987654321"   # the other one is preferred again
    w.show_tab("history")
    w.history_tab.refresh(cid)
    history = rows(w.history_tab.model)
    assert any(r[2].startswith("联系方式") and "13700001111 → —" in r[3] for r in history), history
