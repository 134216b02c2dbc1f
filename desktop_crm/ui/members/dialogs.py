"""Dialogs of the members area: points rules, redemption, enrolling a customer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from PySide6.QtCore import QDate

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.fields import MEMBER_LEVELS
from desktop_crm.domain.members import MemberService, PointsRules, level_label
from desktop_crm.domain.search import search
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import queries
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import FormDialog
from desktop_crm.ui.members.consent import ConsentRows


class RulesDialog(FormDialog):
    """Points per yuan, the spend each level needs, the level window, expiry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Points rules"), parent)
        self.service = MemberService(ctx.store, ctx.actor)
        rules = self.service.rules()
        self.rate = QDoubleSpinBox(decimals=2, maximum=100.0, singleStep=0.5, value=rules.points_per_yuan)
        self.window = QSpinBox(minimum=1, maximum=3660, value=rules.level_window_days,
                               suffix=self.tr(" days"))
        self.expiry = QSpinBox(maximum=120, value=rules.expiry_months, suffix=self.tr(" months"))
        self.expiry.setSpecialValueText(self.tr("never"))
        self.form.addRow(self.tr("Points per yuan:"), self.rate)
        self.form.addRow(self.tr("Level from spend in the last:"), self.window)
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        limits = dict(rules.levels)
        for code in MEMBER_LEVELS:
            spin = QDoubleSpinBox(decimals=0, maximum=10_000_000, singleStep=500,
                                  value=limits.get(code, 0), prefix="¥ ")
            spin.setEnabled(code != "normal")
            self.thresholds[code] = spin
            self.form.addRow(self.tr("%1 from:").replace("%1", level_label(code, ctx.language)), spin)
        self.form.addRow(self.tr("Points expire after:"), self.expiry)
        note = QLabel(self.tr("Levels follow the rules after a purchase and when you press "
                              "“Update levels”; points expire when you press “Expire points”."))
        note.setWordWrap(True)
        self.form.addRow(note)

    def rules(self) -> PointsRules:
        return PointsRules(
            points_per_yuan=self.rate.value(), level_window_days=self.window.value(),
            levels=tuple((c, s.value()) for c, s in self.thresholds.items()),
            expiry_months=self.expiry.value(),
        )

    def apply(self) -> None:
        self.service.set_rules(self.rules())


class RedeemDialog(FormDialog):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Redeem points"), parent)
        self.service = MemberService(ctx.store, ctx.actor)
        self.member = self.service.get(member_id)
        self.points = QSpinBox(minimum=1, maximum=max(1, self.member.points_balance), singleStep=100)
        self.note = QLineEdit(placeholderText=self.tr("e.g. thermos cup, 20-yuan voucher"))
        self.form.addRow(self.tr("Member:"), QLabel(f"{self.member.name}  {self.member.card_no}"))
        self.form.addRow(self.tr("Balance:"), QLabel(str(self.member.points_balance)))
        self.form.addRow(self.tr("&Points:"), self.points)
        self.form.addRow(self.tr("&Exchanged for:"), self.note)
        self.balance: int | None = None

    def apply(self) -> None:
        self.balance = self.service.redeem(self.member.id, self.points.value(), self.note.text())


