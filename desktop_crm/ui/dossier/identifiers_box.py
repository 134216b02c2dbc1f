"""The dossier's identifiers (credit code, resident ID, tobacco licence, tax ID): checked as
they are typed, the resident ID shown masked to whoever may not see it, and the birth date
it holds offered for the birthday of the customer's own contact when that has none."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop_crm.domain import identifiers
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.fields import CUSTOMER_FIELDS, GROUPS, by_name
from desktop_crm.domain.team_rights import may_see_resident_ids
from desktop_crm.domain.validation import FieldError, FieldProblem, ValidationError, convert
from desktop_crm.storage import queries
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.forms import FieldForm

_FIELDS = by_name(CUSTOMER_FIELDS)
OK_STYLE = "color: #1b6e20;"


class IdentifiersBox(QGroupBox):
    """The identifiers' form in a group box, with the live checks and the birthday offer."""

    sig_birthday_set = Signal()

    def __init__(self, ctx: AppContext) -> None:
        zh, en = GROUPS["identifiers"]
        super().__init__(ctx.label(zh, en))
        self.ctx = ctx
        self.form = FieldForm([_FIELDS[n] for n in identifiers.FIELDS], ctx, columns=2)
        self.customer_id: int | None = None
        self.born: date | None = None
        self._contact: int | None = None
        self.checked = QLabel()  # what the live check says when all is well
        self.checked.setStyleSheet(OK_STYLE)
        self.checked.setWordWrap(True)
        self.use_birthday = QPushButton(self.tr("Use as the birthday"))
        self.use_birthday.setToolTip(self.tr("Fill the empty birthday of the customer's own "
                                             "contact with the birth date of the ID number"))
        self.use_birthday.clicked.connect(self._use_birthday)
        self.use_birthday.hide()
        line = QHBoxLayout()
        line.addWidget(self.checked, 1)
        line.addWidget(self.use_birthday)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(line)
        self.form.sig_field_edited.connect(self._edited)

    def set_customer(self, customer_id: int | None, record: dict[str, Any]) -> None:
        """After the form is loaded: a masked resident ID cannot be edited (its stars are not
        a number), and the birth date of a stored one is offered."""
        self.customer_id = customer_id
        editor = self.form.editor("resident_id")
        masked = bool(record.get("resident_id")) and not may_see_resident_ids(self.ctx.store)
        editor.setReadOnly(masked)  # type: ignore[attr-defined]
        editor.setToolTip(self.tr("Only administrators and managers see a resident ID number "
                                  "in full; it cannot be changed here.") if masked else "")
        self.checked.clear()
        self._offer(identifiers.birth_date(record.get("resident_id")) if not masked else None)

    # --- the live check -----------------------------------------------------------------------

    @Slot(str)
    def _edited(self, name: str) -> None:
        text = self.form.values().get(name) or ""
        if not str(text).strip():
            self.checked.clear()
            if name == "resident_id":
                self._offer(None)
            return
        try:
            value = convert(_FIELDS[name], text)
        except FieldProblem as problem:
            self.form.show_errors(ValidationError([FieldError(name, problem.code,
                                                              problem.message, problem.params)]))
            self.checked.clear()
            if name == "resident_id":
                self._offer(None)
            return
        self.checked.setText(self.tr("%1 is valid.").replace("%1", _FIELDS[name].label(
            self.ctx.language)))
        if name == "resident_id":
            self._offer(identifiers.birth_date(value))

    # --- the birthday ---------------------------------------------------------------------------

    def _offer(self, born: date | None) -> None:
        """Show the birth date, and the button when a contact of the customer's own (the
        customer themselves, else the primary one) has no birthday yet."""
        self.born, self._contact = born, None
        if born is not None and self.customer_id is not None:
            contacts = queries.contacts_of(self.ctx.store, self.customer_id)
            own = [c for c in contacts if c["role"] == "self"] or contacts[:1]
            if own and not own[0]["birthday"]:
                self._contact = own[0]["id"]
        if born is not None:
            said = self.tr("Born on %1 (from the resident ID number).").replace(
                "%1", born.isoformat())
            current = self.checked.text()
            self.checked.setText(f"{current} {said}".strip() if current else said)
        self.use_birthday.setVisible(self._contact is not None)

    @Slot()
    def _use_birthday(self) -> None:
        if self._contact is None or self.born is None:
            return
        try:
            ContactService(self.ctx.store, self.ctx.actor).update(
                self._contact, {"birthday": self.born.isoformat()})
        except ValidationError as exc:
            self.checked.setText(str(exc))
            return
        self.use_birthday.hide()
        self._contact = None
        self.checked.setText(self.tr("The birthday is now %1.").replace("%1", self.born.isoformat()))
        self.sig_birthday_set.emit()
