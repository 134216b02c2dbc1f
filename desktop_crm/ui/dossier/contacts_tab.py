"""The dossier's Contacts tab: the people at the customer, and the dialog to add or edit one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
    QVBoxLayout, QWidget,
)

from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.custom_fields import PREFIX, CustomFieldService
from desktop_crm.domain.dossier import save_contact
from desktop_crm.domain.fields import CONTACT_FIELDS, by_name
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.custom_fields_tab import FieldDefinitionDialog, ManageFieldsDialog
from desktop_crm.ui.dossier.forms import FieldForm, ask
from desktop_crm.ui.dossier.models import Column, Row, RowsModel, fit_columns, make_table
from desktop_crm.ui.dossier.ways_panel import WaysPanel

_CONTACT = by_name(CONTACT_FIELDS)


class ContactDialog(QDialog):
    """Add a contact to a customer (``contact_id`` None) or edit one. The form comes from
    CONTACT_FIELDS and the contacts' custom fields (added and managed from here); Save keeps
    the dialog open and shows the problems when a value is wrong."""

    def __init__(
        self, ctx: AppContext, customer_id: int, contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.contact_id = contact_id
        self.service = ContactService(ctx.store, ctx.actor)
        self.custom = CustomFieldService(ctx.store, ctx.actor)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        record: dict = {}
        if contact_id is not None:
            row = self.service.row(contact_id)
            custom = self.custom.values(contact_id, "contact")
            record = {**dict(row), **{PREFIX + k: v for k, v in custom.items()}}
            self.setWindowTitle(self.tr("Edit contact: %1").replace("%1", row["name"]))
        else:
            self.setWindowTitle(self.tr("New contact"))
        self._build(record, {})
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)  # Esc too, as in every QDialog
        self.add_field_button = self.buttons.addButton(self.tr("Add field…"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.manage_fields_button = self.buttons.addButton(self.tr("Manage fields…"),
                                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.add_field_button.clicked.connect(self.add_field)
        self.manage_fields_button.clicked.connect(self.manage_fields)
        self.manage_fields_button.setEnabled(bool(self.custom.fields("contact")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 500)
        self.form.focus_field("name")

    def _build(self, baseline: dict, typed: dict) -> None:
        fields = CONTACT_FIELDS + tuple(f.as_field() for f in self.custom.fields("contact"))
        self.form = FieldForm(fields, self.ctx, self, columns=2)
        self.form.set_values(baseline)
        self.form.apply_values({k: v for k, v in typed.items() if self.form.has_field(k)})
        self.scroll.setWidget(self.form)

    def _rebuild(self) -> None:
        """The form again after the contacts' fields changed, keeping what was typed."""
        self._build(self.form.baseline(), self.form.changed_values())
        self.manage_fields_button.setEnabled(bool(self.custom.fields("contact")))

    @Slot()
    def add_field(self) -> None:
        dialog = FieldDefinitionDialog(self.ctx, "contact", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._rebuild()
            if dialog.defined is not None:
                self.form.focus_field(dialog.defined.name)

    @Slot()
    def manage_fields(self) -> None:
        dialog = ManageFieldsDialog(self.ctx, "contact", self)
        dialog.sig_fields_changed.connect(self._rebuild)
        dialog.exec()

    @Slot()
    def accept(self) -> None:
        self.form.clear_errors()
        self.message.hide()
        values = self.form.values() if self.contact_id is None else self.form.changed_values()
        changes = {k: v for k, v in values.items() if not k.startswith(PREFIX)}
        custom = {k.removeprefix(PREFIX): v for k, v in values.items() if k.startswith(PREFIX)}
        try:
            self.contact_id = save_contact(self.ctx.store, self.ctx.actor, self.customer_id,
                                           self.contact_id, changes, custom)
        except ValidationError as exc:
            shown = self.form.show_errors(exc)
            others = [e for e in exc.errors if e.field not in shown]
            if others:
                self.message.setText("\n".join(self.form.error_message(e) for e in others))
                self.message.show()
            if shown:
                self.form.focus_field(shown[0])
            return
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        super().accept()


class ContactsTab(QWidget):
    """The customer's contacts in a table; add, edit (double-click, Enter) and delete
    (Delete key; to the trash after a confirmation). "Show trash" (Ctrl+T) lists the
    contacts in the trash, where Restore (Ctrl+R) brings one back."""

    sig_changed = Signal()   # a contact was added, edited or deleted

    COLUMNS = ("name", "role", "mobile", "phone", "wechat", "position", "birthday", "is_primary")

    def __init__(
        self, ctx: AppContext, customer_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.service = ContactService(ctx.store, ctx.actor)
        self.model = RowsModel(
            [Column(_CONTACT[n].label(ctx.language), "center" if n == "is_primary" else "left")
             for n in self.COLUMNS],
            self,
        )
        self.table = make_table(self.model, stretch=self.COLUMNS.index("position"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.hint = QLabel(self.tr("Save the customer first, then add contacts."))
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.trash_button = QPushButton(self.tr("Show trash"))
        self.trash_button.setCheckable(True)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.trash_button.toggled.connect(lambda _on: self.refresh())
        QShortcut(QKeySequence("Ctrl+R"), self, self.restore_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+T"), self, self.trash_button.toggle,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_contact,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)
        buttons.addWidget(self.trash_button)
        # every mobile, WeChat, email... of the customer and of each contact, under the table
        self.ways = WaysPanel(ctx, self)
        self.ways.sig_changed.connect(self._ways_changed)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.ways)
        split.setSizes([220, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def set_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = []
        if self.customer_id is not None:
            for c in self.service.of_customer(self.customer_id, self.trash_button.isChecked()):
                cells = []
                for name in self.COLUMNS:
                    value = c[name]
                    fld = _CONTACT[name]
                    if name == "is_primary":
                        cells.append("✓" if value else "")
                    elif fld.kind == "choice":
                        cells.append(fld.choice_label(value, self.ctx.language))
                    else:
                        cells.append("" if value is None else str(value))
                rows.append(Row(c["id"], tuple(cells), c["notes"]))
        self.model.set_rows(rows)
        fit_columns(self.table)
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self.ways.set_customer(self.customer_id)

    @Slot()
    def _ways_changed(self) -> None:
        """A way changed: the contacts' mobile, phone, WeChat columns may have followed."""
        self.refresh()
        self.sig_changed.emit()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        saved = self.customer_id is not None
        trash = self.trash_button.isChecked()
        self.hint.setVisible(not saved)
        self.trash_button.setEnabled(saved)
        has = self.selected_id() is not None
        for button, enabled in ((self.add_button, saved), (self.edit_button, has),
                                (self.delete_button, has), (self.restore_button, has)):
            button.setVisible(trash == (button is self.restore_button))
            button.setEnabled(enabled)

    def contact_dialog(self, contact_id: int | None = None) -> ContactDialog:
        """The dialog for a new contact or an existing one (not shown yet)."""
        assert self.customer_id is not None
        return ContactDialog(self.ctx, self.customer_id, contact_id, self)

    @Slot()
    def add_contact(self) -> None:
        if self.customer_id is None:
            return
        self.trash_button.setChecked(False)  # the new contact is shown among the others
        dialog = self.contact_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(dialog.contact_id)

    @Slot()
    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None or self.trash_button.isChecked():
            return
        dialog = self.contact_dialog(contact_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(contact_id)

    @Slot()
    def delete_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None or self.trash_button.isChecked():
            return
        name = self.model.cell(self.model.row_of(contact_id), 0)
        if not ask(
            self, self.tr("Delete contact"),
            self.tr("Move the contact %1 to the trash? It can be restored from the trash.")
            .replace("%1", name),
            self.tr("Move to trash"),
        ):
            return
        self.service.delete(contact_id)
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        self._after_change(None)

    @Slot()
    def restore_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None or not self.trash_button.isChecked():
            return
        self.service.restore(contact_id)
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        self._after_change(None)

    def _after_change(self, contact_id: int | None) -> None:
        self.refresh()
        if contact_id is not None and (row := self.model.row_of(contact_id)) >= 0:
            self.table.selectRow(row)
        self.sig_changed.emit()
