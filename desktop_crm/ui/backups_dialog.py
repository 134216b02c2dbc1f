"""File ▸ Backups…: the open database's backups, newest first — when, why, how big, how many
customers — to restore one (the app asks first and keeps the current file as a backup) or to
show the folder they are in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.storage import autobackup
from desktop_crm.ui.tables import ColumnsModel, list_table

Index = QModelIndex | QPersistentModelIndex

# Why each backup was taken, as the list says it (storage/autobackup.py REASONS).
REASON_LABELS = {
    "close": QT_TRANSLATE_NOOP("BackupsDialog", "On closing"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
    "import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
    "revert": QT_TRANSLATE_NOOP("BackupsDialog", "Before reverting an import"),
    "merge": QT_TRANSLATE_NOOP("BackupsDialog", "Before a merge"),
    "restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
    "migration": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
    "purge": QT_TRANSLATE_NOOP("BackupsDialog", "Before deleting for good"),
}


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("BackupsDialog", REASON_LABELS.get(reason, reason))


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsModel(ColumnsModel):
    """The backups of one database. Their customer counts are read when the list is loaded
    (a count over an index in each file: quick, even for 100,000 customers)."""

    COLUMNS = ("taken", "reason", "size", "customers", "file")

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._headers = [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Customers"),
                         self.tr("File")]
        self.rows: list[autobackup.Backup] = []
        self.counts: list[int | None] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = autobackup.listing(self.db_path)
        self.counts = [b.customers() for b in self.rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = key in ("size", "customers")
            return int(Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self.rows[index.row()].path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.rows[index.row()]
        if key == "taken":
            return backup.taken.strftime("%Y-%m-%d  %H:%M:%S")
        if key == "reason":
            return reason_label(backup.reason)
        if key == "size":
            return size_text(backup.size)
        if key == "file":
            return backup.path.name
        count = self.counts[index.row()]
        if count is None:  # not counted: each encrypted file costs a key derivation to open
            return self.tr("encrypted") if backup.encrypted else self.tr("unreadable")
        return f"{count:,}"


class BackupsDialog(QDialog):
    """Asks its owner to restore a backup through ``sig_restore`` (the owner asks first)."""

    sig_restore = Signal(Path)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.folder = autobackup.folder(db_path)
        self.setWindowTitle(self.tr("Backups of %1").replace("%1", db_path.name))
        self.resize(760, 480)
        self.model = BackupsModel(db_path, self)
        self.view = list_table(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self.restore_selected)  # Enter or double-click
        self.empty = QLabel(self.tr(
            "No backups yet. One is taken when you close the app after changes, at the first "
            "opening of a day, and before imports, merges, restores and deleting for good."))
        self.empty.setWordWrap(True)
        self.summary = QLabel()
        self.note = QLabel(self.tr(
            "Backups are taken automatically on closing after changes, once a day, and before "
            "imports, merges, restores, upgrades and deleting for good. The last 10 are kept, "
            "then one a day for a week, one a week for a month and one a month for a year; "
            "those you make yourself without naming a file are kept until you delete them."))
        self.note.setWordWrap(True)
        self.place = QLabel(self.tr("Folder: %1").replace("%1", str(self.folder)))
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place.setWordWrap(True)

        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.show_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.place)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.view.setColumnWidth(column, self.view.columnWidth(column) + 24)
        count = self.model.rowCount()
        self.empty.setVisible(count == 0)
        total = sum(b.size for b in self.model.rows)
        self.summary.setText(self.tr("%n backup(s), %1 in all.", "", count).replace("%1", size_text(total)))
        if count:
            self.view.selectRow(0)
        self.view.setFocus()
        self._update()

    def selected(self) -> autobackup.Backup | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    @Slot()
    def _update(self, *_: object) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.folder_button.setEnabled(self.folder.is_dir())

    @Slot()
    def restore_selected(self, *_: object) -> None:
        backup = self.selected()
        if backup is not None:
            self.sig_restore.emit(backup.path)

    @Slot()
    def show_folder(self) -> bool:
        """Open the backup folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
