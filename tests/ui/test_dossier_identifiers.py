"""The dossier's identifiers: checked as they are typed, saved, masked for a rep's login (the
editor read-only, the printed file card too), and the birth date of a resident ID offered for
the birthday of the customer's own contact."""

from __future__ import annotations

from pypdf import PdfReader
from stdnum.cn import ric, uscc

from desktop_crm.reports.pdf.batch import print_card, print_options
from desktop_crm.storage.db import now

USCC = "91350100M000100Y4" + uscc.calc_check_digit("91350100M000100Y40")
RID = "11010519491231002" + ric.calc_check_digit("110105194912310020")
MASKED = "110105********002X"


def _dossier(qtbot, ctx, customer_id):
    from desktop_crm.ui.dossier import DossierWidget

    page = DossierWidget(ctx, customer_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_typed_identifiers_are_checked_live_and_saved(qtbot, ctx, store, customers, type_into) -> None:
    cid = customers.create({"name": "明佳烟酒"})
    page = _dossier(qtbot, ctx, cid)
    box = page.identifiers
    type_into(page.editor("uscc"), USCC[:-1] + "0")
    assert box.form.error_text("uscc") == (
        f"The check character of the credit code is wrong: it should be {USCC[-1]}.")
    page.editor("uscc").clear()
    type_into(page.editor("uscc"), USCC)
    assert box.form.error_text("uscc") == ""
    assert box.checked.text() == "统一社会信用代码 is valid."  # the labels in ctx.language
    type_into(page.editor("licence_no"), "35010210002")
    assert box.form.error_text("licence_no") == (
        "A tobacco retail licence number has 12 digits; this has 11.")
    type_into(page.editor("licence_no"), "3")
    assert page.save()
    row = store.get("customers", cid)
    assert (row["uscc"], row["licence_no"]) == (USCC, "350102100023")
    # another customer with the same code: refused on save, naming the one that has it
    other = customers.create({"name": "鑫源烟酒"})
    second = _dossier(qtbot, ctx, other)
    type_into(second.editor("uscc"), USCC)
    assert not second.save()
    assert second.identifiers.form.error_text("uscc") == "This is already the number of 明佳烟酒 (C000001)."


def test_birth_date_offered_for_the_own_contacts_birthday(qtbot, ctx, store, customers, contacts,
                                                          type_into) -> None:
    cid = customers.create({"name": "欧阳灵珊", "kind": "individual"})
    own = contacts.create(cid, {"name": "欧阳灵珊", "role": "self"})
    page = _dossier(qtbot, ctx, cid)
    box = page.identifiers
    assert box.use_birthday.isHidden()
    type_into(page.editor("resident_id"), RID.lower())
    assert "Born on 1949-12-31 (from the resident ID number)." in box.checked.text()
    assert not box.use_birthday.isHidden()
    box.use_birthday.click()
    assert store.get("contacts", own)["birthday"] == "1949-12-31"
    assert box.use_birthday.isHidden()


def test_masked_for_a_rep_on_screen_and_in_print(qtbot, ctx, store, customers, tmp_path) -> None:
    cid = customers.create({"name": "欧阳灵珊", "kind": "individual", "resident_id": RID})
    page = _dossier(qtbot, ctx, cid)
    assert page.editor("resident_id").text() == RID and not page.editor("resident_id").isReadOnly()
    store.conn.execute("INSERT INTO sync_state (id, url, login, role, connected_at) "
                       "VALUES (1, 'postgresql://server/crm', 'li', 'rep', ?)", (now(),))
    page = _dossier(qtbot, ctx, cid)
    editor = page.editor("resident_id")
    assert editor.text() == MASKED and editor.isReadOnly()
    assert not page.has_unsaved_changes()
    page.editor("name").setText("欧阳灵珊二")  # saving something else keeps the number
    assert page.save()
    assert store.get("customers", cid)["resident_id"] == RID
    target = tmp_path / "card.pdf"
    print_card(store, cid, target, print_options(store, "li", "zh"))
    text = "".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", "")
    assert MASKED in text and RID not in text
    store.conn.execute("UPDATE sync_state SET role = 'admin'")
    print_card(store, cid, target, print_options(store, "li", "zh"))
    text = "".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", "")
    assert RID in text


def test_a_file_alone_masks_them_once_its_user_says_so_in_the_settings(
        qtbot, ctx, store, customers, tmp_path) -> None:
    from PySide6.QtCore import QSettings, Qt

    from desktop_crm.ui.settings import AppSettings, SettingsDialog

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    cid = customers.create({"name": "欧阳灵珊", "kind": "individual", "resident_id": RID})
    assert _dossier(qtbot, ctx, cid).editor("resident_id").text() == RID
    dialog = SettingsDialog(settings, None, store, "李娟")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.resident_ids
    assert box.isVisible() and box.isEnabled() and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    dialog.accept()
    editor = _dossier(qtbot, ctx, cid).editor("resident_id")
    assert editor.text() == MASKED and editor.isReadOnly()
    assert tuple(store.conn.execute("SELECT actor, action, detail FROM audit_log ORDER BY id "
                                    "DESC LIMIT 1").fetchone()) == (
        "李娟", "privacy", "resident ID numbers masked")
    # connected, the team role decides: the box says so and cannot be changed
    store.conn.execute("INSERT INTO sync_state (id, url, login, role, connected_at) "
                       "VALUES (1, 'postgresql://server/crm', 'li', 'manager', ?)", (now(),))
    dialog = SettingsDialog(settings, None, store, "李娟")
    qtbot.addWidget(dialog)
    assert dialog.resident_ids.isChecked() and not dialog.resident_ids.isEnabled()
    assert "managers and administrators" in dialog.resident_ids.toolTip()
