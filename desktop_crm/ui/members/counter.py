"""The counter: find a member by card, phone, name or pinyin, type the amount, press Enter.

Built for a queue at the till: the search box has the focus, Enter jumps to the amount, Enter
on the amount records the purchase, and the dialog is ready for the next member at once with
what was just recorded shown above. When several members match, none is taken until the
cashier picks one (↑/↓ from the search box or the amount, or a click, which leaves the focus
where it was): the amount typed meanwhile stays, and is never recorded to a guess."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.members import Member, MemberService, level_label
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import ERROR_STYLE, problem_text

SEARCH_DELAY_MS = 150
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}


class CounterDialog(QDialog):
    sig_recorded = Signal(int)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 member_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MemberService(ctx.store, ctx.actor)
        self.member: Member | None = None
        self.setWindowTitle(self.tr("Counter: record a purchase"))
        self.resize(560, 520)

        self.find_edit = QLineEdit(placeholderText=self.tr("Card number, phone, name or pinyin"))
        self.find_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(150)
        # a click picks a member and the typing stays where it was (the amount, usually)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._searched: str | None = None  # the text the list shows the matches of
        self.chosen = QLabel(self.tr("No member chosen."))
        self.chosen.setWordWrap(True)
        self.amount_edit = QLineEdit(placeholderText=self.tr("e.g. 268.00"))
        self.redeem_spin = QSpinBox(maximum=0, singleStep=100)
        self.product_edit = QLineEdit(placeholderText=self.tr("optional"))
        self.preview = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last.setStyleSheet("background: #e7f4ea; padding: 6px;")
        self.last.hide()
        self.record_button = QPushButton(self.tr("&Record purchase"))
        # Enter belongs to the field it is pressed in (find, then record), never to a button
        self.record_button.setAutoDefault(False)
        self.record_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Find member:"), self.find_edit)
        form.addRow("", self.results)
        form.addRow(self.tr("Member:"), self.chosen)
        form.addRow(self.tr("&Amount (yuan):"), self.amount_edit)
        form.addRow(self.tr("Redeem &points:"), self.redeem_spin)
        form.addRow(self.tr("Pro&duct:"), self.product_edit)
        form.addRow("", self.preview)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.find_edit.textEdited.connect(lambda _t: self._timer.start())
        self.find_edit.returnPressed.connect(self._find_entered)
        self.results.currentRowChanged.connect(self._pick)
        self.results.itemActivated.connect(lambda _i: self.amount_edit.setFocus())
        self.amount_edit.textChanged.connect(self._update_preview)
        self.redeem_spin.valueChanged.connect(self._update_preview)
        self.amount_edit.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        for edit in (self.find_edit, self.amount_edit):
            edit.installEventFilter(self)  # ↑/↓ choose among the matches
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, activated=self._focus_find)
        self.find_edit.setFocus()
        if member_id is not None:
            self._show_member(self.service.get(member_id))

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    # --- finding ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and event.key() in _MOVES
                and self.results.count() > 1):
            row, step = self.results.currentRow(), _MOVES[event.key()]
            if row < 0:
                row = 0 if step > 0 else self.results.count() - 1
            else:
                row = max(0, min(self.results.count() - 1, row + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def run_search(self) -> None:
        self._timer.stop()
        self._searched = self.find_edit.text()
        found = self.service.find(self._searched)
        self.results.blockSignals(True)
        self.results.clear()
        for m in found:
            item = QListWidgetItem(f"{m.card_no}  {m.name}  {m.phone or ''}  "
                                   f"{level_label(m.level, self.ctx.language)}  "
                                   + self.tr("%1 points").replace("%1", str(m.points_balance)))
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.results.addItem(item)
        self.results.setCurrentRow(-1)
        self.results.blockSignals(False)
        if len(found) == 1:
            self.results.setCurrentRow(0)
        elif found:  # several: the cashier picks one, nothing is taken for them
            self._show_member(None)
            self.chosen.setText(self._choose_text())
        else:
            self._show_member(None)
            if self.find_edit.text().strip():
                self.chosen.setText(self.tr("No member matches. Check the card number or try the phone."))

    def _choose_text(self) -> str:
        return self.tr("%n members match: choose one with ↑/↓ or a click.", "", self.results.count())

    def _find_entered(self) -> None:
        if self._timer.isActive() or self._searched != self.find_edit.text():
            self.run_search()  # a choice made among the matches stays
        if self.results.count():
            self.amount_edit.setFocus()  # the amount is typed next, chosen member or not

    def _pick(self, row: int) -> None:
        item = self.results.item(row)
        self._show_member(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show_member(self, member: Member | None) -> None:
        self.member = member
        self.record_button.setEnabled(member is not None)
        if member is None:
            self.chosen.setText(self.tr("No member chosen."))
            self.redeem_spin.setMaximum(0)
        else:
            self.chosen.setText(
                f"<b>{member.name}</b>  {member.card_no}<br>"
                + self.tr("%1 · %2 points · staff: %3").replace("%1", level_label(member.level, self.ctx.language))
                .replace("%2", str(member.points_balance)).replace("%3", member.staff_name or "–")
            )
            self.redeem_spin.setMaximum(member.points_balance)
        self._update_preview()

    def _focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    # --- recording ----------------------------------------------------------------------------

    def _update_preview(self) -> None:
        self.error.clear()
        if self.member is None:
            self.preview.clear()
            return
        try:
            amount = float(self.amount_edit.text().replace(",", "") or 0)
        except ValueError:
            self.preview.clear()
            return
        earned = self.service.rules().points_for(amount)
        balance = self.member.points_balance + earned - self.redeem_spin.value()
        self.preview.setText(self.tr("Earns %1 points; balance after: %2")
                             .replace("%1", str(earned)).replace("%2", str(balance)))

    @Slot()
    def record(self) -> None:
        if self._timer.isActive():  # the search text changed: the member shown may be stale
            self.run_search()
        if self.member is None:
            self.error.setText(self._choose_text() if self.results.count() > 1
                               else self.tr("Find the member first."))
            return
        try:
            result = self.service.purchase(
                self.member.id, self.amount_edit.text(), product=self.product_edit.text(),
                redeem=self.redeem_spin.value(),
            )
        except ValidationError as exc:
            self.error.setText(problem_text(exc))
            self.amount_edit.setFocus()
            return
        text = self.tr("%1: %2 yuan recorded, +%3 points, balance %4.").replace("%1", self.member.name)\
            .replace("%2", f"{float(self.amount_edit.text().replace(',', '')):,.2f}")\
            .replace("%3", str(result.points_earned)).replace("%4", str(result.balance))
        if result.level_changed:
            text += " " + self.tr("Level now %1.").replace("%1", level_label(result.new_level, self.ctx.language))
        self.last.setText(text)
        self.last.show()
        member_id = self.member.id
        self.amount_edit.clear()
        self.product_edit.clear()
        self.redeem_spin.setValue(0)
        self._show_member(self.service.get(member_id))
        self.results.clear()
        self._searched = None
        self._focus_find()
        self.sig_recorded.emit(member_id)
        self.ctx.signals.sig_members_changed.emit([member_id])
