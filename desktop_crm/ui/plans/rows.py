"""Editable tables of a plan's numbered actions (text, owner, due date, status, result) and
objectives (text, target), with a status picker and a date editor that accepts "no date"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget

from desktop_crm.domain.plans import ACTION_STATUSES, Action, Objective, label

Index = QModelIndex | QPersistentModelIndex
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
          | Qt.ItemFlag.ItemNeverHasChildren)


class ListModel(QAbstractTableModel):
    """Rows of dataclasses edited in place; ``COLUMNS`` names their attributes."""

    COLUMNS: tuple[str, ...] = ()
    sig_changed = Signal()

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = [replace(i) for i in items]
        self.endResetModel()

    def values(self) -> list[Any]:
        return [replace(i) for i in self.items]

    def new_item(self) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return f"{section + 1}." if 0 <= section < len(self.items) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        name = self.COLUMNS[index.column()]
        value = getattr(self.items[index.row()], name) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(name, value)
        return value if role == Qt.ItemDataRole.EditRole else (value or None)

    def shown(self, name: str, value: str) -> str:
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.items[index.row()]
        name = self.COLUMNS[index.column()]
        text = "" if value is None else str(value).strip()
        if (getattr(item, name) or "") == text:
            return False
        setattr(item, name, text or (None if name != "text" else ""))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.sig_changed.emit()
        return True

    # --- rows -----------------------------------------------------------------------------

    def insert(self, row: int) -> int:
        row = max(0, min(row, len(self.items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, self.new_item())
        self.endInsertRows()
        self.sig_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
            self.sig_changed.emit()

    def move(self, row: int, step: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        # beginMoveRows wants the destination as "before this row" in the old numbering
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if step > 0 else target)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        self.sig_changed.emit()
        return target


class ActionsModel(ListModel):
    COLUMNS = ("text", "owner", "due_date", "status", "result")

    def __init__(self, language: str, parent=None) -> None:
        super().__init__([self.tr("Proposal / action"), self.tr("Owner"), self.tr("Due"),
                          self.tr("Status"), self.tr("Result")], parent)
        self.language = language
        self.default_owner = ""

    def new_item(self) -> Action:
        return Action("", self.default_owner or None)

    def shown(self, name: str, value: str) -> str:
        return label(ACTION_STATUSES, value, self.language) if name == "status" else value


class ObjectivesModel(ListModel):
    COLUMNS = ("text", "target")

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("Objective"), self.tr("Target")], parent)

    def new_item(self) -> Objective:
        return Objective("")


class ActionDelegate(QStyledItemDelegate):
    """A status picker for the status column, a checked date field for the due date."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        column = ActionsModel.COLUMNS[index.column()]
        if column == "status":
            box = QComboBox(parent)
            for code in ACTION_STATUSES:
                box.addItem(label(ACTION_STATUSES, code, self.language), code)
            return box
        editor = QLineEdit(parent)
        if column == "due_date":
            editor.setPlaceholderText(QDate.currentDate().toString("yyyy-MM-dd"))
            editor.setInputMask("")  # free text: "" means no date; the domain checks the rest
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            text = editor.text().strip()
            if ActionsModel.COLUMNS[index.column()] == "due_date" and text:
                text = _iso(text)
            model.setData(index, text)


def _iso(text: str) -> str:
    """'2026/12/1' and '2026.12.1' become '2026-12-01'; anything else is left for the domain
    to refuse with a clear message."""
    for sep in ("/", ".", "-"):
        parts = text.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            try:
                return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
            except ValueError:
                return text
    return text
