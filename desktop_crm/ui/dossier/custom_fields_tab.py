"""The dossier's Custom fields tab, and the dialogs to add and manage user-defined fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop_crm.domain.custom_fields import TYPES, CustomField, CustomFieldService, type_label
from desktop_crm.domain.fields import Field
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.forms import FieldForm, ask
from desktop_crm.ui.dossier.models import Column, Row, RowsModel, fit_columns, make_table


class FieldDefinitionDialog(QDialog):
    """Define a new custom field: label, type, choices (for a choice field), optional key."""

    def __init__(
        self, ctx: AppContext, entity: str = "customer", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.service = CustomFieldService(ctx.store, ctx.actor)
        self.defined: CustomField | None = None
        self.setWindowTitle(self.tr("Add a custom field"))
        # The definition is itself a small form of registry-style fields, so the service's
        # errors (on label, type, choices, key) land under the right editor.
        types = {code: TYPES[code] for code in TYPES}
        spec = (
            Field("label", "text", "custom", self.tr("Label"), self.tr("Label"), required=True),
            Field("type", "choice", "custom", self.tr("Type"), self.tr("Type"), choices=types),
            Field("choices", "longtext", "custom", self.tr("Choices (one per line)"),
                  self.tr("Choices (one per line)")),
            Field("key", "text", "custom", self.tr("Key (optional)"), self.tr("Key (optional)")),
        )
        self.form = FieldForm(spec, ctx, self, defaults={"type": "text"})
        key = self.form.editor("key")
        assert isinstance(key, QLineEdit)
        key.setPlaceholderText(self.tr("Made from the label"))
        self.form.editor("type").currentIndexChanged.connect(self._type_changed)  # type: ignore[attr-defined]
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("The field appears in the Custom fields tab of every customer.")
            if entity == "customer" else self.tr("The field appears in the form of every contact.")
        ))
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self._type_changed()
        self.resize(480, 320)
        self.form.focus_field("label")

    def fill(
        self, label: str, type_: str = "text", choices: Sequence[str] = (), key: str = ""
    ) -> None:
        """Fill the form as a user would (for scripts and tests)."""
        self.form.apply_values(
            {"label": label, "type": type_, "choices": "\n".join(choices), "key": key or None}
        )
        self._type_changed()

    @Slot()
    def _type_changed(self) -> None:
        is_choice = self.form.values()["type"] == "choice"
        self.form.editor("choices").setEnabled(is_choice)
        self.form.label("choices").setEnabled(is_choice)

    @Slot()
    def accept(self) -> None:
        values = self.form.values()
        try:
            self.defined = self.service.define(
                label=values["label"] or "",
                type=values["type"] or "text",
                choices=(values["choices"] or "").splitlines(),
                key=values["key"],
                entity=self.entity,
            )
        except ValidationError as exc:
            self.form.clear_errors()
            shown = self.form.show_errors(exc)
            if shown:
                self.form.focus_field(shown[0])
            return
        super().accept()


class ManageFieldsDialog(QDialog):
    """Rename, change the choices of, or delete the custom fields."""

    sig_fields_changed = Signal()

    def __init__(
        self, ctx: AppContext, entity: str = "customer", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.service = CustomFieldService(ctx.store, ctx.actor)
        self.setWindowTitle(self.tr("Manage custom fields"))
        self.model = RowsModel(
            [Column(self.tr("Label")), Column(self.tr("Key")), Column(self.tr("Type")),
             Column(self.tr("Choices")), Column(self.tr("Values"), "right")],
            self,
        )
        self.table = make_table(self.model, stretch=3)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.choices_button = QPushButton(self.tr("Edit choices…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.choices_button.clicked.connect(self.edit_choices)
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        side = QVBoxLayout()
        for b in (self.rename_button, self.choices_button, self.delete_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(760, 360)
        self.refresh()

    def refresh(self) -> None:
        self._fields = {f.id: f for f in self.service.fields(self.entity)}
        self.model.set_rows([
            Row(f.id, (
                f.label, f.key, type_label(f.type, self.ctx.language), ", ".join(f.choices),
                str(self.service.value_count(f.id)),
            ))
            for f in self._fields.values()
        ])
        fit_columns(self.table)
        self._update_buttons()

    def select(self, field_id: int) -> None:
        row = self.model.row_of(field_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> CustomField | None:
        rows = self.table.selectionModel().selectedRows()
        return self._fields.get(self.model.row_id(rows[0].row())) if rows else None

    def _update_buttons(self) -> None:
        current = self.selected()
        self.rename_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.choices_button.setEnabled(current is not None and current.type == "choice")

    @Slot()
    def rename_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        label, ok = QInputDialog.getText(
            self, self.tr("Rename field"), self.tr("New label:"), text=current.label
        )
        if ok:
            self._apply(lambda: self.service.rename(current.id, label), current.id)

    @Slot()
    def edit_choices(self) -> None:
        current = self.selected()
        if current is None or current.type != "choice":
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Edit choices"), self.tr("Choices, one per line:"),
            "\n".join(current.choices),
        )
        if ok:
            self._apply(lambda: self.service.set_choices(current.id, text.splitlines()), current.id)

    @Slot()
    def delete_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        count = self.service.value_count(current.id)
        text = self.tr(
            "Delete the field %1 and the values of %n customer(s) in it? "
            "The values stay readable in each customer's history.", "", count
        ).replace("%1", current.label)
        if ask(self, self.tr("Delete custom field"), text, self.tr("Delete field")):
            self.service.delete(current.id)
            self.refresh()
            self.sig_fields_changed.emit()
            if count:
                self.ctx.signals.sig_customers_changed.emit([])  # many dossiers lost a value

    def _apply(self, action, field_id: int) -> None:
        try:
            action()
        except ValidationError as exc:
            self._complain(exc)
            return
        self.refresh()
        self.select(field_id)
        self.sig_fields_changed.emit()

    def _complain(self, exc: ValidationError) -> None:
        QMessageBox.warning(self, self.windowTitle(), "\n".join(e.message for e in exc.errors))


class CustomFieldsTab(QWidget):
    """The customer's values in the user-defined fields; saved with the dossier."""

    sig_changed = Signal()          # the user edited a value
    sig_fields_changed = Signal()   # fields were added, renamed or deleted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = CustomFieldService(ctx.store, ctx.actor)
        self.add_button = QPushButton(self.tr("Add field…"))
        self.manage_button = QPushButton(self.tr("Manage fields…"))
        self.add_button.clicked.connect(self.add_field)
        self.manage_button.clicked.connect(self.manage_fields)
        self.hint = QLabel(self.tr("No custom fields yet. Add one to record what matters to you, "
                                   "e.g. a bank account or a licence number."))
        self.hint.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.manage_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        self.form: FieldForm
        self._build({}, {})

    def _build(self, baseline: Mapping[str, Any], typed: Mapping[str, Any]) -> None:
        fields = [f.as_field() for f in self.service.fields("customer")]
        self.form = FieldForm(fields, self.ctx, columns=1)
        self.form.set_values(baseline)
        self.form.apply_values({k: v for k, v in typed.items() if self.form.has_field(k)})
        self.form.sig_changed.connect(self.sig_changed)
        self.scroll.setWidget(self.form)
        self.hint.setVisible(not fields)
        self.manage_button.setEnabled(bool(fields))

    def rebuild(self) -> None:
        """Rebuild the form after the fields changed, keeping what the user typed."""
        self._build(self.form.baseline(), self.form.changed_values())
        self.sig_fields_changed.emit()

    def set_values(self, record: Mapping[str, Any]) -> None:
        self.form.set_values(record)

    def changed_values(self) -> dict[str, Any]:
        return self.form.changed_values()

    def definition_dialog(self) -> FieldDefinitionDialog:
        return FieldDefinitionDialog(self.ctx, "customer", self)

    def manage_dialog(self) -> ManageFieldsDialog:
        dialog = ManageFieldsDialog(self.ctx, "customer", self)
        dialog.sig_fields_changed.connect(self.rebuild)
        return dialog

    @Slot()
    def add_field(self) -> None:
        dialog = self.definition_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rebuild()
            if dialog.defined is not None:
                self.form.focus_field(dialog.defined.name)

    @Slot()
    def manage_fields(self) -> None:
        self.manage_dialog().exec()
