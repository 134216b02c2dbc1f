"""One customer's visit log, as the dossier shows it: newest first, log / edit / trash, and
the customer's visits in the trash, to restore."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import visit_list
from desktop_crm.ui.actions import widget_action
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.tables import ColumnsModel, list_table
from desktop_crm.ui.visits.visit_dialog import VisitDialog

OVERDUE_COLOR = QColor("#b3261e")
DONE_COLOR = QColor("#5f6b5f")

Index = QModelIndex | QPersistentModelIndex


def short_time(stamp: str | None) -> str:
    """'2026-11-02T10:30:00' -> '2026-11-02 10:30'."""
    return "" if not stamp else stamp[:16].replace("T", " ")


def one_line(text: str | None) -> str:
    return "" if not text else " ".join(text.split())


class CustomerVisitsModel(ColumnsModel):
    """The visits of one customer (a few hundred at most, so all rows are held)."""

    COLUMNS = ("occurred_at", "channel", "staff", "contacts", "purpose", "outcome", "follow_up")

    def __init__(self, ctx: AppContext, customer_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.rows: list[dict[str, Any]] = []
        self.trashed = False  # showing the visits in the trash
        self.today = date.today()
        fields = visit_list.interaction_fields()
        lang = ctx.language
        self._channel = fields["channel"]
        self._headers = [
            fields["occurred_at"].label(lang), fields["channel"].label(lang),
            fields["staff"].label(lang), self.tr("Contacts"), fields["purpose"].label(lang),
            fields["outcome"].label(lang), fields["follow_up_due"].label(lang),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        self.today = date.today()
        self.rows = visit_list.customer_visits(self.ctx.store, self.customer_id, self.trashed)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column != "follow_up" or not row["follow_up_due"]:
                return None
            if row["follow_up_done_at"]:
                return QBrush(DONE_COLOR)
            return QBrush(OVERDUE_COLOR) if self._overdue(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("purpose", "outcome"):
                return row[column] or None
            if column == "follow_up" and row["next_step"]:
                return row["next_step"]
            return None
        return self._text(row, column)

    def _overdue(self, row: dict[str, Any]) -> bool:
        return row["follow_up_due"] < self.today.isoformat()

    def _text(self, row: dict[str, Any], column: str) -> str:
        if column == "occurred_at":
            return short_time(row["occurred_at"])
        if column == "channel":
            return self._channel.choice_label(row["channel"], self.ctx.language)
        if column == "staff":
            return row["staff_name"] or ""
        if column == "contacts":
            return "、".join(row["contact_names"])
        if column == "follow_up":
            return follow_up_text(row, self.today)
        return one_line(row[column])

    def visit_id(self, row: int) -> int | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_of(self, visit_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == visit_id), None)


def follow_up_text(row: dict[str, Any], today: date) -> str:
    """'Due 2026-11-30', 'Overdue: due 2026-11-10' or 'Done 2026-11-25'."""
    due = row.get("follow_up_due")
    if not due:
        return ""
    if row.get("follow_up_done_at"):
        return QCoreApplication.translate("FollowUp", "Done %1").replace("%1", row["follow_up_done_at"][:10])
    if due < today.isoformat():
        return QCoreApplication.translate("FollowUp", "Overdue: due %1").replace("%1", due)
    return QCoreApplication.translate("FollowUp", "Due %1").replace("%1", due)


class CustomerVisitsWidget(QWidget):
    """The visit log of ``customer_id``: Ctrl+L logs a visit, Enter edits, Delete trashes;
    Ctrl+T shows the visits in the trash, where Ctrl+R restores one."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.dialog: VisitDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.model = CustomerVisitsModel(ctx, customer_id, self)
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        self.log_action = widget_action(self, self.tr("Log a visit…"), "Ctrl+L", self.log_visit)
        self.edit_action = widget_action(self, self.tr("Edit…"), None, self.edit_selected)
        self.trash_action = widget_action(
            self, self.tr("Move to trash"), QKeySequence.StandardKey.Delete, self.trash_selected
        )
        self.restore_action = widget_action(self, self.tr("Restore"), "Ctrl+R", self.restore_selected)
        self.trash_view_action = widget_action(self, self.tr("Show trash"), "Ctrl+T", self._toggle_trash)
        self.trash_view_action.setCheckable(True)
        self.empty_label = QLabel()
        self.empty_label.setEnabled(False)
        self.count_label = QLabel()

        buttons = QHBoxLayout()
        self.buttons: dict[QAction, QToolButton] = {}
        for action in (self.log_action, self.edit_action, self.trash_action, self.restore_action):
            self.buttons[action] = button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        trash_button = QToolButton()
        trash_button.setDefaultAction(self.trash_view_action)
        trash_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons.addWidget(trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)

        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        ctx.signals.sig_visits_changed.connect(self._visits_changed)
        ctx.signals.sig_customers_changed.connect(self._customers_changed)
        self.refresh()

    # --- refresh ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        keep = self.current_visit_id()
        self.model.reload()
        count = self.model.rowCount()
        trash = self.model.trashed
        self.count_label.setText(self.tr("%n visit(s) in the trash", "", count) if trash
                                 else self.tr("%n visit(s)", "", count))
        self.empty_label.setText(self.tr("No visits in the trash.") if trash
                                 else self.tr("No visits yet. Press Ctrl+L to log the first one."))
        self.empty_label.setVisible(count == 0)
        self.table.setVisible(count > 0)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and count:
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._fit_columns()
        self._update_actions()

    def _fit_columns(self) -> None:
        for column in (0, 1, 2, 3, 6):
            self.table.resizeColumnToContents(column)

    @Slot(int)
    def _visits_changed(self, customer_id: int) -> None:
        if customer_id == self.customer_id:
            self.refresh()

    @Slot(list)
    def _customers_changed(self, ids: list) -> None:
        if not ids or self.customer_id in ids:
            self.refresh()  # contact names or the customer's trash state may have changed

    @Slot()
    def _update_actions(self) -> None:
        has = self.current_visit_id() is not None
        trash = self.model.trashed
        for action, enabled in ((self.log_action, not trash), (self.edit_action, has and not trash),
                                (self.trash_action, has and not trash), (self.restore_action, has and trash)):
            action.setEnabled(enabled)
            self.buttons[action].setVisible(trash == (action is self.restore_action))

    @Slot()
    def _toggle_trash(self) -> None:
        self.model.trashed = self.trash_view_action.isChecked()
        self.refresh()

    def current_visit_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.visit_id(index.row()) if index.isValid() else None

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def log_visit(self) -> VisitDialog:
        return self._open_dialog(VisitDialog(self.ctx, self.customer_id, self))

    @Slot()
    def edit_selected(self) -> VisitDialog | None:
        visit_id = self.current_visit_id()
        if visit_id is None:
            return None
        return self._open_dialog(
            VisitDialog(self.ctx, self.customer_id, self, interaction_id=visit_id)
        )

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and not self.model.trashed:
            self.edit_selected()

    def _open_dialog(self, dialog: VisitDialog) -> VisitDialog:
        # open(), not exec(): no nested event loop; the list refreshes on the change signal
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus()

    @Slot()
    def trash_selected(self) -> QMessageBox | None:
        visit_id = self.current_visit_id()
        if visit_id is None:
            return None
        row = self.model.rows[self.model.row_of(visit_id)]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Move visit to trash"),
            self.tr("Move the visit of %1 to the trash? It can be restored from the trash.")
            .replace("%1", short_time(row["occurred_at"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        # The slot must not hold the box itself: PySide6 crashes deleting a widget whose own
        # signal is connected to a closure over it. The answer is read via confirm_box.
        box.finished.connect(partial(self._confirmed_trash, visit_id))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed_trash(self, visit_id: int, _result: int) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is None:
            return
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        visit_list.trash_visit(self.ctx.store, self.ctx.actor, visit_id)
        self.ctx.signals.sig_visits_changed.emit(self.customer_id)

    @Slot()
    def restore_selected(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id is None or not self.model.trashed:
            return
        visit_list.restore_visit(self.ctx.store, self.ctx.actor, visit_id)
        self.ctx.signals.sig_visits_changed.emit(self.customer_id)
