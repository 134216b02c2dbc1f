"""File ▸ Team audit log…: an administrator reads what every laptop exported or printed,
narrows it and exports it; a rep is not offered it."""

from __future__ import annotations

import csv

import pytest

from desktop_crm.storage import audit
from tests.ui.language import chinese_interface


def test_an_administrator_reads_narrows_and_exports_the_teams_audit_log(
        app_laptop, service_laptop, qtbot, tmp_path) -> None:
    boss, wang = app_laptop("boss"), service_laptop("wang", "wang")
    assert boss.team.audit_action.isVisible()
    audit.record(wang.store, "王敏", "export", "12 customers to 客户.xlsx")
    audit.record(wang.store, "王敏", "print_plan", "plan of 明佳烟酒")
    wang.sync()

    dialog = boss.team.open_audit()
    qtbot.addWidget(dialog)
    shown = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 4).text(),
              dialog.table.item(r, 5).text()) for r in range(dialog.table.rowCount())}
    assert {("wang", "Export", "12 customers to 客户.xlsx"),
            ("wang", "Plan printed", "plan of 明佳烟酒")} <= shown
    dialog.action.setCurrentIndex(dialog.action.findData("print_plan"))
    assert dialog.action.currentText() == "Plan printed"
    assert [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())] == [
        "plan of 明佳烟酒"]
    dialog.action.setCurrentIndex(0)
    dialog.words.setText("客户.xlsx")
    assert dialog.table.rowCount() == 1 and dialog.result.text() == "1 row shown."

    written = dialog.export(tmp_path / "audit.csv")
    with open(written, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["When", "Login", "Computer", "Person", "Action", "What"]
    assert [r[1:2] + r[3:] for r in rows[1:]] == [["wang", "王敏", "Export",
                                                   "12 customers to 客户.xlsx"]]
    assert dialog.export(tmp_path / "no such folder" / "audit.csv") is None
    assert dialog.result.text().startswith("Could not write ")
    dialog.close()


def test_a_rep_is_not_offered_the_teams_audit_log(app_laptop) -> None:
    wang = app_laptop("wang")
    assert not wang.team.audit_action.isVisible()


def test_every_action_of_the_log_has_a_name_in_both_languages(qapp) -> None:
    from desktop_crm.ui.team.audit_dialog import ACTION_NAMES, action_name

    assert set(ACTION_NAMES) == audit.ACTIONS
    with chinese_interface():
        chinese = {action: action_name(action) for action in audit.ACTIONS}
    assert chinese["export"] == "导出" and chinese["print_plan"] == "打印客户计划"
    assert all(name != ACTION_NAMES[a] for a, name in chinese.items())  # none left in English
    assert action_name("a_newer_apps_action") == "a_newer_apps_action"


def test_the_log_takes_only_the_actions_it_knows(tmp_path) -> None:
    from desktop_crm.storage.db import open_database

    store = open_database(tmp_path / "crm.sqlite3")
    try:
        with pytest.raises(ValueError):
            audit.record(store, "王敏", "print", "a name no screen knows")
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    finally:
        store.close()