class EnrolDialog(FormDialog):
    """Give a customer already in the files a member card."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 customer_id: int | None = None) -> None:
        super().__init__(self.tr("New member"), parent)
        self.ctx = ctx
        self.service = MemberService(ctx.store, ctx.actor)
        self.customer_edit = QLineEdit(placeholderText=self.tr("Name, phone or pinyin of the customer"))
        self.customer_box = QComboBox()
        self.card = QLineEdit()
        self.joined = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.staff = QComboBox()
        self.staff.addItem(self.tr("(nobody)"), None)
        for sid, name in sorted(queries.staff_names(ctx.store).items(), key=lambda kv: kv[1]):
            self.staff.addItem(name, sid)
        self.due = QLineEdit(placeholderText="YYYY-MM-DD")
        self.children = QLineEdit(placeholderText=self.tr("birth dates, comma separated"))
        self.notes = QLineEdit()
        self.form.addRow(self.tr("&Customer:"), self.customer_edit)
        self.form.addRow("", self.customer_box)
        self.form.addRow(self.tr("Card &number:"), self.card)
        self.form.addRow(self.tr("Joined on:"), self.joined)
        self.form.addRow(self.tr("Looked after by:"), self.staff)
        self.form.addRow(self.tr("Expected due date:"), self.due)
        self.form.addRow(self.tr("Children's birthdays:"), self.children)
        self.form.addRow(self.tr("Household notes:"), self.notes)
        self.customer_edit.textEdited.connect(self._find)
        self.member_id: int | None = None
        if customer_id is not None:  # from the customer's dossier: that customer only
            row = ctx.store.get("customers", customer_id)
            self.customer_box.addItem(f"{row['name']}  {row['code']}", customer_id)
            self.customer_edit.setEnabled(False)
            self.customer_edit.setText(row["name"])
            self.card.setFocus()

    def _find(self, text: str) -> None:
        self.customer_box.clear()
        for hit in search(self.ctx.store, text, limit=30):
            self.customer_box.addItem(f"{hit.name}  {hit.code}  {hit.phone or ''}", hit.customer_id)

    def apply(self) -> None:
        customer_id = self.customer_box.currentData()
        if customer_id is None:
            self.error.setText(self.tr("Find the customer first (they must be in the files)."))
            raise_quietly()
        kids = [k.strip() for k in self.children.text().replace("，", ",").split(",") if k.strip()]
        self.member_id = self.service.enrol(
            customer_id, self.card.text(), joined_on=self.joined.date().toPython(),
            staff_id=self.staff.currentData(), expected_due_date=self.due.text().strip() or None,
            children_birthdays=kids, household_notes=self.notes.text(),
        )


class _Quiet(ValidationError):
    def __init__(self) -> None:
        super().__init__([])


def raise_quietly() -> None:
    """Stay in the dialog with the message already shown."""
    raise _Quiet()


class EditMemberDialog(FormDialog):
    """A member's card, staff, referrer, household facts and consent to marketing messages."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit member"), parent)
        self.service = MemberService(ctx.store, ctx.actor)
        m = self.service.get(member_id)
        self.member = m
        self.card = QLineEdit(m.card_no)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("(nobody)"), None)
        for sid, name in sorted(queries.staff_names(ctx.store).items(), key=lambda kv: kv[1]):
            self.staff.addItem(name, sid)
        self.staff.setCurrentIndex(max(0, self.staff.findData(m.staff_id)))
        self.referrer = QLineEdit(placeholderText=self.tr("card number of the member who referred"))
        if m.referred_by:
            self.referrer.setText(self.service.get(m.referred_by).card_no)
        self.due = QLineEdit(m.expected_due_date or "", placeholderText="YYYY-MM-DD")
        self.children = QLineEdit(", ".join(m.children_birthdays),
                                  placeholderText=self.tr("birth dates, comma separated"))
        self.notes = QLineEdit(m.household_notes or "")
        self.form.addRow(self.tr("Member:"), QLabel(m.name))
        self.form.addRow(self.tr("Card &number:"), self.card)
        self.form.addRow(self.tr("Looked after by:"), self.staff)
        self.form.addRow(self.tr("Referred by (card):"), self.referrer)
        self.form.addRow(self.tr("Expected due date:"), self.due)
        self.form.addRow(self.tr("Children's birthdays:"), self.children)
        self.form.addRow(self.tr("Household notes:"), self.notes)
        self.ctx = ctx
        self.consent = ConsentRows(ctx, ctx.store.get("customers", m.customer_id), self.form, self)

    def apply(self) -> None:
        referrer = None
        card = self.referrer.text().strip()
        if card:
            found = self.service.find(card)
            if len(found) != 1 or found[0].card_no != card:
                self.error.setText(self.tr("No member has the card %1.").replace("%1", card))
                raise_quietly()
            referrer = found[0].id
        consent = self.consent.changes()
        customers = CustomerService(self.ctx.store, self.ctx.actor)
        if consent:
            customers.clean(consent, partial=True)  # a wrong date stops both changes
        self.service.update(self.member.id, {
            "card_no": self.card.text(), "staff_id": self.staff.currentData(), "referred_by": referrer,
            "expected_due_date": self.due.text().strip() or None,
            "children_birthdays": [k.strip() for k in self.children.text().replace("，", ",").split(",")],
            "household_notes": self.notes.text(),
        })
        if consent:  # on the member's customer (domain/fields.py, group "consent")
            customers.update(self.member.customer_id, consent)


class AdjustDialog(FormDialog):
    """A correction of a member's points (either way), with the reason, kept in the history."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct points"), parent)
        self.service = MemberService(ctx.store, ctx.actor)
        self.member = self.service.get(member_id)
        self.points = QSpinBox(minimum=-self.member.points_balance, maximum=1_000_000, singleStep=100)
        self.note = QLineEdit(placeholderText=self.tr("e.g. points of a purchase entered twice"))
        self.form.addRow(self.tr("Member:"), QLabel(f"{self.member.name}  {self.member.card_no}"))
        self.form.addRow(self.tr("Balance:"), QLabel(str(self.member.points_balance)))
        self.form.addRow(self.tr("&Change by:"), self.points)
        self.form.addRow(self.tr("&Reason:"), self.note)

    def apply(self) -> None:
        if self.points.value() == 0:
            self.error.setText(self.tr("Enter the number of points to add (or, negative, to take off)."))
            raise_quietly()
        self.service.adjust(self.member.id, self.points.value(), self.note.text())
