"""The first start: no database yet, so create one in the default place or open a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget,
)


class FirstStartDialog(QDialog):
    def __init__(self, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Welcome to desktop-crm"))
        intro = QLabel(self.tr(
            "desktop-crm keeps your customer files in one database file on this computer. "
            "There is none yet: create one, or open a file you already have."
        ))
        intro.setWordWrap(True)
        where = QLabel(self.tr("New database: %1").replace("%1", str(default)))
        where.setWordWrap(True)
        where.setStyleSheet("color: #555")
        self.create_button = QPushButton(self.tr("&Create a new database"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.open_button = QPushButton(self.tr("&Open an existing file…"))
        self.open_button.clicked.connect(self.open_existing)
        quit_button = QPushButton(self.tr("&Quit"))
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, where, self.create_button, self.open_button, quit_button):
            layout.addWidget(widget)
        self.setMinimumWidth(460)

    def create(self) -> None:
        self.chosen = self.default
        self.accept()

    def open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()),
            self.tr("desktop-crm database (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
