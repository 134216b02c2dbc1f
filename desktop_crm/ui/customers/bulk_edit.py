"""The dialog that asks what to change for the selected customers: which field, which value.

It only asks: validating the value is the domain's (:meth:`BulkEditService.clean`), whose
error is shown under the value, and the change itself runs on the worker thread after the
page has asked for confirmation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.bulk_edit import BulkChange, BulkEditService
from desktop_crm.domain.customer_list import FilterChoices
from desktop_crm.domain.fields import CUSTOMER_FIELDS, by_name
from desktop_crm.domain.team_rights import rights
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext

_F = by_name(CUSTOMER_FIELDS)
_CLEAR = object()  # the "(none)" entry: empty the field


class BulkEditDialog(QDialog):
    """Choose an operation (owner, tier, lifecycle, asset grade, add or remove tags) and its
    value for ``count`` customers. After ``exec()``/``accepted``, :meth:`change` says what."""

    def __init__(
        self, ctx: AppContext, count: int, choices: FilterChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change selected customers"))
        lang = ctx.language

        self.operation = QComboBox()
        operations = [
            ("owner", _F["owner"].label(lang)),
            ("tier", _F["tier"].label(lang)),
            ("lifecycle", _F["lifecycle"].label(lang)),
            ("asset_grade", _F["asset_grade"].label(lang)),
            ("add_tags", self.tr("Add tags")),
            ("remove_tags", self.tr("Remove tags")),
        ]
        if not rights(ctx.store).give:  # the team's server would refuse it (a rep's login)
            operations = operations[1:]
        for key, label in operations:
            self.operation.addItem(label, key)

        # one value widget per kind of operation; the stack shows the one that applies
        self.value_combo = QComboBox()
        self.value_combo.setMaxVisibleItems(20)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        completer = QCompleter(choices.tags, self.tags_edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tags_edit.setCompleter(completer)
        self.values = QStackedWidget()
        self.values.addWidget(self.value_combo)
        self.values.addWidget(self.tags_edit)
        self._choices = {
            "owner": [(sid, name) for sid, name in choices.owners],
            "tier": choices.tiers,
            "lifecycle": choices.lifecycles,
            "asset_grade": choices.asset_grades,
        }

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()

        intro = QLabel(self._count_text(count))
        form = QFormLayout()
        self.operation_label = QLabel(self.tr("&Change"))
        self.operation_label.setBuddy(self.operation)
        self.value_label = QLabel(self.tr("&To"))
        self.value_label.setBuddy(self.values)
        form.addRow(self.operation_label, self.operation)
        form.addRow(self.value_label, self.values)
        form.addRow("", self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

        self.operation.currentIndexChanged.connect(self._operation_changed)
        self.value_combo.currentIndexChanged.connect(self._clear_error)
        self.tags_edit.textEdited.connect(self._clear_error)
        self._operation_changed()

    def _count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("Change one field of the selected customer.")
        return self.tr("Change one field of %1 selected customers.").replace("%1", f"{count:,}")

    # --- reading the choice ------------------------------------------------------------------

    def operation_key(self) -> str:
        return self.operation.currentData()

    def change(self) -> BulkChange:
        key = self.operation_key()
        if key in ("add_tags", "remove_tags"):
            return BulkChange(key, self.tags_edit.text())
        value = self.value_combo.currentData()
        return BulkChange(key, None if value is _CLEAR else value)

    def value_text(self) -> str:
        """The chosen value as the user read it (a label, a name, the tags)."""
        if self.operation_key() in ("add_tags", "remove_tags"):
            return "、".join(t for t in self._tags() if t)
        return self.value_combo.currentText()

    def _tags(self) -> list[str]:
        try:
            return list(BulkEditService(self.ctx.store, self.ctx.actor).clean(self.change()))
        except ValidationError:
            return []

    # --- behaviour -----------------------------------------------------------------------------

    @Slot()
    def _operation_changed(self) -> None:
        key = self.operation_key()
        self._clear_error()
        if key in ("add_tags", "remove_tags"):
            self.values.setCurrentWidget(self.tags_edit)
            return
        self.values.setCurrentWidget(self.value_combo)
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        for value, label in self._choices[key]:
            self.value_combo.addItem(label, value)
        if key != "lifecycle":  # every customer has a lifecycle; the others may be emptied
            self.value_combo.addItem(self.tr("(none)"), _CLEAR)
        self.value_combo.blockSignals(False)

    @Slot()
    def _clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def accept(self) -> None:
        """Close only with a valid value; otherwise say what is wrong under the value."""
        try:
            BulkEditService(self.ctx.store, self.ctx.actor).clean(self.change())
        except ValidationError as exc:
            self.error.setText("; ".join(e.message for e in exc.errors))
            self.error.show()
            self.values.currentWidget().setFocus()
            return
        super().accept()
