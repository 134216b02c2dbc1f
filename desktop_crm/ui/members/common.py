"""What the member, care, campaign and staff pages share: a flat table model over rows the
domain returns, a form dialog, and the wording of their validation errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget,
)

from desktop_crm.domain.money import money  # noqa: F401 - the pages import it from here
from desktop_crm.domain.validation import FieldError, NotFoundError, ValidationError
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.tables import ColumnsModel

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b3261e;"
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsModel(ColumnsModel):
    """Rows held in memory (a few thousand at most: a page of history, a work list, staff),
    each shown through ``cell(row, column) -> text``. Numeric columns align right."""

    def __init__(self, columns: Sequence[str], headers: Sequence[str],
                 cell: Callable[[Any, str], Any], numeric: Sequence[str] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.COLUMNS = tuple(columns)
        self._headers = list(headers)
        self._cell = cell
        self._numeric = set(numeric)
        self.rows: list[Any] = []
        self.tooltips: dict[str, Callable[[Any], str | None]] = {}
        self.colors: Callable[[Any], Any] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._cell(self.rows[index.row()], column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return NUMERIC
        if role == Qt.ItemDataRole.ToolTipRole and column in self.tooltips:
            return self.tooltips[column](self.rows[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and self.colors is not None:
            return self.colors(self.rows[index.row()])
        return None


class Texts(QObject):
    """The wording of the codes the member, campaign and staff services raise."""

    def title(self) -> str:
        return self.tr("Could not do that")

    def text(self, problem: FieldError) -> str:
        p = problem.params
        code = problem.code
        if code == "balance":
            return self.tr("Not enough points: the balance is %1.").replace("%1", str(p.get("balance", 0)))
        if code == "amount":
            return self.tr("Enter an amount above 0 and at most 1,000,000.")
        if code == "card":
            return self.tr("A card number is 4 to 20 letters or digits.")
        if code == "duplicate_card":
            return self.tr("Card %1 is already issued to another member.").replace("%1", str(p.get("card", "")))
        if code == "already_member":
            return self.tr("This customer is already a member.")
        if code == "order":
            return self.tr("Level thresholds must start at 0 and rise from level to level.")
        if code == "before_start":
            return self.tr("The campaign ends before it starts; check the dates.")
        if code == "recorded":
            return self.tr("Outcomes are already recorded for these targets; confirm to replace them.")
        if code == "holdout":
            return self.tr("Targets held back are not contacted; pick others.")
        if code == "placeholder":
            return self.tr("Unknown placeholder {%1}; use the ones listed.").replace("%1", str(p.get("placeholder", "")))
        if code == "no_template":
            return self.tr("There is no template for this occasion; add one first.")
        if code == "duplicate_staff":
            return self.tr("There is already a staff member called %1.").replace("%1", str(p.get("name", "")))
        if code == "required" and problem.field == "note":
            return self.tr("Say what the points were exchanged for.")
        if code == "required" and problem.field == "reason":
            return self.tr("Give the reason for the correction.")
        if code == "required" and problem.field == "staff":
            return self.tr("Choose at least one staff member.")
        return error_text(problem)


_texts: Texts | None = None


def texts() -> Texts:
    global _texts
    if _texts is None:
        _texts = Texts()
    return _texts


def problem_text(exc: BaseException) -> str:
    """One sentence for what went wrong, in the user's language."""
    if isinstance(exc, ValidationError) and exc.errors:
        return " ".join(texts().text(e) for e in exc.errors)
    if isinstance(exc, (NotFoundError, StorageError)):
        return str(exc)
    return str(exc) or exc.__class__.__name__


def show_error(parent: QWidget, exc: BaseException) -> None:
    QMessageBox.warning(parent, texts().title(), problem_text(exc))


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


class FormDialog(QDialog):
    """A form with OK/Cancel and an error line. ``apply()`` does the work: a ValidationError
    keeps the dialog open with the problem shown under the form; returning False keeps it open
    too (it has said why itself)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def apply(self) -> bool | None:
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            if self.apply() is False:
                return
        except ValidationError as exc:
            if exc.errors:  # none: the dialog already said what is wrong
                self.error.setText(problem_text(exc))
            return
        self.accept()
