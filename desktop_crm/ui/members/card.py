"""One member's card: facts, actions (purchase, redeem, edit) and purchase and points
history — in the Members area beside the list, and as the dossier's Member tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.members import HistoryRow, Member, MemberService, level_label
from desktop_crm.domain.money import money
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import RowsModel
from desktop_crm.ui.members.person_rights import PersonDataButton
from desktop_crm.ui.tables import list_table


class MemberCard(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, open_button: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MemberService(ctx.store, ctx.actor)
        self.member: Member | None = None
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, title in (
            ("name", self.tr("Name")), ("card", self.tr("Card")), ("level", self.tr("Level")),
            ("points", self.tr("Points")), ("joined", self.tr("Joined")),
            ("staff", self.tr("Staff")), ("referrer", self.tr("Referred by")),
            ("household", self.tr("Household")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = label
            self.facts.addRow(title + ":", label)
        self.history_model = RowsModel(
            ("on", "kind", "amount", "what", "points"),
            (self.tr("Date"), self.tr("What"), self.tr("Amount"), self.tr("Product or note"),
             self.tr("Points")),
            self._history_cell, numeric=("amount", "points"), parent=self,
        )
        self.history = list_table(self.history_model, self)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.buy_button = QPushButton(self.tr("Purchase…"))
        self.redeem_button = QPushButton(self.tr("Redeem…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.adjust_button = QPushButton(self.tr("Correct points…"))
        self.open_button = QPushButton(self.tr("Open customer file"))
        self.person_button = PersonDataButton(ctx)
        self.buttons = [self.buy_button, self.redeem_button, self.adjust_button, self.edit_button]
        if open_button:
            self.buttons.append(self.open_button)
        self.buttons.append(self.person_button)
        actions = QHBoxLayout()
        for b in self.buttons:
            actions.addWidget(b)
            b.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.facts)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Purchases and points")))
        layout.addWidget(self.history, 1)

        self.buy_button.clicked.connect(self.purchase)
        self.redeem_button.clicked.connect(self.redeem)
        self.edit_button.clicked.connect(self.edit)
        self.adjust_button.clicked.connect(self.adjust)
        self.open_button.clicked.connect(self._open_customer)

    def show_member(self, member_id: int | None) -> None:
        member = self.service.get(member_id) if member_id else None
        self.member = member
        for b in self.buttons:
            b.setEnabled(member is not None)
        if member is None:
            for label in self.fact_labels.values():
                label.clear()
            self.history_model.set_rows([])
            return
        household = []
        if member.expected_due_date:
            household.append(self.tr("due %1").replace("%1", member.expected_due_date))
        if member.children_birthdays:
            household.append(self.tr("children born %1").replace("%1", ", ".join(member.children_birthdays)))
        if member.household_notes:
            household.append(member.household_notes)
        values = {
            "name": member.name, "card": member.card_no,
            "level": level_label(member.level, self.ctx.language),
            "points": str(member.points_balance), "joined": member.joined_on,
            "staff": member.staff_name or "–", "referrer": member.referrer_name or "–",
            "household": "; ".join(household) or "–",
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.person_button.set_person(member.card_no, member.name)
        self.history_model.set_rows(self.service.history(member.id))

    def _history_cell(self, row: HistoryRow, column: str) -> Any:
        if column == "on":
            return row.on
        if column == "kind":
            return {"purchase": self.tr("Purchase"), "redeem": self.tr("Redeemed"),
                    "expire": self.tr("Expired"), "adjust": self.tr("Correction")}[row.kind]
        if column == "amount":
            return money(row.amount, empty="")
        if column == "what":
            return row.product or row.note or ""
        return f"{row.points:+d}"

    # --- actions ------------------------------------------------------------------------------

    def purchase(self) -> None:
        from desktop_crm.ui.members.counter import CounterDialog

        if self.member is not None:
            CounterDialog(self.ctx, self, self.member.id).exec()

    def redeem(self) -> None:
        from desktop_crm.ui.members.dialogs import RedeemDialog

        if self.member is not None and RedeemDialog(self.ctx, self.member.id, self).exec():
            self.ctx.signals.sig_members_changed.emit([self.member.id])

    def adjust(self) -> None:
        from desktop_crm.ui.members.dialogs import AdjustDialog

        if self.member is not None and AdjustDialog(self.ctx, self.member.id, self).exec():
            self.ctx.signals.sig_members_changed.emit([self.member.id])

    def edit(self) -> None:
        from desktop_crm.ui.members.dialogs import EditMemberDialog

        if self.member is not None and EditMemberDialog(self.ctx, self.member.id, self).exec():
            self.ctx.signals.sig_members_changed.emit([self.member.id])

    def _open_customer(self) -> None:
        if self.member is not None:
            self.ctx.signals.sig_open_customer.emit(self.member.customer_id)


class MemberTab(QWidget):
    """The dossier's Member tab: the card of a member, or an offer to make the customer one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.card = MemberCard(ctx, self, open_button=False)
        self.none_label = QLabel()
        self.enrol_button = QPushButton(self.tr("Make a member…"))
        row = QHBoxLayout()
        row.addWidget(self.none_label, 1)
        row.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.card, 1)
        self.enrol_button.clicked.connect(self.enrol)
        # a bound slot: Qt drops the connection when a closed dossier deletes this tab
        ctx.signals.sig_members_changed.connect(self._members_changed)
        self.set_customer(None)

    @Slot(list)
    def _members_changed(self, _ids: list) -> None:
        self.set_customer(self.customer_id)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        member = MemberService(self.ctx.store).of_customer(customer_id) if customer_id else None
        self.card.setVisible(member is not None)
        self.enrol_button.setVisible(member is None and customer_id is not None)
        self.none_label.setVisible(member is None)
        self.none_label.setText(self.tr("Not a member.") if customer_id else
                                self.tr("Save the customer first."))
        self.card.show_member(member.id if member else None)

    def enrol(self) -> None:
        from desktop_crm.ui.members.dialogs import EnrolDialog

        dialog = EnrolDialog(self.ctx, self, customer_id=self.customer_id)
        if dialog.exec():
            self.ctx.signals.sig_members_changed.emit([dialog.member_id])
