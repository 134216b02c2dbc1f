"""File ▸ Users and roles…: an administrator adds a login, gives a new password, deactivates
someone who left (their customers go to another login) and lets them back, against the
suite's real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_crm.ui.team.users_dialog import NewLoginDialog
from tests.pg import SUPERUSER, SUPERUSER_PASSWORD
from tests.teams import PASSWORD


def test_only_an_administrator_is_offered_users_and_roles(app_laptop) -> None:
    boss, wang = app_laptop("boss"), app_laptop("wang")
    assert boss.team.users_action.isVisible()
    assert not wang.team.users_action.isVisible()
    assert "Users and roles…" in [a.text().replace("&", "") for a in
                                 boss.window.menuBar().actions()[0].menu().actions()]


def _fill(values: dict[str, str]):
    def exec_(form: NewLoginDialog) -> int:  # the administrator types, then presses OK
        form.login.setText(values["login"])
        form.staff.setText(values["staff"])
        form.role.setCurrentIndex(form.role.findData(values["role"]))
        form.team.setText(values["team"])
        form.password.setText(values["password"])
        form.again.setText(values["password"])
        form.check()
        return form.result()
    return exec_


def test_an_administrator_manages_the_teams_logins(app_laptop, service_laptop, team, qtbot,
                                                   monkeypatch) -> None:
    boss = app_laptop("boss")
    wang = service_laptop("wang", "wang")
    wang.sync()
    wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    wang.sync()
    dialog = boss.team.open_users()
    qtbot.addWidget(dialog)

    # the laptop's own login reads the logins, but may not change them
    dialog.password.setText(PASSWORD)
    assert dialog.reload()
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 5).text()
             for r in range(dialog.table.rowCount())}
    assert set(shown) == {"boss", "chen", "wang", "li", "zhao"}
    assert shown["li"] == "never" and shown["wang"] != "never"  # wang has synced
    monkeypatch.setattr(NewLoginDialog, "exec", _fill({
        "login": "zhou", "staff": "周平", "role": "rep", "team": "north",
        "password": "a long first password"}))
    assert not dialog.add_login()
    assert dialog.result.text().startswith("This login may not change other logins")

    # the login that set the team up may
    dialog.admin.setText(SUPERUSER)
    dialog.password.setText(SUPERUSER_PASSWORD)
    assert dialog.add_login()
    assert dialog.result.text().startswith("zhou can now sign in as 周平")
    with psycopg.connect(team.cluster.url("zhou", "a long first password", team.dbname)) as conn:
        assert conn.execute("SELECT crm.my_role()").fetchone()[0] == "rep"

    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.table.selectRow(rows.index("wang"))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("wang's new secret", True))
    assert dialog.new_password()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(team.url("wang")).close()

    asked = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a: (asked.append(items) or
                                                                 "李强 (li)", True))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.deactivate()
    assert "王敏 (wang)" not in asked[0] and "李强 (li)" in asked[0]
    assert dialog.result.text() == "王敏 can no longer sign in; 1 customer now belongs to 李强."
    active = {dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text()
              for r in range(dialog.table.rowCount())}
    assert active["wang"] == "no" and active["li"] == "yes"
    with psycopg.connect(team.owner_url) as conn:
        owner = conn.execute("SELECT l.login FROM crm.records r JOIN crm.logins l "
                             "ON l.staff = r.owner WHERE r.data ->> 'name' = '明佳烟酒'").fetchone()
    assert owner == ("li",)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.table.selectRow(rows.index("wang"))
    assert not dialog.deactivate_button.isEnabled() and dialog.activate_button.isEnabled()
    assert dialog.activate()
    assert dialog.result.text() == "wang can sign in again."
    dialog.close()
