"""Ways to reach the customer and its contacts, under the Contacts tab's table: every mobile,
landline, WeChat, QQ, email, website and fax with its label and preferred mark; add, edit
(Enter, double-click, F2), delete (Delete key, after a question) and make preferred."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop_crm.domain.contact_ways import VALUE_LENGTH, WAY_TYPES, ContactWayService, Way, type_label
from desktop_crm.domain.fields import LABEL_LENGTH
from desktop_crm.domain.validation import FieldError, ValidationError
from desktop_crm.storage import queries
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.forms import ask
from desktop_crm.ui.dossier.models import CAPTION_STYLE, Column, Row, RowsModel, fit_columns, make_table
from desktop_crm.ui.messages import error_text


class WayDialog(QDialog):
    """Add a way (``way`` None) or edit one: whose it is, its type, the number or address, a
    label and whether it is the preferred of its type. Save keeps the dialog open and says
    what is wrong when the value does not fit its type."""

    def __init__(self, ctx: AppContext, customer_id: int, way: Way | None = None,
                 contact_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.way = way
        self.way_id = way.id if way else None
        self.service = ContactWayService(ctx.store, ctx.actor)
        self.setWindowTitle(self.tr("Edit way to reach") if way else self.tr("New way to reach"))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("The customer itself"), None)
        for contact in queries.contacts_of(ctx.store, customer_id, False):
            self.owner.addItem(contact["name"], contact["id"])
        self.type_box = QComboBox()
        for key in WAY_TYPES:
            self.type_box.addItem(type_label(key, ctx.language), key)
        self.value = QLineEdit()
        self.value.setMaxLength(VALUE_LENGTH)
        self.label = QLineEdit()
        self.label.setMaxLength(LABEL_LENGTH)
        self.label.setPlaceholderText(self.tr("e.g. office, the boss's own"))
        self.preferred = QCheckBox(self.tr("Preferred of its type"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        owner = way.contact_id if way else contact_id
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        if way is not None:
            self.owner.setEnabled(False)  # a way stays with its owner; delete and add instead
            self.type_box.setCurrentIndex(self.type_box.findData(way.type))
            self.value.setText(way.value)
            self.label.setText(way.label or "")
            self.preferred.setChecked(way.preferred)
            self.preferred.setEnabled(not way.preferred)  # another one is made preferred instead
        self.type_box.currentIndexChanged.connect(lambda _i: self._hint())
        self._hint()

        form = QFormLayout()
        form.addRow(self.tr("&Whose"), self.owner)
        form.addRow(self.tr("&Type"), self.type_box)
        form.addRow(self.tr("&Number or address"), self.value)
        form.addRow("", self.problem)
        form.addRow(self.tr("&Label"), self.label)
        form.addRow("", self.preferred)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.value.setFocus()

    def _hint(self) -> None:
        hints = {
            "mobile": "13912348866", "landline": "0710-3212345", "fax": "0710-3212346",
            "wechat": self.tr("WeChat id, or the mobile it uses"), "qq": "12345678",
            "email": "name@example.com", "website": "www.example.com",
        }
        self.value.setPlaceholderText(hints[self.type_box.currentData()])

    def problem_text(self, problem: FieldError) -> str:
        code = problem.code
        if code == "mobile":
            return self.tr("This is a landline number: choose Landline, or type a mobile.")
        if code == "way_twice":
            return self.tr("This one is already there.")
        return error_text(problem)

    @Slot()
    def accept(self) -> None:
        data = {"type": self.type_box.currentData(), "value": self.value.text(),
                "label": self.label.text(), "preferred": self.preferred.isChecked()}
        try:
            if self.way_id is None:
                self.way_id = self.service.add(self.customer_id, self.owner.currentData(), data)
            else:
                self.service.update(self.way_id, data)
        except ValidationError as exc:
            self.problem.setText("\n".join(self.problem_text(e) for e in exc.errors))
            self.problem.show()
            self.value.setFocus()
            self.value.selectAll()
            return
        super().accept()


class WaysPanel(QWidget):
    """The ways of the customer and of its contacts, the customer's own first."""

    sig_changed = Signal()   # a way was added, changed or deleted (the columns may follow)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.service = ContactWayService(ctx.store, ctx.actor)
        self.model = RowsModel([
            Column(self.tr("Whose")), Column(self.tr("Type")), Column(self.tr("Number or address")),
            Column(self.tr("Label")), Column(self.tr("Preferred"), "center")], self)
        self.table = make_table(self.model, stretch=3)
        self.table.setAccessibleName(self.tr("Ways to reach"))
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.caption = QLabel(self.tr("Ways to reach"))
        self.caption.setStyleSheet(CAPTION_STYLE)
        self.add_button = QPushButton(self.tr("Add &way…"))
        self.edit_button = QPushButton(self.tr("Edit way…"))
        self.delete_button = QPushButton(self.tr("Delete way…"))
        self.prefer_button = QPushButton(self.tr("Make &preferred"))
        self.add_button.clicked.connect(lambda: self.add_way())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.prefer_button.clicked.connect(self.prefer_selected)
        for key, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                          (Qt.Key.Key_F2, self.edit_selected)):
            QShortcut(QKeySequence(key), self.table, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.prefer_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = []
        if self.customer_id is not None:
            for w in self.service.of_dossier(self.customer_id):
                whose = w.contact_name if w.contact_id is not None else self.tr("The customer itself")
                rows.append(Row(w.id, (whose or "", type_label(w.type, self.ctx.language), w.value,
                                       w.label or "", "★" if w.preferred else "")))
        self.model.set_rows(rows)
        fit_columns(self.table)
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.customer_id is not None)
        has = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(has)
        preferred = has and self.model.cell(self.model.row_of(self.selected_id()), 4) != ""
        self.prefer_button.setEnabled(has and not preferred)

    def way_dialog(self, way_id: int | None = None, contact_id: int | None = None) -> WayDialog:
        """The dialog for a new way (of ``contact_id``, or the customer's) or an existing one."""
        assert self.customer_id is not None
        way = self.service.get(way_id) if way_id is not None else None
        return WayDialog(self.ctx, self.customer_id, way, contact_id, self)

    @Slot()
    def add_way(self, contact_id: int | None = None) -> None:
        if self.customer_id is None:
            return
        dialog = self.way_dialog(None, contact_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(dialog.way_id)

    @Slot()
    def edit_selected(self) -> None:
        way_id = self.selected_id()
        if way_id is None:
            return
        dialog = self.way_dialog(way_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(way_id)

    @Slot()
    def delete_selected(self) -> None:
        way_id = self.selected_id()
        if way_id is None:
            return
        row = self.model.row_of(way_id)
        said = f"{self.model.cell(row, 1)} {self.model.cell(row, 2)} ({self.model.cell(row, 0)})"
        if not ask(self, self.tr("Delete way to reach"),
                   self.tr("Delete %1? The change history keeps a note of it.").replace("%1", said),
                   self.tr("Delete")):
            return
        self.service.delete(way_id)
        self._after_change(None)

    @Slot()
    def prefer_selected(self) -> None:
        way_id = self.selected_id()
        if way_id is None:
            return
        self.service.make_preferred(way_id)
        self._after_change(way_id)

    def _after_change(self, way_id: int | None) -> None:
        self.refresh()
        if way_id is not None and (row := self.model.row_of(way_id)) >= 0:
            self.table.selectRow(row)
        self.ctx.signals.sig_customers_changed.emit([self.customer_id])
        self.sig_changed.emit()
