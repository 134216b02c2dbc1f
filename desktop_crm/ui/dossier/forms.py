"""Forms generated from the field registry: the right editor for each kind of field, values
in and out, and the domain's validation messages shown under the field they name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget, QCheckBox, QComboBox, QCompleter, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QMenu, QMessageBox, QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
    QWidgetAction,
)

from desktop_crm.domain import dossier
from desktop_crm.domain.fields import FIRST_DATE, LAST_DATE, Field
from desktop_crm.domain.money import grouped, unit_name
from desktop_crm.domain.service import column
from desktop_crm.domain.validation import FieldError, FieldProblem, ValidationError, convert
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.messages import error_text

ERROR_STYLE = "color: #b3261e;"
LONGTEXT_LINES = 3
COMBO_WIDTH = 360   # a choice needs no more, even in a wide single-column form


class DateEdit(QWidget):
    """A date that may be empty: typed (any format the domain reads) or picked from a
    calendar (the arrow button, or Alt+Down / F4 in the text)."""

    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None, with_time: bool = False) -> None:
        super().__init__(parent)
        self.line = QLineEdit(
            placeholderText=self.tr("YYYY-MM-DD HH:MM") if with_time else self.tr("YYYY-MM-DD")
        )
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the text
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(QDate(FIRST_DATE.year, FIRST_DATE.month, FIRST_DATE.day),
                                   QDate(LAST_DATE.year, LAST_DATE.month, LAST_DATE.day))
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.line.textEdited.connect(self.sig_edited)
        self.line.installEventFilter(self)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.line and pressed:
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if (event.key() == Qt.Key.Key_Down and alt) or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def open_calendar(self) -> None:
        shown = QDate.fromString(self.line.text().strip()[:10], "yyyy-MM-dd")
        self.calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self.line.setText(day.toString("yyyy-MM-dd") + self.line.text().strip()[10:])
        self.line.setFocus()
        self.sig_edited.emit()


class _Editor:
    """One field's input widget, how to read and write it, and its error label."""

    def __init__(
        self,
        field: Field,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        edited: Signal,
    ) -> None:
        self.field = field
        self.widget = widget
        self.get = get
        self.put = put
        self.edited = edited
        self.label: QLabel | None = None
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error.hide()


