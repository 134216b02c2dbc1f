"""Where files go and what happens after: save dialogs start in the folder used last (else
Documents, else home — never the program's working folder), and a finished export offers to
open the file or its folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

SETTINGS_FOLDER = "files/folder"
OLD_SETTINGS_FOLDER = "printing/folder"  # where plan PDFs remembered it before exports did
_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def start_folder() -> Path:
    """The folder a save dialog opens in: the one used last, else Documents, else home."""
    settings = QSettings()
    where = QStandardPaths.StandardLocation
    candidates = [settings.value(SETTINGS_FOLDER), settings.value(OLD_SETTINGS_FOLDER),
                  QStandardPaths.writableLocation(where.DocumentsLocation),
                  QStandardPaths.writableLocation(where.HomeLocation)]
    for folder in candidates:
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder)).absolute()
    return Path.home().absolute()


def suggested_path(name: str) -> Path:
    """Where a save dialog starts: :func:`start_folder` and a file name safe on every system."""
    return start_folder() / (_UNSAFE.sub("_", name).strip() or "file")


def remember_folder(path: Path) -> None:
    QSettings().setValue(SETTINGS_FOLDER, str(path if path.is_dir() else path.parent))


def open_file(path: Path) -> bool:
    """Open a file (or a folder) in the system's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_to_open(parent: QWidget | None, path: Path, text: str, title: str = "") -> QMessageBox:
    """Say what was written, with buttons to open the file or the folder it is in. Shown
    without blocking (``open()``); returns the box."""
    title = title or QCoreApplication.translate("Files", "Export")
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Close, parent)
    action = QMessageBox.ButtonRole.ActionRole
    open_button = box.addButton(QCoreApplication.translate("Files", "Open the &file"), action)
    folder_button = box.addButton(QCoreApplication.translate("Files", "Open the f&older"), action)
    box.setDefaultButton(open_button)
    open_button.clicked.connect(lambda: open_file(path))
    folder_button.clicked.connect(lambda: open_file(path.parent))
    box.setObjectName("exportDone")
    box.open()
    return box
