"""Dialogs of a campaign: its facts, its targets (a saved filter or a new one, with the
holdout share), and the assignment of targets to staff."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from desktop_crm.domain.campaigns import (
    TYPES,
    CampaignService,
    consenting,
    delete_filter,
    matching_ids,
    save_filter,
    saved_filters,
)
from desktop_crm.domain.customer_list import CustomerFilter, CustomerList
from desktop_crm.domain.fields import CAMPAIGN_FIELDS, FIRST_DATE, LAST_DATE, by_name
from desktop_crm.domain.staff import StaffService
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.customers.filters import FilterBar
from desktop_crm.ui.dossier.forms import limit_length
from desktop_crm.ui.members.common import FormDialog


class CampaignDialog(FormDialog):
    """Create a campaign, or edit one (``campaign_id``)."""

    def __init__(self, ctx: AppContext, campaign_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Campaign") if campaign_id else self.tr("New campaign"), parent)
        self.service = CampaignService(ctx.store, ctx.actor, ctx.language)
        self.campaign_id = campaign_id
        lang = 0 if ctx.language == "zh" else 1
        today = QDate.currentDate()
        self.name = QLineEdit()
        self.goal = QLineEdit(placeholderText=self.tr("e.g. win back 30% of lapsed members"))
        self.type = QComboBox()
        for code, labels in TYPES.items():
            self.type.addItem(labels[lang], code)
        self.starts = QDateEdit(today, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.ends = QDateEdit(today.addDays(30), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.budget = QDoubleSpinBox(maximum=100_000_000, decimals=2, prefix="¥ ", singleStep=100)
        self.cost = QDoubleSpinBox(maximum=100_000_000, decimals=2, prefix="¥ ", singleStep=100)
        self.cost.setSpecialValueText(self.tr("same as the budget"))
        self.holdout = QDoubleSpinBox(maximum=90, decimals=0, suffix=" %", singleStep=5)
        self.holdout.setToolTip(self.tr("A random share of the targets is held back and not "
                                        "contacted, to measure what the campaign added."))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Goal:"), self.goal)
        self.form.addRow(self.tr("&Type:"), self.type)
        self.form.addRow(self.tr("&Starts:"), self.starts)
        self.form.addRow(self.tr("&Ends:"), self.ends)
        self.form.addRow(self.tr("&Budget:"), self.budget)
        self.form.addRow(self.tr("Actual &cost:"), self.cost)
        self.form.addRow(self.tr("&Holdout:"), self.holdout)
        if campaign_id:
            c = self.service.get(campaign_id)
            self.name.setText(c["name"])
            self.goal.setText(c["goal"] or "")
            self.type.setCurrentIndex(max(0, self.type.findData(c["type"])))
            self.starts.setDate(QDate.fromString(c["starts_on"], "yyyy-MM-dd"))
            self.ends.setDate(QDate.fromString(c["ends_on"], "yyyy-MM-dd"))
            self.budget.setValue(c["budget"] or 0)
            self.cost.setValue(c["cost"] or 0)
            self.holdout.setValue(round(c["holdout_share"] * 100))
        texts = by_name(CAMPAIGN_FIELDS)
        limit_length(self.name, texts["name"])
        limit_length(self.goal, texts["goal"])
        # wide enough for the goal's example and a name of a few words
        metrics = self.goal.fontMetrics()
        width = max(metrics.horizontalAdvance(self.goal.placeholderText()), metrics.averageCharWidth() * 40)
        self.goal.setMinimumWidth(width + 24)
        for edit in (self.starts, self.ends):
            edit.setDateRange(QDate(FIRST_DATE.year, 1, 1), QDate(LAST_DATE.year, 12, 31))

    def data(self) -> dict:
        return {
            "name": self.name.text(), "goal": self.goal.text(), "type": self.type.currentData(),
            "starts_on": self.starts.date().toPython(), "ends_on": self.ends.date().toPython(),
            "budget": self.budget.value(), "cost": self.cost.value() or None,
            "holdout_share": self.holdout.value() / 100,
        }

    def apply(self) -> bool:
        if self.campaign_id:
            self.service.update(self.campaign_id, self.data())
        else:
            self.campaign_id = self.service.create(self.data())
        return True


class TargetsDialog(FormDialog):
    """The targets: the customers of a saved filter, or of a filter built here (and saved
    under a name if one is given); a random holdout share is held back."""

    def __init__(self, ctx: AppContext, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Choose targets"), parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.service = CampaignService(ctx.store, ctx.actor, ctx.language)
        self.saved_radio = QRadioButton(self.tr("A &saved filter:"))
        self.new_radio = QRadioButton(self.tr("A &new filter:"))
        group = QButtonGroup(self)
        group.addButton(self.saved_radio)
        group.addButton(self.new_radio)
        self.saved = QComboBox()
        for f in saved_filters(ctx.store):
            self.saved.addItem(f.name, f.filter)
        self.search = QLineEdit(placeholderText=self.tr("Search text (optional)"))
        self.bar = FilterBar(ctx, CustomerList(ctx.store, ctx.language).choices(),
                             width=640)
        self.save_as = QLineEdit(placeholderText=self.tr("Name to save this filter under (optional)"))
        self.holdout = QDoubleSpinBox(maximum=90, decimals=0, suffix=" %", singleStep=5,
                                      value=round(self.service.get(campaign_id)["holdout_share"] * 100))
        self.count = QLabel()
        self.delete_saved = QPushButton(self.tr("Delete filter…"))
        self.delete_saved.clicked.connect(self.delete_filter)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.delete_saved)
        self.form.addRow(self.saved_radio, saved_row)
        self.form.addRow(self.new_radio, self.search)
        self.form.addRow("", self.bar)
        self.form.addRow(self.tr("Save as:"), self.save_as)
        self.form.addRow(self.tr("&Holdout:"), self.holdout)
        self.form.addRow(self.tr("Matching:"), self.count)
        (self.saved_radio if self.saved.count() else self.new_radio).setChecked(True)
        self.saved_radio.setEnabled(self.saved.count() > 0)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._recount)
        for signal in (self.saved.currentIndexChanged, self.bar.sig_changed, self.search.textEdited,
                       self.saved_radio.toggled, self.holdout.valueChanged):
            signal.connect(lambda *_: self._timer.start())
        self.bar.sig_changed.connect(lambda: self.new_radio.setChecked(True))
        self._count()
        # Qt opens a window whose height follows its width at 2/3 of the screen's width,
        # whatever it asks for; open it at the width its filters were laid out for
        self.resize(self.sizeHint())

    def delete_filter(self, confirm: bool = True) -> None:
        index = self.saved.currentIndex()
        if index < 0:
            return
        name = self.saved.currentText()
        if confirm and QMessageBox.question(
            self, self.tr("Delete filter"),
            self.tr("Delete the saved filter “%1”? Campaigns that used it keep their targets.")
            .replace("%1", name)) != QMessageBox.StandardButton.Yes:
            return
        filter_id = next(f.id for f in saved_filters(self.ctx.store) if f.name == name)
        delete_filter(self.ctx.store, filter_id)
        self.saved.removeItem(index)
        if not self.saved.count():
            self.saved_radio.setEnabled(False)
            self.new_radio.setChecked(True)
        self._timer.start()

    def done(self, result: int) -> None:
        self._timer.stop()  # no count after the dialog closed (its database may be gone)
        super().done(result)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._timer.stop()  # closed without done() (its window went away): no count either
        super().hideEvent(event)

    def current_filter(self) -> CustomerFilter:
        if self.saved_radio.isChecked() and self.saved.currentData() is not None:
            return self.saved.currentData()
        known = {f.name for f in fields(CustomerFilter)}
        values = {k: v for k, v in self.bar.values().items() if k in known}
        return CustomerFilter(search=self.search.text().strip(), **values)

    @Slot()
    def _recount(self) -> None:
        if self.isVisible():  # a dialog closed, or never shown, counts nothing: its database may be gone
            self._count()

    def _count(self) -> None:
        found = matching_ids(self.ctx.store, self.current_filter())
        n = len(consenting(self.ctx.store, found))
        held = round(n * self.holdout.value() / 100)
        text = (self.tr("%1 customers: %2 to contact, %3 held back")
                .replace("%1", str(n)).replace("%2", str(n - held)).replace("%3", str(held)))
        if len(found) > n:
            text += self.tr("; %n left out (no consent to marketing messages)", "", len(found) - n)
        self.count.setText(text)

    def apply(self) -> bool:
        flt = self.current_filter()
        name = self.saved.currentText() if self.saved_radio.isChecked() else (self.save_as.text().strip() or None)
        if self.new_radio.isChecked() and name:
            save_filter(self.ctx.store, name, flt)
        replace = False
        try:
            self.service.select_targets(self.campaign_id, flt, filter_name=name,
                                        holdout_share=self.holdout.value() / 100)
        except ValidationError as exc:
            if exc.errors[0].code != "recorded":
                raise
            answer = QMessageBox.question(
                self, self.tr("Replace targets"),
                self.tr("Outcomes are already recorded for this campaign. Replacing the targets "
                        "deletes them (the visit log keeps the contacts). Replace?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        if replace:
            self.service.select_targets(self.campaign_id, flt, filter_name=name,
                                        holdout_share=self.holdout.value() / 100, replace=True)
        return True


class AssignDialog(FormDialog):
    """Deal the targets out to the staff ticked: evenly, or each to its customer's owner."""

    def __init__(self, ctx: AppContext, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign targets"), parent)
        self.service = CampaignService(ctx.store, ctx.actor, ctx.language)
        self.campaign_id = campaign_id
        self.method = QComboBox()
        self.method.addItem(self.tr("Evenly among the staff ticked"), "even")
        self.method.addItem(self.tr("To each customer's owner (others evenly)"), "owner")
        self.staff = QListWidget()
        for s in StaffService(ctx.store).all(include_inactive=False):
            item = QListWidgetItem(s["name"])
            item.setData(Qt.ItemDataRole.UserRole, s["id"])
            item.setCheckState(Qt.CheckState.Unchecked)
            self.staff.addItem(item)
        self.form.addRow(self.tr("&How:"), self.method)
        self.form.addRow(self.tr("&Staff:"), self.staff)
        self.counts: dict[int, int] = {}

    def check(self, names: list[str]) -> None:
        for i in range(self.staff.count()):
            item = self.staff.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [self.staff.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.staff.count())
                if self.staff.item(i).checkState() == Qt.CheckState.Checked]

    def apply(self) -> bool:
        self.counts = self.service.assign(self.campaign_id, self.method.currentData(), self.chosen())
        return True
