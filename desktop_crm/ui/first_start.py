"""The first start: no database yet, so create one in the default place or open a file; and,
for a file that does not know its user yet, who is using it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop_crm.domain.fields import NAME_LENGTH

NAME_MAX = NAME_LENGTH  # a person's name, as the staff list keeps it


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
        self.elsewhere_button = QPushButton(self.tr("Create a new database &elsewhere…"))
        self.elsewhere_button.clicked.connect(self.create_elsewhere)
        self.open_button = QPushButton(self.tr("&Open an existing file…"))
        self.open_button.clicked.connect(self.open_existing)
        quit_button = QPushButton(self.tr("&Quit"))
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, where, self.create_button, self.elsewhere_button, self.open_button,
                       quit_button):
            layout.addWidget(widget)
        self.setMinimumWidth(460)

    def create(self) -> None:
        self.chosen = self.default
        self.accept()

    def create_elsewhere(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / self.default.name),
            self.tr("desktop-crm database (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    def open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()),
            self.tr("desktop-crm database (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


class WhoAmIDialog(QDialog):
    """Who is using this file: picked from its staff list, or a new name added to it.

    The name goes into the change history, the visits logged, new customers' account manager,
    "only mine" and the footer of what is printed, so it must be a person, not a login.
    """

    def __init__(self, staff: list[str], suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        intro = QLabel(self.tr(
            "Your name goes into the change history, the visits you log, the customers you "
            "create and the footer of what you print. Pick yourself from the staff list, or "
            "type your name to add yourself."
        ))
        intro.setWordWrap(True)
        self.name = QComboBox(editable=True)
        self.name.addItems(staff)
        self.name.setCurrentIndex(-1)
        self.name.setEditText(suggestion)
        self.name.lineEdit().setPlaceholderText(self.tr("Your name, e.g. 王伟"))
        self.name.lineEdit().setMaxLength(NAME_MAX)
        label = QLabel(self.tr("Your &name:"))
        label.setBuddy(self.name)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        later = self.buttons.addButton(self.tr("Ask me &later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.editTextChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.name, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        self._enable()

    def chosen(self) -> str:
        return self.name.currentText().strip()

    def _enable(self) -> None:
        self.ok.setEnabled(bool(self.chosen()))
