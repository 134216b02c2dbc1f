"""The list of imports, each of which can be reverted completely (after a confirmation that
says what will be removed and restored)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import importing
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.tables import ColumnsModel, list_table

Index = QModelIndex | QPersistentModelIndex


class BatchModel(ColumnsModel):
    COLUMNS = ("id", "started_at", "kind", "source", "actor", "counts", "status")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._headers = [self.tr("No."), self.tr("When"), self.tr("What"), self.tr("File"),
                         self.tr("By"), self.tr("Result"), self.tr("Status")]
        self._status = {"done": self.tr("Imported"), "reverted": self.tr("Reverted"),
                        "running": self.tr("Unfinished"), "failed": self.tr("Failed")}
        self.rows: list[importing.Batch] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = importing.batches(self.ctx.store)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        batch = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "kind":
            return importing.kind(batch.kind).label(self.ctx.language) if batch.kind in importing.KINDS else batch.kind
        if key == "started_at":
            return batch.started_at.replace("T", " ")[:16]
        if key == "counts":
            s = batch.summary
            return self.tr("%1 new, %2 updated").replace("%1", str(s.get("created", 0))) \
                .replace("%2", str(s.get("updated", 0)))
        if key == "status":
            return self._status.get(batch.status, batch.status)
        value = getattr(batch, key)
        return "" if value is None else str(value)


class ImportHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import history"))
        self.resize(820, 420)
        self.model = BatchModel(ctx, self)
        self.view = list_table(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.revert_button = QPushButton(self.tr("&Revert…"))
        self.revert_button.clicked.connect(self.revert_selected)
        self.note = QLabel(self.tr("Reverting removes what an import created and puts back the "
                                   "fields it changed."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.model.reload()
        self.view.selectionModel().currentRowChanged.connect(self._update)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update()

    def selected(self) -> importing.Batch | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    @Slot()
    def _update(self, *_: object) -> None:
        batch = self.selected()
        self.revert_button.setEnabled(batch is not None and batch.status == "done")

    @Slot()
    def revert_selected(self) -> None:
        batch = self.selected()
        if batch is not None:
            confirm_revert(self.ctx, self, batch.id, lambda _: (self.model.reload(), self._update()))


def confirm_revert(ctx: AppContext, parent: QWidget, batch_id: int,
                   done: Callable[[importing.RevertResult], object]) -> None:
    """Ask, saying what reverting will do, then revert on the worker."""
    plan = importing.revert_plan(ctx.store, batch_id)
    created = sum(plan.created.values())
    text = QCoreApplication.translate("ImportHistoryDialog", "Revert import no. %1? %2 records it created will be removed and %3 "
                     "records it changed will get their old values back.") \
        .replace("%1", str(batch_id)).replace("%2", str(created)).replace("%3", str(plan.updated))
    if plan.changed_since:
        text += "\n\n" + QCoreApplication.translate("ImportHistoryDialog", "%1 of the customers it created were changed since; they are "
                                   "removed with those changes.").replace("%1", str(plan.changed_since))
    answer = QMessageBox.question(parent, QCoreApplication.translate("ImportHistoryDialog", "Revert import"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return
    actor = ctx.actor

    def finished(result: importing.RevertResult) -> None:
        ctx.signals.sig_customers_changed.emit([])
        ctx.signals.sig_visits_changed.emit(0)
        done(result)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("ImportHistoryDialog", "Revert import"), str(exc))

    ctx.tasks.submit(lambda store, progress: importing.revert_batch(store, batch_id, actor),
                     finished, failed, title=QCoreApplication.translate("ImportHistoryDialog", "Reverting the import…"), parent=parent)
