"""Backups in the app: the day's first opening and closing after changes take one; File ▸
Backups… lists them and restores one after asking; File ▸ Back up… never overwrites silently."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_crm.domain import staff
from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage import autobackup
from desktop_crm.storage.backup import integrity_problem
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.ui.app import App
from desktop_crm.ui.backups_dialog import BackupsDialog
from desktop_crm.ui.settings import AppSettings


def names_in(path: Path) -> list[str]:
    # the app's SQLite, not the standard library's: two SQLite libraries in one process do not
    # see each other's locks, so the other one could reset the shared memory of the write-ahead
    # log that the app's background check has mapped (a bus error, once, in a local run)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY id")]
    finally:
        conn.close()


def reasons(db_path: Path) -> list[str]:
    return [b.reason for b in autobackup.listing(db_path)]


@pytest.fixture
def shop(tmp_path) -> Path:
    """A database with its user chosen and two customers: opening it asks nothing."""
    path = tmp_path / "shop.sqlite3"
    store = open_database(path)
    staff.set_current_user(store, "李娟")
    service = CustomerService(store, "李娟")
    for name in ("明佳烟酒", "鑫源超市"):
        service.create({"name": name})
    store.close()
    return path


@pytest.fixture
def app(qapp, tmp_path):
    controller = App(qapp, AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    yield controller
    controller.close_current()


def test_the_first_opening_of_a_day_backs_up_once(qtbot, app, shop) -> None:
    assert app.open(shop)
    qtbot.waitUntil(lambda: reasons(shop) == ["daily"], timeout=10000)
    qtbot.waitUntil(lambda: "automatic backup" in app.window.statusBar().currentMessage())
    assert integrity_problem(autobackup.listing(shop)[0].path) is None
    app.close_current()
    assert app.open(shop)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not app.tasks.busy())
    assert reasons(shop) == ["daily"]  # the same day: not again


def test_closing_after_changes_backs_up_and_without_changes_does_not(qtbot, app, shop) -> None:
    assert app.open(shop)
    qtbot.waitUntil(lambda: not app.tasks.busy(), timeout=10000)
    app.close_current()
    assert reasons(shop) == ["daily"]  # opened and closed: nothing written, no backup

    assert app.open(shop)
    CustomerService(app.store, "李娟").create({"name": "华联超市"})
    app.close_current()
    assert reasons(shop) == ["close", "daily"]
    closing = autobackup.listing(shop)[0]
    assert names_in(closing.path) == ["明佳烟酒", "鑫源超市", "华联超市"]


def test_changes_made_on_the_worker_count_too(qtbot, app, shop) -> None:
    assert app.open(shop)
    with qtbot.waitCallback() as done:
        app.tasks.submit(lambda store, progress: CustomerService(store, "李娟").create({"name": "华联超市"}),
                         done, pytest.fail)
    app.close_current()
    assert "close" in reasons(shop)


def test_the_backups_dialog_lists_newest_first(qtbot, qtmodeltester, shop) -> None:
    store = open_database(shop)
    try:
        autobackup.take(store, "daily", when=datetime(2026, 11, 18, 8, 30))
        CustomerService(store, "李娟").create({"name": "华联超市"})
        autobackup.take(store, "import", when=datetime(2026, 11, 19, 14, 2, 9))
    finally:
        store.close()
    dialog = BackupsDialog(shop)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(dialog.model.rowCount())]
    assert [r[0] for r in rows] == ["2026-11-19  14:02:09", "2026-11-18  08:30:00"]
    assert [r[1] for r in rows] == ["Before an import", "Daily"]
    assert [r[3] for r in rows] == ["3", "2"]
    assert [r[4] for r in rows] == ["shop-20261119-140209-import.sqlite3", "shop-20261118-083000-daily.sqlite3"]
    assert all(r[2].endswith(("kB", "MB")) for r in rows)
    assert dialog.summary.text().startswith("2 backups,")
    assert str(autobackup.folder(shop)) in dialog.place.text()
    assert not dialog.empty.isVisible() and dialog.restore_button.isEnabled()

    dialog.show()
    qtbot.waitUntil(dialog.view.hasFocus)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.sig_restore) as asked:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert asked.args == [autobackup.listing(shop)[1].path]


def test_an_empty_list_says_when_backups_are_taken(qtbot, shop) -> None:
    dialog = BackupsDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and "No backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_restoring_from_the_list_asks_then_keeps_the_current_file(qtbot, monkeypatch, app, shop) -> None:
    store = open_database(shop)
    try:
        older = autobackup.take(store, "daily", when=datetime(2026, 11, 1, 8, 0))
    finally:
        store.close()
    assert app.open(shop)
    CustomerService(app.store, "李娟").create({"name": "华联超市"})
    file_menu = app.window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "Bac&kups…").trigger()
    dialog = app.window.findChild(BackupsDialog)
    assert dialog.isVisible()
    row = [b.path for b in dialog.model.rows].index(older)
    dialog.view.selectRow(row)

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert len(asked) == 1 and older.name in asked[0]
    assert names_in(shop) == ["明佳烟酒", "鑫源超市", "华联超市"]  # said no: nothing changed

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=10000)
    assert names_in(shop) == ["明佳烟酒", "鑫源超市"]
    kept = [b for b in autobackup.listing(shop) if b.reason == "restore"]
    assert len(kept) == 1 and names_in(kept[0].path) == ["明佳烟酒", "鑫源超市", "华联超市"]
    assert "kept as" in app.window.statusBar().currentMessage()
    assert app.store.count("audit_log", action="restore") == 1


def test_backing_up_over_an_existing_file_asks_and_keeps_it_aside(qtbot, monkeypatch, app, shop, tmp_path) -> None:
    assert app.open(shop)
    theirs = tmp_path / "theirs.sqlite3"
    theirs.write_text("someone else's file")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    app.back_up_to(theirs)
    assert theirs.read_text() == "someone else's file"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    app.back_up_to(theirs)
    qtbot.waitUntil(lambda: "verified" in app.window.statusBar().currentMessage(), timeout=10000)
    assert names_in(theirs) == ["明佳烟酒", "鑫源超市"]
    [aside] = tmp_path.glob("theirs.replaced-*.sqlite3")
    assert aside.read_text() == "someone else's file"
    assert aside.name in app.window.statusBar().currentMessage()


def test_a_backup_that_cannot_be_written_is_said_and_the_app_still_closes(
        qtbot, monkeypatch, read_only_folder, app, shop) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(read_only_folder(lambda folder: None)))
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    assert app.open(shop)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10000)
    assert said[0].startswith("Today's automatic backup could not be written:")
    CustomerService(app.store, "李娟").create({"name": "华联超市"})
    assert app.close_current()
    assert app.store is None and app.window is None  # closed all the same
    assert said[1].startswith("The backup on closing could not be written:")
    assert str(shop) in said[1] and "read-only" in said[1]
    assert names_in(shop) == ["明佳烟酒", "鑫源超市", "华联超市"]
