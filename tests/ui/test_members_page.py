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


def test_counter_with_several_matches_keeps_the_amount_and_asks_which(qtbot, ctx, member, store):
    """A cashier types a name that matches two members, Enter, the amount, Enter — as fast as
    at a till. The amount is not lost, and nothing is recorded until they pick the member."""
    from desktop_crm.ui.members.counter import CounterDialog

    dialog = CounterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()

    def typed(keys: str) -> None:  # into whatever has the focus, as a keyboard does
        qtbot.keyClicks(dialog.focusWidget(), keys)

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(dialog.focusWidget(), key)

    typed("wl")
    press(Qt.Key.Key_Return)
    assert dialog.results.count() == 2  # 王丽 and 王力宏
    assert dialog.member is None and "2 members match" in dialog.chosen.text()
    typed("268")
    assert dialog.amount_edit.text() == "268"
    press(Qt.Key.Key_Return)
    assert store.count("transactions") == 0  # not recorded to a guess
    assert "choose one" in dialog.error.text() and dialog.amount_edit.text() == "268"

    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)  # the keyboard chooses among the matches, from the amount field
    assert "王力宏" in dialog.chosen.text()
    press(Qt.Key.Key_Return)
    [sale] = store.find("transactions")
    wang_lihong = MemberService(store).find("BB0001")[0]
    assert (sale["customer_id"], sale["amount"]) == (wang_lihong.customer_id, 268)

    typed("wl")  # the next customer: Enter goes to the amount, a click picks, focus stays
    press(Qt.Key.Key_Return)
    typed("50")
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.focusWidget() is dialog.amount_edit and "王丽" in dialog.chosen.text()
    typed("0")
    press(Qt.Key.Key_Return)
    assert [(t["customer_id"], t["amount"]) for t in store.find("transactions")][-1] == (
        MemberService(store).get(member).customer_id, 500)


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
    assert page.card.fact_labels["name"].text() == "王丽"
    assert page.card.fact_labels["points"].text() == "300"
    qtmodeltester.check(page.card.history_model)
    assert page.card.history_model.data(page.card.history_model.index(0, 3)) == "纸尿裤"

    page.search_edit.setText("chenjing")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "陈静"


