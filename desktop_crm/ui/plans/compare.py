"""Two versions of a plan side by side: every section and point, with what was added,
removed or changed coloured, and a count of each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QTableView,
    QVBoxLayout, QWidget,
)

from desktop_crm.domain.plans import (
    PLAN_STATUSES, QUADRANTS, STRATEGY_KINDS, Change, PlanService, compare, label, summary,
)
from desktop_crm.ui.tables import ColumnsModel

Index = QModelIndex | QPersistentModelIndex
KIND_COLOURS = {"added": QColor("#e3f4e1"), "removed": QColor("#fbe3e1"),
                "changed": QColor("#fff4d6")}


class DiffModel(ColumnsModel):
    COLUMNS = ("section", "kind", "old", "new")

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.changes: list[Change] = []
        self._headers = [self.tr("Section"), self.tr("Change"), self.tr("Version A"),
                         self.tr("Version B")]
        self._kinds = {"same": "", "added": self.tr("Added"), "removed": self.tr("Removed"),
                       "changed": self.tr("Changed")}
        self._sections = {
            "title": self.tr("Title"), "business_format_analysis": self.tr("Business format"),
            "consumer_groups": self.tr("Consumer groups"), "competition": self.tr("Competition"),
            "owner_personality": self.tr("Owner's personality"), "actions": self.tr("Actions"),
            "objectives": self.tr("Objectives"), "closing": self.tr("Closing line"),
            **{q: label(QUADRANTS, q, language) + f" {q}" for q in QUADRANTS},
            **{k: k for k in STRATEGY_KINDS},
        }

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change = self.changes[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = KIND_COLOURS.get(change.kind)
            return QBrush(colour) if colour is not None else None
        if column == "section":
            text = self._sections.get(change.section, change.section)
        elif column == "kind":
            text = self._kinds[change.kind]
        else:
            text = getattr(change, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text


class CompareDialog(QDialog):
    """Pick versions A and B of one customer's plan; B defaults to ``right_id``, A to the
    version before it."""

    def __init__(self, ctx, customer_id: int, right_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = PlanService(ctx.store, ctx.actor)
        self.setWindowTitle(self.tr("Compare plan versions"))
        self.resize(1100, 640)
        versions = self.service.versions(customer_id)   # newest first
        self.left = QComboBox()
        self.right = QComboBox()
        for box in (self.left, self.right):
            for v in versions:
                box.addItem(f"v{v['version']} · {label(PLAN_STATUSES, v['status'], ctx.language)}"
                            f" · {v['plan_date']}", v["id"])
        right_row = max(0, self.right.findData(right_id)) if right_id else 0
        self.right.setCurrentIndex(right_row)
        self.left.setCurrentIndex(min(right_row + 1, len(versions) - 1))
        self.only_changes = QCheckBox(self.tr("Only differences"))
        self.only_changes.setChecked(True)
        self.model = DiffModel(ctx.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        header.resizeSection(1, 80)
        header.resizeSection(2, 420)
        header.setStretchLastSection(True)
        # row heights follow the wrapped text, so they change with the column widths
        header.sectionResized.connect(self._fit_rows)
        self.summary = QLabel()
        row = QHBoxLayout()
        for caption, box in ((self.tr("Version &A"), self.left), (self.tr("Version &B"), self.right)):
            caption_label = QLabel(caption)
            caption_label.setBuddy(box)
            row.addWidget(caption_label)
            row.addWidget(box, 1)
        row.addWidget(self.only_changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        for box in (self.left, self.right):
            box.currentIndexChanged.connect(self.refresh)
        self.only_changes.toggled.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_rows()

    @Slot()
    def _fit_rows(self, *_: object) -> None:
        self.table.resizeRowsToContents()

    @Slot()
    def refresh(self, *_: object) -> None:
        a, b = self.left.currentData(), self.right.currentData()
        if a is None or b is None:
            self.model.set_changes([])
            return
        changes = compare(self.service.load(a), self.service.load(b),
                          include_same=not self.only_changes.isChecked(),
                          language=self.ctx.language)
        self.model.set_changes(changes)
        self.table.resizeRowsToContents()
        counts = summary(changes)
        self.summary.setText(
            self.tr("%1 added, %2 removed, %3 changed.").replace("%1", str(counts["added"]))
            .replace("%2", str(counts["removed"])).replace("%3", str(counts["changed"])))
