"""The members area and the counter, driven as a shop assistant would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_crm.domain.members import MemberService, PointsRules


@pytest.fixture
def member(store, customers, contacts) -> int:
    staff = store.insert("staff", {"name": "李店员", "role": "shop_staff"})
    members = MemberService(store, actor="测试员")
    ids = []
    for i, name in enumerate(("王丽", "王力宏", "陈静")):
        cid = customers.create({"name": name, "kind": "individual", "phone": f"1391234886{i}"})
        contacts.create(cid, {"name": name, "role": "self", "mobile": f"1391234886{i}"})
        ids.append(members.enrol(cid, f"BB000{i}", joined_on="2024-01-01", staff_id=staff))
    members.set_rules(PointsRules(levels=(("normal", 0), ("silver", 1000), ("gold", 5000), ("diamond", 20000))))
    return ids[0]


def test_counter_by_card_then_amount_and_enter(qtbot, ctx, member, store, type_into):
    from desktop_crm.ui.members.counter import CounterDialog

    dialog = CounterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    changed = []
    ctx.signals.sig_members_changed.connect(changed.append)
    type_into(dialog.find_edit, "BB0000")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.results.count() == 1
    assert "王丽" in dialog.chosen.text()
    assert dialog.focusWidget() is dialog.amount_edit
    type_into(dialog.amount_edit, "1200")
    assert "1200" in dialog.preview.text()
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)

    assert dialog.last.isVisible()
    assert "+1200" in dialog.last.text() and "银卡会员" in dialog.last.text()
    assert changed == [[member]]
    m = MemberService(store).get(member)
    assert (m.points_balance, m.level) == (1200, "silver")
    assert dialog.focusWidget() is dialog.find_edit and dialog.amount_edit.text() == ""


def test_counter_by_pinyin_and_a_bad_amount(qtbot, ctx, member, store, type_into):
    from desktop_crm.ui.members.counter import CounterDialog

    dialog = CounterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.find_edit, "wl")
    dialog.run_search()
    assert dialog.results.count() == 2  # 王丽 and 王力宏
    dialog.results.setCurrentRow(1)
    assert "王力宏" in dialog.chosen.text()
    type_into(dialog.amount_edit, "-5")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert "above 0" in dialog.error.text()
    assert store.count("transactions") == 0


def test_members_page_lists_and_shows_history(qtbot, ctx, member, qtmodeltester):
    from desktop_crm.ui.members.page import MembersPage

    MemberService(ctx.store).purchase(member, 300, on="2025-01-02", product="纸尿裤")
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtmodeltester.check(page.model)
    assert page.count_label.text() == "3 members"
    page.table.selectRow(0)
    assert page.fact_labels["name"].text() == "王丽"
    assert page.fact_labels["points"].text() == "300"
    qtmodeltester.check(page.history_model)
    assert page.history_model.data(page.history_model.index(0, 3)) == "纸尿裤"

    page.search_edit.setText("chenjing")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "陈静"
