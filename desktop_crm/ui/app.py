"""Start-up of the desktop app: open the database, hold its lock, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm import paths
from desktop_crm.storage.db import open_database
from desktop_crm.storage.errors import StorageError
from desktop_crm.storage.lock import InstanceLock
from desktop_crm.ui.main_window import MainWindow


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desktop-crm")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "app.svg"))))
    lock = InstanceLock(db_path.expanduser().resolve())
    try:
        lock.acquire()
        store = open_database(db_path)
    except StorageError as exc:
        lock.release()
        QMessageBox.critical(None, "desktop-crm", str(exc))
        return 1
    window = MainWindow(store)
    window.show()
    window.offer_demo_if_empty()
    try:
        return app.exec()
    finally:
        store.close()
        lock.release()
