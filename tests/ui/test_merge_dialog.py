"""The Data quality page and the merge dialog: scan, review, merge field by field, undo."""

from __future__ import annotations

import pytest

from desktop_crm.ui.duplicates.merge_dialog import MergeDialog
from desktop_crm.ui.duplicates.page import DataQualityPage


@pytest.fixture
def twins(store, customers, contacts, mingjia) -> tuple[int, int]:
    other = customers.create({"code": "C000009", "name": "明佳烟酒店", "area": "文博路商圈",
                              "phone": "13912348866", "tier": "key"})
    contacts.create(other, {"name": "王芳"})
    customers.create({"name": "无关的店", "area": "北街商圈"})
    return mingjia, other


def test_merge_dialog_field_by_field(qtbot, ctx, store, twins) -> None:
    keep, other = twins
    dialog = MergeDialog(ctx, keep, other)
    qtbot.addWidget(dialog)
    fields = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert fields == ["客户名称", "电话", "客户等级"]
    assert "明佳烟酒 (420381104741) stays" in dialog.heading.text()
    assert "contacts 1" in dialog.attached.text()
    phone_theirs = dialog.table.cellWidget(1, 2)
    assert phone_theirs.text() == "13912348866"
    phone_theirs.click()                                   # take the other dossier's phone
    assert dialog.table.cellWidget(2, 2).isChecked()       # their tier: ours is empty
    with qtbot.waitSignal(dialog.sig_merged):
        dialog.merge_button.click()
    row = store.get("customers", keep)
    assert (row["name"], row["phone"], row["tier"]) == ("明佳烟酒", "13912348866", "key")
    assert store.count("contacts", customer_id=keep) == 2
    assert store.get("customers", other)["deleted_at"] is not None


def test_merge_dialog_names_only_what_the_user_keeps(qtbot, ctx, store, twins) -> None:
    """Scores move with a merge too, but they are the scoring's: the dialog says what moves
    in the user's words, never a table's name."""
    from desktop_crm.domain.scoring.service import ScoringService

    keep, other = twins
    ScoringService(store).run()
    assert store.count("score_customers", customer_id=other) == 1
    dialog = MergeDialog(ctx, keep, other)
    qtbot.addWidget(dialog)
    # the other's area (文博路商圈) is its main address since m019_addresses
    assert dialog.attached.text() == "Moved to the kept dossier: contacts 1, addresses 1."


def test_merge_dialog_swap_keeps_the_other(qtbot, ctx, store, twins) -> None:
    keep, other = twins
    dialog = MergeDialog(ctx, keep, other)
    qtbot.addWidget(dialog)
    dialog.swap_button.click()
    assert dialog.survivor == other and "C000009" in dialog.heading.text()


def test_data_quality_page_scan_merge_undo_dismiss(qtbot, qtmodeltester, ctx, store, twins) -> None:
    _, other = twins
    page = DataQualityPage(ctx)
    qtbot.addWidget(page)
    page.show()
    acting = [*page.pair_buttons, page.merge_action, page.undo_button]
    assert not any(w.isEnabled() for w in acting)  # nothing scanned, nothing merged yet
    page.scan_button.click()
    qtbot.waitUntil(lambda: page.pairs.rowCount() > 0, timeout=10000)
    assert all(b.isEnabled() for b in page.pair_buttons) and not page.undo_button.isEnabled()
    qtmodeltester.check(page.pairs)
    cells = [page.pairs.index(0, c).data() for c in range(5)]
    assert cells[0] == "明佳烟酒 (420381104741)" and cells[1] == "明佳烟酒店 (C000009)"
    assert "a contact's phone" in cells[3] or "similar name" in cells[3]
    assert "1 likely duplicate pair" in page.summary.text()

    dialog = page.merge_selected()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_merged, timeout=10000):
        dialog.do_merge()
    assert page.pairs.rowCount() == 0
    assert not any(b.isEnabled() for b in page.pair_buttons)  # the pair is gone
    qtmodeltester.check(page.merges)
    page.merge_view.selectRow(0)
    assert page.undo_button.isEnabled()
    assert page.merges.index(0, 3).data() == "merged"
    result = page.undo(page.merges.rows[0]["id"])
    assert result is not None and page.merges.index(0, 3).data() == "undone"
    page.merge_view.selectRow(0)
    assert not page.undo_button.isEnabled()  # undone already
    assert store.get("customers", other)["deleted_at"] is None
    assert store.count("contacts", customer_id=other) == 1

    page.scan_button.click()
    qtbot.waitUntil(lambda: page.pairs.rowCount() > 0, timeout=10000)
    page.dismiss_selected()
    assert page.pairs.rowCount() == 0
    page.scan_button.click()
    qtbot.waitUntil(lambda: page.scan_button.isEnabled(), timeout=10000)
    assert page.pairs.rowCount() == 0


def test_a_pair_whose_customer_was_purged_is_dropped(qtbot, ctx, store, twins, customers) -> None:
    _, other = twins
    page = DataQualityPage(ctx)
    qtbot.addWidget(page)
    page.scan_button.click()
    qtbot.waitUntil(lambda: page.pairs.rowCount() > 0, timeout=10000)
    customers.delete(other)
    customers.purge(other)
    assert page.merge_selected() is None
    assert page.pairs.rowCount() == 0 and "no longer on file" in page.summary.text()
