"""The one way lists are shown: read-only rows, selected whole, at a fixed height."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_table(
    model: QAbstractItemModel,
    parent: QWidget | None = None,
    *,
    multi_select: bool = False,
    alternating: bool = True,
    grid: bool = True,
) -> QTableView:
    """A table over ``model`` for browsing: no editing in place, whole-row selection, and
    fixed row heights, so the view never measures rows (it may hold 500,000)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.setShowGrid(grid)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class ColumnsModel(QAbstractTableModel):
    """A flat table with a fixed set of columns: subclasses set ``COLUMNS`` (keys) and
    ``_headers`` (their titles), and provide ``rowCount`` and ``data``."""

    COLUMNS: tuple[str, ...] = ()
    _headers: list[str]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None
