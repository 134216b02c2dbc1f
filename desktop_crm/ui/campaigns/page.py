"""Campaigns as a closed loop: the list of campaigns; for the one chosen, its targets and who
has them, each assignee's work list (record outcome and feedback, next), and the evaluation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.campaigns import OUTCOMES, STATUSES, TYPES, CampaignService
from desktop_crm.domain.customer_list import CustomerList
from desktop_crm.storage import queries
from desktop_crm.ui.campaigns.dialogs import AssignDialog, CampaignDialog, TargetsDialog
from desktop_crm.ui.campaigns.evaluation import EvaluationView
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import RowsModel, show_error
from desktop_crm.ui.tables import list_table


class CampaignsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = CampaignService(ctx.store, ctx.actor, ctx.language)
        self.lang = 0 if ctx.language == "zh" else 1
        self._stale = True
        self._tiers = CustomerList(ctx.store, ctx.language)  # tier labels of this database

        # the campaigns
        self.campaigns = RowsModel(
            ("name", "type", "dates", "status", "targets", "contacted"),
            (self.tr("Campaign"), self.tr("Type"), self.tr("Dates"), self.tr("Status"),
             self.tr("Targets"), self.tr("Contacted")), self._campaign_cell,
            numeric=("targets", "contacted"), parent=self)
        self.list = list_table(self.campaigns, self)
        self.list.horizontalHeader().setStretchLastSection(True)
        new = QPushButton(self.tr("&New campaign…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.status_box = QComboBox()
        for code, labels in STATUSES.items():
            self.status_box.addItem(labels[self.lang], code)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for w in (new, self.edit_button, self.delete_button, self.status_box):
            row.addWidget(w)
        lv.addLayout(row)
        lv.addWidget(self.list, 1)

        # targets
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.choose_button = choose = QPushButton(self.tr("Choose targets…"))
        self.assign_button = assign = QPushButton(self.tr("Assign…"))
        self.hand_staff = QComboBox()
        self.hand_button = hand = QPushButton(self.tr("Give selected to"))
        self.targets = RowsModel(
            ("name", "phone", "staff", "holdout", "contacted", "outcome", "feedback"),
            (self.tr("Customer"), self.tr("Phone"), self.tr("Staff"), self.tr("Group"),
             self.tr("Contacted"), self.tr("Outcome"), self.tr("Feedback")),
            self._target_cell, parent=self)
        self.targets_table = list_table(self.targets, self, multi_select=True)
        self.targets_table.horizontalHeader().setStretchLastSection(True)
        targets_tab = QWidget()
        tv = QVBoxLayout(targets_tab)
        trow = QHBoxLayout()
        for w in (choose, assign):
            trow.addWidget(w)
        trow.addStretch(1)
        trow.addWidget(hand)
        trow.addWidget(self.hand_staff)
        tv.addWidget(self.summary)
        tv.addLayout(trow)
        tv.addWidget(self.targets_table, 1)

        # work list
        self.work_staff = QComboBox()
        self.open_only = QCheckBox(self.tr("Only those not contacted yet"), checked=True)
        self.work = RowsModel(("name", "phone", "tier", "contacted", "outcome", "feedback"),
                              (self.tr("Customer"), self.tr("Phone"), self.tr("Tier"), self.tr("Contacted"),
                               self.tr("Outcome"), self.tr("Feedback")), self._target_cell, parent=self)
        self.work_table = list_table(self.work, self)
        self.work_table.horizontalHeader().setStretchLastSection(True)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("— Outcome —"), None)  # chosen anew for every target
        for code, labels in OUTCOMES.items():
            self.outcome.addItem(labels[self.lang], code)
        self.feedback = QLineEdit(placeholderText=self.tr("What the customer said"))
        self.record_button = QPushButton(self.tr("&Record and next (Ctrl+Enter)"))
        self.work_count = QLabel()
        self.work_error = QLabel()
        self.work_error.setStyleSheet("color: #cf222e;")
        work_tab = QWidget()
        wv = QVBoxLayout(work_tab)
        wrow = QHBoxLayout()
        wrow.addWidget(QLabel(self.tr("Work list of")))
        wrow.addWidget(self.work_staff)
        wrow.addWidget(self.open_only)
        wrow.addWidget(self.work_count, 1)
        frow = QHBoxLayout()
        frow.addWidget(self.outcome)
        frow.addWidget(self.feedback, 1)
        frow.addWidget(self.record_button)
        wv.addLayout(wrow)
        wv.addWidget(self.work_table, 1)
        wv.addLayout(frow)
        wv.addWidget(self.work_error)

        self.evaluation = EvaluationView(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(targets_tab, self.tr("Targets"))
        self.tabs.addTab(work_tab, self.tr("Work list"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([520, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        new.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.delete_button.clicked.connect(self.delete_campaign)
        self.status_box.activated.connect(self._set_status)
        self.list.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_campaign())
        choose.clicked.connect(self.choose_targets)
        assign.clicked.connect(self.assign)
        hand.clicked.connect(self.give_selected)
        self.work_staff.currentIndexChanged.connect(lambda _i: self.load_work())
        self.open_only.toggled.connect(lambda _on: self.load_work())
        self.record_button.clicked.connect(self.record)
        self.work_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_target())
        QShortcut(QKeySequence("Ctrl+Return"), work_tab, activated=self.record)
        self.tabs.currentChanged.connect(
            lambda i: self.evaluation.set_campaign(self.current_id()) if i == 2 else None)
        self.targets_table.doubleClicked.connect(lambda i: self._open(self.targets.row(i)))
        self.targets_table.selectionModel().selectionChanged.connect(self._update_target_buttons)
        self.work_table.doubleClicked.connect(lambda i: self._open(self.work.row(i)))
        self._fill_staff()

    # --- campaigns ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # staff may have been added on the Staff page meanwhile
            self._refresh_staff()
        if self._stale:
            self.reload()

    def _refresh_staff(self) -> None:
        if self.hand_staff.count() != len(queries.staff_names(self.ctx.store)):
            current = self.work_staff.currentData()
            self._fill_staff()
            index = self.work_staff.findData(current)
            if index >= 0:
                self.work_staff.setCurrentIndex(index)

    def _fill_staff(self) -> None:
        names = sorted(queries.staff_names(self.ctx.store).items(), key=lambda kv: kv[1])
        for box in (self.hand_staff, self.work_staff):
            box.blockSignals(True)
            box.clear()
            for sid, name in names:
                box.addItem(name, sid)
            box.blockSignals(False)
        mine = self.work_staff.findText(self.ctx.actor)
        if mine >= 0:
            self.work_staff.setCurrentIndex(mine)
        self._update_target_buttons()

    def reload(self, select: int | None = None) -> None:
        self._stale = False
        current = select if select is not None else self.current_id()
        self.campaigns.set_rows(self.service.list())
        self.list.resizeColumnsToContents()
        ids = [c["id"] for c in self.campaigns.rows]
        if ids:
            self.list.selectRow(ids.index(current) if current in ids else 0)
        self.show_campaign()

    def current_id(self) -> int | None:
        row = self.campaigns.row(self.list.currentIndex())
        return row["id"] if row else None

    def _campaign_cell(self, c: dict, column: str) -> Any:
        if column == "type":
            return TYPES.get(c["type"], (c["type"],) * 2)[self.lang]
        if column == "dates":
            return f"{c['starts_on']} – {c['ends_on']}"
        if column == "status":
            return STATUSES.get(c["status"], (c["status"],) * 2)[self.lang]
        if column == "targets":
            return f"{c['targets'] - c['held']} + {c['held']}" if c["held"] else c["targets"]
        return c[column]

    def show_campaign(self) -> None:
        cid = self.current_id()
        for w in (self.edit_button, self.delete_button, self.status_box, self.choose_button):
            w.setEnabled(cid is not None)
        self._update_target_buttons()
        if cid is None:
            self.summary.setText(self.tr("No campaign yet: press “New campaign…”."))
            self.targets.set_rows([])
            self.work.set_rows([])
            return
        c = self.service.get(cid)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(c["status"])))
        rows = self.service.targets(cid)
        self.targets.set_rows(rows)
        held = sum(r["holdout"] for r in rows)
        unassigned = sum(1 for r in rows if not r["holdout"] and r["staff_id"] is None)
        text = self.tr("%1 targets to contact, %2 held back, %3 not assigned yet.")\
            .replace("%1", str(len(rows) - held)).replace("%2", str(held)).replace("%3", str(unassigned))
        if c["goal"]:
            text = self.tr("Goal: %1").replace("%1", c["goal"]) + "  " + text
        self.summary.setText(text)
        if not any(r["staff_id"] == self.work_staff.currentData() for r in rows):
            # someone with targets here: the user's own list when they are on the staff
            assigned = {r["staff_id"] for r in rows if r["staff_id"] is not None}
            mine = self.work_staff.findText(self.ctx.actor)
            pick = mine if self.work_staff.itemData(mine) in assigned else next(
                (i for i in range(self.work_staff.count()) if self.work_staff.itemData(i) in assigned), -1)
            if pick >= 0:
                self.work_staff.blockSignals(True)
                self.work_staff.setCurrentIndex(pick)
                self.work_staff.blockSignals(False)
        self.load_work()
        self.evaluation.campaign_id = cid
        if self.tabs.currentIndex() == 2:  # evaluated when shown: it reads every target's sales
            self.evaluation.set_campaign(cid)

    def new_campaign(self) -> None:
        dialog = CampaignDialog(self.ctx, None, self)
        if dialog.exec():
            self.reload(dialog.campaign_id)
            self.choose_targets()

    def edit_campaign(self) -> None:
        cid = self.current_id()
        if cid and CampaignDialog(self.ctx, cid, self).exec():
            self.reload(cid)

    def delete_campaign(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        c = self.service.get(cid)
        answer = QMessageBox.question(
            self, self.tr("Delete campaign"),
            self.tr("Delete “%1” with its targets and their outcomes? The contacts stay in the "
                    "visit log. This cannot be undone.").replace("%1", c["name"]))
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete(cid)
            self.reload()

    def _set_status(self, _index: int) -> None:
        cid = self.current_id()
        if cid is not None:
            self.service.set_status(cid, self.status_box.currentData())
            self.reload(cid)

    # --- targets ------------------------------------------------------------------------------

    def choose_targets(self) -> None:
        cid = self.current_id()
        if cid is not None and TargetsDialog(self.ctx, cid, self).exec():
            self.reload(cid)

    def assign(self) -> None:
        cid = self.current_id()
        if cid is not None and AssignDialog(self.ctx, cid, self).exec():
            self.reload(cid)

    def give_selected(self) -> None:
        rows = [self.targets.rows[i.row()] for i in self.targets_table.selectionModel().selectedRows()]
        if not rows:
            return
        try:
            self.service.assign_targets([r["id"] for r in rows], self.hand_staff.currentData())
        except Exception as exc:  # a validation error: say it, change nothing
            show_error(self, exc)
            return
        self.reload(self.current_id())

    @Slot()
    def _update_target_buttons(self, *_: object) -> None:
        """Assigning needs targets to contact and staff to give them to; handing over needs
        selected targets too."""
        staff = self.hand_staff.count() > 0
        to_contact = any(not t["holdout"] for t in self.targets.rows)
        self.assign_button.setEnabled(staff and to_contact)
        self.hand_button.setEnabled(staff and self.targets_table.selectionModel().hasSelection())
        self.hand_staff.setEnabled(staff and to_contact)

    def _target_cell(self, t: dict, column: str) -> Any:
        if column == "holdout":
            return self.tr("held back") if t["holdout"] else self.tr("contact")
        if column == "staff":
            return t["staff_name"] or ""
        if column == "tier":
            return self._tiers.tier_label(t["tier"])
        if column == "contacted":
            # the day, and the time when one was recorded (a date alone is stored at 00:00)
            return (t["contacted_at"] or "")[:16].replace("T", " ").removesuffix(" 00:00")
        if column == "outcome":
            return OUTCOMES[t["outcome"]][self.lang] if t["outcome"] in OUTCOMES else ""
        return t[column] or ""

    # --- work list ----------------------------------------------------------------------------

    def load_work(self) -> None:
        cid, staff = self.current_id(), self.work_staff.currentData()
        rows = [] if cid is None or staff is None else self.service.targets(
            cid, staff_id=staff, holdout=False, open_only=self.open_only.isChecked())
        self.work.set_rows(rows)
        self.work_count.setText(self.tr("%n to contact", "", len(rows)))
        if rows:
            self.work_table.selectRow(0)
        self.record_button.setEnabled(bool(rows))
        self._show_target()

    def _show_target(self) -> None:
        """The outcome and feedback editors show what is stored for the current target (empty
        when nothing is): never what was chosen for the one before."""
        target = self.work.row(self.work_table.currentIndex())
        stored = target["outcome"] if target else None
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(stored)) if stored else 0)
        self.feedback.setText((target["feedback"] or "") if target else "")
        self.work_error.clear()

    @Slot()
    def record(self) -> None:
        row = self.work_table.currentIndex().row()
        target = self.work.row(self.work.index(row, 0))
        if target is None:
            return
        if self.outcome.currentData() is None:
            self.work_error.setText(self.tr("Choose the outcome for %1 first.")
                                    .replace("%1", target["name"] or ""))
            self.outcome.setFocus()
            return
        try:
            self.service.record(target["id"], self.outcome.currentData(), self.feedback.text())
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.signals.sig_visits_changed.emit(target["customer_id"])
        cid = self.current_id()
        self.campaigns.set_rows(self.service.list())
        self.list.selectRow([c["id"] for c in self.campaigns.rows].index(cid))
        self.work_table.selectRow(min(row, self.work.rowCount() - 1))
        self._show_target()
        self.outcome.setFocus()

    def _open(self, target: dict | None) -> None:
        if target:
            self.ctx.signals.sig_open_customer.emit(target["customer_id"])
