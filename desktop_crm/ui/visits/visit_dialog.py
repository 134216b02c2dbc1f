"""The "log a visit" form: one screen, top to bottom, Ctrl+Return saves, Esc cancels."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import visit_list
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.fields import CONTACT_FIELDS, by_name
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.messages import error_text

ERROR_STYLE = "color: #b3261e;"
TEXT_FIELDS = ("purpose", "customer_said", "needs", "outcome", "next_step")


class ChannelCombo(QComboBox):
    """Channels; a letter picks the next channel it stands for (p: phone, d: 电话 / 短信 /
    调查 by pinyin), so the channel can be chosen without opening the list."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for choice in visit_list.channel_choices(language):
            self.addItem(choice.label, choice.code)

    def code(self) -> str:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        letter = event.text().lower()
        if len(letter) == 1 and letter.isascii() and letter.isalpha() and not (
            event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            keys = visit_list.channel_keys()
            count = self.count()
            for step in range(1, count + 1):
                index = (self.currentIndex() + step) % count
                if letter in keys.get(self.itemData(index), ""):
                    self.setCurrentIndex(index)
                    break
            event.accept()
            return
        super().keyPressEvent(event)


class TextBox(QPlainTextEdit):
    """A few lines of free text where Tab moves on, as in the rest of the form."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class VisitDialog(QDialog):
    """Log a visit to ``customer_id``, or edit visit ``interaction_id``.

    ``prefill`` gives starting values by field name (``channel``, ``purpose``,
    ``follow_up_due``...) plus ``contact_ids``. After a successful save ``saved_id`` holds the
    visit's id and ``ctx.signals.sig_visits_changed`` has been emitted.
    """

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        parent: QWidget | None = None,
        interaction_id: int | None = None,
        prefill: dict | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.interaction_id = interaction_id
        self.saved_id: int | None = None
        self._fields = visit_list.interaction_fields()
        self._done_at: str | None = None
        lang = ctx.language

        name = visit_list.customer_name(ctx.store, customer_id)
        title = self.tr("Edit visit: %1") if interaction_id else self.tr("Log a visit: %1")
        self.setWindowTitle(title.replace("%1", name))
        self.setMinimumWidth(560)

        self.channel = ChannelCombo(lang)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.contacts = QListWidget()
        # ticks say who took part; a selection highlight on top would only confuse
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.contacts.setToolTip(self.tr("Space ticks the contact under the cursor."))
        self.no_contacts = QLabel(self.tr("This customer has no contacts yet."))
        self.no_contacts.setEnabled(False)
        self.purpose = QLineEdit()
        self.customer_said = TextBox(3)
        self.needs = TextBox(2)
        self.outcome = TextBox(2)
        self.next_step = QLineEdit()

        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_date.setEnabled(False)
        self.follow_up_date.setMinimumWidth(130)
        self.follow_up_date.setDate(QDate(default_follow_up(date.today())))
        self.week_button = QPushButton(self.tr("+1 week"))
        self.two_weeks_button = QPushButton(self.tr("+2 weeks"))
        self.month_button = QPushButton(self.tr("+1 month"))
        self.follow_up_done = QCheckBox(self.tr("Done"))
        self.follow_up_done.setVisible(False)
        self.follow_up_done.setEnabled(False)

        self.satisfaction = QSpinBox()
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText(self.tr("Not asked"))
        self.nps = QSpinBox()
        self.nps.setRange(-1, 10)
        self.nps.setValue(-1)
        self.nps.setSpecialValueText(self.tr("Not asked"))
        for box in (self.satisfaction, self.nps):
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            box.setMinimumWidth(120)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.errors: dict[str, QLabel] = {}
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            # Enter in a line edit (or an input method's Enter) must not save half a form.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._build_layout()
        self._set_tab_order()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.follow_up.toggled.connect(self._follow_up_toggled)
        # bound slots, not lambdas: a closure over the dialog connected to its own children
        # is what PySide6 mishandles when the dialog is deleted
        self.week_button.clicked.connect(self._follow_up_in_a_week)
        self.two_weeks_button.clicked.connect(self._follow_up_in_two_weeks)
        self.month_button.clicked.connect(self._follow_up_in_a_month)
        self.channel.currentIndexChanged.connect(self._channel_changed)

        self._load_contacts()
        if interaction_id is not None:
            self._load(interaction_id)
        if prefill:
            self._apply(prefill)
        self._channel_changed()
        self._pristine = self._snapshot()
        self.channel.setFocus()

    # --- layout ---------------------------------------------------------------------------

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _with_error(self, name: str, widget: QWidget | QLayout) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QLayout):
            column.addLayout(widget)
        else:
            column.addWidget(widget)
        self.errors[name] = self._error_label()
        column.addWidget(self.errors[name])
        return box

    def _build_layout(self) -> None:
        lang = self.ctx.language
        f = self._fields
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(f["channel"].label(lang), self._with_error("channel", self.channel))
        form.addRow(f["occurred_at"].label(lang), self._with_error("occurred_at", self.when))
        contacts = QVBoxLayout()
        contacts.addWidget(self.contacts)
        contacts.addWidget(self.no_contacts)
        holder = QWidget()
        holder.setLayout(contacts)
        contacts.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Contacts present"), self._with_error("contacts", holder))
        for name in TEXT_FIELDS:
            form.addRow(f[name].label(lang), self._with_error(name, getattr(self, name)))

        first = QHBoxLayout()
        first.addWidget(self.follow_up)
        first.addWidget(self.follow_up_date)
        first.addWidget(self.follow_up_done)
        first.addStretch(1)
        quick = QHBoxLayout()
        for button in (self.week_button, self.two_weeks_button, self.month_button):
            quick.addWidget(button)
        quick.addStretch(1)
        follow = QVBoxLayout()
        follow.addLayout(first)
        follow.addLayout(quick)
        form.addRow(f["follow_up_due"].label(lang), self._with_error("follow_up_due", follow))

        # Survey answers are optional for every channel; a heading row says so, and it is
        # emphasised when the channel is a survey.
        self.survey_label = QLabel(self.tr("Survey answers (optional)"))
        form.addRow(self.survey_label)
        form.addRow(f["satisfaction"].label(lang), self._with_error("satisfaction", self.satisfaction))
        form.addRow(f["nps"].label(lang), self._with_error("nps", self.nps))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _set_tab_order(self) -> None:
        chain = [
            self.channel, self.when, self.contacts, self.purpose, self.customer_said,
            self.needs, self.outcome, self.next_step, self.follow_up, self.follow_up_date,
            self.week_button, self.two_weeks_button, self.month_button, self.follow_up_done,
            self.satisfaction, self.nps, self.save_button, self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading ----------------------------------------------------------------------------

    def _load_contacts(self) -> None:
        roles = by_name(CONTACT_FIELDS)["role"]
        people = ContactService(self.ctx.store, self.ctx.actor).of_customer(self.customer_id)
        for person in people:
            role = roles.choice_label(person["role"], self.ctx.language)
            text = f"{person['name']} · {role}" if role else person["name"]
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.contacts.addItem(item)
        self.contacts.setVisible(bool(people))
        self.no_contacts.setVisible(not people)
        rows = min(max(len(people), 1), 4)
        self.contacts.setFixedHeight(self.contacts.sizeHintForRow(0) * rows + 8 if people else 0)
        if people:
            self.contacts.setCurrentRow(0)

    def _load(self, interaction_id: int) -> None:
        row = visit_list.get_visit(self.ctx.store, interaction_id)
        values: dict[str, Any] = {k: row[k] for k in (
            "channel", "occurred_at", *TEXT_FIELDS, "follow_up_due", "satisfaction", "nps"
        )}
        values["contact_ids"] = visit_list.visit_contact_ids(self.ctx.store, interaction_id)
        self._done_at = row["follow_up_done_at"]
        self.follow_up_done.setVisible(True)
        self.follow_up_done.setChecked(self._done_at is not None)
        self._apply(values)

    def _apply(self, values: dict) -> None:
        if "channel" in values:
            self.channel.set_code(values["channel"])
        if values.get("occurred_at"):
            moment = datetime.fromisoformat(str(values["occurred_at"]))
            self.when.setDateTime(QDateTime(moment))
        for name in TEXT_FIELDS:
            if name in values:
                getattr(self, name).setText(values[name] or "")
        if "follow_up_due" in values:
            due = values["follow_up_due"]
            self.follow_up.setChecked(bool(due))
            if due:
                self.follow_up_date.setDate(QDate(date.fromisoformat(str(due))))
        if "satisfaction" in values:
            self.satisfaction.setValue(values["satisfaction"] or 0)
        if "nps" in values:
            self.nps.setValue(-1 if values["nps"] is None else values["nps"])
        if "contact_ids" in values:
            wanted = set(values["contact_ids"])
            for i in range(self.contacts.count()):
                item = self.contacts.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- reading the form ------------------------------------------------------------------

    def visit_date(self) -> date:
        return self.when.date().toPython()

    def contact_ids(self) -> list[int]:
        return [
            self.contacts.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.contacts.count())
            if self.contacts.item(i).checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> dict[str, Any]:
        """The form as field values for the domain (empty text means "not filled")."""
        moment = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        values: dict[str, Any] = {"channel": self.channel.code(), "occurred_at": moment}
        for name in TEXT_FIELDS:
            values[name] = getattr(self, name).text().strip() or None
        following = self.follow_up.isChecked()
        values["follow_up_due"] = self.follow_up_date.date().toPython() if following else None
        if self.interaction_id is not None:
            done = following and self.follow_up_done.isChecked()
            values["follow_up_done_at"] = (self._done_at or datetime.now()) if done else None
        values["satisfaction"] = self.satisfaction.value() or None
        values["nps"] = None if self.nps.value() < 0 else self.nps.value()
        return values

    def _snapshot(self) -> tuple:
        return (tuple(sorted(self.values().items(), key=lambda kv: kv[0])), tuple(self.contact_ids()))

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def _channel_changed(self) -> None:
        # Survey answers matter for surveys; elsewhere they stay available but quiet.
        survey = self.channel.code() == "survey"
        font = self.survey_label.font()
        font.setBold(survey)
        self.survey_label.setFont(font)

    @Slot(bool)
    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up_date.setEnabled(on)
        self.follow_up_done.setEnabled(on)
        if on and self.follow_up_date.date().toPython() < self.visit_date():
            self.follow_up_date.setDate(QDate(default_follow_up(self.visit_date())))

    @Slot()
    def _follow_up_in_a_week(self) -> None:
        self._follow_up_in(days=7)

    @Slot()
    def _follow_up_in_two_weeks(self) -> None:
        self._follow_up_in(days=14)

    @Slot()
    def _follow_up_in_a_month(self) -> None:
        self._follow_up_in(months=1)

    def _follow_up_in(self, days: int = 0, months: int = 0) -> None:
        start = QDate(self.visit_date())
        self.follow_up.setChecked(True)
        self.follow_up_date.setDate(start.addDays(days).addMonths(months))

    def clear_errors(self) -> None:
        for label in {*self.errors.values(), self.general_error}:
            label.clear()
            label.setVisible(False)

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for problem in error.errors:
            label = self.errors.get(problem.field, self.general_error)
            text = error_text(problem)
            if label is self.general_error and problem.field in self._fields:
                text = self.tr("%1: %2").replace("%1", self._fields[problem.field].label(
                    self.ctx.language)).replace("%2", text)
            label.setText("\n".join(filter(None, [label.text(), text])))
            label.setVisible(True)
            if first is None:
                first = self._widget_for(problem.field)
        if first is not None:
            first.setFocus()

    def _widget_for(self, name: str) -> QWidget | None:
        return {
            "channel": self.channel, "occurred_at": self.when, "contacts": self.contacts,
            "follow_up_due": self.follow_up_date, "follow_up_done_at": self.follow_up_done,
            "satisfaction": self.satisfaction, "nps": self.nps,
            **{n: getattr(self, n) for n in TEXT_FIELDS},
        }.get(name)

    @Slot()
    def accept(self) -> None:
        """Save; on invalid input show why next to the fields and stay open."""
        self.clear_errors()
        try:
            self.saved_id = visit_list.save_visit(
                self.ctx.store, self.ctx.actor, self.customer_id, self.values(),
                self.contact_ids(), self.interaction_id,
            )
        except ValidationError as exc:
            self.show_errors(exc)
            return
        self.ctx.signals.sig_visits_changed.emit(self.customer_id)
        super().accept()

    @Slot()
    def reject(self) -> None:
        """Cancel; what was typed is only thrown away after asking."""
        if self._snapshot() != self._pristine:
            answer = QMessageBox.question(
                self, self.tr("Discard this visit?"),
                self.tr("You have typed something into this visit. Close it without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def default_follow_up(visit_day: date) -> date:
    """A week after the visit: what account managers most often promise."""
    return visit_day + timedelta(days=7)
