"""File ▸ Team audit log…: an administrator reads what every laptop exported or printed,
narrows it and exports it; a rep is not offered it."""

from __future__ import annotations

import csv

from desktop_crm.storage import audit


def test_an_administrator_reads_narrows_and_exports_the_teams_audit_log(
        app_laptop, service_laptop, qtbot, tmp_path) -> None:
    boss, wang = app_laptop("boss"), service_laptop("wang", "wang")
    assert boss.team.audit_action.isVisible()
    audit.record(wang.store, "王敏", "export", "12 customers to 客户.xlsx")
    audit.record(wang.store, "王敏", "print", "plan of 明佳烟酒")
    wang.sync()

    dialog = boss.team.open_audit()
    qtbot.addWidget(dialog)
    shown = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 4).text(),
              dialog.table.item(r, 5).text()) for r in range(dialog.table.rowCount())}
    assert {("wang", "export", "12 customers to 客户.xlsx"),
            ("wang", "print", "plan of 明佳烟酒")} <= shown
    dialog.action.setCurrentIndex(dialog.action.findData("print"))
    assert [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())] == [
        "plan of 明佳烟酒"]
    dialog.action.setCurrentIndex(0)
    dialog.words.setText("客户.xlsx")
    assert dialog.table.rowCount() == 1 and dialog.result.text() == "1 row shown."

    written = dialog.export(tmp_path / "audit.csv")
    with open(written, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["When", "Login", "Computer", "Person", "Action", "What"]
    assert [r[1:2] + r[3:] for r in rows[1:]] == [["wang", "王敏", "export",
                                                   "12 customers to 客户.xlsx"]]
    assert dialog.export(tmp_path / "no such folder" / "audit.csv") is None
    assert dialog.result.text().startswith("Could not write ")
    dialog.close()


def test_a_rep_is_not_offered_the_teams_audit_log(app_laptop) -> None:
    wang = app_laptop("wang")
    assert not wang.team.audit_action.isVisible()
