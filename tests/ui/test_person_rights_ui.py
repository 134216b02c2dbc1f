"""The member card's "Personal data" button: export into a folder, and an erase confirmed by
typing the card number, run on the worker, saying which backups still hold the data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop_crm.domain.members import MemberService
from desktop_crm.storage import autobackup


def _member(store, customers, contacts) -> int:
    cid = customers.create({"name": "欧阳灵珊", "kind": "individual", "phone": "13977001122",
                            "address": "翠柳街八十八号"})
    contacts.create(cid, {"name": "欧阳灵珊", "role": "self", "mobile": "13977001122"})
    member = MemberService(store).enrol(cid, "CARD77001", household_notes="双胞胎待产")
    MemberService(store).purchase(member, 300)
    return member


def test_erase_asks_for_the_card_number_then_erases(qtbot, ctx, store, customers, contacts,
                                                    monkeypatch, type_into):
    from desktop_crm.ui.members.card import MemberCard
    from desktop_crm.ui.members.person_rights import EraseDialog

    member = _member(store, customers, contacts)
    backup = autobackup.take(store, "manual")
    card = MemberCard(ctx)
    qtbot.addWidget(card)
    card.show_member(member)
    assert card.person_button.isEnabled()

    dialog = EraseDialog("欧阳灵珊", "CARD77001")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    type_into(dialog.typed, "CARD7700")
    assert not dialog.erase_button.isEnabled()  # not yet the card number
    type_into(dialog.typed, "1")
    assert dialog.erase_button.isEnabled()

    said: list[str] = []
    monkeypatch.setattr(EraseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    card.person_button.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "erased" in said[0] and backup.name in said[0]
    assert store.get("customers", MemberService(store).get(member).customer_id)["name"] == "[erased]"
    assert "翠柳街八十八号".encode() not in store.path.read_bytes()


def test_export_writes_pdf_and_json(qtbot, ctx, store, customers, contacts, monkeypatch, tmp_path):
    from desktop_crm.ui.members.card import MemberCard

    member = _member(store, customers, contacts)
    card = MemberCard(ctx)
    qtbot.addWidget(card)
    card.show_member(member)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "copy"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    card.person_button.export_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert sorted(p.suffix for p in (tmp_path / "copy").iterdir()) == [".json", ".pdf"]


def test_the_dossier_of_an_individual_offers_it_an_organisation_not(qtbot, ctx, store, customers):
    from desktop_crm.ui.dossier.widget import DossierWidget

    person = customers.create({"name": "欧阳灵珊", "kind": "individual", "code": "PR1"})
    shop = customers.create({"name": "明佳烟酒", "code": "ORG1"})
    for cid, offered in ((person, True), (shop, False)):
        widget = DossierWidget(ctx, cid)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.person_button.isVisible() == offered
    assert widget.person_button.key == "ORG1" and not widget.person_button.isVisible()
