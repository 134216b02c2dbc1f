from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox

from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.money import money
from desktop_crm.storage import queries
from desktop_crm.ui.dossier import DossierWidget
from desktop_crm.ui.dossier.contacts_tab import ContactDialog
from desktop_crm.ui.dossier.custom_fields_tab import FieldDefinitionDialog, ManageFieldsDialog
from desktop_crm.ui.dossier.models import RowsModel


@pytest.fixture
def open_dossier(qtbot, ctx):
    def make(customer_id: int | None) -> DossierWidget:
        widget = DossierWidget(ctx, customer_id)
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        widget.activateWindow()  # keyboard shortcuts need an active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        return widget
    return make


def rows(model: RowsModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry as a user does: by what it says."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in the list"
    combo.setCurrentIndex(index)


def replace_text(qtbot, type_into, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_into(widget, text)


def answer_next_box(button: QMessageBox.StandardButton | str) -> None:
    """Click a button of the question box about to open (by standard button or text)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        if isinstance(button, str):
            target = next(b for b in box.buttons() if b.text() == button)
        else:
            target = box.button(button)
        target.click()
    QTimer.singleShot(0, click)


def save_with_keyboard(qtbot, widget: DossierWidget) -> None:
    focus = QApplication.focusWidget() or widget
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


# --- creating and editing --------------------------------------------------------------------


def test_create_a_customer_through_the_dossier(
    qtbot, type_into, ctx, store, customers, open_dossier
) -> None:
    store.insert("staff", {"name": "于明轩"})
    w = open_dossier(None)
    assert w.customer_id is None and w.header.name_label.text() == "New customer"
    assert not w.has_unsaved_changes()
    type_into(w.editor("name"), "鑫源超市")
    type_into(w.editor("phone"), "139 1234 8866")
    type_into(w.editor("area"), "火车站商圈")
    type_into(w.editor("founded_on").line, "2019/3/1")
    choose(w.editor("owner"), "于明轩")
    choose(w.editor("tier"), "主力")
    type_into(w.editor("tags"), "重点户，诚信户")
    type_into(w.editor("dna"), "老板爱下象棋")
    assert w.has_unsaved_changes() and w.title() == "鑫源超市 *"

    with qtbot.waitSignal(ctx.signals.sig_customers_changed) as changed, \
            qtbot.waitSignal(w.sig_saved) as saved:
        qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    cid = saved.args[0]
    assert changed.args == [[cid]] and w.customer_id == cid
    stored = customers.get(cid)
    assert [stored[k] for k in ("name", "phone", "area", "founded_on", "tier")] == [
        "鑫源超市", "13912348866", "火车站商圈", "2019-03-01", "key",
    ]
    assert stored["dna"] == "老板爱下象棋" and stored["lifecycle"] == "prospect"
    assert stored["owner_id"] == queries.staff_id(store, "于明轩")
    assert queries.tags_of(store, cid) == ["诚信户", "重点户"]
    # the page now shows the saved customer, cleaned as stored
    assert w.editor("phone").text() == "13912348866"
    assert w.header.code_label.text() == stored["code"]
    assert w.header.values["owner"].text() == "于明轩"
    assert not w.has_unsaved_changes() and w.title() == "鑫源超市"
    assert w.tabs.isTabEnabled(w.TABS.index("history"))


def test_invalid_phone_is_shown_under_the_field_and_nothing_is_saved(
    qtbot, type_into, store, open_dossier
) -> None:
    w = open_dossier(None)
    type_into(w.editor("name"), "鑫源超市")
    type_into(w.editor("phone"), "12345")
    w.show_tab("dna")
    save_with_keyboard(qtbot, w)
    form = w.form_of("phone")
    assert "not a valid chinese mobile or landline" in form.error_text("phone").lower()
    assert form.error_label("phone").isVisible()
    assert w.tabs.currentIndex() == w.TABS.index("profile")  # taken to the field
    assert form.error_text("name") == ""
    assert store.count("customers") == 0
    assert w.editor("name").text() == "鑫源超市"  # nothing typed is lost

    type_into(w.editor("phone"), "678")  # editing the field clears its message
    assert form.error_text("phone") == ""
    replace_text(qtbot, type_into, w.editor("phone"), "0710-3212345")
    assert w.save() is True
    assert store.count("customers") == 1


def test_required_name_and_future_date(qtbot, type_into, store, open_dossier) -> None:
    w = open_dossier(None)
    type_into(w.editor("founded_on").line, "2099-01-01")
    assert w.save() is False
    assert w.form_of("name").error_text("name") == "This field is required."
    assert w.form_of("founded_on").error_text("founded_on") == "This date is in the future."
    assert store.count("customers") == 0


def test_an_edit_shows_in_the_history(qtbot, type_into, ctx, store, mingjia, open_dossier) -> None:
    w = open_dossier(mingjia)
    replace_text(qtbot, type_into, w.editor("area"), "火车站商圈")
    choose(w.editor("lifecycle"), "活跃")
    with qtbot.waitSignal(w.sig_saved):
        save_with_keyboard(qtbot, w)
    assert store.get("customers", mingjia)["area"] == "火车站商圈"
    w.show_tab("history")
    shown = rows(w.history_tab.model)
    whats = {r[2]: r[3] for r in shown[:2]}
    assert whats == {"商圈/区域": "文博路商圈 → 火车站商圈", "生命周期": "潜在 → 活跃"}
    assert shown[0][1] == "测试员"
    assert shown[-1][2:] == ("Customer", "Created")  # the oldest entry: the file was created
    assert ("联系人 李娟", "Created") in [r[2:] for r in shown]
    assert w.header.values["area"].text() == "火车站商圈"


def test_an_edit_made_on_another_laptop_says_where(qtbot, ctx, store, mingjia, open_dossier) -> None:
    """A history entry pulled from the team (storage/sync keeps the computer it was made on)
    shows who and where; one made here shows only who."""
    with store.transaction():
        store.conn.execute(
            "INSERT INTO change_log (at, actor, entity, entity_id, customer_id, field, old_value, "
            "new_value, machine) VALUES (unixepoch('2026-12-01T09:00:00'), '陈经理', 'customer', ?, ?, "
            "'phone', NULL, '0710-3600003', 'LAPTOP-CHEN')", (mingjia, mingjia))
    w = open_dossier(mingjia)
    w.show_tab("history")
    who = {r[2]: r[1] for r in rows(w.history_tab.model)}
    assert who["电话"] == "陈经理 · LAPTOP-CHEN" and who["Customer"] == "测试员"


# --- contacts ------------------------------------------------------------------------------------


def test_add_a_contact_through_the_dialog(
    qtbot, type_into, ctx, store, contacts, mingjia, open_dossier
) -> None:
    w = open_dossier(mingjia)
    w.show_tab("contacts")
    tab = w.contacts_tab
    assert [r[0] for r in rows(tab.model)] == ["李娟"]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactDialog)
        type_into(dialog.form.editor("name"), "王强")
        choose(dialog.form.editor("role"), "采购")
        type_into(dialog.form.editor("mobile"), "138 0000 1111")
        type_into(dialog.form.editor("hobbies"), "钓鱼")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(ctx.signals.sig_customers_changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    shown = rows(tab.model)
    assert ("王强", "采购", "13800001111") == shown[1][:3]
    assert w.tabs.tabText(w.TABS.index("contacts")) == "Contacts (2)"
    stored = [c for c in contacts.of_customer(mingjia) if c["name"] == "王强"][0]
    assert stored["hobbies"] == "钓鱼" and stored["role"] == "buyer"


def test_contact_dialog_keeps_bad_input_and_escape_cancels(
    qtbot, type_into, contacts, mingjia, ctx
) -> None:
    dialog = ContactDialog(ctx, mingjia)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.form.editor("name"), "王强")
    type_into(dialog.form.editor("email"), "not-an-address")
    type_into(dialog.form.editor("age"), "200")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text("email") == "Not an email address."
    assert dialog.form.error_text("age") == "Must be at most 130."
    assert dialog.form.editor("name").text() == "王强"
    qtbot.keyClick(dialog.form.editor("name"), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert [c["name"] for c in contacts.of_customer(mingjia)] == ["李娟"]


def test_contacts_have_custom_fields_added_from_their_dialog(
    qtbot, type_into, ctx, store, contacts, mingjia, monkeypatch
) -> None:
    lijuan = contacts.of_customer(mingjia)[0]["id"]
    dialog = ContactDialog(ctx, mingjia, lijuan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.manage_fields_button.isEnabled()   # no contact fields yet
    type_into(dialog.form.editor("wechat"), "lijuan88")    # typed before the field is added

    def define(self) -> int:                              # Add field… as a user fills it
        self.fill("身份证号", "text")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FieldDefinitionDialog, "exec", define)
    dialog.add_field_button.click()
    service = CustomFieldService(store)
    (field,) = service.fields("contact")
    assert field.label == "身份证号"
    editor = dialog.form.editor(field.name)
    assert dialog.form.editor("wechat").text() == "lijuan88"  # what was typed is kept
    type_into(editor, "420381199001011234")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.values(lijuan, "contact") == {field.key: "420381199001011234"}
    assert contacts.row(lijuan)["wechat"] == "lijuan88"
    assert service.fields("customer") == []                # a contact's field, not a customer's

    again = ContactDialog(ctx, mingjia, lijuan)             # shown when the contact is opened
    qtbot.addWidget(again)
    assert again.form.editor(field.name).text() == "420381199001011234"
    assert again.manage_fields_button.isEnabled()
    changes = [tuple(r)[2:] for r in store.conn.execute(
        "SELECT entity, entity_id, field, new_value FROM change_log WHERE field LIKE 'custom:%'")]
    assert changes == [(field.name, "420381199001011234")]


def test_delete_a_contact_after_confirmation(qtbot, contacts, mingjia, open_dossier) -> None:
    w = open_dossier(mingjia)
    tab = w.contacts_tab
    tab.table.selectRow(0)
    answer_next_box(QMessageBox.StandardButton.Cancel)
    tab.delete_selected()
    assert [c["name"] for c in contacts.of_customer(mingjia)] == ["李娟"]
    answer_next_box("Move to trash")
    tab.delete_selected()
    assert contacts.of_customer(mingjia) == [] and rows(tab.model) == []
    assert rows(w.history_tab.model)[0][2:] == ("联系人 李娟", "Moved to the trash")

    tab.trash_button.click()                     # what "It can be restored" promised
    assert [r[0] for r in rows(tab.model)] == ["李娟"] and tab.restore_button.isVisibleTo(tab)
    assert not tab.add_button.isVisibleTo(tab) and not tab.delete_button.isVisibleTo(tab)
    tab.table.selectRow(0)
    tab.restore_button.click()
    assert [c["name"] for c in contacts.of_customer(mingjia)] == ["李娟"] and rows(tab.model) == []
    tab.trash_button.click()
    assert [r[0] for r in rows(tab.model)] == ["李娟"]
    assert rows(w.history_tab.model)[0][2:] == ("联系人 李娟", "Restored from the trash")


# --- unsaved changes -------------------------------------------------------------------------


def test_unsaved_changes_guard(qtbot, type_into, store, mingjia, open_dossier) -> None:
    w = open_dossier(mingjia)
    titles = []
    w.sig_title_changed.connect(titles.append)
    assert not w.has_unsaved_changes() and w.maybe_close() is True
    notes = w.editor("notes")
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_into(notes, "，周末休息")
    assert w.has_unsaved_changes() and titles[-1] == "明佳烟酒 *"

    answer_next_box(QMessageBox.StandardButton.Cancel)
    assert w.maybe_close() is False
    assert w.has_unsaved_changes()
    answer_next_box(QMessageBox.StandardButton.Discard)
    assert w.maybe_close() is True
    assert store.get("customers", mingjia)["notes"] == "店主人缘好"
    answer_next_box(QMessageBox.StandardButton.Save)
    assert w.maybe_close() is True
    assert store.get("customers", mingjia)["notes"] == "店主人缘好，周末休息"
    assert titles[-1] == "明佳烟酒"


def test_a_failed_save_keeps_the_page_open(qtbot, type_into, store, mingjia, open_dossier) -> None:
    w = open_dossier(mingjia)
    replace_text(qtbot, type_into, w.editor("phone"), "12")
    answer_next_box(QMessageBox.StandardButton.Save)
    assert w.maybe_close() is False
    assert w.form_of("phone").error_text("phone") != ""
    assert store.get("customers", mingjia)["phone"] == "0710-3212345"


# --- duplicates ------------------------------------------------------------------------------


def test_duplicate_warning_while_typing_a_new_customer(
    qtbot, type_into, ctx, mingjia, open_dossier
) -> None:
    w = open_dossier(None)
    assert not w.duplicates.isVisible()
    type_into(w.editor("name"), "明佳烟酒")
    qtbot.waitUntil(lambda: w.duplicates.isVisible(), timeout=3000)
    assert w.duplicates.names() == ["明佳烟酒"]
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as opened:
        qtbot.mouseClick(w.duplicates.buttons[0], Qt.MouseButton.LeftButton)
    assert opened.args == [mingjia]

    other = open_dossier(None)
    type_into(other.editor("phone"), "139-1234-8866")  # 李娟's mobile
    qtbot.waitUntil(lambda: other.duplicates.names() == ["明佳烟酒"], timeout=3000)
    assert [c.reason for c in other.duplicates.candidates] == ["contact_phone"]
    # an existing customer's page never warns about itself
    existing = open_dossier(mingjia)
    type_into(existing.editor("name"), " ")
    qtbot.wait(400)
    assert not existing.duplicates.isVisible()


# --- custom fields ---------------------------------------------------------------------------


def test_custom_field_defined_set_and_shown_after_reopening(
    qtbot, type_into, ctx, store, mingjia, open_dossier
) -> None:
    w = open_dossier(mingjia)
    w.show_tab("custom")
    tab = w.custom_tab
    assert tab.hint.isVisible()

    def define() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FieldDefinitionDialog)
        dialog.fill("年销量", "number")
        dialog.accept()

    QTimer.singleShot(0, define)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert not tab.hint.isVisible()
    volume = w.editor("custom:nian_xiao_liang")
    assert tab.form.label("custom:nian_xiao_liang").text() == "年销量"

    type_into(volume, "很多")
    assert w.has_unsaved_changes()
    assert w.save() is False
    assert tab.form.error_text("custom:nian_xiao_liang") == "Not a number."
    assert CustomFieldService(store).values(mingjia) == {}

    replace_text(qtbot, type_into, volume, "1,200")
    assert w.save() is True
    assert CustomFieldService(store).values(mingjia) == {"nian_xiao_liang": "1200"}
    w.close()

    again = open_dossier(mingjia)
    assert again.editor("custom:nian_xiao_liang").text() == "1200"
    history = rows(again.history_tab.model)
    assert history[0][2:] == ("年销量", "— → 1200")


def test_field_definition_errors_and_manage_dialog(qtbot, ctx, store, mingjia) -> None:
    dialog = FieldDefinitionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.fill("档次", "choice", [])
    dialog.accept()
    assert dialog.form.error_text("choices") != "" and dialog.defined is None
    dialog.fill("档次", "choice", ["高", "低"])
    dialog.accept()
    assert dialog.defined is not None and dialog.defined.choices == ("高", "低")

    service = CustomFieldService(store)
    service.set_values(mingjia, {dialog.defined.key: "高"})
    manage = ManageFieldsDialog(ctx)
    qtbot.addWidget(manage)
    assert rows(manage.model) == [("档次", "dang_ci", "选项", "高, 低", "1")]
    manage.select(dialog.defined.id)
    answer_next_box("Delete field")
    with qtbot.waitSignal(manage.sig_fields_changed):
        manage.delete_selected()
    assert rows(manage.model) == [] and service.fields() == []


# --- read-only tabs --------------------------------------------------------------------------


@pytest.fixture
def demo(store):
    build_demo(store, 40, seed=3)
    return store


def test_purchases_totals_equal_the_database(qtbot, demo, open_dossier) -> None:
    counts = Counter(t["customer_id"] for t in demo.find("transactions"))
    cid, count = counts.most_common(1)[0]
    mine = demo.find("transactions", customer_id=cid)
    w = open_dossier(cid)
    w.show_tab("purchases")
    tab = w.purchases_tab
    assert tab.model.rowCount() == count == int(tab.count_label.text())
    assert tab.amount_label.text() == money(sum(t['amount'] for t in mine))
    assert tab.profit_label.text() == money(sum(t['gross_profit'] or 0 for t in mine))
    assert tab.amount_label.text().startswith("¥") and "," in tab.amount_label.text()
    dates = [r[0] for r in rows(tab.model)]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert w.tabs.tabText(w.TABS.index("purchases")) == f"Purchases ({count})"


def test_plans_tab_lists_versions_with_their_sizes(qtbot, demo, open_dossier) -> None:
    plan = demo.find("plans", order_by="version DESC")[0]
    w = open_dossier(plan["customer_id"])
    shown = rows(w.plans_tab.model)
    top = shown[0]
    assert top[0] == f"v{plan['version']}" and top[2] == plan["plan_date"]
    assert top[1] == {"draft": "Draft", "active": "Active", "archived": "Archived"}[plan["status"]]
    assert top[4] == str(demo.count("plan_points", plan_id=plan["id"]))
    assert top[5] == str(demo.count("plan_actions", plan_id=plan["id"]))


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, demo, ctx, open_dossier) -> None:
    plan = demo.find("plans")[0]
    CustomFieldService(demo).define("开户银行")
    w = open_dossier(plan["customer_id"])
    manage = ManageFieldsDialog(ctx)
    qtbot.addWidget(manage)
    models = [w.contacts_tab.model, w.plans_tab.model, w.purchases_tab.model,
              w.history_tab.model, manage.model]
    assert all(m.rowCount() > 0 for m in models)
    for model in models:
        qtmodeltester.check(model)


def test_visits_tab_embeds_the_customer_visits(qtbot, mingjia, open_dossier) -> None:
    from desktop_crm.ui.visits.customer_visits import CustomerVisitsWidget

    w = open_dossier(mingjia)
    assert w.findChild(CustomerVisitsWidget) is None  # built when first shown
    w.show_tab("visits")
    assert isinstance(w.findChild(CustomerVisitsWidget), CustomerVisitsWidget)
    assert not open_dossier(None).tabs.isTabEnabled(w.TABS.index("visits"))


def test_tab_order_follows_the_form(qtbot, open_dossier) -> None:
    w = open_dossier(None)
    w.activateWindow()
    w.editor("name").setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.editor("name"))
    qtbot.keyClick(w.editor("name"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.editor("kind")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.editor("business_format")


def test_dates_can_be_picked_from_the_calendar_or_left_empty(
    qtbot, store, mingjia, open_dossier
) -> None:
    w = open_dossier(mingjia)
    founded = w.editor("founded_on")
    assert founded.text() == ""  # an empty date stays empty, not 2000-01-01
    founded.line.setFocus()
    qtbot.keyClick(founded.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(founded.menu.isVisible)
    founded.calendar.setSelectedDate(QDate(2018, 6, 1))
    qtbot.keyClick(founded.calendar.focusWidget() or founded.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: founded.text() == "2018-06-01")
    assert w.save()
    assert store.get("customers", mingjia)["founded_on"] == "2018-06-01"


def test_a_new_customer_is_the_users_own_and_a_read_only_file_says_so(
    qtbot, type_into, ctx, store, customers, open_dossier, db_path
) -> None:
    from desktop_crm.domain.staff import set_current_user
    from desktop_crm.storage.db import open_database

    me = set_current_user(store, "测试员")  # the context's actor
    w = open_dossier(None)
    assert w.editor("owner").currentText() == "测试员"
    type_into(w.editor("name"), "鑫源超市")
    with qtbot.waitSignal(w.sig_saved) as saved:
        qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert customers.get(saved.args[0])["owner_id"] == me

    ctx.store = open_database(db_path, read_only=True)
    try:
        again = open_dossier(saved.args[0])
        again.editor("name").clear()
        type_into(again.editor("name"), "鑫源大超市")
        assert again.save() is False
        assert "read-only" in again.message.text() and "copy it to a folder" in again.message.text()
    finally:
        ctx.store.close()
        ctx.store = store
    assert customers.get(saved.args[0])["name"] == "鑫源超市"


def test_assets_read_with_thousands_and_their_unit(qtbot, customers, mingjia, open_dossier) -> None:
    customers.update(mingjia, {"assets": 978800})
    w = open_dossier(mingjia)
    assert w.editor("assets").text() == "978,800"
    assert w.profile_form.label("assets").text() == "资产（元）"  # the fixture's ctx speaks zh


def test_visits_tab_counts_the_visits_like_its_neighbours(qtbot, visits, mingjia, open_dossier) -> None:
    from desktop_crm.ui.context import AppContext

    w = open_dossier(mingjia)
    tab = w.TABS.index("visits")
    assert w.tabs.tabText(tab) == "Visits (0)"
    first = visits.log_visit(mingjia, {"channel": "visit", "purpose": "送货"})
    visits.log_visit(mingjia, {"channel": "phone", "purpose": "电话回访"})
    ctx: AppContext = w.ctx
    ctx.signals.sig_visits_changed.emit(mingjia)
    assert w.tabs.tabText(tab) == "Visits (2)"
    visits.delete(first)
    ctx.signals.sig_visits_changed.emit(mingjia)
    assert w.tabs.tabText(tab) == "Visits (1)"
