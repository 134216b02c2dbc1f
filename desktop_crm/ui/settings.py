"""The user's settings (language, default database, name, recent files) and their dialog.

Settings belong to the person at this computer, not to a database file, so they live in
QSettings (the registry on Windows, an .ini/.conf file elsewhere).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QWidget,
)

from desktop_crm import paths
from desktop_crm.domain import team_rights
from desktop_crm.storage.db import Store

LANGUAGES = {"zh": "简体中文", "en": "English"}
MAX_RECENT = 8


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("desktop-crm", "desktop-crm")

    @property
    def language(self) -> str:
        value = self.q.value("language", "")
        if value in LANGUAGES:
            return value
        return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("language", value)

    @property
    def default_database(self) -> Path:
        value = self.q.value("default_database", "")
        return Path(value) if value else paths.default_database()

    @default_database.setter
    def default_database(self, value: Path) -> None:
        self.q.setValue("default_database", str(value))

    @property
    def user_name(self) -> str:
        """The name last given on this computer (see ``App.who_am_i``); "" before the first."""
        return self.q.value("user_name", "") or ""

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.q.setValue("user_name", value.strip())

    @property
    def recent_files(self) -> list[Path]:
        value = self.q.value("recent_files", []) or []
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in value]

    def add_recent(self, path: Path) -> None:
        items = [str(path)] + [str(p) for p in self.recent_files if p != path]
        self.q.setValue("recent_files", items[:MAX_RECENT])


class SettingsDialog(QDialog):
    """Language, default database and the name recorded in the change history; and, for the
    open file, whether resident ID numbers are shown in full."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None,
                 store: Store | None = None, actor: str = "") -> None:
        super().__init__(parent)
        self.settings, self.store, self.actor = settings, store, actor
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.database = QLineEdit(str(settings.default_database))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(browse)
        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setPlaceholderText(self.tr("Your name, as it appears in the history"))
        self.note = QLabel(self.tr("A new language applies after restarting the app."))
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        database_label = QLabel(self.tr("&Default database"))
        database_label.setBuddy(self.database)  # a row of two: say which one Alt+D reaches
        form.addRow(database_label, row)
        form.addRow(self.tr("Your &name"), self.user_name)
        form.addRow(self.note)
        self.resident_ids = QCheckBox(self.tr("Show resident ID numbers in &full (on screen, "
                                              "in print and in exports)"))
        if store is not None:
            self.resident_ids.setChecked(team_rights.may_see_resident_ids(store))
            connected = team_rights.rights(store).connected
            self.resident_ids.setEnabled(not connected and not store.read_only)
            self.resident_ids.setToolTip(
                self.tr("Your role in the team decides: managers and administrators see them "
                        "in full.") if connected else
                self.tr("Otherwise they are masked (110105********002X), e.g. for a screen "
                        "others can see."))
            form.addRow(QLabel(self.tr("This file")), self.resident_ids)
        else:
            self.resident_ids.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Default database"), self.database.text(),
            self.tr("desktop-crm database (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.database.setText(name)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.default_database = Path(self.database.text().strip()).expanduser()
        self.settings.user_name = self.user_name.text()
        if self.store is not None and self.resident_ids.isEnabled():
            team_rights.set_show_resident_ids(self.store, self.resident_ids.isChecked(),
                                              self.settings.user_name or self.actor)
        super().accept()
