"""The follow-up agenda: what was promised to customers, grouped Overdue / Today / This week /
Later, with Mark done, Reschedule and Open customer from the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import follow_ups, give, visit_list
from desktop_crm.domain.team_rights import rights
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.actions import widget_action
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.pages import RefreshWhenShown
from desktop_crm.ui.tables import ColumnsModel, list_table
from desktop_crm.ui.visits.customer_visits import OVERDUE_COLOR, one_line
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.visits.visit_dialog import ERROR_STYLE, VisitDialog

Index = QModelIndex | QPersistentModelIndex
HEADING_BACKGROUND = QColor("#e8ecf2")


class AgendaModel(ColumnsModel):
    """The four groups as one flat table: a heading row per group ("Overdue (12)"), then its
    follow-ups, earliest due first. Flat, because a tree view lays out every child of an
    expanded group, and at 100k customers "Overdue" alone holds ~12,000 follow-ups; a table
    with fixed row heights only ever asks for the rows on screen."""

    COLUMNS = ("customer", "code", "due", "overdue", "next_step", "channel", "staff")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # no groups at all until the first load: "Overdue (0)" would be a false all-clear
        self.groups: list[tuple[str, list[dict[str, Any]]]] = []
        self.collapsed: set[str] = set()
        self._flat: list[tuple[int, int]] = []  # (group, row in group); row -1 is the heading
        fields = visit_list.interaction_fields()
        lang = ctx.language
        self._channel = fields["channel"]
        self._titles = {
            "overdue": self.tr("Overdue (%1)"), "today": self.tr("Today (%1)"),
            "this_week": self.tr("This week (%1)"), "later": self.tr("Later (%1)"),
        }
        self._headers = [
            self.tr("Customer"), self.tr("Code"), fields["follow_up_due"].label(lang),
            self.tr("Days overdue"), fields["next_step"].label(lang),
            fields["channel"].label(lang), fields["staff"].label(lang),
        ]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: dict[str, list[dict[str, Any]]]) -> None:
        self.beginResetModel()
        self.groups = [(key, list(groups.get(key, []))) for key in visit_list.AGENDA_GROUPS]
        self._flatten()
        self.endResetModel()

    def toggle(self, key: str) -> None:
        """Fold a group away, or open it again."""
        self.beginResetModel()
        self.collapsed ^= {key}
        self._flatten()
        self.endResetModel()

    def _flatten(self) -> None:
        flat: list[tuple[int, int]] = []
        for g, (key, rows) in enumerate(self.groups):
            flat.append((g, -1))
            if key not in self.collapsed:
                flat.extend((g, r) for r in range(len(rows)))
        self._flat = flat

    def total(self) -> int:
        return sum(len(rows) for _, rows in self.groups)

    def rows_of(self, key: str) -> list[dict[str, Any]]:
        return next((rows for k, rows in self.groups if k == key), [])

    def heading_rows(self) -> list[int]:
        return [i for i, (_, r) in enumerate(self._flat) if r < 0]

    # --- shape ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._flat)

    # --- rows -----------------------------------------------------------------------------

    def group_at(self, row: int) -> str | None:
        """The group whose heading is ``row`` (None for a follow-up row)."""
        if not 0 <= row < len(self._flat) or self._flat[row][1] >= 0:
            return None
        return self.groups[self._flat[row][0]][0]

    def follow_up(self, index: Index) -> dict[str, Any] | None:
        """The follow-up shown in a row (None for a heading)."""
        if not index.isValid() or not 0 <= index.row() < len(self._flat):
            return None
        g, r = self._flat[index.row()]
        return None if r < 0 else self.groups[g][1][r]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.BackgroundRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._flat):
            return None
        g, r = self._flat[index.row()]
        if r < 0:
            return self._heading(g, index.column(), role)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
            return None
        row = self.groups[g][1][r]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            overdue = column in ("due", "overdue") and row["days_overdue"] > 0
            return QBrush(OVERDUE_COLOR) if overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "next_step":
                return row["next_step"] or None
            if column == "customer":
                return row["purpose"] or None
            return None
        return self._text(row, column)

    def _heading(self, g: int, column: int, role: int) -> Any:
        key, rows = self.groups[g]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HEADING_BACKGROUND)
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            arrow = "▸" if key in self.collapsed else "▾"  # a sign, not words: no translation
            return f"{arrow} {self._titles[key].replace('%1', str(len(rows)))}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and key == "overdue" and rows:
            return QBrush(OVERDUE_COLOR)
        return None

    def _text(self, row: dict[str, Any], column: str) -> str:
        if column == "customer":
            return row["customer_name"]
        if column == "code":
            return row["code"]
        if column == "due":
            return row["follow_up_due"]
        if column == "overdue":
            days = row["days_overdue"]
            return self.tr("%n day(s)", "", days) if days else ""
        if column == "next_step":
            return one_line(row["next_step"])
        if column == "channel":
            if row.get("kind") == "plan_action":  # an action of the active account plan
                return self.tr("Plan v%1").replace("%1", str(row["plan_version"]))
            return self._channel.choice_label(row["channel"], self.ctx.language)
        return row["staff_name"] or ""

    # --- edits in place -----------------------------------------------------------------

    def position_of(self, follow_up_id: int) -> QModelIndex:
        for i, (g, r) in enumerate(self._flat):
            if r >= 0 and self.groups[g][1][r]["id"] == follow_up_id:
                return self.index(i, 0)
        return QModelIndex()

    def remove(self, follow_up_id: int) -> None:
        """Take a follow-up out at once (the background refresh then confirms it)."""
        index = self.position_of(follow_up_id)
        if not index.isValid():
            return
        g, r = self._flat[index.row()]
        self.beginRemoveRows(QModelIndex(), index.row(), index.row())
        del self.groups[g][1][r]
        self._flatten()
        self.endRemoveRows()
        heading = self.index(self._flat.index((g, -1)), 0)
        self.dataChanged.emit(heading, heading, [Qt.ItemDataRole.DisplayRole])


class RescheduleDialog(QDialog):
    """A new due date for one follow-up; the domain's objections are shown, not swallowed."""

    def __init__(self, ctx: AppContext, follow_up: dict[str, Any], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.follow_up = follow_up
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        today = date.today()
        current = date.fromisoformat(follow_up["follow_up_due"])
        self.date_edit = QDateEdit(QDate(max(current, today)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        quick = QHBoxLayout()
        self._quick_days: dict[QPushButton, int] = {}
        for text, days in ((self.tr("Tomorrow"), 1), (self.tr("+1 week"), 7),
                           (self.tr("+2 weeks"), 14), (self.tr("+1 month"), 30)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(self._quick_date)
            self._quick_days[button] = days
            quick.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("%1 (%2): due %3").replace("%1", follow_up["customer_name"])
            .replace("%2", follow_up["code"]).replace("%3", follow_up["follow_up_due"])
        ))
        layout.addWidget(self.date_edit)
        layout.addLayout(quick)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    @Slot()
    def _quick_date(self) -> None:
        days = self._quick_days.get(self.sender(), 0)
        self.date_edit.setDate(QDate(date.today() + timedelta(days=days)))

    @Slot()
    def accept(self) -> None:
        try:
            visit_list.reschedule(
                self.ctx.store, self.ctx.actor, self.follow_up["id"],
                self.date_edit.date().toPython(),
            )
        except ValidationError as exc:
            self.error.setText("\n".join(error_text(e) for e in exc.errors))
            self.error.setVisible(True)
            return
        self.ctx.signals.sig_visits_changed.emit(self.follow_up["customer_id"])
        super().accept()


class FollowUpsPage(RefreshWhenShown, QWidget):
    """Open follow-ups of everyone (or only the user's). Loaded off the UI thread: at 100k
    customers there are ~16,000 open follow-ups. Enter on a heading folds its group."""

    sig_refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self._generation = 0
        self.my_staff_id = visit_list.staff_id_of(ctx.store, ctx.actor)

        self.model = AgendaModel(ctx, self)
        self.table = list_table(self.model, alternating=False, grid=False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        for column, width in enumerate((220, 110, 96, 100, 300, 80, 80)):
            self.table.setColumnWidth(column, width)

        self.only_mine = QCheckBox(self.tr("Only mine"))
        if self.my_staff_id is None:
            self.only_mine.setEnabled(False)
            self.only_mine.setToolTip(
                self.tr("Your user name is not on the staff list, so nothing is yours.")
            )
        else:
            self.only_mine.setChecked(True)
            self.only_mine.setToolTip(self.tr(
                "Only the follow-ups of your own visits and the plan actions you own. The count "
                "on the Follow-ups tab and in the status bar is everyone's."))
        self.only_mine.toggled.connect(self._mine_toggled)
        # a manager's laptop holds the team's follow-ups: one account manager's at a time
        self.person = QComboBox()
        self.person.addItem(self.tr("Every account manager"), None)
        granted = rights(ctx.store)
        if granted.connected:  # the team's account managers, for a manager or an admin
            for staff_id, name in give.targets(ctx.store, granted):
                self.person.addItem(name, staff_id)
        self.person.setVisible(self.person.count() > 1)
        self.person.setToolTip(self.tr("Show one account manager's follow-ups"))
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.open_action = widget_action(self, self.tr("Open customer"), None, self.open_customer)
        self.done_action = widget_action(self, self.tr("Mark done…"), "Ctrl+D", self.mark_done)
        self.reschedule_action = widget_action(self, self.tr("Reschedule…"), "Ctrl+R", self.reschedule)
        self.status = QLabel()
        self.empty_label = QLabel(
            self.tr("No open follow-ups. Set a follow-up date when you log a visit.")
        )
        self.empty_label.setEnabled(False)
        self.empty_label.setVisible(False)

        bar = QHBoxLayout()
        for action in (self.open_action, self.done_action, self.reschedule_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.only_mine)
        bar.addWidget(self.person)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)

        self.table.selectionModel().currentChanged.connect(self._update_actions)
        ctx.signals.sig_visits_changed.connect(self._data_changed)
        ctx.signals.sig_customers_changed.connect(self._data_changed)
        self._update_actions()

    # --- loading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload in the background; results of an older load that arrive late are dropped."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        staff_id = self.my_staff_id if self.only_mine.isChecked() else self.person.currentData()
        today = date.today()
        self.status.setText(self.tr("Loading…"))
        def load(store, _progress):
            groups = visit_list.agenda(store, today, staff_id)
            everyone = visit_list.overdue(store, today) if staff_id is not None else None
            return groups, everyone

        self.ctx.tasks.submit(
            load,
            lambda result: self._loaded(generation, *result),
            lambda exc: self._failed(generation, exc),
        )

    @Slot(bool)
    def _mine_toggled(self, mine: bool) -> None:
        if mine:  # one choice of whose follow-ups at a time
            self.person.blockSignals(True)
            self.person.setCurrentIndex(0)
            self.person.blockSignals(False)
        self.refresh()

    @Slot(int)
    def _person_chosen(self, index: int) -> None:
        if index > 0 and self.only_mine.isChecked():
            self.only_mine.blockSignals(True)
            self.only_mine.setChecked(False)
            self.only_mine.blockSignals(False)
        self.refresh()

    def _loaded(self, generation: int, groups: dict[str, list[dict[str, Any]]],
                everyone: follow_ups.Overdue | None = None) -> None:
        if generation != self._generation:
            return
        keep = self.current_follow_up()
        keep_heading = self.model.group_at(self.table.currentIndex().row())
        self.model.set_groups(groups)
        self._span_headings()
        target = self.model.position_of(keep["id"]) if keep else QModelIndex()
        if keep_heading is not None:
            target = self._heading_index(keep_heading)
        if not target.isValid():
            target = self._first_follow_up()
        if target.isValid():
            self.table.setCurrentIndex(target)
        total = self.model.total()
        if everyone is None:
            self.status.setText(self.tr("%n open follow-up(s)", "", total))
        else:  # says what is counted, where it differs from the tab's and status bar's count
            words = (self.tr("Only yours: %1 open, %2 overdue · everyone's: %3 overdue")
                     if self.only_mine.isChecked() else
                     self.tr("%4's: %1 open, %2 overdue · everyone's: %3 overdue")
                     .replace("%4", self.person.currentText()))
            self.status.setText(
                words.replace("%1", str(total)).replace("%2", str(len(groups["overdue"])))
                .replace("%3", str(everyone.items)))
        self.empty_label.setVisible(total == 0)
        self._update_actions()
        self.sig_refreshed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("Could not load the follow-ups: %1").replace("%1", str(exc)))
        self.sig_refreshed.emit()

    def _span_headings(self) -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())

    def _heading_index(self, key: str) -> QModelIndex:
        row = next((r for r in self.model.heading_rows() if self.model.group_at(r) == key), -1)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def _first_follow_up(self) -> QModelIndex:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.follow_up(index) is not None:
                return index
        return QModelIndex()

    # --- selection ----------------------------------------------------------------------------

    def current_follow_up(self) -> dict[str, Any] | None:
        return self.model.follow_up(self.table.currentIndex())

    def select(self, follow_up_id: int) -> bool:
        index = self.model.position_of(follow_up_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    @Slot()
    def _update_actions(self, *_: object) -> None:
        has = self.current_follow_up() is not None
        for action in (self.open_action, self.done_action, self.reschedule_action):
            action.setEnabled(has)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if self.model.follow_up(index) is not None:
            self.open_customer()
        elif (key := self.model.group_at(index.row())) is not None:
            self.model.toggle(key)
            self._span_headings()
            self.table.setCurrentIndex(self._heading_index(key))

    # --- actions ----------------------------------------------------------------------------

    @Slot()
    def open_customer(self) -> None:
        row = self.current_follow_up()
        if row is not None:
            self.ctx.signals.sig_open_customer.emit(row["customer_id"])

    @Slot()
    def mark_done(self) -> QMessageBox | None:
        """Ask whether the follow-up visit should be logged now, then mark it done."""
        row = self.current_follow_up()
        if row is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Mark follow-up done"))
        box.setText(self.tr("Follow-up with %1 is done. Log the visit now?")
                    .replace("%1", row["customer_name"]))
        box.setInformativeText(one_line(row["next_step"]))
        self.log_button = box.addButton(self.tr("Log the visit…"), QMessageBox.ButtonRole.YesRole)
        self.just_done_button = box.addButton(self.tr("Just mark done"),
                                              QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.log_button)
        # No closure over the box (PySide6 crashes deleting a widget whose signal holds
        # one); the answer is read through self.question.
        box.finished.connect(partial(self._answered, row))
        self.question = box
        box.open()
        return box

    def _answered(self, row: dict[str, Any], _result: int) -> None:
        box, self.question = self.question, None
        if box is None:
            return
        clicked = box.clickedButton()
        log, just_done = clicked is self.log_button, clicked is self.just_done_button
        box.deleteLater()
        if log:
            self._log_follow_up_visit(row)
        elif just_done:
            self._complete(row)

    def _log_follow_up_visit(self, row: dict[str, Any]) -> VisitDialog:
        prefill = {
            "channel": row["channel"],
            "purpose": row["next_step"] or row["purpose"],
            "contact_ids": visit_list.visit_contact_ids(self.ctx.store, row["id"]),
        }
        dialog = VisitDialog(self.ctx, row["customer_id"], self, prefill=prefill)
        # the follow-up is done only once its visit is saved; cancelling leaves it open
        dialog.accepted.connect(lambda: self._complete(row))
        return self._open(dialog)

    def _complete(self, row: dict[str, Any]) -> None:
        visit_list.complete_follow_up(self.ctx.store, self.ctx.actor, row["id"])
        self.model.remove(row["id"])
        self._update_actions()
        self.ctx.signals.sig_visits_changed.emit(row["customer_id"])

    @Slot()
    def reschedule(self) -> RescheduleDialog | None:
        row = self.current_follow_up()
        if row is None:
            return None
        return self._open(RescheduleDialog(self.ctx, row, self))

    def _open(self, dialog):
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus()
