"""Data quality: scan the whole file for likely duplicates, review each pair with its
evidence, merge it, mark it as not duplicates, or undo an earlier merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import merge
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.duplicates import DuplicatePair, scan_duplicates
from desktop_crm.domain.validation import NotFoundError
from desktop_crm.ui.actions import widget_action
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.tables import ColumnsModel, list_table

Index = QModelIndex | QPersistentModelIndex


class PairModel(ColumnsModel):
    COLUMNS = ("first", "second", "areas", "reasons", "evidence")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Customer"), self.tr("Probably the same as"), self.tr("Area"),
                         self.tr("Why"), self.tr("Evidence")]
        self._reasons = {
            "phone": self.tr("same phone"), "contact_phone": self.tr("a contact's phone"),
            "same_name": self.tr("same name"), "same_pinyin": self.tr("same pinyin"),
            "similar_name": self.tr("similar name"), "contains_name": self.tr("name contains"),
            "within_name": self.tr("name within"), "initials_area": self.tr("same initials"),
        }
        self.rows: list[DuplicatePair] = []

    def set_rows(self, rows: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return None
        pair = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "first":
            return f"{pair.names[0]} ({pair.codes[0]})"
        if key == "second":
            return f"{pair.names[1]} ({pair.codes[1]})"
        if key == "areas":
            return pair.areas[0] if pair.areas[0] == pair.areas[1] else " / ".join(pair.areas)
        if key == "reasons":
            return self.tr(", ").join(self._reasons.get(r, r) for r in pair.reasons)
        if pair.reasons[0] in ("phone", "contact_phone"):
            return pair.evidence
        if pair.reasons[0] == "similar_name":
            return self.tr("%1% alike").replace("%1", str(pair.score))
        return pair.evidence


class MergeModel(ColumnsModel):
    COLUMNS = ("at", "kept", "merged", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("When"), self.tr("Kept"), self.tr("Merged into it"), self.tr("State")]
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        m = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "at":
            return m["at"].replace("T", " ")[:16]
        if key == "kept":
            return f"{m['survivor_name'] or ''} ({m['survivor_code'] or ''})"
        if key == "merged":
            return f"{m['merged_name'] or ''} ({m['merged_code'] or ''})"
        return self.tr("undone") if m["undone_at"] else self.tr("merged")


class DataQualityPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.scan_button = QPushButton(self.tr("&Scan for duplicates"))
        self.scan_button.clicked.connect(self.scan)
        self.summary = QLabel(self.tr("Scan the whole file for customers entered twice: the same "
                                      "phone, the same name in an area, the same pinyin, similar names."))
        self.summary.setWordWrap(True)
        self.pairs = PairModel(self)
        self.pair_view = list_table(self.pairs)
        self.pair_view.horizontalHeader().setStretchLastSection(True)
        self.pair_view.doubleClicked.connect(lambda _: self.merge_selected())
        self.merge_action = widget_action(self, self.tr("&Merge…"), "Ctrl+M", self.merge_selected)
        self.dismiss_action = widget_action(self, self.tr("&Not duplicates"), "Ctrl+D", self.dismiss_selected)
        self.open_action = widget_action(self, self.tr("&Open both"), "Ctrl+O", self.open_selected)
        self.merges = MergeModel(self)
        self.merge_view = list_table(self.merges)
        self.merge_view.horizontalHeader().setStretchLastSection(True)
        for view in (self.pair_view, self.merge_view):  # room for the headings before any rows
            _fit_columns(view)
        self.undo_button = QPushButton(self.tr("&Undo merge…"))
        self.undo_button.clicked.connect(self.undo_selected)

        top = QHBoxLayout()
        top.addWidget(self.scan_button)
        top.addWidget(self.summary, 1)
        actions = QHBoxLayout()
        self.pair_buttons: list[QPushButton] = []
        for act in (self.merge_action, self.dismiss_action, self.open_action):
            button = QPushButton(act.text())
            button.setToolTip(act.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(act.trigger)
            actions.addWidget(button)
            self.pair_buttons.append(button)
        actions.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.pair_view, 1)
        upper_layout.addLayout(actions)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Recent merges")))
        lower_layout.addWidget(self.merge_view, 1)
        lower_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        # nothing to act on until a scan finds a pair or a merge is picked
        for model in (self.pairs, self.merges):
            model.modelReset.connect(self._update_actions)
            model.rowsRemoved.connect(self._update_actions)
        for view in (self.pair_view, self.merge_view):
            view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.reload_merges()
        self._update_actions()

    @Slot()
    def _update_actions(self, *_: object) -> None:
        has_pair = self.selected_pair() is not None
        for act in (self.merge_action, self.dismiss_action, self.open_action):
            act.setEnabled(has_pair)
        for button in self.pair_buttons:
            button.setEnabled(has_pair)
        index = self.merge_view.currentIndex()
        self.undo_button.setEnabled(
            index.isValid() and not self.merges.rows[index.row()]["undone_at"])

    # --- scanning ---------------------------------------------------------------------------

    @Slot()
    def scan(self) -> None:
        self.scan_button.setEnabled(False)

        self.ctx.tasks.submit(lambda store, progress: scan_duplicates(store, progress), self._scanned, self._scan_failed,
                              title=self.tr("Looking for duplicates…"), parent=self)

    def _scanned(self, pairs: list[DuplicatePair]) -> None:
        self.scan_button.setEnabled(True)
        self.pairs.set_rows(pairs)
        _fit_columns(self.pair_view)
        self.summary.setText(self.tr("%n likely duplicate pair(s), strongest evidence first.", "", len(pairs)))
        if pairs:
            self.pair_view.selectRow(0)

    def _scan_failed(self, exc: BaseException) -> None:
        self.scan_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("The scan was cancelled."))
        else:
            self.summary.setText(self.tr("The scan failed: %1").replace("%1", str(exc)))

    def selected_pair(self) -> tuple[int, DuplicatePair] | None:
        index = self.pair_view.currentIndex()
        if not index.isValid():
            return None
        return index.row(), self.pairs.rows[index.row()]

    # --- acting on a pair -------------------------------------------------------------------

    @Slot()
    def merge_selected(self):
        from desktop_crm.ui.duplicates.merge_dialog import MergeDialog

        found = self.selected_pair()
        if found is None:
            return None
        row, pair = found
        try:
            dialog = MergeDialog(self.ctx, pair.a, pair.b, self)
        except (NotFoundError, merge.MergeError):
            self.summary.setText(self.tr("One of these customers is no longer on file; scan again."))
            self.pairs.remove(row)
            return None
        self._merge_row = row
        dialog.sig_merged.connect(self._merged)
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    @Slot(int)
    def _merged(self, merge_id: int) -> None:
        self.pairs.remove(self._merge_row)
        self.summary.setText(self.tr("Merged. Undo it below if it was a mistake."))
        self.reload_merges()

    @Slot()
    def dismiss_selected(self) -> None:
        found = self.selected_pair()
        if found is not None:
            row, pair = found
            merge.dismiss_pair(self.ctx.store, pair.a, pair.b, self.ctx.actor)
            self.pairs.remove(row)

    @Slot()
    def open_selected(self) -> None:
        found = self.selected_pair()
        if found is not None:
            self.ctx.signals.sig_open_customer.emit(found[1].a)
            self.ctx.signals.sig_open_customer.emit(found[1].b)

    # --- merges -----------------------------------------------------------------------------

    def reload_merges(self) -> None:
        self.merges.set_rows(merge.recent_merges(self.ctx.store))

    @Slot()
    def undo_selected(self) -> None:
        index = self.merge_view.currentIndex()
        if not index.isValid():
            return
        row = self.merges.rows[index.row()]
        if row["undone_at"]:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo merge"),
            self.tr("Separate %1 and %2 again? The merged dossier comes back from the trash with "
                    "everything that was moved from it.").replace("%1", row["survivor_name"] or "")
            .replace("%2", row["merged_name"] or ""))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo(row["id"])

    def undo(self, merge_id: int) -> merge.UndoResult | None:
        try:
            result = merge.undo_merge(self.ctx.store, merge_id, self.ctx.actor)
        except merge.MergeError as exc:
            self.summary.setText(exc.message)
            return None
        text = self.tr("Merge undone.")
        if result.kept:
            text += " " + self.tr("Fields changed since were left as they are: %1.").replace("%1", self.tr(", ").join(result.kept))
        self.summary.setText(text)
        self.ctx.signals.sig_customers_changed.emit([])
        self.reload_merges()
        return result


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their heading and first rows (Qt measures only the first ones),
    with some air, none wider than 320 px; the last one takes the rest."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount() - 1):
        view.setColumnWidth(column, min(max(view.columnWidth(column) + 16, 90), 320))