class FieldForm(QWidget):
    """Editors for ``fields`` laid out in ``columns`` columns of label and editor.

    ``set_values(row)`` loads a record and makes it the baseline; ``changed_values()`` is what
    the user changed since. ``defaults`` are the values of a new record, and a choice with a
    default offers no empty entry (its column cannot be empty).
    """

    sig_changed = Signal()           # the user edited a field
    sig_field_edited = Signal(str)   # ... this one (its name)

    def __init__(
        self,
        fields: Sequence[Field],
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        defaults: Mapping[str, Any] | None = None,
        tags: Sequence[str] = (),
        longtext_lines: int = LONGTEXT_LINES,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields = list(fields)
        self.defaults = dict(defaults or {})
        self._tags = list(tags)
        self._longtext_lines = longtext_lines
        self._staff: list[tuple[int, str, bool]] | None = None
        self._editors: dict[str, _Editor] = {}
        self._baseline: dict[str, Any] = {}
        self._loading = False

        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for c in range(columns):
            grid.setColumnStretch(2 * c + 1, 1)
        row = col = 0
        previous: QWidget | None = None
        for fld in self.fields:
            editor = self._make_editor(fld)
            self._editors[fld.name] = editor
            text = fld.label(ctx.language) + _unit_suffix(fld, ctx.language) + (
                " *" if fld.required else "")
            label = QLabel(text)
            label.setBuddy(editor.widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 5, 0, 0)
            editor.label = label
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(editor.widget)
            box.addWidget(editor.error)
            grid.addWidget(label, row, 2 * col)
            # top-aligned: a short field beside a multi-line one stays level with its label
            grid.addWidget(cell, row, 2 * col + 1, Qt.AlignmentFlag.AlignTop)
            editor.edited.connect(lambda *_, name=fld.name: self._edited(name))
            focus = editor.widget.focusProxy() or editor.widget
            if previous is not None:
                QWidget.setTabOrder(previous, focus)
            previous = focus
            col += 1
            if col == columns:
                row, col = row + 1, 0
        grid.setRowStretch(row + 1, 1)
        self.set_values(self.defaults)

    # --- values -----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The values as typed, for the domain to clean: text or None, codes of choices, ids
        of staff, a list of tags."""
        return {name: editor.get() for name, editor in self._editors.items()}

    def set_values(self, row: Mapping[str, Any]) -> None:
        """Show a record (keys are field names, or their columns: ``owner_id``) and take it
        as the baseline of :meth:`changed_values`."""
        self._loading = True
        try:
            for fld in self.fields:
                value = row.get(fld.name, row.get(column(fld)))
                self._editors[fld.name].put(value)
        finally:
            self._loading = False
        self.clear_errors()
        self._baseline = self.values()

    def reload_keeping_edits(self, row: Mapping[str, Any]) -> None:
        """Show a record stored meanwhile (by a sync, another page) as the new baseline,
        keeping the fields the user has changed as they typed them."""
        typed = self.changed_values()
        self.set_values(row)
        if typed:
            self.apply_values(typed)

    def apply_values(self, values: Mapping[str, Any]) -> None:
        """Put values into the editors as if typed (the baseline stays)."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self._editors:
                    self._editors[name].put(value)
        finally:
            self._loading = False
        self.sig_changed.emit()

    def baseline(self) -> dict[str, Any]:
        """The values as last loaded by :meth:`set_values`."""
        return dict(self._baseline)

    def changed_values(self) -> dict[str, Any]:
        current = self.values()
        return {k: v for k, v in current.items() if v != self._baseline.get(k)}

    def editor(self, name: str) -> QWidget:
        """The input widget of a field (a ``DateEdit``'s text is its ``line``)."""
        return self._editors[name].widget

    def label(self, name: str) -> QLabel:
        return self._editors[name].label  # type: ignore[return-value]

    def has_field(self, name: str) -> bool:
        return name in self._editors

    # --- errors -----------------------------------------------------------------------------

    def show_errors(self, error: ValidationError) -> list[str]:
        """Show each message under its field; returns the names of the fields shown."""
        shown = []
        for name, editor in self._editors.items():
            problems = error.for_field(name)
            if problems:
                editor.error.setText("\n".join(self.error_message(p) for p in problems))
                editor.error.show()
                shown.append(name)
        return shown

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        editor = self._editors[name]
        return editor.error.text() if not editor.error.isHidden() else ""

    def error_label(self, name: str) -> QLabel:
        """The label under a field that shows its problems."""
        return self._editors[name].error

    def clear_errors(self) -> None:
        for editor in self._editors.values():
            editor.error.clear()
            editor.error.hide()

    def focus_field(self, name: str) -> None:
        self._editors[name].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_message(self, problem: FieldError) -> str:
        return error_text(problem)

    @Slot()
    def _edited(self, name: str) -> None:
        if self._loading:
            return
        editor = self._editors[name]
        editor.error.clear()
        editor.error.hide()
        self.sig_field_edited.emit(name)
        self.sig_changed.emit()

    # --- editors per kind -------------------------------------------------------------------

    def _make_editor(self, fld: Field) -> _Editor:
        kind = fld.kind
        if kind == "longtext":
            return self._longtext(fld)
        if kind in ("date", "datetime"):
            return self._date(fld)
        if kind == "int" and fld.minimum == 0 and fld.maximum == 1:
            return self._checkbox(fld)
        if kind == "choice":
            return self._choice(fld)
        if kind == "staff":
            return self._staff_combo(fld)
        if kind == "tags":
            return self._tags_edit(fld)
        return self._line(fld)

    def _line(self, fld: Field) -> _Editor:
        edit = QLineEdit()
        if fld.kind in ("int", "number"):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(180)
        if fld.kind == "phone":
            edit.setPlaceholderText(self.tr("Mobile or landline, e.g. 0710-3212345"))
        if fld.kind == "email":
            edit.setPlaceholderText("name@example.com")

        limit = fld.limit if fld.kind in ("text", "code", "phone", "email", "identifier") else None

        def put(value: Any) -> None:
            if fld.unit and isinstance(value, int | float) and not isinstance(value, bool):
                text = grouped(value)  # an amount reads 978,800; the label says its unit
            elif fld.kind in ("int", "number"):
                text = _number_text(value)
            else:
                text = _text(value)
            if limit is not None:  # typing stops at the limit; a longer value shown stays whole
                edit.setMaxLength(max(limit, len(text)))
            edit.setText(text)

        return _Editor(fld, edit, lambda: edit.text().strip() or None, put, edit.textEdited)

    def _longtext(self, fld: Field) -> _Editor:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        lines = self._longtext_lines
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return _Editor(
            fld, edit, lambda: edit.toPlainText().strip() or None,
            lambda v: edit.setPlainText(_text(v)), edit.textChanged,
        )

    def _date(self, fld: Field) -> _Editor:
        edit = DateEdit(with_time=fld.kind == "datetime")
        edit.setMaximumWidth(220)

        def put(value: Any) -> None:
            text = _text(value)
            edit.setText(text.replace("T", " ")[:16] if fld.kind == "datetime" else text[:10])

        return _Editor(fld, edit, lambda: edit.text().strip() or None, put, edit.sig_edited)

    def _checkbox(self, fld: Field) -> _Editor:
        box = QCheckBox()
        return _Editor(
            fld, box, lambda: int(box.isChecked()), lambda v: box.setChecked(bool(v)), box.toggled,
        )

    def _choice(self, fld: Field) -> _Editor:
        combo = QComboBox()
        combo.setMaximumWidth(COMBO_WIDTH)
        if fld.name not in self.defaults:
            combo.addItem("", None)
        for code in fld.choices:
            combo.addItem(fld.choice_label(code, self.ctx.language), code)
        return _Editor(
            fld, combo, combo.currentData, lambda v: _select(combo, v), combo.currentIndexChanged
        )

    def _staff_combo(self, fld: Field) -> _Editor:
        combo = QComboBox()
        combo.setMaximumWidth(COMBO_WIDTH)
        combo.addItem("", None)
        if self._staff is None:
            self._staff = dossier.staff_choices(self.ctx.store)
        for staff_id, name, active in self._staff:
            text = name if active else self.tr("%1 (inactive)").replace("%1", name)
            combo.addItem(text, staff_id)
        combo.setMaxVisibleItems(20)
        return _Editor(
            fld, combo, combo.currentData, lambda v: _select(combo, v), combo.currentIndexChanged
        )

    def _tags_edit(self, fld: Field) -> _Editor:
        edit = QLineEdit(placeholderText=self.tr("Separate tags with commas"))
        completer = _TagCompleter(self._tags, edit)
        edit.setCompleter(completer)

        def get() -> list[str]:
            try:
                return convert(fld, edit.text())
            except FieldProblem:
                return [edit.text()]

        def put(value: Any) -> None:
            items = value if isinstance(value, (list, tuple)) else convert(fld, value or "")
            edit.setText(", ".join(items))

        return _Editor(fld, edit, get, put, edit.textEdited)


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def __init__(self, tags: Iterable[str], edit: QLineEdit) -> None:
        super().__init__(list(tags), edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self._edit = edit

    def splitPath(self, path: str) -> list[str]:
        return [_last_tag(path)]

    def pathFromIndex(self, index) -> str:
        text = self._edit.text()
        head = text[: len(text) - len(_last_tag(text))]
        return head + str(super().pathFromIndex(index)) + ", "


def _last_tag(text: str) -> str:
    for sep in ",，;；、":
        text = text.rsplit(sep, 1)[-1]
    return text.lstrip()


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value) if value is not None else combo.findData(None)
    if index < 0 and value is not None:
        combo.addItem(str(value), value)  # a code the registry does not know: keep it
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _unit_suffix(fld: Field, language: str) -> str:
    unit = unit_name(fld.unit, language)
    if not unit:
        return ""
    return f"（{unit}）" if language.startswith("zh") else f" ({unit})"


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _text(value)


def ask(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """A question before destroying data: the safe answer (Cancel) is the default, and Esc
    gives it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def limit_length(edit: QLineEdit, fld: Field) -> None:
    """Typing stops at ``fld``'s limit; a longer value already shown (written before the
    limits) stays whole — changing it then asks for one within the limit."""
    if fld.limit is not None:
        edit.setMaxLength(max(fld.limit, len(edit.text())))


def fields_named(fields: Iterable[Field], names: Iterable[str]) -> list[Field]:
    spec = {f.name: f for f in fields}
    return [spec[n] for n in names]
