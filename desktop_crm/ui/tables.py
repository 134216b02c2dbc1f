"""The one way lists are shown: read-only rows, selected whole, at a fixed height."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

FIRST_ROWS = 50    # the rows a column is measured on: what shows when the list opens
LONGEST = 360      # a column of prose (notes, next steps) stops here; the rest is elided


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
    _Fitter(table)
    return table


def merged_ranges(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Row spans ``(first, last)`` sorted, with touching or overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for top, bottom in sorted(spans):
        if merged and top <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def fit_columns(table: QTableView) -> None:
    """Widen each column to its heading (with the sort arrow) and to the text of its first
    rows, in the language shown: English headings are longer than Chinese ones. A column is
    never made narrower than it is, and prose stops at ``LONGEST``; the last column, when it
    stretches, takes what is left."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = 16 if table.isSortingEnabled() or header.isSortIndicatorShown() else 0
    cell = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 4
    titles, texts = header.fontMetrics(), table.fontMetrics()
    rows = min(model.rowCount(), FIRST_ROWS)
    last = header.count() - 1 if header.stretchLastSection() else -1
    for column in range(header.count()):
        if column == last or header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        wanted = titles.horizontalAdvance(str(title or "")) + 2 * margin + arrow
        content = max((texts.horizontalAdvance(str(model.index(row, column).data() or ""))
                       for row in range(rows)), default=0) + cell
        wanted = max(wanted, min(content, LONGEST))
        if wanted > header.sectionSize(column):
            header.resizeSection(column, wanted)


class _Fitter(QObject):
    """Fits a table's columns whenever its model is reloaded (a child of the table, so the
    connection ends with it)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.model().modelReset.connect(self.fit)

    @Slot()
    def fit(self) -> None:
        fit_columns(self.table)


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
