"""Lists of points in a 2×2 grid: the SWOT quadrants (S W / O T), and the strategies paired
from them (SO ST / WO WT). Points are added, edited in place, reordered, and moved between
quadrants by drag and drop, by the "Move to" menu or from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QMenu,
    QToolButton, QVBoxLayout, QWidget,
)

_EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
             | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)


class PointList(QListWidget):
    """One quadrant's points. Items are dragged between quadrants (moved, not copied)."""

    sig_changed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.dataChanged):
            signal.connect(self.sig_changed)

    def sizeHint(self) -> QSize:  # noqa: N802
        # six lines, not Qt's 192 px: two rows of quadrants then fit a 768 px screen
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 6 + 2 * self.frameWidth())

    def points(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count()) if self.item(i).text().strip()]

    def set_points(self, points: list[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for text in points:
            self.add_point(text, edit=False)
        self.blockSignals(False)

    def add_point(self, text: str = "", edit: bool = True, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(_EDITABLE)
        self.insertItem(self.count() if row is None else row, item)
        if edit:
            self.setCurrentItem(item)
            self.editItem(item)
        return item

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().dropEvent(event)
        for i in range(self.count()):  # dropped items arrive with default flags
            self.item(i).setFlags(_EDITABLE)


class QuadrantGrid(QWidget):
    """Four :class:`PointList` boxes in a 2×2 grid, with buttons and shortcuts to edit them.

    Keys: Insert adds a point, F2 edits, Delete removes, Ctrl+Up / Ctrl+Down move a point up
    or down, Ctrl+Shift+1…4 move it to the first…fourth quadrant."""

    sig_changed = Signal()

    def __init__(self, layout_keys: tuple[tuple[str, str], tuple[str, str]],
                 titles: dict[str, str], colours: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = [k for row in layout_keys for k in row]
        self.titles = titles
        self.lists: dict[str, PointList] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, row in enumerate(layout_keys):
            for c, key in enumerate(row):
                grid.addWidget(self._box(key, colours[key]), r, c)

    def _box(self, key: str, colour: str) -> QGroupBox:
        box = QGroupBox(self.titles[key])
        box.setStyleSheet(f"QGroupBox {{ background: {colour}; border: 1px solid #c5ced8; "
                          "border-radius: 4px; margin-top: 14px; padding-top: 4px; } "
                          "QGroupBox::title { subcontrol-origin: margin; left: 8px; }")
        points = PointList(key)
        points.setAccessibleName(self.titles[key])
        points.sig_changed.connect(self.sig_changed)
        self.lists[key] = points
        buttons = QHBoxLayout()
        for text, tip, slot, keys in (
            (self.tr("Add"), self.tr("Add a point (Insert)"), self._add, "Ins"),
            (self.tr("Remove"), self.tr("Remove the point (Delete)"), self._remove, "Del"),
            ("↑", self.tr("Move up (Ctrl+Up)"), self._up, "Ctrl+Up"),
            ("↓", self.tr("Move down (Ctrl+Down)"), self._down, "Ctrl+Down"),
        ):
            action = QAction(text, points)
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, k=key, f=slot: f(k))
            points.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        move = QToolButton()
        move.setText(self.tr("Move to"))
        move.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(move)
        for n, target in enumerate(self.keys, start=1):
            if target == key:
                continue
            action = menu.addAction(self.titles[target])
            action.triggered.connect(lambda _=False, s=key, t=target: self.move_point(s, t))
            shortcut = QAction(points)
            shortcut.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(lambda _=False, s=key, t=target: self.move_point(s, t))
            points.addAction(shortcut)
        move.setMenu(menu)
        buttons.addWidget(move)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(points, 1)
        layout.addLayout(buttons)
        return box

    # --- data ---------------------------------------------------------------------------------

    def values(self) -> dict[str, list[str]]:
        return {k: self.lists[k].points() for k in self.keys}

    def set_values(self, values: dict[str, list[str]]) -> None:
        for key in self.keys:
            self.lists[key].set_points(list(values.get(key, [])))

    # --- editing ------------------------------------------------------------------------------

    @Slot()
    def _add(self, key: str) -> None:
        points = self.lists[key]
        row = points.currentRow() + 1 if points.currentRow() >= 0 else None
        points.add_point(row=row)

    def _remove(self, key: str) -> None:
        points = self.lists[key]
        row = points.currentRow()
        if row >= 0:
            points.takeItem(row)

    def _up(self, key: str) -> None:
        self._shift(key, -1)

    def _down(self, key: str) -> None:
        self._shift(key, 1)

    def _shift(self, key: str, step: int) -> None:
        points = self.lists[key]
        row = points.currentRow()
        if row < 0 or not 0 <= row + step < points.count():
            return
        item = points.takeItem(row)
        points.insertItem(row + step, item)
        points.setCurrentRow(row + step)

    def move_point(self, source: str, target: str) -> None:
        """Move the current point of ``source`` to the end of ``target``."""
        points = self.lists[source]
        row = points.currentRow()
        if row < 0:
            return
        item = points.takeItem(row)
        self.lists[target].addItem(item)
        self.lists[target].setCurrentItem(item)
