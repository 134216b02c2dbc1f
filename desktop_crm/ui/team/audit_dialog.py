"""File ▸ Team audit log… (administrators): the exports, prints, restores and merges recorded on
every laptop of the team, newest first, narrowed by action and by a word, and exported to a
CSV file that Excel opens (UTF-8 with a byte-order mark)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_crm import keychain
from desktop_crm.sync import ServerError
from desktop_crm.ui.tasks import run_blocking
from desktop_crm.ui.team.connect_dialog import PROBLEM_STYLE
from desktop_crm.ui.team.sentences import say
from desktop_crm.ui.team.sync_control import TeamSync

COLUMNS = ("at", "login", "machine", "actor", "action", "detail")
LIMIT = 5000  # the newest rows read from the server

# What each action of storage.audit.ACTIONS is called on screen (and in the exported file).
ACTION_NAMES = {
    "backup": QT_TRANSLATE_NOOP("AuditDialog", "Backup"),
    "campaign_created": QT_TRANSLATE_NOOP("AuditDialog", "Campaign created"),
    "campaign_deleted": QT_TRANSLATE_NOOP("AuditDialog", "Campaign deleted"),
    "copy_greetings": QT_TRANSLATE_NOOP("AuditDialog", "Greetings copied"),
    "custom_field_define": QT_TRANSLATE_NOOP("AuditDialog", "Custom field added"),
    "custom_field_delete": QT_TRANSLATE_NOOP("AuditDialog", "Custom field deleted"),
    "custom_field_rename": QT_TRANSLATE_NOOP("AuditDialog", "Custom field renamed"),
    "dump_json": QT_TRANSLATE_NOOP("AuditDialog", "Data shown as JSON"),
    "erase_person": QT_TRANSLATE_NOOP("AuditDialog", "Person's data erased"),
    "export": QT_TRANSLATE_NOOP("AuditDialog", "Export"),
    "export_analytics": QT_TRANSLATE_NOOP("AuditDialog", "Charts exported"),
    "export_greetings": QT_TRANSLATE_NOOP("AuditDialog", "Greetings exported"),
    "export_person": QT_TRANSLATE_NOOP("AuditDialog", "Person's data exported"),
    "import": QT_TRANSLATE_NOOP("AuditDialog", "Import"),
    "import_revert": QT_TRANSLATE_NOOP("AuditDialog", "Import undone"),
    "member_rules": QT_TRANSLATE_NOOP("AuditDialog", "Member rules changed"),
    "merge": QT_TRANSLATE_NOOP("AuditDialog", "Customers merged"),
    "merge_undo": QT_TRANSLATE_NOOP("AuditDialog", "Merge undone"),
    "print_card": QT_TRANSLATE_NOOP("AuditDialog", "File card printed"),
    "print_cards": QT_TRANSLATE_NOOP("AuditDialog", "File cards printed"),
    "print_plan": QT_TRANSLATE_NOOP("AuditDialog", "Plan printed"),
    "print_plans": QT_TRANSLATE_NOOP("AuditDialog", "Plans printed"),
    "privacy": QT_TRANSLATE_NOOP("AuditDialog", "Privacy setting changed"),
    "purge": QT_TRANSLATE_NOOP("AuditDialog", "Deleted for good"),
    "recover": QT_TRANSLATE_NOOP("AuditDialog", "Damaged file recovered"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "Backup restored"),
    "show": QT_TRANSLATE_NOOP("AuditDialog", "Dossier shown (command line)"),
    "trash": QT_TRANSLATE_NOOP("AuditDialog", "Moved to the trash"),
}


def action_name(action: str) -> str:
    """The action as the user reads it; an action of a newer app keeps its own name."""
    name = ACTION_NAMES.get(action)
    return QCoreApplication.translate("AuditDialog", name) if name else action


class AuditDialog(QDialog):
    def __init__(self, team: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = team
        self.rows: list[dict[str, Any]] = []
        self.shown: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Team audit log"))
        self.resize(900, 520)

        self.action = QComboBox()
        self.action.currentIndexChanged.connect(self.narrow)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Login, person, computer or detail"))
        self.words.setClearButtonEnabled(True)
        self.words.textChanged.connect(self.narrow)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Action:")))
        bar.addWidget(self.action)
        bar.addWidget(self.words, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Login"), self.tr("Computer"), self.tr("Person"),
            self.tr("Action"), self.tr("What")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.reload_button = buttons.addButton(self.tr("&Reload"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.clicked.connect(self.reload)
        self.export_button = buttons.addButton(self.tr("&Export…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)

    @Slot()
    def reload(self) -> bool:
        """Read the newest rows of the team's log with this laptop's login."""
        from desktop_crm.sync import audit, connection

        link = self.team.link()
        if link is None:
            return False
        password = self.team.password or keychain.server_password(self.team.address())
        url = connection.without_password(link.url)
        if password:
            from psycopg.conninfo import make_conninfo

            url = make_conninfo(url, password=password)
        try:
            self.rows = run_blocking(lambda _progress: audit.listing(url, LIMIT),
                                     self.tr("Reading the team's audit log…"), self)
        except ServerError as exc:
            self.result.setStyleSheet(PROBLEM_STYLE)
            self.result.setText(say(exc))
            return False
        self.result.setStyleSheet("")
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All"), None)
        for name in sorted({row["action"] for row in self.rows}, key=action_name):
            self.action.addItem(action_name(name), name)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)))
        self.action.blockSignals(False)
        self.narrow()
        return True

    @Slot()
    def narrow(self) -> None:
        action, words = self.action.currentData(), self.words.text().strip().lower()
        self.shown = [
            row for row in self.rows
            if (action is None or row["action"] == action)
            and (not words or any(words in str(row[k] or "").lower()
                                  for k in ("login", "machine", "actor", "detail")))]
        self.table.setRowCount(len(self.shown))
        for r, row in enumerate(self.shown):
            for c, key in enumerate(COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem(shown(row, key)))
        self.result.setText(self.tr("%n row(s) shown.", "", len(self.shown)))
        self.export_button.setEnabled(bool(self.shown))

    @Slot()
    def export(self, path: Path | None = None) -> Path | None:
        """The rows shown, to a CSV file (chosen in a file dialog when no path is given)."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit log"), "team-audit.csv", self.tr("CSV (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        headers = [self.table.horizontalHeaderItem(c).text() for c in range(len(COLUMNS))]
        try:
            with open(path, "w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                writer.writerows([shown(row, k) for k in COLUMNS] for row in self.shown)
        except OSError as exc:
            self.result.setStyleSheet(PROBLEM_STYLE)
            self.result.setText(self.tr("Could not write %1: %2")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
        self.result.setStyleSheet("")
        self.result.setText(self.tr("%n row(s) written to %1.", "", len(self.shown))
                            .replace("%1", str(path)))
        return path


def shown(row: dict[str, Any], key: str) -> str:
    text = str(row[key] or "")
    if key == "at":
        return text.replace("T", " ", 1)
    return action_name(text) if key == "action" else text
