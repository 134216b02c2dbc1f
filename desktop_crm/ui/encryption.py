"""Encrypted databases in the window: the passphrase asked at open, File ▸ Encrypt… and
File ▸ Remove encryption….

A conversion runs with the window closed (nothing can be edited meanwhile), on a worker
thread of its own with a progress dialog that can be cancelled; the file is then reopened,
converted or, after a failure or a cancel, as it was.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QVBoxLayout, QWidget,
)

from desktop_crm import keychain
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.storage import autobackup, encryption
from desktop_crm.storage.db import Store, open_database
from desktop_crm.storage.driver import is_encrypted
from desktop_crm.storage.errors import PassphraseNeeded, StorageError, WrongPassphrase
from desktop_crm.ui.tasks import TaskRunner, run_blocking

if TYPE_CHECKING:
    from desktop_crm.ui.app import App

ERROR_STYLE = "color: #b00020;"


class PassphraseDialog(QDialog):
    """Asks the passphrase of an encrypted file; after a wrong one, says so above the field."""

    def __init__(self, path: Path, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted database"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("%1 is encrypted. Type its passphrase to open it.")
                       .replace("%1", path.name))
        intro.setWordWrap(True)
        self.error = QLabel(self.tr(
            "The passphrase is wrong; the file was not changed. "
            "Type it again, minding capital letters and the keyboard layout."))
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(wrong)
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.remember_box = _remember_box(
            self.tr("&Remember on this computer (in the system keyring)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.field)
        layout.addWidget(self.remember_box)
        layout.addWidget(buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def remember(self) -> bool:
        return not self.remember_box.isHidden() and self.remember_box.isChecked()


class NewPassphraseDialog(QDialog):
    """Choosing a passphrase to encrypt a file: typed twice, with a strength hint and the
    warning that a forgotten passphrase cannot be recovered."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt the database"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "%1 and its future backups will be encrypted: without the passphrase nobody can "
            "read the customer data in them. The passphrase is asked each time the file is "
            "opened.").replace("%1", path.name))
        intro.setWordWrap(True)
        warning = QLabel(self.tr(
            "If you forget the passphrase, nobody can open this file or its backups — not "
            "you, not support. It cannot be recovered: write it down and keep it safe."))
        warning.setWordWrap(True)
        warning.setStyleSheet(f"{ERROR_STYLE} font-weight: bold;")
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.remember_box = _remember_box(
            self.tr("&Remember on this computer (in the system keyring)"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow("", self.strength)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Encrypt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(warning)
        layout.addWidget(self.remember_box)
        layout.addWidget(buttons)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        text = self.first.text()
        self.strength.setText(self.tr("Strength: %1").replace("%1", self._strength_label(text))
                              if text else self.tr("At least %1 characters; a few unrelated "
                                                   "words make a strong passphrase.")
                              .replace("%1", str(encryption.MIN_PASSPHRASE)))
        problem = ""
        if text and len(text) < encryption.MIN_PASSPHRASE:
            problem = self.tr("Too short: at least %1 characters.").replace(
                "%1", str(encryption.MIN_PASSPHRASE))
        elif self.second.text() and self.second.text() != text:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.ok_button.setEnabled(
            bool(text) and not problem and self.second.text() == text
            and encryption.passphrase_problem(text) is None
        )

    def _strength_label(self, text: str) -> str:
        bits = strength_bits(text)
        if bits < 40:
            return self.tr("weak — easy to guess")
        if bits < 60:
            return self.tr("fair")
        return self.tr("strong")

    def passphrase(self) -> str:
        return self.first.text()

    def remember(self) -> bool:
        return not self.remember_box.isHidden() and self.remember_box.isChecked()


def strength_bits(text: str) -> float:
    """A rough guess of how many tries a passphrase would take to guess (log2), from its
    length and the kinds of characters in it; only ever shown as weak, fair or strong."""
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 2000 if any(ord(c) > 0x2E80 for c in text) else 0  # Chinese characters
    pool += 32 if any(not c.isalnum() and ord(c) < 0x2E80 for c in text) else 0
    distinct = len(set(text))
    return len(text) * math.log2(max(pool, 2)) * min(1.0, distinct / max(len(text), 1) * 1.5)


def _remember_box(text: str) -> QCheckBox:
    """"Remember on this computer", shown only where a keyring works."""
    box = QCheckBox(text)
    box.setVisible(keychain.available())
    return box


# --- opening -------------------------------------------------------------------------------

def open_asking(path: Path, passphrase: str | None = None, parent: QWidget | None = None) -> Store:
    """:func:`open_database`, asking the passphrase of an encrypted file until it is right
    or the user gives up (:class:`Cancelled`). One kept in the keyring is tried first; one
    typed with "Remember" ticked is kept once it has opened the file."""
    if passphrase is None and is_encrypted(path):
        passphrase = keychain.stored(path)
    wrong = False
    remember = False
    while True:
        try:
            store = _open(path, passphrase, parent)
        except PassphraseNeeded:
            pass
        except WrongPassphrase:
            wrong = True
        else:
            if remember and passphrase:
                keychain.remember(path, passphrase)
            return store
        dialog = PassphraseDialog(path, wrong, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise Cancelled("the passphrase was not given")
        passphrase, remember = dialog.passphrase(), dialog.remember()


def _open(path: Path, passphrase: str | None, parent: QWidget | None) -> Store:
    """Open on a thread while the window keeps drawing: a file made by an earlier version is
    backed up, upgraded and compacted first, which takes minutes for a big file."""
    title = QCoreApplication.translate(
        "OpenFile", "Opening %1… A file from an earlier version is backed up and upgraded "
        "first, which can take a few minutes.").replace("%1", path.name)
    return run_blocking(lambda _progress: open_database(path, passphrase=passphrase), title,
                        parent)


# --- File ▸ Encrypt… / Remove encryption… ----------------------------------------------------

class FileEncryption(QObject):
    """The File menu's action on the app's open file: encrypt it, or remove its encryption.
    Made for one use, as a child of the app, which keeps it alive while it runs."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.app = app

    def start(self) -> None:
        store = self.app.store
        if store is None or store.read_only:
            return
        if store.passphrase is None:
            self._encrypt(store.path)
        else:
            self._decrypt(store.path, store.passphrase)

    def _encrypt(self, path: Path) -> None:
        app = self.app
        dialog = NewPassphraseDialog(path, app.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase, remember = dialog.passphrase(), dialog.remember()
        if not app.close_current(back_up=False):  # no new plain copy of what is being hidden
            return

        def done() -> None:
            keychain.forget(path)
            if remember:
                keychain.remember(path, passphrase)
            if not app.open(path, passphrase=passphrase):
                return
            plain = encryption.plain_backups(path)
            if not plain:
                QMessageBox.information(app.window, self.tr("Encrypted"),
                                        self.tr("%1 is encrypted.").replace("%1", path.name))
                return
            answer = QMessageBox.question(
                app.window, self.tr("Encrypted"),
                self.tr("%1 is encrypted, but %2 earlier backups of it are not. Overwrite and "
                        "remove them now? The encrypted backups taken from now on remain.")
                .replace("%1", path.name).replace("%2", str(len(plain))))
            if answer == QMessageBox.StandardButton.Yes:
                for backup in plain:
                    encryption.wipe(backup)

        self._convert(path, None,
                      lambda store, progress: encryption.convert(store, passphrase, progress),
                      self.tr("Encrypting %1…").replace("%1", path.name), done)

    def _decrypt(self, path: Path, passphrase: str) -> None:
        app = self.app
        answer = QMessageBox.question(
            app.window, self.tr("Remove encryption"),
            self.tr("Remove the encryption of %1? Anyone who can read the file will then be "
                    "able to read its customer data. An encrypted copy is kept in the backup "
                    "folder.").replace("%1", path.name),
        )
        if answer != QMessageBox.StandardButton.Yes or not app.close_current(back_up=False):
            return  # (the work below backs the file up itself)

        def work(store: Store, progress) -> encryption.Converted:
            autobackup.before(store, "decrypt")  # encrypted, like the file
            return encryption.convert(store, None, progress)

        def done() -> None:
            keychain.forget(path)
            if app.open(path):
                app.window.statusBar().showMessage(
                    self.tr("%1 is no longer encrypted.").replace("%1", path.name), 15000)

        self._convert(path, passphrase, work,
                      self.tr("Removing the encryption of %1…").replace("%1", path.name), done)

    def _convert(self, path: Path, old: str | None, work: Callable, title: str,
                 done: Callable[[], None]) -> None:
        """Run ``work`` on a worker of its own (the window is closed), swap the copy in,
        then ``done``; on failure say why and reopen the file as it was."""
        runner = TaskRunner(path, self, passphrase=old)

        def finished(converted: encryption.Converted) -> None:
            runner.shutdown()
            try:
                encryption.swap_in(converted)
            except StorageError as exc:
                reopen(exc)
                return
            done()
            self.deleteLater()

        def failed(exc: BaseException) -> None:
            runner.shutdown()
            reopen(exc)

        def reopen(exc: BaseException) -> None:
            if not isinstance(exc, encryption.ConversionCancelled):
                QMessageBox.critical(None, self.tr("The file was not converted"), str(exc))
            self.app.open(path, passphrase=old)
            self.deleteLater()

        runner.submit(work, finished, failed, title=title, parent=None)
