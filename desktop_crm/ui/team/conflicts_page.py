"""The Conflicts page: what a sync could not merge, one row each (customer, field, this
laptop's value and the team's, who made theirs and when), decided here: keep mine, take
theirs, or type another value; an edit against a delete is restored or the delete confirmed.

A decision is written at once (``domain/conflicts.decide``, the CLI's own) and goes to the
team at the next sync; the dossier's history notes it.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop_crm.domain import conflicts
from desktop_crm.storage import sync_conflicts
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.models import Column, Row, RowsModel, fit_columns, make_table
from desktop_crm.ui.pages import RefreshWhenShown

PROBLEM_STYLE = "color: #b3261e;"


class ConflictsPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[conflicts.Conflict] = []
        self.model = RowsModel([
            Column(self.tr("Customer")), Column(self.tr("Field")),
            Column(self.tr("Mine (this laptop)")), Column(self.tr("Theirs (the team)")),
            Column(self.tr("Changed by")), Column(self.tr("When")),
        ], self)
        self.table = make_table(self.model)  # "When" takes the width left
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(self._open_customer)

        self.summary = QLabel()
        self.explain = QLabel(self.tr(
            "The same field was changed differently on this laptop and on another one. The "
            "record holds the team's value until you decide; your decision goes to the team "
            "at the next sync."))
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)

        self.mine_button = QPushButton(self.tr("Keep &mine"))
        self.theirs_button = QPushButton(self.tr("Take &theirs"))
        self.edit_button = QPushButton(self.tr("&Edit the value…"))
        self.restore_button = QPushButton(self.tr("&Restore the record"))
        self.delete_button = QPushButton(self.tr("Confirm the &delete"))
        # a change the server refused: sent again it would be refused again, so only dismissed
        self.dismiss_button = QPushButton(self.tr("Take the team's and &dismiss"))
        self.dismiss_button.clicked.connect(lambda: self.decide("theirs"))
        self.why = QLabel()
        self.why.setObjectName("refused_why")
        self.why.setWordWrap(True)
        self.mine_button.clicked.connect(lambda: self.decide("mine"))
        self.theirs_button.clicked.connect(lambda: self.decide("theirs"))
        self.edit_button.clicked.connect(self.edit_value)
        self.restore_button.clicked.connect(lambda: self.decide_record(restore=True))
        self.delete_button.clicked.connect(lambda: self.decide_record(restore=False))
        buttons = QHBoxLayout()
        for button in (self.mine_button, self.theirs_button, self.edit_button,
                       self.restore_button, self.delete_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        ctx.signals.sig_customers_changed.connect(self._data_changed)
        self._selected()

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self.items = conflicts.open_conflicts(self.ctx.store, self.ctx.language)
        self.model.set_rows([Row(c.id, self._cells(c)) for c in self.items])
        fit_columns(self.table)
        self.summary.setText(self.tr("%n conflict(s) wait for your decision.", "", len(self.items))
                             if self.items else self.tr("No conflicts wait for a decision."))
        if self.items:
            self.table.selectRow(0)
        self._selected()

    def _cells(self, c: conflicts.Conflict) -> tuple[str, ...]:
        customer = c.customer or self.tr("(not on this laptop)")
        if c.refused and c.field is None:
            field = self.tr("Refused by the team server")
            mine = self.tr("deleted") if c.mine_deleted else self.tr("edited")
            theirs = self.tr("(not on the server)") if c.theirs_deleted else self.tr("as it was")
        elif c.field is None:
            field = self.tr("The whole record")
            mine = self.tr("deleted") if c.mine_deleted else self.tr("edited")
            theirs = self.tr("deleted") if c.theirs_deleted else self.tr("edited")
        else:
            field = c.field_label
            mine, theirs = c.mine or self.tr("(empty)"), c.theirs or self.tr("(empty)")
        return customer, field, mine, theirs, c.who, c.when

    def current(self) -> conflicts.Conflict | None:
        row = self.table.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    @Slot()
    def _selected(self, *_: object) -> None:
        c = self.current()
        writable = not self.ctx.store.read_only
        refused = c is not None and c.refused is not None
        field_level = c is not None and c.field is not None and not refused
        record_level = c is not None and c.field is None and not refused
        self.dismiss_button.setVisible(refused)
        self.dismiss_button.setEnabled(refused and writable)
        why = self.why_text(c)
        self.why.setVisible(bool(why))
        self.why.setText(why)
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            button.setVisible(not record_level and not refused)
            button.setEnabled(field_level and writable)
        for button in (self.restore_button, self.delete_button):
            button.setVisible(record_level)
            button.setEnabled(record_level and writable)

    def why_text(self, c: conflicts.Conflict | None) -> str:
        """Under the table: why the server refused a change, or who holds a value this
        customer gave up; '' for a plain conflict."""
        if c is None:
            return ""
        if c.refused is not None:
            return self.refusal_text(c.refused)
        if c.held_by:
            return self.tr(
                "%1 holds this value in the team, and no two customers may share it, so this "
                "customer gave it up. If they are one shop, merge them; otherwise take what it "
                "holds now, or enter another value.").replace("%1", c.held_by)
        return ""

    def refusal_text(self, why: str) -> str:
        """Why the team server refused a change made here, and what can be done."""
        if why == "shared":
            return self.tr("The team server refused this change: only a manager changes the "
                           "team's shared settings and reference data (tiers, scoring weights, "
                           "member rules). This laptop holds the team's version; dismiss the "
                           "change, or ask your manager to make it.")
        if why == "give":
            return self.tr("The team server refused this change: your login may not give a "
                           "customer to someone else. The customer stays with its account "
                           "manager; dismiss the change, or ask your manager to give it.")
        return self.tr("The team server refused this change: your login may not make it. "
                       "Dismiss it, or ask your manager.")

    @Slot()
    def _open_customer(self, *_: object) -> None:
        c = self.current()
        if c is not None and c.customer_id is not None:
            self.ctx.signals.sig_open_customer.emit(c.customer_id)

    # --- deciding -----------------------------------------------------------------------------

    def decide(self, choice: str, value: object = None) -> bool:
        c = self.current()
        if c is None:
            return False
        self.message.clear()
        try:
            conflicts.decide(self.ctx.store, self.ctx.actor, c.id, choice, value)
        except sqlite3.IntegrityError:
            self.message.setText(self.tr("That value belongs to another record already: "
                                         "edit the value and choose another."))
            return False
        except sync_conflicts.RefusedAgain:
            self.message.setText(self.tr("The team server refused this change and would "
                                         "refuse it again: take the team's to dismiss it, or "
                                         "ask your manager to make the change."))
            return False
        except KeyError:
            self.refresh()
            self.message.setText(self.tr("This conflict was decided meanwhile."))
            return False
        except StorageError as exc:  # a read-only file, a full disk
            self.message.setText(str(exc))
            return False
        self.refresh()
        self.ctx.signals.sig_conflicts_changed.emit()
        if c.customer_id is not None:
            self.ctx.signals.sig_customers_changed.emit([c.customer_id])
        return True

    @Slot()
    def edit_value(self) -> bool:
        c = self.current()
        if c is None or c.field is None:
            return False
        text, ok = QInputDialog.getText(
            self, self.tr("Edit the value"),
            self.tr("%1 of %2:").replace("%1", c.field_label).replace("%2", c.customer),
            text=str(c.raw["mine"] if c.raw["mine"] is not None else ""))
        if not ok:
            return False
        return self.decide("edited", conflicts.typed(c.raw, text))

    def decide_record(self, *, restore: bool) -> bool:
        """An edit against a delete: restore the record (the edited side) or confirm the
        delete (the deleting side)."""
        c = self.current()
        if c is None or c.field is None and c.mine_deleted == c.theirs_deleted:
            return False
        deleting_side = "mine" if c.mine_deleted else "theirs"
        edited_side = "theirs" if c.mine_deleted else "mine"
        return self.decide(edited_side if restore else deleting_side)
