"""The dossier's Addresses tab: the customer's addresses (business, delivery, billing, home,
other), the main one first and marked; the dialog to add or edit one, with a line to paste
a whole address into and split into its parts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop_crm.domain.addresses import AddressService, split
from desktop_crm.domain.fields import ADDRESS_FIELDS, by_name
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.forms import FieldForm, ask
from desktop_crm.ui.dossier.models import Column, Row, RowsModel, fit_columns, make_table

_ADDRESS = by_name(ADDRESS_FIELDS)


class AddressDialog(QDialog):
    """Add an address to a customer (``address_id`` None) or edit one. "Split" (Alt+S)
    fills the parts from a pasted line; Save keeps the dialog open and shows the problems
    when a value is wrong."""

    def __init__(self, ctx: AppContext, customer_id: int, address_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.address_id = address_id
        self.service = AddressService(ctx.store, ctx.actor)
        # the kind above, the parts below in reading order (province beside city...)
        self.kind_form = FieldForm(ADDRESS_FIELDS[:1], ctx, self, defaults={"kind": "business"})
        self.form = FieldForm(ADDRESS_FIELDS[1:], ctx, self, columns=2)
        self.paste = QLineEdit()
        self.paste.setPlaceholderText(self.tr("Paste a whole address, e.g. %1").replace(
            "%1", "广东省深圳市南山区科技园南路18号"))
        paste_label = QLabel(self.tr("&Whole address:"))
        paste_label.setBuddy(self.paste)
        self.split_button = QPushButton(self.tr("&Split into parts"))
        self.split_button.clicked.connect(self.split_line)
        self.paste.returnPressed.connect(self.split_line)
        self.main_box = QCheckBox(self.tr("&Main address (shown in the list, printed, searched first)"))
        if address_id is not None:
            row = self.service.row(address_id)
            self.form.set_values(dict(row))
            self.kind_form.set_values(dict(row))
            self.main_box.setChecked(bool(row["is_main"]))
            self.main_box.setEnabled(not row["is_main"])  # another is made main instead
            self.setWindowTitle(self.tr("Edit address"))
        else:
            first = not self.service.of_customer(customer_id)
            self.main_box.setChecked(first)
            self.main_box.setEnabled(not first)
            self.setWindowTitle(self.tr("New address"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        pasting = QHBoxLayout()
        pasting.addWidget(paste_label)
        pasting.addWidget(self.paste, 1)
        pasting.addWidget(self.split_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pasting)
        layout.addWidget(self.kind_form)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.main_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 330)
        if address_id is None:
            self.paste.setFocus()
        else:
            self.kind_form.focus_field("kind")

    @Slot()
    def split_line(self) -> None:
        """The pasted line's parts into the form; what does not split goes to the free line."""
        text = self.paste.text().strip()
        if not text:
            return
        parts = split(text)
        self.form.apply_values({"province": parts.province or None, "city": parts.city or None,
                                "district": parts.district or None, "street": parts.street or None,
                                "line": parts.free or None})
        self.form.focus_field("building")

    @Slot()
    def accept(self) -> None:
        self.form.clear_errors()
        self.kind_form.clear_errors()
        self.message.hide()
        try:
            if self.address_id is None:
                self.address_id = self.service.add(
                    self.customer_id, {**self.kind_form.values(), **self.form.values()},
                    main=self.main_box.isChecked())
            else:
                with self.ctx.store.transaction():
                    self.service.update(self.address_id, {**self.kind_form.changed_values(),
                                                          **self.form.changed_values()})
                    if self.main_box.isChecked():
                        self.service.make_main(self.address_id)
        except ValidationError as exc:
            shown = self.form.show_errors(exc) + self.kind_form.show_errors(exc)
            others = [e for e in exc.errors if e.field not in shown]
            if others:
                self.message.setText("\n".join(self.form.error_message(e) for e in others))
                self.message.show()
            if shown:
                form = self.kind_form if self.kind_form.has_field(shown[0]) else self.form
                form.focus_field(shown[0])
            return
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        super().accept()


class AddressesTab(QWidget):
    """The customer's addresses in a table, the main one first (✓); add (Insert), edit
    (double-click, Enter), delete (Delete key, after a question), make main (Ctrl+M)."""

    sig_changed = Signal()

    def __init__(self, ctx: AppContext, customer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.service = AddressService(ctx.store, ctx.actor)
        self.model = RowsModel([
            Column(self.tr("Main"), "center"), Column(_ADDRESS["kind"].label(ctx.language)),
            Column(self.tr("Address")), Column(_ADDRESS["postcode"].label(ctx.language)),
            Column(_ADDRESS["area"].label(ctx.language)),
        ], self)
        self.table = make_table(self.model, stretch=2)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.hint = QLabel(self.tr("Save the customer first, then add addresses."))
        self.add_button = QPushButton(self.tr("Add address…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.main_button = QPushButton(self.tr("Make main"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self.add_address)
        self.edit_button.clicked.connect(self.edit_selected)
        self.main_button.clicked.connect(self.make_main)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_address,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+M"), self, self.make_main,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.main_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def set_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = []
        if self.customer_id is not None:
            for a in self.service.of_customer(self.customer_id):
                rows.append(Row(a["id"], (
                    "✓" if a["is_main"] else "",
                    _ADDRESS["kind"].choice_label(a["kind"], self.ctx.language),
                    a["text"], a["postcode"] or "", a["area"] or "")))
        self.model.set_rows(rows)
        fit_columns(self.table)
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        saved = self.customer_id is not None
        self.hint.setVisible(not saved)
        chosen = self.selected_id()
        self.add_button.setEnabled(saved)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        row = self.model.row_of(chosen) if chosen is not None else -1
        self.main_button.setEnabled(row >= 0 and not self.model.cell(row, 0))

    def dialog(self, address_id: int | None = None) -> AddressDialog:
        """The dialog for a new address or an existing one (not shown yet)."""
        assert self.customer_id is not None
        return AddressDialog(self.ctx, self.customer_id, address_id, self)

    @Slot()
    def add_address(self) -> None:
        if self.customer_id is None:
            return
        dialog = self.dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(dialog.address_id)

    @Slot()
    def edit_selected(self) -> None:
        address_id = self.selected_id()
        if address_id is None:
            return
        if self.dialog(address_id).exec() == QDialog.DialogCode.Accepted:
            self._after_change(address_id)

    @Slot()
    def make_main(self) -> None:
        address_id = self.selected_id()
        if address_id is None:
            return
        self.service.make_main(address_id)
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        self._after_change(address_id)

    @Slot()
    def delete_selected(self) -> None:
        address_id = self.selected_id()
        if address_id is None:
            return
        row = self.model.row_of(address_id)
        text = self.model.cell(row, 2)
        question = self.tr("Delete the address %1? This cannot be undone.").replace("%1", text)
        if self.model.cell(row, 0):
            question += " " + self.tr("The next address becomes the main one.")
        if not ask(self, self.tr("Delete address"), question, self.tr("Delete")):
            return
        self.service.delete(address_id)
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        self._after_change(None)

    def _after_change(self, address_id: int | None) -> None:
        self.refresh()
        if address_id is not None and (row := self.model.row_of(address_id)) >= 0:
            self.table.selectRow(row)
        self.sig_changed.emit()