def test_edit_member_and_give_selected_to_staff(qtbot, ctx, member, store, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.ui.members.dialogs import EditMemberDialog
    from desktop_crm.ui.members.page import MembersPage

    zhao = store.insert("staff", {"name": "赵店员", "role": "shop_staff"})
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)

    dialog = EditMemberDialog(ctx, member, page)
    qtbot.addWidget(dialog)
    dialog.referrer.setText("NOPE99")
    dialog.buttons.accepted.emit()
    assert "NOPE99" in dialog.error.text()
    dialog.referrer.setText("BB0002")
    dialog.notes.setText("住得近")
    dialog.buttons.accepted.emit()
    assert dialog.result()
    m = MemberService(store).get(member)
    assert (m.referrer_name, m.household_notes) == ("陈静", "住得近")

    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    assert len(page.selected_ids()) == 2
    page.give_staff.setCurrentIndex(page.give_staff.findText("赵店员"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.give_selected()
    staff = [r[0] for r in store.conn.execute("SELECT staff_id FROM members ORDER BY card_no")]
    assert staff[:2] == [zhao, zhao] and staff[2] != zhao
    assert page.model.data(page.model.index(0, 6)) == "赵店员"


def test_dossier_member_tab_offers_enrolment_then_shows_the_card(qtbot, ctx, store, customers):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_crm.ui.dossier.widget import DossierWidget
    from desktop_crm.ui.members.dialogs import EnrolDialog

    cid = customers.create({"name": "周敏", "kind": "individual"})
    dossier = DossierWidget(ctx, cid)
    qtbot.addWidget(dossier)
    dossier.show()
    dossier.show_tab("member")
    tab = dossier.member_tab
    assert tab.none_label.text() == "Not a member." and tab.enrol_button.isVisible()

    dialog = EnrolDialog(ctx, tab, customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.card.setText("BB5555")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() and dialog.member_id
    ctx.signals.sig_members_changed.emit([dialog.member_id])
    assert not tab.enrol_button.isVisible()
    assert tab.card.fact_labels["card"].text() == "BB5555"
    assert tab.card.fact_labels["name"].text() == "周敏"


def test_correct_points_and_redeem_from_the_card(qtbot, ctx, member, store):
    from desktop_crm.ui.members.card import MemberCard
    from desktop_crm.ui.members.dialogs import AdjustDialog, RedeemDialog

    MemberService(store).purchase(member, 500, on="2025-01-02")
    card = MemberCard(ctx)
    qtbot.addWidget(card)
    card.show_member(member)
    assert card.fact_labels["points"].text() == "500"

    adjust = AdjustDialog(ctx, member, card)
    qtbot.addWidget(adjust)
    adjust.buttons.accepted.emit()
    assert "points to add" in adjust.error.text()
    adjust.points.setValue(-120)
    adjust.buttons.accepted.emit()
    assert "reason" in adjust.error.text()
    adjust.note.setText("录重了")
    adjust.buttons.accepted.emit()
    assert adjust.result()

    redeem = RedeemDialog(ctx, member, card)
    qtbot.addWidget(redeem)
    redeem.points.setValue(200)
    redeem.buttons.accepted.emit()
    assert "exchanged for" in redeem.error.text()
    redeem.note.setText("保温杯")
    redeem.buttons.accepted.emit()
    assert redeem.result() and redeem.balance == 180
    card.show_member(member)
    assert card.fact_labels["points"].text() == "180"
    kinds = [card.history_model.data(card.history_model.index(r, 1)) for r in range(3)]
    assert kinds == ["Redeemed", "Correction", "Purchase"]


def test_consent_in_the_member_dialog_and_its_withdrawal(qtbot, ctx, member, store):
    """Channels, day and how given in the member dialog; "Withdraw consent" keeps the day it
    happened, and greetings then leave the member out."""
    from datetime import date

    from desktop_crm.storage import consent
    from desktop_crm.ui.members.dialogs import EditMemberDialog

    customer = MemberService(store).get(member).customer_id
    store.conn.execute("UPDATE customers SET consent_channels = NULL, consent_on = NULL, "
                       "consent_how = NULL WHERE id = ?", (customer,))
    dialog = EditMemberDialog(ctx, member)
    qtbot.addWidget(dialog)
    rows = dialog.consent
    assert rows.channels.currentData() is None and not rows.withdraw.isEnabled()
    rows.channels.setCurrentIndex(rows.channels.findData("sms_wechat"))
    assert rows.given_on.text() == date.today().isoformat()  # given today, unless typed
    rows.given_on.setText("2026-03-01")
    rows.how.setCurrentIndex(rows.how.findData("written"))
    dialog.buttons.accepted.emit()
    assert dialog.result()
    row = store.get("customers", customer)
    assert (row["consent_channels"], row["consent_on"], row["consent_how"]) == (
        "sms_wechat", "2026-03-01", "written")
    assert consent.consenting_customers(store, [customer]) == {customer}

    dialog = EditMemberDialog(ctx, member)
    qtbot.addWidget(dialog)
    assert dialog.consent.withdraw.isEnabled()
    qtbot.mouseClick(dialog.consent.withdraw, Qt.MouseButton.LeftButton)
    assert date.today().isoformat() in dialog.consent.withdrawn.text()
    dialog.buttons.accepted.emit()
    row = store.get("customers", customer)
    # what had been agreed stays on record, with the day it ended
    assert (row["consent_channels"], row["consent_on"], row["consent_withdrawn_on"]) == (
        "sms_wechat", "2026-03-01", date.today().isoformat())
    assert consent.consenting_customers(store, [customer]) == set()
    self_card = store.conn.execute("SELECT id FROM contacts WHERE customer_id = ? AND role = 'self'",
                                   (customer,)).fetchone()
    if self_card is not None:  # a greeting to the member's own card: no longer
        assert consent.consenting_contacts(store, [self_card[0]]) == set()

    dialog = EditMemberDialog(ctx, member)  # a wrong day: nothing saved, the dialog stays
    qtbot.addWidget(dialog)
    dialog.consent.given_on.setText("2026-13-40")
    dialog.notes.setText("不该保存")
    dialog.buttons.accepted.emit()
    assert not dialog.result() and dialog.error.text()
    assert MemberService(store).get(member).household_notes != "不该保存"
