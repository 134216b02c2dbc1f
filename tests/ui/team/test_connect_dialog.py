"""File ▸ Team server…: one sentence for each way connecting can fail, a connection that
works, the first sync in front of the user (cancelled, then started again), and disconnecting
with changes not yet sent."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_crm.sync import connection
from desktop_crm.ui.main_window import MainWindow
from tests.keyrings import memory_keyring  # noqa: F401 - a fixture
from tests.pg import _free_port
from tests.teams import PASSWORD
from desktop_crm.sync.server import SCHEMA_VERSION as N  # the app's server schema


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.team.shutdown()


def address(team, port: int | None = None) -> str:
    return f"postgresql://127.0.0.1:{port or team.cluster.port}/{team.dbname}"


def fill(qtbot, dialog, url: str, login: str, password: str) -> None:
    qtbot.keyClicks(dialog.address, url)
    qtbot.keyClicks(dialog.login, login)
    dialog.password.setText(password)  # the test password has Chinese in it


def result_of_test(qtbot, window, url: str, login: str, password: str) -> str:
    dialog = window.team.open_dialog()
    fill(qtbot, dialog, url, login, password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return dialog.result.text()


def test_each_failure_is_one_sentence(qtbot, window, team) -> None:
    assert result_of_test(qtbot, window, address(team), "wang", "not the password") == (
        "The server refused the login or password; check them with your administrator.")
    assert result_of_test(qtbot, window, address(team, _free_port()), "wang", PASSWORD) == (
        "Could not reach the team server; check the address and your network, then try again.")
    assert result_of_test(qtbot, window, address(team) + "?sslmode=require", "wang",
                          PASSWORD) == (  # the suite's cluster offers no TLS
        "The address asks for an encrypted connection (TLS), which the team server does not "
        "offer: ask your administrator.")
    with psycopg.connect(team.owner_url, autocommit=True) as conn:
        conn.execute("UPDATE crm.schema_version SET version = 99")
    assert result_of_test(qtbot, window, address(team), "wang", PASSWORD) == (
        "The team server was set up by a newer desktop-crm (schema version 99; this app knows "
        f"{N}): install the newer desktop-crm your team uses.")
    assert connection.link(window.ctx.store) is None  # a test never connects the file


def test_a_working_connection_is_said_and_connect_syncs_first(
        qtbot, window, team, memory_keyring) -> None:  # noqa: F811
    conflicts = window.tabs.indexOf(window.area_tab("conflicts"))
    assert not window.tabs.isTabVisible(conflicts)  # a file that works alone: no such page
    assert not window.team.sync_action.isEnabled()
    assert result_of_test(qtbot, window, address(team), "wang", PASSWORD) == (
        "The connection works: you sign in as account manager.")

    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team), "wang", PASSWORD)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.team.sync.running, timeout=30_000)
    assert connection.link(window.ctx.store).login == "wang"
    assert window.tabs.isTabVisible(conflicts) and window.team.sync_action.isEnabled()
    assert window.team.status_label.text() == "Synced just now"
    assert memory_keyring.kept[("desktop-crm team server",
                                f"wang@127.0.0.1:{team.cluster.port}/{team.dbname}")] == PASSWORD
    staff = {r["name"] for r in window.ctx.store.find("staff")}
    assert {"王敏", "陈经理"} <= staff  # the team's people arrived with the first sync


def test_the_first_sync_can_be_cancelled_and_started_again(qtbot, window, team, app_laptop,
                                                           service_laptop) -> None:
    office = service_laptop("wang", "office")
    office.sync()
    office.customers.create({"name": "明佳烟酒", "owner": office.staff_id("王敏")})
    office.sync()
    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team), "wang", PASSWORD)
    sync = window.team.sync
    dialog.connect_file()
    assert sync.running and sync._dialog is not None
    qtbot.mouseClick(sync._dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)
    assert window.team.status_label.text() == (  # a rep's new file has nothing to send
        "The first sync was cancelled; nothing was received. Sync (F9) starts it again.")
    assert window.ctx.store.count("customers") == 0
    assert connection.link(window.ctx.store).checkpoint is None

    sync.sync_in_background()  # the timers never run a first sync behind the user's back
    assert not sync.running
    window.team.sync_action.trigger()  # F9
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)
    assert [r["name"] for r in window.ctx.store.find("customers")] == ["明佳烟酒"]
    assert window.team.status_label.text() == "Synced just now"


def test_a_first_sync_cancelled_halfway_goes_on_with_f9(qtbot, window, team, service_laptop,
                                                        monkeypatch) -> None:
    import time

    from desktop_crm.storage import sync_rows
    from desktop_crm.sync import engine

    office = service_laptop("wang", "office")
    office.sync()
    for n in range(10):
        cid = office.customers.create({"name": f"明佳{n}号店", "owner": office.staff_id("王敏")})
        office.visits.log_visit(cid, {"occurred_at": "2026-12-01 10:00", "channel": "visit"}, [])
    office.sync()
    monkeypatch.setattr(engine, "COMMIT_EVERY", 5)
    monkeypatch.setattr(engine, "PROGRESS_EVERY", 1)
    receive_one = engine._receive_one

    def slowly(*args):  # the records of a big team take time: the user has time to cancel
        time.sleep(0.02)
        receive_one(*args)

    monkeypatch.setattr(engine, "_receive_one", slowly)
    sync = window.team.sync
    labels: list[str] = []
    sync._bridge.sig_progress.connect(
        lambda phase, _n: phase == "pull" and sync._dialog is not None
        and labels.append(sync._dialog.labelText()))
    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team), "wang", PASSWORD)
    dialog.connect_file()
    qtbot.waitUntil(lambda: any(": 12 of " in text for text in labels), timeout=30_000)
    total = sync._dialog.maximum()
    assert labels[0] == f"Receiving the team's records: 1 of {total}" and total > 20
    qtbot.mouseClick(sync._dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)
    marker = sync_rows.first_pull(window.ctx.store.conn)
    assert 10 <= marker["done"] < total and marker["total"] == total
    percent = marker["done"] * 100 // total
    assert window.team.status_label.text() == (
        f"First sync {percent} % done — press Sync (F9) to go on.")
    assert 0 < window.ctx.store.count("customers") <= 10
    assert connection.link(window.ctx.store).checkpoint is None
    sync.sync_in_background()  # still a first sync: never behind the user's back
    assert not sync.running

    labels.clear()
    window.team.sync_action.trigger()  # F9 goes on from where it stopped
    qtbot.waitUntil(lambda: not sync.running, timeout=60_000)
    assert labels[0] == f"Receiving the team's records: {marker['done'] + 1} of {total}"
    assert f"Receiving the team's records: {total} of {total}" in labels
    assert sorted(r["name"] for r in window.ctx.store.find("customers")) == [
        f"明佳{n}号店" for n in range(10)]
    assert window.ctx.store.count("interactions") == 10
    assert window.team.status_label.text() == "Synced just now"
    assert sync_rows.first_pull(window.ctx.store.conn) is None


def test_disconnect_asks_when_changes_are_not_sent(qtbot, window, team, monkeypatch) -> None:
    from desktop_crm.domain.customers import CustomerService

    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team), "wang", PASSWORD)
    dialog.connect_file()
    qtbot.waitUntil(lambda: not window.team.sync.running, timeout=30_000)
    CustomerService(window.ctx.store, "王敏").create({"name": "新店"})
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = window.team.open_dialog()
    assert not dialog.address.isEnabled() and dialog.disconnect_button.isEnabled()
    assert not dialog.disconnect_file()
    assert asked == ["1 change has not been sent to the team; it will stay on this laptop only. "
                     "Disconnect anyway?"]
    assert connection.link(window.ctx.store) is not None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    assert dialog.disconnect_file()
    assert connection.link(window.ctx.store) is None
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.area_tab("conflicts")))
    assert window.team.status_label.text() == ""
    assert window.ctx.store.count("customers") == 1  # the file keeps what it holds
