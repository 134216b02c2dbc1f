"""Encrypted files in the window: the passphrase asked (again after a wrong one) and kept in
the keyring when asked; File ▸ Encrypt… and File ▸ Remove encryption…."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_crm import keychain
from desktop_crm.storage import autobackup
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.staff import set_current_user
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import PLAIN_HEADER, is_encrypted
from desktop_crm.ui.app import App
from desktop_crm.ui.encryption import NewPassphraseDialog, PassphraseDialog, strength_bits
from desktop_crm.ui.settings import AppSettings
from tests.keyrings import memory_keyring  # noqa: F401 - a fixture

KEY = "correct horse battery"


def when_shown(kind: type, act: Callable[[QDialog], None]) -> None:
    """Do ``act`` to the next modal dialog of ``kind`` once it is up (as a user would)."""
    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind):
            act(shown)
        else:
            QTimer.singleShot(20, look)
    QTimer.singleShot(0, look)


def shop(path: Path, passphrase: str | None) -> Path:
    with open_database(path, passphrase=passphrase) as store:
        CustomerService(store, actor="李娟").create({"name": "明佳烟酒", "phone": "13912348866"})
        set_current_user(store, "李娟")
    return path


@pytest.fixture
def app(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # backups go there
    controller = App(qapp, AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    yield controller
    controller.close_current()


def test_a_wrong_passphrase_is_said_and_asked_again_then_remembered(
        qtbot, app, tmp_path, memory_keyring) -> None:
    path = shop(tmp_path / "secret.sqlite3", KEY)
    seen: list[bool] = []

    def wrong(dialog: PassphraseDialog) -> None:
        seen.append(dialog.error.isVisible())
        assert not dialog.open_button.isEnabled()  # nothing typed yet
        qtbot.keyClicks(dialog.field, "Correct horse battery")
        when_shown(PassphraseDialog, right)
        dialog.accept()

    def right(dialog: PassphraseDialog) -> None:
        seen.append(dialog.error.isVisible())
        assert dialog.remember_box.isVisible()  # a keyring works here
        dialog.grab().save(str(tmp_path / "passphrase-wrong.png"))
        qtbot.keyClicks(dialog.field, KEY)
        dialog.remember_box.setChecked(True)
        dialog.accept()

    when_shown(PassphraseDialog, wrong)
    assert app.open(path)
    assert seen == [False, True]
    assert app.store.passphrase == KEY and app.window.encryption_action.text() == "Remove encr&yption…"
    qtbot.waitUntil(lambda: app.window.count_label.text() == "1 customer in all")
    assert keychain.stored(path) == KEY

    app.close_current()
    assert app.open(path)  # the keyring answers: no dialog this time
    assert app.store.passphrase == KEY


def test_giving_up_on_the_passphrase_opens_nothing(qtbot, app, tmp_path) -> None:
    path = shop(tmp_path / "secret.sqlite3", KEY)
    before = path.read_bytes()
    offered: list[bool] = []
    when_shown(PassphraseDialog, lambda dialog: (
        offered.append(not dialog.remember_box.isHidden()), dialog.reject()))
    assert not app.open(path)
    assert offered == [False]  # no keyring works here: no option to remember
    assert app.window is None and path.read_bytes() == before


def test_the_new_passphrase_dialog_guides_and_refuses_mistakes(qtbot, tmp_path) -> None:
    dialog = NewPassphraseDialog(tmp_path / "crm.sqlite3")
    qtbot.addWidget(dialog)
    assert "cannot be recovered" in " ".join(label.text() for label in dialog.findChildren(
        type(dialog.strength)))
    qtbot.keyClicks(dialog.first, "abc")
    assert "Too short" in dialog.problem.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.first, "defgh")
    assert "weak" in dialog.strength.text()
    qtbot.keyClicks(dialog.second, "abcdefgX")
    assert "differ" in dialog.problem.text() and not dialog.ok_button.isEnabled()
    dialog.first.setText(KEY)
    dialog.second.setText(KEY)
    assert "strong" in dialog.strength.text() and dialog.ok_button.isEnabled()
    assert strength_bits("aaaaaaaaaaaa") < strength_bits("abcdefghijkl") < strength_bits(KEY)


def test_file_encrypt_then_remove_encryption(qtbot, app, tmp_path) -> None:
    path = shop(tmp_path / "crm.sqlite3", None)
    assert app.open(path)
    assert app.window.encryption_action.text() == "&Encrypt…"

    def choose(dialog: NewPassphraseDialog) -> None:
        dialog.first.setText(KEY)
        dialog.second.setText(KEY)
        dialog.grab().save(str(tmp_path / "encrypt.png"))
        dialog.ok_button.click()

    told: list[str] = []
    when_shown(NewPassphraseDialog, choose)
    when_shown(QMessageBox, lambda box: (
        told.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
    qtbot.waitUntil(lambda: any(not b.encrypted for b in autobackup.listing(path)))  # the day's
    plain_daily = [b.path for b in autobackup.listing(path)]
    app.window.encryption_action.trigger()
    qtbot.waitUntil(lambda: app.window is not None and app.store.passphrase == KEY, timeout=20_000)
    assert is_encrypted(path) and b"13912348866" not in path.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if "tmp" in p.name] == []
    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith("crm.sqlite3 is encrypted, but 1 earlier backups of it are not")
    assert not any(p.exists() for p in plain_daily)  # overwritten and removed, as answered
    qtbot.waitUntil(lambda: app.window.count_label.text() == "1 customer in all")

    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    app.window.encryption_action.trigger()
    qtbot.waitUntil(lambda: app.window is not None and app.store.passphrase is None, timeout=20_000)
    assert path.read_bytes()[:16] == PLAIN_HEADER
    before = [b for b in autobackup.listing(path) if b.reason == "decrypt"]
    assert len(before) == 1 and before[0].encrypted  # the copy made before
    assert app.window.encryption_action.text() == "&Encrypt…"
