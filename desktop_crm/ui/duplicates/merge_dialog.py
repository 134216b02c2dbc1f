"""Merging two dossiers field by field: for each field where they differ, the user picks whose
value to keep; everything attached to both is kept. The merge can be undone later from the
Data quality page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import merge
from desktop_crm.domain.fields import Field
from desktop_crm.ui.context import AppContext


class MergeDialog(QDialog):
    sig_merged = Signal(int)   # merge id

    def __init__(self, ctx: AppContext, first: int, second: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Merge two customers"))
        self.resize(860, 560)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.attached = QLabel()
        self.attached.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Keep the other one"))
        self.swap_button.setToolTip(self.tr("Swap which dossier survives (and keeps its code)"))
        self.swap_button.clicked.connect(self.swap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.swap_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.attached)
        layout.addLayout(bottom)
        self.groups: dict[str, QButtonGroup] = {}
        self.merge_id: int | None = None
        self.load(first, second)

    def load(self, survivor: int, other: int) -> None:
        self.survivor, self.other = survivor, other
        self.preview = p = merge.merge_preview(self.ctx.store, survivor, other)
        keep, gone = p.survivor, p.merged
        self.heading.setText(self.tr("%1 (%2) stays and keeps its code; %3 (%4) is merged into it "
                                     "and moved to the trash. Choose the value to keep where they differ.")
                             .replace("%1", keep["name"]).replace("%2", keep["code"])
                             .replace("%3", gone["name"]).replace("%4", gone["code"]))
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Keep: %1").replace("%1", keep["code"]),
            self.tr("Merged: %1").replace("%1", gone["code"])])
        self.table.setRowCount(len(p.differing))
        self.groups = {}
        for row, fld in enumerate(p.differing):
            self.table.setItem(row, 0, QTableWidgetItem(fld.label(self.ctx.language)))
            group = QButtonGroup(self)
            for column, side in ((1, merge.SURVIVOR), (2, merge.MERGED)):
                button = QRadioButton(self._text(fld, p.value(fld, side)) or self.tr("(empty)"))
                button.setProperty("side", side)
                button.setChecked(p.defaults[fld.name] == side)
                group.addButton(button)
                self.table.setCellWidget(row, column, button)
            self.groups[fld.name] = group
        self.table.resizeColumnToContents(0)
        names = {"contacts": self.tr("contacts"), "interactions": self.tr("visits"),
                 "plans": self.tr("plans"), "transactions": self.tr("purchases"),
                 "members": self.tr("member cards"), "campaign_targets": self.tr("campaign entries"),
                 "metric_snapshots": self.tr("metric values"),
                 "customer_addresses": self.tr("addresses")}
        # scores move too, but are the scoring's to recompute: not the user's records
        moving = [f"{names[t]} {b}" for t, (_, b) in p.attached.items() if b and t in names]
        tags = [t for t in p.tags[1] if t not in p.tags[0]]
        text = self.tr("Moved to the kept dossier: %1.").replace(
            "%1", self.tr(", ").join(moving) if moving else self.tr("nothing attached"))
        if tags:
            text += " " + self.tr("Tags added: %1.").replace("%1", self.tr(", ").join(tags))
        if p.attached.get("members", (0, 0))[0] and p.attached.get("members", (0, 0))[1]:
            text += " " + self.tr("Both are members: the second card stays with the merged dossier in the trash.")
        self.attached.setText(text)

    def _text(self, fld: Field, value: Any) -> str:
        if value in (None, ""):
            return ""
        if fld.kind == "staff":
            return self.preview.owner_names.get(value, str(value))
        if fld.kind == "choice":
            return fld.choice_label(value, self.ctx.language)
        return str(value).replace("\n", " ")

    def choices(self) -> dict[str, str]:
        return {name: group.checkedButton().property("side") for name, group in self.groups.items()
                if group.checkedButton() is not None}

    @Slot()
    def swap(self) -> None:
        self.load(self.other, self.survivor)

    @Slot()
    def do_merge(self) -> None:
        """Merge on the worker: an automatic backup of the file is taken first."""
        survivor, other, choices, actor = self.survivor, self.other, self.choices(), self.ctx.actor
        self.merge_button.setEnabled(False)
        self.ctx.tasks.submit(
            lambda store, progress: merge.merge_customers(store, survivor, other, choices, actor),
            self._merged, self._failed, title=self.tr("Merging…"), parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.merge_button.setEnabled(True)
        self.heading.setText(getattr(exc, "message", str(exc)))
        self.heading.setStyleSheet("color: #b3261e;")

    def _merged(self, merge_id: int) -> None:
        self.merge_id = merge_id
        self.ctx.signals.sig_customers_changed.emit([self.survivor, self.other])
        self.ctx.signals.sig_visits_changed.emit(self.survivor)
        self.sig_merged.emit(self.merge_id)
        self.accept()

